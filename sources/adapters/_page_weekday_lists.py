"""Days listed by weekday and number before the one date that names their month ("Fri 18th - Sat 19th March", "Fri
25th, Sat 26th, Sun 27th March", "Sat 18th / Sun 19th June", "Sat 23rd - Sat 30th July"): one event from the first
listed day to that date (pages batch 102, a scout group's diary table). Read alone, the dated last day was the start
and the days before it were lost.

Each listed day must be earlier in the month than the next and its weekday must be that day's; a list that breaks
either (a day after the dated one, "Mon 18th" on a Friday) is left as written. Days joined by a comma or a slash
must follow one another ("Sat 1st / Sat 8th March", "Sat 1st, Sat 8th, Sat 15th": the Saturdays of a weekly
class, not one run; review42); a dash joins a run of any length ("Sat 23rd - Sat 30th July"). A number alone before a month ("12 -
14 March") is _page_ranges's. Days joined by "&" or "and" are not listed here: "Sat 14 & Sun 15 June" names the
two days an event is held on, each its own event (_page_own_days, _page_two_days: left30, left32).

In other languages too (left40): "Fr. 7. – So. 9. März", "du vendredi 7 au dimanche 9 mars", "vr 7 t/m zo 9
maart", "del viernes 7 al domingo 9 de marzo", where the dated day's weekday may stand before a date read from its
number ("So. 9. März"). The weekdays are checked against one another from the dated day's written weekday: a run
written for another year ("Fri 6 – Sun 8 March 2031", the 8th a Saturday) is still a run (its weekday flagged as
before); "Mon 14th - Sat 15th" is still none. Pure."""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import DateHit, safe_date
from sources.adapters._page_intl import numeric_weekday, weekday_number

# A weekday's name as a word of letters; which weekday, if any, is read by _weekday (English, another language's
# full or short form, a short one in the page's own language only: "So" is German Sunday, Czech Saturday).
_NAME = r"[^\W\d_]{2,12}"
# What joins two listed days: a dash or a word of a run ("to", "au", "al", "bis", "t/m", "tot en met", "hasta"),
# or a comma or a slash (days in a row); not "&", "and", "et", "und", "y", "en" (two days, each its own event).
_JOIN = (
    r"(?:[ \t]{0,3}(?:(?P<dash>-|–|—)|,|/)[ \t]{0,3}"
    r"|[ \t]{1,3}(?P<word>to|through|thru|till|until|au|al|bis|t/m|tot en met|tot|a|à|hasta)[ \t]{1,3})"
)
# One listed day before the next and what joins them: "Fri 18th - ", "Sat 26th, ", "Sa. 6. – So. " (the next
# day's weekday before a date that starts at its number: "So. 8. März"), "vendredi 7 au ", "vr 7 t/m zo ".
LISTED_DAY = re.compile(
    rf"(?<![^\W\d_])(?P<weekday>{_NAME})\.?,?[ \t]{{1,3}}(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|\.|º)?"
    rf"{_JOIN}(?:(?P<own>{_NAME})\.?,?[ \t]{{1,3}})?$",
    re.IGNORECASE,
)
# The word that leads the run ("du vendredi 7 au …", "del viernes 7 al …", "vom Freitag, 7. bis …", "from Fri 7
# to …"): part of it, not left in a name.
RUN_LEAD = re.compile(r"(?<![\w'])(?:from|du|del|desde|vom|van|dal)[ \t]{1,3}$", re.IGNORECASE)
MAX_LISTED = 6  # the most days listed before the dated one
REACH = 40  # the most characters one listed day and its joint take ("Donnerstag, 12. bis Sonntag, ")


def _weekday(name: str) -> int | None:
    found = weekday_number(name)
    return found if found is not None else numeric_weekday(name)


def _written_weekday(text: str, hit: DateHit) -> int | None:
    """The weekday written with the dated day: the date's own when it agrees, the written word's when it does not
    (a run written for another year, "Fri 6 – Sun 8 March 2031": its days still run one after another)."""
    if hit.weekday_agrees is not False:
        return hit.date.weekday()
    word = re.match(rf"{_NAME}", text[hit.start : hit.end])
    return _weekday(word.group(0)) if word else None


def listed_start(text: str, hit: DateHit) -> tuple[dt.date, int] | None:
    """The first day listed before ``hit`` and where its words begin, or None when none is."""
    weekday = _written_weekday(text, hit)
    end, first, later = hit.start, None, hit.date
    for _ in range(MAX_LISTED):
        found = LISTED_DAY.search(text, max(0, end - REACH), end)
        if found is None:
            break
        if (own := found.group("own")) is not None:
            if first or hit.weekday_agrees is not None:
                return None  # the dated day's weekday before it, only where the date itself starts at its number
            weekday = _weekday(own)
        day = safe_date(hit.date.year, hit.date.month, int(found.group("day")))
        listed = _weekday(found.group("weekday"))
        if day is None or day >= later or weekday is None or listed != (weekday - (hit.date - day).days) % 7:
            return None
        if found.group("dash") is None and found.group("word") is None and (later - day).days != 1:
            return None  # "Sat 1st / Sat 8th March": two Saturdays of a weekly class, not a run of days (review42)
        first, later, end = (day, found.start()), day, found.start()
    if first is not None and (lead := RUN_LEAD.search(text, max(0, first[1] - 8), first[1])) is not None:
        return first[0], lead.start()
    return first


def weekday_lists(text: str, hits: list[DateHit]) -> list[DateHit]:
    """The hits, each one led by days listed by weekday and number given its first listed day as its start and its
    own day as its end (see the module)."""
    found: list[DateHit] = []
    for hit in hits:
        led = None if hit.end_date is not None else listed_start(text, hit)
        if led is None or (found and found[-1].end > led[1]):
            found.append(hit)
            continue
        found.append(DateHit(led[0], led[1], hit.end, hit.year_written, hit.weekday_agrees, hit.date))
    return found
