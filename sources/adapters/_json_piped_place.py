"""A place written as one string of parts joined by "|".

A CMS view that flattens a place into one field writes its parts from the most particular to the least, joined by
pipes: "State Hall|10 Park Plaza, 2nd Floor|Boston|MA" is the place's name, its street, its city and its region
(a Drupal Views teaser's "location"). Read whole, the pipes stay in the venue's name and the city is lost. With
three parts or more the first is the name, the second the street and the third the city; an empty part is none
("||Quincy|MA": a city, no name). Two parts are left whole: "Pacific Coliseum | Vancouver" is a name and a city as
often as a name and a street. A third part with a digit in it is no city: everything after the name is then the
address. Nothing the item writes in its own address or city field is replaced.
"""

from __future__ import annotations

from typing import Any

PIPE = "|"
MIN_PARTS = 3  # name|street|city: fewer is ambiguous
MAX_PARTS = 6  # more is a list of places, not one place's parts


def split_piped_place(texts: dict[str, Any]) -> dict[str, Any]:
    """``texts`` with a pipe-joined venue split into its name, street and city (see the module)."""
    venue = texts.get("venue_name")
    if not isinstance(venue, str) or PIPE not in venue:
        return texts
    parts = [part.strip() for part in venue.split(PIPE)]
    if not MIN_PARTS <= len(parts) <= MAX_PARTS:
        return texts
    name, street, city = parts[0], parts[1], parts[2]
    if any(character.isdigit() for character in city):
        street, city = ", ".join(part for part in parts[1:] if part), ""
    split = dict(texts)
    split["venue_name"] = name or None
    if not texts.get("address"):
        split["address"] = street or None
    if not texts.get("city") and city:
        split["city"] = city
    return split
