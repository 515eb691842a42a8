"""The "event cancelled" mails of one task message go to each person once, however often the message runs: a
retry after the mail server went away half-way, or a redelivery after the worker died, mails only the rest.

Real parts: Redis (the shared cache remembering who was mailed), Django's SMTP backend and aiosmtpd sinks."""

from __future__ import annotations

import collections
import smtplib
import uuid

import pytest

from events.people.rsvps import notifications, services, tasks
from events.vocabulary import EventStatus
from tests.digests.smtp import SmtpSink
from tests.factories import EventFactory, UserFactory

pytestmark = [pytest.mark.redis, pytest.mark.django_db]


def cancelled_event_with(people: int):
    event = EventFactory(capacity=people, title="Harbour swim")
    users = UserFactory.create_batch(people)
    for user in users:
        services.rsvp_create(event_id=event.pk, user=user)
    event.status = EventStatus.CANCELLED
    event.save(update_fields=["status"])
    return event, [user.email for user in users]


def through(settings, sink: SmtpSink) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", sink.port
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
    settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""


def test_a_second_run_of_the_same_message_mails_only_those_the_first_did_not(settings):
    event, emails = cancelled_event_with(7)
    task_id = str(uuid.uuid4())
    with SmtpSink(close_after=3) as going_away, SmtpSink() as healthy:
        through(settings, going_away)
        with pytest.raises(smtplib.SMTPException):
            notifications.event_cancelled_send(event_id=event.pk, task_id=task_id)
        through(settings, healthy)
        assert notifications.event_cancelled_send(event_id=event.pk, task_id=task_id) == 4  # the retry: the rest
        assert notifications.event_cancelled_send(event_id=event.pk, task_id=task_id) == 0  # a redelivery: nothing
        mailed = collections.Counter(going_away.recipients() + healthy.recipients())
    assert mailed == {email: 1 for email in emails}


def test_another_message_for_the_same_event_mails_everyone_again(settings):
    """A new cancellation (restored, then cancelled again) is a new message: a new notice for everyone."""
    event, emails = cancelled_event_with(2)
    with SmtpSink() as sink:
        through(settings, sink)
        assert notifications.event_cancelled_send(event_id=event.pk, task_id=str(uuid.uuid4())) == 2
        assert notifications.event_cancelled_send(event_id=event.pk, task_id=str(uuid.uuid4())) == 2
        assert sorted(sink.recipients()) == sorted(emails * 2)


def test_the_task_passes_its_message_id(settings):
    event, emails = cancelled_event_with(2)
    task_id = str(uuid.uuid4())
    with SmtpSink() as sink:
        through(settings, sink)
        assert tasks.notify_event_cancelled.apply(args=[event.pk], task_id=task_id).get() == 2
        assert tasks.notify_event_cancelled.apply(args=[event.pk], task_id=task_id).get() == 0
        assert sorted(sink.recipients()) == sorted(emails)
