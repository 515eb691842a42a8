"""Factories for the digests models (shared by every digests test module).

``SubscriptionFactory`` builds a *pending* subscription by default (the state a sign-up creates); the
``ActiveSubscriptionFactory`` / ``PausedSubscriptionFactory`` / ``UnsubscribedSubscriptionFactory`` variants set
the timestamps their status implies, so tests read like the state they need. Addresses are unique per sequence
number and on a real-looking domain (``example.com`` would be refused by digests.addresses as reserved).
"""

from __future__ import annotations

import factory
from django.utils import timezone

from digests.models import Cadence, DigestSend, Subscription, Suppression
from tests.factories import CityFactory


class SubscriptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Subscription

    email = factory.Sequence(lambda n: f"reader{n}@mail-host.net")
    city = factory.SubFactory(CityFactory)
    filters = factory.LazyFunction(dict)
    cadence = Cadence.WEEKLY
    status = Subscription.Status.PENDING
    created_at = factory.LazyFunction(timezone.now)


class ActiveSubscriptionFactory(SubscriptionFactory):
    status = Subscription.Status.ACTIVE
    confirmed_at = factory.LazyFunction(timezone.now)
    confirmation_sent_at = factory.LazyFunction(timezone.now)
    confirmed_from = "192.0.2.10"


class PausedSubscriptionFactory(ActiveSubscriptionFactory):
    status = Subscription.Status.PAUSED
    paused_at = factory.LazyFunction(timezone.now)


class UnsubscribedSubscriptionFactory(ActiveSubscriptionFactory):
    status = Subscription.Status.UNSUBSCRIBED
    unsubscribed_at = factory.LazyFunction(timezone.now)
    unsubscribed_via = "link"


class DigestSendFactory(factory.django.DjangoModelFactory):
    """A digest that went out ("sent") for a period; pass ``period`` matching the subscription's cadence."""

    class Meta:
        model = DigestSend

    subscription = factory.SubFactory(ActiveSubscriptionFactory)
    # Deliberately long past weeks: a default period never collides with the one a test computes for "now".
    period = factory.Sequence(lambda n: f"2000-W{(n % 52) + 1:02d}")
    status = DigestSend.Status.SENT
    claimed_at = factory.LazyFunction(timezone.now)
    sent_at = factory.LazyFunction(timezone.now)
    event_ids = factory.LazyFunction(list)
    message_id = factory.Sequence(lambda n: f"<digest-{n}@whatson.test>")


class SuppressionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Suppression

    email = factory.Sequence(lambda n: f"bounced{n}@mail-host.net")
    reason = Suppression.Reason.HARD_BOUNCE
    detail = ""
