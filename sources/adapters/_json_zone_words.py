"""A date and time written with its zone's abbreviation at the end: "Nov 5, 2013 06:00:00 PM EST" (feeds batch 71,
the LocationTech tour's XML). Pure.

No date format reads such a text whole (strptime's ``%Z`` knows only "UTC", "GMT" and the machine's own zone), so
the column read as no date and its events were lost. The abbreviation is cut off for the column's shape
(``_json_shapes.date_shape``, through ``bare_date``) and, when a value is read (``_json_mapping.read_moment``),
the rest is read in the zone the abbreviation names. Where that zone keeps summer time, the abbreviation names its
wall clock, not a fixed offset (the lead's mend): listings write "7:00 PM EST" in July for Eastern time, and a
reader who goes at 19:00 on New York's clocks is there at 19:00 EDT, so "EST" and "EDT" are America/New_York, "CET"
and "CEST" Central Europe's, "BST" London's, "AEST"/"AEDT" Sydney's. Zones whose abbreviation is also written all
year where no summer time is kept are read at their fixed offset: "MST" (Arizona), "HST", "AST", "JST", "KST",
"AWST", "ACST"/"ACDT" (Adelaide keeps summer time, Darwin does not), and UTC/GMT/Z. Only abbreviations that name one offset are taken (North America's, Europe's, Japan's, Australia's
eastern, UTC/GMT/Z); "IST" (India, Ireland, Israel) and "CST" outside North America's sense are not guessed
(CST is read as North America's Central time, the common sense in data).

Refused: an abbreviation glued to the clock or a word ("2013-11-05 18:00PEST", "Nov 5 WEST END"), a text with
nothing before the abbreviation that looks like a time, an unknown abbreviation ("XST").
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from typing import Any

from sources.adapters._json_untold_times import told_date

MAX_TEXT = 64  # longer text is no date
_HOURS = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3,
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7, "AKST": -9, "AKDT": -8,
    "HST": -10, "AST": -4, "ADT": -3, "NST": -3.5, "NDT": -2.5, "JST": 9, "KST": 9, "AEST": 10, "AEDT": 11,
    "ACST": 9.5, "ACDT": 10.5, "AWST": 8, "NZST": 12, "NZDT": 13,
}  # fmt: skip
# Abbreviations of zones that keep summer time, read as that zone's wall clock (see the module).
_WALL_CLOCKS = {
    "EST": "America/New_York", "EDT": "America/New_York", "CST": "America/Chicago", "CDT": "America/Chicago",
    "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "AKST": "America/Anchorage",
    "AKDT": "America/Anchorage", "WET": "Europe/Lisbon", "WEST": "Europe/Lisbon", "BST": "Europe/London",
    "CET": "Europe/Paris", "CEST": "Europe/Paris", "EET": "Europe/Helsinki", "EEST": "Europe/Helsinki",
    "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "NZST": "Pacific/Auckland", "NZDT": "Pacific/Auckland",
}  # fmt: skip
# A clock ("06:00:00 PM", "18:00", "6pm") then a space and the abbreviation, at the end of the text.
_ZONE_WORD = re.compile(r"(?P<text>.{0,50}?\d(?::\d{2}){0,2}(?:\s?[AaPp]\.?[Mm]\.?)?) (?P<zone>[A-Z]{1,4})")


def zone_worded(value: Any) -> tuple[str, dt.tzinfo] | None:
    """(the text before the abbreviation, the offset it names) for "Nov 5, 2013 06:00:00 PM EST"; else None."""
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        return None
    found = _ZONE_WORD.fullmatch(value.strip())
    if found is None or found["zone"] not in _HOURS or ":" not in found["text"] and not found["text"][-1:].isalpha():
        return None
    zone = found["zone"]
    if zone in _WALL_CLOCKS:
        return found["text"], zoneinfo.ZoneInfo(_WALL_CLOCKS[zone])
    return found["text"], dt.timezone(dt.timedelta(hours=_HOURS[zone]))


def bare_date(value: Any) -> str | None:
    """A date text with what no format reads cut off: a placeholder time ("2031-09-10 TBC", ``_json_untold_times``)
    or a zone's abbreviation ("… 06:00:00 PM EST"); None when there is none."""
    worded = zone_worded(value)
    return told_date(value) or (worded[0] if worded is not None else None)
