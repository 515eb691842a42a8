"""A day's several sessions on one schedule line ("Sonntag, 14. Januar 09:45 – 11:30 Uhr und 14:00 – 15:45 Uhr"):
each time joined to the first by a word for "and" is another entry on the same day. Pure."""

from __future__ import annotations

import dataclasses
import re

from sources.adapters._page_dates import ClockHit, find_clock
from sources.adapters._page_schedule import Entry

# What joins a day's second session to its first ("09:45 – 11:30 Uhr und 14:00 – 15:45 Uhr", "10am-12pm and
# 2pm-4pm", "14h et 16h"): a word for "and", a comma or a slash, then the next time at once.
SESSION_JOIN = re.compile(r"\s{0,3}(?:,\s{0,3})?(?:und|and|&|\+|et|y|e|och|og|en|sowie|,|/)\s{0,3}", re.IGNORECASE)
MAX_SESSIONS = 6  # a day's sessions on one line; more is a timetable, not a line


def later_sessions(text: str, first: ClockHit) -> list[ClockHit]:
    """The times written after ``first`` and joined to it ("… und 14:00 – 15:45 Uhr"): more sessions of the same
    day, each with its span in ``text`` (from its joining word). A later time must follow its joining word at
    once; an end or a doors' time is part of the clock found before it, so it is not read again here."""
    found: list[ClockHit] = []
    cursor = first.span[1]
    while len(found) < MAX_SESSIONS:
        join = SESSION_JOIN.match(text, cursor)
        if join is None or join.end() == cursor:
            break
        rest = text[join.end() :]
        clock = find_clock(rest, dated=True)
        if clock is None or clock.span[0] != 0:
            break
        found.append(ClockHit(clock.start, clock.end, (cursor, join.end() + clock.span[1])))  # with its joining word
        cursor = join.end() + clock.span[1]
    return found


def sessions_after(text: str, clock: ClockHit | None, span: tuple[int, int] | None) -> list[ClockHit]:
    """The later sessions joined to the line's time ("09:45 – 11:30 Uhr und 14:00 – 15:45 Uhr"), spans in
    ``text``."""
    if clock is None or span is None:
        return []
    return later_sessions(text, ClockHit(clock.start, clock.end, span))


def with_sessions(entries: list[Entry]) -> list[Entry]:
    """Each entry, then one more for each later session its line gives on the same day."""
    expanded: list[Entry] = []
    for entry in entries:
        expanded.append(entry)
        for session in entry.sessions:
            evidence = [*entry.evidence, f"another session the same line gives: {session.start.isoformat('minutes')}"]
            expanded.append(
                dataclasses.replace(
                    entry,
                    time=session.start,
                    end_time=session.end,
                    sessions=[],
                    evidence=evidence,
                    links=[*entry.links],
                )
            )
        entry.sessions = []
    return expanded
