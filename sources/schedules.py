"""Each active, fetchable Source's cron schedule, installed idempotently into django-celery-beat.

Beat's DatabaseScheduler reads PeriodicTask rows; we own the ones named ``whatson: fetch <slug>`` and keep
them in step with the Source table (create, update, remove). Call after any change to a Source.
"""

from __future__ import annotations

import json

from celery.schedules import crontab
from django.conf import settings
from django.db import transaction
from django_celery_beat.models import CrontabSchedule, IntervalSchedule, PeriodicTask

from sources.models import FetchRun, Source

TASK = "sources.tasks.fetch_source"
PREFIX = "whatson: fetch "
BAD_CRON = "Not a cron expression {value!r}: use five fields, minute hour day-of-month month day-of-week."
UNSCHEDULED_ADAPTERS = frozenset({"webhook"})  # pushed to us, never fetched
SWEEP_TASK = "sources.tasks.sweep_orphans"
SWEEP_NAME = "whatson: sweep orphans"  # not under PREFIX: never mistaken for a vanished source's schedule


def cron_fields(expression: str) -> tuple[str, str, str, str, str]:
    """Five validated cron fields, or ValueError with a message for people."""
    fields = expression.split()
    if len(fields) != 5:
        raise ValueError(BAD_CRON.format(value=expression))
    minute, hour, day_of_month, month, day_of_week = fields
    try:
        crontab(minute=minute, hour=hour, day_of_month=day_of_month, month_of_year=month, day_of_week=day_of_week)
    except (ValueError, TypeError, IndexError) as exc:
        raise ValueError(BAD_CRON.format(value=expression)) from exc
    return minute, hour, day_of_month, month, day_of_week


def schedule_name(slug: str) -> str:
    return f"{PREFIX}{slug}"


def source_schedule_sync(*, source: Source) -> PeriodicTask | None:
    """Create, update or remove the source's periodic fetch. Returns the task, or None when unscheduled."""
    name = schedule_name(source.slug)
    if not source.is_active or source.adapter in UNSCHEDULED_ADAPTERS:
        PeriodicTask.objects.filter(name=name).delete()
        return None
    minute, hour, day_of_month, month, day_of_week = cron_fields(source.schedule)
    with transaction.atomic():
        schedule, _ = CrontabSchedule.objects.get_or_create(
            minute=minute, hour=hour, day_of_month=day_of_month, month_of_year=month, day_of_week=day_of_week,
            timezone="UTC",
        )  # fmt: skip
        task, _ = PeriodicTask.objects.update_or_create(
            name=name,
            defaults={
                "task": TASK,
                "crontab": schedule,
                "interval": None,
                "args": json.dumps([source.pk]),
                "kwargs": json.dumps({"trigger": FetchRun.Trigger.SCHEDULE}),
                "queue": "fetch",
                "enabled": True,
                "description": f"Fetch {source.name} ({source.schedule} UTC)",
            },
        )
    return task


def schedule_delete(*, slug: str) -> None:
    PeriodicTask.objects.filter(name=schedule_name(slug)).delete()


def sweeper_schedule_sync() -> PeriodicTask:
    """Install (or update) the sweeper that finishes orphaned work: every SWEEP_EVERY_MINUTES."""
    with transaction.atomic():
        every, _ = IntervalSchedule.objects.get_or_create(
            every=settings.SWEEP_EVERY_MINUTES, period=IntervalSchedule.MINUTES
        )
        task, _ = PeriodicTask.objects.update_or_create(
            name=SWEEP_NAME,
            defaults={
                "task": SWEEP_TASK,
                "interval": every,
                "crontab": None,
                "args": "[]",
                "kwargs": "{}",
                "queue": "fetch",
                "enabled": True,
                "description": "Queue records left pending again; close runs that never ended.",
            },
        )
    return task


def schedules_sync_all() -> tuple[int, int]:
    """Bring every Source's schedule in step, and remove ours whose source is gone. Returns (scheduled, removed).

    Also installs the sweeper, which is not a source's and is not counted.
    """
    sweeper_schedule_sync()
    scheduled = sum(source_schedule_sync(source=source) is not None for source in Source.objects.all())
    known = {schedule_name(slug) for slug in Source.objects.values_list("slug", flat=True)}
    orphans = PeriodicTask.objects.filter(name__startswith=PREFIX).exclude(name__in=known)
    removed, _ = orphans.delete()
    return scheduled, removed
