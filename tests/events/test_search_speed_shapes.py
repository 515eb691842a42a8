"""The search page and the shared filters at scale: what they ask the database and what they share between
requests (no timings here; bench/ has them)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from events.filters import EventFilterSet
from events.models import Event
from events.services import changes
from tests.factories import CityFactory, EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def soon(days: float) -> dt.datetime:
    return timezone.now() + dt.timedelta(days=days)


# --- the shared filters -------------------------------------------------------------------------------------


def test_filtersets_share_no_state_between_instances():
    chicago = CityFactory(name="Chicago", slug="chicago")
    austin = CityFactory(name="Austin", slug="austin", timezone="America/Chicago")
    in_chicago = EventFactory(city=chicago, start=soon(1), cost_type="free")
    in_austin = EventFactory(city=austin, start=soon(2))
    first = EventFilterSet({"city": "chicago", "free": "true"}, queryset=Event.objects.all())
    second = EventFilterSet({"city": "austin"}, queryset=Event.objects.all())
    assert first.is_valid()
    assert second.is_valid()
    # Each instance's filters answer to that instance (method filters call their own FilterSet).
    assert all(filter_.parent is first for filter_ in first.filters.values())
    assert all(filter_.parent is second for filter_ in second.filters.values())
    assert first.filters["free"] is not EventFilterSet.base_filters["free"]
    assert first.form is not second.form
    assert first.form.fields["city"] is not second.form.fields["city"]
    assert list(first.qs) == [in_chicago]
    assert list(second.qs) == [in_austin]
    assert first.form.cleaned_data["city"] == chicago
    assert second.form.cleaned_data["city"] == austin


def test_filterset_errors_stay_with_their_instance():
    CityFactory(name="Chicago", slug="chicago")
    bad = EventFilterSet({"city": "atlantis", "when": "someday"}, queryset=Event.objects.all())
    good = EventFilterSet({"city": "chicago"}, queryset=Event.objects.all())
    assert not bad.is_valid()
    assert good.is_valid()
    assert set(bad.errors) == {"city", "when"}
    assert good.errors == {}
    # A cross-field error added to one form is not on the next one's.
    half = EventFilterSet({"lat": "41.9"}, queryset=Event.objects.all())
    assert not half.is_valid()
    assert "lng" in half.errors
    assert EventFilterSet({"lat": "41.9", "lng": "-87.6"}, queryset=Event.objects.all()).is_valid()


def test_a_city_made_inactive_is_refused_by_the_next_filterset():
    city = CityFactory(name="Chicago", slug="chicago")
    assert EventFilterSet({"city": "chicago"}, queryset=Event.objects.all()).is_valid()
    city.is_active = False
    city.save()
    assert not EventFilterSet({"city": "chicago"}, queryset=Event.objects.all()).is_valid()


# --- the public indexes (migration 0009) ----------------------------------------------------------------------


def test_public_indexes_leave_out_archived_and_merged_events_and_cover_counts():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'event_public%%'")
        definitions = dict(cursor.fetchall())
    assert set(definitions) == {"event_public_city_start", "event_public_start"}
    for definition in definitions.values():
        assert "archived_at IS NULL" in definition
        assert "merged_into_id IS NULL" in definition
    assert 'INCLUDE ("end", category_id, subcategory_id)' in definitions["event_public_city_start"]
    assert 'INCLUDE ("end", city_id)' in definitions["event_public_start"]


# --- the search page's cache ----------------------------------------------------------------------------------


def _search(client, **params):
    from django.urls import reverse

    return client.get(reverse("events:search"), params)


def test_a_repeated_search_is_answered_from_the_cache_without_queries(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    chicago = CityFactory(name="Chicago", slug="chicago")
    EventFactory(city=chicago, title="Jazz on the Roof", start=soon(2))
    first = _search(client, q="jazz", city="chicago")
    assert first.status_code == 200
    assert first["X-Whatson-Cache"] == "miss"
    with CaptureQueriesContext(connection) as queries:
        again = _search(client, q="jazz", city="chicago")
    assert again.status_code == 200
    assert again["X-Whatson-Cache"] == "hit"
    assert again.content == first.content
    assert len(queries) == 0


def test_a_published_change_is_searched_again():
    from django.test import Client

    client = Client()
    chicago = CityFactory(name="Chicago", slug="chicago")
    EventFactory(city=chicago, title="Jazz on the Roof", start=soon(2))
    assert b"brunch" not in _search(client, q="jazz").content
    EventFactory(city=chicago, title="Jazz brunch", start=soon(3))
    changes.generation_bump()  # what publishing announces
    fresh = _search(client, q="jazz")
    assert fresh["X-Whatson-Cache"] == "miss"
    assert b"brunch" in fresh.content


def test_another_page_or_other_filters_are_not_the_cached_page(client):
    chicago = CityFactory(name="Chicago", slug="chicago")
    CityFactory(name="Austin", slug="austin")
    EventFactory(city=chicago, title="Jazz on the Roof", start=soon(2))
    assert b"on the Roof" in _search(client, q="jazz").content
    other_city = _search(client, q="jazz", city="austin")
    assert other_city["X-Whatson-Cache"] == "miss"
    assert b"on the Roof" not in other_city.content
    junk_page = _search(client, q="jazz", page="abc")  # the first page, but its own address
    assert junk_page["X-Whatson-Cache"] == "miss"
    assert junk_page.context["page"] == 1


def test_invalid_filters_are_never_cached(client):
    first = _search(client, q="jazz", city="atlantis")
    again = _search(client, q="jazz", city="atlantis")
    assert first.status_code == again.status_code == 400
    assert again["X-Whatson-Cache"] == "miss"
    assert "city" in again.context["errors"]
