"""Two runs of one name from one first day: a page's rows that share a title and a start but not an end. Pure.

A university's academic-year page gives each study line its own table, and two lines' teaching periods both
start on 23 February, one to 12 April and one to 5 April; a museum's page lists a show's two runs in two rooms
from one opening day. ``webpage.finalize`` keeps one event per title and start (the same event described
twice: a plugin's JSON-LD beside the page's microdata); when both records state an end and the ends fall on
different days, they are two events, each kept with an id that names its end.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters.base import RawEvent


def _end_day(record: RawEvent, zone: dt.tzinfo | None = None) -> dt.date | None:
    end = record.end
    if end is None:
        return None
    if isinstance(end, dt.datetime) and end.tzinfo is not None and zone is not None:
        end = end.astimezone(zone)  # the day as the other record's clock reads it
    return end.date() if isinstance(end, dt.datetime) else end


def other_run(one: RawEvent, other: RawEvent) -> bool:
    """Whether two records of one title and start are two runs: each states an end, on different days. An end
    only one of them gives, or the same last day written as a date by one and as a time by the other, is the
    same event described twice. Both ends' days are read on the first record's clock: "2015-07-13T01:00:00+00:00"
    and "2015-07-12T18:00:00-07:00" are one end."""
    zone = one.start.tzinfo if isinstance(one.start, dt.datetime) else None
    first, second = _end_day(one, zone), _end_day(other, zone)
    return first is not None and second is not None and first != second


def other_place(one: RawEvent, other: RawEvent) -> bool:
    """Whether two records of one title and one instant, written in two offsets, name two venues (review27): a
    live broadcast's screenings in two countries ("19:00+01:00" in London, "20:00+02:00" in Berlin) are two events.
    One event described twice in two offsets (a page's microdata in UTC beside its h-event) names one venue, or
    only one of them names any."""
    if not isinstance(one.start, dt.datetime) or not isinstance(other.start, dt.datetime):
        return False
    first, second = (" ".join((record.venue_name or "").casefold().split()) for record in (one, other))
    if one.start.utcoffset() == other.start.utcoffset():
        return halls_apart(first, second)  # one offset: two halls of one page (left30)
    return bool(first and second and first != second)


def halls_apart(first: str, second: str) -> bool:
    """Whether two places named in one offset are two places (left30): a film's screenings at one minute in two halls
    ("CineStar 8", "CineStar 6"). Each names a place and neither's words run inside the other's: one event described
    twice names one place, maybe more fully ("The Crown" and "The Crown, 12 High Street, Oxford")."""
    if not first or not second:
        return False
    one, other = (tuple("".join(char if char.isalnum() else " " for char in name).split()) for name in (first, second))
    return bool(one and other) and not (_runs_inside(one, other) or _runs_inside(other, one))


def _runs_inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether the words ``short`` stand in ``long`` one after another."""
    return any(long[index : index + len(short)] == short for index in range(len(long) - len(short) + 1))


def run_id(record: RawEvent) -> str:
    """The record's id naming its last day too ("…#event-3f2a~2026-04-05"), so that two runs of one title and
    start do not share the id their title and start give."""
    day = _end_day(record)
    return f"{record.external_id}~{day.isoformat()}" if day is not None else record.external_id


def place_id(record: RawEvent) -> str:
    """The record's id naming its venue ("…#event-3f2a~kino-berlin"): one instant's screenings in two countries
    (``other_place``) do not share the id their title and instant give."""
    slug = re.sub(r"[\W_]+", "-", (record.venue_name or "").casefold()).strip("-")[:40]
    return f"{record.external_id}~{slug}" if slug else record.external_id
