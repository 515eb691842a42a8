"""An address inside the organiser's object is the organiser's, not the event's (left43, from review57's K3).

apis79's dance federation writes each event's host club as ``"ausrichter": {"name": "TSC Blau", "anschrift":
"Vereinsweg 9"}``; an English API as ``"organizer": {"name": …, "address": "12 Club Road"}``. The address reader
took any street-named key for the event's address wherever it sat, so every event was placed at its host's office.
A container above the list's items ("^club.address") was already the holder's (``_json_nested.in_holder``); this is
the record's own organiser object.

Here (``organiser_part``): a column whose path passes through an object named as the organiser ("organizer",
"organiser", "host", "presenter", "veranstalter", "ausrichter", "organisateur" …, ``ORGANIZER_WORDS``) is no part of
the event's address. Not (hard negatives): "venue.address", "location.street", a "hostVenue"/"organizerLocation" object
(the key names a place as well: the organiser's chosen venue), the record's own "address". review58: a column beside
the venue's own name ("host": {"venue": {"name", "address"}}: ``anchor``, the object the venue's name was read from)
is that venue's, wherever the venue sits. Read-through 58: a "host" object's address is the event's when the record
has no place of its own (a library's API: ``"host": {"name": "Central Library", "address": "1 Main Street"}`` and no venue,
location or address key outside it: ``host_only_place``); beside a venue or an address of the record's own it is
still the host's. left44: so is an "organizer"'s or an "ausrichter"'s, the only place the record gives (a club's
tournament at its own hall): a place to go beats none; beside any place of the record's own it stays the organiser's.
Read-through 59 (mend59c): only where the organiser is a place to go, ``_json_organiser_home.at_the_organiser``.
"""

from __future__ import annotations

from collections.abc import Iterable

from sources.adapters._json_field_lists import parent as field_parent
from sources.adapters._json_field_scores import ORGANIZER_WORDS
from sources.adapters._json_fields import CITY_WORDS, PLACE_WORDS, POSTAL_WORDS, STREET_WORDS
from sources.adapters._json_shapes import words


def organiser_part(path: str, anchor: str | None = None, *, hosted: bool = False) -> bool:
    """Whether a column sits in the record's organiser object ("organizer.address", "ausrichter.anschrift"), and not
    beside the venue's name (``anchor``: the object the venue's name was read from). ``hosted``: the record has no
    place of its own and the organiser is a place to go (``_json_organiser_home.at_the_organiser``), so the
    organiser's columns are the event's place."""
    if anchor is not None and field_parent(path) == anchor:
        return False
    return organiser_key(path) is not None and not hosted


def organiser_key(path: str) -> str | None:
    """The part of a column's path that names the organiser's object ("organizer" in "organizer.address"), if any."""
    for part in path.split(".")[:-1]:
        names = set(words(part.lstrip("^")))
        if names & ORGANIZER_WORDS and not names & PLACE_WORDS:
            return part
    return None


OWN_PLACE_WORDS = PLACE_WORDS | STREET_WORDS | CITY_WORDS | POSTAL_WORDS


def host_only_place(paths: Iterable[str]) -> bool:
    """Whether no column outside the organiser's object (nor a holder's, "^…") names a place: the organiser's (a
    host's, read-through 58; an organizer's, an ausrichter's, left44) address is then the only one, and the event's."""
    for path in paths:
        if path.startswith("^") or organiser_part(path):
            continue
        if any(set(words(part)) & OWN_PLACE_WORDS for part in path.split(".")):
            return False
    return True
