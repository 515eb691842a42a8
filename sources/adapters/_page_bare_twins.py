"""A page that lists its coming meetings as bare dates ("Commission Meeting Schedule for 2019": "January 24, 2019",
"April 25, 2019") and details the same meetings elsewhere (a table row "January 24, 2019 Regular/Annual Meeting"
with its agenda, under "Commission Meetings"): each bare date whose day a detailed entry has is that meeting named
twice, not a second one. Not when the two headings name bodies that share no word ("Planning Board" dates beside
the "Town Council" rows, or the "Town Board"'s, are another body's meetings on the same day).
Pure (used by _page_meeting_merge.merge_same_meeting)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from sources.adapters._page_dates import find_dates
from sources.adapters._page_words import meaningful, residue

if TYPE_CHECKING:
    from sources.adapters._page_schedule import Entry

# Words a heading over a list of meeting dates uses that tell no body from another ("Meeting schedule for 2022",
# "Upcoming meetings", "2027 dates"; "Board", "Commission": what kind of body, not which).
SCHEDULE_WORDS = frozenset(
    "meeting meetings schedule schedules calendar dates date upcoming future next coming regular for of the and in "
    "our all list year board boards commission council committee authority".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def _bare(entry: Entry) -> bool:
    """Only a date: no title, time, place or document of its own, and its line says nothing beside the date."""
    if entry.title or entry.time or entry.location or entry.links or entry.url:
        return False
    hits = find_dates(entry.text, year_hint=entry.day.year, today=entry.day)
    return bool(hits) and not meaningful(residue(entry.text, [(hit.start, hit.end) for hit in hits], []))


def _detailed(entry: Entry) -> bool:
    """A meeting told by more than its date: a document or a time of its own."""
    return bool(entry.links or entry.time)


def _names(heading: str | None) -> set[str]:
    """The words of a heading that may tell its body from another ("planning" of "Planning Board")."""
    return {word for word in _WORD.findall((heading or "").lower()) if word not in SCHEDULE_WORDS}


SHARED_PART = 4  # letters of a word found inside another's that make them one name


def _share(own: set[str], names: set[str]) -> bool:
    """Whether two headings share a naming word, or one's word holds the other's (a script that writes no spaces
    joins a name to what follows it: "アフリカンフェスティバルの感想" holds "アフリカンフェスティバル")."""
    return any(
        word == other or (min(len(word), len(other)) >= SHARED_PART and (word in other or other in word))
        for word in own
        for other in names
    )


def without_bare_twins(entries: list[Entry]) -> list[Entry]:
    """The entries without each bare date a detailed entry under another heading names again: the same day, and
    the headings do not name two bodies (the bare one's naming words, if any, share one with the detailed one's)."""
    detailed: dict[dt.date, dict[str | None, set[str]]] = {}  # per day, each heading once
    for entry in entries:
        if _detailed(entry) and entry.heading not in detailed.setdefault(entry.day, {}):
            detailed[entry.day][entry.heading] = _names(entry.heading)

    def twin(entry: Entry) -> bool:
        if not detailed.get(entry.day) or not _bare(entry):
            return False
        own = _names(entry.heading)
        return any(
            heading != entry.heading and (not own or _share(own, names))
            for heading, names in detailed[entry.day].items()
        )

    return [entry for entry in entries if not twin(entry)]
