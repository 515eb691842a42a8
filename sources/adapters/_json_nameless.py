"""Items with a start and no name of their own, three more ways (after ``_json_kinds``): by what their list is
called, by a name that is only their own day and clock, or as a cinema's showtimes of one film.

**The list's own key** (``list_kind``). A band's tour dates come as ``{"concerts": [{"location": "Tokyo", "venue":
"Tokyo Dome City Hall", "startsAt": "2026-05-01T10:00:00+09:00", "timeZone": "Asia/Tokyo"}]}``: the band is the
site's, each stop says only where and when. The list's key names what every item is, a kind of occurrence on a
calendar (the nouns of ``_json_kinds.OCCURRENCE_KINDS``: "concerts", "shows", "gigs", "matches", "screenings"),
so each is read as one ("Concert", at its venue; an item's own "name" where one has it): the least wrong title the document gives, as a record's own type
field is (``kind_column``), and an operator who knows the band names the source. Only where the items say at
which venue (a key naming a venue, a stadium, an arena, a hall, a theatre or a club, text in most items): a list
of "sessions" with a start and no venue is as often a log of logins as a conference's.

**A name that is only the item's own day and clock** (``clock_name``). A course timetable's events are named by
when they are: ``{"name": "12/09/22 17:00", "timestart": 1662973200, "timeduration": 3600, "location": "345 Fake
Street"}`` (Moodle's, imported by a timetable plugin). A title that reads as a date names nothing and is passed
over, so every session was lost. Where the name column reads as moments with a time of day in most items, and
each agrees with the item's own start to the minute (the same wall clock up to a zone's offset, MAX_OFFSET: the
name is written in local time, the start often in UTC), the name is the item's label, as written, and the items
are read: the issue's rule for feeds whose item titles are a date and a time (read them). Only where the item also
says where or for how long (a place, an end or a duration column): a log's records named by their own stamp
("2024-01-05 10:31") say neither.

Refused: a name whose moments differ from the start (another date: a deadline, a publication), a date-only name
(a day's report), a name with no start beside it, items saying neither where nor how long.

**A cinema's showtimes of one film** (``screening``). A cinema chain's showtimes endpoint answers for one film at
one cinema on one day, the film being the request's subject: ``[{"time": "2026-09-13 18:30:00", "endTime": "…",
"auditoriumName": "4", "isMovie": true, "refCmd": "…/V0014S52540/booking"}]``. Nothing names the item, so it was
named by its booking page's last word ("booking") or lost. Where most items say in which auditorium or on which
screen (a key naming one, SCREEN_KEYS) and that they are a film's showing (a film flag set, a film's id:
FILM_KEYS), each is read as a "Screening": the least wrong title, as the list's kind is above; the operator who
asked for the film names the source. Refused: a conference's nameless "room" slots (no auditorium, no film), a
film catalogue (films with release days, no auditorium), an auditorium list (no start: nothing reaches here), and
showings flagged as no film ("isMovie": false).

**A list its key calls sports events** (``sports_event``). IPTC's SportsML 3 writes a game's summary as
``<sports-event><event-metadata start-date-time="2015-02-01T18:30:00-05:00" duration="PT3H36M" …/>`` with no name,
team or site (feeds batch 46): the one real loss among the feeds corpus's unreadable files (feeds71's count: the
other fourteen are hard negatives). A sports event is an event whatever else it is, so where the list's own key names
one (a sport word and "event": "sports-event", "sportEvents", "sporting_events") and most items say how long (a
duration or an end, at any depth), each is read as a "Sports event", the least wrong title the document gives,
as ``list_kind``'s "Concert" is. Refused: a key naming events of no sport (OpenADR's demand-response ``eiEvent``
with its dtstart and duration, a log's ``AuditEvent``), a sport's list with no duration or end (a league table's
"LatestMatch" days), a key naming a sport and no event ("sports": a catalogue), a fitness tracker's workouts (items
that measure a body: "calories", "heartRate", "steps"; left40).

**A list keyed only as events, each at a place** (``events_at_places``). The LocationTech tour's XML (feeds batch
71) is ``<events><event><city>Ottawa</city><date>Nov 5, 2013 06:00:00 PM EST</date>…``: one evening per city, named
by nothing but its city. Where the list's key is only "event" or "events" and most items name a place (a city, a
venue, a location: text), each is read as an "Event" there, as ``list_kind`` reads a "Concert". Refused: a key that
qualifies its events ("eiEvent", "audit_events": a signal's, a log's), items with no place (a data set's table of
dates per event id, ``<event_dates><event id><indate>``: the events are named in another file), items whose start
says when they were recorded ("timestamp", "created_at": an analytics log's page views at each visitor's city; the
lead's mend).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sources.adapters._json_keyed_lists import KEYED_TITLE, keyed_title
from sources.adapters._json_kinds import OCCURRENCE_KINDS
from sources.adapters._json_mapping import read_moment
from sources.adapters._json_shapes import Column, date_shape, words

if TYPE_CHECKING:
    from sources.adapters._json_fields import Moment, Sample

__all__ = [
    "CLOCK_NAME_TITLE",
    "LIST_KIND_TITLE",
    "SCREENING",
    "SPORTS_EVENT",
    "EVENT",
    "clock_name",
    "events_at_places",
    "placed_city",
    "list_kind",
    "other_title",
    "screening",
    "sports_event",
]

LIST_KIND_TITLE = " (no name field: each item named by the kind of occurrence its list's key says, '{kind}')"
CLOCK_NAME_TITLE = " (the name is only each item's own day and clock, agreeing with its start: read as written)"
VENUE_KEYS = frozenset({"venue", "venues", "stadium", "arena", "hall", "theatre", "theater", "club"})
NAME_KEYS = frozenset({"name", "title", "summary", "subject", "label"})
WHERE_OR_HOW_LONG = frozenset({"location", "place", "venue", "room", "address", "duration", "timeduration",
                               "end", "ends", "finish", "stop", "until", "length"})  # fmt: skip
SCREENING = "Screening"
SCREENING_TITLE = " (no name field: a cinema's showtimes of one film, each in its auditorium: read as screenings)"
SCREEN_KEYS = frozenset({"auditorium", "screen"})  # "auditoriumName": "4", "screenNumber"
FILM_KEYS = frozenset({"movie", "film"})  # "isMovie": true, "filmId": "HO00002816"
EVENT = "Event"
EVENT_PLACE_TITLE = " (no name field: the list's key says only that each item is an event, '{key}', at its place)"
PLACE_KEYS = frozenset({"city", "town", "venue", "location", "place"})
# A log's action per item ("event": "page_view", "action": "cart.add"): what a program recorded, not a happening.
ACTION_KEYS = frozenset({"event", "action", "type", "kind", "activity", "name"})
IDENTIFIER = re.compile(r"[a-z][a-z0-9]{0,30}(?:[_.:][a-z0-9]{1,30}){0,4}")
JOINED = re.compile(r"[_.:]")
SPORTS_EVENT = "Sports event"
SPORTS_EVENT_TITLE = " (no name field: the list's key says each item is a sports event, '{key}')"
SPORT_WORDS = frozenset({"sport", "sports", "sporting"})
# A body's measures in an item: a fitness tracker's workouts ("calories", "heartRate", "steps"), no game (left40).
BODY_WORDS = frozenset({"calories", "kcal", "heart", "heartrate", "steps", "cadence", "bpm", "vo2max"})
EVENT_WORDS = frozenset({"event", "events"})
# A start's key that says when something was recorded, not when to go: a log's ("timestamp", "created_at").
LOG_WORDS = frozenset({"timestamp", "ts", "stamp", "created", "updated", "modified", "logged", "occurred", "received",
                       "recorded", "sent", "tracked"})  # fmt: skip
HOW_LONG = frozenset({"duration", "end", "ends", "finish", "until", "length"})
MIN_SHARE = 0.6  # of the items with the venue, the name
MIN_AGREE = 0.8  # of the names read, how many agree with their item's start
MAX_OFFSET = dt.timedelta(hours=14)  # the widest zone offset between a local name and a UTC start


def other_title(
    path: str, sample: Sample, start: Moment | None, *, month_first: bool
) -> tuple[Column, Any, str] | None:
    """For items with a start and no name, label or type of their own: (the column read for the title's coverage,
    the title's mapping, its evidence) from the numbered attribute that names each item (``_json_keyed_lists``), the
    list's own key with a venue, or a name that is only the item's own day and clock; else None."""
    keyed = keyed_title(sample.items)
    if keyed is not None:
        return keyed, keyed.path, f"title ← {keyed.path}{KEYED_TITLE}"
    listed = list_kind(path, sample)
    if listed is not None:  # an item's own "name" where one has it, else the kind
        venue, kind = listed
        return venue, {"path": "name", "default": kind}, f"title ← {kind}" + LIST_KIND_TITLE.format(kind=path)
    clocked = clock_name(sample, start, month_first=month_first) if start is not None else None
    if clocked is not None:
        return clocked, clocked.path, f"title ← {clocked.path}{CLOCK_NAME_TITLE}"
    screen = screening(sample)
    if screen is not None:
        return screen, {"path": "name", "default": SCREENING}, f"title ← {SCREENING!r}{SCREENING_TITLE}"
    placed = events_at_places(path, sample, start)
    if placed is not None:
        return placed, {"path": "name", "default": EVENT}, f"title ← {EVENT!r}" + EVENT_PLACE_TITLE.format(key=path)
    sport = sports_event(path, sample)
    if sport is not None:
        return (
            sport,
            {"path": "name", "default": SPORTS_EVENT},
            f"title ← {SPORTS_EVENT!r}" + SPORTS_EVENT_TITLE.format(key=path),
        )
    return None


def sports_event(path: str, sample: Sample) -> Column | None:
    """The duration or end column of a list its own key calls sports events (see above), or None."""
    key_words = set(words(_list_key(path)))
    if not key_words & SPORT_WORDS or not key_words & EVENT_WORDS:
        return None
    if any(set(column.key_words) & BODY_WORDS and column.share >= MIN_SHARE for column in sample.columns.values()):
        return None  # "sportEvents" of a fitness log: each workout's calories, heart rate (review54 jn5)
    return next(
        (
            column
            for column in sample.columns.values()
            if set(column.key_words) & HOW_LONG and column.share >= MIN_SHARE
        ),
        None,
    )


def events_at_places(path: str, sample: Sample, start: Moment | None = None) -> Column | None:
    """The place column of a list keyed only as events whose items name their place (see above), or None."""
    key_words = words(_list_key(path))
    if not key_words or not set(key_words) <= EVENT_WORDS:
        return None
    if start is not None and any(set(words(_list_key(each))) & LOG_WORDS for each in start.paths):
        return None  # an analytics log's "events" stamped when they were recorded, at the visitor's city
    if _text_column(sample, ACTION_KEYS, identifiers=True) is not None:
        return None  # each item's "event": "page_view": a log's actions at each visitor's city (review54)
    return _text_column(sample, PLACE_KEYS)


def _text_column(sample: Sample, keys: frozenset[str], *, identifiers: bool = False) -> Column | None:
    """The first top-level column named by one of ``keys`` whose values, in most items, are all text (with
    ``identifiers``, all a program's names, one of them joined by "_", "." or ":": "page_view", "cart.add")."""
    return next(
        (
            column
            for column in sample.columns.values()
            if not column.depth
            and set(column.key_words) & keys
            and column.share >= MIN_SHARE
            and len(strings := column.strings()) == len(column.present)
            and (not identifiers or (all(map(IDENTIFIER.fullmatch, strings)) and any(map(JOINED.search, strings))))
        ),
        None,
    )


def placed_city(other: tuple[Column, Any, str] | None, mapping: dict[str, Any], evidence: list[str]) -> None:
    """Map the city that made an item an "Event" at its place (``events_at_places``) as its city: the items' only
    place, which the address reader leaves alone when nothing beside it says it is one."""
    if other is None or not isinstance(other[1], Mapping) or other[1].get("default") != EVENT:
        return
    column = other[0]
    if "city" not in mapping and set(column.key_words) & {"city", "town"}:
        mapping["city"] = column.path
        evidence.append(f"city ← {column.path} (the place each event is at)")


def _list_key(path: str) -> str:
    """The last named part of a list's path ("sports-content.sports-event" → "sports-event")."""
    return next((part for part in reversed(path.split(".")) if part and part != "*" and not part.isdigit()), "")


def screening(sample: Sample) -> Column | None:
    """The auditorium column of a cinema's showtimes for one film (see above), or None: most items say in which
    auditorium or on which screen, and that they are a film's showing (a film flag set, a film's id)."""
    room = next(
        (
            column
            for column in sample.columns.values()
            if not column.depth and set(column.key_words) & SCREEN_KEYS and column.share >= MIN_SHARE
        ),
        None,
    )
    if room is None:
        return None
    for column in sample.columns.values():
        if column.depth or not set(words(column.path)) & FILM_KEYS:
            continue
        said = [value for value in column.values if value is True or (isinstance(value, str) and value.strip())]
        if len(said) >= MIN_SHARE * len(column.values) and not any(value is False for value in column.values):
            return room
    return None


def list_kind(path: str, sample: Sample) -> tuple[Column, str] | None:
    """(the venue column, the kind's title) when the list's own key names a kind of occurrence and its items say
    at which venue (see above), else None."""
    kinds = [word for word in words(_list_key(path)) if word in OCCURRENCE_KINDS]
    if not kinds:
        return None
    venue = _text_column(sample, VENUE_KEYS)
    return None if venue is None else (venue, _singular(kinds[-1]).capitalize())


def _singular(word: str) -> str:
    for suffix in ("es", "s"):
        if word.endswith(suffix) and word[: -len(suffix)] in OCCURRENCE_KINDS:
            return word[: -len(suffix)]
    return word


def clock_name(sample: Sample, start: Moment, *, month_first: bool) -> Column | None:
    """The name column whose values are only each item's own day and clock (see above), or None."""
    start_path, start_format = _single(start.spec)
    if start_path is None or not _says_where_or_how_long(sample):
        return None
    for column in sample.columns.values():
        if column.depth or not set(column.key_words) & NAME_KEYS or column.share < MIN_SHARE:
            continue
        shape = date_shape(column, numeric_ok=False, month_first=month_first)
        if shape is None or shape.kind != "datetime" or shape.timed < MIN_AGREE:
            continue
        if _agrees(sample.items, column.path, shape.format, start_path, start_format):
            return column
    return None


def _single(spec: Any) -> tuple[str | None, str | None]:
    """The start's one path and format, or (None, None) for a start read from several fields."""
    if isinstance(spec, str):
        return spec, None
    if isinstance(spec, Mapping) and isinstance(spec.get("path"), str) and "fallback" not in spec:
        return spec["path"], spec.get("format")
    return None, None


def _says_where_or_how_long(sample: Sample) -> bool:
    return any(
        set(column.key_words) & WHERE_OR_HOW_LONG and column.share >= MIN_SHARE
        for column in sample.columns.values()
        if not column.depth
    )


def _agrees(
    items: list[Any], name_path: str, name_format: str | None, start_path: str, start_format: str | None
) -> bool:
    read = agree = 0
    for item in items:
        if not isinstance(item, Mapping):
            continue
        named = read_moment(item.get(name_path), name_format, None)
        started = read_moment(item.get(start_path), start_format, None)
        if not isinstance(named, dt.datetime) or not isinstance(started, dt.datetime):
            continue
        read += 1
        wall = named.replace(tzinfo=None)
        utc = started.astimezone(dt.UTC).replace(tzinfo=None) if started.tzinfo else started
        agree += abs(wall - utc) <= MAX_OFFSET and wall.minute == utc.minute
    return read > 0 and agree >= MIN_AGREE * read
