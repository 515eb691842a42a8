"""Celery tasks for digests, on the ``email`` queue (config: CELERY_TASK_ROUTES): ids in, one service call each."""

from __future__ import annotations

from smtplib import SMTPException

from anymail.exceptions import AnymailAPIError
from celery import shared_task

# Worth another try later: the mail server or the ESP's API was away or refused for now.
TRANSIENT = (OSError, SMTPException, AnymailAPIError)


@shared_task(
    acks_late=True, autoretry_for=TRANSIENT, retry_backoff=30, max_retries=5, soft_time_limit=60, time_limit=90
)
def send_confirmation(subscription_id: int) -> None:
    """The double opt-in mail for a pending subscription (or, for a confirmed one, a pointer to its manage page)."""
    from digests.services.subscriptions import subscription_send_confirmation

    subscription_send_confirmation(subscription_id=subscription_id)
