"""An address inside the organiser's object is the organiser's, not the event's (left43, from review57's K3).

apis79's dance federation writes each event's host club as ``"ausrichter": {"name": "TSC Blau", "anschrift":
"Vereinsweg 9"}``; an English API as ``"organizer": {"name": …, "address": "12 Club Road"}``. The address reader
took any street-named key for the event's address wherever it sat, so every event was placed at its host's office.
A container above the list's items ("^club.address") was already the holder's (``_json_nested.in_holder``); this is
the record's own organiser object.

Here (``organiser_part``): a column whose path passes through an object named as the organiser ("organizer",
"organiser", "host", "presenter", "veranstalter", "ausrichter", "organisateur" …, ``ORGANIZER_WORDS``) is no part of
the event's address. Not (hard negatives): "venue.address", "location.street", a "hostVenue"/"organizerLocation" object
(the key names a place as well: the organiser's chosen venue), the record's own "address".
"""

from __future__ import annotations

from sources.adapters._json_field_scores import ORGANIZER_WORDS
from sources.adapters._json_fields import PLACE_WORDS
from sources.adapters._json_shapes import words


def organiser_part(path: str) -> bool:
    """Whether a column sits in the record's organiser object ("organizer.address", "ausrichter.anschrift")."""
    for part in path.split(".")[:-1]:
        names = set(words(part.lstrip("^")))
        if names & ORGANIZER_WORDS and not names & PLACE_WORDS:
            return True
    return False
