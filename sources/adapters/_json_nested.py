"""Events inside lists inside lists, and under objects keyed by day or id, with what their containers say.

A flat list of events is the common shape, but schedules and ticketing APIs nest them: a conference's days hold
rooms that hold talks (Pentabarf, frab: the talk has a time, its day the date), a cinema's GraphQL response
holds films that hold showtimes (the showtime has the moment, its film the title, the theatre above the place),
a calendar month is an object keyed by day of month whose values hold that day's events. Read alone, the outer
list gives one event per day or film and the inner events are lost.

``nested_candidates(data)`` offers, beside the flat lists ``_json_shapes.candidate_lists`` finds, every list of
objects found inside the elements of another list (through up to MAX_CROSSINGS lists) and under the values of an
object whose keys are all numbers or dates, or whose values are records of one shape under names (a channel's
programme under each channel's name: ``_records_by_name``) (``*`` in the path: every value); where those values are the events
themselves (records keyed by id) or each day's list of them, ``*`` alone reads them, a day's key dating its items
(under ``^``: {"date": "2027-03-09"}). One day's list among such keys is not an outer list of its own. ``nested_items(data, path)`` reads
such a path: each innermost object, with the fields of the (at most MAX_LEVELS) objects it sits in, nearest
first, each under ``^`` and the key it was reached by ("^room": {"name": "Hall A"}, "^theatre": {...}; ``^``
alone under a ``*``): a list of objects among them, the path's own next step and empty values are left out. The
inference reads those items like any list (a container's name beside its street address is the venue); a
``json_api`` config with ``"parents": true`` reads its ``items`` this way.

Occurrences may also name what they are of by id, in a list beside it (Spektrix's performances and their
"event": {"id"} among the events; JSON:API's relationships): ``join_candidates`` finds a list whose objects
mostly name, by a key that says it is an id of something, objects of another list, and ``joined_items`` gives
each object the one it names under ``^`` and the reference's name ("^event"). Taken where the list does not read
as events by itself; a ``json_api`` config's ``"join": {"list", "by", "key"}`` reads so.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlsplit

from sources.adapters._json_bare_dates import bare_dates, occurrence_item, occurrence_key
from sources.adapters._json_lone_parents import lone_parents
from sources.adapters._json_lone_parents import named as names_itself
from sources.adapters._json_named_records import named_records
from sources.adapters._json_opaque_ids import opaque_reference
from sources.adapters._json_paths import resolve
from sources.adapters._json_shapes import MAX_DEPTH, SAMPLE, candidate_lists, words

MARK = "^"  # before a container's key: its fields
MAX_LEVELS = 3  # containers whose fields an item carries
MAX_CROSSINGS = 4  # lists crossed below the outer one
INNER_DEPTH = 5  # keys followed inside one element to find the next list
NESTED_SAMPLE = 200  # items built for the inference
MAX_CANDIDATES = 24  # nested paths offered per document
MIN_KEYED = 2  # entries an object keyed by day or id needs
MIN_SHARED = 2  # keys such records share at least
SHARED_KEYS = 0.6  # of their first objects' keys lists under names must share to be read together
MAX_ASIDE = 2  # plain fields an object keyed by day may hold beside its days
KEYED_SAMPLE = 3  # of the lists under such an object's values, how many are also read one by one
WILDCARD = "*"
MAX_CARRIED_FIELDS = 2_000  # containers' fields the unread lists' first items carry in all (84 at most in the corpus)
OwnMemo = dict[tuple[int, bool], tuple[Mapping[str, Any], dict[str, Any]]]  # (id, carries) → (object, its fields)
# Keys that are positions, days or ids rather than names: "2", "16", "2025-08-02", "20250802".
_KEYED = re.compile(r"^(?:\d{1,8}|\d{4}-\d{2}-\d{2})$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def nested_items(data: Any, path: str, limit: int | None = None, memo: OwnMemo | None = None) -> list[dict[str, Any]]:
    """The objects at ``path`` (lists crossed, ``*`` every value of an object), each with its containers'
    fields under CONTEXT_KEYS. ``memo``, shared by a caller's reads of many paths in one document, keeps each
    container's fields once: a response of thousands of keys each holding a list is then not looked at whole
    once for every one of its lists."""
    parts = [part for part in path.split(".") if part]
    found: list[dict[str, Any]] = []

    def full() -> bool:
        return limit is not None and len(found) >= limit

    def walk(
        node: Any, index: int, key: str, levels: tuple[tuple[str, dict[str, Any]], ...], alone: bool = False
    ) -> None:
        if isinstance(node, list):
            lone = lone_parents(node, parts[index]) if index == len(parts) - 1 else frozenset()
            for position, element in enumerate(node):
                if full():
                    return
                walk(element, index, key, levels, position in lone)
            return
        node = occurrence_item(node, key, at_end=index == len(parts))  # "sessions": ["2031-03-01T19:00", …]
        if not isinstance(node, Mapping):
            return
        if index == len(parts):
            found.append(_with_levels(node, levels))
            return
        part = parts[index]
        own = _own_fields(node, part, carries=_labelled(node, key), memo=memo) if part != WILDCARD else {}
        inner = ((MARK + key, own), *levels) if own else levels
        if alone:  # an event listing no occurrences is its own one (_json_lone_parents)
            found.append(_with_levels(node, inner))
            return
        for name, value in node.items() if part == WILDCARD else [(part, node.get(part))]:
            if full():
                return
            # a day's key dates what it holds; a page's key is the page of the one record under it
            page = _page_key(name) if isinstance(value, Mapping) else ()
            through = (*_day_key(name), *page, *inner) if part == WILDCARD else inner
            walk(value, index + 1, "" if part == WILDCARD else part, through)

    walk(data, 0, "", ())
    return found


def unread_nested(data: Any, readings: Mapping[str, Any]) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """(path, a sample of its items as ``nested_items`` reads them) for each list of ``readings`` read as None,
    every container's fields read once for all of them (thousands of lists under one object's keys), until the
    items of those read carry MAX_CARRIED_FIELDS of their containers' fields: each list is read again with all of
    them, and thousands of lists beside thousands of plain fields are millions of fields to read."""
    memo: OwnMemo = {}
    carried = 0
    for path, reading in readings.items():
        if reading is None and carried <= MAX_CARRIED_FIELDS:
            items = nested_items(data, path, NESTED_SAMPLE, memo)
            carried += (
                sum(len(own) for key, own in items[0].items() if key.startswith(MARK) and isinstance(own, dict))
                if items
                else 0
            )
            yield path, items


def _with_levels(node: Mapping[str, Any], levels: tuple[tuple[str, dict[str, Any]], ...]) -> dict[str, Any]:
    item = dict(node)
    for name, own in levels[:MAX_LEVELS]:
        item.setdefault(name, own)  # the nearest of two containers reached by one key
    return item


def _day_key(name: Any) -> tuple[tuple[str, dict[str, Any]], ...]:
    """A day's key is its date, for what it holds: "2027-03-09": [{"time": "10:30", ...}]."""
    return ((MARK, {"date": name}),) if isinstance(name, str) and _DAY.match(name) else ()


def _page_key(name: Any) -> tuple[tuple[str, dict[str, Any]], ...]:
    """A web address as a key is the page of the record under it: {"https://tickets.example/e/101": {...}}. Only
    of one record (the caller's check): a list under such a key is a calendar's events, its key their feed."""
    if (
        not isinstance(name, str)
        or not name.lower().startswith(("http://", "https://"))
        or any(c.isspace() for c in name)
    ):
        return ()
    return ((MARK, {"url": name}),) if "." in urlsplit(name).netloc else ()


def _own_fields(
    node: Mapping[str, Any], skip: str, *, carries: bool = True, memo: OwnMemo | None = None
) -> dict[str, Any]:
    """What an object on the way says of everything inside it (``_fields_below``) but the next step, ``skip``;
    read once per object where a ``memo`` is given (the object is held in it, so its id is not reused)."""
    held = memo.get((id(node), carries)) if memo is not None else None
    if held is None or held[0] is not node:
        held = (node, _fields_below(node, carries))
        if memo is not None:
            memo[(id(node), carries)] = held
    return {key: value for key, value in held[1].items() if key != skip}


def _fields_below(node: Mapping[str, Any], carries: bool) -> dict[str, Any]:
    """What an object on the way says of everything inside it: its values but lists of objects, except a list
    holding its one place (a festival show's "venues": [{"title", "address1"}] above its performances: where each
    of them is) and, where it ``carries`` (``_labelled``), a list that labels or documents it (``_carried_list``)."""
    return {
        key: value
        for key, value in node.items()
        if not key.startswith(MARK)
        and value not in (None, "", [], {})
        and (
            not (isinstance(value, list) and any(isinstance(element, Mapping) for element in value))
            or _one_place(key, value)
            or (carries and _carried_list(key, value))
        )
    }


# A container's lists of objects that say what everything inside it is, or hold its papers: a film's "genres":
# [{"name": "Drama"}], a programme's "tags", a meeting's "documents": [{"title", "url"}]. Its sessions are of those
# kinds and share those papers, as an event in a flat list has its own. Other lists of objects on the way (the
# sibling sessions, a hall's rooms, prices) say nothing of one item and stay out.
CARRIED_LISTS = frozenset(
    {"categories", "category", "genres", "genre", "tags", "tag", "keywords", "labels", "topics", "themes",
     "audiences", "documents", "attachments", "downloads", "files"}
)  # fmt: skip
MAX_CARRIED = 20  # elements: a longer list is a catalogue, not one container's labels


def _labelled(node: Mapping[str, Any], key: str) -> bool:
    """Whether a container's label lists are its contents' (``_carried_list``): a named thing (a show, a film: a
    "title" or "name" of text) not reached as a place ("venues": a pub's "categories" are the pub's kinds). A
    response's wrapper, with no name of its own, holds its "categories" as a table the events name, not as theirs."""
    if words(key) and words(key)[-1] in PLACE_REFERENCES:
        return False
    return names_itself(node)


def _carried_list(key: Any, value: Any) -> bool:
    """A short list of flat objects under a key whose last word names labels or documents (CARRIED_LISTS)."""
    if not isinstance(key, str) or not isinstance(value, list) or not 0 < len(value) <= MAX_CARRIED:
        return False
    key_words = words(key)
    if not key_words or key_words[-1] not in CARRIED_LISTS:
        return False
    return all(
        isinstance(element, Mapping) and not any(isinstance(inner, list | Mapping) for inner in element.values())
        for element in value
    )


def _one_place(key: str, value: Any) -> bool:
    """A list under a key naming places that holds a single object: the container's one venue."""
    return (
        isinstance(key, str)
        and key.lower() in PLACE_REFERENCES
        and isinstance(value, list)
        and len(value) == 1
        and isinstance(value[0], Mapping)
    )


def nested_candidates(data: Any) -> Iterator[tuple[str, str | None, list[dict[str, Any]]]]:
    """(path, the outer list's path or None, a sample of its items) for each nested list of objects: inside the
    elements of a list, or under the values of an object keyed by numbers or dates."""
    offered: set[str] = set()
    keyed_objects = list(_keyed_objects(data))
    for outer, items in candidate_lists(data):
        if any(_below(outer, prefix) for prefix, _ in keyed_objects):
            continue  # one day's list among many: read with all the others through "*" below
        for inner in _inner_lists(items[:SAMPLE], MAX_CROSSINGS):
            path = f"{outer}.{inner}" if outer else inner
            if path not in offered and len(offered) < MAX_CANDIDATES:
                offered.add(path)
                yield path, outer, nested_items(data, path, NESTED_SAMPLE)
    for keyed in keyed_objects:
        every = f"{keyed[0]}.{WILDCARD}" if keyed[0] else WILDCARD
        values = [value for value in keyed[1].values() if isinstance(value, Mapping)][:SAMPLE]
        if not values:  # the values are the day's lists themselves: every element of every one
            values = _flat([keyed[1]], WILDCARD)
        paths = [every, *(f"{every}.{inner}" for inner in _inner_lists(values, MAX_CROSSINGS))]
        for path in paths:  # the values themselves (records keyed by id, each day's list), then what they hold
            if path not in offered and len(offered) < MAX_CANDIDATES:
                offered.add(path)
                yield path, None, nested_items(data, path, NESTED_SAMPLE)


def _inner_lists(elements: list[Any], crossings: int) -> list[str]:
    """Relative paths of the lists of objects inside ``elements`` (through objects, then through those lists'
    elements again while ``crossings`` last), in first-seen order."""
    found: dict[str, None] = {}
    for element in elements:
        if isinstance(element, Mapping):
            _lists_in(element, "", 0, found)
    paths = list(found)
    if crossings > 1:
        for path in list(paths):
            deeper = [element for element in _flat(elements, path) if isinstance(element, Mapping)][:SAMPLE]
            paths += [
                f"{path}.{inner}" for inner in _inner_lists(deeper, crossings - 1) if f"{path}.{inner}" not in found
            ]
    return paths


def _lists_in(node: Mapping[str, Any], prefix: str, depth: int, found: dict[str, None]) -> None:
    if _lists_by_name(node):  # "rooms": {"janson": [talks], "k1105": [talks]}: every room's, through "*"
        found.setdefault(prefix + WILDCARD, None)
        return
    for key, value in node.items():
        if not isinstance(key, str) or not key or "." in key or key.startswith(MARK):
            continue
        path = prefix + key
        if isinstance(value, list) and any(isinstance(element, Mapping) for element in value[:SAMPLE]):
            found.setdefault(path, None)
        elif isinstance(value, list) and occurrence_key(key) and bare_dates(value):
            found.setdefault(path, None)  # occurrences as bare strings (_json_bare_dates)
        elif isinstance(value, Mapping) and depth < INNER_DEPTH:
            _lists_in(value, path + ".", depth + 1, found)


def _lists_by_name(node: Mapping[str, Any]) -> bool:
    """An object whose values are all lists of objects of one shape, under names (a schedule's rooms)."""
    values = list(node.values())[:SAMPLE]
    if len(values) < MIN_KEYED or not all(isinstance(value, list) and value for value in values):
        return False
    firsts = [value[0] for value in values]
    if not all(isinstance(first, Mapping) for first in firsts):
        return False
    keys = [set(first) for first in firsts]
    shared = set.intersection(*keys)
    return len(shared) >= SHARED_KEYS * max(len(each) for each in keys)


def _flat(elements: list[Any], path: str) -> list[Any]:
    """The elements of the lists at ``path`` (``*``: every value) inside each of ``elements``."""
    out: list[Any] = []
    for element in elements:
        nodes: list[Any] = [element]
        for part in path.split("."):
            step: list[Any] = []
            for node in nodes:
                if isinstance(node, Mapping):
                    step.extend(node.values() if part == WILDCARD else [node.get(part)])
            nodes = step
        for node in nodes:
            if isinstance(node, list):
                out.extend(node[:SAMPLE])
    return out[: SAMPLE * SAMPLE]


def sampled_lists(data: Any) -> Iterator[tuple[str, list[Any]]]:
    """``candidate_lists``, but of the lists under the values of an object keyed by day or id only the first
    KEYED_SAMPLE: the others are read together through ``*`` (``nested_candidates``), and a month of two thousand
    days' lists read one by one costs seconds to find one day's events."""
    keyed = {path for path, _ in _keyed_objects(data)}
    seen: dict[str, int] = {}
    for path, items in candidate_lists(data):
        under = next((prefix for prefix in keyed if _below(path, prefix)), None)
        if under is not None:
            seen[under] = seen.get(under, 0) + 1
            if seen[under] > KEYED_SAMPLE:
                continue
        yield path, items


def _below(path: str, prefix: str) -> bool:
    return path.startswith(prefix + ".") if prefix else True


def _keyed_objects(data: Any) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """(path, object) for every object, outside any list, whose keys are all numbers or dates and whose
    values are all objects, or all lists of objects: a month keyed by day, records keyed by id."""
    stack: list[tuple[str, Any, int]] = [("", data, 0)]
    while stack:
        path, node, depth = stack.pop()
        if not isinstance(node, Mapping) or depth >= MAX_DEPTH:
            continue
        keys = [key for key in node if isinstance(key, str)]
        # a schedule's own plain fields beside its days ("tracks": ["Audi 1", ...]) leave it keyed by day
        aside = _day_aside(node, keys)  # once per object: per key, an object of many keys was quadratic
        keyed = [key for key in keys if _KEYED.match(key) or not (aside and _plain(node[key]))]
        values = [node[key] for key in keyed]
        if (
            len(keyed) >= MIN_KEYED
            and len(keys) == len(node)
            and all(_KEYED.match(key) for key in keyed[:SAMPLE])
            and (
                all(isinstance(value, Mapping) for value in values[:SAMPLE])
                or all(_object_list(value) for value in values[:SAMPLE])
            )
        ) or (len(keys) == len(node) and _records_by_name(node)):
            yield path, node
            continue
        for key, value in node.items():
            if isinstance(key, str) and key and "." not in key and isinstance(value, Mapping):
                stack.append((f"{path}.{key}" if path else key, value, depth + 1))


def _day_aside(node: Mapping[str, Any], keys: list[str]) -> bool:
    """Whether an object's keys are days but for a few (MAX_ASIDE) plain fields beside them: a schedule's days
    with its rooms' names ("tracks"). Days, not numbers: an object of ids beside fields is a record."""
    days = sum(1 for key in keys if _DAY.match(key))
    return days >= MIN_KEYED and len(keys) - days <= MAX_ASIDE


def _plain(value: Any) -> bool:
    """A value that holds no object: a text, a number, a list of texts."""
    if isinstance(value, list):
        return not any(isinstance(element, Mapping | list) for element in value)
    return not isinstance(value, Mapping)


def _records_by_name(node: Mapping[str, Any]) -> bool:
    """Records of one shape under names: a channel's programme each ("brand": {...}, "atlas": {...}), or a list
    of them ("windowtv": [{...}, {...}]). Every value a record or a list of records (or, beside three records or
    more, a plain value or two: the document's "description", ``_json_named_records``), and their keys mostly shared
    (one record's parts under names, a "start" and an "end" of a date and a time, are read as one event still: a
    reading of them as events has no title of its own and loses to the record's)."""
    return named_records(list(node.values())[:SAMPLE], min_keyed=MIN_KEYED, shared_share=SHARED_KEYS)


def _object_list(value: Any) -> bool:
    """A list of objects (or an empty one: a day without events)."""
    return isinstance(value, list) and all(isinstance(element, Mapping) for element in value[:SAMPLE])


def own_start(mapping: Mapping[str, Any]) -> bool:
    """Whether a nested reading's start is (at least partly) the item's own: a container's date alone dates
    the container (a day, a film's release), not each thing inside it."""
    spec = mapping.get("start")
    paths = spec.get("path") if isinstance(spec, Mapping) else spec
    paths = [paths] if isinstance(paths, str) else list(paths or [])
    return any(isinstance(path, str) and not path.startswith(MARK) for path in paths)


# A container named as who holds the events, not where they are: a club's address is its mailing address.
HOLDER_WORDS = frozenset({"group", "groups", "club", "clubs", "organizer", "organizers", "organiser", "organisers",
                          "organization", "organizations", "organisation", "organisations", "society", "societies",
                          "host", "hosts", "team", "teams", "chapter", "chapters", "association", "associations",
                          "league", "leagues", "member", "members", "org", "orgs", "company", "companies"})  # fmt: skip


def in_holder(path: str) -> bool:
    """Whether a column sits in a container named as the events' holder ("^groups.address", "^club.name")."""
    return any(part.startswith(MARK) and set(words(part)) & HOLDER_WORDS for part in path.split(".")[:-1])


def container_venue(columns: Mapping[str, Any], used: set[str]) -> Any:
    """The name of a container the items sit in that has a street address beside it (a theatre above its
    films' showtimes): the venue; not a group's, club's or organiser's (its office, its mailing address).
    ``columns``: a sample's columns by path; None when there is no such name."""
    streets = {
        path.rpartition(".")[0] for path in columns if path.startswith(MARK) and _street(path) and not in_holder(path)
    }
    for path, column in columns.items():
        container, _, leaf = path.rpartition(".")
        if container in streets and path not in used and leaf.lower() in ("name", "title") and column.strings():
            return column
    return None


def _street(path: str) -> bool:
    leaf = path.rpartition(".")[2].lower()
    return leaf.startswith(("address", "street")) or leaf in ("addr", "line1")


# --- occurrences naming what they are of by id ----------------------------------------------------------------
JOIN_KEYS = frozenset({"list", "by", "key"})
MIN_JOINED = 0.7  # of a list's sampled items whose reference must name an object of the other list
ID_LEAVES = ("id", "uid", "uuid", "guid", "code", "key")
PLACE_REFERENCES = frozenset({"location", "locations", "venue", "venues", "place", "places"})
# A session's room, a booking's court or hall, named by id among the rooms or resources beside the events.
ROOM_REFERENCES = frozenset({"room", "rooms", "resource", "resources", "hall", "halls", "stage", "stages"})
BAD_JOIN = "The config key 'join' must be an object with 'list', 'by' and 'key' (dotted paths)."


def check_join(spec: Any) -> None:
    if not isinstance(spec, Mapping) or set(spec) != JOIN_KEYS or not all(isinstance(v, str) for v in spec.values()):
        raise ValueError(BAD_JOIN)


def joined_items(data: Any, path: str, join: Mapping[str, str]) -> list[dict[str, Any]]:
    """The objects at ``path``, each with the object of the list at ``join["list"]`` whose ``join["key"]`` is its
    own ``join["by"]`` value under ``^`` and the reference's name ("event.id" → "^event"): a performance with its
    show."""
    targets: dict[str, Mapping[str, Any]] = {}
    others = resolve(data, join["list"])
    for other in others if isinstance(others, list) else []:
        value = resolve(other, join["key"]) if isinstance(other, Mapping) else None
        if _hashable(value):
            targets.setdefault(str(value), other)
    items = resolve(data, path)
    name = MARK + reference_name(join["by"])
    out = []
    for item in items if isinstance(items, list) else []:
        if isinstance(item, Mapping):
            found = targets.get(str(_single(resolve(item, join["by"]))))
            out.append({**item, name: found} if found is not None else dict(item))
    return out


def join_candidates(data: Any) -> Iterator[tuple[str, dict[str, str], list[dict[str, Any]]]]:
    """(path, join, items) for each list whose objects name objects of another list by id (a performance's
    "event": {"id": …} among the events; an event's "location": [id] among the places), most of them one that is
    there: one per pair of lists. At most MAX_CANDIDATES lists are looked at, and only their columns named as
    references."""
    from sources.adapters._json_shapes import columns

    lists = [(path, items) for path, items in itertools.islice(candidate_lists(data), MAX_CANDIDATES)]
    ids: dict[tuple[str, str], set[str]] = {}
    for other, others in lists:
        keyed = [element for element in others[:SAMPLE] if isinstance(element, Mapping)]
        for key in ID_LEAVES:
            found = {str(element.get(key)) for element in keyed if _hashable(element.get(key))}
            if len(found) >= MIN_KEYED:
                ids[(other, key)] = found
    for path, items in lists:
        sample = [item for item in items[:SAMPLE] if isinstance(item, Mapping)]
        if len(sample) < MIN_KEYED:
            continue
        refs = {ref: column for ref, column in columns(sample).items() if _names_a_reference(ref)}
        joined: set[str] = set()  # one join per other list (its "id" before its "code")
        for (other, key), known in ids.items():
            by = _reference(refs, known) if other != path and other not in joined else None
            if by is not None:
                joined.add(other)
                join = {"list": other, "by": by, "key": key}
                yield path, join, joined_items(data, path, join)[:NESTED_SAMPLE]


def _reference(refs: Mapping[str, Any], ids: set[str]) -> str | None:
    """The column of references into ``ids``: named as an id of something ("event.id", "productionId",
    "show_id": not the item's own "id"), most values among them, more than one distinct."""
    for ref_path, column in refs.items():
        values = [str(_single(value)) for value in column.values if _hashable(_single(value))]
        named = sum(1 for value in values if value in ids)
        # A reference named as a place's ("roomId") may name the one room every session is in; another
        # ("categoryId") must name several objects of the list, or its numbers may only happen to be their ids.
        needed = 1 if names_a_place(ref_path) else MIN_KEYED
        if named >= MIN_JOINED * len(column.values) and len(set(values) & ids) >= needed:
            return ref_path
        if names_a_place(ref_path) and opaque_reference(values, ids):
            return ref_path  # a room's UUID among the rooms: no chance match, however few are listed
    return None


def _names_a_reference(path: str) -> bool:
    """ "event.id", "productionCode", "show_id"; or a place named by id ("location": ["m9tf324k"])."""
    if "." in path:
        return path.rpartition(".")[2].lower() in ID_LEAVES
    return (reference_name(path) != path and path.lower() not in ID_LEAVES) or names_a_place(path)


def names_a_place(path: str) -> bool:
    """Whether a reference's own name is a place's: "location", "venue_id", "placeId"; or a room's or a booked
    resource's ("roomId", "resourceId"), the place within the venue the events are held in."""
    return bool(set(words(reference_name(path).rpartition(".")[2])) & (PLACE_REFERENCES | ROOM_REFERENCES))


def _single(value: Any) -> Any:
    """A reference written as a list of one ("location": ["m9tf324k"]) is that one."""
    return value[0] if isinstance(value, list) and len(value) == 1 else value


def reference_name(by: str) -> str:
    """ "event.id" → "event", "eventId" → "event", "show_id" → "show"; a JSON:API relationship's linkage
    ("relationships.venue.data.id") → "venue", the relationship's name, not its "data"."""
    head = by.rpartition(".")[0] if "." in by else by
    if head.endswith(".data") and head.count(".") >= 1:
        head = head[: -len(".data")]
    for leaf in ID_LEAVES:
        for ending in (f"_{leaf}", leaf.capitalize(), leaf.upper()):
            if head.endswith(ending) and len(head) > len(ending):
                return head[: -len(ending)]
    return head.rpartition(".")[2] or "of"


def _hashable(value: Any) -> bool:
    return isinstance(value, str | int) and not isinstance(value, bool) and value not in ("",)
