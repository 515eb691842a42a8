"""Two runs of days of one month written as a list: two events, one over each run (pages111). Pure.

A pop-up gallery's show opens on two weekends: "6–8 &amp; 14–15 March 2026 · Filliers Distillery". The date pattern
reads the run written next to the month ("14–15 March 2026") and the first run was lost; reading the whole span
(6–15 March) would say the show was open on the days between, when it was shut. Two runs of one month, each of two
days or more written as "first–last", joined by "&", "and" or "+", the second starting two days or more after the
first ends, are two events: the event over each run, with an id naming its first day.

Not: one run ("6–15 March"), a run and a day ("6–8 & 14 March"), runs that touch or overlap ("6–8 & 9–10 March":
one run written in parts), three runs or more, a price's or a time's numbers ("£6–8 & 14–15 March"), a timed event
(its showings are read elsewhere: _page_showings), numbered things before the first run ("Years 3–4 & 7–8 June",
"Rooms 10–12 & 20–22 April": school years and rooms; left40).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from sources.adapters._page_dates import MONTHS, safe_date
from sources.adapters._page_day_pairs import _LIST_JOIN, _LIST_MONTH, _LISTED_DAY
from sources.adapters.base import ParsedRecord, RawEvent

_DASH = r"[ \t]?[–—-][ \t]?"
TWO_RUNS = re.compile(
    rf"(?<![\w/.:£$€,-])(?P<a1>{_LISTED_DAY}){_DASH}(?P<a2>{_LISTED_DAY}){_LIST_JOIN}"
    rf"(?P<b1>{_LISTED_DAY}){_DASH}(?P<b2>{_LISTED_DAY})[ \t]{{1,3}}(?P<month>{_LIST_MONTH})(?!\w)",
    re.IGNORECASE,
)
# The first run and the join before the date a reader took ("6–8 & " before "14–15 March 2026"): part of the date.
RUN_LEAD = re.compile(rf"^[ \t]{{0,3}}{_LISTED_DAY}{_DASH}{_LISTED_DAY}{_LIST_JOIN}$", re.IGNORECASE)
# A numbered thing's word just before the first run ("Years 3–4 & 7–8 June", "Rooms 10–12 & 20–22 April"): its
# numbers are school years or rooms, not days (review54 tr4, tr6; left40).
COUNTED = re.compile(
    r"(?<![^\W\d_])(?:years?|rooms?|ages?|grades?|groups?|levels?|classes|class|tables?|units?|stands?|pitch(?:es)?"
    r"|courts?|halls?|studios?|nos?\.?|numbers?|pages?|chapters?|tracks?|stages?|lanes?|seats?|rows?|gates?"
    r"|platforms?|bays?|zones?|sections?|blocks?|floors?|plots?|klassen?|räume|raum|säle|saal|salles?|groep(?:en)?"
    r"|grupos?|aulas?|cursos?)[ \t]{1,3}$",
    re.IGNORECASE,
)
MIN_GAP = 2  # days between the first run's end and the second's start: two runs, not one in parts
EVIDENCE = "one of two runs of days {runs!r}: an event over each"
EVIDENCE_START = EVIDENCE.split("{", 1)[0]


def _number(day: str) -> int:
    return int("".join(char for char in day if char.isdigit()) or 0)


def _runs(text: str, start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]] | None:
    """The two runs of ``start``'s month the text (its spaces joined) lists, one of them ``start``–``end``, or None."""
    found: list[list[tuple[dt.date, dt.date]]] = []
    for match in TWO_RUNS.finditer(text):
        if MONTHS.get(match.group("month").lower().rstrip(".")[:3]) != start.month:
            continue
        if COUNTED.search(text, max(0, match.start() - 16), match.start()):
            continue  # "Years 3–4 & 7–8 June": school years before the run of days
        a1, a2, b1, b2 = (_number(match.group(name)) for name in ("a1", "a2", "b1", "b2"))
        if not (a1 < a2 and a2 + MIN_GAP <= b1 < b2):
            continue
        first, last, second, end_day = (safe_date(start.year, start.month, day) for day in (a1, a2, b1, b2))
        if first is None or last is None or second is None or end_day is None:
            continue
        runs = [(first, last), (second, end_day)]
        if (start, end) in runs:
            found.append(runs)
    return found[0] if len(found) == 1 else None


def listed_runs(text: str, record: RawEvent) -> list[RawEvent] | None:
    """The event over each of the two runs ``text`` lists (see the module), or None. ``record`` is the event read
    over one of them, untimed; a record already split is not split again."""
    return _split(" ".join(text.split()), record)


def _split(text: str, record: RawEvent) -> list[RawEvent] | None:
    if isinstance(record.start, dt.datetime) or isinstance(record.end, dt.datetime) or record.end is None:
        return None
    if any(note.startswith(EVIDENCE_START) for note in record.evidence):
        return None
    runs = _runs(text, record.start, record.end)
    if runs is None:
        return None
    evidence = EVIDENCE.format(runs=" & ".join(f"{first.isoformat()}–{last.isoformat()}" for first, last in runs))
    return [
        dataclasses.replace(
            record,
            external_id=f"{record.external_id}#{first.isoformat()}",
            start=first,
            end=last,
            evidence=[*record.evidence, evidence],
        )
        for first, last in runs
    ]


def page_runs(records: list[ParsedRecord], text: str) -> None:
    """Each untimed event of a page read over one of two runs the page's ``text`` lists, replaced in place by the
    event over each run (a page of its own: "6–8 & 14–15 March 2026" in its meta line; cards are split as they are
    read, _page_showings). A page that lists no two runs is left as it is, read once."""
    text = " ".join(text.split())
    if TWO_RUNS.search(text) is None:
        return
    read: list[ParsedRecord] = []
    for record in records:
        split = _split(text, record) if isinstance(record, RawEvent) else None
        read.extend(split or [record])
    records[:] = read
