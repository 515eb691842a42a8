"""A team named by its place and its nickname: ``"teams": [{"name": "Nashville", "nickname": "Predators"}, …]``.

Sports schedules often split a club's name where the city and the nickname are told apart: ``{"name": "Dallas",
"nickname": "Stars"}``, ``{"location": "Dallas", "nickname": "Stars"}``, ``{"locationName": "Dallas", "teamName":
"Stars"}``, ``{"city": "Dallas", "mascot": "Stars"}``. Either part alone names no side: "Dallas vs
Nashville" reads as two cities, "Stars vs Predators" loses where. ``_json_name_parts`` joins a side's "first" and
"last" parts; this module gives it the other pairs, (place key, nickname key), so the game is named by both sides,
each its place and nickname joined by a space ("Nashville Predators at Dallas Stars", away first where each
element says which side it is).

Only for teams: the list's or the element's key must name a team or a club (a "teams" list, "competitors.N.team"):
a player's nickname is a moniker, not half a name ("Michael van Gerwen" is no "Michael van Gerwen Mighty Mike").
Only where the parts are two: a "name" that already holds the nickname ("name": "Dallas Stars", "teamName":
"Stars"), in any item, is the side's full name, and the pair is refused (the name is read alone, as before); so
is a nickname that opens with an article, a moniker beside a full name ("Arsenal" + "The Gunners"). A "name"
beside a "location" and no nickname key stays the side's name (the location may be its ground).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._json_listed_sides import value_at
from sources.adapters._json_shapes import words

# the key of a team's nickname ("nickname", "nick_name", "teamName", "mascot")
NICKNAME_KEYS = frozenset({("nickname",), ("nick", "name"), ("team", "name"), ("mascot",)})
# the key of the place beside it, most telling first
PLACE_KEYS = (("location",), ("location", "name"), ("city",), ("city", "name"), ("market",), ("name",))
# the list's or the element's key that says its elements are teams
TEAM_NOUNS = frozenset({"team", "teams", "club", "clubs", "franchise", "franchises"})
# a nickname opening with an article is a moniker beside a full name ("Arsenal" + "The Gunners")
ARTICLES = frozenset({"the", "der", "die", "la", "le", "les", "los", "las", "il", "i"})
MIN_SHARE = 0.8  # of the holders found, the share that has both parts


def nickname_pair(
    items: Sequence[Mapping[str, Any]], head: list[str], rest: list[str], key: str
) -> tuple[str, str] | None:
    """(place key, nickname key) when ``key`` is a team's nickname key in the elements of the list at ``head``
    (each element's holder at ``rest``) and a place key sits beside it in most of them, the two never one
    inside the other; else None."""
    said = {word for part in [head[-1], *rest] for word in words(part)} if head else set()
    if not said & TEAM_NOUNS or tuple(words(key)) not in NICKNAME_KEYS:
        return None
    holders = [holder for holder in _holders(items, head, rest) if name_text(holder.get(key))]
    for place in PLACE_KEYS:
        place_key = _key_of(holders, place, key)
        if place_key is None:
            continue
        pairs = [(name_text(holder.get(place_key)), name_text(holder.get(key))) for holder in holders]
        both = [(first, last) for first, last in pairs if first and last]
        if len(both) < MIN_SHARE * len(holders) or any(overlapping(first, last) for first, last in both):
            return None
        return place_key, key
    return None


def keyed_pair(place_or_nickname: str, siblings: list[str]) -> tuple[str, str] | None:
    """(place key, nickname key) for a side's name key (``place_or_nickname``) among its object's keys
    (``siblings``): "name" beside "nickname", "locationName" beside "teamName", "nickname" beside "city"."""
    found = tuple(words(place_or_nickname))
    others = {tuple(words(key)): key for key in siblings if key != place_or_nickname}
    if found in PLACE_KEYS:
        for nickname in sorted(NICKNAME_KEYS):
            if nickname in others:
                return place_or_nickname, others[nickname]
    if found in NICKNAME_KEYS:
        for place in PLACE_KEYS:
            if place in others:
                return others[place], place_or_nickname
    return None


def team_path(path: str) -> bool:
    """Whether a path says its value is a team's ("homeTeam.name", "teams.away.team.locationName")."""
    return bool(set(words(path)) & TEAM_NOUNS)


def overlapping(place: str, nickname: str) -> bool:
    """Whether the two are no two parts of one name: one already holds the other ("Dallas" beside "Dallas Stars",
    the full name; "Stars" beside "Dallas Stars"), or the nickname is a moniker ("The Gunners")."""
    place, nickname = place.casefold(), nickname.casefold()
    moniker = nickname.split(maxsplit=1)[0] in ARTICLES if nickname.split() else True
    return moniker or nickname.startswith(place) or place.endswith(nickname) or place == nickname


def part_key(path: str) -> bool:
    """Whether a team's column may be one of its two name parts, a place or a nickname ("teams.0.name")."""
    found = tuple(words(path.rsplit(".", 1)[-1]))
    return team_path(path) and (found in NICKNAME_KEYS or found in PLACE_KEYS)


def _holders(items: Sequence[Mapping[str, Any]], head: list[str], rest: list[str]) -> list[Mapping[str, Any]]:
    found: list[Mapping[str, Any]] = []
    for item in items:
        elements = value_at(item, head)
        for element in elements if isinstance(elements, list) else []:
            holder = value_at(element, rest)
            if isinstance(holder, Mapping):
                found.append(holder)
    return found


def _key_of(holders: list[Mapping[str, Any]], place: tuple[str, ...], beside: str) -> str | None:
    """The key spelled as ``place`` ("locationName", "location_name") in the first holder that has one."""
    for holder in holders:
        for key in holder:
            if isinstance(key, str) and key != beside and tuple(words(key)) == place:
                return key
    return None


def name_text(value: Any) -> str | None:
    """A part of a name: text with a letter, not an address."""
    if not isinstance(value, str) or "@" in value or not any(character.isalpha() for character in value):
        return None
    return value.strip()
