"""The moderation queue's counts are coalesced across processes (a Redis slot per interval) and still end exact: a
change that finds the slot taken schedules one trailing publish, which reads the counts after it."""

from __future__ import annotations

import json
from typing import Any

import pytest
import redis

from events.models import Event
from realtime import bus, services, tasks
from tests.factories import CityFactory, EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.redis]


@pytest.fixture
def coalescing(settings):
    settings.REALTIME_MODERATION_COUNTS_SECONDS = 30.0  # no slot expires by itself during a test
    bus.reset_bus()
    bus.redis_client().delete(*services.COUNTS_KEYS)
    yield
    bus.redis_client().delete(*services.COUNTS_KEYS)


@pytest.fixture
def scheduled(monkeypatch):
    """The trailing publishes asked for (countdowns), instead of eager runs."""
    asked: list[float] = []
    monkeypatch.setattr(tasks.publish_moderation_counts, "apply_async", lambda **kw: asked.append(kw["countdown"]))
    return asked


def published_counts() -> list[dict]:
    entries: Any = bus.redis_client().xrange(bus.STREAM_KEY)
    return [json.loads(fields[b"m"])["counts"] for _, fields in entries if fields[b"t"] == b"moderation"]


def hold_one(city) -> None:
    EventFactory(city=city, moderation_status=Event.ModerationStatus.HELD)


def test_changes_within_the_interval_share_one_trailing_publish_that_ends_exact(coalescing, scheduled):
    city = CityFactory()
    hold_one(city)
    services.moderation_broadcast()  # the slot was free: published at once
    assert [counts["held"] for counts in published_counts()] == [1]
    hold_one(city)
    services.moderation_broadcast()  # slot taken: a trailing publish is scheduled, after the slot frees
    hold_one(city)
    services.moderation_broadcast()  # one is scheduled already
    assert len(scheduled) == 1
    assert scheduled[0] >= 30.0
    assert [counts["held"] for counts in published_counts()] == [1]
    assert tasks.publish_moderation_counts() is True  # the trailing run: the counts after the last change
    assert [counts["held"] for counts in published_counts()] == [1, 3]
    assert tasks.publish_moderation_counts() is False  # nothing new since: no count, no message
    assert len(published_counts()) == 2


def test_a_trailing_publish_already_covered_by_a_later_one_sends_nothing(coalescing, scheduled):
    city = CityFactory()
    services.moderation_broadcast()
    hold_one(city)
    services.moderation_broadcast()  # schedules the trailing publish
    bus.redis_client().delete(services.COUNTS_SLOT_KEY)  # the interval passed
    hold_one(city)
    services.moderation_broadcast()  # slot free again: publishes, covering both changes
    assert [counts["held"] for counts in published_counts()] == [0, 2]
    assert tasks.publish_moderation_counts() is False
    assert len(published_counts()) == 2


def test_with_eager_tasks_the_last_change_is_published_at_once(coalescing):
    city = CityFactory()
    for _ in range(3):
        hold_one(city)
        services.moderation_broadcast()
    # The first at once; each later one found the slot taken and ran its trailing publish at once (eager).
    assert [counts["held"] for counts in published_counts()] == [1, 2, 3]


def test_without_coalescing_or_without_redis_every_change_publishes(coalescing, settings, monkeypatch):
    city = CityFactory()
    hold_one(city)
    settings.REALTIME_MODERATION_COUNTS_SECONDS = 0
    services.moderation_broadcast()
    services.moderation_broadcast()
    settings.REALTIME_MODERATION_COUNTS_SECONDS = 30.0

    def unreachable():
        raise redis.ConnectionError("down")

    monkeypatch.setattr(bus, "redis_client", unreachable)
    services.moderation_broadcast()
    services.moderation_broadcast()
    monkeypatch.undo()
    assert [counts["held"] for counts in published_counts()] == [1, 1, 1, 1]


def test_a_broker_that_refuses_the_trailing_task_publishes_at_once(coalescing, monkeypatch):
    def refuse(**_kwargs):
        raise OSError("broker down")

    monkeypatch.setattr(tasks.publish_moderation_counts, "apply_async", refuse)
    city = CityFactory()
    services.moderation_broadcast()
    hold_one(city)
    services.moderation_broadcast()
    assert [counts["held"] for counts in published_counts()] == [0, 1]
