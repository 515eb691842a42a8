"""What publishing a batch of changed events costs: a constant number of queries, whatever the batch size."""

import datetime as dt
import json
from decimal import Decimal

import pytest
from django.utils import timezone

from realtime.bus import _fields, get_bus
from realtime.services import events_broadcast
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db


def test_a_batch_is_published_in_eight_queries(django_assert_num_queries):
    city = CityFactory(slug="austin")
    events = [EventFactory(city=city, published_at=timezone.now()) for _ in range(25)]
    # Events with their representation, state and facts; the listings' sources; what was announced before and the
    # record of what is announced now (realtime.models.AnnouncedEvent; one INSERT, with its transaction's two lines:
    # BEGIN/COMMIT after a commit, a savepoint here); the moderation queue's two counts.
    with django_assert_num_queries(8):
        assert events_broadcast([event.pk for event in events]) == 25
    get_bus().clear()


def _parsed(fields):
    return json.loads(fields["m"]), json.loads(fields["f"]) if fields["f"] else None


@pytest.mark.parametrize(
    "message",
    [
        {"type": "event.updated", "event": {"id": 7, "title": "Café Müller — 東京", "tags": ["a"], "lat": 37.82029}},
        {"type": "x", "when": dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC), "price": Decimal("10.50")},
        {"type": "x", "big": 2**70, "nested": {"1": [None, True, 1e16, -0.5]}},
        {"type": "x", "odd": "\ud800"},  # a lone surrogate: orjson refuses it, json escapes it
        {"type": "x", 3: "int key", "day": dt.date(2026, 1, 2)},
    ],
)
def test_bus_fields_hold_the_json_value_json_dumps_writes(message):
    facts = {"id": 1, "text": "naïve\ncafé", "sources": ["b", "a"]}
    fields = _fields("events", message, None, facts)
    expected = json.loads(json.dumps(message, separators=(",", ":"), default=str))
    assert _parsed(fields) == (expected, json.loads(json.dumps(facts)))
    assert list(_parsed(fields)[0]) == list(expected)  # same key order
    assert fields["y"] == str(message["type"])
    assert fields["k"] == ""
