"""Day-before reminders: confirmed replies of events starting within 24 hours, each mailed exactly once."""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone

from events.models import Event
from events.people.models import RSVP
from events.people.rsvps import notifications, services, tasks
from events.vocabulary import EventStatus
from tests.factories import EventFactory, UserFactory

pytestmark = pytest.mark.django_db


def soon(**fields) -> Event:
    return EventFactory(start=timezone.now() + dt.timedelta(hours=5), **fields)


def test_reminders_go_to_confirmed_replies_of_events_within_a_day_exactly_once():
    going, waiting, far_person = UserFactory(), UserFactory(), UserFactory()
    event = soon(capacity=1, title="Night market", timezone="Asia/Kolkata")
    services.rsvp_create(event_id=event.pk, user=going)
    services.rsvp_create(event_id=event.pk, user=waiting)
    far = EventFactory(start=timezone.now() + dt.timedelta(hours=30))
    services.rsvp_create(event_id=far.pk, user=far_person)
    assert tasks.send_reminders() == 1
    assert tasks.send_reminders() == 0  # the second run finds nothing left to send
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [going.email]
    assert message.subject == "Reminder: Night market"
    local = event.start.astimezone(event.zone)
    assert local.strftime("%-I:%M %p") in message.body
    assert "India" in message.body  # the zone's name beside the local time
    assert RSVP.objects.get(user=going).reminded_at is not None
    assert RSVP.objects.get(user=far_person).reminded_at is None


@pytest.mark.parametrize(
    "fields",
    [
        {"status": EventStatus.CANCELLED},
        {"moderation_status": Event.ModerationStatus.HELD},
    ],
)
def test_no_reminder_for_events_no_longer_on(fields):
    event = soon()
    services.rsvp_create(event_id=event.pk, user=UserFactory())
    Event.objects.filter(pk=event.pk).update(**fields)
    assert tasks.send_reminders() == 0
    assert not mail.outbox


def test_overlapping_runs_claim_each_reply_once():
    """A second run that read the same candidates before the first claimed them sends nothing twice."""
    event = soon()
    people = [UserFactory() for _ in range(3)]
    for person in people:
        services.rsvp_create(event_id=event.pk, user=person)
    ids = list(RSVP.objects.values_list("pk", flat=True))
    now = timezone.now()
    first = notifications._claim(ids, now)
    second = notifications._claim(ids, now + dt.timedelta(seconds=1))
    assert sorted(first) == sorted(ids)
    assert second == []
    assert notifications.rsvp_reminders_send() == 0


def test_a_failed_batch_gives_its_claims_back():
    event = soon()
    services.rsvp_create(event_id=event.pk, user=UserFactory())
    with (
        mock.patch("django.core.mail.backends.locmem.EmailBackend.send_messages", side_effect=OSError("down")),
        pytest.raises(OSError, match="down"),
    ):
        notifications.rsvp_reminders_send()
    assert RSVP.objects.get().reminded_at is None
    assert notifications.rsvp_reminders_send() == 1


def test_batches_cover_everyone(monkeypatch):
    monkeypatch.setattr(notifications, "BATCH", 2)
    event = soon()
    for _ in range(5):
        services.rsvp_create(event_id=event.pk, user=UserFactory())
    assert notifications.rsvp_reminders_send() == 5
    assert len({message.to[0] for message in mail.outbox}) == 5
