"""A record that begins when its first child begins is a container of events, not an event.

A tournament holding its matches, a festival day holding its sets, a series holding its sessions: the outer record
reads as an event by its own fields (a name, a "begin_at"), but its start is only the first of its children's, under
the same key ("begin_at": "2021-02-15T08:00:00Z" on the group stage and on its first match). Read as one event, the
group stage hides the five matches it holds. ``spans_children`` says so, from the document alone: for every outer
record that holds the nested list, the record's start value is, verbatim, the earliest of its children's values
under the same key, and at least one record holds children at two or more different values (it spans them).

Not: an event holding its ticket types or reminders (their "begin_at" is a sale's or a reminder's, never the event's
own), a record whose start comes before its children's (an event and its later workshops), one child at the
container's start only (a one-session event: nothing spans), a start read through a list or under another key, a
list of slots or windows ("volunteerSlots", "parking_slots", "timeSlots": a festival's shifts from its opening hour
are not events it holds; a booking period's own windows are ``_json_windows``').

The start may be one object of parts (batch 78: a conference platform writes ``"startDate": {"date": "2011-06-23",
"tz": "Europe/Zurich", "time": "08:00:00"}`` on a meeting and on each of its "contributions"): the mapping's paths
into that one key ("startDate.date", "startDate.time") are read on the record and on each child and joined, so the
meeting that begins with its first talk is their container. Not: paths into two keys ("date" + "time" of the record
beside "day.time"), paths deeper than one object.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from sources.adapters._json_mapping import resolve
from sources.adapters._json_one_event import through_list
from sources.adapters._json_shapes import words
from sources.adapters._json_windows import WINDOW_WORDS

if TYPE_CHECKING:
    from sources.adapters._json_infer import Inference

__all__ = ["reads_by_own_fields"]

MAX_RECORDS = 50  # outer records looked at


def reads_by_own_fields(data: Any, around: Inference, path: str) -> bool:
    """Whether the outer reading ``around`` reads its records as events by their own fields (not through a list
    element) and they are not mere containers of the records of the nested list at ``path``."""
    mapping = around.config["mapping"]
    if any(through_list(mapping[key]) for key in ("title", "start")):
        return False
    return not spans_children(data, around, path)


def spans_children(data: Any, around: Inference, path: str) -> bool:
    """Whether each outer record's start is the earliest of its children's under the same key (see the module)."""
    keys = _start_paths(around.config["mapping"]["start"])
    outer = around.config["items"]
    inner = path[len(outer) :].lstrip(".") if path.startswith(outer) else ""
    records = resolve(data, outer)
    if not keys or not inner or "." in inner or not isinstance(records, list):
        return False
    if set(words(inner)) & WINDOW_WORDS:
        return False  # shifts, parking or booking windows: slots of something, not the events a record holds
    spanning = False
    held = 0
    for record in records[:MAX_RECORDS]:
        children = record.get(inner) if isinstance(record, Mapping) else None
        if not isinstance(children, list) or not children:
            continue
        values = [_start_value(child, keys) for child in children]
        texts = [value for value in values if value]
        if len(texts) < len(values) or _start_value(record, keys) != min(texts):
            return False  # a child without the key's text, or a record that begins before (or after) its first
        held += 1
        spanning = spanning or len(set(texts)) > 1
    return held > 0 and spanning


def _start_paths(spec: Any) -> list[str]:
    """The start's paths when they all read one key of the record: the key itself ("begin_at"), or parts of one
    object under it ("startDate.date", "startDate.time"); else none."""
    paths = spec.get("path") if isinstance(spec, Mapping) else spec
    paths = [paths] if isinstance(paths, str) else paths
    if not isinstance(paths, list) or not paths or not all(isinstance(each, str) and each for each in paths):
        return []
    if len(paths) == 1 and "." not in paths[0]:
        return paths
    parts = [each.split(".") for each in paths]
    if any(len(each) != 2 for each in parts) or len({each[0] for each in parts}) != 1:
        return []
    return paths


def _start_value(record: object, keys: list[str]) -> str | None:
    """The record's start as written under the start's paths, its parts joined; None where a part is no text."""
    if not isinstance(record, Mapping):
        return None
    values = [resolve(record, key) for key in keys]
    if not all(isinstance(value, str) and value for value in values):
        return None
    return " ".join(values)
