"""Small bulk updates on PostgreSQL send one array per column (``UPDATE … FROM unnest(…)``): they store exactly what
the one-parameter-per-value form (``FROM (VALUES …)``) stores, and fall back to it for a column of mixed types."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Event
from events.services import bulk
from events.services.bulk import bulk_update_rows
from tests.factories import CityFactory, EventFactory

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="the arrays are PostgreSQL's form"),
]

FIELDS = ["title", "description", "start", "end", "price_min", "latitude", "online", "links", "tags", "venue_name"]
AWKWARD = ['say "hi"', "back\\slash", "{braces}", "NULL", "", "a,b", " padded ", "tab\there", "nbsp\u00a0x", "é ✓"]


def _rows(events: list[Event]) -> list[dict[str, object]]:
    start = dt.datetime(2031, 3, 1, 19, 0, tzinfo=dt.UTC)
    return [
        {"pk": event.pk, "title": AWKWARD[i % len(AWKWARD)] or "x",          "start": start + dt.timedelta(hours=i), "end": None if i % 2 else start + dt.timedelta(hours=i + 2),
         "price_min": None if i % 3 == 0 else Decimal(i) / 4, "latitude": None if i % 4 == 0 else 41.8781 + i / 7,
         "online": bool(i % 2), "links": [{"label": f'L "{i}"', "url": f"https://example.org/{i}"}] if i % 2 else [],
         "tags": ["a\\b", 'q"t', "{x}"][: i % 4], "venue_name": AWKWARD[-i % len(AWKWARD)], "description": AWKWARD[i % 7]}
        for i, event in enumerate(events)
    ]  # fmt: skip


def _stored(pks: list[int]) -> list[dict[str, object]]:
    return list(Event.objects.filter(pk__in=pks).order_by("pk").values("pk", *FIELDS))


def test_arrays_store_what_values_store(monkeypatch):
    city = CityFactory()
    events = EventFactory.create_batch(23, city=city)
    pks = [event.pk for event in events]
    rows = _rows(events)
    with CaptureQueriesContext(connection) as queries:
        assert bulk_update_rows(Event, rows, FIELDS) == len(rows)
    assert len(queries) == 1
    assert "unnest(" in queries[0]["sql"]
    assert "VALUES" not in queries[0]["sql"]
    by_arrays = _stored(pks)
    EventFactory._meta.model.objects.filter(pk__in=pks).update(title="reset", description="", venue_name="")
    monkeypatch.setattr(bulk, "_column_arrays", lambda *args: None)
    with CaptureQueriesContext(connection) as queries:
        assert bulk_update_rows(Event, rows, FIELDS) == len(rows)
    assert "VALUES" in queries[0]["sql"]
    assert _stored(pks) == by_arrays
    assert [row["title"] for row in by_arrays][:4] == ['say "hi"', "back\\slash", "{braces}", "NULL"]


def test_statement_text_does_not_grow_with_rows():
    city = CityFactory()
    events = EventFactory.create_batch(40, city=city)
    sizes = []
    for count in (3, 40):
        with CaptureQueriesContext(connection) as queries:
            bulk_update_rows(Event, [{"pk": event.pk, "title": f"T {event.pk}"} for event in events[:count]], ["title"])
        sql = queries[0]["sql"]
        sizes.append(len(sql) - sum(len(f"T {event.pk}") for event in events[:count]))  # the values themselves
    assert sizes[1] - sizes[0] < 40 * 12  # the pks and separators only: no row template per row


def test_a_column_of_mixed_types_takes_values():
    """psycopg dumps one type per array: an int among floats (a value Django's preparer did not make a float)."""
    fields = [Event._meta.pk, Event._meta.get_field("latitude")]
    assert bulk._column_arrays([[1, 2], [1, 2.5]], fields, "bigint") is None
    assert bulk._column_arrays([[1, 2], [1.0, 2.5]], fields, "bigint") is not None
    assert bulk._column_arrays([[1, 2], [None, None]], fields, "bigint") is not None


def test_a_float_for_a_numeric_column_takes_values():
    """float8 → numeric rounds at 15 digits; the scalar literal is read whole: only the VALUES form stores the same."""
    assert (
        bulk._column_arrays([[1], [1.0049999999999999]], [Event._meta.pk, Event._meta.get_field("price_min")], "bigint")
        is None
    )
