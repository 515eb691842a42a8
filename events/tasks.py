"""Celery tasks for events: batch processing of staged records (hundreds per task, never one each)."""

from __future__ import annotations

import dataclasses

from celery import shared_task
from django.db import OperationalError

from events.services import staged_events_process


@shared_task(autoretry_for=(OperationalError,), retry_backoff=True, retry_jitter=True, max_retries=3, acks_late=True)
def process_staged_events(staged_event_ids: list[int]) -> dict:
    return dataclasses.asdict(staged_events_process(staged_event_ids=staged_event_ids))
