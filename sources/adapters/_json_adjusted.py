"""A moment its key says was adjusted to the event's zone (batch 38, APIs).

DoStuff Media's city guides (DoTheBay and its siblings) write each event's start twice: ``"begin_time":
"2026-10-03T18:30:00-05:00"`` with the server's offset on the venue's wall clock (a Berkeley show at 18:30 said
to be at 18:30 Central), and ``"tz_adjusted_begin_date": "2026-10-03T18:30:00-07:00"``, the same wall clock in
the venue's own zone. A key whose words say its value was adjusted, converted or localized to a zone names a
moment in that zone, not a zone: its "tz" word does not rule it out as a date (a bare "tz", "timezone" or
"tz_name" still does), and it is preferred to an unadjusted moment of the same record as a "local" one is to a
"utc" one.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Iterable, Set

__all__ = ["ADJUSTED_BONUS", "adjusted", "ruling_out"]

ADJUSTED_WORDS = frozenset({"adjusted", "converted", "localized", "localised", "normalized", "normalised"})
ZONE_WORDS = frozenset({"tz", "timezone", "zone"})
ADJUSTED_BONUS = 0.4  # above an unadjusted moment of the same name ("begin_time" beside "tz_adjusted_begin_date")


def adjusted(names: Iterable[str]) -> bool:
    """Whether a key's words say its moment was adjusted (converted, localized) to a zone."""
    return not ADJUSTED_WORDS.isdisjoint(names)


def ruling_out(names: Set[str], excluded: Set[str]) -> Set[str]:
    """The words of a key that rule it out as a start or an end: a zone word does not, in a key that says its
    moment was adjusted to that zone ("tz_adjusted_begin_date")."""
    hits = names & excluded
    return hits - ZONE_WORDS if hits and adjusted(names) else hits
