"""A fetch job asked for through the admin API: a FetchRun created `queued` that the worker (or the sweeper) ends."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from sources.models import FetchRun
from sources.services import INTERRUPTED
from sources.sweeping import fetch_runs_close_stale
from sources.tasks import SOURCE_GONE, fetch_source
from tests.factories import SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def test_a_queued_run_whose_source_went_away_is_skipped_not_left_queued():
    source = SourceFactory(slug="gone")
    run = FetchRun.objects.create(
        source=source, trigger=FetchRun.Trigger.ADMIN, status=FetchRun.Status.QUEUED, started_at=timezone.now()
    )
    source.is_active = False
    source.save(update_fields=["is_active"])

    fetch_source(source.pk, FetchRun.Trigger.ADMIN, run.pk)

    run.refresh_from_db()
    assert run.status == FetchRun.Status.SKIPPED
    assert run.finished_at is not None
    assert run.errors == [{"reason": SOURCE_GONE}]


def test_the_sweeper_closes_a_queued_run_whose_task_was_lost(settings):
    source = SourceFactory(slug="lost")
    long_ago = timezone.now() - dt.timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 120)
    lost = FetchRun.objects.create(source=source, status=FetchRun.Status.QUEUED, started_at=long_ago)
    fresh = FetchRun.objects.create(source=source, status=FetchRun.Status.QUEUED, started_at=timezone.now())

    assert fetch_runs_close_stale(now=timezone.now()) == 1

    lost.refresh_from_db()
    fresh.refresh_from_db()
    assert lost.status == FetchRun.Status.FAILED
    assert lost.errors[-1]["reason"] == INTERRUPTED
    assert fresh.status == FetchRun.Status.QUEUED
