"""The people side of Whatson: profiles, organizer memberships, submissions and their versions, RSVPs, saved
events, follows and interaction analytics.

Users are Django's own ``auth.User``; allauth keeps their email addresses (``account.EmailAddress``).
"""

from __future__ import annotations

import secrets
from typing import ClassVar

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models
from django.db.models import Q
from django.utils import timezone


def new_calendar_token() -> str:
    return secrets.token_urlsafe(32)


class Profile(models.Model):
    """What a person tells us about themselves: a name to show, a home city and interests (categories)."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile")
    name = models.CharField(max_length=150, blank=True)
    home_city = models.ForeignKey("events.City", on_delete=models.SET_NULL, related_name="+", null=True, blank=True)
    interests = models.ManyToManyField("events.Category", related_name="+", blank=True)
    # The secret in the address of the person's own calendar feed (their RSVPs as .ics); reset to revoke it.
    calendar_token = models.CharField(max_length=64, unique=True, default=new_calendar_token, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return self.name or f"profile {self.user_id}"


class OrganizerMembership(models.Model):
    """A person who speaks for an organizer. Creating an organizer makes its creator an approved member; claiming
    an existing one (one that sources listed) waits for a moderator's approval."""

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for a moderator"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="organizer_memberships")
    organizer = models.ForeignKey("events.Organizer", on_delete=models.CASCADE, related_name="memberships")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    message = models.TextField(blank=True, help_text="What the claimant says shows they speak for the organizer.")
    created_at = models.DateTimeField(default=timezone.now)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, related_name="+", null=True, blank=True
    )
    decision_note = models.TextField(blank=True)

    class Meta:
        ordering = ("-created_at",)
        constraints: ClassVar = [
            models.UniqueConstraint(fields=("user", "organizer"), name="membership_unique_user_organizer"),
        ]
        indexes: ClassVar = [models.Index(fields=("status", "created_at"), name="membership_status_created")]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.organizer_id} ({self.status})"


class Submission(models.Model):
    """An event an organizer's member submitted: the staged record the pipeline read, and the event it became
    (none while held before publishing, or when rejected; then ``staged_event`` carries the reasons)."""

    organizer = models.ForeignKey("events.Organizer", on_delete=models.CASCADE, related_name="submissions")
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, related_name="submissions", null=True, blank=True
    )
    staged_event = models.OneToOneField("events.StagedEvent", on_delete=models.CASCADE, related_name="submission")
    event = models.ForeignKey(
        "events.Event", on_delete=models.SET_NULL, related_name="submissions", null=True, blank=True
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"submission {self.pk} by organizer {self.organizer_id}"


class EventRevision(models.Model):
    """One version of an event as its organizer edited it: which fields changed, from what to what."""

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="revisions")
    number = models.PositiveIntegerField()
    edited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, related_name="+", null=True, blank=True
    )
    created_at = models.DateTimeField(default=timezone.now)
    # {"field": {"before": …, "after": …}}
    changes = models.JSONField(default=dict, encoder=DjangoJSONEncoder)
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ("event", "-number")
        constraints: ClassVar = [
            models.UniqueConstraint(fields=("event", "number"), name="revision_unique_event_number"),
        ]

    def __str__(self) -> str:
        return f"event {self.event_id} v{self.number}"


class RSVP(models.Model):
    """One person's reply to one event. One row per (event, person): cancelling and replying again reuses it.

    ``sequence`` is the order replies took the event's lock in: the waitlist is served in that order.
    """

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", "Confirmed"
        WAITLISTED = "waitlisted", "Waitlisted"
        CANCELLED = "cancelled", "Cancelled"

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="rsvps")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="rsvps")
    status = models.CharField(max_length=10, choices=Status.choices)
    sequence = models.PositiveBigIntegerField()
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    promoted_at = models.DateTimeField(null=True, blank=True, help_text="Moved from the waitlist to confirmed.")
    cancelled_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True, help_text="The day-before reminder was sent.")

    class Meta:
        ordering = ("event", "sequence")
        verbose_name = "RSVP"
        constraints: ClassVar = [
            models.UniqueConstraint(fields=("event", "user"), name="rsvp_unique_event_user"),
        ]
        indexes: ClassVar = [
            models.Index(fields=("event", "status", "sequence"), name="rsvp_event_status_seq"),
            models.Index(fields=("user", "status"), name="rsvp_user_status"),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} → {self.event_id}: {self.status}"


class SavedEvent(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_events")
    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="saves")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-created_at",)
        constraints: ClassVar = [models.UniqueConstraint(fields=("user", "event"), name="saved_unique_user_event")]

    def __str__(self) -> str:
        return f"{self.user_id} saved {self.event_id}"


class Follow(models.Model):
    """A person following exactly one venue, organizer or category."""

    class Kind(models.TextChoices):
        VENUE = "venue", "Venue"
        ORGANIZER = "organizer", "Organizer"
        CATEGORY = "category", "Category"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    venue = models.ForeignKey("events.Venue", on_delete=models.CASCADE, related_name="+", null=True, blank=True)
    organizer = models.ForeignKey(
        "events.Organizer", on_delete=models.CASCADE, related_name="followers", null=True, blank=True
    )
    category = models.ForeignKey("events.Category", on_delete=models.CASCADE, related_name="+", null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ("-created_at",)
        constraints: ClassVar = [
            models.CheckConstraint(
                condition=(
                    Q(kind="venue", venue__isnull=False, organizer__isnull=True, category__isnull=True)
                    | Q(kind="organizer", venue__isnull=True, organizer__isnull=False, category__isnull=True)
                    | Q(kind="category", venue__isnull=True, organizer__isnull=True, category__isnull=False)
                ),
                name="follow_exactly_one_target",
            ),
            models.UniqueConstraint(fields=("user", "venue"), condition=Q(kind="venue"), name="follow_unique_venue"),
            models.UniqueConstraint(
                fields=("user", "organizer"), condition=Q(kind="organizer"), name="follow_unique_organizer"
            ),
            models.UniqueConstraint(
                fields=("user", "category"), condition=Q(kind="category"), name="follow_unique_category"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_id} follows {self.kind}"


class InteractionKind(models.TextChoices):
    VIEW = "view", "Page view"
    SAVE = "save", "Save"
    RSVP = "rsvp", "RSVP"
    SHARE = "share", "Share"
    CLICK = "click", "Click-out to tickets or the source"


class Interaction(models.Model):
    """One raw interaction, written in batches by the analytics flush (never one INSERT per request). Kept
    ANALYTICS_RAW_DAYS, then folded into EventDailyStats and deleted."""

    Kind = InteractionKind

    # No foreign-key constraints: rows are copied in bulk long after the request, and an event or person deleted
    # in between must not fail the batch; the roll-up drops rows whose event has gone.
    event = models.ForeignKey("events.Event", on_delete=models.DO_NOTHING, db_constraint=False, related_name="+")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="+",
        null=True,
        blank=True,
    )
    kind = models.CharField(max_length=8, choices=InteractionKind.choices)
    occurred_at = models.DateTimeField()

    class Meta:
        ordering = ("-occurred_at",)
        indexes: ClassVar = [
            models.Index(fields=("occurred_at",), name="interaction_occurred"),
            models.Index(fields=("event", "occurred_at"), name="interaction_event_occurred"),
            models.Index(fields=("user", "occurred_at"), name="interaction_user_occurred"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.event_id} at {self.occurred_at:%Y-%m-%d %H:%M}"


class EventDailyStats(models.Model):
    """Counts per event and day (UTC): what organizers' dashboards and staff's read, kept for good."""

    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="daily_stats")
    day = models.DateField()
    views = models.PositiveIntegerField(default=0)
    saves = models.PositiveIntegerField(default=0)
    rsvps = models.PositiveIntegerField(default=0)
    shares = models.PositiveIntegerField(default=0)
    clicks = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ("event", "day")
        verbose_name_plural = "event daily stats"
        constraints: ClassVar = [models.UniqueConstraint(fields=("event", "day"), name="dailystats_unique_event_day")]
        indexes: ClassVar = [models.Index(fields=("day",), name="dailystats_day")]

    def __str__(self) -> str:
        return f"{self.event_id} on {self.day}"
