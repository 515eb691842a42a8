"""A list of records of several declared kinds, some events and some not, read as its events only (``json_api``).

A search answer or a GraphQL union lists whatever matched, each record saying what it is: ``{"results": [{"type":
"venue", ...}, {"type": "event", ...}, {"type": "artist", ...}]}``, ``"__typename": "Event"`` beside
``"__typename": "Person"``, in other languages ``"typ": "Veranstaltung"`` beside ``"typ": "Ort"``. When every record
has a name and a date, the venue's opening day and the artist's birthday were read as events with the rest. Where
nearly every record of a list declares its kind in its own type key ("type", "kind", "@type", "__typename", "typ",
"tipo"...), at least one declares an event ("event", "Veranstaltung", "evento", "événement", "meeting") and at
least one a record that is none (a place, a person, an artist, an organization, a document, an order:
``_json_declared_kinds``), the records of those other kinds are left out before the list is read. A list whose kinds
are all events or all unknown ("concert" beside "workshop") is read whole, as before; one whose kinds are all other
is left to ``_json_declared_kinds``; a JSON:API document's ``included`` resources, looked up by the events that name
them, stay whole.

Pure: no database, no network; the walk is bounded. The leading underscore keeps this module out of the adapter
registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_declared_kinds import NOT_EVENT_KINDS, OTHER_NOT_EVENT_KINDS, TYPE_KEYS, declared_kind
from sources.adapters._json_shapes import words

MAX_NODES = 100_000
MAX_DEPTH = 30
MIN_SHARE = 0.9  # nearly every record says what it is
# Kinds that are events, in English and the languages our cities' APIs are written in (accents folded).
EVENT_KINDS = frozenset({"event", "events", "veranstaltung", "veranstaltungen", "termin", "termine", "evento",
                         "eventos", "eventi", "evenement", "evenements", "evenementen", "manifestation",
                         "tapahtuma", "wydarzenie", "meeting", "meetings", "sitzung", "sitzungen", "occurrence",
                         "occurrences", "performance", "performances", "screening", "screenings", "showtime",
                         "showtimes"})  # fmt: skip
# Beside events, the records a search answer lists that are not: who plays and who organises, and how events are
# filed. Not events alone either, but only where events are beside them is a "speaker" surely one.
LISTED_OTHERS = frozenset({"artist", "artists", "performer", "performers", "band", "bands", "speaker", "speakers",
                           "organizer", "organizers", "organiser", "organisers", "team", "teams", "group", "groups",
                           "category", "categories", "tag", "tags", "genre", "genres", "kunstler", "artiste",
                           "artista", "veranstalter", "organisateur"})  # fmt: skip
OTHER_KINDS = NOT_EVENT_KINDS | OTHER_NOT_EVENT_KINDS | LISTED_OTHERS
# A JSON:API document's side-loaded resources (its venues beside the events that name them by id) are looked up,
# not listed: they stay whole.
LOOKED_UP = frozenset({"included", "linked"})


def only_event_kinds(data: Any) -> Any:
    """The document with each list of mixed declared kinds cut to its events (a copy where anything changed; the
    document itself when nothing did)."""
    return _walk(data, 0, [MAX_NODES])


def _walk(node: Any, depth: int, budget: list[int]) -> Any:
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_DEPTH:
        return node
    if isinstance(node, list):
        kept = _events_of(node)
        items = kept if kept is not None else node
        changed = [_walk(element, depth + 1, budget) for element in items]
        same = kept is None and all(new is old for new, old in zip(changed, node, strict=True))
        return node if same else changed
    if isinstance(node, Mapping):
        out = {key: value if key in LOOKED_UP else _walk(value, depth + 1, budget) for key, value in node.items()}
        return out if any(out[key] is not value for key, value in node.items()) else node
    return node


def _events_of(items: list[Any]) -> list[Any] | None:
    """The list's records of an event kind and of kinds not known as others, when it mixes events and others;
    None when it does not."""
    if len(items) < 2 or not all(isinstance(item, Mapping) for item in items):
        return None
    kinds = [_kind(item) for item in items]
    if sum(kind is not None for kind in kinds) < MIN_SHARE * len(items):
        return None
    if not any(kind in EVENT_KINDS for kind in kinds) or not any(kind in OTHER_KINDS for kind in kinds):
        return None
    return [item for item, kind in zip(items, kinds, strict=True) if kind not in OTHER_KINDS]


def _kind(item: Mapping[str, Any]) -> str | None:
    """The head noun of the kind the record declares in its own type key, or None."""
    for key, value in item.items():
        named = words(key) if isinstance(key, str) else []
        if named and set(named) <= TYPE_KEYS and isinstance(value, str) and (kind := declared_kind(value)):
            return kind[-1]
    return None
