"""The street a place named in an item's prose is written with: "im Sitzungssaal des Rathauses, Marktstraße 8, die
Ratssitzung …" (for ``rss``). Pure.

``_feed_venue_phrase`` reads the place a German, Romance-language item names after a word of place ("Sitzungssaal
des Rathauses"); a town's invitation writes the building's street and number right after it, set apart by a comma,
and it was lost. When the place the phrase gave is followed, in the description, by a comma and a street line as
those languages write it, the street's name then its number ("Marktstraße 8", "Via Roma 12" is not one: the street's
word must end the name: ``_place_split.STREET_THEN_NUMBER``), that line is the item's address.

Not an address: words after the comma that are no street line ("…, die Ratssitzung"), a number alone, a street line
after anything but the place the phrase named.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._place_split import STREET_THEN_NUMBER

SCAN_LIMIT = 3000  # as _feed_venue_phrase
_AFTER = re.compile(r"[ \t]{0,2},[ \t]{1,3}")


def phrase_street(description: str | None, place: str | None) -> str | None:
    """The street line written right after ``place`` and a comma in the description, or None."""
    if not description or not place:
        return None
    text = description[:SCAN_LIMIT]
    at = text.find(place)
    if at < 0:
        return None
    comma = _AFTER.match(text, at + len(place))
    if comma is None:
        return None
    street = STREET_THEN_NUMBER.match(text[comma.end() :])
    return street.group(0) if street else None
