"""A duplicate that brings an event nothing new writes nothing to it; one that fills a blank still does."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Event, EventListing, StagedEvent
from events.services.writing.update import _same
from sources.models import Source
from tests.events.helpers import day, load_bengaluru, make_source, record, run

pytestmark = pytest.mark.django_db
EVENT_UPDATE = 'UPDATE "events_event"'


def event_updates(queries: CaptureQueriesContext) -> list[str]:
    return [query["sql"] for query in queries.captured_queries if EVENT_UPDATE in query["sql"]]


def test_a_duplicate_with_nothing_new_leaves_the_event_alone_and_one_with_a_blank_filled_writes_it():
    city = load_bengaluru()
    official = make_source("venue-site", city, trust=Source.Trust.OFFICIAL)
    aggregator = make_source("aggregator", city, trust=Source.Trust.STANDARD)
    other = make_source("other", city, trust=Source.Trust.STANDARD)
    run(official, record("a1", "Indiranagar Food Festival", day()))
    before = Event.objects.values().get()

    with CaptureQueriesContext(connection) as queries:
        run(aggregator, record("b1", "Indiranagar Food Festival", day(), description=None))
    assert StagedEvent.objects.get(external_id="b1").status == StagedEvent.Status.DUPLICATE
    assert EventListing.objects.filter(source=aggregator, event_id=before["id"], is_primary=False).exists()
    assert event_updates(queries) == []
    assert Event.objects.values().get() == before

    with CaptureQueriesContext(connection) as queries:
        run(other, record("c1", "Indiranagar Food Festival", day(), image_url="https://other.example/ff.jpg"))
    assert len(event_updates(queries)) == 1
    filled = Event.objects.get()
    assert filled.image_url == "https://other.example/ff.jpg"
    assert filled.description == before["description"]  # what it had stays


def test_same_means_the_column_would_hold_the_same_value():
    assert _same("Jazz", "Jazz")
    assert _same(None, None)
    assert _same(Decimal("10.00"), Decimal("10.00"))
    assert _same(
        [{"label": "Agenda", "url": "https://x.example/a.pdf"}], [{"url": "https://x.example/a.pdf", "label": "Agenda"}]
    )
    assert not _same("", None)
    assert not _same(1, 1.0)  # a float column would store the same, but only exact types are trusted
    assert not _same(True, 1)
    assert not _same(12.97, 12.971)
