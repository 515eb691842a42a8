"""A page's one card dated without a time, when the page's own reading (its main heading, the date near it and the
labelled time under them) gives the same event a time on that day: the card's event at that time. An organ recital
whose card holds "Thursday 15 May 2020" and the title, with its "Start Time" / "7PM" in a block of its own below
the card, starts at 19:00, not on the day at large. Pure."""

from __future__ import annotations

import dataclasses
import datetime as dt

from sources.adapters.base import ParsedRecord, RawEvent

TIMED_BY_PAGE = "time {time} from the page's own reading of its heading and date, beside the card"


def _key(title: str) -> str:
    return " ".join(title.casefold().split())


def timed_by_page(cards: list[ParsedRecord], page: list[ParsedRecord]) -> list[ParsedRecord]:
    """``cards`` with its one event given the time ``page`` (the page's own reading) states for it, when both read
    one event of one title on one day and only the page's has a time; ``cards`` unchanged otherwise."""
    events = [record for record in cards if isinstance(record, RawEvent)]
    own = [record for record in page if isinstance(record, RawEvent)]
    if len(events) != 1 or len(own) != 1:
        return cards
    card, read = events[0], own[0]
    if isinstance(card.start, dt.datetime) or not isinstance(read.start, dt.datetime):
        return cards
    if read.start.date() != card.start or card.end not in (None, card.start) or _key(read.title) != _key(card.title):
        return cards
    timed = dataclasses.replace(
        card,
        start=read.start,
        end=read.end if isinstance(read.end, dt.datetime) else None,
        all_day=False,
        timezone=read.timezone,
        evidence=[*card.evidence, TIMED_BY_PAGE.format(time=read.start.strftime("%H:%M"))],
    )
    return [timed if record is card else record for record in cards]
