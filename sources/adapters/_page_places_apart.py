"""One listing's rows of one title, day and time at two places are two events (left30). Pure.

A pub chain's list gives its quiz night twice for one Thursday at 20:00: "– The Crown, Oxford" and "– The Swan,
Witney". ``_page_meeting_merge.merge_same_meeting`` keeps one meeting per day, section, title and time (an agenda menu and
a minutes menu naming one meeting), so the Swan's quiz was merged into the Crown's. Two rows whose places are both
named and apart (neither's words stand inside the other's: ``_page_other_runs.halls_apart``) are two events: the
later row is kept out of the merge and put back in its place. Not: rows naming one place (or one naming none), a
place written more fully the second time ("The Crown" and "The Crown, Oxford"), rows at two times.
"""

from __future__ import annotations

from sources.adapters._page_meeting_merge import merge_same_meeting
from sources.adapters._page_other_runs import halls_apart
from sources.adapters._page_schedule import Entry


def _place(entry: Entry) -> str:
    return " ".join((entry.location or "").casefold().split())


def merge_places_apart(entries: list[Entry]) -> list[Entry]:
    """``merge_same_meeting``, keeping a row of one day, section, title and time at a place apart from an earlier
    one's a row of its own (see the module)."""
    seen: dict[tuple[object, ...], list[Entry]] = {}
    apart: set[int] = set()
    for entry in entries:
        key = (entry.day, entry.heading, entry.title or entry.qualifier, entry.time)
        earlier = seen.setdefault(key, [])
        if entry.time is not None and earlier and all(halls_apart(_place(other), _place(entry)) for other in earlier):
            apart.add(id(entry))
        earlier.append(entry)
    if not apart:
        return merge_same_meeting(entries)
    kept = {id(entry) for entry in merge_same_meeting([entry for entry in entries if id(entry) not in apart])}
    return [entry for entry in entries if id(entry) in kept or id(entry) in apart]
