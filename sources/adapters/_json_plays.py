"""A station's log of recordings played is no list of events (issue #13, held-out batch 50).

A radio station's "what's on" answer (a classical station's: ``{"current_show": {"title", "start", "end", "url"},
"current_playlist_item": {...}, "previous": [{"playlist_entry_id", "start_time", "catalog_entry": {"title": "Pavane
for a Dead Princess", "composer", "conductor", "ensemble", "reclabel", "catno", "length"}}]}``) was read as three
events named after the pieces played, at the time each was played. A list whose items are named only by the
recording they play — the title read from an object under a recording word (track, song, recording, catalog entry)
— and whose item keys carry at least MIN_MARKERS of a play log's words (a playlist, a play, a composer, conductor,
ensemble or soloist, a record label, a catalogue number, an ISRC) is a log of plays: not read. The show they were
played in, where the document states it under a key naming the programme on air ("current_show", "nowOnAir",
"next_programme": ``on_air``), is read as the document's one event, as one under "event" or "results" is.

Not: a concert named by its own title beside its "composer" and "conductor" (the title is not a recording's); a
listening night named by its album ("album": {"title"}, a venue, a date: an album is not a play); a song contest's
entries named by their song with one play-log word alone; "current_user", "next_page" (not a programme).

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Iterable

from sources.adapters._json_shapes import Column, words

__all__ = ["on_air", "play_log"]

RECORDING_WORDS = frozenset({"track", "song", "recording", "catalog", "catalogue", "tune"})
PLAY_WORDS = frozenset({"playlist", "played", "plays", "play", "composer", "conductor", "ensemble", "soloists",
                        "soloist", "reclabel", "catno", "isrc", "scrobble"})  # fmt: skip
# The programme on air, named by when ("current_show", "nowOnAir", "next_programme"): the document's one event is
# looked for under such a key as under "event" or "results" (_json_one_event._wrapped_objects).
WHEN_WORDS = frozenset({"current", "now", "next", "live", "onair", "air"})
PROGRAMME_WORDS = frozenset({"show", "programme", "program", "broadcast", "episode", "air", "onair"})
MIN_MARKERS = 2  # "playlist" and "composer": a log of plays, not a contest's song beside its "composer"


def play_log(title: Column, paths: Iterable[str]) -> bool:
    """Whether ``title`` names the items by a recording they play and the item keys (``paths``) hold a play log's
    words."""
    if not title.holder_words & RECORDING_WORDS:
        return False
    found = {word for path in paths for word in words(path) if word in PLAY_WORDS}
    return len(found) >= MIN_MARKERS


def on_air(key: str) -> bool:
    """Whether a key names the programme on air now or next ("current_show", "nowOnAir"), not a user or a page
    ("current_user", "next_page")."""
    named = words(key)
    return len(named) >= 2 and bool(set(named[:-1]) & WHEN_WORDS) and named[-1] in PROGRAMME_WORDS
