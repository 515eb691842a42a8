"""A Redis wipe (FLUSHALL, a restart without persistence) never changes how the next change is announced.

What live clients were last told about each event is kept in the database (``realtime.models.AnnouncedEvent``),
not in Redis: after a wipe the first edit of a just-published event is still ``event.updated`` (it was announced
``event.published`` again when the record lived in Redis), an edit of a cancelled one is not a second
cancellation, and an event back after a withdrawal is new again however long ago it was first published. Through
the real path: a transaction's commit → events_changed → realtime.services → the bus (this test's own Redis
database with REDIS_URL) → the hub → a WebSocket.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from asgiref.sync import async_to_sync, sync_to_async
from django.db import transaction
from django.utils import timezone

from events.models import Event, EventStatus
from events.services.changes import events_changed
from realtime import bus
from realtime.models import AnnouncedEvent
from realtime.services import events_broadcast
from tests.factories import CityFactory, EventFactory
from tests.realtime.test_protocol import ask, opened

pytestmark = pytest.mark.django_db(transaction=True)


def wipe() -> None:
    """Everything Redis held, gone: this test's Redis database emptied (FLUSHDB: other databases are not ours)."""
    found = bus.get_bus()
    if isinstance(found, bus.RedisBus):
        bus.redis_client().flushdb()
    else:
        found.clear()


def announce(event: Event, **fields) -> None:
    """Change the event now (within a minute of its publication) and announce it as every writer does."""
    with transaction.atomic():
        Event.objects.filter(pk=event.pk).update(updated_at=timezone.now(), **fields)
        events_changed([event.pk])


def event_types(frames: list[dict]) -> list[str]:
    return [frame["type"] for frame in frames if frame["type"].startswith("event.")]


@pytest.fixture
def city():
    return CityFactory(slug="austin", name="Austin")


def test_after_a_wipe_changes_are_announced_as_before(city):
    with transaction.atomic():
        event = EventFactory(city=city, title="Harbour lights", published_at=timezone.now())
        events_changed([event.pk])

    async def scenario() -> list[str]:
        ws = await opened()
        await ask(ws, {"action": "subscribe", "id": "s1", "filters": {"city": "austin"}})
        seen: list[str] = []

        async def after_wipe(**fields) -> None:
            await sync_to_async(wipe)()
            await sync_to_async(announce)(event, **fields)
            # A resync may come first (a reader that noticed the wipe); the event's own message is what counts.
            while True:
                frame = await ws.receive_json_from(timeout=10)
                if frame["type"].startswith("event."):
                    seen.append(frame["type"])
                    return

        await after_wipe(title="Harbour lights (new time)")  # seconds after publication
        await after_wipe(status=EventStatus.CANCELLED)
        await after_wipe(title="Harbour lights (cancelled)")
        await after_wipe(moderation_status=Event.ModerationStatus.HELD)
        await after_wipe(moderation_status=Event.ModerationStatus.PUBLISHED, status=EventStatus.SCHEDULED)
        await ws.disconnect()
        return seen

    assert async_to_sync(scenario)() == [
        "event.updated",
        "event.cancelled",
        "event.updated",  # not a second cancellation
        "event.removed",
        "event.published",  # back: new to the public again
    ]


def test_an_event_back_long_after_its_first_publication_is_new_again(city):
    event = EventFactory(city=city, published_at=timezone.now() - dt.timedelta(days=30))
    events_broadcast([event.pk])
    Event.objects.filter(pk=event.pk).update(moderation_status=Event.ModerationStatus.REJECTED)
    assert events_broadcast([event.pk]) == 1
    wipe()
    Event.objects.filter(pk=event.pk).update(moderation_status=Event.ModerationStatus.PUBLISHED)
    assert events_broadcast([event.pk]) == 1
    entries, _ = asyncio.run(bus.get_bus().since("0-0", "events"))
    assert [entry.type for entry in entries if entry.topic == "events"] == ["event.published"]
    assert AnnouncedEvent.objects.get(pk=event.pk).state == "live"


def test_the_record_is_written_only_when_the_public_state_changes(city, django_assert_num_queries):
    events = [EventFactory(city=city, published_at=timezone.now()) for _ in range(5)]
    ids = [event.pk for event in events]
    assert events_broadcast(ids) == 5
    assert dict(AnnouncedEvent.objects.values_list("pk", "state")) == dict.fromkeys(ids, "live")
    Event.objects.filter(pk__in=ids).update(title="Edited", updated_at=timezone.now())
    # Rows, sources, what was announced, the queue's two counts: an edit writes no record (a new one: 8 queries).
    with django_assert_num_queries(5):
        assert events_broadcast(ids) == 5
