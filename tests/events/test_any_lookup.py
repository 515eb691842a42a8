"""``field__any=[…]`` finds what ``field__in=[…]`` finds; on PostgreSQL it sends one array parameter."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from events.models import Event, EventListing
from tests.factories import CityFactory, EventFactory, SourceFactory

pytestmark = pytest.mark.django_db


def test_any_finds_what_in_finds():
    city = CityFactory()
    events = EventFactory.create_batch(4, city=city)
    ids = [events[2].pk, events[0].pk, None, events[2].pk, 10**9]
    assert (
        set(Event.objects.filter(pk__any=ids).values_list("pk", flat=True))
        == set(Event.objects.filter(pk__in=ids).values_list("pk", flat=True))
        == {events[0].pk, events[2].pk}
    )
    assert list(Event.objects.filter(pk__any=[])) == []
    assert list(Event.objects.filter(pk__any=[None])) == []
    assert Event.objects.exclude(pk__any=[events[1].pk]).count() == 3


def test_any_on_a_foreign_key():
    city = CityFactory()
    source = SourceFactory(city=city)
    first, second = EventFactory.create_batch(2, city=city)
    EventListing.objects.create(event=first, source=source, external_id="a", is_primary=True)
    EventListing.objects.create(event=second, source=source, external_id="b", is_primary=True)
    found = EventListing.objects.filter(event_id__any=[second.pk]).values_list("external_id", flat=True)
    assert list(found) == ["b"]


@pytest.mark.postgres
def test_postgresql_gets_one_array_parameter():
    city = CityFactory()
    events = EventFactory.create_batch(3, city=city)
    with CaptureQueriesContext(connection) as queries:
        found = set(Event.objects.filter(pk__any=[event.pk for event in events]).values_list("pk", flat=True))
    assert found == {event.pk for event in events}
    assert "= ANY(" in queries[0]["sql"]
    assert " IN (" not in queries[0]["sql"]
    assert "::bigint[]" in queries[0]["sql"]  # the column's type: a hashed comparison, as an IN list gets
