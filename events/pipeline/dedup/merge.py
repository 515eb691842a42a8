"""The canonical field values of one cluster, taken from its most preferred records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from events.pipeline.dedup.clusters import _present, _rank
from events.pipeline.dedup.config import DEFAULT_CONFIG, DedupConfig
from events.pipeline.dedup.records import _node
from events.pipeline.dedup.times import night_slip
from events.pipeline.normalize import FIELDS

# Fields that only make sense together come from one record: a start with its own end and zone, a point's
# two coordinates, a price with its currency, a category with its subcategory and confidence.
FIELD_GROUPS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("start",), ("start", "end", "all_day", "timezone", "rrule")),
    (("latitude", "longitude"), ("latitude", "longitude")),
    (("price_min", "price_max"), ("price_min", "price_max", "currency")),
    (("category",), ("category", "subcategory", "category_confidence")),
)
MAX_TAGS = 20


def rank_records(records: Sequence[Mapping[str, Any]], *, config: DedupConfig = DEFAULT_CONFIG) -> list[int]:
    """Indexes of the records, preferred first: trust, source priority, completeness, first seen."""
    nodes = [_node(i, record, None, config) for i, record in enumerate(records)]
    return [node.index for node in sorted(nodes, key=lambda node: _rank(node, config))]


def _slipped_records(records: Sequence[Mapping[str, Any]], config: DedupConfig) -> set[int]:
    """The records (by id) whose start is another record's local time written as UTC, in the small hours as UTC
    (the link dedup makes for them): their start is not the event's, whatever their source's rank."""
    nodes = [_node(i, record, None, config) for i, record in enumerate(records)]
    slipped: set[int] = set()
    for node in nodes:
        if node.offset == 0 and any(other.offset and night_slip(node, other, config) for other in nodes):
            slipped.add(id(node.record))
    return slipped


def merge_fields(records: Sequence[Mapping[str, Any]], *, config: DedupConfig = DEFAULT_CONFIG) -> dict[str, Any]:
    """The canonical field values of one cluster: each field from the most preferred record that has it.
    Tags are the union, in preference order."""
    if not records:
        return {}
    ordered = [records[i] for i in rank_records(records, config=config)]
    merged: dict[str, Any] = dict(ordered[0])
    grouped = {field for _keys, group in FIELD_GROUPS for field in group}
    slipped = _slipped_records(records, config)
    for keys, group in FIELD_GROUPS:
        donors = [r for r in ordered if id(r) not in slipped] if keys == ("start",) else ordered
        donor = next((r for r in donors or ordered if any(_present(r.get(key)) for key in keys)), None)
        if donor is not None:
            merged.update({field: donor.get(field) for field in group})
    for field in FIELDS:
        if field not in grouped and field != "tags":
            merged[field] = next((r.get(field) for r in ordered if _present(r.get(field))), ordered[0].get(field))
    tags: list[str] = []
    for record in ordered:
        tags.extend(tag for tag in record.get("tags") or () if tag not in tags)
    merged["tags"] = tags[:MAX_TAGS]
    return merged
