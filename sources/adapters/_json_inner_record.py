"""The event inside a lone container: a schedule of one day, one room and one talk, written as XML writes a list of
one, a lone element (``<day><room><event>…</event></room></day>``). No list of talks is seen there, and the day,
the only list, reads as the records: its own start and end (the day's, 01:00 to 22:59) with a title read through
"room.event.title". A conference schedule (the frab/pretalx export) of one talk was one "event" spanning the day.

When the records' title is read through nested objects (no list element crossed) and the object holding the title
reads as an event by its own fields (a title and a start of its own), that object is the event when the record
spans it: the record's own start and end hold the nested object's start, as a day or a conference holds its talks.
It is read with its containers' fields (the room's name under ``^``), as a nested list is. A record whose span does
not hold the nested start (a performance naming the run it belongs to, the 1st to the 10th) is kept: the run is
not the event of that evening. A nested object without a start of its own (a screening's film) is no event.

Only starts and ends written as ISO 8601 instants are compared; any other record is kept as it was read. Pure;
the leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from sources.adapters._json_mapping import resolve
from sources.adapters._json_nested import MARK, NESTED_SAMPLE, nested_items, own_start

if TYPE_CHECKING:
    from sources.adapters._json_infer import Inference

EVIDENCE = "the records' title is read through {inner}, which reads as an event within each record's span: read there"


def inner_record(
    data: Any, best: Inference, read_list: Callable[[str, list[dict[str, Any]]], Inference | None]
) -> Inference:
    """``best``, or the reading of the objects its title is read through when each record spans them (above).
    ``read_list(path, items)``: the inference of a list of objects (``_json_infer.infer_list``)."""
    config = best.config
    mapping = config["mapping"]
    title = mapping.get("title")
    if "join" in config or not isinstance(title, str) or title.startswith(MARK):
        return best
    parts = title.split(".")
    if len(parts) < 2 or any(part.isdigit() or part == "*" for part in parts):
        return best
    inner = ".".join(parts[:-1])
    span = _paths(mapping.get("start")), _paths(mapping.get("end"))
    if not all(len(paths) == 1 for paths in span) or any(_within(paths[0], inner) for paths in span):
        return best  # a start and an end of the record's own, each one field, outside the object
    path = f"{config['items']}.{inner}" if config["items"] else inner
    records = nested_items(data, config["items"], NESTED_SAMPLE)
    objects = nested_items(data, path, NESTED_SAMPLE)
    if not records or len(objects) != len(records):
        return best
    found = read_list(path, objects)
    if found is None or not own_start(found.config["mapping"]):
        return best
    inner_start = _paths(found.config["mapping"].get("start"))
    if len(inner_start) != 1 or inner_start[0].startswith(MARK):
        return best
    for record, thing in zip(records, objects, strict=True):
        begins, ends = _instant(resolve(record, span[0][0])), _instant(resolve(record, span[1][0]))
        at = _instant(resolve(thing, inner_start[0]))
        if begins is None or ends is None or at is None or not begins <= at <= ends:
            return best
    found.config["parents"] = True
    found.evidence.insert(1, EVIDENCE.format(inner=inner))
    return found


def _paths(spec: Any) -> list[str]:
    paths = spec.get("path") if isinstance(spec, Mapping) else spec
    paths = [paths] if isinstance(paths, str) else list(paths or [])
    return [path for path in paths if isinstance(path, str)]


def _within(path: str, inner: str) -> bool:
    return path == inner or path.startswith(inner + ".")


def _instant(value: Any) -> dt.datetime | None:
    """An ISO 8601 instant with its offset; None for anything else (a bare date, a clock, a number)."""
    if not isinstance(value, str) or "T" not in value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else None
