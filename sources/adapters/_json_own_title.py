"""A record's own name, where the nested part whose name was taken as the title is missing (issue #13, feeds41).

An event record may hold a part of itself that has a name of its own: an orienteering event list's ``<Event>`` with
its ``<Name>`` and an ``<EventRace>`` (one per day of the event) with the race's ``<Name>``; a festival's item with
its ``<Performance><Name>``. The inferred title can fall on the nested name (the holder's word, "race", "event",
says event and earns it a point over the bare "Name"), and then a record without that part has no title at all
and is dropped: the cancelled event of an Eventor list, which has no race, was lost.

Where the title is a nested key that some records lack, and the records have a name of their own at their top
level (a title word, present in more of them), that own name is read where the nested one is missing. Nothing
changes where the nested name is read, nor where the title is the record's own key, nor where no own name exists.

Pure; the leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._json_fields import Sample, title_score

__all__ = ["OWN_TITLE", "with_own_title"]

OWN_TITLE = "; where that part is missing, the record's own name {path}"


def with_own_title(sample: Sample, spec: Any, evidence: str) -> tuple[Any, str]:
    """``spec`` with a fallback to the record's own name when the title is a nested key some records lack."""
    if not isinstance(spec, str) or "." not in spec:
        return spec, evidence
    title = sample.columns.get(spec)
    if title is None or title.share >= 1.0:
        return spec, evidence
    own = [
        column
        for column in sample.columns.values()
        if column.depth == 0 and column.share > title.share and title_score(column) > 0
    ]
    if not own:
        return spec, evidence
    best = max(own, key=title_score)
    return {"path": spec, "fallback": {"path": best.path}}, evidence + OWN_TITLE.format(path=best.path)
