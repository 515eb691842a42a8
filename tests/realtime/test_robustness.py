"""Live updates keep working through what goes wrong: an idle stream, a bad bus entry, a hostile frame, a
consumer error, a forged Last-Event-ID, Redis unreachable on the write path."""

from __future__ import annotations

import asyncio
import json
import logging

import pytest
from asgiref.sync import async_to_sync
from channels.testing import WebsocketCommunicator

from config.asgi import application, ws_application
from config.clients import client_key as address_key
from realtime import bus
from realtime.bus import STREAM_KEY, Entry, valid_id
from realtime.hub import get_hub
from realtime.sse import Stream
from tests.factories import CityFactory
from tests.realtime.test_sse import chunk, start, stream

pytestmark = pytest.mark.django_db(transaction=True)

ORIGIN = (b"origin", b"http://localhost")
WEATHER = {"type": "weather", "city": "austin", "weather": {"headline": "Sunny"}}


async def weather_socket() -> WebsocketCommunicator:
    ws = WebsocketCommunicator(application, "/ws/events/", headers=[ORIGIN])
    ws.scope["client"] = ("192.0.2.1", 1)
    assert (await ws.connect())[0]
    await ws.send_json_to({"action": "subscribe", "id": "w1", "topic": "weather", "city": "austin"})
    assert (await ws.receive_json_from(timeout=5))["type"] == "subscribed"
    return ws


@pytest.fixture
def austin(db):
    return CityFactory(slug="austin", name="Austin")


@pytest.mark.redis
def test_an_idle_stream_still_delivers_at_once_and_logs_no_failures(austin, caplog):
    """The reader blocks 5 s per read; a socket timeout shorter than that made every quiet period a "failure"."""

    async def scenario():
        ws = await weather_socket()
        await asyncio.sleep(bus.READ_BLOCK_MS / 1000 + 1.5)  # more than one whole blocking read with nothing
        await asyncio.to_thread(bus.publish, "weather", WEATHER, key="austin")
        assert (await ws.receive_json_from(timeout=1))["weather"] == {"headline": "Sunny"}
        await ws.disconnect()

    with caplog.at_level(logging.WARNING, logger="realtime.bus"):
        async_to_sync(scenario)()
    assert not [record for record in caplog.records if record.name == "realtime.bus"]


@pytest.mark.redis
def test_an_unreadable_entry_on_the_bus_does_not_stop_the_pushes(austin):
    async def scenario():
        ws = await weather_socket()
        await asyncio.to_thread(
            bus._client().xadd, STREAM_KEY, {"t": "weather", "k": "austin", "f": "{broken", "m": "x"}
        )
        await asyncio.to_thread(bus.publish, "weather", WEATHER, key="austin")
        assert (await ws.receive_json_from(timeout=5))["type"] == "weather"
        await ws.disconnect()

    async_to_sync(scenario)()


def test_a_frame_of_nested_brackets_is_an_error_not_a_crash(austin):
    async def scenario():
        ws = await weather_socket()
        await ws.send_to(text_data="[" * 15_000)
        assert (await ws.receive_json_from(timeout=5))["errors"]["frame"]
        await ws.send_json_to({"action": "ping"})
        assert await ws.receive_json_from(timeout=5) == {"type": "pong"}
        await ws.disconnect()

    async_to_sync(scenario)()


def test_an_error_inside_the_consumer_leaves_nothing_behind_in_the_hub(austin, monkeypatch):
    async def broken(*args, **kwargs):
        raise RuntimeError("database went away")

    monkeypatch.setattr("realtime.consumers.build_subscription", broken)

    async def scenario():
        ws = WebsocketCommunicator(application, "/ws/events/", headers=[ORIGIN])
        ws.scope["client"] = ("192.0.2.2", 1)
        assert (await ws.connect())[0]
        hub = get_hub()
        assert hub.connections == 1
        await ws.send_json_to({"action": "subscribe", "id": "s1", "filters": {}})
        with pytest.raises(RuntimeError):
            await ws.receive_output(timeout=5)
        assert hub.connections == 0  # its subscriptions and its address count went with it

    async_to_sync(scenario)()


@pytest.mark.parametrize("forged", ["1-99999999999999999999", "-", "abc", "9" * 60 + "-0", "-5-1"])
def test_a_forged_last_event_id_is_ignored_not_an_error(austin, forged, caplog):
    async def scenario():
        sse = stream("/sse/events/", "city=austin", headers=[(b"last-event-id", forged.encode())])
        assert (await start(sse))["status"] == 200
        assert (await chunk(sse)).startswith("retry:")
        assert await sse.receive_nothing(timeout=0.3)
        await sse.send_input({"type": "http.disconnect"})
        await sse.wait(timeout=5)

    async_to_sync(scenario)()
    assert not valid_id(forged)
    assert not [record for record in caplog.records if record.levelname == "ERROR"]
    assert ws_application is not None


def test_the_live_side_of_a_resumed_stream_never_repeats_what_the_replay_sent():
    sent: list[bytes] = []

    async def send(message):
        sent.append(message.get("body", b""))

    async def scenario():
        live = Stream(send)
        live.release("1700000000000-5")  # the replay ended at this id
        old = Entry(id="1700000000000-4", topic="events", type="event.updated", key=None, facts={}, message="{}")
        new = Entry(id="1700000000000-6", topic="events", type="event.updated", key=None, facts={}, message="{}")
        live.push(old, ("sse",), {})
        live.push(new, ("sse",), {"n": ""})
        await asyncio.sleep(0.05)

    async_to_sync(scenario)()
    assert [body.decode().split("\n")[0] for body in sent] == ["id: 1700000000000-6"]


def test_ipv6_clients_are_counted_per_64_and_ipv4_per_address():
    assert address_key("2001:db8:1:2:aaaa::1") == address_key("2001:db8:1:2:ffff::9") == "2001:db8:1:2::/64"
    assert address_key("2001:db8:1:3::1") != address_key("2001:db8:1:2::1")
    assert address_key("203.0.113.7") == "203.0.113.7"
    assert address_key("::ffff:203.0.113.7") == "::ffff:203.0.113.7"


def test_an_unreachable_redis_costs_the_write_path_one_short_wait_then_nothing(settings, caplog):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens there
    bus.reset_bus()
    with caplog.at_level(logging.WARNING, logger="realtime.bus"):
        assert bus.publish("weather", WEATHER, key="austin") is None
        assert bus.publish_many([("weather", WEATHER, "austin", None)]) == []  # paused: not even tried
    assert len([record for record in caplog.records if record.name == "realtime.bus"]) == 1
    bus.reset_bus()


def test_json_of_a_weather_message_round_trips_through_the_bus(austin):
    """Each payload type is JSON on the wire: what a client parses is what the publisher built."""
    entry_id = bus.publish("weather", WEATHER, key="austin")
    assert entry_id

    async def scenario():
        entries, complete = await bus.get_bus().since("0-0", "weather")
        return entries, complete

    entries, complete = async_to_sync(scenario)()
    assert complete
    assert json.loads(entries[-1].message) == WEATHER
    assert (entries[-1].key, entries[-1].type) == ("austin", "weather")


def test_a_client_flooding_actions_is_told_and_closed_and_its_backlog_costs_nothing(austin):
    async def scenario():
        ws = await weather_socket()
        for _ in range(200):  # far past the burst, faster than any rate
            await ws.send_json_to({"action": "ping"})
        outputs = []
        while True:
            output = await ws.receive_output(timeout=5)
            outputs.append(output)
            if output["type"] == "websocket.close":
                break
        assert output["code"] == 4029
        frames = [json.loads(item["text"]) for item in outputs if item["type"] == "websocket.send"]
        assert frames[-1]["errors"]["frame"] == ["Too many messages: at most 10 a second."]
        assert len(frames) < 60  # the burst's pongs, then the refusal: the rest of the backlog is not served
        assert get_hub().connections == 0

    async_to_sync(scenario)()


def test_filter_text_no_database_can_hold_is_a_field_error(austin):
    async def scenario():
        ws = await weather_socket()
        await ws.send_to(text_data='{"action": "subscribe", "id": "x", "filters": {"area": "\\ud800", "q": "\\udfff"}}')
        answer = await ws.receive_json_from(timeout=5)
        assert answer["errors"] == {
            "area": ["Not valid text (unpaired surrogate characters)."],
            "q": ["Not valid text (unpaired surrogate characters)."],
        }
        await ws.send_json_to({"action": "ping"})
        assert await ws.receive_json_from(timeout=5) == {"type": "pong"}
        await ws.disconnect()

    async_to_sync(scenario)()


def test_with_redis_unreachable_sockets_still_open_and_a_resume_says_resync(austin, settings, monkeypatch):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens there
    bus.reset_bus()
    monkeypatch.setattr(bus, "RECONNECT_DELAYS", (0.05,))

    async def scenario():
        ws = WebsocketCommunicator(application, "/ws/events/", headers=[ORIGIN])
        ws.scope["client"] = ("192.0.2.3", 1)
        assert (await ws.connect(timeout=5))[0]  # the reader is not ready; the handshake does not wait for it
        await ws.send_json_to({"action": "ping"})
        assert await ws.receive_json_from(timeout=5) == {"type": "pong"}
        await ws.disconnect()
        sse = stream("/sse/events/", "city=austin", headers=[(b"last-event-id", b"1700000000000-0")])
        assert (await start(sse))["status"] == 200
        await chunk(sse)
        assert (await chunk(sse)).startswith("event: resync")  # the replay buffer is out of reach: reload
        await sse.send_input({"type": "http.disconnect"})
        await sse.wait(timeout=5)

    async_to_sync(scenario)()
    bus.reset_bus()
