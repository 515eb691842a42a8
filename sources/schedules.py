"""Each active, fetchable Source's cron schedule, installed idempotently into django-celery-beat.

Beat's DatabaseScheduler reads PeriodicTask rows; we own the ones named ``whatson: fetch <slug>`` and keep
them in step with the Source table (create, update, remove). Call after any change to a Source.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping

from celery.schedules import crontab
from django.conf import settings
from django.db import transaction
from django_celery_beat.models import CrontabSchedule, IntervalSchedule, PeriodicTask

from sources.models import FetchRun, Source

TASK = "sources.tasks.fetch_source"
PREFIX = "whatson: fetch "
BAD_CRON = "Not a cron expression {value!r}: use five fields, minute hour day-of-month month day-of-week."
UNSCHEDULED_ADAPTERS = frozenset({"webhook", "submission"})  # pushed to us or typed in on the site, never fetched
SWEEP_TASK = "sources.tasks.sweep_orphans"
SWEEP_NAME = "whatson: sweep orphans"  # not under PREFIX: never mistaken for a vanished source's schedule
ALERTS_TASK = "sources.tasks.evaluate_alerts"
ALERTS_NAME = "whatson: evaluate alerts"


@dataclasses.dataclass(frozen=True)
class NightlyJob:
    name: str  # never under PREFIX, like the sweeper's
    task: str
    minute: str
    hour: str
    queue: str
    description: str
    # Keyword arguments of the task (JSON-serialisable): one task, several schedules (the digests' cadences).
    kwargs: Mapping[str, object] = dataclasses.field(default_factory=dict)


# The data lifecycle (events/services/retention.py), nightly in UTC, spaced so they never run side by side.
LIFECYCLE_JOBS = (
    NightlyJob(
        "whatson: purge staged records", "events.tasks.purge_staged_events", "15", "3", "process",
        "Delete staged records unseen for RETENTION_STAGED_DAYS that nothing still needs.",
    ),
    NightlyJob(
        "whatson: strip organizer contacts", "events.tasks.strip_organizer_contacts", "35", "3", "process",
        "Blank organizer contact details RETENTION_ORGANIZER_CONTACT_DAYS after their last event.",
    ),
    NightlyJob(
        "whatson: archive past events", "events.tasks.archive_past_events", "55", "3", "process",
        "Archive events that ended ARCHIVE_AFTER_DAYS ago: page kept, out of listings.",
    ),
)  # fmt: skip
# Every minute, installed with the lifecycle jobs: page views and shares counted in Redis into the events (events/analytics.py).
COUNTER_JOBS = (NightlyJob("whatson: flush view counts", "events.tasks.flush_event_counters", "*", "*", "process", "Counted views and shares into the events and the trending scores."),)  # fmt: skip


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


def alerts_schedule_sync() -> PeriodicTask:
    """Install (or update) the alert evaluation: every ALERT_EVERY_MINUTES."""
    with transaction.atomic():
        every, _ = IntervalSchedule.objects.get_or_create(
            every=settings.ALERT_EVERY_MINUTES, period=IntervalSchedule.MINUTES
        )
        task, _ = PeriodicTask.objects.update_or_create(
            name=ALERTS_NAME,
            defaults={
                "task": ALERTS_TASK, "interval": every, "crontab": None, "args": "[]", "kwargs": "{}",
                "queue": "fetch", "enabled": True,
                "description": "Check the alert rules; mail the admins about those that hold (with a cool-down).",
            },
        )  # fmt: skip
    return task


# Live state (realtime/tasks.py): place statuses predicted from opening hours (stale ones expire), and the weather.
LIVE_JOBS = (
    NightlyJob("whatson: refresh place statuses", "realtime.tasks.refresh_place_statuses", "*/15", "*", "default", "Predict open/closed from opening hours; expire stale live statuses."),
    NightlyJob("whatson: refresh weather", "realtime.tasks.refresh_weather", "7,37", "*", "default", "Current weather and forecast per city (needs OPENWEATHERMAP_API_KEY)."),
)  # fmt: skip


# Digests (digests/tasks.py): beat runs in UTC every quarter hour; the task works out, per city zone, which
# subscribers' send moment ("Thursday 09:00 local") has passed, so every zone gets its digest on its own clock.
DIGEST_JOBS = (
    NightlyJob("whatson: send daily digests", "digests.tasks.send_due_digests", "*/15", "*", "email", "Queue the daily digests that are due on their city's clock (DIGEST_DAILY_HOUR).", {"cadence": "daily"}),
    NightlyJob("whatson: send weekly digests", "digests.tasks.send_due_digests", "*/15", "*", "email", "Queue the weekly digests that are due on their city's clock (DIGEST_WEEKLY_WEEKDAY, DIGEST_WEEKLY_HOUR).", {"cadence": "weekly"}),
    NightlyJob("whatson: forget unconfirmed sign-ups", "digests.tasks.forget_unconfirmed", "25", "4", "default", "Delete sign-ups never confirmed within DIGEST_UNCONFIRMED_DAYS (nobody consented to keeping the address)."),
)  # fmt: skip


# People (events/people): RSVP reminders the day before (hourly: each run mails those whose event starts in the
# next day and who have not had one), the analytics buffer's flush (every minute) and the nightly roll-up that
# folds raw interactions older than ANALYTICS_RAW_DAYS into daily counts.
PEOPLE_JOBS = (
    NightlyJob("whatson: send RSVP reminders", "events.people.rsvps.tasks.send_reminders", "5", "*", "email", "Remind confirmed attendees of events that start within the next day."),
    NightlyJob("whatson: flush interactions", "events.people.analytics.tasks.flush_interactions", "*", "*", "default", "Write the buffered views, saves, RSVPs, shares and click-outs in one batch."),
    NightlyJob("whatson: roll up interactions", "events.people.analytics.tasks.rollup_interactions", "45", "3", "default", "Fold raw interactions older than ANALYTICS_RAW_DAYS into daily counts and delete them."),
)  # fmt: skip


def lifecycle_schedules_sync() -> list[PeriodicTask]:
    """Install (or update) the nightly data-lifecycle jobs, the live-state refreshes, the digest runs and the
    people jobs (reminders, analytics)."""
    tasks = []
    with transaction.atomic():
        for job in (*LIFECYCLE_JOBS, *COUNTER_JOBS, *LIVE_JOBS, *DIGEST_JOBS, *PEOPLE_JOBS):
            at, _ = CrontabSchedule.objects.get_or_create(
                minute=job.minute, hour=job.hour, day_of_month="*", month_of_year="*", day_of_week="*",
                timezone="UTC",
            )  # fmt: skip
            task, _ = PeriodicTask.objects.update_or_create(
                name=job.name,
                defaults={
                    "task": job.task, "crontab": at, "interval": None, "args": "[]", "kwargs": json.dumps(dict(job.kwargs)),
                    "queue": job.queue, "enabled": True, "description": job.description,
                },
            )  # fmt: skip
            tasks.append(task)
    return tasks


def schedules_sync_all() -> tuple[int, int]:
    """Bring every Source's schedule in step, and remove ours whose source is gone. Returns (scheduled, removed).

    Also installs the sweeper, the alert evaluation and the data-lifecycle jobs, which are no source's and are
    not counted.
    """
    sweeper_schedule_sync()
    alerts_schedule_sync()
    lifecycle_schedules_sync()
    scheduled = sum(source_schedule_sync(source=source) is not None for source in Source.objects.all())
    known = {schedule_name(slug) for slug in Source.objects.values_list("slug", flat=True)}
    orphans = PeriodicTask.objects.filter(name__startswith=PREFIX).exclude(name__in=known)
    removed, _ = orphans.delete()
    return scheduled, removed
