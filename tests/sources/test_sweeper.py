"""The sweeper and the retry policy: lost work is found and finished without a human or the next fetch."""

from __future__ import annotations

import datetime as dt

import psycopg
import pytest
import redis
from django.db import connection
from django.test import override_settings
from django.utils import timezone
from django_celery_beat.models import PeriodicTask

from config.celery import TRANSIENT_MAX_RETRIES, backoff_floor, backoff_seconds
from events.models import StagedEvent
from sources.http import HttpClient
from sources.locks import FETCH_LOCK_NAMESPACE
from sources.models import FetchRun, Source
from sources.schedules import SWEEP_NAME, schedules_sync_all
from sources.services import INTERRUPTED, SERVICE_AWAY, source_fetch
from sources.tasks import fetch_source, sweep_orphans
from tests.factories import CityFactory, SourceFactory
from tests.sources.helpers import no_wait
from tests.sources.test_lifecycle import TEN, calendar

LONG_AGO = dt.timedelta(hours=2)


def age(queryset, by: dt.timedelta) -> None:
    """Records and runs as a lost worker leaves them: untouched for a while."""
    then = timezone.now() - by
    if queryset.model is StagedEvent:
        queryset.update(updated_at=then, last_seen_at=then)
    else:
        queryset.update(started_at=then)


def test_retries_outlast_a_minute_long_outage():
    assert backoff_floor(TRANSIENT_MAX_RETRIES) >= 120
    assert [backoff_seconds(n, rand=0.0) for n in range(7)] == [2, 4, 8, 16, 32, 60, 60]
    assert backoff_seconds(3, rand=1.0) == 20  # jitter only adds


@pytest.mark.django_db
def test_records_left_pending_are_queued_again_and_finish(tmp_path, django_capture_on_commit_callbacks):
    city = CityFactory(name="New York", slug="new-york", timezone="America/New_York")
    source = SourceFactory(city=city, config={"path": str(calendar(tmp_path / "v.ics", TEN))})
    outcome = source_fetch(source=source)  # staged; the batch is then "lost" (never processed)
    pending = StagedEvent.objects.filter(pk__in=outcome.pending_ids)
    assert pending.filter(status=StagedEvent.Status.PENDING).count() == 10

    assert sweep_orphans.delay().get()["requeued"] == 0  # fresh records are left to their own batch
    age(pending, LONG_AGO)
    with django_capture_on_commit_callbacks(execute=True) as queued:
        result = sweep_orphans.delay().get()

    # One batch enqueued for the ten (the pipeline's own after-commit announcement of the events is not a batch).
    batches = [callback for callback in queued if callback.__module__ != "events.services.changes"]
    assert (result["requeued"], len(batches)) == (10, 1)
    assert not StagedEvent.objects.filter(source=source, status=StagedEvent.Status.PENDING).exists()


@pytest.mark.django_db
def test_a_claimed_record_is_not_queued_again_by_the_next_sweep(tmp_path):
    source = SourceFactory(config={"path": str(calendar(tmp_path / "v.ics", TEN))})
    source_fetch(source=source)
    age(StagedEvent.objects.filter(source=source), LONG_AGO)
    from sources.sweeping import staged_events_claim_stale

    assert len(staged_events_claim_stale(now=timezone.now())) == 10
    assert staged_events_claim_stale(now=timezone.now()) == []


@pytest.mark.postgres
@pytest.mark.django_db
def test_runs_that_never_ended_are_closed_unless_their_fetch_still_holds_the_lock(settings):
    dead = SourceFactory(slug="dead")
    busy = SourceFactory(slug="busy")
    now = timezone.now()
    dead_run = FetchRun.objects.create(source=dead, started_at=now)
    busy_run = FetchRun.objects.create(source=busy, started_at=now)
    FetchRun.objects.create(source=dead, started_at=now, status=FetchRun.Status.SUCCESS)
    age(FetchRun.objects.filter(pk__in=[dead_run.pk, busy_run.pk]), LONG_AGO)
    db = connection.settings_dict
    # A `fetch` command elsewhere (its own connection) is still reading the busy source.
    with psycopg.connect(
        host=db["HOST"] or "127.0.0.1", port=db["PORT"] or 5432, user=db["USER"], dbname=db["NAME"], autocommit=True
    ) as other:
        other.execute("SELECT pg_advisory_lock(%s, %s)", [FETCH_LOCK_NAMESPACE, busy.pk])
        result = sweep_orphans.delay().get()

    assert result["closed_runs"] == 1
    dead_run.refresh_from_db()
    busy_run.refresh_from_db()
    dead.refresh_from_db()
    assert dead_run.status == FetchRun.Status.FAILED
    assert dead_run.finished_at is not None
    assert dead_run.errors[-1]["reason"] == INTERRUPTED
    assert (dead.health, dead.consecutive_failures) == (Source.Health.FAILING, 1)
    assert busy_run.status == FetchRun.Status.RUNNING


@pytest.mark.django_db
def test_a_dead_run_closed_after_the_redelivered_fetch_succeeded_leaves_the_source_healthy(tmp_path):
    """A worker killed mid-fetch: its task came back and fetched; minutes later the sweeper closes the dead run.
    That old run must not turn a source that has just been fetched into a failing one."""
    source = SourceFactory(config={"path": str(calendar(tmp_path / "v.ics", TEN))})
    dead = FetchRun.objects.create(source=source, started_at=timezone.now())
    age(FetchRun.objects.filter(pk=dead.pk), LONG_AGO)
    assert source_fetch(source=source).run.status == FetchRun.Status.SUCCESS  # the redelivered task's run

    assert sweep_orphans.delay().get()["closed_runs"] == 1
    dead.refresh_from_db()
    source.refresh_from_db()
    assert (dead.status, dead.errors[-1]["reason"]) == (FetchRun.Status.FAILED, INTERRUPTED)
    assert (source.health, source.consecutive_failures, source.last_error) == (Source.Health.HEALTHY, 0, "")


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # its calendar is dated December 2026 (tests/clock.py)
def test_a_304_queues_the_sources_pending_records_again(recorded):
    body = (
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//t//EN\nBEGIN:VEVENT\nUID:one@x\nDTSTAMP:20260101T000000Z\n"
        "DTSTART:20261205T200000Z\nSUMMARY:Once\nEND:VEVENT\nEND:VCALENDAR\n"
    )
    recorded.add(
        "/cal.ics",
        recorded.reply(body=body, content_type="text/calendar", headers={"ETag": '"v1"'}),
        recorded.reply(status=304, headers={"ETag": '"v1"'}),
    )
    source = SourceFactory(config={"url": recorded.url("/cal.ics"), "allow_private_network": True})
    first = source_fetch(source=source, sleep=no_wait)  # its batch is lost: the record stays pending

    again = source_fetch(source=source, sleep=no_wait)

    assert again.run.not_modified
    assert recorded.requests[-1].headers.get("if-none-match") == '"v1"'
    assert again.pending_ids == first.pending_ids != []


@pytest.mark.django_db
def test_the_sweeper_is_installed_idempotently_beside_the_fetch_schedules():
    SourceFactory(slug="one")
    assert schedules_sync_all() == (1, 0)
    assert schedules_sync_all() == (1, 0)
    sweeper = PeriodicTask.objects.get(name=SWEEP_NAME)
    assert (sweeper.task, sweeper.interval.every, sweeper.enabled) == ("sources.tasks.sweep_orphans", 5, True)
    assert PeriodicTask.objects.filter(name=SWEEP_NAME).count() == 1


# A Redis that is not there: nothing listens on port 9 (discard) on this machine.
GONE_REDIS = {
    "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:9/0"}
}


@pytest.mark.django_db
def test_the_city_page_degrades_when_the_cache_is_gone_and_healthz_says_so(client):
    city = CityFactory(name="New York", slug="new-york", timezone="America/New_York")
    with override_settings(CACHES=GONE_REDIS):
        page = client.get(city.get_absolute_url())
        health = client.get("/healthz")
    assert page.status_code == 200
    assert health.status_code == 503
    assert health.json()["checks"] == {"database": "ok", "cache": "failing"}


CALENDAR_BODY = (
    "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//t//t//EN\nBEGIN:VEVENT\nUID:blip@x\nDTSTAMP:20260101T000000Z\n"
    "DTSTART:20261205T200000Z\nSUMMARY:Blip\nEND:VEVENT\nEND:VCALENDAR\n"
)


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # its calendar is dated December 2026 (tests/clock.py)
def test_redis_gone_under_a_fetch_is_not_the_sources_failure(recorded, monkeypatch):
    """The shared cache counts each request's rate token: a Redis restart mid-run failed the run as the source's
    own "internal error" (one step nearer to disabling it) and nobody retried. Now the task retries it."""
    recorded.add("/cal.ics", recorded.reply(body=CALENDAR_BODY, content_type="text/calendar"))
    source = SourceFactory(config={"url": recorded.url("/cal.ics"), "allow_private_network": True})
    monkeypatch.setattr(HttpClient, "_take_rate_token", redis_gone)
    with pytest.raises(redis.ConnectionError):
        source_fetch(source=source, sleep=no_wait)
    run = FetchRun.objects.get(source=source)
    source.refresh_from_db()
    assert run.status == FetchRun.Status.FAILED
    assert run.errors == [{"reason": SERVICE_AWAY.format(kind="ConnectionError")}]
    assert (source.health, source.consecutive_failures, source.is_active) == (Source.Health.NEW, 0, True)


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")
def test_the_fetch_task_retries_after_a_redis_blip_and_the_source_stays_healthy(recorded, monkeypatch):
    recorded.add("/cal.ics", recorded.reply(body=CALENDAR_BODY, content_type="text/calendar"))
    source = SourceFactory(config={"url": recorded.url("/cal.ics"), "allow_private_network": True})
    take = HttpClient._take_rate_token
    blips = []

    def once_gone(self, deadline):
        if not blips:
            blips.append(deadline)
            redis_gone(self, deadline)
        return take(self, deadline)

    monkeypatch.setattr(HttpClient, "_take_rate_token", once_gone)
    monkeypatch.setattr("sources.tasks.backoff_seconds", lambda retries: 0)
    result = fetch_source.apply(args=[source.pk], throw=False)  # eager: a retry is applied again at once
    assert result.get()["status"] == FetchRun.Status.SUCCESS
    source.refresh_from_db()
    statuses = list(FetchRun.objects.filter(source=source).order_by("pk").values_list("status", flat=True))
    assert statuses == [FetchRun.Status.FAILED, FetchRun.Status.SUCCESS]
    assert (source.health, source.consecutive_failures) == (Source.Health.HEALTHY, 0)


def redis_gone(client, deadline):
    raise redis.ConnectionError("Error 111 connecting to 127.0.0.1:6379. Connection refused.")
