"""Lists dated before the object that holds them (batch 23, APIs).

A ticketing platform's event answer wraps its ticket releases, each with a title and the moment it went on sale
(Tito's ``{"event": {"title", "start_date", "releases": [{"title", "start_at"}]}}``): two or more dated, titled
items, so the list outranked the one event holding it, and the sales read as events while the conference went
unread. A programme falls on or after its event's first day; what is dated before it (sales opening, deadlines,
registrations) is not what happens there. So a list whose every dated item begins on an earlier day than the
object around it, where that object reads as one event of its own, is no reading of events: the object is. Unless
an item has a place of its own: a sale has none, while sessions before an event's main day (a marathon's expo and
kids' race before the race) happen somewhere, and they are the reading.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from sources.adapters._json_mapping import read_moment, resolve

SAMPLE_ITEMS = 50  # the items compared: enough to see the list's pattern, few enough to stay cheap


def start_of(item: Mapping[str, Any], spec: Any) -> dt.datetime | dt.date | None:
    """One object's start as a reading's start spec reads it (its path or paths and formats; UTC where the
    value states no zone, which compares two values of one document alike)."""
    paths = spec.get("path") if isinstance(spec, Mapping) else spec
    formats = (spec.get("format") if isinstance(spec, Mapping) else None) or None
    formats = formats if isinstance(formats, list) else [formats]
    if isinstance(paths, str):
        value = resolve(item, paths)
    else:
        value = " ".join(str(part) for part in (resolve(item, path) for path in paths or []) if part not in (None, ""))
    if value in (None, "") or isinstance(value, list | Mapping):
        return None
    return next((moment for fmt in formats if (moment := read_moment(value, fmt, dt.UTC)) is not None), None)


def has_own_place(item: Mapping[str, Any], spec: Any) -> bool:
    """Whether a list reading's place spec (a path, paths, or a mapping with "path") reads a place in ``item``."""
    paths = spec.get("path") if isinstance(spec, Mapping) else spec
    paths = [paths] if isinstance(paths, str) else paths if isinstance(paths, list) else []
    return any(resolve(item, path) not in (None, "", [], {}) for path in paths if isinstance(path, str))


def day_of(moment: dt.datetime | dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def event_holding_earlier_list(
    objects: Iterator[tuple[str, Mapping[str, Any]]],
    items_path: str,
    item_mapping: Mapping[str, Any],
    one_event: Callable[[str, Mapping[str, Any]], Any],
) -> Any:
    """The reading of the first object (``objects``: path, object) that holds the list at ``items_path``, reads
    as one event without it (``one_event``: its reading or None) and begins on a later day than every item of the list whose
    start reads (``item_mapping``: the list reading's mapping); None when there is none, or when an item has a place
    of its own (a session, not a sale)."""
    for path, candidate in objects:
        if path and not items_path.startswith(f"{path}."):
            continue
        inner = items_path[len(path) :].lstrip(".")
        items = resolve(candidate, inner)
        if not isinstance(items, list):
            continue
        holder = inner.split(".", 1)[0]  # the object read without the list: its own title and start
        found = one_event(path, {key: value for key, value in candidate.items() if key != holder})
        own = start_of(candidate, found.config["mapping"]["start"]) if found is not None else None
        if own is None:
            continue
        sample = [item for item in items[:SAMPLE_ITEMS] if isinstance(item, Mapping)]
        if any(has_own_place(item, item_mapping.get("venue_name")) for item in sample):
            return None  # sessions happen somewhere; sales do not
        starts = [moment for item in sample if (moment := start_of(item, item_mapping["start"])) is not None]
        if starts and all(day_of(moment) < day_of(own) for moment in starts):
            return found
    return None
