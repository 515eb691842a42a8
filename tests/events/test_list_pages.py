"""The list pages a visitor browses: home, a city with its filters, category, area, venue and organizer pages."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from decimal import Decimal

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from events.models import Area, Category, Event, Organizer, Venue
from events.services.changes import events_changed
from tests.clock import days_ahead
from tests.factories import CityFactory, EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

IST = zoneinfo.ZoneInfo("Asia/Kolkata")


@pytest.fixture(autouse=True)
def _steady_generation():
    """A generation stored in the (emptied) cache: else a process's remembered one outlives it by up to a second,
    and a test slower than that sees the generation move between two requests."""
    from events.services.changes import generation_bump

    generation_bump()


@pytest.fixture
def bengaluru():
    return CityFactory(
        name="Bengaluru", slug="bengaluru", timezone="Asia/Kolkata", country="IN", latitude=12.97, longitude=77.59
    )


def titles(response) -> list[str]:
    return [event.title for day in response.context["days"] for event in day["events"]]


def ist(moment_date: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(moment_date, dt.time(hour, minute), tzinfo=IST)


def next_wednesday_morning() -> dt.datetime:
    """10:00 in Bengaluru on the coming Wednesday (a fixed weekday, so "this weekend" is known), from today."""
    today = days_ahead(0, tz=IST)
    wednesday = today + dt.timedelta(days=(2 - today.weekday()) % 7 or 7)
    return ist(wednesday, 10)


# --- filters on the page ---------------------------------------------------------------------------


def test_named_ranges_are_read_in_the_citys_zone(client, bengaluru):
    now = next_wednesday_morning()
    wednesday = now.date()
    with time_machine.travel(now, tick=False):
        for title, start in (
            ("Wednesday Lunch", ist(wednesday, 12)),
            ("Wednesday Gig", ist(wednesday, 21)),
            ("Thursday Talk", ist(wednesday + dt.timedelta(days=1), 11)),
            ("Saturday Market", ist(wednesday + dt.timedelta(days=3), 10)),
            ("Next Tuesday Class", ist(wednesday + dt.timedelta(days=6), 9)),
            ("Far Off Fair", ist(wednesday + dt.timedelta(days=12), 9)),
        ):
            EventFactory(city=bengaluru, title=title, start=start, timezone="Asia/Kolkata")
        expected = {
            "today": ["Wednesday Lunch", "Wednesday Gig"],
            "tonight": ["Wednesday Gig"],
            "tomorrow": ["Thursday Talk"],
            "this-weekend": ["Saturday Market"],
            "this-week": ["Wednesday Lunch", "Wednesday Gig", "Thursday Talk", "Saturday Market"],
            "next-7-days": [
                "Wednesday Lunch",
                "Wednesday Gig",
                "Thursday Talk",
                "Saturday Market",
                "Next Tuesday Class",
            ],
        }
        for when, wanted in expected.items():
            response = client.get(bengaluru.get_absolute_url(), {"when": when})
            assert response.status_code == 200, when
            assert titles(response) == wanted, when
            assert re.search(rf'href="[^"]*when={when}"[^>]*aria-current="true"', response.content.decode()), when
        everything = client.get(bengaluru.get_absolute_url())
        assert len(titles(everything)) == 6


def test_dates_price_area_and_category_filters(client, bengaluru):
    indiranagar = Area.objects.create(city=bengaluru, name="Indiranagar", slug="indiranagar", latitude=1, longitude=1)
    toit = Venue.objects.create(name="Toit", slug="toit", city=bengaluru, area=indiranagar)
    music = Category.objects.get(slug="music")
    jazz = Category.objects.get(slug="jazz-blues")
    day3 = days_ahead(3, tz=IST)
    EventFactory(
        city=bengaluru,
        title="Free Jam",
        start=ist(day3, 19),
        cost_type="free",
        price_min=Decimal(0),  # "Cheapest first" sorts an unknown price_min last, even a free event's
        venue=toit,
        category=music,
    )
    EventFactory(
        city=bengaluru,
        title="Jazz Night",
        start=ist(day3, 21),
        cost_type="paid",
        price_min=Decimal(500),
        currency="INR",
        category=music,
        subcategory=jazz,
    )
    EventFactory(
        city=bengaluru,
        title="Big Gala",
        start=ist(days_ahead(5, tz=IST), 19),
        cost_type="paid",
        price_min=Decimal(5000),
        currency="INR",
    )
    url = bengaluru.get_absolute_url()
    assert titles(client.get(url, {"free": "true"})) == ["Free Jam"]
    assert titles(client.get(url, {"price_max": "1000"})) == ["Free Jam", "Jazz Night"]
    assert titles(client.get(url, {"area": "indiranagar"})) == ["Free Jam"]
    assert titles(client.get(url, {"category": "music"})) == ["Free Jam", "Jazz Night"]
    assert titles(client.get(url, {"subcategory": "jazz-blues"})) == ["Jazz Night"]
    assert titles(
        client.get(url, {"date_from": str(days_ahead(4, tz=IST)), "date_to": str(days_ahead(6, tz=IST))})
    ) == ["Big Gala"]
    assert titles(client.get(url, {"ordering": "price"})) == ["Free Jam", "Jazz Night", "Big Gala"]
    page = client.get(url, {"free": "true", "category": "music"}).content.decode()
    assert 'id="f-free" type="checkbox" name="free" value="true" checked' in page
    assert '<option value="music" selected>' in page


@pytest.mark.parametrize(
    ("query", "field", "words"),
    [
        ({"category": "nope"}, "category", "nope"),
        ({"when": "someday"}, "when", "someday"),
        ({"date_from": "2024-13-45"}, "date_from", "valid date"),
        ({"price_max": "cheap"}, "price_max", "number"),
        ({"free": "maybe"}, "free", "true or false"),
        ({"area": "atlantis"}, "area", "atlantis"),
    ],
)
def test_a_bad_filter_is_a_400_with_the_message_by_its_field(client, bengaluru, query, field, words):
    Area.objects.create(city=bengaluru, name="Indiranagar", slug="indiranagar", latitude=1, longitude=1)
    EventFactory(city=bengaluru, title="Should Not Show")
    response = client.get(bengaluru.get_absolute_url(), query)
    assert response.status_code == 400
    body = response.content.decode()
    assert 'role="alert"' in body
    assert f'aria-describedby="f-{field}-error"' in body
    error = re.search(rf'<p class="field__error" id="f-{field}-error">(.*?)</p>', body, re.S)
    assert error is not None
    assert words.lower() in error.group(1).lower()
    assert "Should Not Show" not in body  # never "show everything" instead


def test_unknown_keys_are_ignored_and_the_city_is_fixed_by_the_url(client, bengaluru):
    other = CityFactory(name="Pune", slug="pune", timezone="Asia/Kolkata")
    EventFactory(city=bengaluru, title="Here")
    EventFactory(city=other, title="There")
    response = client.get(bengaluru.get_absolute_url(), {"utm_source": "newsletter", "fbclid": "x", "city": "pune"})
    assert response.status_code == 200
    assert titles(response) == ["Here"]


# --- grouping and pagination -----------------------------------------------------------------------


def test_days_are_grouped_across_midnight_in_the_citys_zone(client, bengaluru):
    # 23:30 and 00:30 in Bengaluru are 18:00 and 19:00 UTC, the same UTC day: two local days all the same.
    day = days_ahead(4, tz=IST)
    EventFactory(city=bengaluru, title="Before Midnight", start=ist(day, 23, 30), timezone="Asia/Kolkata")
    EventFactory(
        city=bengaluru, title="After Midnight", start=ist(day + dt.timedelta(days=1), 0, 30), timezone="Asia/Kolkata"
    )
    response = client.get(bengaluru.get_absolute_url())
    days = response.context["days"]
    assert [(d["date"], [e.title for e in d["events"]]) for d in days] == [
        (day, ["Before Midnight"]),
        (day + dt.timedelta(days=1), ["After Midnight"]),
    ]
    body = response.content.decode()
    assert f'datetime="{day.isoformat()}"' in body
    assert "11:30 PM" in body
    assert "12:30 AM" in body


def test_an_event_still_on_is_listed_under_today(client, bengaluru):
    started = timezone.now() - dt.timedelta(days=2)
    EventFactory(city=bengaluru, title="Long Festival", start=started, end=timezone.now() + dt.timedelta(days=2))
    response = client.get(bengaluru.get_absolute_url())
    assert response.context["days"][0]["date"] == timezone.now().astimezone(IST).date()
    assert response.context["days"][0]["relative"] == "Today"


def test_pagination_pages_and_their_links(client, bengaluru):
    start = ist(days_ahead(2, tz=IST), 9)
    for n in range(45):
        EventFactory(city=bengaluru, title=f"Event {n:02}", start=start + dt.timedelta(minutes=n))
    url = bengaluru.get_absolute_url()
    first = client.get(url, {"when": "next-7-days"})
    assert len(titles(first)) == 20
    body = first.content.decode()
    assert "Page 1 of 3" in body
    assert 'href="?when=next-7-days&amp;page=3"' in body
    assert 'rel="next"' in body
    with CaptureQueriesContext(connection) as queries:
        third = client.get(url, {"when": "next-7-days", "page": "3"})
    assert titles(third) == [f"Event {n}" for n in range(40, 45)]
    assert not [q for q in queries.captured_queries if "COUNT(" in q["sql"]]  # the total came from the cache
    assert client.get(url, {"page": "4"}).status_code == 404
    assert client.get(url, {"page": "junk"}).status_code == 200


# --- other list pages ------------------------------------------------------------------------------


def test_category_and_area_pages(client, bengaluru):
    indiranagar = Area.objects.create(city=bengaluru, name="Indiranagar", slug="indiranagar", latitude=1, longitude=1)
    venue = Venue.objects.create(name="Toit", slug="toit", city=bengaluru, area=indiranagar)
    EventFactory(city=bengaluru, title="Gig", category=Category.objects.get(slug="music"), venue=venue)
    EventFactory(city=bengaluru, title="Stand-up", category=Category.objects.get(slug="comedy"))
    music_url = reverse("events:category", kwargs={"slug": "bengaluru", "category": "music"})
    music = client.get(music_url)
    assert music.status_code == 200
    assert titles(music) == ["Gig"]
    assert "<h1>Music in Bengaluru</h1>" in music.content.decode()
    area = client.get(reverse("events:area", kwargs={"slug": "bengaluru", "area": "indiranagar"}))
    assert titles(area) == ["Gig"]
    # The city page's chips lead to these clean addresses.
    city_page = client.get(bengaluru.get_absolute_url()).content.decode()
    assert f'href="{music_url}"' in city_page
    assert 'href="/cities/bengaluru/a/indiranagar/"' in city_page
    assert client.get("/cities/bengaluru/c/nope/").status_code == 404
    assert client.get("/cities/bengaluru/a/nope/").status_code == 404
    other = CityFactory(slug="pune")
    Area.objects.create(city=other, name="Baner", slug="baner", latitude=1, longitude=1)
    assert client.get("/cities/bengaluru/a/baner/").status_code == 404  # another city's area
    assert client.get("/cities/atlantis/c/music/").status_code == 404


def test_venue_page(client, bengaluru):
    venue = Venue.objects.create(
        name="Toit",
        slug="toit",
        city=bengaluru,
        address="298 100 Feet Rd, Indiranagar",
        latitude=12.9791,
        longitude=77.6408,
    )
    EventFactory(city=bengaluru, title="Brew Quiz", venue=venue, venue_name="Toit")
    EventFactory(city=bengaluru, title="Elsewhere")
    response = client.get(venue.get_absolute_url())
    assert response.status_code == 200
    assert titles(response) == ["Brew Quiz"]
    body = response.content.decode()
    assert "298 100 Feet Rd, Indiranagar" in body
    assert "https://www.openstreetmap.org/?mlat=12.97910&amp;mlon=77.64080#map=17/12.97910/77.64080" in body
    moved = client.get(reverse("events:venue", kwargs={"pk": venue.pk, "slug": "old-name"}))
    assert moved.status_code == 301
    assert moved["Location"] == venue.get_absolute_url()
    assert client.get(reverse("events:venue", kwargs={"pk": 999999, "slug": "x"})).status_code == 404
    # A card links to its venue's page.
    assert f'href="{venue.get_absolute_url()}"' in client.get(bengaluru.get_absolute_url()).content.decode()


def test_organizer_page(client, bengaluru):
    organizer = Organizer.objects.create(name="Bangalore Jazz Club", slug="bangalore-jazz-club")
    EventFactory(city=bengaluru, title="Club Night", organizer=organizer)
    EventFactory(city=bengaluru, title="Not Theirs")
    EventFactory(city=bengaluru, title="Held One", organizer=organizer, moderation_status=Event.ModerationStatus.HELD)
    response = client.get(organizer.get_absolute_url())
    assert response.status_code == 200
    assert titles(response) == ["Club Night"]
    assert client.get("/organizers/nobody/").status_code == 404


def test_empty_states(client, bengaluru):
    empty = client.get(bengaluru.get_absolute_url()).content.decode()
    assert "No upcoming events here yet" in empty
    EventFactory(city=bengaluru, title="Paid Thing", cost_type="paid", price_min=Decimal(100), currency="INR")
    filtered = client.get(bengaluru.get_absolute_url(), {"free": "true"}).content.decode()
    assert "Nothing matches these filters right now" in filtered
    assert 'href="/cities/bengaluru/">See everything in Bengaluru' in filtered


def test_cards_show_price_and_badges(client, bengaluru):
    EventFactory(
        city=bengaluru,
        title="Priced",
        cost_type="paid",
        price_min=Decimal(500),
        price_max=Decimal(1200),
        currency="INR",
    )
    EventFactory(city=bengaluru, title="Gone", status="cancelled")
    EventFactory(city=bengaluru, title="Streamed", online=True, cost_type="free")
    EventFactory(city=bengaluru, title="Packed", sold_out=True)
    body = client.get(bengaluru.get_absolute_url()).content.decode()
    assert "₹500–₹1,200" in body
    assert '<span class="badge badge--status">Cancelled</span>' in body
    assert '<span class="badge badge--online">Online</span>' in body
    assert '<span class="badge badge--free">Free</span>' in body
    assert '<span class="badge badge--status">Sold out</span>' in body


def test_feed_links_carry_the_filters(client, bengaluru):
    body = client.get(bengaluru.get_absolute_url(), {"when": "today", "utm_source": "x"}).content.decode()
    assert re.search(r'<link rel="alternate" type="application/rss\+xml" [^>]*href="/feeds/events\.rss\?', body)
    assert 'href="/feeds/events.ics?city=bengaluru&amp;when=today"' in body
    assert 'href="/feeds/events.rss?city=bengaluru&amp;when=today"' in body
    music = client.get("/cities/bengaluru/c/music/").content.decode()
    assert 'href="/feeds/events.ics?category=music&amp;city=bengaluru"' in music


# --- home ------------------------------------------------------------------------------------------


def test_home_puts_busy_cities_first_and_folds_the_empty_ones(client, bengaluru):
    pune = CityFactory(name="Pune", slug="pune", timezone="Asia/Kolkata")
    quiet = [CityFactory(name=f"Quiet {n}", slug=f"quiet-{n}") for n in range(5)]
    EventFactory.create_batch(2, city=pune)
    EventFactory.create_batch(3, city=bengaluru)
    body = client.get(reverse("events:home")).content.decode()
    cards = re.findall(r'<a class="card city-card" href="([^"]+)"', body)
    assert cards == [bengaluru.get_absolute_url(), pune.get_absolute_url()]
    assert "5 more cities with nothing listed yet" in body
    folded = body.split('<details class="quiet-cities">', 1)[1]
    assert all(city.get_absolute_url() in folded for city in quiet)
    assert "data-near-me hidden" in body  # useless without the script: hidden until it runs
    assert re.search(r'<script src="[^"]*js/near-me\.js" defer>', body)


def test_home_this_week_shows_the_weeks_events_across_cities(client, bengaluru):
    pune = CityFactory(name="Pune", slug="pune", timezone="Asia/Kolkata")
    EventFactory(city=bengaluru, title="Soon Here", start=timezone.now() + dt.timedelta(days=1))
    EventFactory(city=pune, title="Soon There", start=timezone.now() + dt.timedelta(days=2), rsvp_count=40)
    EventFactory(city=pune, title="Much Later", start=timezone.now() + dt.timedelta(days=20))
    response = client.get(reverse("events:home"))
    assert [event.title for event in response.context["this_week"]] == ["Soon Here", "Soon There"]
    section = response.content.decode().split('id="this-week-title"', 1)[1].split("</section>", 1)[0]
    assert "Soon There" in section
    assert "Pune" in section
    assert "Much Later" not in section


# --- speed: queries and the cache ------------------------------------------------------------------


def test_query_counts_and_cache_hits_run_no_sql(client, bengaluru, django_assert_max_num_queries):
    Area.objects.create(city=bengaluru, name="Indiranagar", slug="indiranagar", latitude=1, longitude=1)
    venue = Venue.objects.create(name="Toit", slug="toit", city=bengaluru)
    for n in range(30):
        EventFactory(
            city=bengaluru, title=f"E{n}", venue=venue, category=Category.objects.get(slug="music"), cost_type="free"
        )
    with django_assert_max_num_queries(3):
        assert client.get(reverse("events:home")).status_code == 200
    with django_assert_max_num_queries(0):
        assert client.get(reverse("events:home")).status_code == 200
    url = bengaluru.get_absolute_url()
    with django_assert_max_num_queries(10):  # city, category check, count, page, chips (2), areas, taxonomy, weather…
        assert client.get(url, {"category": "music"}).status_code == 200
    with django_assert_max_num_queries(0):
        assert client.get(url, {"category": "music", "utm_campaign": "x"}).status_code == 200


@pytest.mark.redis
def test_a_newly_published_event_is_on_the_next_request(client, bengaluru, django_capture_on_commit_callbacks):
    EventFactory(city=bengaluru, title="First")
    url = bengaluru.get_absolute_url()
    assert b"First" in client.get(url).content
    quiet = EventFactory(city=bengaluru, title="Second")
    assert b"Second" not in client.get(url).content  # the cached page, until something announces a change
    with django_capture_on_commit_callbacks(execute=True):
        events_changed([quiet.pk])
    assert b"Second" in client.get(url).content
    assert b"Second" in client.get(reverse("events:home")).content


@pytest.mark.redis
def test_while_one_request_rebuilds_a_page_the_others_get_the_last_one(client, bengaluru):
    from events import selectors
    from events.services.changes import generation_bump

    EventFactory(city=bengaluru, title="Old News")
    url = bengaluru.get_absolute_url()
    assert client.get(url)["X-Whatson-Cache"] == "miss"
    assert client.get(url)["X-Whatson-Cache"] == "hit"
    EventFactory(city=bengaluru, title="Fresh News")
    generation_bump()
    parts = ("page", "testserver", url, "", "1")
    lock = selectors.lasting_cache_key(*parts) + ":building"
    assert selectors.cache_add(lock, 1, 10)  # another worker is rebuilding this page right now
    stale = client.get(url)
    assert stale["X-Whatson-Cache"] == "stale"
    assert b"Old News" in stale.content
    assert b"Fresh News" not in stale.content
    selectors.cache_delete(lock)  # it finished (and, here, stored nothing): the next request rebuilds
    fresh = client.get(url)
    assert fresh["X-Whatson-Cache"] == "miss"
    assert b"Fresh News" in fresh.content


@pytest.fixture
def local_pages(settings):
    from events.views.pages import local_pages

    settings.PAGE_CACHE_LOCAL_ITEMS = 2
    local_pages.clear()
    yield local_pages
    local_pages.clear()


@pytest.mark.redis
def test_each_process_keeps_its_latest_pages_until_the_generation_moves(client, bengaluru, local_pages):
    from events import selectors
    from events.services.changes import generation_bump

    EventFactory(city=bengaluru, title="Kept")
    url = bengaluru.get_absolute_url()
    client.get(url)
    selectors.cache_delete(selectors.public_cache_key("page", "testserver", url, "", "1"))  # not from Redis, then
    hit = client.get(url)
    assert hit["X-Whatson-Cache"] == "hit"
    EventFactory(city=bengaluru, title="Added")
    generation_bump()
    fresh = client.get(url)
    assert fresh["X-Whatson-Cache"] == "miss"
    assert b"Added" in fresh.content
    for when in ("today", "tomorrow", "this-week"):  # more pages than it keeps: the oldest go
        assert client.get(url, {"when": when}).status_code == 200
    assert len(local_pages._items) == 2
