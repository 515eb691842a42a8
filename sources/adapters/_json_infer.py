"""Reading a JSON API nobody configured: where its events are and how their fields map, inferred.

``infer(data)`` looks through a parsed JSON document for the array of event-like objects (a bare list,
``data``, ``events``, ``value``, ``hits.hits`` with ``_source``, ``edges`` with ``node``, ``@graph``…: every
array of objects is a candidate, scored by how many of its objects have a title-like and a date-like field)
and infers each field's path from two kinds of evidence, never from a table of known APIs:

- **key names**, split into words ("MM_MeetingTitle" → mm meeting title, "Meeting Date" → meeting date):
  words that name the field ("title", "start") against words that rule it out ("category", "created");
- **value shapes** over a sample of items: a field whose values read as dates in most items is date-like
  (ISO 8601, epoch seconds or milliseconds, "9/16/2019", "Thursday, February 15, 2024", "07/11/2024 - 01:00
  PM", a guide's "20260926200000 -0700"), one whose values are times of day can complete a date field
  ("Meeting Date" + "Meeting Time"), one whose values are URLs is link-like, one whose values are unique is an
  id. A game with no name field is named by its two sides (``_json_sides``).

The result is exactly a ``json_api`` config (``items`` and ``mapping``, see ``json_api``), so what was inferred
is what an operator can review and save as a source, plus a confidence and the evidence in words.

The work is shared with ``_json_shapes`` (the document's lists and what values read as), ``_json_fields``
(which column is which field, the start and end; ``_json_field_scores`` the other fields' scores),
``_json_infer_columns`` (a found list's title mapping, its game's sides, a fallback start, its confidence),
``_json_extras`` (the optional fields and documents) and ``_json_one_event`` (a document that is one event).

Pure: no database, no network. The leading underscore keeps these modules out of the adapter registry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from events.zones import zone
from sources.adapters._json_before import day_of, start_of
from sources.adapters._json_commerce import commercial_list
from sources.adapters._json_core import core_fields
from sources.adapters._json_date_values import date_value_item
from sources.adapters._json_dated_containers import containers_not_events
from sources.adapters._json_dated_offers import dated_offer_score as offered  # Guidle's <offer> (feeds 75)
from sources.adapters._json_declared_kinds import declares_event, declares_other_kind
from sources.adapters._json_departures import departure_board
from sources.adapters._json_display_moments import written_for_people
from sources.adapters._json_extras import Extras
from sources.adapters._json_field_scores import ZONE_WORDS
from sources.adapters._json_fields import (
    DATE_PARTS,
    END_WORDS,
    NOT_DATE,
    OCCURRENCES,
    START_WORDS,
    Sample,
    moment_words,
    title_score,
)
from sources.adapters._json_films import film_genres
from sources.adapters._json_format_titles import titled_by_container
from sources.adapters._json_hour_lists import clock_list
from sources.adapters._json_infer_columns import (
    confidence_of,
    game_sides,
    item_coverage,
    slug_column,
    title_mapping,
    with_fallback,
)
from sources.adapters._json_inner_record import inner_record
from sources.adapters._json_kinds import (
    LABEL_TITLE,
    PERFORMER_TITLE,
    kind_column,
    label_column,
    listed,
    performer_column,
)
from sources.adapters._json_moment_parts import moment_parts_item
from sources.adapters._json_nameless import other_title, placed_city
from sources.adapters._json_nested import (
    MARK,
    join_candidates,
    names_a_place,
    nested_candidates,
    own_start,
    reference_name,
    sampled_lists,
    unread_nested,
)
from sources.adapters._json_not_events import other_records  # news, incidents, a roadmap's changes
from sources.adapters._json_not_places import drop_non_places
from sources.adapters._json_observations import readings
from sources.adapters._json_one_event import (
    ITEM_KEYS,
    first_path,
    item_named,
    one_event_document,
)
from sources.adapters._json_own_title import with_own_title
from sources.adapters._json_pairs import pair_coordinates
from sources.adapters._json_part_titles import part_titled
from sources.adapters._json_person_entries import person_entry_start
from sources.adapters._json_plays import play_log
from sources.adapters._json_property_labels import property_label
from sources.adapters._json_root_parts import root_parts
from sources.adapters._json_shapes import (
    GENERIC_LEAVES,
    SAMPLE,
    Column,
    words,
)
from sources.adapters._json_siblings import ALSO_EVIDENCE, sibling_paths
from sources.adapters._json_sides import (
    GAME_EVIDENCE,
    GAME_LABEL,
)
from sources.adapters._json_spans import reads_by_own_fields
from sources.adapters._json_state_instants import instant_in_state
from sources.adapters._json_sub_events import sub_events_read
from sources.adapters._json_tab_titles import own_name_over_tab
from sources.adapters._json_title_votes import outvoted
from sources.adapters._json_tracked_records import tracked_record
from sources.adapters._json_twin_titles import (
    PREFIX_WEIGHT,
    Twin,
    own_prefix_title,
    title_twins,
    with_twin,
)
from sources.adapters._json_typed_texts import title_note, typed_title
from sources.adapters._json_weekday_runs import RECURRENCE  # a run on listed weekdays as its rule (feeds 75)

__all__ = ["GENERIC_LEAVES", "NO_EVENTS", "Inference", "infer", "infer_list", "words"]

MIN_COVERAGE = 0.5  # share of a list's items that must have a title and a start
NESTED = "each item read with the fields of the objects it sits in (under ^ and the key each was reached by)"
DATES_LIST = "each item one date of the record it sits in, read with that record's fields (under ^)"
DATES_KEYS = frozenset({*START_WORDS, *END_WORDS, *DATE_PARTS})
STARTS = 3.0  # a start word's weight in START_WORDS ("start", "begin", "dtstart"; "date" and "time" weigh less)
JOINED = "each item read with the object of {list} whose {key} is its {by}"
NO_EVENTS = "No list of event-like objects (each with a title and a date) was found in the JSON."
# Dates such as "05/01/2024" everywhere read both ways round. Month-first is the United States' order, so it is
# chosen only when the zone (the source's, or the document's own) is American; elsewhere day-first, the order
# of most of the world. Either way it was a choice, not read: the evidence says so and the confidence drops.
AMERICAN_ZONES = "America/"
AMBIGUOUS_PENALTY = 0.15
DECLARED_RANK = 0.2  # a list whose items say they are events, over one that reads as well and says nothing
ORDER_CHOSEN = "start dates read {order} ({why}): every day in the sample is 12 or less, so either order reads them"
ORDER_WHY_AMERICAN = "the zone {zone} is American"
ORDER_WHY_OTHER = "the zone {zone} is not American"
ORDER_WHY_NONE = "no zone was given; give the source's timezone if these are US dates"


@dataclasses.dataclass(slots=True)
class Inference:
    """What was inferred: the ``json_api`` config, how sure, why, and how many items the list has."""

    config: dict[str, Any]
    confidence: float
    evidence: list[str]
    items: int
    coverage: float
    declared: bool = False  # the items' own type field says they are events ("kind": "event")


# --- the inference ------------------------------------------------------------------------------------------


@dataclasses.dataclass(frozen=True, slots=True)
class DayOrder:
    """How dates that read either way round are read, and why."""

    month_first: bool
    why: str

    @classmethod
    def for_zone(cls, zone_name: str | None) -> DayOrder:
        if not zone_name:
            return cls(False, ORDER_WHY_NONE)
        if zone_name.startswith(AMERICAN_ZONES):
            return cls(True, ORDER_WHY_AMERICAN.format(zone=zone_name))
        return cls(False, ORDER_WHY_OTHER.format(zone=zone_name))

    def evidence(self) -> str:
        return ORDER_CHOSEN.format(order="month-first" if self.month_first else "day-first", why=self.why)


def infer(data: Any, *, zone_name: str | None = None) -> Inference | None:
    """The best reading of the document as a list of events, or None when nothing in it looks like one.
    ``zone_name``: the source's zone (the document's own, when it states one, is preferred)."""
    root_zone = _document_zone(data)
    order = DayOrder.for_zone(root_zone or zone_name)
    best: Inference | None = None
    readings: dict[str, Inference | None] = {}
    for path, items in sampled_lists(data):
        found = readings[path] = infer_list(path, items, order=order)
        if found is not None and (best is None or _list_rank(found) > _list_rank(best)):
            best = found
    for found in _nested_readings(data, readings, order):
        if best is None or _list_rank(found) > _list_rank(best) or _occurrences_of(found, best):
            best = found
    for found in _dates_readings(data, readings, order):
        if best is None or _list_rank(found) > _list_rank(best):
            best = found
    best = best or _root_parts(data, order)  # the document one event dated by the first of its parts
    if best is not None:  # one talk in one room on one day: the talk, not the day (_json_inner_record)
        best = inner_record(data, best, lambda path, items: infer_list(path, items, order=order))
    best = titled_by_container(data, best) if best is not None else None  # "IMAX" under the film's name
    best = part_titled(data, best) if best is not None else None  # "Day 1" under the event's name
    best = _with_joined_place(data, best, order) if best is not None else None
    best = one_event_document(data, best, order) or best
    if best is not None and (also := sibling_paths(data, best.config, readings)):
        best.config["also"] = also  # a member's waiting list beside its bookings: read both
        best.evidence.insert(1, ALSO_EVIDENCE.format(paths=", ".join(also)))
    if best is not None:
        if root_zone and "timezone" not in best.config["mapping"]:
            best.config["timezone"] = root_zone
            best.evidence.append(f"timezone ← the document's own {root_zone}")
    return best


def _root_parts(data: Any, order: DayOrder) -> Inference | None:
    """Where no list reads as events: the parts of a document that is one event dated by the first of them
    (``_json_root_parts``), each with the document's fields."""
    parts = root_parts(data, _reader(order), lambda path, items: _as_occurrences(path, items, order), _dated_by_first)
    return next(parts, None)


def _nested_readings(data: Any, readings: Mapping[str, Inference | None], order: DayOrder) -> Iterator[Inference]:
    """Readings of the lists nested in another list's elements or under an object keyed by day (``_json_nested``),
    each item with its containers' fields: where the outer list does not read as events by its own fields (a
    day's first talk through "room.0.event.0", a film without a date), and the start is the items' own. Then the
    lists whose items name objects of another list by id, each item with the one it names, where the list does not
    read as events by itself."""
    for path, outer, items in nested_candidates(data):
        around = readings.get(outer) if outer is not None else None
        if around is not None and reads_by_own_fields(data, around, path) or containers_not_events(items, path):
            continue  # a tournament over its matches (_json_spans), a news article's dates (_json_dated_containers)
        # "subEvent": [{"type": "ScheduledSession", "startDate"}]: the parts of the event around them (_json_sub_events)
        found = sub_events_read(path, items, _reader(order), lambda path, items: _as_occurrences(path, items, order))
        if found is None and _dated_by_first(around, path):
            found = _as_occurrences(path, items, order)  # one event's sessions: its name is each session's
        if found is None and around is None and _all_dates(items, path):  # a record's dates deep in it (feeds 75)
            found = _as_occurrences(path, items, order)
        if found is None or not (own_start(found.config["mapping"]) or _every_one_of(found, around)):
            continue
        found.config["parents"] = True
        found.evidence.insert(1, NESTED)
        yield found
    for path, join, items in join_candidates(data):
        if readings.get(path) is not None:
            continue  # the list reads as events by itself
        found = infer_list(path, items, order=order)
        if found is None or not own_start(found.config["mapping"]):
            continue
        if _before_what_it_names(found, readings.get(join["list"]), items, join):
            continue  # sign-ups, reminders, orders: made before the event they name, not its performances
        found.config["join"] = join
        found.evidence.insert(1, JOINED.format(**join))
        yield found


def _dates_readings(data: Any, readings: Mapping[str, Inference | None], order: DayOrder) -> Iterator[Inference]:
    """Readings of the lists whose objects are only dates (CdbXML's <timestamp>s: a date, a start and an end time),
    which do not read alone: each with the fields of the record it sits in is that record on that date, named by
    the record's one title (a name every item shares is theirs here, not a container's over its things)."""
    for path, items in unread_nested(data, readings):  # each container's fields read once for all its lists
        if not items or not any(key.startswith(MARK) for key in items[0]):
            continue
        if not all(_date_item(item, path) for item in items[:SAMPLE]) or containers_not_events(items, path):
            continue  # not dates alone, or dates of a news article's (_json_dated_containers)
        token = OCCURRENCES.set(True)
        try:
            found = infer_list(path, items, order=order)
        finally:
            OCCURRENCES.reset(token)
        if found is not None and own_start(found.config["mapping"]):
            found.config["parents"] = True
            found.evidence.insert(1, DATES_LIST)
            yield found


def _all_dates(items: list[Any], path: str) -> bool:
    """Whether every sampled object of a nested list is only a date (as ``_dates_readings`` asks of a list), one of
    them keyed as a start ("startDate"): a schedule's, not a history's bare "date"s (feeds 75)."""
    sampled = items[:SAMPLE]
    if not sampled or not all(_date_item(item, path) for item in sampled):
        return False
    keys = [key for item in sampled if isinstance(item, dict) for key in item if not str(key).startswith(MARK)]
    return any(START_WORDS.get(word, 0.0) >= STARTS for key in keys for word in moment_words(words(str(key))))


def _dated_by_first(around: Inference | None, path: str) -> bool:
    """Whether the outer reading dates each record by the first of the records in the nested list at ``path``
    ("date" + "sessions.0.time"): the nested records are its sessions, each with a time of its own."""
    if around is None:
        return False
    inner = path[len(around.config["items"]) :].lstrip(".")
    spec = around.config["mapping"]["start"]
    paths = spec.get("path") if isinstance(spec, Mapping) else spec
    paths = paths if isinstance(paths, list) else [paths]
    return bool(inner) and any(isinstance(each, str) and each.startswith(f"{inner}.0.") for each in paths)


def _reader(order: DayOrder) -> Callable[[str, list[Any]], Inference | None]:
    return lambda path, items: infer_list(path, items, order=order)


def _as_occurrences(path: str, items: list[Any], order: DayOrder) -> Inference | None:
    """The nested list read as the occurrences of the records it sits in: the one name every session of a record
    shares is theirs (as for _dates_readings), not a container's over its things."""
    token = OCCURRENCES.set(True)
    try:
        return infer_list(path, items, order=order)
    finally:
        OCCURRENCES.reset(token)


def _date_item(item: Any, path: str) -> bool:
    """Whether an object of the list at ``path`` is only one date of its container: by its keys, as a field's
    "value" (``_json_date_values``), or one moment spelled several ways (``_json_moment_parts``)."""
    return _dates_only(item) or date_value_item(item, path) or moment_parts_item(item, path)


def _dates_only(item: Any) -> bool:
    """Whether an object's own keys (not its containers') all name a date, a time, a start or an end, or hold the
    day's clocks ("hours": [{"hora_inicio", "hora_termino"}], ``_json_hour_lists``)."""
    own = [key for key in item if isinstance(key, str) and not key.startswith(MARK)] if isinstance(item, dict) else []
    return bool(own) and all(key == RECURRENCE or _date_key(key) or clock_list(item[key], _date_key) for key in own)


def _date_key(key: object) -> bool:
    return isinstance(key, str) and bool(set(moment_words(words(key))) & DATES_KEYS)


def _every_one_of(found: Inference, around: Inference | None) -> bool:
    """Whether a nested reading dated by its container alone reads every one of the things the outer reading
    titles only the first of: a day's "events" (all-day, dated by their day) where the outer reading took
    "events.0.title". A list not named as events (a day's "sponsors") stays unread."""
    if around is None or not item_named(found):
        return False
    inner = found.config["items"][len(around.config["items"]) :].lstrip(".")
    return first_path(around.config["mapping"]["title"]).startswith(f"{inner}.0.")


def _with_joined_place(data: Any, best: Inference, order: DayOrder) -> Inference:
    """The reading with each event's place looked up where the events name it by id in a list of places beside
    them ("location": ["m9tf324k"] among "locations": [{"id", "name", "address"}]), when that gives a venue the
    reading has not and changes neither its title nor its start."""
    config = best.config
    if "venue_name" in config["mapping"] or "join" in config or "parents" in config:
        return best
    for path, join, items in join_candidates(data):
        if path != config["items"] or not names_a_place(join["by"]):
            continue
        found = infer_list(path, items, order=order)
        if found is None or "venue_name" not in found.config["mapping"]:
            continue
        if any(found.config["mapping"][key] != config["mapping"][key] for key in ("title", "start")):
            continue
        found.config["join"] = join
        found.evidence.insert(1, JOINED.format(**join))
        return found
    return best


def _before_what_it_names(
    found: Inference, named: Inference | None, items: list[dict[str, Any]], join: Mapping[str, str]
) -> bool:
    """Whether most of the joined items whose start and whose named object's own start both read begin before
    that object does: a registration, a reminder or an order names its event and is dated before it, where a
    performance of a show falls on or after the show's first date."""
    if named is None:
        return False
    name = MARK + reference_name(join["by"])
    before = after = 0
    for item in items[:SAMPLE]:
        other = item.get(name)
        if not isinstance(other, Mapping):
            continue
        own = start_of(item, found.config["mapping"]["start"])
        theirs = start_of(other, named.config["mapping"]["start"])
        if own is None or theirs is None:
            continue
        if isinstance(own, dt.datetime) and isinstance(theirs, dt.datetime):
            earlier = own < theirs
        else:
            earlier = day_of(own) < day_of(theirs)
        before, after = before + earlier, after + (not earlier)
    return before > after


def _occurrences_of(found: Inference, best: Inference) -> bool:
    """Whether ``found`` reads the occurrences of the events ``best`` reads (performances naming their shows by id,
    the shows read at their first date): each show at each of its times is the finer reading."""
    join = found.config.get("join")
    if isinstance(join, Mapping) and join.get("list") == best.config["items"]:
        return True
    # A show read at its first performance ("Performances.0.StartDate"), or at its day and its first session's time
    # ("date" + "sessions.0.time"), where each of its performances or sessions, with the
    # show's own fields, reads too: each performance is the finer reading.
    outer, items = best.config["items"], found.config["items"]
    if found.config.get("parents") is not True or not items.startswith(f"{outer}." if outer else ""):
        return False
    return _dated_by_first(best, items)


def _list_rank(found: Inference) -> float:
    last = words(found.config["items"].rsplit(".", 1)[-1]) if found.config["items"] else []
    named = 0.2 if set(last) & ITEM_KEYS else 0.0
    declared = DECLARED_RANK if found.declared else 0.0  # "kind": "event" before a folder it is filed in
    return found.coverage * (1 + math.log10(1 + found.items)) + named + declared + found.confidence / 10


def _document_zone(data: Any) -> str | None:
    """A zone the whole response states ("timeZone": "Europe/Berlin" beside the items)."""
    if not isinstance(data, Mapping):
        return None
    for key, value in data.items():
        if isinstance(key, str) and set(words(key)) & ZONE_WORDS and isinstance(value, str) and zone(value) is not None:
            return value
    return None


def _titled(sample: Sample) -> tuple[Column | None, float, Twin | None]:
    """The column that names the items, how strongly its key says so, and the twin keys it was merged from."""
    twin = title_twins(sample)  # "subject" in some items, "name" in the others: one title (_json_twin_titles)
    if twin is not None:
        own, sample.columns[twin.column.path] = sample.columns[twin.column.path], twin.column

    # a name/value pair's name, the same in every record, labels a property, not the record (_json_property_labels)
    def score(column: Column) -> float:
        return (
            0.0
            if property_label(column.path, column.values, sample.columns)
            else title_score(column) or offered(column)
        )

    title, title_named = sample.best(score)
    # "pageConfig.tabs.stats.title": "Stats" in every item, beside each one's "name": a label of its page
    title, title_named = own_name_over_tab(sample, title, score) or (title, title_named)
    title, title_named = outvoted(sample, title, score) or (title, title_named)  # name = headline ≠ title
    if twin is not None and title is not twin.column:
        sample.columns[twin.column.path] = own  # another key names the items: the twin's key holds its own values
        twin = None
    return title, title_named, twin


def infer_list(path: str, items: list[Any], *, order: DayOrder | None = None) -> Inference | None:
    order = order or DayOrder.for_zone(None)
    sample = Sample(path, items, month_first=order.month_first)
    # "type": ".../Organization": not an event (_json_declared_kinds); "temperature", "humidity", "windSpeed": the
    # weather at a time and a place, no event (_json_observations); news, outages, roadmap changes (_json_not_events)
    if not sample.items or declares_other_kind(sample) or readings(sample.items) or other_records(sample.items, path):
        return None
    title, title_named, twin = _titled(sample)
    # "Event" beside "EventId", "EventDate"; "translations": [{"type": "name", "lang": "en", "text"}] (_json_typed_texts)
    prefixed = (own_prefix_title(sample) or typed_title(sample.items)) if title is None else None
    title, title_named = (prefixed, PREFIX_WEIGHT) if prefixed is not None else (title, title_named)
    start = sample.moment(START_WORDS, NOT_DATE | frozenset(END_WORDS))
    # A game is named by its two sides, not by the competition every game is in, nor by the container it is listed
    # under ("pool": {"name": "Pool 1", "matches": [...]}: the pool's name is every match's, no match's own).
    sides = game_sides(sample, title)
    if sides is not None:
        title = None
    performer = performer_column(sample) if sides is None and (title is None or listed(title)) else None
    title = performer or title  # a concert named by who plays, not by the first song of its set
    slug = slug_column(sample) if title is None and sides is None and start is not None else None
    nameless = title is None and sides is None and slug is None and start is not None
    label = label_column(sample) if nameless else None  # "description": "Yoga", each item's only name
    kind = kind_column(sample) if nameless and label is None else None
    # "attributes": [{"id": 1, "value": "Nieuwjaarsconcert"}]: the numbered attribute that names each item
    # "concerts": [{"venue", "startsAt"}]: each a "Concert"; "name": "12/09/22 17:00", the item's own start
    # (_json_nameless)
    other = (
        other_title(path, sample, start, month_first=order.month_first)
        if nameless and label is None and kind is None
        else None
    )
    title = title or (sides[0] if sides else None) or slug or label or kind or (other[0] if other else None)
    # Orders, invoices, payments: a name and a date, no event (_json_commerce); a class at its first competitor's
    # start ("PersonStart.0.Start"): that person's, no event's (_json_person_entries)
    if (
        title is None
        or start is None
        or commercial_list(path, start.paths)
        or person_entry_start(sample.items, start.paths)
        or departure_board(title, sample.columns)  # trains named by where they go, on a track (_json_departures)
        or play_log(title, sample.columns)  # pieces a station played, named by their recording (_json_plays)
    ):
        return None
    start = with_fallback(sample, instant_in_state(sample, start) or start)  # a game's tip-off in its "status"
    coverage = item_coverage(sample, title, start)
    if coverage < MIN_COVERAGE:
        return None
    title_spec, title_evidence = title_mapping(sample, title, slug, sides, kind)
    title_spec, title_evidence = with_own_title(sample, title_spec, title_evidence)  # an <Event> with no <EventRace>
    title_spec, title_evidence, twin_paths = with_twin(title_spec, title_evidence, twin)
    title_evidence += title_note(title) if title is prefixed else ""
    if other is not None:
        title_spec, title_evidence = other[1], other[2]
    if performer is not None:
        title_evidence += PERFORMER_TITLE
    if label is not None:
        title_evidence += LABEL_TITLE
    mapping: dict[str, Any] = {"title": title_spec, "start": start.spec}
    title_paths = title_spec.get("path", []) if isinstance(title_spec, dict) else [title_spec]
    title_paths = [path for entry in title_paths for path in ([entry] if isinstance(entry, str) else entry)]
    title_paths += twin_paths
    # a parcel named by its carrier, dated by its delivery; not a race's start under its live tracking
    if tracked_record(title_paths, start.paths, signs=sample.columns):
        return None
    evidence = [
        f"items ← {path or 'the top-level list'} ({coverage:.0%} of {len(sample.items)} sampled objects have a title and a start)",
        title_evidence,
        f"start ← {start.evidence}",
    ]
    used = {*title_paths, *start.paths, *start.fallback_paths}
    Extras(sample, mapping, evidence, used=used).infer(start)
    written_for_people(sample, mapping, evidence)  # "start_time_display" over a naive start it contradicts
    placed_city(other, mapping, evidence)  # an "Event" at its city: that city (_json_nameless)
    core_fields(sample, mapping, evidence)  # the zone beside the start; a wrapped event's own place
    drop_non_places(sample, mapping, evidence)  # "home", "hidden": a side, a form's setting (_json_not_places)
    pair_coordinates(sample, mapping, evidence)  # "location": [151.2, -33.9]
    if sides is not None:  # a game by its shape: a column beside it says which kind of game ("R"), not what it is
        evidence[:] = [line for line in evidence if not line.startswith("source_category ")]
        mapping["source_category"] = {"default": GAME_LABEL}
        evidence.append(GAME_EVIDENCE)
    else:
        film_genres(path, mapping, evidence, sample.columns)  # a film's "Comedy" is no stand-up night
    confidence = confidence_of(title_named, start.named, coverage)
    if start.ambiguous:
        evidence.append(order.evidence())
        confidence = round(max(0.3, confidence - AMBIGUOUS_PENALTY), 2)
    declared = declares_event(sample)
    return Inference({"items": path, "mapping": mapping}, confidence, evidence, sample.size, coverage, declared)
