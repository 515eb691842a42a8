"""Days listed by weekday and number before the one date that names their month ("Fri 18th - Sat 19th March", "Fri
25th, Sat 26th, Sun 27th March", "Sat 18th / Sun 19th June", "Sat 23rd - Sat 30th July"): one event from the first
listed day to that date (pages batch 102, a scout group's diary table). Read alone, the dated last day was the start
and the days before it were lost.

Each listed day must be earlier in the month than the next and its weekday must be that day's; a list that breaks
either (a day after the dated one, "Mon 18th" on a Friday) is left as written. Days joined by a comma or a slash
must follow one another ("Sat 1st / Sat 8th March", "Sat 1st, Sat 8th, Sat 15th": the Saturdays of a weekly
class, not one run; review42); a dash joins a run of any length ("Sat 23rd - Sat 30th July"). A number alone before a month ("12 -
14 March") is _page_ranges's. Days joined by "&" or "and" are not listed here: "Sat 14 & Sun 15 June" names the
two days an event is held on, each its own event (_page_own_days, _page_two_days: left30, left32). Pure."""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import DateHit, safe_date

_WEEKDAY = r"(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?"
# One listed day before the next and what joins them: "Fri 18th - ", "Sat 26th, ", "Sat 18th / " (not "&", "and").
LISTED_DAY = re.compile(
    rf"(?<![^\W\d_]){_WEEKDAY}[ \t]{{1,3}}(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"[ \t]{0,3}(?:(?P<dash>-|–|—)|,|/)[ \t]{0,3}$",
    re.IGNORECASE,
)
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_LISTED = 6  # the most days listed before the dated one
REACH = 24  # the most characters one listed day and its joint take


def _listed_start(text: str, hit: DateHit) -> tuple[dt.date, int] | None:
    """The first day listed before ``hit`` and where its words begin, or None when none is."""
    end, first, later = hit.start, None, hit.date
    for _ in range(MAX_LISTED):
        found = LISTED_DAY.search(text, max(0, end - REACH), end)
        if found is None:
            break
        day = safe_date(hit.date.year, hit.date.month, int(found.group("day")))
        if day is None or day >= later or WEEKDAYS.index(found.group("weekday").lower()) != day.weekday():
            return None
        if found.group("dash") is None and (later - day).days != 1:
            return None  # "Sat 1st / Sat 8th March": two Saturdays of a weekly class, not a run of days (review42)
        first, later, end = (day, found.start()), day, found.start()
    return first


def weekday_lists(text: str, hits: list[DateHit]) -> list[DateHit]:
    """The hits, each one led by days listed by weekday and number given its first listed day as its start and its
    own day as its end (see the module)."""
    found: list[DateHit] = []
    for hit in hits:
        led = None if hit.end_date is not None or hit.weekday_agrees is False else _listed_start(text, hit)
        if led is None or (found and found[-1].end > led[1]):
            found.append(hit)
            continue
        found.append(DateHit(led[0], led[1], hit.end, hit.year_written, hit.weekday_agrees, hit.date))
    return found
