"""A station board's departures are no events (issue #13, held-out batch 47).

A railway station board (search.ch's ``stationboard``: ``{"stop": {"name": "Münsingen"}, "connections": [{"time":
"2019-08-04 17:50:00", "line": "RE", "number": "RE 4181", "terminal": {"name": "Zweisimmen"}, "track": "1",
"dep_delay": "+0"}]}``) was read as two events named after the trains' terminal stations, at their departure time.
A list whose items are named only by where they go — the title read from an object or key of a destination word
(terminal, destination, direction, headsign) — and whose items carry at least MIN_MARKERS of a timetable's words
(a track or platform, a delay, a line or route, a stop, a vehicle), one of them a board's own (a track, a platform, a
delay, a headsign: ``BOARD_WORDS``), is a timetable's departures: not read.

Not: a trip whose own title is its name ("title": "Day trip to Bath" beside "destination": {"name": "Bath"} and a
coach "line"): the title is not the destination's; a travel club's outings named by their destination with no
timetable word (``{"destination": {"name": "Isle of Skye"}, "date": …}``); one timetable word alone (a festival's
"line"-up, a "stop" on a tour); a walking club's walks named by where they go, with the "train" out and the "route"
(no track, platform or delay: an outing's travel, not a board).

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Iterable

from sources.adapters._json_shapes import Column, words

__all__ = ["departure_board"]

DESTINATION_WORDS = frozenset({"terminal", "terminus", "destination", "direction", "headsign", "endstation",
                               "richtung", "ziel"})  # fmt: skip
TIMETABLE_WORDS = frozenset({"track", "platform", "gleis", "quai", "delay", "delayed", "line", "route", "stop",
                             "vehicle", "train", "tram", "bus", "headsign"})  # fmt: skip
# The words only a departure board writes: where the vehicle leaves from and how late it is.
BOARD_WORDS = frozenset({"track", "platform", "gleis", "quai", "delay", "delayed", "headsign"})
MIN_MARKERS = 2  # "track" and "delay", "line" and "platform": a timetable, not a trip's one coach line


def departure_board(title: Column, paths: Iterable[str]) -> bool:
    """Whether ``title`` names the items by where they go and the item keys (``paths``) hold a timetable's words."""
    if not (title.holder_words | set(title.key_words)) & DESTINATION_WORDS:
        return False
    found = {word for path in paths for word in words(path) if word in TIMETABLE_WORDS}
    return len(found) >= MIN_MARKERS and bool(found & BOARD_WORDS)
