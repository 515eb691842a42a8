"""Set-based selection of each digest's events: filters, zones, windows, "new" only, and queries that do not grow
with the number of subscribers."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from digests import selection
from digests.models import Cadence, DigestSend, Subscription
from digests.periods import current_period
from events.models import Area, Category, City, Event, Venue
from tests.clock import days_ahead
from tests.digests.factories import ActiveSubscriptionFactory, DigestSendFactory
from tests.factories import CityFactory, EventFactory

pytestmark = pytest.mark.django_db

LA = "America/Los_Angeles"


def monday_at(hour: int, tz: str, *, weeks_ahead: int = 2) -> dt.datetime:
    """A Monday some weeks ahead at hour:00 local: a fixed-shape "now" that never becomes past."""
    zone = zoneinfo.ZoneInfo(tz)
    start = days_ahead(7 * weeks_ahead, tz=zone)
    monday = start - dt.timedelta(days=start.weekday())
    return dt.datetime.combine(monday, dt.time(hour), tzinfo=zone)


def local(now: dt.datetime, days: int, hour: int, minute: int = 0) -> dt.datetime:
    """hour:minute local time ``days`` after ``now``'s local date (wall clock, in ``now``'s zone)."""
    return dt.datetime.combine(now.date() + dt.timedelta(days=days), dt.time(hour, minute), tzinfo=now.tzinfo)


@pytest.fixture
def city() -> City:
    return CityFactory(name="Los Angeles", slug="la-digest", timezone=LA)


@pytest.fixture
def now() -> dt.datetime:
    return monday_at(10, LA)


def event(city: City, start: dt.datetime, **kwargs) -> Event:
    return EventFactory(city=city, start=start, timezone=city.timezone, **kwargs)


def subscribe(city: City, filters: dict | None = None, cadence: str = Cadence.WEEKLY) -> Subscription:
    subscription = ActiveSubscriptionFactory(city=city, filters=filters or {}, cadence=cadence)
    return Subscription.objects.select_related("city").get(pk=subscription.pk)


def selected(subscription: Subscription, now: dt.datetime) -> list[int]:
    return selection.select_events([subscription], now=now)[subscription.pk]


def test_no_filters_lists_the_citys_public_events_in_the_window_by_start(city, now):
    later = event(city, local(now, 3, 19))
    sooner = event(city, local(now, 1, 12))
    same_start = event(city, local(now, 1, 12))
    at_now = event(city, now)
    last_minute = event(city, now + dt.timedelta(days=7, minutes=-1))
    event(city, now + dt.timedelta(days=7))  # the window is [now, now + 7 days)
    event(city, now - dt.timedelta(minutes=30))  # running already: not in a digest of what is coming
    event(city, local(now, 2, 12), moderation_status=Event.ModerationStatus.PENDING)
    event(city, local(now, 2, 12), moderation_status=Event.ModerationStatus.REJECTED)
    event(city, local(now, 2, 12), archived_at=now)
    winner = event(city, local(now, 4, 12))
    event(city, local(now, 2, 13), merged_into=winner)
    event(CityFactory(slug="elsewhere", timezone=LA), local(now, 2, 12))  # another city's never leaks

    assert selected(subscribe(city), now) == [at_now.pk, sooner.pk, same_start.pk, later.pk, winner.pk, last_minute.pk]


def test_daily_window_is_the_rest_of_today_and_tomorrow_in_the_city(city, now):
    morning = monday_at(7, LA)
    today = event(city, local(morning, 0, 21))
    tomorrow_late = event(city, local(morning, 1, 23, 59))
    event(city, local(morning, 2, 0))  # the day after tomorrow
    event(city, local(morning, 0, 6))  # already started
    assert selected(subscribe(city, cadence=Cadence.DAILY), morning) == [today.pk, tomorrow_late.pk]


def test_category_matches_top_level_and_subcategory(city, now):
    music = Category.objects.create(name="Music D", slug="music-d")
    jazz = Category.objects.create(name="Jazz D", slug="jazz-d", parent=music)
    comedy = Category.objects.create(name="Comedy D", slug="comedy-d")
    concert = event(city, local(now, 1, 20), category=music)
    jazz_gig = event(city, local(now, 2, 20), category=music, subcategory=jazz)
    standup = event(city, local(now, 3, 20), category=comedy)
    event(city, local(now, 4, 20))  # no category

    assert selected(subscribe(city, {"category": ["music-d"]}), now) == [concert.pk, jazz_gig.pk]
    assert selected(subscribe(city, {"category": ["jazz-d"]}), now) == [jazz_gig.pk]
    both = selection.select_events(
        [subscribe(city, {"category": ["comedy-d", "jazz-d"]}), subscribe(city, {"category": ["comedy-d"]})],
        now=now,
    )
    assert list(both.values()) == [[jazz_gig.pk, standup.pk], [standup.pk]]


def test_area_matches_the_venue_area(city, now):
    downtown = Area.objects.create(city=city, name="Downtown", slug="downtown", latitude=0, longitude=0)
    venice = Area.objects.create(city=city, name="Venice", slug="venice", latitude=0, longitude=0)
    hall = Venue.objects.create(city=city, area=downtown, name="Hall", slug="hall")
    beach = Venue.objects.create(city=city, area=venice, name="Beach", slug="beach")
    in_hall = event(city, local(now, 1, 20), venue=hall)
    event(city, local(now, 1, 21), venue=beach)
    event(city, local(now, 1, 22))  # no venue
    assert selected(subscribe(city, {"area": ["downtown"]}), now) == [in_hall.pk]


def test_keywords_use_the_site_search(city, now):
    jazz = event(city, local(now, 1, 20), title="Late jazz session")
    event(city, local(now, 1, 21), title="Poetry reading")
    assert selected(subscribe(city, {"q": "jazz"}), now) == [jazz.pk]
    assert selected(subscribe(city, {"q": "harpsichord"}), now) == []


def test_free_only(city, now):
    free = event(city, local(now, 1, 20), cost_type="free")
    event(city, local(now, 1, 21), cost_type="paid", price_min=10)
    event(city, local(now, 1, 22))  # unknown price: not known to be free
    assert selected(subscribe(city, {"free": True}), now) == [free.pk]


def test_days_and_times_read_the_start_on_the_citys_clock(city, now):
    saturday = 5 - now.weekday()
    saturday_late = event(city, local(now, saturday, 23, 30))  # Sunday 06:30/07:30 UTC
    saturday_noon = event(city, local(now, saturday, 12))
    sunday_early = event(city, local(now, saturday + 1, 1))
    friday_evening = event(city, local(now, saturday - 1, 19))
    assert saturday_late.start.astimezone(dt.UTC).weekday() == 6

    assert selected(subscribe(city, {"days": ["sat"]}), now) == [saturday_noon.pk, saturday_late.pk]
    assert selected(subscribe(city, {"days": ["sat"], "times": ["night"]}), now) == [saturday_late.pk]
    assert selected(subscribe(city, {"times": ["night"]}), now) == [saturday_late.pk, sunday_early.pk]
    assert selected(subscribe(city, {"days": ["fri", "sun"], "times": ["evening", "night"]}), now) == [
        friday_evening.pk,
        sunday_early.pk,
    ]
    assert selected(subscribe(city, {"times": ["afternoon"]}), now) == [saturday_noon.pk]


def test_part_of_day_boundaries(city, now):
    starts = {part: event(city, local(now, 1, hour)) for part, hour in [("morning", 5), ("afternoon", 12)]}
    starts["evening"] = event(city, local(now, 1, 17))
    starts["night"] = event(city, local(now, 1, 22))
    before_five = event(city, local(now, 1, 4, 59))
    for part, found in starts.items():
        expected = [before_five.pk, found.pk] if part == "night" else [found.pk]
        assert selected(subscribe(city, {"times": [part]}), now) == expected, part


def test_an_all_day_event_is_on_at_every_time_of_its_day(city, now):
    fair = event(city, local(now, 2, 0), all_day=True)
    assert selected(subscribe(city, {"times": ["evening"]}), now) == [fair.pk]


def test_combined_filters_must_all_match(city, now):
    music = Category.objects.create(name="Music C", slug="music-c")
    free_concert = event(city, local(now, 1, 20), category=music, cost_type="free", title="Free jazz")
    event(city, local(now, 1, 20), category=music, cost_type="paid", title="Paid jazz")
    event(city, local(now, 1, 20), cost_type="free", title="Free jazz talk")
    event(city, local(now, 1, 10), category=music, cost_type="free", title="Morning jazz")
    filters = {"category": ["music-c"], "free": True, "q": "jazz", "times": ["evening"]}
    assert selected(subscribe(city, filters), now) == [free_concert.pk]


def test_zones_far_apart_each_use_their_own_days(now):
    auckland = CityFactory(slug="akl-digest", timezone="Pacific/Auckland")
    la = CityFactory(slug="la2-digest", timezone=LA)
    instant = monday_at(12, "UTC")
    # One UTC instant on Saturday 12:00 is Sunday 00:00/01:00 in Auckland and Saturday 04:00/05:00 in LA.
    saturday_noon_utc = instant + dt.timedelta(days=5)
    in_auckland = event(auckland, saturday_noon_utc)
    in_la = event(la, saturday_noon_utc)
    subs = [
        subscribe(auckland, {"days": ["sat"]}),
        subscribe(la, {"days": ["sat"]}),
        subscribe(auckland, {"days": ["sun"]}),
    ]
    assert [selection.select_events(subs, now=instant)[s.pk] for s in subs] == [[], [in_la.pk], [in_auckland.pk]]


def test_only_new_events_after_a_previous_digest(city, now):
    first = event(city, local(now, 1, 20))
    second = event(city, local(now, 2, 20))
    subscription = subscribe(city)
    previous = now - dt.timedelta(days=7)
    DigestSendFactory(
        subscription=subscription,
        period=current_period(Cadence.WEEKLY, city, previous),
        claimed_at=previous,
        event_ids=[first.pk, 999_999],
    )
    assert selected(subscription, now) == [second.pk]
    DigestSendFactory(
        subscription=subscription,
        period=current_period(Cadence.WEEKLY, city, previous - dt.timedelta(days=1)),
        claimed_at=previous - dt.timedelta(days=1),
        event_ids=[second.pk],
    )
    assert selected(subscription, now) == []  # nothing new: no mail


def test_sends_that_listed_nothing_or_this_periods_own_claim_do_not_hide_events(city, now):
    first = event(city, local(now, 1, 20))
    subscription = subscribe(city)
    for days, status in [(7, DigestSend.Status.FAILED), (14, DigestSend.Status.EMPTY)]:
        DigestSendFactory(
            subscription=subscription,
            period=current_period(Cadence.WEEKLY, city, now - dt.timedelta(days=days)),
            claimed_at=now - dt.timedelta(days=2),
            status=status,
            event_ids=[first.pk],
        )
    # A retried send of this period recomputes the same list, so a worker killed after claiming loses nothing.
    DigestSendFactory(
        subscription=subscription,
        period=current_period(Cadence.WEEKLY, city, now),
        claimed_at=now,
        status=DigestSend.Status.CLAIMED,
        event_ids=[first.pk],
    )
    assert selected(subscription, now) == [first.pk]


def test_at_most_max_events(city, now):
    events = [event(city, now + dt.timedelta(hours=1, minutes=n)) for n in range(selection.MAX_EVENTS + 5)]
    assert selected(subscribe(city), now) == [e.pk for e in events[: selection.MAX_EVENTS]]


def test_a_category_that_no_longer_exists_matches_nothing_not_everything(city, now):
    event(city, local(now, 1, 20))
    assert selected(subscribe(city, {"category": ["gone-away"]}), now) == []
    assert selected(subscribe(city, {"area": ["nowhere"]}), now) == []


def test_empty_batch():
    assert selection.select_events([], now=monday_at(10, LA)) == {}


def _batch(cities: list[City], count: int) -> list[Subscription]:
    shapes = [
        {},
        {"category": ["music-q"]},
        {"category": ["music-q", "comedy-q"], "free": True},
        {"area": ["centre-q"]},
        {"q": "jazz", "days": ["sat", "sun"]},
        {"times": ["evening"], "free": True},
    ]
    for n in range(count):
        ActiveSubscriptionFactory(
            city=cities[n % len(cities)],
            filters=shapes[n % len(shapes)],
            cadence=Cadence.DAILY if n % 3 == 0 else Cadence.WEEKLY,
        )
    return list(Subscription.objects.select_related("city").order_by("id")[:count])


def test_queries_grow_with_distinct_filter_values_not_subscribers(django_assert_max_num_queries, now):
    music = Category.objects.create(name="Music Q", slug="music-q")
    Category.objects.create(name="Comedy Q", slug="comedy-q")
    cities = [CityFactory(slug=f"q-city-{n}", timezone=tz) for n, tz in enumerate([LA, "Europe/London", "Asia/Tokyo"])]
    for city in cities:
        centre = Area.objects.create(city=city, name="Centre", slug="centre-q", latitude=0, longitude=0)
        hall = Venue.objects.create(city=city, area=centre, name="Hall", slug="hall-q")
        for n in range(6):
            event(
                city, now + dt.timedelta(hours=5 + 13 * n), category=music, venue=hall, cost_type="free", title="Jazz"
            )

    small = _batch(cities, 5)
    with CaptureQueriesContext(connection) as captured:
        few = selection.select_events(small, now=now)
    # candidates + history + (category ×2, area, q, free) FilterSet queries, with their slug look-ups
    assert len(captured) <= 12
    Subscription.objects.all().delete()
    large = _batch(cities, 200)
    with django_assert_max_num_queries(len(captured)):
        many = selection.select_events(large, now=now)
    assert len(many) == 200
    assert sum(1 for events in many.values() if events) > 100
    assert any(few.values())
