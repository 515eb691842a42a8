"""A catalogue of serials is no list of events: items that count their episodes, chapters or volumes (issue #13,
feeds batch 71).

MyAnimeList's search answers ``<anime><entry><title>Full Metal Panic!</title><episodes>24</episodes>
<score>7.86</score><type>TV</type><status>Finished Airing</status><start_date>2002-01-08</start_date>
<end_date>2002-06-18</end_date>…``: a title, a start and an end, everything an exhibition's run has, so each series'
airing was read as an event of half a year. A series is broadcast or published, not gone to, and its record says
so: it counts its parts, a key that is only "episodes", "chapters" or "volumes" (maybe "num"/"total"/"count" beside
it: "num_episodes", "total_chapters") holding a whole number.

A list is one of serials when nearly all its items (``_json_news.nearly_all``) hold such a count. Not: a TV
guide's programme numbered in its series ("episode": 5, singular: one broadcast, read as before), a list whose
items state happenings (a timed start, a venue's key: ``_json_not_events``' guard), a count that is no number
("episodes": "see the list"), a list under a key that names gatherings ("meetings": a book club's, each reading
some "chapters"; "events": a podcast's live recordings counting "episodes"; left40).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_news import nearly_all, said_keys

__all__ = ["gathering_key", "serial_items"]

PART_WORDS = frozenset({"episodes", "chapters", "volumes"})
COUNT_WORDS = frozenset({"num", "number", "total", "count", "of"})
MAX_DIGITS = 6
# A list's own key that names gatherings ("meetings", "events", "bookClubSessions"): its items are met at, whatever
# they count (a book club's meetings each reading some "chapters", a podcast's live recordings counting "episodes":
# review54 jse1, jse3; left40).
GATHERINGS = frozenset(
    {"events", "meetings", "meetups", "sessions", "gatherings", "gigs", "concerts", "performances", "screenings",
     "workshops", "classes", "talks", "readings"}
)  # fmt: skip
_KEY_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def serial_items(items: list[Any]) -> bool:
    """Whether the list's items are serials counting their parts (see the module's docstring)."""
    return nearly_all(items, _counts_parts)


def gathering_key(path: str) -> bool:
    """Whether a list's path ends in a key that names gatherings ("events", "club.meetings", "bookClubMeetings")."""
    words = _KEY_WORD.findall(path[-64:])
    return bool(words) and words[-1].lower() in GATHERINGS


def _counts_parts(item: Mapping[Any, Any]) -> bool:
    return any(
        said & PART_WORDS and said <= PART_WORDS | COUNT_WORDS and _whole(value) for said, value in said_keys(item)
    )


def _whole(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return value >= 0
    return isinstance(value, str) and 0 < len(value.strip()) <= MAX_DIGITS and value.strip().isdigit()
