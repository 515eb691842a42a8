"""Celery tasks for RSVPs: ids in, one service call each. ``notify_*`` run on the transactional queue (a person
waits for them), ``send_reminders`` on the email queue (config: CELERY_TASK_ROUTES)."""

from __future__ import annotations

from smtplib import SMTPException

from anymail.exceptions import AnymailAPIError
from celery import Task, shared_task

# Worth another try later: the mail server or the ESP's API was away or refused for now.
TRANSIENT = (OSError, SMTPException, AnymailAPIError)


@shared_task(
    acks_late=True, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=5, soft_time_limit=60, time_limit=90
)
def notify_promoted(rsvp_id: int) -> bool:
    """Mail the person whose waitlisted reply just became a seat."""
    from events.people.rsvps.notifications import rsvp_promoted_send

    return rsvp_promoted_send(rsvp_id=rsvp_id)


@shared_task(
    bind=True,
    acks_late=True,
    autoretry_for=TRANSIENT,
    retry_backoff=30,
    max_retries=5,
    soft_time_limit=240,
    time_limit=300,
)
def notify_event_cancelled(self: Task, event_id: int) -> int:
    """Mail everyone confirmed or waitlisted for an event that was cancelled (a retry or a redelivery of this
    message mails only those not mailed yet)."""
    from events.people.rsvps.notifications import event_cancelled_send

    return event_cancelled_send(event_id=event_id, task_id=self.request.id)


@shared_task(
    acks_late=True, autoretry_for=TRANSIENT, retry_backoff=60, max_retries=3, soft_time_limit=240, time_limit=300
)
def send_reminders() -> int:
    """Hourly (beat): remind confirmed attendees of events starting within the next day, once each."""
    from events.people.rsvps.notifications import rsvp_reminders_send

    return rsvp_reminders_send()
