"""The COPY path of the set-based writes (large sets on PostgreSQL) and the upsert, on both backends."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.utils import timezone

from events.models import Category, Event, StagedEvent
from events.services.bulk import COPY_FROM_ROWS, bulk_update_rows, upsert_rows
from tests.factories import CityFactory, EventFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_a_large_update_writes_every_field_type():
    city = CityFactory()
    music = Category.objects.get(slug="music")
    events = EventFactory.create_batch(COPY_FROM_ROWS + 5, city=city)
    start = dt.datetime(2031, 5, 1, 18, 30, tzinfo=dt.UTC)
    rows = [
        {"pk": event.pk, "title": f"Renamed {i}", "start": start + dt.timedelta(hours=i), "end": None,
         "price_min": Decimal("12.50"), "tags": ["jazz", f"t{i}", 'quote " and \\ tab\t'], "online": True,
         "category": music.pk, "quality_score": 0.75, "description": "line one\nline two\r\n\\N not null"}
        for i, event in enumerate(events)
    ]  # fmt: skip
    fields = ["title", "start", "end", "price_min", "tags", "online", "category", "quality_score", "description"]
    assert bulk_update_rows(Event, rows, fields) == len(events)
    for i, event in enumerate(Event.objects.order_by("pk")):
        assert event.title == f"Renamed {i}"
        assert event.start == start + dt.timedelta(hours=i)
        assert event.end is None
        assert event.price_min == Decimal("12.50")
        assert event.tags == ["jazz", f"t{i}", 'quote " and \\ tab\t']
        assert event.online is True
        assert event.category == music
        assert event.description == "line one\nline two\r\n\\N not null"


def test_upsert_inserts_then_updates_on_the_unique_fields():
    source = SourceFactory()
    now = timezone.now()
    fields = ["external_id", "raw", "content_hash", "status", "reasons"]
    constants = {"source": source.pk, "first_seen_at": now, "last_seen_at": now, "normalized": {},
                 "quality_report": {}, "dedup": {}, "updated_at": now}  # fmt: skip
    rows = [{"external_id": f"e{i}", "raw": {"title": f"T{i}", "n": i}, "content_hash": f"h{i}", "status": "pending",
             "reasons": []} for i in range(COPY_FROM_ROWS + 1)]  # fmt: skip
    first = upsert_rows(StagedEvent, rows, fields=fields, unique=["source", "external_id"],
                        update=["raw", "content_hash"], constants=constants, returning=["id", "external_id"])  # fmt: skip
    assert len(first) == len(rows) == StagedEvent.objects.count()
    rows[0] = {**rows[0], "raw": {"title": "changed"}, "content_hash": "new"}
    later = now + dt.timedelta(hours=1)
    second = upsert_rows(StagedEvent, rows[:1], fields=fields, unique=["source", "external_id"],
                         update=["raw", "content_hash", "last_seen_at"], constants={**constants, "last_seen_at": later},
                         returning=["id", "external_id"])  # fmt: skip
    assert second == [next(row for row in first if row[1] == "e0")]
    staged = StagedEvent.objects.get(external_id="e0")
    assert (staged.raw, staged.content_hash, staged.last_seen_at, staged.first_seen_at) == (
        {"title": "changed"}, "new", later, now,
    )  # fmt: skip
    assert StagedEvent.objects.count() == len(rows)
