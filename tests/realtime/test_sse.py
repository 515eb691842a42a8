"""Server-sent events through the WebSocket server's ASGI application (config.asgi.ws_application): ids on
every message, Last-Event-ID replay from the bus's bounded buffer, resync past it, heartbeats, 400 on bad
filters, the end of the stream when the client leaves."""

from __future__ import annotations

import json

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from channels.testing import ApplicationCommunicator
from django.db import transaction
from django.utils import timezone

from config.asgi import application, ws_application
from events.models import Category
from events.services.changes import events_changed
from realtime.hub import get_hub
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db(transaction=True)


def stream(path: str, query: str = "", headers: list[tuple[bytes, bytes]] | None = None, app=ws_application):
    scope = {
        "type": "http", "method": "GET", "path": path, "query_string": query.encode(), "headers": headers or [],
        "client": ("198.51.100.7", 40000), "http_version": "1.1", "scheme": "http",
    }  # fmt: skip
    return ApplicationCommunicator(app, scope)


async def start(communicator: ApplicationCommunicator) -> dict:
    await communicator.send_input({"type": "http.request", "body": b"", "more_body": False})
    return await communicator.receive_output(timeout=5)


async def chunk(communicator: ApplicationCommunicator) -> str:
    output = await communicator.receive_output(timeout=5)
    assert output["type"] == "http.response.body"
    return output["body"].decode()


def messages(text: str) -> list[dict[str, str]]:
    found = []
    for block in text.strip().split("\n\n"):
        fields = dict(line.split(": ", 1) for line in block.splitlines() if ": " in line and not line.startswith(":"))
        if "data" in fields:
            found.append(fields)
    return found


def publish(city, **fields) -> int:
    with transaction.atomic():
        event = EventFactory(city=city, published_at=timezone.now(), **fields)
        events_changed([event.pk])
    return event.pk


async def read_until(communicator: ApplicationCommunicator, count: int) -> list[dict[str, str]]:
    found: list[dict[str, str]] = []
    while len(found) < count:
        found += messages(await chunk(communicator))
    return found


@pytest.fixture
def austin(db):
    return CityFactory(slug="austin", name="Austin")


def test_a_stream_sends_matching_events_with_ids_and_not_others(austin):
    boston = CityFactory(slug="boston")
    music = Category.objects.get(slug="music")

    async def scenario():
        sse = stream("/sse/events/", "city=austin&category=music&utm_source=newsletter")
        head = await start(sse)
        assert head["status"] == 200
        assert dict(head["headers"])[b"content-type"].startswith(b"text/event-stream")
        assert (await chunk(sse)).startswith("retry:")
        await sync_to_async(publish)(boston, category=music)
        wanted = await sync_to_async(publish)(austin, category=music, title="Brass night")
        [message] = await read_until(sse, 1)
        assert message["event"] == "event.published"
        assert message["id"]
        body = json.loads(message["data"])
        assert body["event"]["id"] == wanted
        assert body["type"] == "event.published"
        await sse.send_input({"type": "http.disconnect"})
        await sse.wait(timeout=5)
        assert get_hub().connections == 0

    async_to_sync(scenario)()


def test_last_event_id_replays_what_was_missed_and_resyncs_past_the_buffer(austin, settings):
    async def scenario():
        first = await sync_to_async(publish)(austin)
        sse = stream("/sse/events/", "city=austin")
        await start(sse)
        await chunk(sse)
        # No Last-Event-ID: live only, nothing replayed.
        assert await sse.receive_nothing(timeout=0.3)
        await sse.send_input({"type": "http.disconnect"})
        await sse.wait(timeout=5)

        from realtime.bus import get_bus

        since_start, _ = await get_bus().since("0-0", "events")
        first_id = next(entry.id for entry in since_start if json.loads(entry.message)["event"]["id"] == first)
        missed = [await sync_to_async(publish)(austin) for _ in range(2)]
        resumed = stream("/sse/events/", "city=austin", headers=[(b"last-event-id", first_id.encode())])
        await start(resumed)
        await chunk(resumed)
        replayed = await read_until(resumed, 2)
        assert [json.loads(message["data"])["event"]["id"] for message in replayed] == missed
        live = await sync_to_async(publish)(austin)
        [after] = await read_until(resumed, 1)
        assert json.loads(after["data"])["event"]["id"] == live
        await resumed.send_input({"type": "http.disconnect"})
        await resumed.wait(timeout=5)

    async_to_sync(scenario)()


def test_an_id_older_than_the_buffer_starts_with_resync(austin, settings):
    settings.REALTIME_REPLAY_MAXLEN = 3
    from realtime import bus
    from realtime.matching import event_facts

    bus.reset_bus()
    pk = publish(austin)
    facts = event_facts([pk])[pk]
    for _ in range(300):  # Redis trims an approximate MAXLEN by whole blocks of ~100: go well past one
        bus.publish("events", {"type": "event.updated", "event": {"id": pk}}, facts=facts)

    async def scenario():
        sse = stream("/sse/events/", "city=austin", headers=[(b"last-event-id", b"1-0")])
        await start(sse)
        await chunk(sse)
        assert (await chunk(sse)).startswith("event: resync")
        # What the buffer still holds follows: fewer than published, all newer than the id asked for.
        replayed = await read_until(sse, 3)
        assert all(message["id"] > "1-0" for message in replayed)
        await sse.send_input({"type": "http.disconnect"})
        await sse.wait(timeout=5)

    async_to_sync(scenario)()


def test_heartbeats_keep_an_idle_stream_alive(austin, settings):
    settings.REALTIME_SSE_HEARTBEAT_SECONDS = 0.05

    async def scenario():
        sse = stream("/sse/events/", "city=austin")
        await start(sse)
        await chunk(sse)
        assert await chunk(sse) == ": heartbeat\n\n"
        await sse.send_input({"type": "http.disconnect"})
        await sse.wait(timeout=5)

    async_to_sync(scenario)()


@pytest.mark.parametrize("app", [ws_application, application], ids=["ws-server", "dev-server"])
def test_bad_filters_answer_400_with_the_api_error_body_before_any_stream(austin, app):
    async def scenario():
        sse = stream("/sse/events/", "city=atlantis&date_from=yesterday", app=app)
        head = await start(sse)
        assert head["status"] == 400
        body = json.loads(await chunk(sse))
        assert body["error"]
        assert set(body["fields"]) == {"city", "date_from"}
        weather = stream("/sse/weather/", "city=../../etc", app=app)
        assert (await start(weather))["status"] == 400

    async_to_sync(scenario)()


def test_the_ws_server_answers_other_plain_http_with_404(austin):
    async def scenario():
        page = stream("/events/")
        head = await start(page)
        assert head["status"] == 404

    async_to_sync(scenario)()


def test_the_sites_own_pages_may_read_a_stream_from_the_ws_servers_origin(austin, settings):
    settings.SITE_URL = "http://localhost:8000"

    async def scenario():
        mine = stream("/sse/events/", "city=austin", headers=[(b"origin", b"http://localhost:8000")])
        head = await start(mine)
        assert dict(head["headers"])[b"access-control-allow-origin"] == b"http://localhost:8000"
        await mine.send_input({"type": "http.disconnect"})
        await mine.wait(timeout=5)
        theirs = stream("/sse/events/", "city=austin", headers=[(b"origin", b"http://evil.example")])
        assert b"access-control-allow-origin" not in dict((await start(theirs))["headers"])
        await theirs.send_input({"type": "http.disconnect"})
        await theirs.wait(timeout=5)
        check = stream("/sse/events/", headers=[(b"origin", b"http://localhost:8000")])
        check.scope["method"] = "OPTIONS"
        answer = await start(check)
        assert answer["status"] == 204
        assert dict(answer["headers"])[b"access-control-allow-headers"] == b"Last-Event-ID"

    async_to_sync(scenario)()
