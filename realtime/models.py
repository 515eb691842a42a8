"""Live state that is not an event: how busy a place is right now, and the weather in a city."""

from __future__ import annotations

from typing import ClassVar

from django.db import models

from events.models import City, Event, Venue


class Crowd(models.TextChoices):
    EMPTY = "empty", "Empty"
    QUIET = "quiet", "Quiet"
    MODERATE = "moderate", "Moderate"
    BUSY = "busy", "Busy"
    PACKED = "packed", "Packed"


class StatusSource(models.TextChoices):
    BUSINESS = "business", "The business"
    USER = "user", "Visitors"
    PREDICTION = "prediction", "Predicted"


class PlaceStatus(models.Model):
    """What a venue is like right now: one row per venue, replaced as updates arrive, void after ``valid_until``."""

    venue = models.OneToOneField(Venue, on_delete=models.CASCADE, primary_key=True, related_name="live_status")
    open_now = models.BooleanField(null=True, blank=True)
    crowd = models.CharField(max_length=10, choices=Crowd.choices, blank=True)
    wait_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    special = models.CharField(max_length=80, blank=True, help_text='E.g. "Happy hour", "Live music".')
    source = models.CharField(max_length=10, choices=StatusSource.choices)
    confidence = models.FloatField(default=0.0)
    valid_until = models.DateTimeField(db_index=True)
    updated_at = models.DateTimeField()

    class Meta:
        verbose_name_plural = "place statuses"

    def __str__(self) -> str:
        return f"{self.venue_id}: {self.crowd or '-'} ({self.source})"


class PlaceReport(models.Model):
    """One visitor's report of a venue's state: aggregated into the status, outliers ignored."""

    venue = models.ForeignKey(Venue, on_delete=models.CASCADE, related_name="live_reports")
    crowd = models.CharField(max_length=10, choices=Crowd.choices, blank=True)
    wait_minutes = models.PositiveSmallIntegerField(null=True, blank=True)
    open_now = models.BooleanField(null=True, blank=True)
    special = models.CharField(max_length=80, blank=True)
    reporter = models.CharField(max_length=64, help_text="A keyed hash of the reporter (never the address itself).")
    ignored = models.BooleanField(default=False)
    ignored_reason = models.CharField(max_length=120, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        indexes: ClassVar = [models.Index(fields=("venue", "-created_at"), name="placereport_venue_recent")]

    def __str__(self) -> str:
        return f"report on {self.venue_id} at {self.created_at:%Y-%m-%d %H:%M}"


class VenueStatusToken(models.Model):
    """A secret that lets a business post its own venue's status through the API (only its hash is stored)."""

    venue = models.ForeignKey(Venue, on_delete=models.CASCADE, related_name="status_tokens")
    name = models.CharField(max_length=100, help_text="Who holds it, e.g. the bar's manager.")
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.name} ({self.venue_id})"


class CityWeather(models.Model):
    """The latest current conditions and forecast for a city, as the weather provider reported them."""

    city = models.OneToOneField(City, on_delete=models.CASCADE, primary_key=True, related_name="weather")
    provider = models.CharField(max_length=40)
    current = models.JSONField(default=dict)
    forecast = models.JSONField(
        default=list, help_text="Periods: start, end (ISO, UTC), summary, precipitation chance."
    )
    fetched_at = models.DateTimeField()

    class Meta:
        verbose_name_plural = "city weather"

    def __str__(self) -> str:
        return f"weather in {self.city_id}"


class AnnouncedEvent(models.Model):
    """What live clients were last told about an event: its public state ("live", "cancelled", "gone") when its
    last push went out. The next change is classified against it (``realtime.services.message_type``: back from
    "gone" is ``event.published``, an edit of a live one ``event.updated``…). Kept in the database rather than in
    Redis: a Redis restart or FLUSHALL wipes the pushes' stream (clients are told ``resync``) but must not make the
    next edit of a long-published event look new. A row is written only when the state changes."""

    event = models.OneToOneField(Event, on_delete=models.CASCADE, primary_key=True, related_name="+")
    state = models.CharField(max_length=10)

    def __str__(self) -> str:
        return f"{self.event_id}: {self.state}"
