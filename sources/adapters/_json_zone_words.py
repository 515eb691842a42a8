"""A date and time written with its zone's abbreviation at the end: "Nov 5, 2013 06:00:00 PM EST" (feeds batch 71,
the LocationTech tour's XML). Pure.

No date format reads such a text whole (strptime's ``%Z`` knows only "UTC", "GMT" and the machine's own zone), so
the column read as no date and its events were lost. The abbreviation is cut off for the column's shape
(``_json_shapes.date_shape``, through ``bare_date``) and, when a value is read (``_json_mapping.read_moment``),
the rest is read in the zone the abbreviation names, from the feed reader's own table (``_feed_zone_words.ZONES``):
each abbreviation names a zone with its summer time, not a fixed offset, since listings write "7:00 PM EST" in July
for Eastern time and a reader who goes at 19:00 on New York's clocks is there at 19:00 EDT; "MST" is Arizona's, which
keeps it all year; "Z" is UTC. An abbreviation not in that table is not guessed ("IST": India, Ireland or Israel).

Refused: an abbreviation glued to the clock or a word ("2013-11-05 18:00PEST", "Nov 5 WEST END"), a text with
nothing before the abbreviation that looks like a time, an unknown abbreviation ("XST").
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from typing import Any

from sources.adapters._feed_zone_words import ZONES
from sources.adapters._json_untold_times import told_date

MAX_TEXT = 64  # longer text is no date
# The zones the feed reader's abbreviations name (``_feed_zone_words.ZONES``: one vocabulary, each a zone with its
# summer time, "MST" Arizona's), and "Z".
_ZONES = {**ZONES, "Z": "UTC"}
# A clock ("06:00:00 PM", "18:00", "6pm") then a space and the abbreviation, at the end of the text.
_ZONE_WORD = re.compile(r"(?P<text>.{0,50}?\d(?::\d{2}){0,2}(?:\s?[AaPp]\.?[Mm]\.?)?) (?P<zone>[A-Z]{1,4})")


def zone_worded(value: Any) -> tuple[str, dt.tzinfo] | None:
    """(the text before the abbreviation, the offset it names) for "Nov 5, 2013 06:00:00 PM EST"; else None."""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        return None
    found = _ZONE_WORD.fullmatch(value.strip())
    if found is None or found["zone"] not in _ZONES or ":" not in found["text"] and not found["text"][-1:].isalpha():
        return None
    return found["text"], zoneinfo.ZoneInfo(_ZONES[found["zone"]])


def bare_date(value: Any) -> str | None:
    """A date text with what no format reads cut off: a placeholder time ("2031-09-10 TBC", ``_json_untold_times``)
    or a zone's abbreviation ("… 06:00:00 PM EST"); None when there is none."""
    worded = zone_worded(value)
    return told_date(value) or (worded[0] if worded is not None else None)
