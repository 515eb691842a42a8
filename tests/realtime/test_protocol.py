"""The WebSocket protocol of /ws/events/ (docs/realtime.md), through the real ASGI stack (origin check,
session auth, router) with channels' WebsocketCommunicator; pushes travel the real path: a committed change
→ events_changed → realtime.services → the bus (Redis when configured) → the hub → the socket."""

from __future__ import annotations

import asyncio
import datetime as dt
import json

import pytest
import redis
from asgiref.sync import async_to_sync, sync_to_async
from channels.testing import WebsocketCommunicator
from django.conf import settings
from django.db import transaction
from django.test import Client
from django.utils import timezone

from config.asgi import application
from events.models import Category, Event, EventStatus
from events.services.changes import events_changed
from realtime.bus import Entry
from realtime.hub import get_hub
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db(transaction=True)

ORIGIN = (b"origin", b"http://localhost")


def socket(path: str = "/ws/events/", headers: list[tuple[bytes, bytes]] | None = None) -> WebsocketCommunicator:
    communicator = WebsocketCommunicator(application, path, headers=headers if headers is not None else [ORIGIN])
    communicator.scope["client"] = ("203.0.113.9", 50000)  # as the server reports the peer
    return communicator


async def opened(**kwargs) -> WebsocketCommunicator:
    communicator = socket(**kwargs)
    connected, _ = await communicator.connect()
    assert connected
    return communicator


async def ask(communicator: WebsocketCommunicator, frame: dict) -> dict:
    await communicator.send_json_to(frame)
    return await communicator.receive_json_from(timeout=5)


def publish_change(**fields) -> Event:
    """Create an event and announce it the way every writer does (after commit)."""
    with transaction.atomic():
        event = EventFactory(published_at=timezone.now(), **fields)
        events_changed([event.pk])
    return event


def change(event: Event, **fields) -> None:
    with transaction.atomic():
        Event.objects.filter(pk=event.pk).update(updated_at=timezone.now() + dt.timedelta(minutes=5), **fields)
        events_changed([event.pk])


@pytest.fixture
def cities(db):
    return CityFactory(slug="austin", name="Austin"), CityFactory(slug="boston", name="Boston")


def test_subscribe_answers_subscribed_and_bad_filters_answer_an_error_keeping_the_socket(cities):
    async def scenario():
        ws = await opened()
        assert await ask(ws, {"action": "subscribe", "id": "s1", "filters": {"city": "austin"}}) == {
            "type": "subscribed", "id": "s1",
        }  # fmt: skip
        answer = await ask(ws, {"action": "subscribe", "id": "s2", "filters": {"city": "atlantis", "free": "maybe"}})
        assert answer["type"] == "error"
        assert answer["id"] == "s2"
        assert set(answer["errors"]) == {"city", "free"}
        assert await ask(ws, {"action": "ping"}) == {"type": "pong"}  # still open
        await ws.disconnect()

    async_to_sync(scenario)()


def test_a_matching_socket_gets_the_event_once_and_a_non_matching_one_nothing(cities):
    music = Category.objects.get(slug="music")

    async def scenario():
        both = await opened()
        other = await opened()
        await ask(both, {"action": "subscribe", "id": "a", "filters": {"city": "austin"}})
        await ask(both, {"action": "subscribe", "id": "b", "filters": {"category": "music"}})
        await ask(both, {"action": "subscribe", "id": "c", "filters": {"city": "boston"}})
        await ask(other, {"action": "subscribe", "id": "s1", "filters": {"city": "boston"}})
        event = await sync_to_async(publish_change)(city=cities[0], category=music, title="Night of Jazz")
        pushed = await both.receive_json_from(timeout=5)
        assert pushed["type"] == "event.published"
        assert pushed["subscriptions"] == ["a", "b"]
        assert pushed["event"]["id"] == event.pk
        assert pushed["event"]["title"] == "Night of Jazz"
        assert pushed["event"]["city"] == {"slug": "austin", "name": "Austin"}
        assert await both.receive_nothing(timeout=0.3)  # once per socket, not once per subscription
        assert await other.receive_nothing(timeout=0.3)
        await both.disconnect()
        await other.disconnect()

    async_to_sync(scenario)()


def test_updates_and_cancellations_reach_subscribers_even_if_they_filter_on_status(cities):
    event = publish_change(city=cities[0], title="Open mic")

    async def scenario():
        ws = await opened()
        await ask(ws, {"action": "subscribe", "id": "s1", "filters": {"city": "austin", "status": "scheduled"}})
        await sync_to_async(change)(event, title="Open mic (moved)")
        updated = await ws.receive_json_from(timeout=5)
        assert (updated["type"], updated["event"]["title"]) == ("event.updated", "Open mic (moved)")
        await sync_to_async(change)(event, status=EventStatus.CANCELLED)
        cancelled = await ws.receive_json_from(timeout=5)
        assert (cancelled["type"], cancelled["event"]["status"]) == ("event.cancelled", "cancelled")
        await sync_to_async(change)(event, moderation_status=Event.ModerationStatus.REJECTED)
        assert (await ws.receive_json_from(timeout=5))["type"] == "event.removed"
        await ws.disconnect()

    async_to_sync(scenario)()


def test_the_type_follows_what_the_public_was_last_told(cities):
    event = publish_change(city=cities[0], title="Street fair")

    async def scenario():
        ws = await opened()
        await ask(ws, {"action": "subscribe", "id": "s1", "filters": {"city": "austin"}})

        async def after(**fields) -> str:
            await sync_to_async(change)(event, **fields)
            return (await ws.receive_json_from(timeout=5))["type"]

        assert await after(title="Street fair!") == "event.updated"  # within a minute of publication, still an update
        assert await after(moderation_status=Event.ModerationStatus.HELD) == "event.removed"
        assert await after(moderation_status=Event.ModerationStatus.PUBLISHED) == "event.published"  # back: new again
        assert await after(status=EventStatus.CANCELLED) == "event.cancelled"
        assert await after(title="Street fair (cancelled)") == "event.updated"  # not a second cancellation
        await ws.disconnect()

    async_to_sync(scenario)()


def test_a_rolled_back_change_pushes_nothing_and_held_new_events_stay_quiet(cities):
    def rolled_back():
        def announce_then_fail():
            with transaction.atomic():
                event = EventFactory(city=cities[0], published_at=timezone.now())
                events_changed([event.pk])
                raise RuntimeError("abort")

        with pytest.raises(RuntimeError):
            announce_then_fail()
        with transaction.atomic():
            held = EventFactory(city=cities[0], moderation_status=Event.ModerationStatus.HELD)
            events_changed([held.pk])

    async def scenario():
        ws = await opened()
        await ask(ws, {"action": "subscribe", "id": "s1", "filters": {"city": "austin"}})
        await sync_to_async(rolled_back)()
        assert await ws.receive_nothing(timeout=0.5)
        await ws.disconnect()

    async_to_sync(scenario)()


def test_unsubscribe_stops_pushes_and_unknown_ids_are_errors(cities):
    async def scenario():
        ws = await opened()
        await ask(ws, {"action": "subscribe", "id": "s1", "filters": {"city": "austin"}})
        assert await ask(ws, {"action": "unsubscribe", "id": "s1"}) == {"type": "unsubscribed", "id": "s1"}
        assert (await ask(ws, {"action": "unsubscribe", "id": "s1"}))["type"] == "error"
        await sync_to_async(publish_change)(city=cities[0])
        assert await ws.receive_nothing(timeout=0.5)
        await ws.disconnect()

    async_to_sync(scenario)()


@pytest.mark.parametrize(
    ("frame", "field"),
    [
        ("{not json", "frame"),
        ("[1, 2]", "frame"),
        ('{"action": "dance"}', "action"),
        ('{"action": "subscribe", "id": ""}', "id"),
        ('{"action": "subscribe", "id": "x", "topic": "gossip"}', "topic"),
        ('{"action": "subscribe", "id": "x", "filters": ["city"]}', "filters"),
        ('{"action": "subscribe", "id": "x", "filters": {"colour": "red"}}', "colour"),
        ('{"action": "subscribe", "id": "x", "topic": "places", "places": "all"}', "places"),
        ('{"action": "subscribe", "id": "x", "topic": "places", "places": [999999]}', "places"),
        ('{"action": "subscribe", "id": "x", "topic": "weather", "city": "nowhere"}', "city"),
        ('{"action": "subscribe", "id": "x", "topic": "moderation"}', "topic"),
    ],
)
def test_malformed_frames_get_an_error_naming_the_problem_and_the_socket_stays_open(frame, field, cities):
    async def scenario():
        ws = await opened()
        await ws.send_to(text_data=frame)
        answer = await ws.receive_json_from(timeout=5)
        assert answer["type"] == "error"
        assert field in answer["errors"]
        assert await ask(ws, {"action": "ping"}) == {"type": "pong"}
        await ws.disconnect()

    async_to_sync(scenario)()


def test_binary_frames_are_refused_politely_and_oversized_frames_close_the_socket(settings, cities):
    settings.REALTIME_MAX_FRAME_BYTES = 200

    async def scenario():
        ws = await opened()
        await ws.send_to(bytes_data=b"\x00\x01")
        assert (await ws.receive_json_from(timeout=5))["errors"]["frame"]
        await ws.send_to(text_data=json.dumps({"action": "ping", "pad": "x" * 500}))
        assert "200 bytes" in (await ws.receive_json_from(timeout=5))["errors"]["frame"][0]
        assert (await ws.receive_output(timeout=5)) == {"type": "websocket.close", "code": 1009}

    async_to_sync(scenario)()


def test_subscriptions_per_socket_and_sockets_per_address_are_limited(settings, cities):
    settings.REALTIME_MAX_SUBSCRIPTIONS = 2
    settings.REALTIME_MAX_SOCKETS_PER_IP = 2

    async def scenario():
        ws = await opened()
        for number in (1, 2):
            assert (await ask(ws, {"action": "subscribe", "id": f"s{number}", "filters": {}}))["type"] == "subscribed"
        answer = await ask(ws, {"action": "subscribe", "id": "s3", "filters": {}})
        assert answer["type"] == "error"
        assert "At most 2" in answer["errors"]["id"][0]
        # Replacing an existing id is not a new subscription.
        assert (await ask(ws, {"action": "subscribe", "id": "s2", "filters": {"city": "boston"}}))[
            "type"
        ] == "subscribed"
        second = await opened()
        third = socket()
        connected, code = await third.connect()
        assert not connected  # refused before accept (Daphne answers such a handshake 403)
        for communicator in (ws, second):
            await communicator.disconnect()
        fourth = await opened()  # the address has room again
        await fourth.disconnect()

    async_to_sync(scenario)()


def test_bad_origin_and_unknown_paths_are_refused_at_the_handshake(cities, caplog):
    async def scenario():
        for communicator in (
            socket(headers=[(b"origin", b"http://evil.example")]),
            socket(headers=[(b"origin", b"http://[")]),  # urlparse cannot read it: refused, not an error
            socket(headers=[]),  # no Origin at all
            socket(path="/ws/nothing-here/"),
            socket(path="/elsewhere"),
        ):
            connected, code = await communicator.connect()
            assert not connected, code
            await communicator.disconnect()

    async_to_sync(scenario)()
    assert not [record for record in caplog.records if record.levelname in ("ERROR", "CRITICAL")]


def _blocked_layer_reads() -> int:
    client = redis.Redis.from_url(settings.REDIS_URL)
    try:
        return sum(entry.get("cmd") == "bzpopmin" for entry in client.client_list())
    finally:
        client.close()


@pytest.mark.redis
def test_a_refused_origin_holds_no_channel_layer_read_open(cities):
    """Channels' own denier waited on the Redis channel layer (a blocking BZPOPMIN) until the client left."""
    before = _blocked_layer_reads()

    async def scenario():
        refused = [socket(headers=[(b"origin", b"http://evil.example")]) for _ in range(3)]
        for communicator in refused:
            assert not (await communicator.connect())[0]
        await asyncio.sleep(0.3)  # a consumer on the layer would have sent its read by now
        held = await sync_to_async(_blocked_layer_reads)()
        for communicator in refused:
            await communicator.disconnect()
        return held

    assert async_to_sync(scenario)() == before


def test_the_moderation_topic_is_for_staff_sessions_only(cities, django_user_model):
    staff = django_user_model.objects.create_user("mod", password="pw-for-tests", is_staff=True)
    browser = Client()
    browser.force_login(staff)
    cookie = f"sessionid={browser.cookies['sessionid'].value}".encode()
    EventFactory(city=cities[0], moderation_status=Event.ModerationStatus.HELD)

    async def scenario():
        anonymous = await opened()
        refused = await ask(anonymous, {"action": "subscribe", "id": "m1", "topic": "moderation"})
        assert refused == {
            "type": "error",
            "id": "m1",
            "errors": {"topic": ["Only staff may subscribe to moderation."]},
        }
        forged = await opened(headers=[ORIGIN, (b"cookie", b"sessionid=forged-or-expired")])
        assert (await ask(forged, {"action": "subscribe", "id": "m1", "topic": "moderation"}))["type"] == "error"
        await forged.disconnect()
        moderator = await opened(headers=[ORIGIN, (b"cookie", cookie)])
        assert (await ask(moderator, {"action": "subscribe", "id": "m1", "topic": "moderation"}))[
            "type"
        ] == "subscribed"
        counts = await moderator.receive_json_from(timeout=5)
        assert counts["type"] == "moderation.queue"
        assert counts["subscriptions"] == ["m1"]
        assert counts["counts"]["held"] == 1
        await sync_to_async(publish_change)(city=cities[0], moderation_status=Event.ModerationStatus.HELD)
        moved = await moderator.receive_json_from(timeout=5)
        assert moved["type"] == "moderation.queue"
        assert moved["counts"]["held"] == 2
        assert await anonymous.receive_nothing(timeout=0.3)
        for communicator in (anonymous, moderator):
            await communicator.disconnect()

    async_to_sync(scenario)()


def test_a_client_that_falls_behind_gets_resync_and_is_dropped(settings, cities):
    settings.REALTIME_SEND_QUEUE = 3

    async def scenario():
        ws = await opened()
        await ask(ws, {"action": "subscribe", "id": "s1", "topic": "weather", "city": "austin"})
        hub = get_hub()
        backlog = [
            Entry(id=f"1-{n}", topic="weather", type="weather", key="austin", facts=None, message='{"type":"weather"}')
            for n in range(10)
        ]
        hub.deliver(backlog)  # ten at once: more than the client's queue holds
        frames = []
        while True:
            output = await ws.receive_output(timeout=5)
            if output["type"] == "websocket.close":
                break
            frames.append(json.loads(output["text"]))
        assert output["code"] == 4008
        assert frames[-1] == {"type": "resync"}
        assert len(frames) <= 4  # at most the queued ones, then the resync: never all ten
        assert hub.connections == 0

    async_to_sync(scenario)()


def test_sockets_sharing_filters_reuse_one_validation(cities, django_assert_num_queries):
    async def subscribe() -> dict:
        ws = await opened()
        answer = await ask(ws, {"action": "subscribe", "id": "s1", "filters": {"city": "austin", "free": True}})
        await ws.disconnect()
        return answer

    assert async_to_sync(subscribe)()["type"] == "subscribed"
    with django_assert_num_queries(0):  # the same filters again: validated already, no query
        assert async_to_sync(subscribe)()["type"] == "subscribed"
