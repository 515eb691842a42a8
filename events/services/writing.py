"""Writing a processed batch: venues, organizers, canonical events and their listings, in bulk.

Per batch: existing listings are updated in place (never fields a moderator edited; a moved start is a
rescheduling); new records create canonical events whose fields come from the best record of their
cluster (primary sources over aggregators); duplicates become listings of the event they duplicate
("also listed at"), taking it over only when their source outranks the one it shows.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.utils.text import slugify

from events.models import Event, EventListing, EventStatus, Organizer, Venue
from events.pipeline.dedup import merge_fields
from events.pipeline.geo import containing
from events.pipeline.normalize import parse_moment
from events.services.bulk import bulk_update_rows
from events.zones import zone_or_utc

if TYPE_CHECKING:
    from events.services.processing import Item
    from events.services.state import PipelineState

TRUST_RANK = {"official": 3, "trusted": 2, "standard": 1, "untrusted": 0}
MODERATION = {"publish": Event.ModerationStatus.PUBLISHED, "hold": Event.ModerationStatus.HELD}
FINAL_MODERATION = frozenset({Event.ModerationStatus.REJECTED})
# Filled from a duplicate listing when the event lacks them.
FILLABLE = ("description", "image_url", "ticket_url", "url", "venue", "venue_name", "address", "latitude", "longitude",
            "price_min", "price_max", "currency", "organizer")  # fmt: skip
EVENT_FIELDS = (
    "title", "slug", "description", "start", "end", "all_day", "timezone", "city", "venue", "venue_name", "address",
    "latitude", "longitude", "organizer", "url", "ticket_url", "image_url", "cost_type", "price_min", "price_max",
    "currency", "status", "sold_out", "online", "rrule", "source_category", "category", "subcategory",
    "category_confidence", "category_method", "tags", "quality_score",
)  # fmt: skip
LISTING_UPDATE = ("event", "url", "last_seen_at", "is_primary", "similarity")


def span(record: Mapping[str, Any], zone: zoneinfo.ZoneInfo) -> tuple[dt.datetime, dt.datetime | None]:
    """Start and end as aware datetimes. All-day events run from local midnight to the midnight after."""
    start, end = parse_moment(record["start"]), parse_moment(record.get("end"))
    if start is None:
        raise ValueError(f"start {record.get('start')!r} was not normalized")
    if not isinstance(start, dt.datetime):
        last_day = end if isinstance(end, dt.date) and not isinstance(end, dt.datetime) else start
        return (
            dt.datetime.combine(start, dt.time.min, tzinfo=zone),
            dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time.min, tzinfo=zone),
        )
    return start, end if isinstance(end, dt.datetime) and end >= start else None


def _money(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(round(float(value), 2)))


def _rank(trust_level: str, priority: int) -> tuple[int, int]:
    return TRUST_RANK.get(trust_level, 0), priority


class EventWriter:
    def __init__(self, *, state: PipelineState, now: dt.datetime) -> None:
        self.state = state
        self.now = now

    def write(self, items: list[Item]) -> None:
        live = [item for item in items if item.decision and item.decision.action != "reject"]
        if not live:
            return
        own = self._own_listings(live)
        venues = self._venues(live)
        organizers = self._organizers(live)
        batch = {f"{item.source.slug}:{item.external_id}": item for item in live}
        members: dict[str, list[Item]] = {}  # cluster → its in-batch duplicates, for the canonical's fields
        for item in live:
            if item.decision and item.decision.action == "link" and item.dedup is not None:
                members.setdefault(item.dedup.cluster, []).append(item)
        creates: list[tuple[Item, dict[str, Any]]] = []
        updates: list[tuple[Item, int]] = []
        links: list[tuple[Item, str]] = []
        for item in live:
            action = item.decision.action if item.decision else "reject"
            listed = own.get((item.source.id, item.external_id))
            if listed is not None and listed[1]:
                updates.append((item, listed[0]))
            elif listed is not None:
                # A secondary listing re-fetched: it may fill blanks or take over by rank, never overwrite
                # the primary source's fields (the link path's rules), and it stays secondary otherwise.
                links.append((item, f"event:{listed[0]}"))
            elif action == "link" and item.dedup is not None:
                links.append((item, item.dedup.cluster))
            else:
                creates.append(
                    (
                        item,
                        self._fields(
                            self._merged(item, members), venues, organizers, city_fallback=item.source.city_id
                        ),
                    )
                )
        self._create(creates)
        self._update(updates, venues, organizers)
        self._link(links, batch, venues, organizers)

    # --- lookups -------------------------------------------------------------------------------
    @staticmethod
    def _own_listings(items: Iterable[Item]) -> dict[tuple[int, str], tuple[int, bool]]:
        """(event id, is primary) of the listings the batch's records already have."""
        keys = {(item.source.id, item.external_id) for item in items}
        rows = EventListing.objects.filter(
            source_id__in={source for source, _ in keys}, external_id__in={external for _, external in keys}
        ).values_list("source_id", "external_id", "event_id", "is_primary")
        return {
            (source, external): (event, primary)
            for source, external, event, primary in rows
            if (source, external) in keys
        }

    def _venues(self, items: Iterable[Item]) -> dict[tuple[int | None, str], int]:
        """Venue ids by (city, slug), creating the missing ones in one statement."""
        wanted: dict[tuple[int | None, str], dict[str, Any]] = {}
        for item in items:
            record = item.record
            slug = slugify(record.get("venue_name") or "", allow_unicode=True)[:200]
            if slug and not record.get("venue_id"):
                key = (record.get("city_id") or item.source.city_id, slug)
                wanted.setdefault(key, record)
        if not wanted:
            return {}
        existing = self._venue_ids(wanted)
        missing = [
            Venue(city_id=city, slug=slug, name=record["venue_name"][:200], address=(record.get("address") or "")[:300],
                  latitude=record.get("latitude"), longitude=record.get("longitude"), area_id=self._area(city, record))
            for (city, slug), record in wanted.items()
            if (city, slug) not in existing
        ]  # fmt: skip
        if missing:
            Venue.objects.bulk_create(missing, ignore_conflicts=True)
            existing = self._venue_ids(wanted)
        return existing

    def _area(self, city_id: int | None, record: Mapping[str, Any]) -> int | None:
        """The neighbourhood whose circle contains the venue (Indiranagar in Bengaluru), if any."""
        area = containing(record.get("latitude"), record.get("longitude"), self.state.areas.get(city_id or 0, []))
        return area.id if area else None

    @staticmethod
    def _venue_ids(wanted: Mapping[tuple[int | None, str], Any]) -> dict[tuple[int | None, str], int]:
        rows = Venue.objects.filter(slug__in={slug for _, slug in wanted}).values_list("city_id", "slug", "id")
        return {(city, slug): pk for city, slug, pk in rows if (city, slug) in wanted}

    @staticmethod
    def _organizers(items: Iterable[Item]) -> dict[str, int]:
        names = {
            slugify(name, allow_unicode=True)[:200]: name for item in items if (name := item.record.get("organizer"))
        }
        names.pop("", None)
        if not names:
            return {}
        Organizer.objects.bulk_create(
            [Organizer(slug=slug, name=name[:200]) for slug, name in names.items()], ignore_conflicts=True
        )
        return dict(Organizer.objects.filter(slug__in=names).values_list("slug", "id"))

    # --- field values --------------------------------------------------------------------------
    def _merged(self, item: Item, members: Mapping[str, list[Item]]) -> dict[str, Any]:
        """The canonical record's fields: the best of its in-batch duplicates (primary sources first)."""
        duplicates = members.get(f"{item.source.slug}:{item.external_id}", [])
        if not duplicates:
            return item.record
        views = [
            {**member.record, "source": member.source.slug, "adapter": member.source.adapter,
             "trust_level": member.source.trust_level, "first_seen": member.first_seen.isoformat()}
            for member in (item, *duplicates)
        ]  # fmt: skip
        return {**item.record, **merge_fields(views, config=self.state.dedup_config)}

    def _fields(
        self,
        record: Mapping[str, Any],
        venues: Mapping[Any, int],
        organizers: Mapping[str, int],
        *,
        city_fallback: int | None,
    ) -> dict[str, Any]:
        city: Mapping[str, Any] = self.state.cities.get(record.get("city_id") or city_fallback or 0) or {}
        zone_name = record.get("timezone") or city.get("timezone")
        zone = zone_or_utc(zone_name)
        start, end = span(record, zone)
        # A record no city matched belongs to its source's city (as _venues keyed its venue).
        city_id = record.get("city_id") or city_fallback
        venue_slug = slugify(record.get("venue_name") or "", allow_unicode=True)[:200]
        ids = self.state.category_ids
        return {
            "title": record["title"][:300],
            "slug": slugify(record["title"], allow_unicode=True)[:300] or "event",
            "description": record.get("description") or "",
            "start": start,
            "end": end,
            "all_day": bool(record.get("all_day")),
            "timezone": zone.key,
            "city": city_id,
            "venue": record.get("venue_id") or venues.get((city_id, venue_slug)),
            "venue_name": (record.get("venue_name") or "")[:200],
            "address": (record.get("address") or "")[:300],
            "latitude": record.get("latitude"),
            "longitude": record.get("longitude"),
            "organizer": organizers.get(slugify(record.get("organizer") or "", allow_unicode=True)[:200]),
            "url": record.get("url") or "",
            "ticket_url": record.get("ticket_url") or "",
            "image_url": record.get("image_url") or "",
            "cost_type": record.get("cost_type") or "unknown",
            "price_min": _money(record.get("price_min")),
            "price_max": _money(record.get("price_max")),
            "currency": record.get("currency") or "",
            "status": record.get("status") or EventStatus.SCHEDULED,
            "sold_out": bool(record.get("sold_out")),
            "online": bool(record.get("online")),
            "rrule": (record.get("rrule") or "")[:500],
            "source_category": (record.get("source_category") or "")[:300],
            "category": ids.get(record.get("category") or ""),
            "subcategory": ids.get(record.get("subcategory") or ""),
            "category_confidence": record.get("category_confidence"),
            "category_method": record.get("category_method") or "",
            "tags": record.get("tags") or [],
            "quality_score": record.get("quality_score"),
        }

    # --- writes --------------------------------------------------------------------------------
    def _create(self, creates: list[tuple[Item, dict[str, Any]]]) -> None:
        if not creates:
            return
        events = []
        for item, fields in creates:
            fields = {**fields, "quality_score": item.quality_score}
            published = item.decision is not None and item.decision.action == "publish"
            events.append(
                Event(
                    **{f"{name}_id" if name in ("city", "venue", "organizer", "category", "subcategory") else name: value
                       for name, value in fields.items()},
                    moderation_status=MODERATION["publish" if published else "hold"],
                    published_at=self.now if published else None,
                    verification=Event.Verification.SOURCE if item.source.trust_level in ("trusted", "official") else Event.Verification.UNVERIFIED,
                )
            )  # fmt: skip
        Event.objects.bulk_create(events, batch_size=500)
        listings = []
        for (item, fields), event in zip(creates, events, strict=True):
            item.event_id = event.pk
            listings.append(self._listing(item, event.pk, primary=True, url=fields["url"]))
        self._upsert_listings(listings)

    def _update(
        self, updates: list[tuple[Item, int]], venues: Mapping[Any, int], organizers: Mapping[str, int]
    ) -> None:
        if not updates:
            return
        current = {
            row["id"]: row
            for row in Event.objects.filter(pk__in=[event_id for _, event_id in updates]).values(
                "id", "start", "status", "edited_fields", "moderation_status", "published_at", *[
                    f"{name}_id" if name in ("city", "venue", "organizer", "category", "subcategory") else name
                    for name in EVENT_FIELDS]
            )
        }  # fmt: skip
        rows, listings = [], []
        for item, event_id in updates:
            row = current.get(event_id)
            if row is None:
                continue
            fields = self._fields(item.record, venues, organizers, city_fallback=item.source.city_id)
            fields["quality_score"] = item.quality_score
            rows.append(self._updated_row(row, fields, item))
            item.event_id = event_id
            listings.append(self._listing(item, event_id, primary=True, url=fields["url"]))
        bulk_update_rows(Event, rows, [*EVENT_FIELDS, "moderation_status", "published_at", "updated_at"])
        self._upsert_listings(listings)

    def _updated_row(self, row: Mapping[str, Any], fields: Mapping[str, Any], item: Item) -> dict[str, Any]:
        edited = set(row["edited_fields"] or ())
        new = {"pk": row["id"]}
        for name in EVENT_FIELDS:
            key = f"{name}_id" if name in ("city", "venue", "organizer", "category", "subcategory") else name
            new[name] = row[key] if name in edited else fields[name]
        moved = row["start"] != fields["start"]
        # A start that moves, on an event the source still calls scheduled, is a rescheduling; it stays one.
        if (
            fields["status"] == EventStatus.SCHEDULED
            and not {"status", "start"} & edited
            and (moved or row["status"] == EventStatus.RESCHEDULED)
        ):
            new["status"] = EventStatus.RESCHEDULED
        moderation = row["moderation_status"]
        action = item.decision.action if item.decision else "hold"
        if moderation not in FINAL_MODERATION:
            moderation = MODERATION.get(action, moderation)
        new["moderation_status"] = moderation
        new["published_at"] = row["published_at"] or (
            self.now if moderation == Event.ModerationStatus.PUBLISHED else None
        )
        new["updated_at"] = self.now
        return new

    def _link(
        self,
        links: list[tuple[Item, str]],
        batch: Mapping[str, Item],
        venues: Mapping[Any, int],
        organizers: Mapping[str, int],
    ) -> None:
        if not links:
            return
        targets: dict[int, Item] = {}
        listings = []
        for item, cluster in links:
            if cluster.startswith("event:"):
                event_id: int | None = int(cluster.removeprefix("event:"))
            else:
                canonical = batch.get(cluster)
                event_id = canonical.event_id if canonical else None
            if event_id is None:
                continue
            item.event_id = event_id
            best = targets.get(event_id)
            # Several records of one event in a batch: the highest-ranked one speaks for them.
            if best is None or _rank(item.source.trust_level, item.source.priority) > _rank(
                best.source.trust_level, best.source.priority
            ):
                targets[event_id] = item
            listings.append(self._listing(item, event_id, primary=False, url=item.record.get("url") or ""))
        self._upsert_listings(listings)
        self._enrich(targets, venues, organizers)

    def _enrich(self, targets: Mapping[int, Item], venues: Mapping[Any, int], organizers: Mapping[str, int]) -> None:
        """An existing event gains what a duplicate knows and it lacks; a higher-ranked source takes it over."""
        primaries = {
            row["event_id"]: row
            for row in EventListing.objects.filter(event_id__in=list(targets), is_primary=True).values(
                "event_id", "source__trust_level", "source__priority", "source_id"
            )
        }
        events = {
            row["id"]: row
            for row in Event.objects.filter(pk__in=list(targets)).values("id", "edited_fields", *FILLABLE_COLUMNS)
        }
        rows = []
        takeovers: list[tuple[int, int, str]] = []
        for event_id, item in targets.items():
            event, primary = events.get(event_id), primaries.get(event_id)
            if event is None:
                continue
            fields = self._fields(item.record, venues, organizers, city_fallback=item.source.city_id)
            edited = set(event["edited_fields"] or ())
            outranks = primary is None or _rank(item.source.trust_level, item.source.priority) > _rank(
                primary["source__trust_level"], primary["source__priority"]
            )
            row: dict[str, Any] = {"pk": event_id}
            for name in FILLABLE:
                column = f"{name}_id" if name in ("venue", "organizer") else name
                have = event[column]
                row[name] = (
                    fields[name]
                    if name not in edited and (outranks or have in (None, "")) and fields[name] not in (None, "")
                    else have
                )
            rows.append(row)
            if outranks and primary is not None:
                takeovers.append((event_id, item.source.id, item.external_id))
        bulk_update_rows(Event, rows, list(FILLABLE))
        _make_primary(takeovers)

    def _listing(self, item: Item, event_id: int, *, primary: bool, url: str) -> EventListing:
        return EventListing(
            event_id=event_id,
            source_id=item.source.id,
            external_id=item.external_id,
            url=url[:1000],
            is_primary=primary,
            similarity=item.dedup.similarity if item.dedup else None,
            first_seen_at=item.first_seen,
            last_seen_at=self.now,
        )

    @staticmethod
    def _upsert_listings(listings: list[EventListing]) -> None:
        if listings:
            EventListing.objects.bulk_create(
                listings, update_conflicts=True, unique_fields=["source", "external_id"], update_fields=list(LISTING_UPDATE),
                batch_size=500,
            )  # fmt: skip


def _make_primary(takeovers: list[tuple[int, int, str]]) -> None:
    """Each (event, source, external id): that listing becomes the event's only primary one (two statements)."""
    if not takeovers:
        return
    EventListing.objects.filter(event_id__in=[event for event, _, _ in takeovers], is_primary=True).update(
        is_primary=False
    )
    wanted = {(source, external) for _, source, external in takeovers}
    ids = [
        pk
        for pk, source, external in EventListing.objects.filter(
            event_id__in=[event for event, _, _ in takeovers]
        ).values_list("pk", "source_id", "external_id")
        if (source, external) in wanted
    ]
    EventListing.objects.filter(pk__in=ids).update(is_primary=True)


FILLABLE_COLUMNS = tuple(f"{name}_id" if name in ("venue", "organizer") else name for name in FILLABLE)
