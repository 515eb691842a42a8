"""Email subscriptions to a city's events, the digests sent to them, and the addresses never to mail again.

A ``Subscription`` is a saved filter (city + categories, areas, keywords, free only, days, times of day) with a
cadence. It starts ``pending`` and receives nothing but its confirmation mail until the owner of the address
follows the signed link (double opt-in). A ``DigestSend`` is one digest for one subscription and one period
("2026-W48" weekly, "2026-11-22" daily, on the city's calendar): the row is claimed before the mail is built,
and the unique (subscription, period) pair is what makes sending idempotent. A ``Suppression`` is an address
the ESP reported as a hard bounce or a complaint (or an operator blocked): nothing is sent to it, whatever
its subscriptions say.
"""

from __future__ import annotations

import secrets

from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone

from events.models import City


def new_secret() -> str:
    """The per-subscription key folded into its manage/unsubscribe tokens: a new one revokes every old link."""
    return secrets.token_urlsafe(12)


class Cadence(models.TextChoices):
    DAILY = "daily", "Daily"
    WEEKLY = "weekly", "Weekly"


class Subscription(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for confirmation"
        ACTIVE = "active", "Active"
        PAUSED = "paused", "Paused"
        UNSUBSCRIBED = "unsubscribed", "Unsubscribed"

    # Normalised by digests.addresses (domain lower-cased, surrounding space gone): one address, one spelling.
    email = models.EmailField(max_length=254)
    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="subscriptions")
    # Saved filter (digests.filters): {"category": [slugs], "area": [slugs], "q": "words", "free": true,
    # "days": ["sat", "sun"], "times": ["evening"]}; absent keys mean "any".
    filters = models.JSONField(default=dict, blank=True)
    cadence = models.CharField(max_length=8, choices=Cadence.choices, default=Cadence.WEEKLY)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    secret = models.CharField(max_length=32, default=new_secret, editable=False)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    # When the latest confirmation mail went out (a repeated sign-up resends it at most once in a while).
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    paused_at = models.DateTimeField(null=True, blank=True)
    unsubscribed_at = models.DateTimeField(null=True, blank=True)
    # How the subscription ended: "link", "one-click", "mailto", "complaint", "bounce", "admin".
    unsubscribed_via = models.CharField(max_length=16, blank=True)
    # Consent evidence for the double opt-in: when and from which client the confirmation link was followed.
    confirmed_from = models.GenericIPAddressField(null=True, blank=True)

    class Meta:
        ordering = ("-created_at", "-id")
        constraints = [
            models.UniqueConstraint(Lower("email"), "city", name="digests_subscription_one_per_address_city"),
        ]
        # Finding an address's subscriptions uses the unique constraint's index (it leads with lower(email)).
        indexes = [models.Index(fields=["status", "cadence", "city"], name="digests_sub_due")]

    def __str__(self) -> str:
        return f"{self.email} · {self.city} · {self.get_cadence_display().lower()}"


class DigestSend(models.Model):
    class Status(models.TextChoices):
        CLAIMED = "claimed", "Claimed (being sent)"
        SENT = "sent", "Handed to the mail service"
        EMPTY = "empty", "Nothing new: no mail"
        SUPPRESSED = "suppressed", "Address suppressed: no mail"
        FAILED = "failed", "Refused by the mail service"
        DELIVERED = "delivered", "Delivered"
        DEFERRED = "deferred", "Soft bounce (the service retries)"
        BOUNCED = "bounced", "Hard bounce"
        COMPLAINED = "complained", "Marked as spam"

    subscription = models.ForeignKey(Subscription, on_delete=models.CASCADE, related_name="sends")
    # The subscriber's period on its city's calendar: "2026-W48" (ISO week) or "2026-11-22".
    period = models.CharField(max_length=10)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.CLAIMED)
    claimed_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    # The events the digest listed (ids, in order): the next digest leaves out what this one already said.
    event_ids = models.JSONField(default=list, blank=True)
    # Our Message-ID, and the ESP's id when it gives one (anymail_status.message_id): tracking events carry either.
    message_id = models.CharField(max_length=255, blank=True, db_index=True)
    esp_message_id = models.CharField(max_length=255, blank=True, db_index=True)
    error = models.TextField(blank=True)
    opened_at = models.DateTimeField(null=True, blank=True)
    clicked_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ("-claimed_at", "-id")
        constraints = [
            models.UniqueConstraint(fields=["subscription", "period"], name="digests_send_once_per_period"),
        ]
        indexes = [models.Index(fields=["status", "claimed_at"], name="digests_send_status")]

    def __str__(self) -> str:
        return f"{self.subscription.email} · {self.period} · {self.status}"


class Suppression(models.Model):
    class Reason(models.TextChoices):
        HARD_BOUNCE = "bounce", "Hard bounce"
        SOFT_BOUNCES = "soft-bounces", "Repeated soft bounces"
        COMPLAINT = "complaint", "Spam complaint"
        REJECTED = "rejected", "Rejected by the mail service"
        MANUAL = "manual", "Blocked by an operator"

    email = models.EmailField(max_length=254)
    reason = models.CharField(max_length=16, choices=Reason.choices)
    detail = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ("-created_at", "-id")
        constraints = [models.UniqueConstraint(Lower("email"), name="digests_suppression_one_per_address")]

    def __str__(self) -> str:
        return f"{self.email} ({self.get_reason_display().lower()})"
