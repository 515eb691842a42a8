"""The Redis cache backend, with one redis-py client per process instead of one per operation.

Django's ``RedisCache`` makes a new ``redis.Redis`` for every cache call. Building one is not free (redis-py
fills a table of response callbacks for every command, ~0.3 ms of CPU), and a cached page or API hit makes
several calls. ``RedisCache`` here keeps one connection pool and one client per (server, options) for the
whole process, shared by every thread (redis-py's pool and client are thread-safe: each command takes a
connection from the pool and gives it back) and by every ``RedisCache`` instance Django makes (one per thread).

Fork-safe: a redis-py pool remembers the pid that made it and drops its inherited connections the first time
it is used in another process, so a pool created before gunicorn forks its workers (preload_app) gives each
worker its own sockets.

``count_in_window`` is the rate limiter's counter: one atomic round trip on Redis (INCR, and EXPIRE when that
created the key, in a Lua script), ``add`` + ``incr`` on other backends.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from typing import Any

import redis
from django.core.cache import BaseCache
from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from django.core.cache.backends.redis import RedisCacheClient
from redis.commands.core import Script

_clients: dict[tuple[str, str], redis.Redis] = {}
_clients_lock = threading.Lock()


class SharedClientRedisCacheClient(RedisCacheClient):
    """Django's client, but ``get_client`` hands out one process-wide ``redis.Redis`` per server."""

    # Set by Django's __init__ (undeclared in its stubs).
    _servers: list[str]
    _pool_options: dict[str, Any]
    _pool_class: Any
    _client: type[redis.Redis]
    _get_connection_pool_index: Callable[[bool], int]

    def get_client(self, key: Any = None, *, write: bool = False) -> redis.Redis:
        index = self._get_connection_pool_index(write)
        registry_key = (self._servers[index], repr(sorted(self._pool_options.items(), key=lambda item: item[0])))
        client = _clients.get(registry_key)
        if client is None:
            with _clients_lock:
                client = _clients.get(registry_key)
                if client is None:
                    pool = self._pool_class.from_url(self._servers[index], **self._pool_options)
                    client = self._client(connection_pool=pool)
                    _clients[registry_key] = client
        return client


class RedisCache(DjangoRedisCache):
    """``django.core.cache.backends.redis.RedisCache`` with a shared client (see the module's docstring)."""

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        super().__init__(server, params)
        self._class = SharedClientRedisCacheClient

    def count_in_window(self, key: str, seconds: int) -> int:
        """Add one to the counter ``key`` (created at 1 and expiring after ``seconds``) and return it.

        One round trip, atomic: a Lua script that INCRs and, when that created the key, sets its expiry.
        (INCR then a separate EXPIRE costs a second round trip on every window's first request, which with
        many clients is most requests; a SET NX + INCR pipeline costs half as much CPU again as the script.)
        """
        full_key = self.make_and_validate_key(key)
        client = self._cache.get_client(full_key, write=True)
        return int(_count_script(client)(keys=[full_key], args=[max(1, int(seconds))], client=client))


COUNT_LUA = """
local count = redis.call('INCR', KEYS[1])
if count == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return count
"""


@functools.lru_cache(maxsize=16)
def _count_script(client: redis.Redis) -> Script:
    """The counting script, registered once per client (redis-py loads it again if the server forgot it)."""
    return client.register_script(COUNT_LUA)


def count_in_window(cache: BaseCache, key: str, seconds: int) -> int:
    """The counter ``key`` plus one, on any cache backend (one Redis round trip on ours).

    Pass the backend itself (``caches["default"]``), not the ``django.core.cache.cache`` proxy.
    """
    if isinstance(cache, RedisCache):
        return cache.count_in_window(key, seconds)
    cache.add(key, 0, seconds)
    try:
        return int(cache.incr(key))
    except ValueError:  # expired between add and incr
        cache.add(key, 1, seconds)
        return 1


def reset_clients() -> None:
    """Forget the shared clients (tests that point CACHES at another server start from nothing)."""
    with _clients_lock:
        for client in _clients.values():
            client.connection_pool.disconnect()
        _clients.clear()
