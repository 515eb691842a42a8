"""Trending (decayed scores of recorded views and shares, real Redis) and similar events."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.db import IntegrityError
from django.template import Context, Template
from django.utils import timezone

from events import analytics
from events.filters import InvalidFiltersError
from events.models import Category, Event, Venue
from events.ranking import similar_events, trending_events
from tests.factories import CityFactory, EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def soon(days: float = 2) -> dt.datetime:
    return timezone.now() + dt.timedelta(days=days)


def views(event: Event, count: int) -> None:
    for _ in range(count):
        assert analytics.record_view(event.pk)


def shares(event: Event, count: int) -> None:
    for _ in range(count):
        assert analytics.record_share(event.pk)


@pytest.fixture
def city():
    return CityFactory(name="Chicago", slug="chicago")


@pytest.fixture
def categories():
    top = list(Category.objects.filter(parent__isnull=True).order_by("position")[:2])
    child = Category.objects.filter(parent=top[0]).first()
    assert child is not None
    return top[0], top[1], child


# --- Trending -----------------------------------------------------------------------------------------------


@pytest.mark.redis
def test_trending_ranks_recorded_views_and_shares(city):
    quiet = EventFactory(city=city, title="Quiet", start=soon(1))
    viewed = EventFactory(city=city, title="Viewed", start=soon(3))
    shared = EventFactory(city=city, title="Shared", start=soon(4))
    some = EventFactory(city=city, title="Some views", start=soon(2))
    later = EventFactory(city=city, title="Next month", start=soon(20))
    views(viewed, 6)
    shares(shared, 2)  # a share weighs five views
    views(some, 2)
    views(later, 50)  # popular, but not this week
    result = analytics.flush_counters()
    assert (result.views, result.shares) == (58, 2)
    assert trending_events(limit=10) == [shared, viewed, some, quiet]
    assert trending_events(limit=2) == [shared, viewed]
    # Nothing recorded since: the order holds (scores are kept between flushes, decayed).
    analytics.flush_counters()
    assert trending_events(limit=3) == [shared, viewed, some]


@pytest.mark.redis
def test_trending_applies_the_shared_filters_and_never_shows_hidden_events(city):
    other_city = CityFactory(name="Elsewhere", slug="elsewhere")
    here = EventFactory(city=city, start=soon(1))
    there = EventFactory(city=other_city, start=soon(1))
    archived = EventFactory(city=city, start=soon(1), archived_at=timezone.now())
    held = EventFactory(city=city, start=soon(1), moderation_status=Event.ModerationStatus.HELD)
    merged = EventFactory(city=city, start=soon(1))
    Event.objects.filter(pk=merged.pk).update(merged_into=here)
    for event in (here, there, archived, held, merged):
        views(event, 5)
    analytics.flush_counters()
    assert trending_events(filters={"city": "chicago"}) == [here]
    assert set(trending_events()) == {here, there}
    with pytest.raises(InvalidFiltersError):
        trending_events(filters={"city": "atlantis"})


@pytest.mark.redis
def test_older_attention_decays(city):
    early = EventFactory(city=city, title="Yesterday's buzz", start=soon(5))
    fresh = EventFactory(city=city, title="Today's buzz", start=soon(5))
    now = timezone.now()
    views(early, 10)
    analytics.flush_counters(now=now)
    assert trending_events(limit=2) == [early, fresh]
    views(fresh, 3)
    # Two half-lives later the 10 early views weigh 2.5: three fresh ones outrank them.
    analytics.flush_counters(now=now + dt.timedelta(hours=2 * analytics.HALF_LIFE_HOURS))
    scores = analytics.trending_scores([early.pk, fresh.pk])
    assert scores[early.pk] == pytest.approx(2.5)
    assert scores[fresh.pk] == pytest.approx(3.0)
    assert trending_events(limit=2) == [fresh, early]


@pytest.mark.redis
def test_saves_hook_counts_towards_trending_only(city):
    saved = EventFactory(city=city, start=soon(2))
    viewed = EventFactory(city=city, start=soon(2))
    analytics.record_save(saved.pk)
    views(viewed, 7)
    analytics.flush_counters()
    assert trending_events(limit=2) == [saved, viewed]  # one save weighs eight views
    saved.refresh_from_db()
    assert (saved.view_count, saved.share_count) == (0, 0)


def test_trending_without_recent_scores_falls_back_to_lifetime_counts_then_start(city):
    first = EventFactory(city=city, start=soon(1))
    popular = EventFactory(city=city, start=soon(3), view_count=40)
    shared = EventFactory(city=city, start=soon(2), share_count=10)
    assert trending_events() == [shared, popular, first]
    assert trending_events(limit=0) == []


# --- Flushing -----------------------------------------------------------------------------------------------


@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_flush_loses_no_views_that_arrive_during_it(city):
    events = [EventFactory(city=city, start=soon(2)) for _ in range(5)]
    per_thread = 400
    threads_count = 4
    start = threading.Barrier(threads_count + 1)

    def visitor(offset: int) -> None:
        start.wait()
        for n in range(per_thread):
            analytics.record_view(events[(n + offset) % len(events)].pk)

    threads = [threading.Thread(target=visitor, args=(i,)) for i in range(threads_count)]
    for thread in threads:
        thread.start()
    start.wait()
    flushes = 0
    while any(thread.is_alive() for thread in threads):
        analytics.flush_counters()
        flushes += 1
    for thread in threads:
        thread.join()
    analytics.flush_counters()
    assert flushes >= 1
    total = sum(Event.objects.filter(pk__in=[e.pk for e in events]).values_list("view_count", flat=True))
    assert total == per_thread * threads_count
    assert analytics.counter_store().pending(analytics.VIEWS) == {}


@pytest.mark.redis
def test_a_failed_database_write_gives_the_counts_back(city):
    event = EventFactory(city=city, view_count=0)
    other = EventFactory(city=city)
    store = analytics.counter_store()
    store.incr(analytics.VIEWS, other.pk, 4)
    store.incr(analytics.VIEWS, event.pk, -5)  # cannot be written: view_count may not go below zero
    with pytest.raises(IntegrityError):
        analytics.flush_counters()
    assert store.pending(analytics.VIEWS) == {other.pk: 4, event.pk: -5}
    other.refresh_from_db()
    assert other.view_count == 0  # the whole flush rolled back: nothing counted twice later


@pytest.mark.redis
def test_flush_task_runs_and_is_installed_in_beat(city):
    from django_celery_beat.models import PeriodicTask

    from events.tasks import flush_event_counters
    from sources.schedules import schedules_sync_all

    event = EventFactory(city=city)
    views(event, 2)
    shares(event, 1)
    assert flush_event_counters.delay().get() == {"events": 1, "views": 2, "shares": 1, "saves": 0}
    event.refresh_from_db()
    assert (event.view_count, event.share_count) == (2, 1)
    schedules_sync_all()
    task = PeriodicTask.objects.get(task="events.tasks.flush_event_counters")
    assert (task.crontab.minute, task.crontab.hour) == ("*", "*")


def test_bot_user_agents():
    for agent in (
        "Googlebot/2.1",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "Baiduspider",
        "facebookexternalhit/1.1 preview",
        "curl/8.0",
        "",
    ):
        assert analytics.is_bot(agent), agent
    assert not analytics.is_bot(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Safari/604.1"
    )


# --- Pages --------------------------------------------------------------------------------------------------


@pytest.mark.redis
def test_trending_page_and_city_block(client, city):
    hot = EventFactory(city=city, title="Hot Ticket", start=soon(2))
    EventFactory(city=CityFactory(name="Elsewhere", slug="elsewhere"), title="Elsewhere Thing", start=soon(2))
    views(hot, 3)
    analytics.flush_counters()
    page = client.get("/trending/", {"city": "chicago"})
    assert page.status_code == 200
    assert page.context["events"] == [hot]
    assert b"Trending in Chicago" in page.content
    assert b"Elsewhere Thing" not in page.content
    everywhere = client.get("/trending/")
    assert everywhere.context["events"][0] == hot
    bad = client.get("/trending/", {"city": "atlantis"})
    assert bad.status_code == 400
    assert b"use that filter" in bad.content
    block = Template("{% load trending %}{% trending_in city %}").render(Context({"city": city}))
    assert "Trending in Chicago" in block
    assert hot.get_absolute_url() in block
    assert "Elsewhere Thing" not in block


# --- Similar ------------------------------------------------------------------------------------------------


def test_similar_events_rules_and_order(city, categories):
    music, other_category, subcategory = categories
    venue = Venue.objects.create(name="Metro", slug="metro", city=city)
    event = EventFactory(city=city, category=music, subcategory=subcategory, venue=venue, tags=["jazz", "outdoor"])
    same_venue_and_sub = EventFactory(city=city, category=music, subcategory=subcategory, venue=venue, start=soon(9))
    same_category = EventFactory(city=city, category=music, start=soon(1))
    two_tags = EventFactory(city=city, category=other_category, tags=["outdoor", "jazz"], start=soon(3))
    one_tag = EventFactory(city=city, tags=["jazz"], start=soon(2))
    same_venue_only = EventFactory(city=city, venue=venue, start=soon(4))
    # Never: another city, past, archived, merged, unpublished, unrelated, itself.
    EventFactory(city=CityFactory(slug="elsewhere"), category=music, subcategory=subcategory)
    EventFactory(city=city, category=music, start=timezone.now() - dt.timedelta(days=2))
    EventFactory(city=city, category=music, archived_at=timezone.now())
    merged = EventFactory(city=city, category=music)
    Event.objects.filter(pk=merged.pk).update(merged_into=same_category)
    EventFactory(city=city, category=music, moderation_status=Event.ModerationStatus.REJECTED)
    EventFactory(city=city, category=other_category, tags=["rock"])

    result = similar_events(event=event, limit=10)
    # Points: venue 3 + subcategory 3 + category 2 = 8; venue 3; category 2; two tags 2; one tag 1.
    assert result == [same_venue_and_sub, same_venue_only, same_category, two_tags, one_tag]
    assert similar_events(event=event, limit=2) == [same_venue_and_sub, same_venue_only]


def test_similar_events_of_an_event_with_nothing_to_match_or_no_city(city):
    assert similar_events(event=EventFactory(city=city)) == []
    EventFactory(city=city)
    assert similar_events(event=EventFactory(city=None, tags=["jazz"])) == []
