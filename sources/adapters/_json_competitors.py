"""A race's start or result list is no list of events: items that are a named person with a racing number or a
timing card (issue #13, feeds batch 73).

An orienteering start list (IOF XML 3.0 ``<StartList>``) writes its one event once (``<Event><Name>``,
``<StartTime>``) and then every competitor: ``<PersonStart><Person><Name><Family>Wood</Family><Given>George
</Given></Name></Person><Organisation><Name>OC Back and Forth</Name></Organisation><Start><BibNumber>101
</BibNumber><StartTime>2011-07-30T10:00:00+01:00</StartTime><ControlCard>794021</ControlCard></Start>``. Each
competitor has a timed start, so each was read as an event named after the runner's club. Start lists, result
lists and entry lists of races, triathlons and cycling events share the shape: a person's name (family and given,
first and last, surname and forename: ``NAME_PARTS``) and a mark only a competitor carries (a bib or start number,
a timing chip, a control card, a dossard: ``MARKS``), in the item or one or two levels down. An event has neither:
it has a name, not a person's two names, and no bib.

A list is one of competitors when nearly all its items (``_json_news.nearly_all``) hold both. Like an incident's,
a competitor's start is timed by nature, so no happening's guard keeps the list (``_json_not_events``). Not: a
list of speakers or performers (names, no bib), a race's own record ("race_number": one number, no person's
name), sessions with a room and a presenter's first and last name (no bib, no card). review56: a race calendar's
races ("Spring 5K" with "chip_timing" and its director's first and last name, a "bib_pickup" beside a "contact"): the
person's name counts only as the item's own, at its level or under a key naming the competitor (``PERSON_KEYS``:
"person", "athlete", "runner", "name" …), not under a director's, an organiser's or a contact's.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sources.adapters._json_news import nearly_all, said_keys

__all__ = ["competitor_items"]

# Pairs of a person's name parts: an item holding both words of a pair (as its keys' words) names a person.
NAME_PARTS = (
    frozenset({"family", "given"}),
    frozenset({"first", "last"}),
    frozenset({"surname", "forename"}),
    frozenset({"firstname", "lastname"}),
    frozenset({"vorname", "nachname"}),
    frozenset({"prenom", "nom"}),
)
# A competitor's marks: a key's words holding one of these sets.
MARKS = (
    frozenset({"bib"}),
    frozenset({"chip"}),
    frozenset({"dossard"}),
    frozenset({"startnummer"}),
    frozenset({"control", "card"}),
    frozenset({"si", "card"}),
    frozenset({"start", "number"}),
    frozenset({"start", "no"}),
)
NAME_WORD = frozenset({"name"})  # "first_name", "LastName": the part is the other word
# Keys under which a person's name parts are the competitor's own (IOF's PersonStart > Person > Name > Family).
PERSON_KEYS = frozenset(
    {"person", "competitor", "athlete", "runner", "participant", "entrant", "rider", "racer", "driver", "name", "names"}
)
DEPTH = 3  # levels of nested objects looked into (PersonStart > Person > Name > Family)


def competitor_items(items: list[Any]) -> bool:
    """Whether the list's items are competitors of a race, each a named person with a bib or a timing card."""
    return nearly_all(items, _competitor)


def _competitor(item: Mapping[Any, Any]) -> bool:
    person = marked = False
    for keys, own in _levels(item, DEPTH, own=True):
        parts = {frozenset(said - NAME_WORD) for said in keys}
        person = person or (own and any(all(frozenset({part}) in parts for part in pair) for pair in NAME_PARTS))
        marked = marked or any(mark <= said for mark in MARKS for said in keys)
    return person and marked


def _levels(item: Mapping[Any, Any], depth: int, *, own: bool) -> Iterator[tuple[list[set[str]], bool]]:
    """The words of the keys of the item, and of each object it holds ``depth`` levels down, one object at a time,
    each with whether a person's name there is the competitor's own (under person's keys only: review56)."""
    keys = []
    for said, value in said_keys(item):
        keys.append(said)
        if depth > 1 and isinstance(value, Mapping):
            yield from _levels(value, depth - 1, own=own and bool(said & PERSON_KEYS))
    yield keys, own
