"""A fixture table's opponent column names its matches (held-out batch 105, helper pages105). Pure.

A club's fixture list is a table "Date | (weekday) | vs | Type | Venue | Notes": "2015-05-17 | Sunday | Ajax C.C. |
Friendly | home". The table reader took the first column whose header names an event's kind or name as the rows'
title ("Type" among them), so every match was called "Friendly" or "UFCL", and weekends with no match ("| | | away
game TBD") were events named after the page's heading.

* ``opponent_roles``: a column headed by the word for the other side alone ("vs", "v.", "Versus", "Opponent",
  "Opposition" (pages120), "Gegner", "Adversaire", "Tegenstander") titles the rows, over a column headed by a kind
  ("Type", "Competition", "Kategorie"); not over a column headed by an event's name ("Event", "Match", "Title").
  Review60: nor in a debate's table, where "Opposition" is one of two sides a column each ("Date | Motion |
  Proposition | Opposition", "Government | Opposition"): the opposition alone does not name the debate
  (``OTHER_SIDE``).
* ``empty_match``: in such a table, a row whose opponent cell is empty is no match (a free weekend, "away game TBD",
  the league's final the club may not play in).
* ``side_word``: a place that is only the side a team plays on ("home", "away", "H", "A", "Heim", "auswärts",
  "domicile", "extérieur", "thuis", "uit", "casa", "fuera") is no place, on a page whose places name both sides
  (``both_sides``, review45: a venue called "HOME", a room "A", a "Casa" on a page of events are places).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

OPPONENT_HEADER = re.compile(
    r"^\W{0,3}(?:vs?|versus|opponents?|opposition|against|gegner|adversaires?|tegenstanders?|avversari[oa]?|rivales?|"
    r"contrincantes?)\W{0,3}$",
    re.IGNORECASE,
)
KIND_HEADER = re.compile(
    r"^\W{0,3}(?:type|kind|category|competition|comp|art|typ|kategorie|wettbewerb|cat[ée]gorie|comp[ée]tition|"
    r"tipo|categor[ií]a|competici[oó]n|soort|competitie)\W{0,3}$",
    re.IGNORECASE,
)
# The side a debate's "Opposition" stands against, in a column of its own (review60).
OTHER_SIDE = re.compile(r"^\W{0,3}(?:proposition|prop|government|gov|affirmative|proposer)\W{0,3}$", re.I)
SIDE_WORD = re.compile(
    r"^\W{0,3}(?:home|away|h|a|heim|auswärts|auswaerts|gast|domicile|ext[ée]rieur|thuis|uit|casa|fuera|"
    r"trasferta|neutral|neutre)\W{0,3}$",
    re.IGNORECASE,
)


def opponent_roles(header: list[str], roles: dict[int, str]) -> dict[int, str]:
    """The columns' roles with a table's opponent column as its title (see the module); else as they were."""
    opponent = next((column for column, text in enumerate(header) if OPPONENT_HEADER.match(text)), None)
    if opponent is None or roles.get(opponent) not in (None, "title"):
        return roles
    if any(OTHER_SIDE.match(text) for text in header):
        return roles  # "Proposition | Opposition": a debate's two sides (review60)
    titled = [column for column, role in roles.items() if role == "title"]
    if any(column != opponent and not KIND_HEADER.match(header[column]) for column in titled):
        return roles  # "Event | vs": the event's own name titles it
    kept = {column: role for column, role in roles.items() if role != "title"}
    kept[opponent] = "title"
    return kept


def empty_match(header: list[str], roles: Mapping[int, str], texts: list[str]) -> bool:
    """Whether a row of an opponent-titled table names no opponent: no match that day (see the module)."""
    column = next((column for column, role in roles.items() if role == "title"), None)
    if column is None or column >= len(header) or not OPPONENT_HEADER.match(header[column]):
        return False
    return column >= len(texts) or not texts[column].strip()


def side_word(place: str | None) -> bool:
    """Whether a place is only the side a team plays on ("home", "away"): no place."""
    return place is not None and bool(SIDE_WORD.match(place))


# The home side's words and the away side's (review45): a fixture list names both.
HOME_SIDE = frozenset(("home", "h", "heim", "domicile", "thuis", "casa"))
AWAY_SIDE = frozenset(
    ("away", "a", "auswärts", "auswaerts", "gast", "extérieur", "exterieur", "uit", "fuera", "trasferta")
)


def both_sides(places: list[str | None]) -> bool:
    """Whether a page's places name a home side and an away side: a fixture list's (see the module)."""
    sides = {place.strip(" .:-()").casefold() for place in places if place is not None and side_word(place)}
    return bool(sides & HOME_SIDE) and bool(sides & AWAY_SIDE)
