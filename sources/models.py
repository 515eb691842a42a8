"""Where events come from (Source) and what each fetch did (FetchRun)."""

from __future__ import annotations

from typing import ClassVar

from django.core.exceptions import ValidationError
from django.db import models

from events.vocabulary import Trust as TrustLevel


class SourceKind(models.TextChoices):
    CALENDAR = "calendar", "Calendar feed (iCalendar)"
    FEED = "feed", "RSS / Atom feed"
    WEB_PAGE = "web_page", "Web page with structured data"
    SCRAPER = "scraper", "Configured scraper"
    API = "api", "Public API"
    WEBHOOK = "webhook", "Inbound webhook"
    SUBMISSION = "submission", "Organizer submissions (built in)"


class Source(models.Model):
    Trust = TrustLevel  # defined once, in events.vocabulary

    class Health(models.TextChoices):
        NEW = "new", "Not fetched yet"
        HEALTHY = "healthy", "Healthy"
        DEGRADED = "degraded", "Degraded (last run partial)"
        FAILING = "failing", "Failing"
        DISABLED = "disabled", "Disabled after repeated failures"

    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(max_length=10, choices=SourceKind.choices)
    adapter = models.CharField(max_length=50, help_text="Registered adapter name, e.g. 'ics'.")
    config = models.JSONField(default=dict, blank=True, help_text="Adapter settings: url or path, options.")
    city = models.ForeignKey(
        "events.City",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="sources",
        help_text="Events without a recognisable city belong here; its timezone reads naive times.",
    )
    is_active = models.BooleanField(default=True)
    schedule = models.CharField(
        max_length=100, default="0 */6 * * *", help_text="Cron expression (minute hour day month weekday), UTC."
    )
    rate_limit_per_minute = models.PositiveIntegerField(default=60)
    priority = models.SmallIntegerField(default=0, help_text="Higher wins when sources disagree.")
    trust_level = models.CharField(max_length=10, choices=Trust.choices, default=Trust.STANDARD)
    last_fetched_at = models.DateTimeField(null=True, blank=True)
    last_success_at = models.DateTimeField(null=True, blank=True)
    health = models.CharField(max_length=10, choices=Health.choices, default=Health.NEW)
    consecutive_failures = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    flagged_reason = models.TextField(
        blank=True,
        help_text="Set when a run looked wrong (e.g. it would cancel too many events); clear it once checked.",
    )
    http_etag = models.CharField(max_length=500, blank=True, help_text="ETag of the last fetch (conditional GET).")
    http_last_modified = models.CharField(max_length=100, blank=True, help_text="Last-Modified of the last fetch.")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("-priority", "name")
        indexes: ClassVar = [models.Index(fields=("is_active", "health"), name="source_active_health")]

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        from sources.adapters import registry
        from sources.schedules import cron_fields

        if self.adapter and self.adapter not in registry.names():
            raise ValidationError(
                {"adapter": f"Unknown adapter {self.adapter!r}; known: {', '.join(registry.names())}."}
            )
        try:
            cron_fields(self.schedule)
        except ValueError as exc:
            raise ValidationError({"schedule": str(exc)}) from exc


class FetchRun(models.Model):
    class Status(models.TextChoices):
        # Asked for (admin API) and waiting for a worker: the id is known before the fetch starts.
        QUEUED = "queued", "Queued"
        RUNNING = "running", "Running"
        SUCCESS = "success", "Success"
        PARTIAL = "partial", "Partial (some records failed)"
        # Staged, but the cancellations it implied were refused (too many at once): the source is flagged.
        REFUSED = "refused", "Refused (would cancel too many events)"
        # Another fetch of the same source was still running: nothing was read.
        SKIPPED = "skipped", "Skipped (already running)"
        FAILED = "failed", "Failed"

    class Trigger(models.TextChoices):
        SCHEDULE = "schedule", "Schedule"
        COMMAND = "command", "Command line"
        ADMIN = "admin", "Admin"
        WEBHOOK = "webhook", "Webhook"

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="runs")
    trigger = models.CharField(max_length=10, choices=Trigger.choices, default=Trigger.SCHEDULE)
    started_at = models.DateTimeField()
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.RUNNING)
    found = models.PositiveIntegerField(default=0)
    new = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    cancelled = models.PositiveIntegerField(default=0, help_text="Events withdrawn from a complete listing.")
    not_modified = models.BooleanField(default=False, help_text="The server answered 304: nothing to read.")
    requests = models.PositiveIntegerField(default=0, help_text="HTTP requests made.")
    errors = models.JSONField(
        default=list, blank=True, help_text="[{'external_id': …, 'reason': …}] or run-level errors."
    )
    duration_ms = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        ordering = ("-started_at",)
        indexes: ClassVar = [models.Index(fields=("source", "-started_at"), name="fetchrun_source_recent")]

    def __str__(self) -> str:
        return f"{self.source} @ {self.started_at:%Y-%m-%d %H:%M} ({self.status})"


class AlertRule(models.Model):
    """A condition the operators want mail about; evaluated by beat every few minutes (sources/alerts.py)."""

    class Kind(models.TextChoices):
        ERROR_RATE = "error_rate", "Share of failed runs in the window over the threshold"
        SOURCE_FAILING = "source_failing", "A source failing at least threshold runs in a row"
        QUEUE_DEPTH = "queue_depth", "Staged records pending over the threshold"
        CITY_SILENT = "city_silent", "Nothing published in a city with sources for the window"

    name = models.CharField(max_length=200)
    kind = models.CharField(max_length=20, choices=Kind.choices)
    threshold = models.FloatField(
        default=0, help_text="Error rate: a share (0.05 = 5%). Failing: runs in a row. Queue depth: records."
    )
    window_minutes = models.PositiveIntegerField(default=60, help_text="Error rate and silent city: how far back.")
    is_active = models.BooleanField(default=True)
    last_fired_at = models.DateTimeField(null=True, blank=True, help_text="When it last sent mail (the cool-down).")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class AlertFiring(models.Model):
    """One alert that went out: what was wrong, and to whom it was mailed."""

    rule = models.ForeignKey(AlertRule, on_delete=models.CASCADE, related_name="firings")
    fired_at = models.DateTimeField()
    message = models.TextField()
    details = models.JSONField(default=dict, blank=True)
    recipients = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ("-fired_at",)
        indexes: ClassVar = [models.Index(fields=("rule", "-fired_at"), name="alertfiring_rule_recent")]

    def __str__(self) -> str:
        return f"{self.rule} @ {self.fired_at:%Y-%m-%d %H:%M}"
