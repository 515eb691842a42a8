"""Fixtures for live-update tests: an empty bus (Redis stream or in-process) and a way to run async scenarios."""

from __future__ import annotations

import contextlib

import pytest
import redis

from realtime import subscriptions
from realtime.bus import get_bus, reset_bus


@pytest.fixture(autouse=True)
def empty_bus(settings):
    """Every test starts with an empty bus; with REDIS_URL it is the test Redis' stream, else the in-process one."""
    reset_bus()
    subscriptions._matchers.clear()  # compiled filters outlive a test's database otherwise
    with contextlib.suppress(redis.RedisError, OSError):  # Redis down: the test's service marker decides
        get_bus().clear()
    yield get_bus()
    reset_bus()
