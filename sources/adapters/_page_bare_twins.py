"""A page that lists its coming meetings as bare dates ("Commission Meeting Schedule for 2019": "January 24, 2019",
"April 25, 2019") and details the same meetings elsewhere (a table row "January 24, 2019 Regular/Annual Meeting"
with its agenda): each bare date whose day a detailed entry has is that meeting named twice, not a second one.
Pure (used by _page_schedule.merge_same_meeting)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sources.adapters._page_dates import find_dates
from sources.adapters._page_words import meaningful, residue

if TYPE_CHECKING:
    from sources.adapters._page_schedule import Entry


def _bare(entry: Entry) -> bool:
    """Only a date: no title, time, place or document of its own, and its line says nothing beside the date."""
    if entry.title or entry.time or entry.location or entry.links or entry.url:
        return False
    hits = find_dates(entry.text, year_hint=entry.day.year, today=entry.day)
    return bool(hits) and not meaningful(residue(entry.text, [(hit.start, hit.end) for hit in hits], []))


def _detailed(entry: Entry) -> bool:
    """A meeting told by more than its date: a document or a time of its own."""
    return bool(entry.links or entry.time)


def without_bare_twins(entries: list[Entry]) -> list[Entry]:
    """The entries without each bare date of a day a detailed entry under another heading also has."""
    detailed = {(entry.day, entry.heading) for entry in entries if _detailed(entry)}
    days = {day for day, _ in detailed}
    return [
        entry
        for entry in entries
        if not (_bare(entry) and entry.day in days and (entry.day, entry.heading) not in detailed)
    ]
