"""config/cache.py: Django's Redis cache with one redis-py client per process, on a real Redis."""

from __future__ import annotations

import os
import threading

import pytest
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache

from config.cache import RedisCache, count_in_window

pytestmark = pytest.mark.redis


@pytest.fixture
def cache() -> RedisCache:
    backend = caches["default"]
    assert isinstance(backend, RedisCache), "settings point CACHES at config.cache.RedisCache when REDIS_URL is set"
    return backend


def test_the_usual_operations(cache):
    cache.set("a", {"x": [1, 2]}, 30)
    assert cache.get("a") == {"x": [1, 2]}
    assert cache.add("a", "other", 30) is False
    assert cache.add("b", 5, 30) is True
    assert cache.incr("b") == 6
    assert cache.incr("b", 4) == 10
    with pytest.raises(ValueError, match="not found"):
        cache.incr("missing")
    cache.set_many({"c": "three", "d": 4}, 30)
    assert cache.get_many(["a", "c", "d", "missing"]) == {"a": {"x": [1, 2]}, "c": "three", "d": 4}
    cache.delete_many(["a", "c"])
    assert cache.get_many(["a", "b", "c", "d"]) == {"b": 10, "d": 4}
    assert cache.delete("d") is True
    assert cache.has_key("d") is False
    cache.clear()
    assert cache.get("b") is None


def test_one_client_for_every_call_and_thread(cache):
    first = cache._cache.get_client("k", write=True)
    assert cache._cache.get_client("other") is first
    seen: list[object] = []

    def in_a_thread() -> None:
        backend = caches["default"]  # Django gives each thread its own backend object...
        backend.set("from-thread", 1, 30)
        seen.append(backend._cache.get_client(None))

    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join()
    assert seen == [first]  # ...which shares the process's client
    assert cache.get("from-thread") == 1


def test_a_forked_child_gets_its_own_connections(cache):
    """What gunicorn's preload does: the parent used the pool, then forks; both keep working."""
    cache.set("before-fork", "parent", 30)
    cache.set("counter", 1, 30)
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: answer through the pipe, never return into pytest
        status = 1
        try:
            child = caches["default"]
            child.set("from-child", "child", 30)
            ok = child.get("before-fork") == "parent" and child.incr("counter") == 2
            os.write(write, b"ok" if ok else b"wrong")
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    answer = b""
    while chunk := os.read(read, 16):
        answer += chunk
    os.close(read)
    _, status = os.waitpid(pid, 0)
    assert os.WEXITSTATUS(status) == 0
    assert answer == b"ok"
    assert cache.get("from-child") == "child"
    assert cache.incr("counter") == 3  # the parent's connections survived the child's use


def test_count_in_window_on_redis(cache):
    assert [count_in_window(cache, "hits", 30) for _ in range(3)] == [1, 2, 3]
    client = cache._cache.get_client(None)
    assert 0 < client.ttl(cache.make_and_validate_key("hits")) <= 30  # the window's counter expires


def test_count_in_window_on_another_backend():
    local = LocMemCache("count-test", {})
    assert [count_in_window(local, "hits", 30) for _ in range(3)] == [1, 2, 3]
