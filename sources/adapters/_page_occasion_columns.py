"""A column headed by a place AND an occasion ("Lieu, contexte", "Venue / Event", "Ort / Anlass") names each row
by where or what it is: a band's gigs are "Van Gogh café", "Festival Masny en Musique". With no column headed as the
title, that cell is the row's title, and a town column beside it ("Ville, pays", "City") is its place (helper pages100:
a funk band's concert tables, "Date | Lieu, contexte | Ville, pays | Affiche | Notes").

A place column alone ("Lieu", "Venue") stays the place: only the header's own word for the occasion makes it a name.
"""

from __future__ import annotations

import re

# The header cell: a place word, a separator, an occasion word (or the other way round), and nothing else.
_PLACE = r"(?:lieu|venue|place|location|ort|locatie|plaats|lugar|luogo)"
_OCCASION = (
    r"(?:contexte?|occasion|anlass|event|[ée]v[ée]nement|gelegenheid|aanleiding|evenement|ocasi[oó]n|occasione|"
    r"evento|veranstaltung)"
)
OCCASION_HEADER = re.compile(
    rf"^\W{{0,3}}(?:{_PLACE}\s{{0,3}}[,/&+]\s{{0,3}}{_OCCASION}|{_OCCASION}\s{{0,3}}[,/&+]\s{{0,3}}{_PLACE})\W{{0,3}}$",
    re.I,
)
_TOWN = re.compile(r"^\W{0,3}(?:city|town|stadt|ville|ciudad|citt[àa]|stad|plaats|gemeente)\b", re.I)


def occasion_roles(header: list[str], roles: dict[int, str]) -> dict[int, str]:
    """``roles`` with a place-and-occasion column as the title and a town column as the place, when no column is
    headed as the title; ``roles`` itself otherwise."""
    if "title" in roles.values():
        return roles
    named = next((column for column, text in enumerate(header) if OCCASION_HEADER.match(text.strip())), None)
    if named is None:
        return roles
    town = next((column for column, text in enumerate(header) if column != named and _TOWN.match(text.strip())), None)
    changed = {column: role for column, role in roles.items() if role not in ("location", "town")}
    changed[named] = "title"
    if town is not None:
        changed[town] = "location"
    return changed
