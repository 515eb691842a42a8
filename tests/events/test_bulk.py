"""Set-based updates write every type of field correctly, on SQLite and PostgreSQL alike."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Category, Event
from events.services.bulk import bulk_update_rows
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db


def test_every_field_type_round_trips():
    city = CityFactory()
    music = Category.objects.get(slug="music")
    events = EventFactory.create_batch(3, city=city)
    start = dt.datetime(2031, 5, 1, 18, 30, tzinfo=dt.UTC)
    rows = [
        {"pk": event.pk, "title": f"Renamed {i}", "start": start + dt.timedelta(days=i), "end": None,
         "price_min": Decimal("12.50"), "tags": ["jazz", f"t{i}"], "online": True, "category": music.pk,
         "quality_score": 0.75, "edited_fields": []}
        for i, event in enumerate(events)
    ]  # fmt: skip
    fields = ["title", "start", "end", "price_min", "tags", "online", "category", "quality_score", "edited_fields"]
    with CaptureQueriesContext(connection) as queries:
        assert bulk_update_rows(Event, rows, fields) == 3
    if connection.vendor == "postgresql":
        assert len(queries) == 1
    for i, event in enumerate(Event.objects.order_by("pk")):
        assert event.title == f"Renamed {i}"
        assert event.start == start + dt.timedelta(days=i)
        assert event.end is None
        assert event.price_min == Decimal("12.50")
        assert event.tags == ["jazz", f"t{i}"]
        assert event.online is True
        assert event.category == music
        assert event.quality_score == 0.75


def test_untouched_rows_and_fields_stay():
    keep, change = EventFactory.create_batch(2, title="Original")
    bulk_update_rows(Event, [{"pk": change.pk, "title": "Changed"}], ["title"])
    keep.refresh_from_db()
    change.refresh_from_db()
    assert (keep.title, change.title, change.slug) == ("Original", "Changed", change.slug)


def test_nothing_to_do_and_unknown_fields():
    assert bulk_update_rows(Event, [], ["title"]) == 0
    with pytest.raises(ValueError, match="no concrete field 'listings'"):
        bulk_update_rows(Event, [{"pk": 1, "listings": None}], ["listings"])


def test_large_batches_are_chunked():
    events = EventFactory.create_batch(1205)
    rows = [{"pk": event.pk, "view_count": 7} for event in events]
    assert bulk_update_rows(Event, rows, ["view_count"]) == 1205
    assert set(Event.objects.values_list("view_count", flat=True)) == {7}
