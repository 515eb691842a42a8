"""The flood limit on organizers' writes: SUBMISSIONS_PER_HOUR submissions and edits per person per clock hour.

Counted in the shared cache (one counter per person and hour, config.cache.count_in_window), so every web
process sees the same count. Fails open when the cache is away: an organizer is not refused for our outage.
"""

from __future__ import annotations

import logging
import math
import time

from django.conf import settings
from django.core.cache import caches
from redis.exceptions import RedisError

from config.cache import count_in_window

logger = logging.getLogger(__name__)

WINDOW_SECONDS = 3600
TOO_MANY = "You have submitted or edited {limit} events this hour; try again in {minutes} minutes."


def submission_wait(*, user_id: int) -> int | None:
    """Count one write for ``user_id``; None when it is allowed, else the seconds until the next window."""
    limit = settings.SUBMISSIONS_PER_HOUR
    if limit <= 0:
        return None
    now = time.time()
    window = int(now // WINDOW_SECONDS)
    try:
        count = count_in_window(caches["default"], f"whatson:people:submissions:{user_id}:{window}", WINDOW_SECONDS + 1)
    except (RedisError, OSError):
        logger.warning("submission limit unavailable (cache error); write allowed", exc_info=True)
        return None
    if count <= limit:
        return None
    return max(1, math.ceil((window + 1) * WINDOW_SECONDS - now))


def too_many_message(wait_seconds: int) -> str:
    return TOO_MANY.format(limit=settings.SUBMISSIONS_PER_HOUR, minutes=max(1, math.ceil(wait_seconds / 60)))
