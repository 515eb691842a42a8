"""A place written as its venue's name and its street address in one text, set apart by a bar or a spaced dash ("The
Crown | 12 High Street, Oxford", "Old Bell – 4 Mill Lane", "Kulturhaus · Hauptstraße 12, Bonn"): the name is the
venue, the rest its address. Only when the part after the mark opens with a street line (a house number, a street's
name and a street word; or a street word and its number as other languages write it): "Town Hall – Main Bar" (a
room), "Jazz Series | Night One" and "12 High Street | Oxford" (a street, then its town) stay whole. Pure."""

from __future__ import annotations

import re

from sources.adapters._feed_listing import street_line

# The mark between the name and the address: a bar, a middle dot or a dash, with a space each side.
MARK = re.compile(r"[ \t]{1,3}[|·•–—-][ \t]{1,3}")
# A street line as other languages write it: the street's word, then its number ("Hauptstraße 12", "Rue de la Paix
# 4" is read by street_line's number-first form only when the number comes first: "4 rue de la Paix").
STREET_THEN_NUMBER = re.compile(
    r"^[^\W\d_][\w.'’-]{0,40}(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|straat|laan|gracht|plein"
    r"|vej|gade|gatan|gata|veien)[ \t]{1,3}\d{1,5}[a-zA-Z]?\b",
    re.IGNORECASE,
)
MAX_NAME = 60  # a venue's name; a longer first part is a sentence or a list
MAX_NAME_WORDS = 8


def _street(text: str) -> bool:
    first = text.split(",", 1)[0].strip()
    return street_line(first) or bool(STREET_THEN_NUMBER.match(first))


def venue_and_address(place: str) -> tuple[str, str] | None:
    """(venue, address) of a place that writes both, or None when it is one name (or one address)."""
    mark = MARK.search(place)
    if mark is None:
        return None
    name, rest = place[: mark.start()].strip(), place[mark.end() :].strip()
    if not name or len(name) > MAX_NAME or len(name.split()) > MAX_NAME_WORDS or not rest:
        return None
    if name[0].isdigit() or _street(name) or not _street(rest):
        return None
    return name, rest
