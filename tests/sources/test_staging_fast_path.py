"""The staging fast path keeps the boundary's behaviour: an event's payload is what clean_json(to_json())
gave, the content hash does not depend on key order, and records JSON's fast encoder refuses still stage."""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import pytest
from django.utils import timezone

from events.models import StagedEvent
from events.services.staging import canonical_json
from sources.adapters.base import RawEvent, RejectedRecord
from sources.services import content_hash, source_sync
from sources.staging_clean import clean_json, staging_record
from tests.factories import SourceFactory

START = dt.datetime(2026, 12, 5, 20, tzinfo=dt.UTC)
HUGE = 2**70  # beyond 64 bits: a feed's JSON may hold it, orjson refuses it


@pytest.mark.parametrize(
    "fields",
    [
        {"title": "plain", "start": dt.date(2026, 12, 5), "latitude": 1.5, "price_min": Decimal("2")},
        {
            "title": "T\x00x\x1b[31m",
            "start": START,
            "end": dt.date(2026, 12, 6),
            "price_min": Decimal("1.5"),
            "price_max": Decimal("Infinity"),
            "latitude": math.nan,
            "longitude": 3,
            "tags": ["a", "\x00", "b" * 300],
            "description": 12,
            "venue_name": ["x\x00"],
            "url": "https://example.org/" + "u" * 5000,
            "organizer": "o" * 500,
        },
    ],
)
def test_an_events_payload_is_what_the_generic_cleaner_makes_of_it(fields):
    staged = staging_record(RawEvent(source="s", external_id="e-1", **fields))
    expected = clean_json(staged.record.to_json())
    assert staged.payload() == expected
    assert [type(value) for value in staged.payload().values()] == [type(value) for value in expected.values()]


def test_canonical_json_ignores_key_order_and_takes_integers_beyond_64_bits():
    assert canonical_json({"b": 1, "a": [1, {"d": 2, "c": 3}]}) == canonical_json({"a": [1, {"c": 3, "d": 2}], "b": 1})
    assert content_hash({"b": 1, "a": 2}) == content_hash({"a": 2, "b": 1}) != content_hash({"a": 2, "b": 2})
    assert canonical_json({"n": HUGE}) == f'{{"n":{HUGE}}}'


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_record_with_a_huge_integer_stages_and_an_unchanged_refetch_rewrites_nothing():
    source = SourceFactory(slug="huge", adapter="json_api")
    records = [
        RawEvent(source="json_api", external_id="ok", title="A show", start=START),
        RejectedRecord("bad", "no start", {"id": HUGE, "name": "Ünïcode"}),
    ]
    counts, pending = source_sync(source=source, records=records, now=timezone.now())
    assert (counts.new, counts.failed, len(pending)) == (1, 1, 1)
    bad = StagedEvent.objects.get(external_id="bad")
    assert bad.raw == {"id": HUGE, "name": "Ünïcode"}
    assert bad.status == StagedEvent.Status.REJECTED

    again, pending_again = source_sync(source=source, records=records, now=timezone.now())
    assert (again.new, again.updated, again.unchanged) == (0, 0, 1)
    assert pending_again == pending  # still pending: handed on again, not rewritten
