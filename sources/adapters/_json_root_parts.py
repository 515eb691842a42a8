"""A document that is one event dated by the first of its parts: the parts, for the inference (``_json_infer``).

A federation's API answers for one dance sport event (held-out batch 79) with the event itself at the top: its
title, its days ("datumVon", "datumBis"), its venue, and under "turniere" the tournaments it holds, each on its day
at its own start time ("startzeitPlan": "09:15") with no name of its own ("titel": null). Read as one record, the
document's start is its first day at the first tournament's clock ("datumVon" + "turniere.0.startzeitPlan"), the
shape the inference already reads as a record and its sessions when the record sits in a list (``_json_infer.
_nested_readings``: "date" + "sessions.0.time", each session read with its container's fields and titled by its
name, ``_as_occurrences``). At the top of the document there was no list around it, and the document was not taken
as one event either (its keys are German), so nothing was read.

Here the document itself is that record: a list of objects directly under it, whose first element's field dates the
document as read alone, is read as the document's parts, each with the document's fields (under "^": its title, its
place), when the parts' start is their own (not the document's date alone). Only where no list of the document reads
as events by itself (the caller's condition): a list of named events beside the document's own date is read as
before.

Not: a document whose start is wholly its list's first element's (Drupal's "field_scores.0.value": the record's own
dates or readings, heldout24's, read by the list's key's name elsewhere), a document dated by its own fields alone (a meeting holding its "attachments" or "tickets": the list's first
element does not date it), parts whose day is the document's (a programme's "Doors" at 19:00 and "Show" at 20:00 of
one evening: steps of the one event, not events of their own), a list whose elements hold no date of their own, a
list nested deeper (the nested readings' own).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from sources.adapters._json_nested import MARK, NESTED_SAMPLE, nested_items, own_start

if TYPE_CHECKING:
    from sources.adapters._json_infer import Inference

MAX_OWN_KEYS = 200  # keys of the document looked at: a hostile document cannot make the inference slow
ROOT_PARTS = (
    "each item one part of the document's own event, dated by the first of them, read with its fields (under ^)"
)

Reader = Callable[[str, list[Any]], "Inference | None"]


def root_parts(
    data: Any, read: Reader, read_parts: Reader, dated_by_first: Callable[[Inference | None, str], bool]
) -> Iterator[Inference]:
    """Readings of the lists directly under a document that, read as one record (``read``), is dated by the first
    element of that list: each element with the document's fields, read by ``read_parts`` (see the module)."""
    if not isinstance(data, Mapping):
        return
    lists = [
        key
        for key, value in list(data.items())[:MAX_OWN_KEYS]
        if isinstance(key, str) and "." not in key and isinstance(value, list) and _objects(value)
    ]
    if not lists:
        return
    around = read("", [data])
    for key in lists:
        if not dated_by_first(around, key) or not _own_day(around.config["mapping"] if around else {}, key):
            continue
        found = read_parts(key, nested_items(data, key, NESTED_SAMPLE))
        if found is None or not _own_day(found.config["mapping"]):
            continue
        found.config["parents"] = True
        found.evidence.insert(1, ROOT_PARTS)
        yield found


def _start_paths(mapping: Mapping[str, Any]) -> list[Any]:
    spec = mapping.get("start")
    paths = spec.get("path") if isinstance(spec, Mapping) else spec
    return [paths] if isinstance(paths, str) else list(paths or [])


def _own_day(mapping: Mapping[str, Any], inside: str | None = None) -> bool:
    """Whether a start is read from a day of its own. For the parts (``inside`` None): their day as well as their
    clock (a tournament on its day of the event), not a clock on the document's day (a programme's "Doors" and "Show"
    of one evening). For the document (``inside`` its list's key): its own day beside the first part's clock
    ("datumVon" + "turniere.0.startzeitPlan"), not a start wholly the first element's ("field_scores.0.value": a
    list of the record's own dates or readings, which ``_json_infer._dates_readings`` reads by its key's name)."""
    paths = _start_paths(mapping)
    if inside is not None:
        return any(isinstance(path, str) and not path.startswith(f"{inside}.") for path in paths)
    return own_start(mapping) and all(isinstance(path, str) and not path.startswith(MARK) for path in paths)


def _objects(value: list[Any]) -> bool:
    """Whether a list holds objects (its first few elements, at least one of them)."""
    return any(isinstance(element, Mapping) for element in value[:NESTED_SAMPLE])
