"""Writes to events: turning staged records into canonical events, and moderator edits.

Business rules live here (not in models, views, admin or tasks). Functions are keyword-only and named
``<entity>_<action>``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zoneinfo
from collections.abc import Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from events.models import Area, City, Event, EventListing, EventStatus, Organizer, StagedEvent, Venue
from events.pipeline.decide import Decision, decide
from events.pipeline.geo import containing
from events.pipeline.normalize import Normalized, normalize_batch, parse_moment

if TYPE_CHECKING:
    from sources.models import Source

# The content hash of a staged record that vanished from its listing: any reappearance differs from it.
WITHDRAWN = "withdrawn"
WITHDRAWN_REASON = "missing from the source's listing since {date}"
NOT_NORMALIZED = "start {value!r} was not normalized (the pipeline rejects records like this)"
# Fields a source may set on an Event; anything a moderator edited is left alone on later updates.
SOURCE_FIELDS = (
    "title", "slug", "description", "start", "end", "all_day", "timezone", "city", "venue", "venue_name",
    "address", "latitude", "longitude", "organizer", "url", "ticket_url", "image_url", "cost_type",
    "price_min", "price_max", "currency", "status", "online", "rrule", "source_category", "tags",
)  # fmt: skip
STAGED_STATUS = {
    "publish": StagedEvent.Status.PUBLISHED,
    "hold": StagedEvent.Status.HELD,
    "reject": StagedEvent.Status.REJECTED,
}
EVENT_STATUS = {"publish": Event.ModerationStatus.PUBLISHED, "hold": Event.ModerationStatus.HELD}
# A moderator's verdict stands: source updates never move an event out of these.
FINAL_MODERATION = frozenset({Event.ModerationStatus.REJECTED})


@dataclasses.dataclass(slots=True)
class ProcessResult:
    published: int = 0
    held: int = 0
    rejected: int = 0

    def add(self, other: ProcessResult) -> None:
        self.published += other.published
        self.held += other.held
        self.rejected += other.rejected


class _Places:
    """Per-batch lookups of cities, venues and organizers, so a batch costs a few queries, not one each."""

    def __init__(self) -> None:
        self.cities: dict[str, City] = {}
        for city in City.objects.filter(is_active=True):
            self.cities[city.name.casefold()] = city
            self.cities[city.slug] = city
        self.areas: dict[int, list[Area]] = {}
        for area in Area.objects.all():
            self.areas.setdefault(area.city_id, []).append(area)
        self.venues: dict[tuple[int | None, str], Venue] = {}
        self.organizers: dict[str, Organizer] = {}

    def city(self, name: str | None, fallback: City | None) -> City | None:
        if name:
            return self.cities.get(name.casefold()) or self.cities.get(slugify(name)) or fallback
        return fallback

    def venue(self, record: dict[str, Any], city: City | None) -> Venue | None:
        name = record.get("venue_name") or ""
        slug = slugify(name, allow_unicode=True)[:200]
        if not slug:
            return None
        key = (city.pk if city else None, slug)
        if key not in self.venues:
            self.venues[key], _ = Venue.objects.get_or_create(
                city=city,
                slug=slug,
                defaults={
                    "name": name,
                    "address": record.get("address") or "",
                    "latitude": record.get("latitude"),
                    "longitude": record.get("longitude"),
                    "area": containing(record.get("latitude"), record.get("longitude"), self.areas.get(city.pk, []))
                    if city
                    else None,
                },
            )
        return self.venues[key]

    def organizer(self, name: str | None) -> Organizer | None:
        name = name or ""
        slug = slugify(name, allow_unicode=True)[:200]
        if not slug:
            return None
        if slug not in self.organizers:
            self.organizers[slug], _ = Organizer.objects.get_or_create(slug=slug, defaults={"name": name})
        return self.organizers[slug]


def _zone(name: str | None, city: City | None) -> zoneinfo.ZoneInfo:
    for candidate in (name, city.timezone if city else None):
        if candidate:
            try:
                return zoneinfo.ZoneInfo(candidate)
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                continue
    return zoneinfo.ZoneInfo("UTC")


def _span(record: dict[str, Any], zone: zoneinfo.ZoneInfo) -> tuple[dt.datetime, dt.datetime | None]:
    """Start and end as aware datetimes. All-day events run from local midnight to the midnight after."""
    start = parse_moment(record["start"])
    end = parse_moment(record.get("end"))
    if not isinstance(start, dt.date):
        raise ValueError(NOT_NORMALIZED.format(value=record.get("start")))
    if record.get("all_day"):
        last_day = end if isinstance(end, dt.date) else start
        return (
            dt.datetime.combine(start, dt.time.min, tzinfo=zone),
            dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time.min, tzinfo=zone),
        )
    if not isinstance(start, dt.datetime):
        raise ValueError(NOT_NORMALIZED.format(value=record.get("start")))
    return start, end if isinstance(end, dt.datetime) else None


def _money(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(round(value, 2)))


def event_fields_from_record(record: dict[str, Any], *, city: City | None, places: _Places) -> dict[str, Any]:
    zone = _zone(record.get("timezone"), city)
    start, end = _span(record, zone)
    return {
        "title": record["title"],
        "slug": slugify(record["title"], allow_unicode=True)[:300] or "event",
        "description": record.get("description") or "",
        "start": start,
        "end": end,
        "all_day": bool(record.get("all_day")),
        "timezone": zone.key,
        "city": city,
        "venue": places.venue(record, city),
        "venue_name": record.get("venue_name") or "",
        "address": record.get("address") or "",
        "latitude": record.get("latitude"),
        "longitude": record.get("longitude"),
        "organizer": places.organizer(record.get("organizer")),
        "url": record.get("url") or "",
        "ticket_url": record.get("ticket_url") or "",
        "image_url": record.get("image_url") or "",
        "cost_type": record.get("cost_type") or "unknown",
        "price_min": _money(record.get("price_min")),
        "price_max": _money(record.get("price_max")),
        "currency": record.get("currency") or "",
        "status": record.get("status") or "scheduled",
        "online": bool(record.get("online")),
        "rrule": record.get("rrule") or "",
        "source_category": record.get("source_category") or "",
        "tags": record.get("tags") or [],
    }


def _apply(staged: StagedEvent, normalized: Normalized, decision: Decision, places: _Places, now: dt.datetime) -> None:
    """Create or update the canonical Event and its listing for one staged record."""
    source = staged.source
    city = places.city(normalized.record.get("city"), source.city)
    fields = event_fields_from_record(normalized.record, city=city, places=places)
    listing = EventListing.objects.select_related("event").filter(source=source, external_id=staged.external_id).first()
    if listing is None:
        event = Event(**fields)
        listing = EventListing(source=source, external_id=staged.external_id, is_primary=True, first_seen_at=now)
    else:
        event = listing.event
        moved = event.start != fields["start"]
        was_rescheduled = event.status == EventStatus.RESCHEDULED
        for name, value in fields.items():
            if name not in event.edited_fields:
                setattr(event, name, value)
        # A start that moves, on an event the source still calls scheduled, is a rescheduling.
        keeps_status = {"status", "start"} & set(event.edited_fields)
        if fields["status"] == EventStatus.SCHEDULED and not keeps_status and (moved or was_rescheduled):
            event.status = EventStatus.RESCHEDULED
    if event.moderation_status not in FINAL_MODERATION:
        event.moderation_status = EVENT_STATUS[decision.action]
    if event.is_published and event.published_at is None:
        event.published_at = now
    if source.trust_level in ("trusted", "official") and event.verification == Event.Verification.UNVERIFIED:
        event.verification = Event.Verification.SOURCE
    event.save()
    listing.event = event
    listing.url = fields["url"]
    listing.last_seen_at = now
    listing.save()
    staged.event = event


def events_withdraw(*, staged_events: Sequence[StagedEvent], source: Source, now: dt.datetime) -> int:
    """Records a complete listing no longer has: their events become cancelled. Returns how many.

    The staged record is marked so that, should the source list it again, it is processed afresh.
    Only the primary listing cancels an event; a moderator's own status stands.
    """
    cancelled = 0
    primary = set(
        EventListing.objects.filter(
            source=source, external_id__in=[staged.external_id for staged in staged_events], is_primary=True
        ).values_list("external_id", flat=True)
    )
    with transaction.atomic():
        for staged in staged_events:
            staged.content_hash = WITHDRAWN
            staged.reasons = [*staged.reasons, WITHDRAWN_REASON.format(date=now.date().isoformat())]
            event = staged.event
            if (
                event is not None
                and staged.external_id in primary
                and "status" not in event.edited_fields
                and event.status != EventStatus.CANCELLED
            ):
                event.status = EventStatus.CANCELLED
                event.save(update_fields=["status", "updated_at"])
                cancelled += 1
        StagedEvent.objects.bulk_update(staged_events, ["content_hash", "reasons"])
    return cancelled


def staged_events_process(*, staged_event_ids: Sequence[int]) -> ProcessResult:
    """Normalize, decide and publish a batch of staged records (those still pending)."""
    staged_events = list(
        StagedEvent.objects.filter(id__in=staged_event_ids, status=StagedEvent.Status.PENDING)
        .select_related("source", "source__city")
        .order_by("id")
    )
    if not staged_events:
        return ProcessResult()
    normalized = normalize_batch(staged.raw for staged in staged_events)
    now = timezone.now()
    counts = {"publish": 0, "hold": 0, "reject": 0}
    with transaction.atomic():
        places = _Places()
        for staged, outcome in zip(staged_events, normalized, strict=True):
            decision = decide(outcome, trust_level=staged.source.trust_level)
            if decision.action != "reject":
                _apply(staged, outcome, decision, places, now)
            staged.normalized = outcome.record
            staged.status = STAGED_STATUS[decision.action]
            staged.reasons = list(decision.reasons)
            staged.processed_at = now
            counts[decision.action] += 1
        StagedEvent.objects.bulk_update(
            staged_events, ["normalized", "status", "reasons", "processed_at", "event", "updated_at"]
        )
    return ProcessResult(published=counts["publish"], held=counts["hold"], rejected=counts["reject"])


def event_moderator_edit(*, event: Event, changed_fields: Sequence[str]) -> Event:
    """Remember which fields a moderator changed, so later source updates leave them alone."""
    edited = [name for name in changed_fields if name in SOURCE_FIELDS and name not in event.edited_fields]
    if edited:
        event.edited_fields = [*event.edited_fields, *edited]
    event.save()
    return event


def events_moderate(*, event_ids: Sequence[int], status: str) -> int:
    """Set the moderation status of events (admin actions). Publishing stamps published_at once."""
    now = timezone.now()
    events = Event.objects.filter(pk__in=event_ids)
    if status == Event.ModerationStatus.PUBLISHED:
        events.filter(published_at__isnull=True).update(published_at=now)
    return events.update(moderation_status=status, updated_at=now)
