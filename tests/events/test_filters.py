"""The shared filter vocabulary (events/filters.py) through ``selectors.event_list``: what each key keeps, what
it refuses, and the named ranges seen from the city's own clock."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from decimal import Decimal

import pytest
from django.http import QueryDict

from events.filters import EventFilterSet, InvalidFiltersError, as_querydict, named_range, unknown_keys
from events.models import Area, Category, Event, EventListing, Organizer, Venue
from events.selectors import event_list
from tests.factories import CityFactory, EventFactory, SourceFactory

KOLKATA = zoneinfo.ZoneInfo("Asia/Kolkata")
# A fixed "now" handed to event_list: every event below is placed relative to it, so no test depends on the
# real date. A Wednesday, 10:00 in Bengaluru.
NOW = dt.datetime(2030, 5, 15, 10, 0, tzinfo=KOLKATA)


def at(days: int, hour: int, minute: int = 0) -> dt.datetime:
    """Local wall time in Bengaluru, ``days`` after NOW's date."""
    return dt.datetime.combine(NOW.date() + dt.timedelta(days=days), dt.time(hour, minute), tzinfo=KOLKATA)


def titles(filters: dict | QueryDict, now: dt.datetime = NOW) -> list[str]:
    return [event.title for event in event_list(filters=filters, now=now)]


@pytest.fixture
def city(db):
    return CityFactory(slug="bengaluru", name="Bengaluru", timezone="Asia/Kolkata", latitude=12.97, longitude=77.59)


def make(city, title: str, start: dt.datetime, **fields) -> Event:
    fields.setdefault("timezone", "Asia/Kolkata")
    return EventFactory(city=city, title=title, slug=title.lower().replace(" ", "-"), start=start, **fields)


# --- named ranges, pure ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "now", "low", "high", "by_start"),
    [
        ("today", NOW, NOW, at(1, 0), False),
        ("tonight", NOW, at(0, 17), at(1, 4), True),
        # At 01:30 "tonight" is still the night that began yesterday evening.
        ("tonight", at(1, 1, 30), at(0, 17), at(1, 4), True),
        ("tomorrow", NOW, at(1, 0), at(2, 0), False),
        # Wednesday: the coming Friday 17:00 to Monday 00:00.
        ("this-weekend", NOW, at(2, 17), at(5, 0), False),
        # On Saturday: from now until Monday.
        ("this-weekend", at(3, 11), at(3, 11), at(5, 0), False),
        ("this-week", NOW, NOW, at(5, 0), False),
        ("next-7-days", NOW, NOW, NOW + dt.timedelta(days=7), False),
    ],
)
def test_named_ranges_are_read_on_the_local_clock(name, now, low, high, by_start):
    assert named_range(name, now) == (low, high, by_start)


def test_dicts_become_querydicts_with_lists_and_booleans():
    data = as_querydict({"status": ["cancelled", "postponed"], "free": True, "price_max": 10, "q": None})
    assert data.getlist("status") == ["cancelled", "postponed"]
    assert data["free"] == "true"
    assert data["price_max"] == "10"
    assert "q" not in data


@pytest.mark.django_db
def test_no_filters_lists_everything_upcoming(city):
    make(city, "Anything", at(1, 10))
    assert [event.title for event in event_list(filters=None, now=NOW)] == ["Anything"]


def test_unknown_keys_are_listed_but_page_and_cursor_are_not():
    assert unknown_keys({"city": "x", "utm_source": "y", "page": "2", "cursor": "c", "colour": "red"}) == [
        "colour",
        "utm_source",
    ]


# --- what each key keeps --------------------------------------------------------------------------


@pytest.mark.django_db
def test_city_category_and_subcategory(city):
    music = Category.objects.get(slug="music")
    concerts = Category.objects.filter(parent=music).first()
    other_city = CityFactory(slug="mysuru", timezone="Asia/Kolkata")
    make(city, "Rock show", at(1, 19), category=music, subcategory=concerts)
    make(city, "Jazz", at(1, 20), category=music)
    make(city, "Lecture", at(1, 18), category=Category.objects.get(slug="education"))
    make(other_city, "Far away rock", at(1, 19), category=music)

    assert titles({"city": "bengaluru", "category": "music"}) == ["Rock show", "Jazz"]
    # A subcategory slug given as category matches events filed under it too.
    assert titles({"city": "bengaluru", "category": concerts.slug}) == ["Rock show"]
    assert titles({"subcategory": concerts.slug}) == ["Rock show"]
    assert titles({"category": "music"}) == ["Rock show", "Far away rock", "Jazz"]


@pytest.mark.django_db
def test_named_ranges_select_events(city):
    make(city, "Now running", at(0, 9), end=at(0, 12))
    make(city, "This evening", at(0, 19))
    make(city, "Late night", at(1, 1))
    make(city, "Tomorrow lunch", at(1, 13))
    make(city, "Saturday", at(3, 11))
    make(city, "Next Tuesday", at(6, 11))
    make(city, "In ten days", at(10, 11))
    make(city, "Long exhibition", at(-20, 10), end=at(20, 18))
    base = {"city": "bengaluru"}

    assert titles({**base, "when": "today"}) == ["Long exhibition", "Now running", "This evening"]
    assert titles({**base, "when": "tonight"}) == ["This evening", "Late night"]
    assert titles({**base, "when": "tomorrow"}) == ["Long exhibition", "Late night", "Tomorrow lunch"]
    assert titles({**base, "when": "this-weekend"}) == ["Long exhibition", "Saturday"]
    assert "In ten days" not in titles({**base, "when": "next-7-days"})
    assert "Next Tuesday" in titles({**base, "when": "next-7-days"})


@pytest.mark.django_db
def test_date_range_is_inclusive_local_days(city):
    make(city, "Day one late", at(2, 23, 30))
    make(city, "Day three morning", at(4, 0, 30))
    make(city, "Day four", at(5, 12))
    first, last = (NOW.date() + dt.timedelta(days=2)).isoformat(), (NOW.date() + dt.timedelta(days=4)).isoformat()

    assert titles({"city": "bengaluru", "date_from": first, "date_to": last}) == ["Day one late", "Day three morning"]
    # Without a city the days are UTC days: 23:30 in Kolkata is 18:00 UTC the same day, 00:30 is the day before.
    assert titles({"date_from": last, "date_to": last}) == []


@pytest.mark.django_db
def test_money_status_and_flags(city):
    make(city, "Free talk", at(1, 10), cost_type="free")
    make(city, "Cheap gig", at(1, 11), cost_type="paid", price_min=Decimal("200"), price_max=Decimal("900"))
    make(city, "Gala", at(1, 12), cost_type="paid", price_min=Decimal("5000"))
    make(city, "Unknown price", at(1, 13))
    make(city, "Called off", at(1, 14), status="cancelled")
    make(city, "Webinar", at(1, 15), online=True)
    make(city, "Ramp access", at(1, 16), tags=["accessible", "jazz"])

    assert titles({"free": "true"}) == ["Free talk"]
    assert "Free talk" not in titles({"free": "false"})
    assert titles({"price_max": "500"}) == ["Free talk", "Cheap gig"]
    assert titles({"status": "cancelled"}) == ["Called off"]
    assert titles(QueryDict("status=cancelled&status=scheduled")) == titles({})
    assert titles({"online": "yes"}) == ["Webinar"]
    assert titles({"accessible": "1"}) == ["Ramp access"]
    assert titles({"tag": "Jazz"}) == ["Ramp access"]


@pytest.mark.django_db
def test_places_people_and_sources(city):
    area = Area.objects.create(city=city, name="Indiranagar", slug="indiranagar", latitude=12.97, longitude=77.64)
    venue = Venue.objects.create(name="The Humming Tree", slug="humming-tree", city=city, area=area)
    organizer = Organizer.objects.create(name="Indie Collective", slug="indie-collective")
    source = SourceFactory(slug="city-calendar", city=city)
    listed = make(city, "At the tree", at(1, 19), venue=venue, organizer=organizer)
    make(city, "Elsewhere", at(1, 20))
    EventListing.objects.create(event=listed, source=source, external_id="1")

    assert titles({"city": "bengaluru", "area": "indiranagar"}) == ["At the tree"]
    assert titles({"venue": str(venue.pk)}) == ["At the tree"]
    assert titles({"organizer": "indie-collective"}) == ["At the tree"]
    assert titles({"source": "city-calendar"}) == ["At the tree"]


@pytest.mark.django_db
def test_radius_uses_the_events_own_coordinates(city):
    make(city, "Centre", at(1, 10), latitude=12.9716, longitude=77.5946)
    make(city, "Airport", at(1, 11), latitude=13.1986, longitude=77.7066)  # about 28 km north
    make(city, "No coordinates", at(1, 12))

    assert titles({"lat": "12.97", "lng": "77.59"}) == ["Centre"]
    assert titles({"lat": "12.97", "lng": "77.59", "radius_km": "40"}) == ["Centre", "Airport"]


@pytest.mark.django_db
def test_radius_reaches_across_the_antimeridian_and_near_the_poles(city):
    make(city, "Taveuni east", at(1, 10), latitude=-16.8, longitude=-179.95)  # ~10 km from the point below
    make(city, "Station", at(1, 11), latitude=89.95, longitude=100.0)  # ~8 km from the pole point below

    assert titles({"lat": "-16.8", "lng": "179.95", "radius_km": "50"}) == ["Taveuni east"]
    assert titles({"lat": "89.99", "lng": "-80", "radius_km": "20"}) == ["Station"]


@pytest.mark.django_db
def test_text_matches_every_word(city):
    make(city, "Jazz night at the pier", at(1, 19), description="Live quartet")
    make(city, "Night market", at(1, 18))

    assert titles({"q": "night"}) == ["Night market", "Jazz night at the pier"]
    assert titles({"q": "jazz quartet"}) == ["Jazz night at the pier"]


@pytest.mark.django_db
def test_ordering(city):
    make(city, "B late cheap", at(2, 10), cost_type="paid", price_min=Decimal("100"))
    make(city, "A early dear", at(1, 10), cost_type="paid", price_min=Decimal("900"))
    make(city, "C no price", at(3, 10))
    make(city, "D free", at(4, 10), cost_type="free")

    assert titles({"ordering": "-start"}) == ["D free", "C no price", "B late cheap", "A early dear"]
    assert titles({"ordering": "price"}) == ["D free", "B late cheap", "A early dear", "C no price"]
    assert titles({"ordering": "title"}) == ["A early dear", "B late cheap", "C no price", "D free"]


@pytest.mark.django_db
def test_never_lists_what_is_not_public(city):
    make(city, "Held", at(1, 10), moderation_status=Event.ModerationStatus.HELD)
    make(city, "Over", at(-2, 10), end=at(-2, 12))
    make(city, "Archived", at(1, 11), archived_at=NOW)
    winner = make(city, "Winner", at(1, 12))
    make(city, "Merged away", at(1, 12), merged_into=winner)

    assert titles({}) == ["Winner"]


# --- what each key refuses ------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("filters", "field", "words"),
    [
        ({"city": "atlantis"}, "city", "Unknown city “atlantis”"),
        ({"category": "nope"}, "category", "Unknown category"),
        ({"subcategory": "music"}, "subcategory", "Unknown subcategory"),
        ({"when": "someday"}, "when", "use one of: today, tonight"),
        ({"date_from": "2024-13-45"}, "date_from", "valid date"),
        ({"date_from": "2030-05-20", "date_to": "2030-05-10"}, "date_to", "before the start"),
        ({"date_from": "2030-01-01", "date_to": "2032-01-01"}, "date_to", "at most a year"),
        # The edges of datetime's range: a zone's offset or the next day's midnight would overflow.
        ({"date_from": "0001-01-01", "date_to": "0001-01-02"}, "date_from", "from 1970-01-01 on"),
        ({"date_from": "9999-12-31", "date_to": "9999-12-31"}, "date_to", "up to 2199-12-31"),
        ({"free": "maybe"}, "free", "true or false"),
        ({"price_max": "-5"}, "price_max", "greater than or equal to 0"),
        ({"price_max": "ten"}, "price_max", "number"),
        ({"lat": "12.9"}, "lng", "both lat and lng"),
        ({"lat": "91", "lng": "0"}, "lat", "less than or equal to 90"),
        ({"radius_km": "5"}, "radius_km", "needs lat and lng"),
        ({"lat": "1", "lng": "1", "radius_km": "5000"}, "radius_km", "less than or equal to 500"),
        ({"venue": "999999"}, "venue", "Unknown venue"),
        ({"organizer": "ghost"}, "organizer", "Unknown organizer"),
        ({"source": "ghost"}, "source", "Unknown source"),
        ({"status": "partying"}, "status", "use one of: scheduled"),
        ({"ordering": "random"}, "ordering", "use one of: start"),
        ({"tz": "Mars/Olympus"}, "tz", "Unknown time zone"),
        ({"tz": "America"}, "tz", "Unknown time zone"),  # a folder of the zone database, not a zone
        ({"city": "bengaluru\x00"}, "city", "Unknown city"),  # PostgreSQL refuses NUL in text outright
        ({"category": "a\x00"}, "category", "Unknown category"),
        ({"organizer": "\x00"}, "organizer", "Unknown organizer"),
        ({"source": "x y"}, "source", "Unknown source"),
        ({"q": "x" * 201}, "q", "at most 200"),
    ],
)
def test_bad_values_are_errors_naming_the_field(city, filters, field, words):
    with pytest.raises(InvalidFiltersError) as caught:
        event_list(filters=filters, now=NOW)
    assert field in caught.value.errors
    assert any(words in message for message in caught.value.errors[field]), caught.value.errors


@pytest.mark.django_db
def test_area_must_belong_to_the_city(city):
    other = CityFactory(slug="mysuru", timezone="Asia/Kolkata")
    Area.objects.create(city=other, name="Palace", slug="palace", latitude=12.3, longitude=76.6)

    assert titles({"area": "palace"}) == []  # known somewhere: fine without a city
    with pytest.raises(InvalidFiltersError) as caught:
        event_list(filters={"city": "bengaluru", "area": "palace"}, now=NOW)
    assert caught.value.errors == {"area": ["Unknown area “palace” in Bengaluru."]}


@pytest.mark.django_db
def test_unknown_keys_are_ignored_not_errors(city):
    make(city, "Anything", at(1, 10))
    assert titles({"utm_source": "newsletter", "colour": "red"}) == ["Anything"]


@pytest.mark.django_db
def test_filterset_errors_are_plain_strings(city):
    filterset = EventFilterSet({"city": "atlantis", "free": "maybe"}, queryset=Event.objects.all(), now=NOW)
    assert not filterset.is_valid()
    assert filterset.errors == {"city": ["Unknown city “atlantis”."], "free": ["Use true or false."]}
