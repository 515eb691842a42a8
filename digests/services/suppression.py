"""Addresses never to mail again: hard bounces, complaints, repeated soft bounces, an operator's block.

Every path that sends (confirmation mails, digests, an admin's test) asks here first. A suppression outlives the
subscriptions of its address, even "delete everything": mailing an address that bounced or complained again
is what gets a sender blocked, and the address is kept for that reason alone (docs/digests.md).
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.db.models.functions import Lower

from digests.models import Subscription, Suppression


def suppressed_set(emails: Iterable[str]) -> set[str]:
    """Which of these addresses are suppressed (lower-cased), in one query."""
    wanted = {email.lower() for email in emails}
    if not wanted:
        return set()
    found = (
        Suppression.objects.annotate(address=Lower("email"))
        .filter(address__in=wanted)
        .values_list("address", flat=True)
    )
    return set(found)


def is_suppressed(email: str) -> bool:
    return bool(suppressed_set([email]))


def suppression_add(*, email: str, reason: str, detail: str = "") -> Suppression:
    """Suppress an address (idempotent: an address already suppressed keeps its first reason)."""
    existing = Suppression.objects.annotate(address=Lower("email")).filter(address=email.lower()).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return Suppression.objects.create(email=email, reason=reason, detail=detail[:2000])
    except IntegrityError:  # suppressed meanwhile by another webhook delivery
        return Suppression.objects.annotate(address=Lower("email")).get(address=email.lower())


def suppression_remove(*, email: str) -> int:
    """Lift a suppression (an operator who knows the mailbox works again); returns how many rows went."""
    deleted, _ = Suppression.objects.annotate(address=Lower("email")).filter(address=email.lower()).delete()
    return deleted


def subscriptions_of(email: str) -> QuerySet[Subscription]:
    """Every subscription of an address, whatever the case it was typed in."""
    return Subscription.objects.annotate(address=Lower("email")).filter(address=email.lower())
