"""insert_rows (events created without model instances) and JSON columns written as orjson text."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from events.models import Event, StagedEvent
from events.services.bulk import COPY_FROM_ROWS, bulk_update_rows, insert_rows, json_text
from tests.factories import CityFactory, SourceFactory

pytestmark = pytest.mark.django_db

START = dt.datetime(2031, 5, 1, 18, 30, tzinfo=dt.UTC)


def _row(i: int, city_id: int) -> dict:
    return {"title": f"Gig {i}", "slug": f"gig-{i}", "start": START + dt.timedelta(hours=i), "timezone": "Asia/Kolkata",
            "city": city_id, "price_min": Decimal("9.99"), "tags": ["jazz", f"t{i}", 'q " \\ \t\n']}  # fmt: skip


@pytest.mark.postgres
def test_inserted_rows_get_their_own_ids_in_order_and_defaults_elsewhere():
    city = CityFactory()
    rows = [_row(i, city.pk) for i in range(7)]
    ids = insert_rows(Event, rows, fields=["title", "slug", "start", "timezone", "city", "price_min", "tags"])
    assert len(set(ids)) == 7
    for i, pk in enumerate(ids):
        event = Event.objects.get(pk=pk)
        # The id returned for the i-th row is the i-th row's event: callers pair them by position.
        assert (event.title, event.start, event.tags) == (f"Gig {i}", START + dt.timedelta(hours=i), rows[i]["tags"])
        assert event.price_min == Decimal("9.99")
        # Unnamed columns: the model's defaults, auto_now ones set.
        assert (event.view_count, event.edited_fields, event.moderation_status) == (0, [], "pending")
        assert event.created_at is not None
        assert event.updated_at is not None
    # The sequence moved past the ids taken: an ordinary create does not collide with them.
    later = Event.objects.create(title="Later", slug="later", start=START, timezone="UTC", city=city)
    assert later.pk > max(ids)


@pytest.mark.postgres
def test_staged_json_columns_round_trip_through_orjson_text():
    source = SourceFactory()
    staged = [StagedEvent.objects.create(source=source, external_id=str(i), raw={}) for i in range(COPY_FROM_ROWS + 1)]
    record = {"title": "Café ☕", "nested": {"1": [1.5, None, True]}, "text": 'q " \\ \t\n'}
    rows = [{"pk": row.pk, "normalized": record, "reasons": ["a"], "dedup": {}} for row in staged]
    # Both paths: COPY (large sets) and UPDATE … FROM (VALUES …) (small ones).
    assert bulk_update_rows(StagedEvent, rows, ["normalized", "reasons", "dedup"]) == len(rows)
    assert bulk_update_rows(StagedEvent, rows[:2], ["normalized", "reasons", "dedup"]) == 2
    for row in StagedEvent.objects.all():
        assert (row.normalized, row.reasons, row.dedup) == (record, ["a"], {})


def test_json_text_matches_the_json_module():
    assert json_text({1: "a"}) == '{"1":"a"}'
    big = 2**70  # beyond orjson: the json module takes it
    assert json_text({"n": big}) == '{"n": 1180591620717411303424}'
