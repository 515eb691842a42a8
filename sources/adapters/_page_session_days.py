"""A club's calendar of sessions: each day open or closed, its hours stated once per weekday. Pure.

A climbing wall's, a pool's or a club room's page lists its coming sessions one a line, each named by its state
alone ("Mardi 15/09/2026 Ouvert.", "Mercredi 16/09/2026 Fermé.", "Do 17.09. geöffnet", "Sat 19/9 Closed"), and
states once, above them, the hours of each weekday's session ("Mardi (19h00-21h30) - Mercredi (19h00-21h00) -
Samedi (10h-12h30)"). Read line by line, each session is an event titled "Ouvert." at no time.

* ``session_states``: when the page's events are all named by an open or closed word alone, and both are among
  them, they are sessions: a closed one is called off (status cancelled), and each is named by the page (its
  title), its state kept as the source's wording. A lone "Closed" row (a library's holiday) is not such a calendar; nor is a
  row whose name holds more words ("Open Mic", "Closed Meeting").
* ``weekday_hours``: a line that gives two or more weekdays each its span of hours ("Tuesday (7pm-9:30pm)",
  "Mardi 19h00-21h30", "Di 19:00–21:30") gives an untimed event of a session calendar on such a weekday its start and end. A weekday named
  with two spans keeps its first (the adults' session before the children's class). Not a line that names one
  weekday only (one event's own day and hours).
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Iterable, Sequence
from typing import Any

from sources.adapters._page_dates import find_clock
from sources.adapters._page_intl import weekday_number
from sources.adapters.base import ParsedRecord, RawEvent

OPEN_STATE = re.compile(
    r"ouvert|open|geöffnet|geoeffnet|offen|geopend|abierto|aperto|öppet|oppet|åpent|apent|åben|aben|otwarte",
    re.IGNORECASE,
)
CLOSED_STATE = re.compile(
    r"fermé|ferme|closed|geschlossen|gesloten|cerrado|chiuso|stängt|stangt|stengt|lukket|zamknięte|zamkniete",
    re.IGNORECASE,
)
EDGES = " \t\n\xa0.,;:!-–—*()[]"
CLOSED_EVIDENCE = "named {name!r} in a calendar of open and closed sessions: called off"
HOURS_EVIDENCE = "hours {start}–{end} of every {weekday} session, from the line {line!r}"

# A weekday's name, then its span of hours, in brackets or not: "Mardi (19h00-21h30)", "Di 19:00–21:30".
WEEKDAY_SPAN = re.compile(
    r"(?P<day>[^\W\d_]{2,12})\.?\s{0,3}[(:]?\s{0,3}"
    r"(?P<span>\d{1,2}(?:[h:.]\d{0,2})?\s{0,3}(?:[ap]\.?m\.?)?\s{0,3}[-–à]\s{0,3}\d{1,2}(?:[h:.]\d{0,2})?"
    r"\s{0,3}(?:[ap]\.?m\.?)?)",
    re.IGNORECASE,
)
MIN_WEEKDAYS = 2  # a line of hours names at least this many weekdays


def _state(record: RawEvent) -> str | None:
    name = (record.title or "").strip(EDGES)
    if OPEN_STATE.fullmatch(name):
        return "open"
    if CLOSED_STATE.fullmatch(name):
        return "closed"
    return None


def session_states(records: Sequence[ParsedRecord], name: str | None) -> bool:
    """Closed sessions called off, and each session named by ``name`` (the page's) rather than by its state, in a
    calendar of open and closed sessions; whether the records are such a calendar."""
    events = [record for record in records if isinstance(record, RawEvent)]
    states = [_state(event) for event in events]
    if not events or None in states or not {"open", "closed"} <= set(states):
        return False
    for event, state in zip(events, states, strict=True):
        if state == "closed":
            event.status = "cancelled"
            event.evidence.append(CLOSED_EVIDENCE.format(name=event.title))
        event.source_title = event.source_title or event.title
        event.title = name or event.title
    return True


def _span(text: str) -> tuple[dt.time, dt.time] | None:
    """A span of hours: "19h00-21h30", "10h-12h30", "7pm-9:30pm"."""
    clock = find_clock(re.sub(r"(?<=\d)h(?=\d|\b)", ":", text).replace(":-", ":00-").rstrip(":"), dated=True)
    if clock is None or clock.start is None or clock.end is None:
        return None
    return clock.start, clock.end


def hours_by_weekday(lines: Iterable[str]) -> tuple[dict[int, tuple[dt.time, dt.time]], str] | None:
    """The first line that gives MIN_WEEKDAYS or more weekdays their span of hours: {weekday: (start, end)}."""
    for line in lines:
        hours: dict[int, tuple[dt.time, dt.time]] = {}
        for match in WEEKDAY_SPAN.finditer(line):
            weekday = weekday_number(match.group("day"))
            span = _span(match.group("span")) if weekday is not None else None
            if weekday is not None and span is not None:
                hours.setdefault(weekday, span)
        if len(hours) >= MIN_WEEKDAYS:
            return hours, line
    return None


def weekday_hours(records: Sequence[ParsedRecord], lines: Iterable[str], zone: dt.tzinfo | None) -> None:
    """Untimed events on a weekday whose hours a line of the page states: those hours, in ``zone`` (else the
    event's own zone; none without either)."""
    untimed = [
        record
        for record in records
        if isinstance(record, RawEvent) and not isinstance(record.start, dt.datetime) and record.end is None
    ]
    found = hours_by_weekday(lines) if untimed else None
    if found is None:
        return
    hours, line = found
    for event in untimed:
        day = event.start
        span = hours.get(day.weekday())
        where = zone or (zoneinfo.ZoneInfo(event.timezone) if event.timezone else None)
        if span is None or where is None:
            continue
        event.start = dt.datetime.combine(day, span[0], tzinfo=where)
        event.end = dt.datetime.combine(day, span[1], tzinfo=where) if span[1] > span[0] else None
        event.all_day = False
        event.evidence.append(
            HOURS_EVIDENCE.format(
                start=span[0].isoformat("minutes"),
                end=span[1].isoformat("minutes"),
                weekday=day.strftime("%A"),
                line=line[:80],
            )
        )


def session_calendar(records: Sequence[ParsedRecord], root: Any, zone: dt.tzinfo | None) -> None:
    """A page's records read as a club's calendar of sessions when they are one: named by the page's title
    (``session_states``), each untimed session given its weekday's hours from the page's text (``weekday_hours``)."""
    if session_states(records, " ".join((root.findtext(".//title") or "").split()) or None):
        weekday_hours(records, root.itertext(), zone)
