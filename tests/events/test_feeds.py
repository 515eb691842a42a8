"""The feeds: an ICS subscription and RSS/Atom for any filter combination, and one event's .ics.

Every test parses the output back (icalendar, feedparser) and checks what a calendar or feed reader would see.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from decimal import Decimal

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from events.models import Category, Event
from events.services.changes import generation_bump
from events.views import feeds
from tests.events.helpers import day
from tests.factories import CityFactory, EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

IST = zoneinfo.ZoneInfo("Asia/Kolkata")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")


@pytest.fixture
def bengaluru():
    return CityFactory(name="Bengaluru", slug="bengaluru", timezone="Asia/Kolkata", country="IN")


@pytest.fixture
def chicago():
    return CityFactory(name="Chicago", slug="chicago", timezone="America/Chicago", country="US")


@pytest.fixture
def music():
    return Category.objects.get(slug="music")


def publish(**fields) -> Event:
    fields.setdefault("published_at", timezone.now() - dt.timedelta(hours=1))
    return EventFactory(**fields)


def ics(client, **filters) -> Calendar:
    response = client.get(reverse("events:feed-ics"), filters)
    assert response.status_code == 200, response.content
    return Calendar.from_ical(response.content)


def vevents(calendar: Calendar) -> dict[str, object]:
    """The calendar's VEVENTs by SUMMARY."""
    return {str(component["SUMMARY"]): component for component in calendar.walk("VEVENT")}


def rss(client, **filters):
    response = client.get(reverse("events:feed-rss"), filters)
    assert response.status_code == 200, response.content
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return parsed


# --- ICS ----------------------------------------------------------------------------------------------------


def test_ics_subscription_is_a_valid_calendar_named_after_its_filters(client, bengaluru, music):
    publish(city=bengaluru, title="Jazz at Windmills", start=day(3, 19), timezone="Asia/Kolkata", category=music)
    response = client.get(reverse("events:feed-ics"), {"city": "bengaluru", "category": "music"})
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("inline")
    calendar = Calendar.from_ical(response.content)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["METHOD"]) == "PUBLISH"
    assert str(calendar["CALSCALE"]) == "GREGORIAN"
    assert "Whatson" in str(calendar["PRODID"])
    assert str(calendar["X-WR-CALNAME"]) == "Whatson: Music in Bengaluru"
    assert str(calendar["X-WR-TIMEZONE"]) == "Asia/Kolkata"
    assert calendar.get_missing_tzids() == set()
    assert {tz.tz_name for tz in calendar.timezones} == {"Asia/Kolkata"}


def test_ics_name_describes_a_named_range_and_other_filters(client, bengaluru, music):
    calendar = ics(client, city="bengaluru", category="music", when="this-weekend", free="true")
    assert str(calendar["X-WR-CALNAME"]) == "Whatson: Music in Bengaluru, this weekend, free"
    assert str(ics(client)["X-WR-CALNAME"]) == "Whatson: Events"
    assert "X-WR-TIMEZONE" not in ics(client)  # no city, no events: no one zone to show it in


def test_ics_event_keeps_its_local_wall_time_and_zone(client, bengaluru, chicago):
    start = day(4, 19, 0, zone=IST)
    publish(
        city=bengaluru,
        title="Kolkata time gig",
        start=start,
        end=start + dt.timedelta(hours=3),
        timezone="Asia/Kolkata",
        venue_name="Windmills Craftworks",
        address="Whitefield, Bengaluru",
        latitude=12.98,
        longitude=77.72,
    )
    publish(city=chicago, title="Chicago gig", start=day(4, 20, zone=CHICAGO), timezone="America/Chicago")
    calendar = ics(client)
    event = vevents(calendar)["Kolkata time gig"]
    assert event["DTSTART"].params["TZID"] == "Asia/Kolkata"
    local_start = event.decoded("DTSTART")
    assert (local_start.hour, local_start.minute) == (19, 0)
    assert local_start == start
    assert local_start.utcoffset() == dt.timedelta(hours=5, minutes=30)
    assert event.decoded("DTEND") == start + dt.timedelta(hours=3)
    assert str(event["LOCATION"]) == "Windmills Craftworks, Whitefield, Bengaluru"
    assert (event["GEO"].latitude, event["GEO"].longitude) == (12.98, 77.72)
    assert str(event["URL"]).startswith("http")
    assert str(event["URL"]).endswith(Event.objects.get(title="Kolkata time gig").get_absolute_url())
    assert str(event["STATUS"]) == "CONFIRMED"
    chicago_event = vevents(calendar)["Chicago gig"]
    assert chicago_event["DTSTART"].params["TZID"] == "America/Chicago"
    assert chicago_event.decoded("DTSTART").hour == 20
    # A VTIMEZONE for every zone used, and no X-WR-TIMEZONE when the events are in two zones.
    assert {tz.tz_name for tz in calendar.timezones} == {"Asia/Kolkata", "America/Chicago"}
    assert calendar.get_missing_tzids() == set()
    assert "X-WR-TIMEZONE" not in calendar


def test_all_day_events_are_dates_with_an_exclusive_end(client, bengaluru):
    first_day = day(5, 0).date()
    midnight = dt.datetime.combine(first_day, dt.time(0), tzinfo=IST)
    publish(
        city=bengaluru,
        title="Two-day fair",
        start=midnight,
        end=midnight + dt.timedelta(days=2),
        all_day=True,
        timezone="Asia/Kolkata",
    )
    publish(city=bengaluru, title="One-day fair", start=midnight, all_day=True, timezone="Asia/Kolkata")
    events = vevents(ics(client, city="bengaluru"))
    two_days = events["Two-day fair"]
    assert two_days["DTSTART"].params.get("VALUE") == "DATE"
    assert two_days.decoded("DTSTART") == first_day
    assert two_days.decoded("DTEND") == first_day + dt.timedelta(days=2)  # exclusive: the day after the last
    assert not isinstance(two_days.decoded("DTSTART"), dt.datetime)
    one_day = events["One-day fair"]
    assert one_day.decoded("DTSTART") == first_day
    assert one_day.decoded("DTEND") == first_day + dt.timedelta(days=1)


def test_uids_are_stable_across_requests_and_filter_combinations(client, bengaluru, music):
    event = publish(city=bengaluru, title="Jazz night", start=day(2, 20), timezone="Asia/Kolkata", category=music)
    publish(city=bengaluru, title="Other night", start=day(2, 21), timezone="Asia/Kolkata")

    def uid_of(calendar: Calendar) -> str:
        return str(vevents(calendar)["Jazz night"]["UID"])

    first = uid_of(ics(client, city="bengaluru"))
    generation_bump()  # a rebuilt feed, not the cached copy
    assert uid_of(ics(client, city="bengaluru")) == first
    assert uid_of(ics(client, category="music")) == first
    assert uid_of(ics(client)) == first
    single = Calendar.from_ical(client.get(reverse("events:event-ics", kwargs={"pk": event.pk})).content)
    assert str(single.walk("VEVENT")[0]["UID"]) == first
    assert str(vevents(ics(client))["Other night"]["UID"]) != first


def test_sequence_grows_when_the_event_changes(client, bengaluru):
    event = publish(city=bengaluru, title="Changing gig", start=day(3, 19), timezone="Asia/Kolkata")
    before = vevents(ics(client))["Changing gig"]
    Event.objects.filter(pk=event.pk).update(
        start=day(3, 20), updated_at=before.decoded("LAST-MODIFIED") + dt.timedelta(minutes=5)
    )
    generation_bump()
    after = vevents(ics(client))["Changing gig"]
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
    assert after.decoded("LAST-MODIFIED") > before.decoded("LAST-MODIFIED")
    assert after.decoded("DTSTART").hour == 20


def test_status_cancelled_stays_in_the_feed_and_says_so(client, bengaluru):
    publish(city=bengaluru, title="Called off", start=day(3, 19), timezone="Asia/Kolkata", status="cancelled")
    publish(city=bengaluru, title="Some day", start=day(3, 20), timezone="Asia/Kolkata", status="postponed")
    publish(city=bengaluru, title="Moved", start=day(3, 21), timezone="Asia/Kolkata", status="rescheduled")
    statuses = {str(e["SUMMARY"]): str(e["STATUS"]) for e in ics(client).walk("VEVENT")}
    assert statuses == {"Cancelled: Called off": "CANCELLED", "Postponed: Some day": "TENTATIVE", "Moved": "CONFIRMED"}
    titles = [entry.title for entry in rss(client).entries]
    assert "Cancelled: Called off" in titles


def test_archived_merged_and_unpublished_events_never_appear(client, bengaluru):
    publish(city=bengaluru, title="Visible", start=day(3, 19), timezone="Asia/Kolkata")
    publish(city=bengaluru, title="Archived", start=day(3, 19), timezone="Asia/Kolkata", archived_at=timezone.now())
    winner = publish(city=bengaluru, title="Winner", start=day(3, 19), timezone="Asia/Kolkata")
    loser = publish(city=bengaluru, title="Loser", start=day(3, 19), timezone="Asia/Kolkata")
    Event.objects.filter(pk=loser.pk).update(merged_into=winner)
    for status in (Event.ModerationStatus.HELD, Event.ModerationStatus.PENDING, Event.ModerationStatus.REJECTED):
        publish(
            city=bengaluru, title=f"Not {status}", start=day(3, 19), timezone="Asia/Kolkata", moderation_status=status
        )
    publish(city=bengaluru, title="Over", start=timezone.now() - dt.timedelta(days=2), timezone="Asia/Kolkata")
    assert set(vevents(ics(client))) == {"Visible", "Winner"}
    assert {entry.title for entry in rss(client).entries} == {"Visible", "Winner"}
    atom = feedparser.parse(client.get(reverse("events:feed-atom")).content)
    assert {entry.title for entry in atom.entries} == {"Visible", "Winner"}


# --- filters ------------------------------------------------------------------------------------------------


def test_filters_change_what_the_feeds_hold(client, bengaluru, chicago, music):
    comedy = Category.objects.get(slug="comedy")
    publish(city=bengaluru, title="Music tomorrow", start=day(1, 12), timezone="Asia/Kolkata", category=music)
    publish(
        city=bengaluru,
        title="Free comedy later",
        start=day(4, 20),
        timezone="Asia/Kolkata",
        category=comedy,
        cost_type="free",
    )
    publish(
        city=chicago,
        title="Chicago music",
        start=day(4, 20, zone=CHICAGO),
        timezone="America/Chicago",
        category=music,
        cost_type="paid",
        price_min=Decimal(25),
        currency="USD",
    )
    assert set(vevents(ics(client, category="music"))) == {"Music tomorrow", "Chicago music"}
    assert set(vevents(ics(client, city="bengaluru"))) == {"Music tomorrow", "Free comedy later"}
    assert set(vevents(ics(client, city="bengaluru", when="tomorrow"))) == {"Music tomorrow"}
    assert set(vevents(ics(client, free="true"))) == {"Free comedy later"}
    assert {e.title for e in rss(client, city="chicago").entries} == {"Chicago music"}
    assert {e.title for e in rss(client, city="bengaluru", category="comedy").entries} == {"Free comedy later"}
    # Keys that are not filters are ignored, not an error.
    assert set(vevents(ics(client, city="chicago", utm_source="newsletter"))) == {"Chicago music"}


@pytest.mark.parametrize("name", ["feed-ics", "feed-rss", "feed-atom"])
def test_an_invalid_filter_is_a_400_naming_the_field(client, name):
    response = client.get(reverse(f"events:{name}"), {"category": "no-such-thing", "when": "someday"})
    assert response.status_code == 400
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "category" in text
    assert "when" in text
    assert "no-such-thing" in text


def test_feeds_are_bounded_and_ordered_by_start(client, bengaluru, monkeypatch):
    for offset in (5, 2, 4, 1, 3):
        publish(city=bengaluru, title=f"Day {offset}", start=day(offset, 19), timezone="Asia/Kolkata")
    monkeypatch.setattr(feeds, "FEED_LIMIT", 3)
    monkeypatch.setattr(feeds, "ICS_LIMIT", 4)
    assert [entry.title for entry in rss(client).entries] == ["Day 1", "Day 2", "Day 3"]
    assert [str(e["SUMMARY"]) for e in sorted(ics(client).walk("VEVENT"), key=lambda e: e.decoded("DTSTART"))] == [
        "Day 1",
        "Day 2",
        "Day 3",
        "Day 4",
    ]


# --- RSS and Atom -------------------------------------------------------------------------------------------


def test_rss_items_describe_the_events(client, bengaluru, music):
    published = timezone.now().replace(microsecond=0) - dt.timedelta(days=1)
    event = publish(
        city=bengaluru,
        title="Jazz at Windmills",
        start=day(3, 19),
        end=day(3, 22),
        timezone="Asia/Kolkata",
        category=music,
        tags=["jazz", "live"],
        venue_name="Windmills Craftworks",
        cost_type="paid",
        price_min=Decimal(500),
        price_max=Decimal(1200),
        currency="INR",
        description="<p>A quartet from Mumbai.</p>",
        image_url="https://images.example/jazz.jpg",
        published_at=published,
    )
    response = client.get(reverse("events:feed-rss"), {"city": "bengaluru"})
    assert response["Content-Type"] == "application/rss+xml; charset=utf-8"
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo
    assert parsed.version == "rss20"
    assert parsed.feed.title == "Whatson: Events in Bengaluru"
    assert parsed.feed.link.endswith(bengaluru.get_absolute_url())
    [item] = parsed.entries
    assert item.title == "Jazz at Windmills"
    assert item.link.startswith("http")
    assert item.link.endswith(event.get_absolute_url())
    assert item.guidislink is False
    assert item.id.startswith("tag:")
    assert item.id.endswith(f",2024:event-{event.pk}")
    assert dt.datetime(*item.published_parsed[:6], tzinfo=dt.UTC) == published
    assert {tag.term for tag in item.tags} == {"Music", "jazz", "live"}
    assert "19:00–22:00" in item.description
    assert "Windmills Craftworks" in item.description
    assert "₹500–₹1,200" in item.description
    assert "A quartet from Mumbai." in item.description
    assert item.enclosures[0].href == "https://images.example/jazz.jpg"
    assert item.enclosures[0].type == "image/jpeg"


def test_guid_and_atom_id_are_stable_across_requests_filters_and_title_changes(client, bengaluru, music):
    event = publish(city=bengaluru, title="Jazz night", start=day(2, 20), timezone="Asia/Kolkata", category=music)
    first = rss(client, city="bengaluru").entries[0].id
    assert rss(client, category="music").entries[0].id == first
    Event.objects.filter(pk=event.pk).update(title="Jazz night (corrected)", slug="jazz-night-corrected")
    generation_bump()
    renamed = rss(client).entries[0]
    assert renamed.title == "Jazz night (corrected)"
    assert renamed.id == first
    atom = feedparser.parse(client.get(reverse("events:feed-atom"), {"city": "bengaluru"}).content)
    assert atom.entries[0].id == first


def test_atom_feed_parses_with_ids_and_updated(client, bengaluru):
    event = publish(city=bengaluru, title="Atom gig", start=day(3, 19), timezone="Asia/Kolkata")
    response = client.get(reverse("events:feed-atom"), {"city": "bengaluru", "utm_medium": "x"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    assert parsed.feed.id.endswith("/feeds/events.atom?city=bengaluru")  # normalised: no utm_medium
    assert parsed.feed.updated_parsed is not None
    [entry] = parsed.entries
    assert entry.title == "Atom gig"
    assert entry.link.endswith(event.get_absolute_url())
    event.refresh_from_db()
    assert dt.datetime(*entry.updated_parsed[:6], tzinfo=dt.UTC) == event.updated_at.replace(microsecond=0)


def test_markup_and_control_characters_in_a_title_are_escaped_or_stripped(client, bengaluru):
    nasty = "<script>alert('x')</script> Night\x07 out\x1b & more\u2028"
    publish(
        city=bengaluru,
        title=nasty,
        start=day(3, 19),
        timezone="Asia/Kolkata",
        description="Line one\x0b\n<script>evil()</script>Line two",
    )
    summary_text = "<script>alert('x')</script> Night out & more"
    [event] = ics(client).walk("VEVENT")
    assert str(event["SUMMARY"]) == summary_text
    assert "\x07" not in str(event["DESCRIPTION"])
    assert "evil()" not in str(event["DESCRIPTION"])
    for name in ("feed-rss", "feed-atom"):
        body = client.get(reverse(f"events:{name}")).content
        assert b"<script>" not in body
        assert b"\x07" not in body
        assert b"\x1b" not in body
        parsed = feedparser.parse(body)
        assert not parsed.bozo, parsed.get("bozo_exception")
        [entry] = parsed.entries
        assert "Night out &amp; more" in entry.title or "Night out & more" in entry.title
        assert "evil()" not in entry.description


# --- HTTP -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["feed-ics", "feed-rss", "feed-atom"])
def test_conditional_get_gives_304_and_caching_headers(client, bengaluru, name):
    publish(city=bengaluru, title="Cached gig", start=day(3, 19), timezone="Asia/Kolkata")
    url = reverse(f"events:{name}")
    first = client.get(url, {"city": "bengaluru"})
    assert first.status_code == 200
    assert "public" in first["Cache-Control"]
    assert "max-age=600" in first["Cache-Control"]
    assert first["Last-Modified"]
    etag = first["ETag"]
    again = client.get(url, {"city": "bengaluru"}, headers={"if-none-match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    other = client.get(url, {"city": "bengaluru"}, headers={"if-none-match": '"something-else"'})
    assert other.status_code == 200


@pytest.mark.redis
def test_a_built_feed_is_served_from_the_cache_until_the_generation_moves(client, bengaluru, django_assert_num_queries):
    publish(city=bengaluru, title="First", start=day(3, 19), timezone="Asia/Kolkata")
    url = reverse("events:feed-rss")
    first = client.get(url, {"city": "bengaluru", "utm_source": "a"})
    with django_assert_num_queries(0):
        cached = client.get(url, {"utm_source": "b", "city": "bengaluru"})
    assert cached.content == first.content
    publish(city=bengaluru, title="Second", start=day(3, 20), timezone="Asia/Kolkata")
    assert {e.title for e in feedparser.parse(client.get(url, {"city": "bengaluru"}).content).entries} == {"First"}
    generation_bump()
    rebuilt = feedparser.parse(client.get(url, {"city": "bengaluru"}).content)
    assert {e.title for e in rebuilt.entries} == {"First", "Second"}


# --- one event's file -------------------------------------------------------------------------------------------


def test_one_event_file_is_an_attachment(client, bengaluru):
    event = publish(city=bengaluru, title="Solo gig", slug="solo-gig", start=day(3, 19), timezone="Asia/Kolkata")
    response = client.get(reverse("events:event-ics", kwargs={"pk": event.pk}))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="solo-gig.ics"'
    assert response["ETag"]
    url = reverse("events:event-ics", kwargs={"pk": event.pk})
    assert client.get(url, headers={"if-none-match": response["ETag"]}).status_code == 304
    calendar = Calendar.from_ical(response.content)
    [vevent] = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Solo gig"
    assert vevent.decoded("DTSTART").hour == 19
    assert calendar.get_missing_tzids() == set()
    assert reverse("events:event-ics", kwargs={"pk": event.pk}) == f"/events/{event.pk}.ics"


def test_one_event_file_only_for_published_events(client, bengaluru):
    held = publish(city=bengaluru, start=day(3, 19), moderation_status=Event.ModerationStatus.HELD)
    assert client.get(reverse("events:event-ics", kwargs={"pk": held.pk})).status_code == 404
    assert client.get(reverse("events:event-ics", kwargs={"pk": held.pk + 1000})).status_code == 404
    winner = publish(city=bengaluru, start=day(3, 19))
    loser = publish(city=bengaluru, start=day(3, 19))
    Event.objects.filter(pk=loser.pk).update(merged_into=winner)
    moved = client.get(reverse("events:event-ics", kwargs={"pk": loser.pk}))
    assert moved.status_code == 301
    assert moved["Location"] == reverse("events:event-ics", kwargs={"pk": winner.pk})
    assert "no-cache" in moved["Cache-Control"]


@pytest.mark.parametrize("name", ["feed-ics", "feed-rss", "feed-atom"])
def test_an_empty_feed_is_still_valid(client, bengaluru, name):
    response = client.get(reverse(f"events:{name}"), {"city": "bengaluru", "when": "tomorrow"})
    assert response.status_code == 200
    if name == "feed-ics":
        calendar = Calendar.from_ical(response.content)
        assert calendar.walk("VEVENT") == []
        assert str(calendar["X-WR-CALNAME"]) == "Whatson: Events in Bengaluru, tomorrow"
    else:
        parsed = feedparser.parse(response.content)
        assert not parsed.bozo, parsed.get("bozo_exception")
        assert parsed.entries == []
    assert client.head(reverse(f"events:{name}"), {"city": "bengaluru"}).status_code == 200
    assert client.post(reverse(f"events:{name}")).status_code == 405


def test_status_and_ordering_filters_reach_the_feeds(client, bengaluru):
    publish(city=bengaluru, title="Old news", start=day(1, 19), published_at=timezone.now() - dt.timedelta(days=3))
    publish(city=bengaluru, title="Fresh", start=day(5, 19), published_at=timezone.now() - dt.timedelta(hours=2))
    publish(city=bengaluru, title="Off", start=day(2, 19), status="cancelled")
    assert [e.title for e in rss(client, city="bengaluru").entries] == ["Old news", "Cancelled: Off", "Fresh"]
    newest = rss(client, city="bengaluru", ordering="-published")  # published an hour, two hours, three days ago
    assert [e.title for e in newest.entries] == ["Cancelled: Off", "Fresh", "Old news"]
    assert [e.title for e in rss(client, status="cancelled").entries] == ["Cancelled: Off"]
    assert str(ics(client, status="cancelled")["X-WR-CALNAME"]) == "Whatson: Events, cancelled"
