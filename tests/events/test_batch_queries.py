"""A pipeline batch names its records in array parameters, never in IN lists of hundreds of placeholders.

psycopg splits and re-quotes a statement of hundreds of placeholders on every execution (too long for its statement
cache) and PostgreSQL parses as many constants: for a batch's 500 ids that cost more CPU than the query itself
(events/lookups.py). These tests keep the batch's reads of its own records (the rows it locks, the listings it
already has, the order of its ids by block) on ``field__any``, with the answers ``field__in`` gave.
"""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Event, EventListing, StagedEvent
from events.services import staged_events_process
from events.services.blocks import staged_ids_by_block
from sources.models import Source
from tests.events.helpers import day, load_bengaluru, make_source, record, stage

pytestmark = pytest.mark.django_db

COUNT = 30
LONG_IN_LIST = 20  # placeholders in one IN list: a batch's ids, not a handful of sources or venues
_IN_LIST = re.compile(r"\bIN \(([^()]*)\)")


def _records(prefix: str, *, description: str = "Street food, live music and craft beer from twenty stalls.") -> list:
    return [
        record(
            f"{prefix}{index}", f"Lantern Quiz Night {index}", day(days=3 + index % 5, hour=19), description=description
        )
        for index in range(COUNT)
    ]


def _longest_in_list(queries: CaptureQueriesContext) -> int:
    return max(
        (match.group(1).count(",") + 1 for query in queries for match in _IN_LIST.finditer(query["sql"])), default=0
    )


def test_a_batch_run_again_finds_its_own_listings_and_events():
    """The listings a batch's records already have are found by (source, external id): a changed record updates its
    event instead of making another, and a second source's copies link to those events."""
    city = load_bengaluru()
    venue_site = make_source("venue-site", city, trust=Source.Trust.OFFICIAL)
    first = staged_events_process(staged_event_ids=stage(venue_site, *_records("v")))
    assert first.published == COUNT
    changed = staged_events_process(
        staged_event_ids=stage(venue_site, *_records("v", description="Forty stalls this time, and a brass band."))
    )
    assert changed.published + changed.duplicates == COUNT  # each record back to its own event
    assert Event.objects.count() == COUNT
    assert set(Event.objects.values_list("description", flat=True)) == {"Forty stalls this time, and a brass band."}
    listings = EventListing.objects.filter(source=venue_site)
    assert listings.count() == COUNT
    assert set(listings.values_list("is_primary", flat=True)) == {True}


def test_a_batch_processed_twice_writes_nothing_the_second_time():
    city = load_bengaluru()
    venue_site = make_source("venue-site", city)
    ids = stage(venue_site, *_records("v"))
    assert staged_events_process(staged_event_ids=ids).published == COUNT
    before = sorted(StagedEvent.objects.values_list("pk", "status", "event_id", "processed_at"))
    again = staged_events_process(staged_event_ids=ids)
    assert (again.published, again.held, again.rejected, again.duplicates) == (0, 0, 0, 0)
    assert sorted(StagedEvent.objects.values_list("pk", "status", "event_id", "processed_at")) == before


def test_ids_by_block_keeps_every_id_asked_for():
    city = load_bengaluru()
    ids = stage(make_source("venue-site", city), *_records("v"))
    missing = max(ids) + 1000
    ordered = staged_ids_by_block(staged_event_ids=[*reversed(ids), missing, ids[0]])
    assert sorted(ordered[:-1]) == sorted(ids)
    assert ordered[-1] == missing


@pytest.mark.postgres
def test_a_batch_sends_no_long_in_list():
    city = load_bengaluru()
    venue_site = make_source("venue-site", city, trust=Source.Trust.OFFICIAL)
    aggregator = make_source("aggregator", city, trust=Source.Trust.STANDARD)
    assert staged_events_process(staged_event_ids=stage(venue_site, *_records("v"))).published == COUNT
    changed = stage(venue_site, *_records("v", description="Forty stalls this time, and a brass band."))
    copies = stage(aggregator, *_records("a"))
    with CaptureQueriesContext(connection) as queries:
        ordered = staged_ids_by_block(staged_event_ids=[*changed, *copies])
        result = staged_events_process(staged_event_ids=ordered)
    assert result.published + result.duplicates + result.held == 2 * COUNT
    assert Event.objects.count() == COUNT  # the copies linked to the events, the changes updated them
    assert _longest_in_list(queries) < LONG_IN_LIST
