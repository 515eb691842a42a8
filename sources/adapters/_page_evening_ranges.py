"""A listing's hours written on a 12-hour clock with no am/pm at all: the evening's. Pure.

A band's "schedule of dates" (an agency's e-mail: "8 | 6:00-10:30 | The Graduate Hotel, Providence, RI", "12 |
4:30-8:30 | Wentworth by the Sea", "11 | 8:00-12:00 | Fairmont Copley Plaza") writes each gig's hours bare, as
its readers know gigs are at night. Read as 24-hour times they were mornings: 04:30-08:30, and "8:00-12:00" a
morning ending at noon. So when a page's events (at least ``MIN_EVENTS``) are each timed by a bare range written
on the page ("h:mm-h:mm", no am/pm, neither end past 12), some start before ``DAWN`` as read (no listing's events
start unmarked at half past four in the morning), and no range on the page says it is on a 24-hour clock (an hour
past 12) or marks its half of the day (am/pm after it), every one of those events is moved twelve hours on: 16:30-
20:30, 20:00 to midnight.

Not: a day's classes ("9:00-10:30" beside "1:00-2:00": a start outside 4:00-8:59 as read); a morning market's list ("7:00-12:00", "8:00-13:00": an hour past 12, or none before dawn); ranges marked
am/pm; a page that speaks of mornings ("breakfast", "sunrise", "morning") or of sports trained before work ("early",
"swim", "rowing", "workout", "boot camp": a masters swim team's "5:30-7:00"); a page where any timed event is not
one of those bare ranges; fewer than three events.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterable

from sources.adapters.base import ParsedRecord, RawEvent

MIN_EVENTS = 3
DAWN = 6  # a bare start before this hour, as read, is no morning's
EVENING = range(4, 9)  # every start, as read, between 4:00 and 8:59: an evening's band once moved (16:00-20:59)
RANGE = re.compile(
    r"(?<![\d:.])(?P<h1>\d{1,2}):(?P<m1>[0-5]\d)\s{0,3}[-–]\s{0,3}(?P<h2>\d{1,2}):(?P<m2>[0-5]\d)(?![\d:.])"
    r"(?P<ap>\s{0,3}[ap]\.?\s?m\b)?",
    re.IGNORECASE,
)
# Words of a morning, or of the sports trained before work (a masters swim team's "5:30-7:00", a rowing club's)
MORNING = re.compile(
    r"\b(?:morning|breakfast|sunrise|dawn|brunch|early|swim|swimming|rowing|workout|boot ?camp)\b", re.IGNORECASE
)
# Words of an evening: a page saying them keeps its split ranges moved ("Evening yoga": "5:30-6:30", "7:15-8:30").
EVENING_WORDS = re.compile(r"\b(?:evening|evenings|tonight|night|nights|after\s+work|after-work)\b", re.IGNORECASE)
EVIDENCE = "the page writes every event's hours bare on a 12-hour clock, starting before dawn as read: the evening's"


def _bare_ranges(text: str) -> set[tuple[int, int, int, int]] | None:
    """The page's bare ranges as (h1, m1, h2, m2); None when one is marked am/pm or past 12 (a 24-hour clock)."""
    found: set[tuple[int, int, int, int]] = set()
    for match in RANGE.finditer(text):
        hours = (int(match["h1"]), int(match["h2"]))
        if match["ap"] or max(hours) > 12 or min(hours) == 0:
            return None
        found.add((hours[0], int(match["m1"]), hours[1], int(match["m2"])))
    return found


def _split_day(timed: list[tuple[RawEvent, dt.datetime, dt.datetime]]) -> bool:
    """Whether the ranges starting before dawn as read all end by the time every one starting from 7 begins (review26):
    a day's afternoons ("4:00-7:00") and mornings ("8:00-12:00", "8:30-11:00"), not one evening's overlapping gigs
    ("4:30-8:30" beside "7:00-11:00")."""
    early = [end.time() for _, start, end in timed if start.hour < DAWN]
    late = [start.time() for _, start, _ in timed if start.hour >= DAWN + 1]
    return bool(early and late) and max(early) <= min(late)


def evening_ranges(records: Iterable[ParsedRecord], page_text: Callable[[], str]) -> list[ParsedRecord]:
    """The page's records, its bare-ranged events moved to the evening when the module's signs all hold."""
    kept = list(records)
    events = [record for record in kept if isinstance(record, RawEvent)]
    spans = [(e, e.start, e.end) for e in events if isinstance(e.start, dt.datetime) and isinstance(e.end, dt.datetime)]
    timed = [(event, start, end) for event, start, end in spans if start.date() == end.date()]
    if len(timed) < MIN_EVENTS or len(timed) != sum(isinstance(e.start, dt.datetime) for e in events):
        return kept  # an event with a start and no end, or a night past midnight: not this list
    if not any(start.hour < DAWN for _, start, _ in timed) or any(start.hour not in EVENING for _, start, _ in timed):
        return kept  # "9:00-10:30" beside "1:00-2:00": a day's classes, morning and afternoon
    text = page_text()
    if _split_day(timed) and not EVENING_WORDS.search(text):
        return kept  # "4:00-7:00" beside "8:00-12:00": a market's afternoon and its mornings, apart
    ranges = _bare_ranges(text) if not MORNING.search(text) else None
    written = {(start.hour, start.minute, end.hour, end.minute) for _, start, end in timed}
    if not ranges or not written <= ranges:
        return kept
    later = dt.timedelta(hours=12)
    moved = {
        id(event): dataclasses.replace(
            event, start=start + later, end=end + later, evidence=[*event.evidence, EVIDENCE]
        )
        for event, start, end in timed
    }
    return [moved.get(id(record), record) for record in kept]
