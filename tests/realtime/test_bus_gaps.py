"""Pushes lost on the way are never lost silently: every live connection is told ``resync`` (docs/realtime.md).

Two ways a push gets lost: a publisher cannot reach Redis (the change commits, its push is dropped, and the
publisher skips Redis for PUBLISH_PAUSE seconds), or Redis restarts under the readers (without persistence the
stream, and whatever was published while it was down, is gone). Before, sockets stayed subscribed and simply
never heard of those changes; a client had no way to know its list was stale.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import time
from collections.abc import Iterator

import pytest
import redis
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator

from config.asgi import application
from realtime import bus
from realtime.bus import GAP_TOPIC
from realtime.hub import STATS
from tests.factories import CityFactory
from tests.processes import free_port
from tests.realtime.test_sse import chunk, start, stream

pytestmark = pytest.mark.django_db(transaction=True)

ORIGIN = (b"origin", b"http://localhost")
WEATHER = {"type": "weather", "city": "austin", "weather": {"headline": "Sunny"}}
NO_REDIS_SERVER = "redis-server is not installed"


@pytest.fixture
def austin(db):
    return CityFactory(slug="austin", name="Austin")


async def weather_socket() -> WebsocketCommunicator:
    ws = WebsocketCommunicator(application, "/ws/events/", headers=[ORIGIN])
    ws.scope["client"] = ("192.0.2.20", 1)
    assert (await ws.connect(timeout=5))[0]
    await ws.send_json_to({"action": "subscribe", "id": "w1", "topic": "weather", "city": "austin"})
    assert (await ws.receive_json_from(timeout=5))["type"] == "subscribed"
    return ws


def test_a_publisher_that_lost_pushes_marks_the_gap_and_sockets_are_told_to_resync(austin, monkeypatch):
    """Any bus (the in-process one here): a publish that failed, then the next one, which goes through."""
    real_publish = type(bus.get_bus()).publish
    calls = []

    def flaky(self, fields):
        calls.append(fields)
        if len(calls) == 1:
            raise redis.ConnectionError("Redis went away")
        return real_publish(self, fields)

    monkeypatch.setattr(type(bus.get_bus()), "publish", flaky)

    async def scenario():
        ws = await weather_socket()
        assert await asyncio.to_thread(bus.publish, "weather", WEATHER, key="austin") is None  # lost
        bus._pause_until[0] = 0.0  # the pause is over (PUBLISH_PAUSE seconds later)
        assert await asyncio.to_thread(bus.publish, "weather", WEATHER, key="austin")
        assert await ws.receive_json_from(timeout=5) == {"type": "resync"}  # first: what was lost
        assert (await ws.receive_json_from(timeout=5))["weather"] == {"headline": "Sunny"}  # then the live one
        await asyncio.to_thread(bus.publish_many, [("weather", WEATHER, "austin", None)])
        assert (await ws.receive_json_from(timeout=5))["type"] == "weather"  # owed once, not forever
        await ws.disconnect()

    async_to_sync(scenario)()


def test_a_stream_resumed_across_a_gap_starts_with_resync(austin, monkeypatch):
    before = bus.publish("weather", WEATHER, key="austin")
    assert before
    monkeypatch.setattr(bus, "_paused", lambda: False)
    bus._pause()  # a publish failed in this process: its next one carries the gap marker
    after = bus.publish_many([("weather", WEATHER, "austin", None)])
    assert len(after) == 1

    async def scenario():
        entries, _complete = await bus.get_bus().since(before, "weather")
        assert [entry.topic for entry in entries] == [GAP_TOPIC, "weather"]
        sse = stream("/sse/weather/", "city=austin", headers=[(b"last-event-id", before.encode())])
        assert (await start(sse))["status"] == 200
        assert (await chunk(sse)).startswith("retry:")
        assert (await chunk(sse)).startswith("event: resync")
        assert (await chunk(sse)).startswith(f"id: {after[0]}\nevent: weather")
        await sse.send_input({"type": "http.disconnect"})
        await sse.wait(timeout=5)

    async_to_sync(scenario)()


async def resumed_stream_opening(last_id: str) -> str:
    """What an SSE stream resumed from ``last_id`` sends first (after its retry: line)."""
    sse = stream("/sse/weather/", "city=austin", headers=[(b"last-event-id", last_id.encode())])
    assert (await start(sse))["status"] == 200
    assert (await chunk(sse)).startswith("retry:")
    opening = await chunk(sse)
    await sse.send_input({"type": "http.disconnect"})
    await sse.wait(timeout=5)
    return opening


def test_a_stream_resumed_from_before_a_restart_of_the_bus_starts_with_resync(austin):
    """The buffer the id came from is gone, and what lay after the id with it."""
    seen = bus.publish("weather", WEATHER, key="austin")
    assert seen
    bus.publish("weather", WEATHER, key="austin")
    assert async_to_sync(resumed_stream_opening)(seen).startswith("id: ")  # the next one, replayed
    bus.get_bus().clear()  # the buffer is gone (Redis restarted without persistence; an embedded server restarted)
    bus.publish("weather", WEATHER, key="austin")
    assert async_to_sync(resumed_stream_opening)(seen).startswith("event: resync")


@pytest.fixture
def own_redis(tmp_path) -> Iterator[dict[str, object]]:
    """A redis-server of this test's own, without persistence (a restart loses everything), to stop and start."""
    if shutil.which("redis-server") is None:
        if os.environ.get("REQUIRE_SERVICES") == "1":
            pytest.fail(NO_REDIS_SERVER)
        pytest.skip(NO_REDIS_SERVER)
    port = free_port()
    command = ["redis-server", "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no",
               "--dir", str(tmp_path)]  # fmt: skip
    server: dict[str, object] = {"url": f"redis://127.0.0.1:{port}/0"}

    def begin() -> None:
        server["process"] = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while True:  # a readiness wait
            with contextlib.suppress(redis.RedisError):
                if redis.Redis.from_url(str(server["url"]), socket_connect_timeout=1).ping():
                    return
            assert time.monotonic() < deadline, "redis-server did not start"
            time.sleep(0.05)

    def end() -> None:
        process = server["process"]
        assert isinstance(process, subprocess.Popen)
        process.kill()
        process.wait()

    server["start"], server["stop"] = begin, end
    begin()
    try:
        yield server
    finally:
        end()


@pytest.mark.redis
def test_a_redis_restart_under_live_sockets_ends_in_resync_and_pushes_go_on(austin, own_redis, settings, monkeypatch):
    settings.REDIS_URL = own_redis["url"]
    bus.reset_bus()
    monkeypatch.setattr(bus, "RECONNECT_DELAYS", (0.05, 0.2))
    gaps = STATS["gaps"]

    async def scenario():
        ws = await weather_socket()
        seen = await asyncio.to_thread(bus.publish, "weather", WEATHER, key="austin")
        assert (await ws.receive_json_from(timeout=5))["type"] == "weather"
        await asyncio.to_thread(own_redis["stop"])
        await asyncio.sleep(0.3)  # the reader has noticed
        assert await asyncio.to_thread(bus.publish, "weather", WEATHER, key="austin") is None  # a change meanwhile
        await asyncio.to_thread(own_redis["start"])  # empty: what was in the stream is gone
        assert await ws.receive_json_from(timeout=10) == {"type": "resync"}
        bus._pause_until[0] = 0.0
        assert await asyncio.to_thread(bus.publish, "weather", WEATHER, key="austin")
        answers = [await ws.receive_json_from(timeout=5)]
        if answers[0]["type"] == "resync":  # the publisher's own gap marker: the same news, told again
            answers.append(await ws.receive_json_from(timeout=5))
        assert answers[-1]["weather"] == {"headline": "Sunny"}  # the same socket, still subscribed
        await ws.disconnect()
        # A stream that was away during the restart, resuming from an id of the lost stream: told to reload.
        assert (await resumed_stream_opening(seen)).startswith("event: resync")

    try:
        async_to_sync(scenario)()
    finally:
        bus.reset_bus()
    assert STATS["gaps"] > gaps
