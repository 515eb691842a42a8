"""The saved filter: validated as the event lists validate, stored one canonical way, described for people."""

from __future__ import annotations

import pytest

from digests.filters import InvalidSubscription, clean_filters, describe_filters
from events.models import Area
from tests.factories import CityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def leeds():
    city = CityFactory(name="Leeds", slug="leeds", timezone="Europe/London", country="GB")
    Area.objects.create(city=city, name="Headingley", slug="headingley", latitude=53.82, longitude=-1.58)
    Area.objects.create(city=city, name="Hyde Park", slug="hyde-park", latitude=53.81, longitude=-1.57)
    return city


def test_canonical_form_sorted_deduplicated_and_empty_dropped(leeds):
    cleaned = clean_filters(
        city=leeds,
        data={
            "category": ["music", "comedy", "music", " "],
            "area": "hyde-park,headingley",
            "q": "  jazz   trio ",
            "free": "true",
            "days": ["sun", "SAT"],
            "times": [],
        },
    )
    assert cleaned == {
        "category": ["comedy", "music"],
        "area": ["headingley", "hyde-park"],
        "q": "jazz trio",
        "free": True,
        "days": ["sat", "sun"],
    }
    assert list(cleaned) == ["category", "area", "q", "free", "days"]


def test_nothing_means_any(leeds):
    assert clean_filters(city=leeds, data=None) == {}
    assert clean_filters(city=leeds, data={}) == {}
    assert clean_filters(city=leeds, data={"free": False, "q": "", "category": ""}) == {}


def test_a_subcategory_is_accepted(leeds):
    assert clean_filters(city=leeds, data={"category": ["stand-up"]}) == {"category": ["stand-up"]}


@pytest.mark.parametrize(
    ("data", "key", "message"),
    [
        ({"category": ["nope"]}, "category", "Unknown category “nope”."),
        ({"category": ["bad slug!"]}, "category", "Unknown category “bad slug!”."),
        ({"category": ["mu\x00sic"]}, "category", "Unknown category “mu\x00sic”."),
        ({"area": ["soho"]}, "area", "Unknown area “soho” in Leeds."),
        ({"days": ["someday"]}, "days", "Unknown day “someday”; use one of: mon, tue, wed, thu, fri, sat, sun."),
        ({"times": ["noon"]}, "times", "Unknown time of day “noon”; use one of: morning, afternoon, evening, night."),
        ({"q": "x" * 201}, "q", "Keywords can be at most 200 characters."),
        ({"q": "jazz\r\nBcc: x"}, "q", "Keywords can't contain line breaks or other control characters."),
        ({"q": 5}, "q", "Give the keywords as text."),
        ({"free": "maybe"}, "free", "Use true or false."),
        ({"category": {"a": 1}}, "category", "Give a list of values or a comma-separated string."),
        ({"category": [1, 2]}, "category", "Give a list of values or a comma-separated string."),
        ({"when": "today"}, "when", "Unknown filter."),
        ({"days": [f"d{n}" for n in range(41)]}, "days", "At most 40 values."),
    ],
)
def test_bad_values_are_refused_per_key(leeds, data, key, message):
    with pytest.raises(InvalidSubscription) as caught:
        clean_filters(city=leeds, data=data)
    assert caught.value.errors == {key: [message]}


def test_an_area_of_another_city_is_unknown_here(leeds):
    other = CityFactory(name="York", slug="york")
    Area.objects.create(city=other, name="Fishergate", slug="fishergate", latitude=53.95, longitude=-1.08)
    with pytest.raises(InvalidSubscription) as caught:
        clean_filters(city=leeds, data={"area": ["fishergate"]})
    assert caught.value.errors == {"area": ["Unknown area “fishergate” in Leeds."]}


def test_every_bad_key_is_reported_at_once(leeds):
    with pytest.raises(InvalidSubscription) as caught:
        clean_filters(city=leeds, data={"category": ["nope"], "days": ["x"], "lat": 1})
    assert set(caught.value.errors) == {"category", "days", "lat"}


def test_filters_must_be_an_object(leeds):
    with pytest.raises(InvalidSubscription) as caught:
        clean_filters(city=leeds, data=["music"])
    assert list(caught.value.errors) == ["filters"]


@pytest.mark.parametrize(
    ("filters", "text"),
    [
        ({}, "All events in Leeds"),
        (
            {"category": ["comedy", "music"], "free": True, "days": ["sat", "sun"], "times": ["evening"]},
            "Comedy and Music in Leeds, free, weekends, evenings",
        ),
        ({"area": ["headingley"], "q": "jazz"}, "All events in Headingley, Leeds, matching “jazz”"),
        ({"days": ["mon", "tue", "wed", "thu", "fri"]}, "All events in Leeds, weekdays"),
        (
            {"days": ["fri", "mon"], "times": ["night", "morning"]},
            "All events in Leeds, Mondays and Fridays, mornings and nights",
        ),
    ],
)
def test_describe_filters(leeds, filters, text):
    assert describe_filters(leeds, filters) == text
