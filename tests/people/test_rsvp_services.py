"""RSVP services: replies, the waitlist served in order, capacity changes, cancellations and their mails."""

from __future__ import annotations

import datetime as dt
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone

from events.models import Event
from events.people.models import RSVP
from events.people.rsvps import services
from events.people.rsvps.selectors import waitlist_position
from events.vocabulary import EventStatus
from tests.factories import EventFactory, UserFactory

pytestmark = pytest.mark.django_db


def users(count: int) -> list:
    return [UserFactory() for _ in range(count)]


def counts(event: Event) -> tuple[int, int, int]:
    event.refresh_from_db()
    confirmed = RSVP.objects.filter(event=event, status=RSVP.Status.CONFIRMED).count()
    waitlisted = RSVP.objects.filter(event=event, status=RSVP.Status.WAITLISTED).count()
    return event.rsvp_count, confirmed, waitlisted


def test_replies_are_confirmed_until_capacity_then_waitlisted_in_order(django_capture_on_commit_callbacks):
    event = EventFactory(capacity=2)
    people = users(4)
    with mock.patch("events.people.analytics.recording.record") as record:
        with django_capture_on_commit_callbacks(execute=True):
            results = [services.rsvp_create(event_id=event.pk, user=person) for person in people]
    assert [result.status for result in results] == ["confirmed", "confirmed", "waitlisted", "waitlisted"]
    assert [result.position for result in results] == [None, None, 1, 2]
    assert all(result.created for result in results)
    assert counts(event) == (2, 2, 2)
    assert list(RSVP.objects.filter(event=event).values_list("sequence", flat=True)) == [1, 2, 3, 4]
    assert record.call_count == 4
    record.assert_called_with("rsvp", event_id=event.pk, user_id=people[3].pk)


def test_unlimited_capacity_confirms_everyone():
    event = EventFactory(capacity=None)
    for person in users(3):
        assert services.rsvp_create(event_id=event.pk, user=person).status == "confirmed"
    assert counts(event) == (3, 3, 0)


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        ({"moderation_status": Event.ModerationStatus.HELD}, services.EventNotFoundError, services.EVENT_NOT_FOUND),
        ({"archived_at": "now"}, services.EventNotFoundError, services.EVENT_NOT_FOUND),
        ({"status": EventStatus.CANCELLED}, services.EventCancelledError, "This event was cancelled."),
        ({"start": "past"}, services.EventStartedError, services.EVENT_STARTED),
    ],
)
def test_replies_to_events_that_are_not_open_are_refused(fields, error, message):
    if fields.get("archived_at") == "now":
        fields = {"archived_at": timezone.now()}
    if fields.get("start") == "past":
        fields = {"start": timezone.now() - dt.timedelta(minutes=1)}
    event = EventFactory(capacity=5, **fields)
    with pytest.raises(error) as raised:
        services.rsvp_create(event_id=event.pk, user=UserFactory())
    assert raised.value.message == message
    assert not RSVP.objects.exists()
    assert counts(event)[0] == 0


def test_merged_and_missing_events_are_not_found():
    target = EventFactory()
    merged = EventFactory()
    Event.objects.filter(pk=merged.pk).update(merged_into=target)
    for pk in (merged.pk, 999_999):
        with pytest.raises(services.EventNotFoundError):
            services.rsvp_create(event_id=pk, user=UserFactory())


def test_a_second_reply_is_refused_with_the_current_state():
    event = EventFactory(capacity=1)
    first, second = users(2)
    services.rsvp_create(event_id=event.pk, user=first)
    services.rsvp_create(event_id=event.pk, user=second)
    with pytest.raises(services.AlreadyRepliedError) as going:
        services.rsvp_create(event_id=event.pk, user=first)
    assert going.value.message == "You have already replied: you are going."
    with pytest.raises(services.AlreadyRepliedError) as waiting:
        services.rsvp_create(event_id=event.pk, user=second)
    assert waiting.value.message == "You have already replied: you are on the waitlist, position 1."
    assert (waiting.value.status, waiting.value.position) == ("waitlisted", 1)
    assert counts(event) == (1, 1, 1)


def test_cancelling_a_seat_promotes_the_first_waitlisted_and_mails_them(django_capture_on_commit_callbacks):
    event = EventFactory(capacity=1, title="Jazz\r\nBcc: evil@example.com night")
    first, second, third = users(3)
    for person in (first, second, third):
        services.rsvp_create(event_id=event.pk, user=person)
    with django_capture_on_commit_callbacks(execute=True):
        result = services.rsvp_cancel(event_id=event.pk, user=first)
    promoted = RSVP.objects.get(event=event, user=second)
    assert result.promoted_rsvp_id == promoted.pk
    assert promoted.status == "confirmed"
    assert promoted.promoted_at is not None
    assert promoted.confirmed_at is not None
    assert RSVP.objects.get(event=event, user=first).status == "cancelled"
    assert waitlist_position(rsvp=RSVP.objects.get(event=event, user=third)) == 1
    assert counts(event) == (1, 1, 1)
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [second.email]
    assert "\n" not in message.subject
    assert "\r" not in message.subject
    assert message.subject.startswith("You have a seat: Jazz")
    assert event.get_absolute_url() in message.body


def test_cancelling_a_waitlisted_reply_promotes_nobody_and_moves_the_queue_up():
    event = EventFactory(capacity=1)
    first, second, third = users(3)
    for person in (first, second, third):
        services.rsvp_create(event_id=event.pk, user=person)
    assert services.rsvp_cancel(event_id=event.pk, user=second).promoted_rsvp_id is None
    assert waitlist_position(rsvp=RSVP.objects.get(event=event, user=third)) == 1
    assert counts(event) == (1, 1, 1)


def test_cancelling_without_a_reply_is_refused():
    event = EventFactory()
    person = UserFactory()
    with pytest.raises(services.NotRepliedError) as raised:
        services.rsvp_cancel(event_id=event.pk, user=person)
    assert raised.value.message == "You have not replied to this event."
    services.rsvp_create(event_id=event.pk, user=person)
    services.rsvp_cancel(event_id=event.pk, user=person)
    with pytest.raises(services.NotRepliedError):
        services.rsvp_cancel(event_id=event.pk, user=person)


def test_a_cancelled_reply_comes_back_at_the_back_of_the_queue():
    event = EventFactory(capacity=1)
    first, second, third = users(3)
    for person in (first, second, third):
        services.rsvp_create(event_id=event.pk, user=person)
    services.rsvp_cancel(event_id=event.pk, user=third)
    again = services.rsvp_create(event_id=event.pk, user=third)
    assert not again.created
    assert (again.status, again.position) == ("waitlisted", 2)
    row = RSVP.objects.get(event=event, user=third)
    assert row.sequence == 4
    assert row.cancelled_at is None
    assert RSVP.objects.filter(event=event).count() == 3


def test_capacity_raise_promotes_the_waitlist_in_order(django_capture_on_commit_callbacks):
    event = EventFactory(capacity=1)
    people = users(5)
    for person in people:
        services.rsvp_create(event_id=event.pk, user=person)
    with django_capture_on_commit_callbacks(execute=True):
        change = services.event_capacity_set(event_id=event.pk, capacity=3)
    assert change == services.CapacityChange(promoted=2, over_capacity=0)
    statuses = dict(RSVP.objects.filter(event=event).values_list("user_id", "status"))
    assert [statuses[person.pk] for person in people] == ["confirmed"] * 3 + ["waitlisted"] * 2
    assert counts(event) == (3, 3, 2)
    assert sorted(message.to[0] for message in mail.outbox) == sorted([people[1].email, people[2].email])
    assert services.event_capacity_set(event_id=event.pk, capacity=None) == services.CapacityChange(2, 0)
    assert counts(event) == (5, 5, 0)


def test_capacity_cut_removes_nobody_and_says_by_how_many():
    event = EventFactory(capacity=4)
    for person in users(4):
        services.rsvp_create(event_id=event.pk, user=person)
    change = services.event_capacity_set(event_id=event.pk, capacity=1, by_user_id=None)
    assert change == services.CapacityChange(promoted=0, over_capacity=3)
    assert counts(event) == (4, 4, 0)
    latecomer = UserFactory()
    assert services.rsvp_create(event_id=event.pk, user=latecomer).status == "waitlisted"
    # A seat freed while over capacity is not handed on: the event is still one over.
    services.rsvp_cancel(event_id=event.pk, user=RSVP.objects.filter(event=event).first().user)
    assert counts(event) == (3, 3, 1)


@pytest.mark.parametrize("capacity", [0, -1])
def test_capacity_below_one_is_refused(capacity):
    event = EventFactory(capacity=5)
    with pytest.raises(ValueError, match="at least 1"):
        services.event_capacity_set(event_id=event.pk, capacity=capacity)
    event.refresh_from_db()
    assert event.capacity == 5


def test_account_deletion_cancels_every_reply_each_promoting(django_capture_on_commit_callbacks):
    leaving, waiting_a, waiting_b = users(3)
    one, two = EventFactory(capacity=1), EventFactory(capacity=1)
    for event in (one, two):
        services.rsvp_create(event_id=event.pk, user=leaving)
    services.rsvp_create(event_id=one.pk, user=waiting_a)
    services.rsvp_create(event_id=two.pk, user=waiting_b)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.rsvps_cancel_for_user(user_id=leaving.pk) == 2
    assert not RSVP.objects.filter(user=leaving).exclude(status="cancelled").exists()
    assert RSVP.objects.get(event=one, user=waiting_a).status == "confirmed"
    assert RSVP.objects.get(event=two, user=waiting_b).status == "confirmed"
    assert sorted(message.to[0] for message in mail.outbox) == sorted([waiting_a.email, waiting_b.email])
    assert services.rsvps_cancel_for_user(user_id=leaving.pk) == 0


def test_cancelled_event_mails_confirmed_and_waitlisted_once_committed(django_capture_on_commit_callbacks):
    event = EventFactory(capacity=1)
    going, waiting, gone = users(3)
    for person in (going, waiting, gone):
        services.rsvp_create(event_id=event.pk, user=person)
    services.rsvp_cancel(event_id=event.pk, user=gone)
    Event.objects.filter(pk=event.pk).update(status=EventStatus.CANCELLED)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert services.rsvps_notify_cancelled(event_id=event.pk) == 2
    assert not mail.outbox  # nothing before commit
    for callback in callbacks:
        callback()
    assert sorted(message.to[0] for message in mail.outbox) == sorted([going.email, waiting.email])
    assert all(message.subject.startswith("Cancelled: ") for message in mail.outbox)
    assert "was cancelled" in mail.outbox[0].body


def test_the_promotion_mail_waits_for_the_commit(django_capture_on_commit_callbacks):
    event = EventFactory(capacity=1)
    first, second = users(2)
    services.rsvp_create(event_id=event.pk, user=first)
    services.rsvp_create(event_id=event.pk, user=second)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.rsvp_cancel(event_id=event.pk, user=first)
    assert not mail.outbox  # queued for after commit, not sent inside the transaction
    for callback in callbacks:
        callback()
    assert [message.to for message in mail.outbox] == [[second.email]]
