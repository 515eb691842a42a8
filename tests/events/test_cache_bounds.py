"""Random query strings must not multiply what the shared cache holds: junk parameters do not make a search a
new cache entry, and free-text list pages get no long-lived copy."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache

from events import selectors
from events.views.pages import querystring
from tests.factories import CityFactory, EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.redis]


def test_junk_parameters_reuse_the_cached_search_page(client):
    EventFactory(title="Harbour jazz", start=dt.datetime.now(dt.UTC) + dt.timedelta(days=2))
    first = client.get("/search/?q=jazz")
    again = client.get("/search/?q=jazz&utm_source=x&junk=1")
    assert first["X-Whatson-Cache"] == "miss"
    assert again["X-Whatson-Cache"] == "hit"
    assert again.content == first.content


def test_free_text_pages_get_no_long_lived_copy(client):
    CityFactory(slug="oslo", name="Oslo", timezone="Europe/Oslo")

    def lasting(path: str, query: str) -> object:
        return cache.get(selectors.lasting_cache_key("page", "testserver", path, query, "1"))

    assert client.get("/cities/oslo/?free=true").status_code == 200
    assert client.get("/cities/oslo/?q=fjord").status_code == 200
    assert lasting("/cities/oslo/", querystring([("free", "true")])) is not None
    assert lasting("/cities/oslo/", querystring([("q", "fjord")])) is None
