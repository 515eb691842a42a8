"""A schedule line's date written as a pair of days before the month: "Saturday 6 and Sunday 7 December 2031 - Open
Weekend" (left43, from left42's and pages113's left English and French lines). Pure.

The line reader found the date with the month ("Sunday 7 December 2031") and cut only its text from the line, so
the event was read on the 7th alone, titled "Saturday 6 and - Open Weekend". The card reader already reads such a
pair as one event over both days (``_page_day_pairs.paired_first``: "17th & 18th June", "Sat 3 & Sun 4", "Samedi 3
et Dimanche 4 Décembre").

Here (``paired_hits``): a date hit with no range of its own, written just after the day before it, joined by "&",
"and", "+" (or another language's "et", "und", "y" … with the second day's weekday), runs from that first day to its
own, and its text takes in the first day and that day's weekday ("Saturday 6 and "), so the title is what is left.
After the month ("December 6 and 7, 2031 - Open Weekend", titled "and 7, 2031 - Open Weekend" before): the second
day (``paired_last``) and the year written after it are the date's text too, and that year the date's; a dash and
a title may follow the second day ("December 6 and 7 - Open Weekend": a run over both, titled "Open Weekend").
Not (hard negatives, ``paired_first``'s): days a week apart ("Saturday 6 and Saturday 13 December": two dates),
a count or a price before ("Hall 6 and Sunday 7 December", "Tickets €3 y domingo 4"), a date that already runs
("6 and 7 - 9 December"); after the month, a clock ("December 6 and 7pm"), days apart ("December 6 and 13"), a
count after the pair, which is no year ("December 26 and 27, 2000 runners expected": the pair, the page's year).
left44: days listed by weekday before the pair, each the day before the next ("Friday 5, Saturday 6 and Sunday 7
December", read as 6-7 before), start the run (``_page_day_pairs.listed_run``); not "Friday 28, Saturday 6 and
Sunday 7" nor "Saturday 29, Saturday 6 and Sunday 7" (no day before the next).
"""

from __future__ import annotations

import dataclasses
import re

from sources.adapters._page_dates import DateHit, safe_date
from sources.adapters._page_day_pairs import (
    PAIR_TAIL,
    _counted,
    listed_run,
    pair_begins,
    paired_first,
    paired_last,
)

# The year written after a pair of days ("December 6 and 7, 2031"). read-through 58: a year, not a count ("December
# 26 and 27, 2000 runners expected" moved the whole page to 2000): a plausible year (1970-2099) that ends the line or
# is followed by punctuation, a dash, a clock or a small joining word, never by a noun.
YEAR_AFTER = re.compile(
    r",?[ \t]{0,3}(?P<year>(?:19[7-9]|20\d)\d)(?![\d.,]\d)(?![\w'’])"
    r"(?![ \t]{1,3}(?!(?:at|from|in|on|@|um|ab|à|de|des|bei|im|till?|until|to)\b)[^\W\d_])",
    re.IGNORECASE,
)


def paired_hits(text: str, hits: list[DateHit]) -> list[DateHit]:
    """The line's date hits, each written as the second of a pair of days run from the first (see the module)."""
    return [_paired(text, hit) for hit in hits]


def _paired(text: str, hit: DateHit) -> DateHit:
    if hit.end_date is not None:
        return hit
    first = paired_first(hit.date, text, hit.start)
    if first is None:
        return _paired_after(text, hit)
    begins = pair_begins(text, hit.start)
    if begins is None or _counted(text, begins.head):
        return hit  # "Hall 6 and Sunday 7 December", "Tickets £6 and Sunday 7 …": a count, a price (review57's guard)
    if begins.weekday is not None and hit.weekday_agrees is not False and begins.weekday != first.weekday():
        return hit  # left44: "Mo. 6. und So. 7. Dezember": the first day's weekday is not the day before's
    first, start = listed_run(first, text, begins.start)  # "Friday 5, Saturday 6 and Sunday 7": the 5th (left44)
    return dataclasses.replace(hit, date=first, start=start, end_date=hit.date)


def _paired_after(text: str, hit: DateHit) -> DateHit:
    """A month-first date with the next day after it ("December 6 and 7, 2031"): a run over both, its text taking in
    the second day and the year written after it (the year then the date's own)."""
    last = paired_last(hit.date, text, hit.end)
    tail = PAIR_TAIL.match(text, hit.end) if last is not None else None
    if last is None or tail is None:
        return hit
    year = YEAR_AFTER.match(text, tail.end())
    if year is None:
        return dataclasses.replace(hit, end=tail.end(), end_date=last)
    written = int(year.group("year"))
    first, second = safe_date(written, hit.date.month, hit.date.day), safe_date(written, last.month, last.day)
    if first is None or second is None:
        return hit
    return dataclasses.replace(hit, date=first, end=year.end(), end_date=second, year_written=True)
