"""The event page: structured data, sharing metadata, calendar links, other listings, view and share counting."""

from __future__ import annotations

import datetime as dt
import json
import re
import zoneinfo
from decimal import Decimal
from html.parser import HTMLParser
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings
from django.test import Client

from events import analytics
from events.models import Category, Event, EventListing, Organizer
from tests.clock import local_at
from tests.factories import CityFactory, EventFactory, SourceFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
KOLKATA = zoneinfo.ZoneInfo("Asia/Kolkata")
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
HOSTILE = "</script><script>alert(1)</script> Jazz & <b>Blues</b>"
JSON_LD = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)

SITE = settings.SITE_URL.rstrip("/")  # absolute links come from SITE_URL, never the request's Host


class Head(HTMLParser):
    """The page's <meta> and <link rel> values, and its links' hrefs."""

    def __init__(self) -> None:
        super().__init__()
        self.meta: dict[str, str] = {}
        self.links: dict[str, str] = {}
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag == "meta" and ("property" in values or "name" in values):
            self.meta[values.get("property") or values["name"]] = values.get("content", "")
        elif tag == "link" and "rel" in values:
            self.links[values["rel"]] = values.get("href", "")
        elif tag == "a" and "href" in values:
            self.hrefs.append(values["href"])


def head_of(body: bytes) -> Head:
    parser = Head()
    parser.feed(body.decode())
    return parser


def json_ld_of(body: bytes) -> dict:
    blocks = JSON_LD.findall(body.decode())
    assert len(blocks) == 1
    return json.loads(blocks[0])


@pytest.fixture
def new_york():
    return CityFactory(name="New York", slug="new-york", timezone="America/New_York", country="US", region="NY")


def google_link(body: bytes) -> dict[str, list[str]]:
    link = next(href for href in head_of(body).hrefs if href.startswith("https://calendar.google.com/"))
    return parse_qs(urlsplit(link).query)


def test_json_ld_describes_the_event_and_survives_a_hostile_title(client, new_york):
    start = local_at(10, 19, 30, tz=NEW_YORK)
    event = EventFactory(
        city=new_york,
        title=HOSTILE,
        slug="jazz-blues",
        description="Two sets. </script> cannot end this.",
        start=start,
        end=start + dt.timedelta(hours=3),
        timezone="America/New_York",
        status="cancelled",
        venue_name="Blue Note",
        address="131 W 3rd St",
        latitude=40.7308,
        longitude=-74.0006,
        cost_type="paid",
        price_min=Decimal("25"),
        price_max=Decimal("60"),
        currency="usd",
        ticket_url="https://tickets.example/jazz",
        image_url="https://img.example/jazz.jpg",
        organizer=Organizer.objects.create(name="Blue Note Jazz", slug="blue-note", url="https://bluenote.example/"),
    )
    response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    body = response.content
    assert b"</script><script>alert" not in body
    assert b"<b>Blues</b>" not in body
    data = json_ld_of(body)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == HOSTILE
    assert data["description"] == event.description
    assert data["url"] == f"{SITE}{event.get_absolute_url()}"
    assert dt.datetime.fromisoformat(data["startDate"]) == start
    assert data["startDate"].endswith(start.strftime("%z")[:3] + ":" + start.strftime("%z")[3:])  # local offset
    assert dt.datetime.fromisoformat(data["endDate"]) == start + dt.timedelta(hours=3)
    assert data["eventStatus"] == "https://schema.org/EventCancelled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["location"]["@type"] == "Place"
    assert data["location"]["name"] == "Blue Note"
    assert data["location"]["address"]["streetAddress"] == "131 W 3rd St"
    assert data["location"]["address"]["addressLocality"] == "New York"
    assert data["location"]["geo"] == {"@type": "GeoCoordinates", "latitude": 40.7308, "longitude": -74.0006}
    offers = data["offers"]
    assert offers["@type"] == "AggregateOffer"
    assert (Decimal(offers["lowPrice"]), Decimal(offers["highPrice"])) == (Decimal(25), Decimal(60))
    assert offers["priceCurrency"] == "USD"
    assert offers["url"] == "https://tickets.example/jazz"
    assert offers["availability"] == "https://schema.org/InStock"
    assert data["organizer"] == {"@type": "Organization", "name": "Blue Note Jazz", "url": "https://bluenote.example/"}
    assert data["image"] == ["https://img.example/jazz.jpg"]


def test_json_ld_of_an_online_sold_out_free_event(client, new_york):
    event = EventFactory(
        city=new_york,
        online=True,
        cost_type="free",
        sold_out=True,
        url="https://stream.example/live",
        status="postponed",
    )
    data = json_ld_of(client.get(event.get_absolute_url()).content)
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://stream.example/live"}
    assert data["offers"]["price"] == "0"
    assert data["offers"]["availability"] == "https://schema.org/SoldOut"
    assert data["eventStatus"] == "https://schema.org/EventPostponed"


def test_open_graph_twitter_and_canonical(client, new_york):
    event = EventFactory(
        city=new_york,
        title="Rooftop Cinema",
        description="Classic films under the stars. " * 20,
        image_url="https://img.example/cinema.jpg",
    )
    head = head_of(client.get(event.get_absolute_url()).content)
    absolute = f"{SITE}{event.get_absolute_url()}"
    assert head.links["canonical"] == absolute
    assert head.meta["og:url"] == absolute
    assert head.meta["og:title"] == "Rooftop Cinema"
    assert head.meta["og:type"] == "website"
    assert head.meta["og:image"] == "https://img.example/cinema.jpg"
    assert head.meta["og:description"].startswith("Classic films under the stars.")
    assert len(head.meta["og:description"]) <= 200
    assert head.meta["twitter:card"] == "summary_large_image"
    assert head.meta["twitter:title"] == "Rooftop Cinema"


def test_local_time_with_a_readable_zone_price_and_map(client, new_york):
    event = EventFactory(
        city=new_york,
        start=local_at(8, 20, 0, tz=NEW_YORK),
        timezone="America/New_York",
        cost_type="paid",
        price_min=Decimal("10"),
        currency="USD",
        latitude=40.7,
        longitude=-74.0,
        venue_name="Pier 17",
    )
    body = client.get(event.get_absolute_url()).content.decode()
    assert "8:00 PM" in body
    assert "Eastern Time" in body
    assert "$10" in body
    assert "https://www.openstreetmap.org/?mlat=40.700000&amp;mlon=-74.000000" in body
    assert f'href="/events/{event.pk}.ics"' in body


def test_google_calendar_link_for_a_timed_event_in_its_zone(client, new_york):
    start = local_at(12, 21, 15, tz=NEW_YORK)  # 21:15 in New York is the next day in UTC
    event = EventFactory(
        city=new_york,
        title="Late Show",
        start=start,
        end=start + dt.timedelta(hours=2),
        timezone="America/New_York",
        venue_name="Comedy Cellar",
        address="117 MacDougal St",
        description="Stand-up till late.",
    )
    query = google_link(client.get(event.get_absolute_url()).content)
    utc_start, utc_end = start.astimezone(dt.UTC), (start + dt.timedelta(hours=2)).astimezone(dt.UTC)
    assert query["action"] == ["TEMPLATE"]
    assert query["text"] == ["Late Show"]
    assert query["dates"] == [f"{utc_start:%Y%m%dT%H%M%SZ}/{utc_end:%Y%m%dT%H%M%SZ}"]
    assert query["location"] == ["Comedy Cellar, 117 MacDougal St"]
    assert query["details"][0].startswith("Stand-up till late.")
    assert query["details"][0].endswith(f"{SITE}{event.get_absolute_url()}")


def test_google_calendar_link_for_an_event_without_an_end_lasts_an_hour(client, new_york):
    start = local_at(12, 9, 0, tz=NEW_YORK)
    event = EventFactory(city=new_york, start=start, end=None, timezone="America/New_York")
    query = google_link(client.get(event.get_absolute_url()).content)
    assert query["dates"] == [
        f"{start.astimezone(dt.UTC):%Y%m%dT%H%M%SZ}/{start.astimezone(dt.UTC) + dt.timedelta(hours=1):%Y%m%dT%H%M%SZ}"
    ]


def test_google_calendar_link_for_an_all_day_event_uses_local_dates_with_exclusive_end(client):
    bengaluru = CityFactory(name="Bengaluru", slug="bengaluru", timezone="Asia/Kolkata", country="IN")
    first = local_at(15, 0, 0, tz=KOLKATA)  # local midnight: still the previous day in UTC
    event = EventFactory(
        city=bengaluru, all_day=True, start=first, end=first + dt.timedelta(days=2), timezone="Asia/Kolkata"
    )
    assert first.astimezone(dt.UTC).date() != first.date()
    query = google_link(client.get(event.get_absolute_url()).content)
    assert query["dates"] == [f"{first:%Y%m%d}/{first + dt.timedelta(days=2):%Y%m%d}"]
    data = json_ld_of(client.get(event.get_absolute_url()).content)
    assert data["startDate"] == first.date().isoformat()
    assert data["endDate"] == (first + dt.timedelta(days=1)).date().isoformat()  # the last day, inclusive

    one_day = EventFactory(city=bengaluru, all_day=True, start=first, end=None, timezone="Asia/Kolkata")
    query = google_link(client.get(one_day.get_absolute_url()).content)
    assert query["dates"] == [f"{first:%Y%m%d}/{first + dt.timedelta(days=1):%Y%m%d}"]


def test_also_listed_at_names_the_other_sources_only(client, new_york):
    event = EventFactory(city=new_york)
    shown = SourceFactory(name="Primary Calendar", city=new_york)
    other = SourceFactory(name="Venue Website", city=new_york)
    third = SourceFactory(name="Community Board", city=new_york)
    EventListing.objects.create(
        event=event, source=shown, external_id="p1", url="https://primary.example/1", is_primary=True
    )
    EventListing.objects.create(event=event, source=other, external_id="o1", url="https://venue.example/e")
    EventListing.objects.create(event=event, source=third, external_id="c1", url="")
    response = client.get(event.get_absolute_url())
    listed = response.context["listings"]
    assert [listing.source.name for listing in listed] == ["Venue Website", "Community Board"]
    assert response.context["primary_listing"].source == shown
    body = response.content.decode()
    others = body[body.index('class="listings__others"') : body.index("</ul>", body.index('class="listings__others"'))]
    assert "Primary Calendar" not in others
    assert "Venue Website" in others
    assert "Community Board" in others
    assert 'href="https://venue.example/e"' in others
    # The shown listing's source is named once, as where the details come from.
    assert body.count("Primary Calendar") == 1
    assert "This page shows the listing from" in body


def test_also_listed_at_is_hidden_with_only_the_primary_listing(client, new_york):
    event = EventFactory(city=new_york)
    source = SourceFactory(name="Only Calendar", city=new_york)
    EventListing.objects.create(event=event, source=source, external_id="x", is_primary=True)
    body = client.get(event.get_absolute_url()).content.decode()
    assert "Also listed at" not in body
    assert "Only Calendar" in body  # as "Listed by"


def test_similar_events_are_shown(client, new_york):
    music = Category.objects.filter(parent__isnull=True).first()
    event = EventFactory(city=new_york, category=music)
    alike = EventFactory(city=new_york, category=music, title="Another Gig")
    EventFactory(city=CityFactory(slug="elsewhere"), category=music, title="Far Away Gig")
    response = client.get(event.get_absolute_url())
    assert response.context["similar"] == [alike]
    assert b"Another Gig" in response.content
    assert b"Far Away Gig" not in response.content


@pytest.mark.redis
def test_views_are_counted_in_redis_not_the_database(new_york):
    event = EventFactory(city=new_york)
    browser = Client(HTTP_USER_AGENT=BROWSER)
    for _ in range(3):
        assert browser.get(event.get_absolute_url()).status_code == 200
    assert browser.head(event.get_absolute_url()).status_code == 200
    Client(HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)").get(
        event.get_absolute_url()
    )
    Client(HTTP_USER_AGENT="Mozilla/5.0 (compatible; AhrefsSpider)").get(event.get_absolute_url())
    Client(HTTP_USER_AGENT="SomeCrawler/1.0").get(event.get_absolute_url())
    Client().get(event.get_absolute_url())  # no user agent at all
    Client(HTTP_USER_AGENT=BROWSER, HTTP_SEC_PURPOSE="prefetch").get(event.get_absolute_url())
    event.refresh_from_db()
    assert event.view_count == 0  # nothing written per view
    assert analytics.counter_store().pending(analytics.VIEWS) == {event.pk: 3}
    assert analytics.flush_counters().views == 3
    event.refresh_from_db()
    assert event.view_count == 3


@pytest.mark.redis
def test_share_button_posts_with_csrf_and_is_throttled_per_address(new_york):
    event = EventFactory(city=new_york)
    browser = Client(enforce_csrf_checks=True, HTTP_USER_AGENT=BROWSER)
    page = browser.get(event.get_absolute_url())
    token = page.cookies["csrftoken"].value
    share_url = f"/events/{event.pk}/share"
    assert f'action="{share_url}"' in page.content.decode()
    assert browser.post(share_url).status_code == 403  # no token
    answer = browser.post(share_url, {"csrfmiddlewaretoken": token})
    assert answer.status_code == 302
    assert answer["Location"] == f"{event.get_absolute_url()}?shared=1#share"
    assert b"Copy the link above" in browser.get(answer["Location"]).content
    # The same visitor sharing again at once (e.g. by script) is not counted twice.
    again = browser.post(share_url, {"csrfmiddlewaretoken": token}, HTTP_ACCEPT="application/json")
    assert again.status_code == 204
    other_visitor = Client(HTTP_USER_AGENT=BROWSER, REMOTE_ADDR="203.0.113.9")
    assert other_visitor.post(share_url, HTTP_ACCEPT="application/json").status_code == 204
    assert analytics.counter_store().pending(analytics.SHARES) == {event.pk: 2}
    assert browser.get(share_url).status_code == 405
    assert Client().post("/events/999999/share").status_code == 404
    analytics.flush_counters()
    event.refresh_from_db()
    assert event.share_count == 2


def test_a_held_event_cannot_be_shared(client, new_york):
    held = EventFactory(city=new_york, moderation_status=Event.ModerationStatus.HELD)
    assert client.post(f"/events/{held.pk}/share").status_code == 404


def test_the_page_renders_when_the_counters_cannot_be_reached(settings, new_york):
    """Counting is best effort: a Redis that refuses connections costs a log line, never the page."""
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens on port 1
    event = EventFactory(city=new_york, title="Still Shown")
    response = Client(HTTP_USER_AGENT=BROWSER).get(event.get_absolute_url())
    assert response.status_code == 200
    assert b"Still Shown" in response.content
    assert analytics.record_view(event.pk) is False
    assert analytics.trending_scores([event.pk]) == {}


@pytest.mark.django_db
def test_absolute_links_ignore_the_requests_host(client, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "mirror.example"]  # an allowed alias, not the site's name
    event = EventFactory(title="Harbour lights", slug="harbour-lights")
    page = client.get(event.get_absolute_url(), HTTP_HOST="mirror.example").content.decode()
    assert f'<link rel="canonical" href="{SITE}{event.get_absolute_url()}">' in page
    assert "mirror.example" not in page
