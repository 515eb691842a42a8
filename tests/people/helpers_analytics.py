"""Shared pieces of the analytics tests: a clean buffer, a flush that runs its after-commit step, stats rows."""

from __future__ import annotations

import datetime as dt

import pytest

from events.people.analytics import recording, services
from events.people.models import EventDailyStats


@pytest.fixture(autouse=True)
def clean_buffer():
    """This process's buffer starts empty (Redis's database is emptied by the suite's cache fixture)."""
    recording.local_buffer().reset()
    yield
    recording.local_buffer().reset()


@pytest.fixture
def flush(django_capture_on_commit_callbacks):
    """``interactions_flush()`` with its after-commit step (forgetting the taken records) run, as in a worker."""

    def run() -> int:
        with django_capture_on_commit_callbacks(execute=True):
            return services.interactions_flush()

    return run


def stats_of(event_id: int) -> dict[dt.date, tuple[int, int, int, int, int]]:
    """{day: (views, saves, rsvps, shares, clicks)} of one event."""
    return {
        row.day: (row.views, row.saves, row.rsvps, row.shares, row.clicks)
        for row in EventDailyStats.objects.filter(event_id=event_id)
    }


def utc_today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()
