"""Similar events and the event page at scale: what they ask the database, and that cached rankings stay right.

No timings here (bench/ has them): query counts and behaviour only.
"""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from events.models import Category, Event
from events.ranking import SIMILAR_SPARE, similar_events
from events.services import changes
from tests.factories import CityFactory, EventFactory

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]


def soon(days: float) -> dt.datetime:
    return timezone.now() + dt.timedelta(days=days)


@pytest.fixture
def city():
    return CityFactory(name="Chicago", slug="chicago")


@pytest.fixture
def music():
    return Category.objects.filter(parent__isnull=True).first() or Category.objects.create(name="Music", slug="music")


def test_similar_ranks_narrow_rows_then_reads_only_the_chosen_events(city, music):
    event = EventFactory(city=city, category=music)
    others = [EventFactory(city=city, category=music, start=soon(days)) for days in range(1, 20)]
    with CaptureQueriesContext(connection) as first:
        result = similar_events(event=event, limit=3)
    assert result == others[:3]
    assert len(first) == 2
    ranking_sql, loading_sql = (query["sql"] for query in first.captured_queries)
    assert '"events_event"."description"' not in ranking_sql  # ids, venue, categories and tags only
    assert "LIMIT" in ranking_sql
    assert loading_sql.count('"events_category"') >= 1  # the chosen ones with their related rows, in one query
    # The ranking (and the chosen events) are remembered for this generation: the next page view asks nothing.
    with CaptureQueriesContext(connection) as again:
        assert similar_events(event=event, limit=3) == others[:3]
    assert len(again) == 0


def test_remembered_ranking_drops_events_that_ended_and_keeps_the_count(city, music):
    event = EventFactory(city=city, category=music)
    now = timezone.now()
    # Short events a few minutes apart, so the clock can move past the first within the cache's lifetime.
    others = []
    for index in range(3 + SIMILAR_SPARE):
        start = now + dt.timedelta(minutes=1 + 10 * index)
        others.append(EventFactory(city=city, category=music, start=start, end=start + dt.timedelta(minutes=1)))
    assert similar_events(event=event, limit=3) == others[:3]
    # The clock moves on (no publish, so the same generation and the remembered ranking): the first one is over.
    with time_machine.travel(now + dt.timedelta(minutes=3), tick=True):
        assert similar_events(event=event, limit=3) == others[1:4]


def test_a_new_generation_ranks_again(city, music):
    venue_event = EventFactory(city=city, category=music)
    later = EventFactory(city=city, category=music, start=soon(5))
    assert similar_events(event=venue_event, limit=2) == [later]
    sooner = EventFactory(city=city, category=music, start=soon(1))
    changes.generation_bump()  # what publishing, editing or merging announces
    assert similar_events(event=venue_event, limit=2) == [sooner, later]


def test_the_ranking_follows_the_event_it_was_asked_about(city, music):
    other_category = Category.objects.exclude(pk=music.pk).filter(parent__isnull=True).first() or (
        Category.objects.create(name="Sports", slug="sports")
    )
    event = EventFactory(city=city, category=music)
    in_music = EventFactory(city=city, category=music, start=soon(1))
    in_other = EventFactory(city=city, category=other_category, start=soon(2))
    assert similar_events(event=event) == [in_music]
    event.category = other_category  # the same event, filed elsewhere (same generation): not the old answer
    assert similar_events(event=event) == [in_other]


def test_event_page_reads_a_live_event_once(client, city, music):
    event = EventFactory(city=city, category=music)
    EventFactory(city=city, category=music, start=soon(1))
    with CaptureQueriesContext(connection) as queries:
        response = client.get(event.get_absolute_url())
    assert response.status_code == 200
    by_pk = [
        query["sql"]
        for query in queries.captured_queries
        if f'"events_event"."id" = {event.pk}' in query["sql"]
        and f'NOT ("events_event"."id" = {event.pk})' not in query["sql"]  # similar events: not this one
        and "events_eventlisting" not in query["sql"]
    ]
    assert len(by_pk) == 1, by_pk  # no separate "was it merged?" lookup before loading it


def test_event_page_of_a_merged_event_still_redirects_to_the_winner(client, city, music):
    winner = EventFactory(city=city, category=music)
    loser = EventFactory(city=city, category=music)
    Event.objects.filter(pk=loser.pk).update(merged_into=winner)
    response = client.get(loser.get_absolute_url())
    assert response.status_code == 301
    assert response["Location"] == winner.get_absolute_url()


def test_event_page_of_an_unpublished_event_is_not_found(client, city):
    event = EventFactory(city=city, moderation_status=Event.ModerationStatus.REJECTED)
    assert client.get(event.get_absolute_url()).status_code == 404


@pytest.mark.redis
def test_event_page_reuses_its_data_but_counts_every_view_and_renders_each_visitors_token(city, music):
    from django.test import Client

    from events import analytics

    browser = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"
    event = EventFactory(city=city, category=music)
    EventFactory(city=city, category=music, start=soon(1), title="Another Gig")
    first_visitor, second_visitor = Client(HTTP_USER_AGENT=browser), Client(HTTP_USER_AGENT=browser)
    first = first_visitor.get(event.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        second = second_visitor.get(event.get_absolute_url())
    assert first.status_code == second.status_code == 200
    assert len(queries) == 0  # the event, its listings and the similar events of this generation
    assert b"Another Gig" in second.content
    assert second.context["csrf_token"] != first.context["csrf_token"]  # the page itself is never shared
    assert str(second.context["csrf_token"]) in second.content.decode()
    assert analytics.counter_store().pending(analytics.VIEWS) == {event.pk: 2}


def test_event_page_follows_a_merge_announced_after_it_was_seen(client, city, music):
    winner = EventFactory(city=city, category=music)
    loser = EventFactory(city=city, category=music)
    assert client.get(loser.get_absolute_url()).status_code == 200
    Event.objects.filter(pk=loser.pk).update(merged_into=winner)
    changes.generation_bump()  # what the merge announces
    response = client.get(loser.get_absolute_url())
    assert response.status_code == 301
    assert response["Location"] == winner.get_absolute_url()
