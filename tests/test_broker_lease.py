"""The lease renewal's two halves (config/broker_lease.py) on the test Redis: what a worker holds, and the renewal
that touches only messages still unacked. The whole story (a live worker's long batch kept, a killed worker's
handed on) is tests/test_faults.py's, with real workers."""

from __future__ import annotations

from collections import OrderedDict
from types import SimpleNamespace

import pytest
import redis as redis_py
from django.conf import settings

from config.broker_lease import held_tags, index_key, renew

pytestmark = pytest.mark.redis
KEY = "lease-test:unacked_index"


@pytest.fixture
def client():
    connection = redis_py.Redis.from_url(settings.REDIS_URL)
    connection.delete(KEY)
    yield connection
    connection.delete(KEY)
    connection.close()


def consumer(delivered: list[str], dirty: set[str], prefix: str = "") -> SimpleNamespace:
    qos = SimpleNamespace(_delivered=OrderedDict.fromkeys(delivered), _dirty=dirty)
    channel = SimpleNamespace(qos=qos, unacked_index_key="unacked_index", global_keyprefix=prefix)
    return SimpleNamespace(task_consumer=SimpleNamespace(channel=channel))


def test_renewal_moves_unacked_messages_forward_and_never_adds_one_back(client):
    client.zadd(KEY, {"running": 100.0, "waiting-for-eta": 200.0})
    assert renew(client, KEY, ["running", "waiting-for-eta", "acked-meanwhile"], now=5000.0) == 2
    assert dict(client.zrange(KEY, 0, -1, withscores=True)) == {b"running": 5000.0, b"waiting-for-eta": 5000.0}
    assert client.zscore(KEY, "acked-meanwhile") is None  # acked or restored by another worker: stays gone
    assert renew(client, KEY, []) == 0


def test_held_tags_are_the_taken_messages_not_yet_acked():
    assert held_tags(consumer(["a", "b", "c"], {"b"})) == ["a", "c"]
    assert held_tags(SimpleNamespace(task_consumer=None)) == []  # between a lost connection and the next one
    assert index_key(consumer([], set(), prefix="whatson:")) == "whatson:unacked_index"
