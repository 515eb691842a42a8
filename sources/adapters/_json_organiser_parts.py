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
is that venue's, wherever the venue sits.
"""

from __future__ import annotations

from sources.adapters._json_field_lists import parent as field_parent
from sources.adapters._json_field_scores import ORGANIZER_WORDS
from sources.adapters._json_fields import PLACE_WORDS
from sources.adapters._json_shapes import words


def organiser_part(path: str, anchor: str | None = None) -> bool:
    """Whether a column sits in the record's organiser object ("organizer.address", "ausrichter.anschrift"), and not
    beside the venue's name (``anchor``: the object the venue's name was read from)."""
    if anchor is not None and field_parent(path) == anchor:
        return False
    for part in path.split(".")[:-1]:
        names = set(words(part.lstrip("^")))
        if names & ORGANIZER_WORDS and not names & PLACE_WORDS:
            return True
    return False
