"""A start read from a person's entry in a list the record holds is that person's, not the record's. Pure.

A start list (the IOF data standard's ``<StartList>``, a race's or a tournament's entries) gives per class::

    <ClassStart><EventClass><Name>Hard</Name></EventClass>
      <PersonStart><Person><PersonName><Family>…</Family><Given>Alex</Given></PersonName></Person>
        <Start><StartTime><Date>2026-05-10</Date><Clock>10:02:00</Clock></StartTime></Start></PersonStart>
      <PersonStart>…</PersonStart></ClassStart>

and the inference read the class as an event named "Hard" at its first competitor's start
("PersonStart.0.Start.StartTime"), as it reads a show at its first performance ("Performances.0.StartDate"). A
start read through the first item of a list (a path ``entries.0.…``) whose items are people's entries — each
holding a person (a key whose words say "person", "competitor", "athlete", "entrant", "runner", "participant" or
"member" over an object or a name) or a person's name split in two (a given and a family name) — is when that
person starts, was entered or was seen, and the record holding the list is no event dated by it: it is not read.

Not people: a show's performances, a day's sessions, a festival's stages (``Performances.0.StartDate`` is still the
show's first performance); a list of people that is not on the start's path (a concert's ``performers`` beside its
own date) changes nothing; the persons' own list, read as records of their own, is not concerned.

The leading underscore keeps this helper module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sources.adapters._json_shapes import words

__all__ = ["person_entry_start"]

# The words of a key holding the person an entry is for.
PERSON_WORDS = frozenset({"person", "persons", "competitor", "athlete", "entrant", "runner", "participant", "member",
                          "rider", "swimmer", "teilnehmer", "laeufer", "osallistuja", "deltagare"})  # fmt: skip
GIVEN_WORDS = frozenset({"given", "first", "firstname", "givenname", "forename", "vorname", "prenom", "fornamn"})
FAMILY_WORDS = frozenset({"family", "last", "lastname", "familyname", "surname", "nachname", "efternamn"})
MIN_SHARE = 0.5  # of the list's items sampled, at least half are persons' entries
SAMPLE_ITEMS = 8
MAX_DEPTH = 3  # how deep in an entry a person's name is looked for ("Person.PersonName.Given")


def person_entry_start(items: Sequence[Any], paths: Iterable[str]) -> bool:
    """Whether one of the start's ``paths`` goes through the first item of a list (``"PersonStart.0.Start…"``)
    that, in most of the sampled ``items`` holding it, is a list of people's entries."""
    for path in paths:
        parts = path.split(".")
        if "0" not in parts:
            continue
        prefix = parts[: parts.index("0")]
        lists = [entries for item in items[:SAMPLE_ITEMS] if (entries := _at(item, prefix)) is not None]
        if lists and sum(_people(entries) for entries in lists) * 2 > len(lists):
            return True
    return False


def _at(item: Any, keys: Sequence[str]) -> list[Any] | None:
    """The list at ``keys`` in ``item``, or None."""
    value = item
    for key in keys:
        if not isinstance(value, Mapping) or key not in value:
            return None
        value = value[key]
    return value if isinstance(value, list) else None


def _people(entries: list[Any]) -> bool:
    sampled = [entry for entry in entries[:SAMPLE_ITEMS] if isinstance(entry, Mapping)]
    if not sampled:
        return False
    return sum(_person_entry(entry) for entry in sampled) >= MIN_SHARE * len(sampled)


def _person_entry(entry: Mapping[str, Any]) -> bool:
    """Whether an entry holds a person (a person's key over an object or a text) or a person's split name."""
    stack: list[tuple[Mapping[str, Any], int]] = [(entry, 0)]
    while stack:
        value, depth = stack.pop()
        keys = [set(words(key)) for key in value if isinstance(key, str)]
        if any(key & GIVEN_WORDS for key in keys) and any(key & FAMILY_WORDS for key in keys):
            return True
        for key, inner in value.items():
            if not isinstance(key, str):
                continue
            if set(words(key)) & PERSON_WORDS and isinstance(inner, Mapping | str) and inner:
                return True
            if isinstance(inner, Mapping) and depth < MAX_DEPTH:
                stack.append((inner, depth + 1))
    return False
