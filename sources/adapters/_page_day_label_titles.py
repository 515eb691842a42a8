"""Sessions titled by their day's name: the page's one subject at several times. Pure.

A film's page lists its screenings as cards, each headed by its weekday ("<div class='day'><h3>Mon</h3>14 Dec
</div>" over a booking link "21:00"): read as cards, each was titled "Mon", "Wed", "Thu". When every event the page
gives is timed, is no series, and is titled by nothing but the name of the weekday it falls on, the titles are the
cards' day labels: the events are the page's one subject, named by the page itself (its og:title, else its
<title> without the site's name, else its main heading). A page that names nothing leaves them as they are; a
page whose cards each give their own place or line (a venue's "Friday" and "Saturday" club nights), a
title that is a weekday other than its event's day ("Friday" on a Saturday: a club night's name), a weekday in a
longer name ("Saturday Night Fever"), a weekly series titled by its day, or a page with one such card, stays.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sources.adapters._page_day_names import day_named, only_a_day
from sources.adapters.base import ParsedRecord, RawEvent

LINE_WORDS = 3  # words of letters that make a card's own line (a night's billing), not a button's label
MIN_SESSIONS = 2  # one card titled "Mon" says too little: a page of its sessions has two or more
PAGE_NAMED = "title from the page, the card's own title being its day's name: {label!r}"


def _names_its_day(event: RawEvent) -> bool:
    start = event.start
    return isinstance(start, dt.datetime) and not event.rrule and day_named(event.title or "") == start.weekday()


def page_name(og_title: str | None, doc_title: str | None, heading: str | None, site: str | None) -> str | None:
    """What the page calls itself: its og:title, its <title> (the site's name already apart) or its heading."""
    for candidate in (og_title, doc_title, heading):
        name = " ".join((candidate or "").split())
        if name and name != site and not only_a_day(name):
            return name
    return None


def _lines_of_their_own(events: list[RawEvent]) -> bool:
    """Whether every card says something of its own under its day: a line of words each ("Club night with DJ Sol"),
    no two alike; not a booking button's clock and label ("21:00 Subtitled"), which every screening has."""
    lines = [" ".join((event.description or "").split()) for event in events]
    worded = [line for line in lines if sum(word.isalpha() for word in line.split()) >= LINE_WORDS]
    return len(worded) == len(lines) and len(set(worded)) == len(worded)


def page_named_sessions(records: Iterable[ParsedRecord], name: str | None) -> list[ParsedRecord]:
    """The page's records; when all its events are sessions titled by their own weekday, titled ``name``."""
    kept = list(records)
    events = [record for record in kept if isinstance(record, RawEvent)]
    if name is None or len(events) < MIN_SESSIONS or not all(_names_its_day(event) for event in events):
        return kept
    if len({event.venue_name for event in events}) > 1 or _lines_of_their_own(events):
        return kept  # each card its own place or line ("Friday": DJ Sol, "Saturday": DJ Luna): nights of their own
    for event in events:
        event.evidence.append(PAGE_NAMED.format(label=event.title))
        event.source_title = event.source_title or event.title
        event.title = name
    return kept
