"""Lookups of a batch's write step: the listings its records already have, their venues, organizers and areas.

Missing venues and organizers are created here (one statement each, conflicts ignored: another batch may
create the same one concurrently), so the create, update and link steps only ever see ids.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from events.models import EventListing, Organizer, Venue
from events.pipeline.geo import containing
from events.services.writing.fields import event_fields, record_city, slug_of

if TYPE_CHECKING:
    from events.services.processing import Item
    from events.services.state import PipelineState


@dataclasses.dataclass(frozen=True, slots=True)
class Lookups:
    """What the batch's records refer to, by the keys records carry."""

    state: PipelineState
    venues: Mapping[tuple[int | None, str], int]
    organizers: Mapping[str, int]

    def fields(self, item: Item, record: Mapping[str, Any] | None = None) -> dict[str, Any]:
        """The event field values of ``record`` (the item's own by default), ids resolved."""
        return event_fields(
            item.record if record is None else record,
            state=self.state,
            venues=self.venues,
            organizers=self.organizers,
            city_fallback=item.source.city_id,
        )


def look_up(items: list[Item], *, state: PipelineState) -> Lookups:
    """Venues and organizers of ``items``, the missing ones created."""
    return Lookups(state=state, venues=venues(items, state=state), organizers=organizers(items))


def own_listings(items: Iterable[Item]) -> dict[tuple[int, str], tuple[int, bool]]:
    """(event id, is primary) of the listings the batch's records already have."""
    keys = {(item.source.id, item.external_id) for item in items}
    # Array parameters (events/lookups.py), not an IN list of the batch's hundreds of external ids; the ids are staged
    # rows' own (the same 500-character column), so the array's cast to the column's type changes none of them.
    rows = EventListing.objects.filter(
        source_id__any={source for source, _ in keys}, external_id__any={external for _, external in keys}
    ).values_list("source_id", "external_id", "event_id", "is_primary")
    return {
        (source, external): (event, primary) for source, external, event, primary in rows if (source, external) in keys
    }


def venues(items: Iterable[Item], *, state: PipelineState) -> dict[tuple[int | None, str], int]:
    """Venue ids by (city, slug), creating the missing ones in one statement."""
    wanted: dict[tuple[int | None, str], dict[str, Any]] = {}
    for item in items:
        record = item.record
        slug = slug_of(record.get("venue_name"))
        if slug and not record.get("venue_id"):
            key = (record_city(record, item.source.city_id), slug)
            wanted.setdefault(key, record)
    if not wanted:
        return {}
    existing = _venue_ids(wanted)
    missing = [
        Venue(city_id=city, slug=slug, name=record["venue_name"][:200], address=(record.get("address") or "")[:300],
              latitude=record.get("latitude"), longitude=record.get("longitude"), area_id=area(city, record, state=state))
        for (city, slug), record in wanted.items()
        if (city, slug) not in existing
    ]  # fmt: skip
    if missing:
        Venue.objects.bulk_create(missing, ignore_conflicts=True)
        existing = _venue_ids(wanted)
    return existing


def area(city_id: int | None, record: Mapping[str, Any], *, state: PipelineState) -> int | None:
    """The neighbourhood whose circle contains the venue (Indiranagar in Bengaluru), if any."""
    found = containing(record.get("latitude"), record.get("longitude"), state.areas.get(city_id or 0, []))
    return found.id if found else None


def _venue_ids(wanted: Mapping[tuple[int | None, str], Any]) -> dict[tuple[int | None, str], int]:
    rows = Venue.objects.filter(slug__in={slug for _, slug in wanted}).values_list("city_id", "slug", "id")
    return {(city, slug): pk for city, slug, pk in rows if (city, slug) in wanted}


def organizers(items: Iterable[Item]) -> dict[str, int]:
    """Organizer ids by slug, creating the missing ones in one statement."""
    names = {slug_of(name): name for item in items if (name := item.record.get("organizer"))}
    names.pop("", None)
    if not names:
        return {}
    Organizer.objects.bulk_create(
        [Organizer(slug=slug, name=name[:200]) for slug, name in names.items()], ignore_conflicts=True
    )
    return dict(Organizer.objects.filter(slug__in=names).values_list("slug", "id"))
