"""Batches processed at the same time by different workers still find each other's duplicates.

Two batches from two sources listing the same real-world events, each on its own database connection:
de-duplication must read the events near a batch only once it holds the (city, day) locks that the other
batch writes under, or both batches create every event (the 4,710 extra events of the issue).
"""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from events.models import Event, EventListing, StagedEvent
from events.services import staged_events_process
from events.services.state import PipelineState
from sources.models import Source
from tests.events.helpers import day, load_bengaluru, make_source, record, stage

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

TITLES = [
    "Jazz at the Courtyard", "Pottery Wheel Basics", "Stand-up Comedy Night", "Farmers Market",
    "Open Mic Poetry", "Startup Pitch Evening", "Sunrise Yoga in the Park", "Kids Science Fair",
]  # fmt: skip
VENUES = ["Courtyard Hall", "Clay Studio", "Laugh Club", "Market Square"]
# Long enough that, with the old ordering, both batches have read before either writes; with locks taken
# before the read, the second batch waits on the lock instead, and the first gives up waiting here.
MEET_SECONDS = 5


def _listing(prefix: str, index: int, title: str):
    return record(
        f"{prefix}{index}",
        title,
        day(days=3 + index % 4, hour=10 + index),
        venue_name=VENUES[index % len(VENUES)],
        url=f"https://{prefix}.example/e/{index}",
    )


def test_two_concurrent_batches_from_two_sources_make_one_event_each(monkeypatch):
    city = load_bengaluru()
    one = make_source("one", city, trust=Source.Trust.TRUSTED)
    two = make_source("two", city, trust=Source.Trust.TRUSTED)
    batches = [
        stage(one, *(_listing("a", i, title) for i, title in enumerate(TITLES))),
        stage(two, *(_listing("b", i, title) for i, title in enumerate(TITLES))),
    ]
    meet = threading.Barrier(2)
    read_nearby = PipelineState.nearby_events

    def nearby_then_meet(self, records):
        found = read_nearby(self, records)
        try:
            meet.wait(timeout=MEET_SECONDS)
        except threading.BrokenBarrierError:
            pass  # the other batch is waiting for our locks: it reads after we commit
        return found

    monkeypatch.setattr(PipelineState, "nearby_events", nearby_then_meet)
    errors: list[BaseException] = []

    def process(ids: list[int]) -> None:
        try:
            staged_events_process(staged_event_ids=ids)
        except BaseException as exc:  # noqa: BLE001 - reported by the test below
            errors.append(exc)
        finally:
            connection.close()  # each thread had its own connection

    threads = [threading.Thread(target=process, args=(ids,)) for ids in batches]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert Event.objects.count() == len(TITLES)
    assert StagedEvent.objects.filter(status=StagedEvent.Status.DUPLICATE).count() == len(TITLES)
    for event in Event.objects.all():
        assert event.listings.count() == 2
        assert event.listings.filter(is_primary=True).count() == 1
    assert EventListing.objects.count() == 2 * len(TITLES)
