"""The two sides of a game, each named in parts: ``"team": [{"name": {"first": "Nashville", "last": "Predators"}}, …]``.

A schedule may write a side's name in two parts, where the place and the nickname are told apart (SportsML's
``<team-metadata alignment="away"><name first="Nashville" last="Predators"/>``), or a player's given and family
names ("players": [{"firstName": "Ana", "lastName": "Ruiz"}, …]). Each part alone names no side ("Nashville" is a
city, "Predators" half a team), and the game's record has no name of its own (or only its container's, a whole
schedule's "2010 Nashville Predators Schedule"). When the items list two elements named for their sides (team,
competitor, participant, player…: ``_json_listed_sides.LISTED_SIDE_NOUNS``), each with a "first" and a "last" part
("first"/"last", "first_name"/"last_name", "firstName"/"lastName"), in most items, the game is named by both sides,
each its parts joined by a space: "Nashville Predators vs Dallas Stars". Where each element says which side it is
("alignment": "away" and "home") and the two come in the same order in every item, the away side comes first and
"at" keeps who is at home: "Nashville Predators at Dallas Stars". A full name beside the parts ("full", "name",
"displayName") is the side's name, as written.

What stays unread: one person's name in parts (a talk's "speaker": {"firstName", "lastName"}, no list of two); a
list of three or more (a race's field); a list named for anything but sides ("speakers", "hosts"); a record that
has a name of its own.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._json_listed_sides import LISTED_SIDE_NOUNS, MIN_PAIRS, value_at
from sources.adapters._json_nickname_parts import name_text, nickname_pair, part_key
from sources.adapters._json_shapes import Column, words
from sources.adapters._json_sides import AWAY_WORDS, HOME, VERSUS_JOIN

FIRST_PART, LAST_PART = "first", "last"
# a part's key: "first", "first_name", "firstName" (and "last"…)
PART_KEYS = ((FIRST_PART,), (FIRST_PART, "name"))
# the words of a full name's key beside the parts: the side's name as written
FULL_NAME_KEYS = frozenset({("full",), ("name",), ("full", "name"), ("display", "name"), ("title",)})
PARTED_EVIDENCE = "title ← {first} {join} {second} (no name field: the game named by its two listed sides, each {how})"


@dataclasses.dataclass(slots=True)
class PartedSide(Column):
    """One side's name read across the items (``values``, joined from its parts), and how the mapping reads it:
    ``entry``, one path (a full name) or the parts' paths."""

    entry: str | list[str] = ""
    home: bool = False  # the elements say this side is at home


def parted_sides(items: Sequence[Mapping[str, Any]], columns: Mapping[str, Column]) -> tuple[Column, Column] | None:
    """(first, second), or (away, home) where the elements say so: the two elements of a list named for its sides,
    each named by its "first" and "last" parts (or by a full name beside them), in most items that list them."""
    for path in columns:
        parts = path.split(".")
        if "0" not in parts[1:]:
            continue
        index = len(parts) - 1 - parts[::-1].index("0")  # the innermost list's element
        head, rest = parts[:index], parts[index + 1 : -1]
        said = {word for part in [head[-1], *rest] for word in words(part)}
        if not said & LISTED_SIDE_NOUNS:
            continue
        # "first" + "last", or a team's place + nickname ("name" + "nickname": _json_nickname_parts)
        keys = (
            (parts[-1], _renamed(parts[-1]))
            if tuple(words(parts[-1])) in PART_KEYS
            else nickname_pair(items, head, rest, parts[-1])
        )
        found = _sides(items, head, rest, *keys) if keys is not None else None
        if found is not None:
            return found
    return None


def name_part(column: Column | None) -> bool:
    """Whether a column is a part of a name in a list's element ("competitors.0.firstName", "team.0.name.last"),
    or may be a team's place or nickname ("teams.0.name" beside "teams.0.nickname": parted_sides decides)."""
    if column is None or "0" not in column.path.split(".")[1:]:
        return False
    found = words(column.path.rsplit(".", 1)[-1])
    first_or_last = bool(found) and found[0] in (FIRST_PART, LAST_PART) and tuple(found[1:]) in ((), ("name",))
    return first_or_last or part_key(column.path)


def parted_spec(first: PartedSide, second: PartedSide) -> dict[str, Any]:
    ordered = (second, first) if second.home else (first, second)  # the home side first (left36)
    return {"path": [ordered[0].entry, ordered[1].entry], "join": VERSUS_JOIN}


def parted_evidence(first: PartedSide, second: PartedSide) -> str:
    how = "its full name" if isinstance(first.entry, str) else "its name's parts joined by a space"
    if second.home:  # the home side first (left36)
        first, second = second, first
    return PARTED_EVIDENCE.format(first=_shown(first.entry), second=_shown(second.entry), join="vs", how=how)


def _shown(entry: str | list[str]) -> str:
    return entry if isinstance(entry, str) else "(" + " + ".join(entry) + ")"


def _sides(
    items: Sequence[Mapping[str, Any]], head: list[str], rest: list[str], first_key: str, last_key: str
) -> tuple[Column, Column] | None:
    full = _full_key(items, head, rest, (first_key, last_key))
    firsts: list[Any] = []
    seconds: list[Any] = []
    sides: list[list[str]] = []
    pairs = listing = 0
    for item in items:
        elements = value_at(item, head)
        listing += bool(elements)
        holders = [value_at(element, rest) for element in elements] if isinstance(elements, list) else []
        names = [_name(holder, full, first_key, last_key) for holder in holders]
        if len(names) == 2 and all(names):
            pairs += 1
            firsts.append(names[0])
            seconds.append(names[1])
            sides.append([_side(element) for element in elements])
        else:
            firsts.append(None)
            seconds.append(None)
    if not pairs or pairs < MIN_PAIRS * listing:
        return None
    entries = [
        ".".join([*head, number, *rest, full])
        if full
        else [".".join([*head, number, *rest, key]) for key in (first_key, last_key)]
        for number in ("0", "1")
    ]
    first = PartedSide(_path(entries[0]), firsts, entry=entries[0])
    second = PartedSide(_path(entries[1]), seconds, entry=entries[1])
    if all(pair == ["away", HOME] for pair in sides):
        second.home = True
        return first, second
    if all(pair == [HOME, "away"] for pair in sides):
        first.home = True
        return second, first
    return first, second


def _path(entry: str | list[str]) -> str:
    return entry if isinstance(entry, str) else entry[0]


def _renamed(key: str) -> str:
    """The last part's key beside the first's: "first" → "last", "firstName" → "lastName", "FIRST_NAME" →
    "LAST_NAME"."""
    for first, last in ((FIRST_PART, LAST_PART), (FIRST_PART.capitalize(), LAST_PART.capitalize())):
        if key.startswith(first):
            return last + key[len(first) :]
    return LAST_PART.upper() + key[len(FIRST_PART) :]


def _full_key(
    items: Sequence[Mapping[str, Any]], head: list[str], rest: list[str], parts: tuple[str, str]
) -> str | None:
    """The key of a full name beside the parts (not one of them: a team's "name" may be its place), in the first
    element that has the parts' holder."""
    for item in items:
        elements = value_at(item, head)
        holder = value_at(elements[0], rest) if isinstance(elements, list) and elements else None
        if isinstance(holder, Mapping):
            for key, value in holder.items():
                if (
                    isinstance(key, str)
                    and key not in parts
                    and tuple(words(key)) in FULL_NAME_KEYS
                    and name_text(value)
                ):
                    return key
            return None
    return None


def _name(holder: Any, full: str | None, first_key: str, last_key: str) -> str | None:
    """A side's name: its full name, else its two parts joined by a space (both there)."""
    if not isinstance(holder, Mapping):
        return None
    if full is not None:
        return name_text(holder.get(full))
    first, last = name_text(holder.get(first_key)), name_text(holder.get(last_key))
    return f"{first} {last}" if first and last else None


def _side(element: Any) -> str:
    """Which side an element says it is ("alignment": "away", "homeAway": "home"): "away", "home" or ""."""
    found = {_word(value) for value in _values(element)} & {HOME, *AWAY_WORDS}
    if len(found) != 1:
        return ""
    word = found.pop()
    return HOME if word == HOME else "away"


def _values(value: Any, depth: int = 0) -> list[Any]:
    """The text values of an element, its own and its objects' (not its lists'), to a small depth."""
    if not isinstance(value, Mapping) or depth > 2:
        return []
    found: list[Any] = []
    for inner in value.values():
        found.extend(_values(inner, depth + 1) if isinstance(inner, Mapping) else [inner])
    return found


def _word(value: Any) -> str:
    return value.strip().lower() if isinstance(value, str) else ""
