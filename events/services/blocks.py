"""Cutting pending staged records into batches that touch few (city, day) blocks.

A batch locks and reads every block its records fall in (locks.py, state.nearby_events). Cut from a feed
in its own order, every batch covers nearly every block: concurrent batches then wait on each other's
locks and each reads almost every event in the database. Ordered by block first, a batch covers a few
days of one city, so batches run side by side and read little.

The block here is a cheap guess from the raw record (its city name, else its source's city, and the date
its start is written with): it only decides batching. Correctness stays with the locks, which use the
normalized record.

Sources take the cities in turn from a different city (by source id), so that the batches of several
sources queued together, which workers take alternately, start in different cities rather than all in
the first one.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from django.conf import settings

from events.models import StagedEvent

# (staged id, source id, city label, day label): what ordering needs to know of one record.
Entry = tuple[int, int, str, str]


def block_label(raw: Mapping[str, Any], *, source_city_id: int | None) -> tuple[str, str]:
    """The (city, day) a raw record most likely falls in, as labels only comparable with each other."""
    city = raw.get("city")
    label = city.strip().casefold() if isinstance(city, str) and city.strip() else f"#{source_city_id or ''}"
    start = raw.get("start")
    # ISO text: its first ten characters are the local date the source wrote.
    return label, start[:10] if isinstance(start, str) else ""


def ids_by_block(entries: Iterable[Entry]) -> list[int]:
    """The staged ids ordered by (city, day), each source starting from its own city."""
    rows = list(entries)
    cities = sorted({city for _pk, _source, city, _day in rows})
    if len(cities) <= 1 and len({day for *_rest, day in rows}) <= 1:
        return [pk for pk, *_rest in rows]
    rank = {city: index for index, city in enumerate(cities)}
    count = len(cities)
    rows.sort(key=lambda row: ((rank[row[2]] + row[1]) % count, row[3], row[0]))
    return [pk for pk, *_rest in rows]


def staged_ids_by_block(*, staged_event_ids: Sequence[int]) -> list[int]:
    """``staged_event_ids`` (any order) ordered by block, read from their raw records in one query."""
    ids = list(dict.fromkeys(staged_event_ids))
    if len(ids) <= 1:
        return ids
    rows = StagedEvent.objects.filter(pk__any=ids).values_list(  # one array parameter (events/lookups.py)
        "pk", "source_id", "raw__city", "raw__start", "source__city_id"
    )
    found = {
        pk: (pk, source_id, *block_label({"city": city, "start": start}, source_city_id=source_city))
        for pk, source_id, city, start, source_city in rows
    }
    ordered = ids_by_block(found.values())
    # Ids that no longer exist are kept (at the end): the pipeline skips them, the caller asked for them.
    return ordered + [pk for pk in ids if pk not in found]


def batches_by_block(*, staged_event_ids: Sequence[int], size: int | None = None) -> list[list[int]]:
    """The ids cut into batches of ``size`` (PIPELINE_BATCH_SIZE), ordered by block when there are several."""
    size = size or settings.PIPELINE_BATCH_SIZE
    ids = list(staged_event_ids)
    if len(ids) > size:
        ids = staged_ids_by_block(staged_event_ids=ids)
    return [ids[start : start + size] for start in range(0, len(ids), size)]
