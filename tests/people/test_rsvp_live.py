"""The live push of a promotion: the "me" topic over the real ASGI stack, only ever the session user's own."""

from __future__ import annotations

import contextlib

import pytest
import redis
from asgiref.sync import async_to_sync, sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client

from config.asgi import application
from events.people.rsvps import services
from realtime.bus import get_bus, reset_bus
from tests.factories import EventFactory, UserFactory

pytestmark = pytest.mark.django_db(transaction=True)

ORIGIN = (b"origin", b"http://localhost")


@pytest.fixture(autouse=True)
def empty_bus():
    reset_bus()
    with contextlib.suppress(redis.RedisError, OSError):
        get_bus().clear()
    yield
    reset_bus()


def cookie_of(user) -> bytes:
    browser = Client()
    browser.force_login(user)
    return f"sessionid={browser.cookies['sessionid'].value}".encode()


async def opened(cookie: bytes | None = None) -> WebsocketCommunicator:
    headers = [ORIGIN] + ([(b"cookie", cookie)] if cookie else [])
    communicator = WebsocketCommunicator(application, "/ws/events/", headers=headers)
    communicator.scope["client"] = ("203.0.113.9", 50000)
    connected, _ = await communicator.connect()
    assert connected
    return communicator


async def ask(communicator: WebsocketCommunicator, frame: dict) -> dict:
    await communicator.send_json_to(frame)
    return await communicator.receive_json_from(timeout=5)


def test_a_promoted_person_hears_it_live_and_nobody_else_does():
    event = EventFactory(capacity=1)
    seated, waiting, bystander = UserFactory(), UserFactory(), UserFactory()
    services.rsvp_create(event_id=event.pk, user=seated)
    services.rsvp_create(event_id=event.pk, user=waiting)
    waiting_cookie, bystander_cookie = cookie_of(waiting), cookie_of(bystander)

    async def scenario():
        anonymous = await opened()
        refused = await ask(anonymous, {"action": "subscribe", "id": "me", "topic": "me"})
        assert refused == {"type": "error", "id": "me", "errors": {"topic": ["Sign in to follow your own updates."]}}
        mine = await opened(waiting_cookie)
        assert await ask(mine, {"action": "subscribe", "id": "me", "topic": "me"}) == {"type": "subscribed", "id": "me"}
        other = await opened(bystander_cookie)
        assert (await ask(other, {"action": "subscribe", "id": "me", "topic": "me"}))["type"] == "subscribed"
        # A client cannot pick whose messages it gets: extra keys are ignored, the session decides.
        assert (await ask(other, {"action": "subscribe", "id": "x", "topic": "me", "user": waiting.pk}))[
            "type"
        ] == "subscribed"
        await sync_to_async(services.rsvp_cancel)(event_id=event.pk, user=seated)
        pushed = await mine.receive_json_from(timeout=5)
        assert pushed == {"subscriptions": ["me"], "type": "rsvp.promoted", "event": event.pk, "status": "confirmed"}
        assert await other.receive_nothing(timeout=0.5)
        assert await anonymous.receive_nothing(timeout=0.1)
        for communicator in (anonymous, mine, other):
            await communicator.disconnect()

    async_to_sync(scenario)()
