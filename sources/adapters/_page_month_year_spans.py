"""A run of months written with short years ("Nov. 09 – März 2010", "Sep 24 - Jun 2025"): a season of a weekly course
from one month to another, not a day. Read alone, its first month and "09" were the 9th of November (pages batch 102,
a sports club's "Spinning freitags" row in its Termine table); a row dated so is no dated event.

The first month's number is taken for a year only when the run's other end is a month with a four-digit year and no
day, and that number is that year's last two digits or the year's before. Pure."""

from __future__ import annotations

import re

from sources.adapters._page_dates import DateHit

# The hit's own words: a month's name and a two-digit number ("Nov. 09", "Sep 24").
SHORT_YEAR_MONTH = re.compile(r"^[^\W\d_]{3,9}\.?[ \t]{0,3}(?P<short>\d\d)$")
# What follows it: a dash and a month's name with its year, no day ("– März 2010", "- Jun 2025").
MONTH_YEAR_AFTER = re.compile(
    r"[ \t]{0,3}(?:-|–|—|bis|to|until)[ \t]{0,3}[^\W\d_]{3,9}\.?[ \t]{1,3}(?P<year>(?:19|20)\d\d)\b"
)


def month_year_spans(text: str, hits: list[DateHit]) -> list[DateHit]:
    """The hits without those that are a run of months' first month and short year (see the module)."""
    kept = []
    for hit in hits:
        own = SHORT_YEAR_MONTH.match(text[hit.start : hit.end])
        after = MONTH_YEAR_AFTER.match(text, hit.end) if own is not None and not hit.year_written else None
        if own is not None and after is not None:
            year = int(after.group("year"))
            if int(own.group("short")) in {year % 100, (year - 1) % 100}:
                continue
        kept.append(hit)
    return kept
