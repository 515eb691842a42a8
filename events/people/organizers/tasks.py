"""Celery tasks for organizers: ids in, one service call each (``notify_*`` run on the transactional queue)."""

from __future__ import annotations

from smtplib import SMTPException

from anymail.exceptions import AnymailAPIError
from celery import shared_task

# Worth another try later: the mail server or the ESP's API was away or refused for now.
TRANSIENT = (OSError, SMTPException, AnymailAPIError)


@shared_task(
    acks_late=True, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=5, soft_time_limit=60, time_limit=90
)
def notify_claim_decided(membership_id: int) -> bool:
    """Mail a claimant the moderator's verdict on their claim."""
    from events.people.organizers.services import membership_decision_mail_send

    return membership_decision_mail_send(membership_id=membership_id)
