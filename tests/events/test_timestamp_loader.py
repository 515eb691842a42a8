"""events.timestamps: PostgreSQL timestamps read by psycopg's C loader give what Django's loader gives."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import DataError, connection
from django.db.backends.postgresql.psycopg_any import register_tzloader

from events.models import Event
from events.timestamps import UtcTimestamptzLoader
from tests.factories import EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

VALUES = (
    "2026-03-29 01:30:00.5+02",  # an offset other than the session's
    "1999-12-31 23:59:59.999999+00",
    "0001-01-01 00:00:00+00",
    "9999-12-31 23:59:59.999999+00",
    "2026-11-27 18:00:00-07:30",
)
OUT_OF_RANGE = ("infinity", "-infinity", "0044-03-15 12:00+00 BC")


def _read(sql: str, *, django_loader: bool) -> list[tuple]:
    with connection.cursor() as cursor:
        if django_loader:  # Django's own, on this cursor only
            register_tzloader(dt.UTC, cursor.cursor)
        cursor.execute(sql)
        return cursor.fetchall()


def test_new_connections_read_timestamps_with_the_c_loader():
    with connection.cursor():
        pass
    assert connection.connection.adapters.get_loader(1184, 0) is UtcTimestamptzLoader


def test_same_moments_and_zone_as_djangos_loader():
    sql = "SELECT " + ", ".join(f"'{value}'::timestamptz" for value in VALUES) + ", NULL::timestamptz"
    (fast,) = _read(sql, django_loader=False)
    (slow,) = _read(sql, django_loader=True)
    assert fast == slow
    assert fast[-1] is None
    assert all(value.tzinfo is dt.UTC for value in fast[:-1])
    assert [value.tzinfo for value in fast[:-1]] == [value.tzinfo for value in slow[:-1]]


@pytest.mark.parametrize("value", OUT_OF_RANGE)
def test_out_of_range_refused_as_django_refuses_it(value):
    for django_loader in (True, False):
        with pytest.raises(DataError, match="timestamp too"):
            _read(f"SELECT '{value}'::timestamptz", django_loader=django_loader)


def test_models_read_back_aware_utc_datetimes():
    start = dt.datetime(2026, 6, 1, 19, 30, 15, 250, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30)))
    event = EventFactory(start=start)
    stored = Event.objects.values_list("start", flat=True).get(pk=event.pk)
    assert stored == start
    assert stored.tzinfo is dt.UTC
