"""A card's day and month with a two-digit year, written out with its century before the card is read: "1 Oct 26"
→ "1 Oct 2026", "30 – 31 May 26", "2 Oct – 14 Dec 25" (an art space's events and its archive, held-out batch 92).
The card reader's own date pattern (_page_card_dates.TEXT_DATE) takes a four-digit year only, so "12 Sep 26" was a
year-less 12 September, put in the next year when it had passed: the archive's past events came out a year ahead.
Read by _page_block_reader.BlockReader.text_moments. Pure.

The year is written out only as find_dates reads "26 Aug 13" (_page_dates.DAY_MONTH_SHORT_YEAR): after a day and an
English month's name or abbreviation on the same line, near the reader's clock (_page_number_years.short_year_far),
and not when the number is an hour or a count: "14 Jan 10 am", "Sat 12 Dec 10.30", "12 Sep 10 - 12", "14 Jan 10
people", "January 14 March 18 April 15" (a run of months' days)."""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_number_years import SHORT_YEAR_DATE, short_year_far


def centuries_written(text: str, today: dt.date) -> str:
    """``text`` with each day-month-two-digit-year date's year written with its century ("1 Oct 26" → "1 Oct
    2026"), when the year is near ``today``; anything else as it was."""
    if not any(char.isdigit() for char in text):
        return text

    def century(match: re.Match[str]) -> str:
        year = match.group("year")
        if short_year_far(year, today):
            return match.group(0)
        return match.group(0)[: match.start("year") - match.start()] + f"20{year}"

    return SHORT_YEAR_DATE.sub(century, text)
