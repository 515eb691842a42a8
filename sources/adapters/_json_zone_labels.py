"""A zone name written with its display label ("PST8PDT - Pacific Time"), as the zone. Pure.

A calendar platform's events API writes each item's zone as the name its tz database knows followed by the label
its settings page shows: ``"timezone": "PST8PDT - Pacific Time"``, ``"CST6CDT - Central Time"``, beside items
whose zone is a plain ``"America/New_York"`` or ``"UTC"``. The labelled values were no zone names, so fewer than
half of the column's values were zones, the column was not the records' ``timezone``, and every item's clock was
read in the source's one zone (an event in Texas an hour or two off, a festival written in UTC seven).

So a value whose part before " - " (or an en or em dash between spaces) is a zone name the tz database knows, and
whose part after it is a label of words (letters, spaces, brackets, "&"; no digit), is that zone
(``_json_mapping.iana``, which both the column's score and each item's read go through).

Not: a head that is no zone ("Central Time - US", "Main Hall - Room 2"), a tail with a digit ("Europe/Paris -
2031 season", "UTC - 5": an offset, not a label), a value with no such joint ("America/Chicago" is read as before),
a head of one letter group with no digit and no "/" but "UTC"/"GMT" ("EST - Eastern": a three-letter abbreviation
the tz database keeps only for old data; abbreviations are no zones here).
"""

from __future__ import annotations

from typing import Any

from sources.adapters._ical_time import zone_or_none

JOINTS = (" - ", " – ", " — ")
MAX_LABEL = 80  # a label is a few words: a longer value is a sentence, not a zone's display name
_LABEL_SIGNS = frozenset(" ()&'.,")
_UNIVERSAL = frozenset({"UTC", "GMT"})


def _label(text: str) -> bool:
    return any(ch.isalpha() for ch in text) and all(ch.isalpha() or ch in _LABEL_SIGNS for ch in text)


def _zone_name(text: str) -> bool:
    """A name the tz database knows, written as one: a region's "Area/City", a rule zone with its hours
    ("PST8PDT"), or UTC/GMT; never a bare abbreviation ("EST", "MST": kept only for old data)."""
    if not ("/" in text or any(ch.isdigit() for ch in text) or text.upper() in _UNIVERSAL):
        return False
    return zone_or_none(text) is not None


def labelled_zone(value: Any) -> str | None:
    """The zone name in a value written "<zone> - <label>", else None."""
    if not isinstance(value, str) or len(value) > MAX_LABEL:
        return None
    for joint in JOINTS:
        head, found, tail = value.partition(joint)
        if found and _label(tail.strip()) and _zone_name(head.strip()):
            return head.strip()
    return None


def zone_text(value: Any) -> Any:
    """A labelled zone's name; any other value as it is."""
    return labelled_zone(value) or value
