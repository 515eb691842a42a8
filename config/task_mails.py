"""Mails a task hands over one at a time, remembered per task message: a second run of the same message (a
retry after the mail server went away half-way, a redelivery after the worker was killed or stalled) sends only
what the first did not hand over.

Keyed by the task's message id (``self.request.id``, kept by Celery's retries and by the broker's redeliveries),
so the same notice for a new occasion (an event cancelled, restored and cancelled again: a new message) is sent
again. Remembered in the shared cache (Redis) for DONE_SECONDS, like config/task_claims.py's "done" marks; each
recipient is marked right after its message was handed over. Without a task id (called directly) or with the
cache away, nothing is remembered and everything is sent: at least once, as before. The window left is the one
every mail has: a worker killed between the server's "accepted" and the mark sends that one message again.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable

from django.core.cache import cache

from config.task_claims import DONE_SECONDS

logger = logging.getLogger(__name__)


def _key(task_id: str, recipient: str) -> str:
    digest = hashlib.blake2b(recipient.strip().lower().encode(), digest_size=12).hexdigest()
    return f"whatson:task-mailed:{task_id}:{digest}"


def mailed_before(task_id: str | None, recipients: Iterable[str]) -> set[str]:
    """Of these recipients, those this task message already handed a mail over to (one cache read)."""
    recipients = list(recipients)
    if not task_id or not recipients:
        return set()
    keys = {_key(task_id, recipient): recipient for recipient in recipients}
    try:
        found = cache.get_many(list(keys))
    except Exception:  # the cache away: send (at least once), do not fail the task
        logger.warning("task mails: could not read what %s already sent", task_id, exc_info=True)
        return set()
    return {keys[key] for key in found}


def mailed(task_id: str | None, recipient: str) -> None:
    """Remember that this task message handed its mail to ``recipient`` over (call right after the handoff)."""
    if not task_id:
        return
    try:
        cache.set(_key(task_id, recipient), 1, timeout=DONE_SECONDS)
    except Exception:
        logger.warning("task mails: could not remember a mail of %s", task_id, exc_info=True)
