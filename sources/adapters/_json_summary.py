"""A record's day written as a short summary in any language: a weekday's short name, a numeric date and maybe a
clock after a small word, "do 12/12/13 van 18:00 tot 20:00", "za 05/10/13 om 20:15", "ven. 31/01/14 de 12:00",
"Thu 3/7/2024 at 7:30". Pure.

Listing exports write the day of an event only so when their structured calendar stays in another record (a search
result's ``calendarsummary`` attribute in Flanders' UiTdatabank). A value reads when it opens with the date (a word
of at most nine letters may come first); what follows the first clock is not read (a second date, the days a
venue is closed). A weekday name written with the date must be that date's: its short form is the start of a
weekday's name in English or in another language (``_page_intl.INTL_WEEKDAYS``), so "do" (donderdag) allows a
Thursday and "vrij" a Friday; a word that starts no weekday's name ("van", "from") says nothing. Which number is the
day is decided over the column: the order that reads more values, and month first where both read as many (as
pages read numeric dates, ``_page_dates``) unless the weekdays say otherwise.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sources.adapters._page_intl import INTL_WEEKDAYS
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS
from sources.adapters.common import on_24_hour_clock, plausible

SUMMARY = "day-summary"
DAY_FIRST = f"{SUMMARY} dmy"
MONTH_FIRST = f"{SUMMARY} mdy"
MAX_SUMMARY_TEXT = 120
_WEEKDAY_NAMES = {name: day for name, day in {**ENGLISH_WEEKDAYS, **INTL_WEEKDAYS}.items() if len(name) > 3}
_SUMMARY_DATE = re.compile(
    r"(?:(?P<word>[^\W\d_]{1,9})\.?,?\s{1,3})?(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>\d{4}|\d{2})(?![\d/])"
    r"(?:,?\s{1,3}(?:[^\W\d_]{1,5}\.?\s{1,3}|[@–-]\s{0,3})?(?P<hour>[01]?\d|2[0-3])[:.h](?P<minute>[0-5]\d)(?!\d)"
    r"(?:\s{0,2}(?P<meridiem>[ap])\.?m\b\.?)?)?",
    re.IGNORECASE,
)


def summary_moment(value: object, value_format: str, tz: dt.tzinfo | None) -> dt.datetime | dt.date | None:
    """The date (and clock) a summary opens with, read in the format's order; None when it does not open with
    one, or its weekday is not that date's."""
    if not isinstance(value, str) or len(value) > MAX_SUMMARY_TEXT:
        return None
    match = _SUMMARY_DATE.match(value.strip())
    if match is None:
        return None
    first, second = int(match["first"]), int(match["second"])
    day, month = (first, second) if value_format == DAY_FIRST else (second, first)
    year = int(match["year"]) + (2000 if len(match["year"]) == 2 else 0)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    if not plausible(date) or not _weekday_agrees(match["word"], date):
        return None
    hour = _hour(match)
    if hour is None:
        return date
    return dt.datetime.combine(date, dt.time(hour, int(match["minute"])), tzinfo=tz or dt.UTC)


def _hour(match: re.Match[str]) -> int | None:
    """The clock's hour, on a 24-hour clock: "7:30 PM" is 19; None without a clock, or with one that says two
    things ("19:30 PM")."""
    if match["hour"] is None:
        return None
    hour, meridiem = int(match["hour"]), match["meridiem"]
    if meridiem is None:
        return hour
    if not 1 <= hour <= 12:
        return None
    return on_24_hour_clock(hour, meridiem)


def _weekday_agrees(word: str | None, date: dt.date) -> bool:
    if not word or len(word) < 2:
        return True
    days = {day for name, day in _WEEKDAY_NAMES.items() if name.startswith(word.lower())}
    return not days or date.weekday() in days


def summary_format(strings: Sequence[str], *, month_first: bool, share: float) -> tuple[str, int] | None:
    """The order a column of summaries reads in and how many of its values read so, or None when fewer than
    ``share`` of them open with a date."""
    counts = {
        value_format: sum(1 for text in strings if summary_moment(text, value_format, dt.UTC) is not None)
        for value_format in (DAY_FIRST, MONTH_FIRST)
    }
    if counts[DAY_FIRST] == counts[MONTH_FIRST]:
        chosen = MONTH_FIRST if month_first else DAY_FIRST
    else:
        chosen = max(counts, key=lambda value_format: counts[value_format])
    return (chosen, counts[chosen]) if counts[chosen] >= share * len(strings) and counts[chosen] else None
