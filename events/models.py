"""Places, the category taxonomy, staged source records and the canonical events built from them.

A StagedEvent is what one source said about one event (kept verbatim, never deleted). An Event is the
canonical record people see; EventListing links it to every source that lists it ("also listed at").
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import ClassVar

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from events.vocabulary import CostType, EventStatus
from events.zones import zone_or_utc


class CityManager(models.Manager["City"]):
    def get_by_natural_key(self, slug: str) -> City:
        return self.get(slug=slug)


class City(models.Model):
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120, unique=True)
    region = models.CharField(max_length=120, blank=True, help_text="State, province or region.")
    country = models.CharField(max_length=2, help_text="ISO 3166-1 alpha-2 code.")
    timezone = models.CharField(max_length=64, help_text="IANA name, e.g. America/Chicago.")
    latitude = models.FloatField()
    longitude = models.FloatField()
    radius_km = models.FloatField(default=25, help_text="Events within this distance of the centre belong here.")
    aliases = models.JSONField(default=list, blank=True, help_text='Other names sources use: ["Bangalore"].')
    is_active = models.BooleanField(default=True)

    objects = CityManager()

    class Meta:
        ordering = ("name",)
        verbose_name_plural = "cities"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("events:city", kwargs={"slug": self.slug})

    def natural_key(self) -> tuple[str]:
        return (self.slug,)


class AreaManager(models.Manager["Area"]):
    def get_by_natural_key(self, city_slug: str, slug: str) -> Area:
        return self.get(city__slug=city_slug, slug=slug)


class Area(models.Model):
    """A neighbourhood inside a city (Indiranagar in Bengaluru)."""

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="areas")
    name = models.CharField(max_length=120)
    slug = models.SlugField(max_length=120)
    latitude = models.FloatField()
    longitude = models.FloatField()
    radius_km = models.FloatField(default=2)

    objects = AreaManager()

    class Meta:
        ordering = ("city", "name")
        constraints: ClassVar = [models.UniqueConstraint(fields=("city", "slug"), name="area_unique_slug_per_city")]

    def __str__(self) -> str:
        return f"{self.name}, {self.city}"

    def natural_key(self) -> tuple[str, str]:
        return (self.city.slug, self.slug)

    natural_key.dependencies = ["events.city"]  # type: ignore[attr-defined]


class Venue(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200)
    city = models.ForeignKey(City, on_delete=models.PROTECT, related_name="venues", null=True, blank=True)
    area = models.ForeignKey(Area, on_delete=models.SET_NULL, related_name="venues", null=True, blank=True)
    address = models.CharField(max_length=300, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    url = models.URLField(max_length=500, blank=True)
    phone = models.CharField(max_length=40, blank=True)
    opening_hours = models.JSONField(
        default=list, blank=True, help_text="Weekly hours, as the enrichment source gave them."
    )
    external_ids = models.JSONField(
        default=dict, blank=True, help_text='Ids at other services: {"google_places": "ChIJ…"}.'
    )
    enriched_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("name",)
        constraints: ClassVar = [models.UniqueConstraint(fields=("city", "slug"), name="venue_unique_slug_per_city")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("events:venue", kwargs={"pk": self.pk, "slug": self.slug or "venue"})


class Organizer(models.Model):
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=200, unique=True)
    url = models.URLField(max_length=500, blank=True)
    email = models.EmailField(blank=True)
    trusted = models.BooleanField(
        default=False,
        help_text="Events its members submit publish without waiting for a moderator, when they pass the checks.",
    )

    class Meta:
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("events:organizer", kwargs={"slug": self.slug})


class Category(models.Model):
    """The taxonomy of docs/event-format.md: top-level categories and their subcategories."""

    slug = models.SlugField(max_length=60, unique=True)
    name = models.CharField(max_length=100)
    parent = models.ForeignKey("self", on_delete=models.CASCADE, related_name="children", null=True, blank=True)
    description = models.CharField(max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ("position", "name")
        verbose_name_plural = "categories"

    def __str__(self) -> str:
        return f"{self.parent.name} › {self.name}" if self.parent_id and self.parent else self.name


class StagedEvent(models.Model):
    """One source's record of one event, as fetched (raw) and as normalized, with the pipeline's verdict."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        PROCESSING = "processing", "Processing"
        PUBLISHED = "published", "Published"
        HELD = "held", "Held for moderation"
        REJECTED = "rejected", "Rejected"
        DUPLICATE = "duplicate", "Duplicate"

    source = models.ForeignKey("sources.Source", on_delete=models.CASCADE, related_name="staged_events")
    external_id = models.CharField(max_length=500)
    raw = models.JSONField(default=dict, blank=True, help_text="The record as the adapter produced it.")
    normalized = models.JSONField(default=dict, blank=True, help_text="The record after normalization.")
    content_hash = models.CharField(max_length=64, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PENDING)
    reasons = models.JSONField(default=list, blank=True, help_text="Why it was held, rejected or linked.")
    quality_score = models.FloatField(null=True, blank=True)
    quality_report = models.JSONField(default=dict, blank=True)
    similarity = models.FloatField(null=True, blank=True, help_text="Best match with another record (0–1).")
    dedup = models.JSONField(default=dict, blank=True, help_text="How de-duplication decided: band, layer, scores.")
    event = models.ForeignKey(
        "events.Event", on_delete=models.SET_NULL, related_name="staged_events", null=True, blank=True
    )
    first_seen_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)
    processed_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("-last_seen_at",)
        constraints: ClassVar = [
            models.UniqueConstraint(fields=("source", "external_id"), name="staged_unique_source_external_id"),
        ]
        indexes: ClassVar = [models.Index(fields=("status", "source"), name="staged_status_source")]

    def __str__(self) -> str:
        return f"{self.source_id}:{self.external_id}"


class Event(models.Model):
    """The canonical event: what visitors, feeds and the API see once moderation policy lets it through."""

    class ModerationStatus(models.TextChoices):
        PENDING = "pending", "Pending"
        PUBLISHED = "published", "Published"
        HELD = "held", "Held for moderation"
        REJECTED = "rejected", "Rejected"

    class Verification(models.TextChoices):
        UNVERIFIED = "unverified", "Unverified"
        SOURCE = "source", "Confirmed by a trusted source"
        MODERATOR = "moderator", "Verified by a moderator"

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=300, allow_unicode=True)
    description = models.TextField(blank=True)
    start = models.DateTimeField(help_text="UTC. For all-day events: local midnight of the first day.")
    end = models.DateTimeField(null=True, blank=True)
    all_day = models.BooleanField(default=False)
    timezone = models.CharField(max_length=64, help_text="IANA name the event is shown in.")
    city = models.ForeignKey(City, on_delete=models.PROTECT, related_name="events", null=True, blank=True)
    venue = models.ForeignKey(Venue, on_delete=models.SET_NULL, related_name="events", null=True, blank=True)
    venue_name = models.CharField(max_length=200, blank=True)
    address = models.CharField(max_length=300, blank=True)
    latitude = models.FloatField(null=True, blank=True)
    longitude = models.FloatField(null=True, blank=True)
    organizer = models.ForeignKey(Organizer, on_delete=models.SET_NULL, related_name="events", null=True, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    ticket_url = models.URLField(max_length=1000, blank=True)
    image_url = models.URLField(max_length=1000, blank=True)
    cost_type = models.CharField(max_length=10, choices=CostType.choices, default=CostType.UNKNOWN)
    price_min = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    price_max = models.DecimalField(max_digits=10, decimal_places=2, null=True, blank=True)
    currency = models.CharField(max_length=3, blank=True)
    status = models.CharField(max_length=12, choices=EventStatus.choices, default=EventStatus.SCHEDULED)
    sold_out = models.BooleanField(default=False)
    online = models.BooleanField(default=False)
    rrule = models.CharField(max_length=500, blank=True)
    source_category = models.CharField(max_length=300, blank=True)
    source_title = models.CharField(
        max_length=300, blank=True, help_text="The title as the source wrote it, when the pipeline tidied it."
    )
    links = models.JSONField(
        default=list, blank=True, help_text='Documents beside the event: [{"label": "Agenda", "url": "https://…"}].'
    )
    category = models.ForeignKey(Category, on_delete=models.SET_NULL, related_name="events", null=True, blank=True)
    subcategory = models.ForeignKey(
        Category, on_delete=models.SET_NULL, related_name="subcategory_events", null=True, blank=True
    )
    category_confidence = models.FloatField(null=True, blank=True)
    category_method = models.CharField(max_length=12, blank=True, help_text="source_label, rules, model or moderator.")
    tags = models.JSONField(default=list, blank=True)
    moderation_status = models.CharField(
        max_length=10, choices=ModerationStatus.choices, default=ModerationStatus.PENDING
    )
    quality_score = models.FloatField(null=True, blank=True)
    verification = models.CharField(max_length=10, choices=Verification.choices, default=Verification.UNVERIFIED)
    view_count = models.PositiveIntegerField(default=0)
    capacity = models.PositiveIntegerField(
        null=True, blank=True, help_text="Seats for RSVPs; empty means unlimited. Past it, replies are waitlisted."
    )
    rsvp_count = models.PositiveIntegerField(default=0, help_text="Confirmed RSVPs.")
    share_count = models.PositiveIntegerField(default=0)
    published_at = models.DateTimeField(null=True, blank=True)
    edited_fields = models.JSONField(
        default=list, blank=True, help_text="Fields a moderator changed; source updates never overwrite them."
    )
    archived_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="Set by the archiver a while after the event ended: out of listings, page kept.",
    )
    # Set by a moderator's merge: the event this one duplicates. Its listings live there now; its page redirects.
    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, related_name="merged_events", null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("start", "id")
        indexes: ClassVar = [
            # The city page: public events (published, not archived, not merged) in one city from now on, by
            # start. Archived and merged events stay out, so the archive growing over the years does not grow
            # these. On PostgreSQL migration 0009 builds them with INCLUDE columns (city one: end, category,
            # subcategory; start one: end, city), so a list's count ("has it ended?") and its category choices
            # read the index alone (index-only scans); SQLite has no INCLUDE, so the state here leaves it out.
            models.Index(
                fields=("city", "start"),
                name="event_public_city_start",
                condition=Q(moderation_status="published", archived_at__isnull=True, merged_into__isnull=True),
            ),
            models.Index(
                fields=("start",),
                name="event_public_start",
                condition=Q(moderation_status="published", archived_at__isnull=True, merged_into__isnull=True),
            ),
            # De-duplication looks for candidates by city and day, whatever their moderation state.
            models.Index(fields=("city", "start"), name="event_city_start"),
            models.Index(fields=("moderation_status", "updated_at"), name="event_moderation"),
        ]
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(end__gte=models.F("start")), name="event_end_after_start"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("events:detail", kwargs={"pk": self.pk, "slug": self.slug or "event"})

    @property
    def is_published(self) -> bool:
        return self.moderation_status == self.ModerationStatus.PUBLISHED

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zone_or_utc(self.timezone)  # never raises: "Asia" is a folder, not a zone

    @property
    def local_start(self) -> dt.datetime:
        """The start in the event's own zone (what templates show, with localtime off)."""
        return self.start.astimezone(self.zone)

    @property
    def local_end(self) -> dt.datetime | None:
        """The end in the event's zone; for an all-day event, its last day (None when it is one day)."""
        if self.end is None:
            return None
        local = self.end.astimezone(self.zone)
        if self.all_day:
            last_day = local - dt.timedelta(days=1)
            return last_day if last_day.date() > self.local_start.date() else None
        return local


class EventListing(models.Model):
    """Where an event is listed: one row per (source, external id) that describes it."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="listings")
    source = models.ForeignKey("sources.Source", on_delete=models.CASCADE, related_name="listings")
    external_id = models.CharField(max_length=500)
    url = models.URLField(max_length=1000, blank=True)
    is_primary = models.BooleanField(default=False, help_text="The listing whose fields the event shows.")
    similarity = models.FloatField(null=True, blank=True, help_text="How closely it matched the event (1 = same).")
    first_seen_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-is_primary", "first_seen_at")
        constraints: ClassVar = [
            models.UniqueConstraint(fields=("source", "external_id"), name="listing_unique_source_external_id"),
        ]
        # a source's latest listings, read when a guess is left to its feed's consensus (source_category_counts)
        indexes: ClassVar = [models.Index(fields=("source", "-first_seen_at"), name="listing_source_latest")]

    def __str__(self) -> str:
        return f"{self.event_id} @ {self.source_id}"
