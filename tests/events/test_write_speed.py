"""The speed-ups in the write path and the pipeline state change nothing that is stored: values that skip
Django's per-value preparation are exactly those it would have passed through, everything else still takes
it, and the long-lived state is out of the cyclic collector's way."""

from __future__ import annotations

import datetime as dt
import enum
import gc

import pytest
from django.db import models

from events.models import Event
from events.services.bulk import _preparer, bulk_update_rows
from events.services.state import pipeline_state, pipeline_state_reset
from tests.factories import CityFactory, EventFactory

# The shortcut is PostgreSQL's: other backends adapt datetimes and booleans themselves.
pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


class Colour(enum.IntEnum):
    RED = 3


def _field(name: str) -> models.Field:
    return Event._meta.get_field(name)  # type: ignore[return-value]


def test_values_of_the_columns_type_go_as_they_are():
    title = "Jazz at the Blue Note"
    start = dt.datetime(2031, 5, 1, 18, 30, tzinfo=dt.UTC)
    assert _preparer(_field("title"))(title) is title
    assert _preparer(_field("start"))(start) is start
    assert _preparer(_field("latitude"))(None) is None
    assert _preparer(_field("online"))(True) is True


def test_other_values_still_take_djangos_conversion():
    assert _preparer(_field("title"))(42) == "42"
    assert _preparer(_field("latitude"))("48.5") == 48.5
    assert type(_preparer(_field("city"))(Colour.RED)) is int  # a foreign key's int-like value: a plain int
    with pytest.warns(RuntimeWarning, match="naive datetime"):
        aware = _preparer(_field("start"))(dt.datetime(2031, 5, 1, 18, 30))  # noqa: DTZ001 - the naive case
    assert aware.tzinfo is not None


def test_mixed_rows_round_trip_through_copy():
    city = CityFactory()
    events = EventFactory.create_batch(250, city=city)  # COPY path (COPY_FROM_ROWS)
    start = dt.datetime(2031, 5, 1, 18, 30, tzinfo=dt.UTC)
    rows = [
        {"pk": event.pk, "title": f"Renamed {i}" if i % 2 else i, "start": start, "latitude": "1.5" if i % 3 else None,
         "online": bool(i % 2), "city": city.pk}
        for i, event in enumerate(events)
    ]  # fmt: skip
    assert bulk_update_rows(Event, rows, ["title", "start", "latitude", "online", "city"]) == 250
    stored = {pk: (title, s, lat, online) for pk, title, s, lat, online in Event.objects.values_list(
        "pk", "title", "start", "latitude", "online")}  # fmt: skip
    for i, event in enumerate(events):
        expected_title = f"Renamed {i}" if i % 2 else str(i)
        assert stored[event.pk] == (expected_title, start, 1.5 if i % 3 else None, bool(i % 2))


def test_the_state_freezes_long_lived_objects_once(monkeypatch):
    # Earlier tests' garbage may hold the last references to frozen objects: collecting it frees them (they
    # leave the frozen generation), so clear it before counting.
    gc.collect()
    pipeline_state()
    gc.collect()
    frozen = gc.get_freeze_count()
    assert frozen > 0
    gc.collect()  # a full collection leaves the frozen generation alone: nothing in it is collected or unfrozen
    # (another thread of this worker, left by an earlier test, may free a few frozen objects of its own meanwhile:
    # CI saw 2 of 712,430 go, so the count may fall by a hair, never rise, never empty)
    assert 0.99 * frozen <= gc.get_freeze_count() <= frozen
    freezes: list[None] = []
    monkeypatch.setattr(gc, "freeze", lambda: freezes.append(None))
    pipeline_state()  # the same state again
    pipeline_state_reset()
    pipeline_state()  # and a state rebuilt (as every TTL): the process froze once, it never freezes again
    assert freezes == []
    assert gc.get_freeze_count() <= frozen
