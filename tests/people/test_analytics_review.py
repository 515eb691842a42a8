"""Review fix on analytics: a person's save, RSVP, share and click count once per event and UTC day, so that one
account looping save/unsave or reply/cancel cannot inflate an event's figures (both buffers, both databases)."""

from __future__ import annotations

import datetime as dt

import pytest
import time_machine

from events.people.analytics import recording
from events.people.analytics.recording import record
from events.people.models import Interaction, InteractionKind
from tests.factories import EventFactory, UserFactory
from tests.people import helpers_analytics
from tests.people.helpers_analytics import stats_of, utc_today

pytestmark = pytest.mark.django_db
clean_buffer = helpers_analytics.clean_buffer
flush = helpers_analytics.flush


def test_a_person_counts_once_a_day_per_kind_and_event(flush):
    event, other = EventFactory(), EventFactory()
    ann, bob = UserFactory(), UserFactory()
    for _ in range(3):
        for kind in InteractionKind:
            record(kind, event_id=event.pk, user_id=ann.pk)
    record(InteractionKind.SAVE, event_id=event.pk, user_id=bob.pk)  # another person counts
    record(InteractionKind.SAVE, event_id=other.pk, user_id=ann.pk)  # another event counts
    for _ in range(2):
        record(InteractionKind.CLICK, event_id=event.pk)  # anonymous: nobody to tell apart, each counts
    flush()
    # (views, saves, rsvps, shares, clicks): views are not limited here.
    assert stats_of(event.pk) == {utc_today(): (3, 2, 1, 1, 3)}
    assert stats_of(other.pk) == {utc_today(): (0, 1, 0, 0, 0)}
    assert Interaction.objects.filter(user_id=ann.pk, kind=InteractionKind.SAVE).count() == 2


def test_the_next_utc_day_counts_again(flush):
    event, ann = EventFactory(), UserFactory()
    late = dt.datetime.combine(utc_today(), dt.time(23, 59, 30), tzinfo=dt.UTC)
    with time_machine.travel(late, tick=False):
        record(InteractionKind.SHARE, event_id=event.pk, user_id=ann.pk)
        record(InteractionKind.SHARE, event_id=event.pk, user_id=ann.pk)
    with time_machine.travel(late + dt.timedelta(minutes=1), tick=False):
        record(InteractionKind.SHARE, event_id=event.pk, user_id=ann.pk)
        record(InteractionKind.SHARE, event_id=event.pk, user_id=ann.pk)
    flush()
    shares = {day: counts[3] for day, counts in stats_of(event.pk).items()}
    assert shares == {utc_today(): 1, utc_today() + dt.timedelta(days=1): 1}


def test_looping_save_and_unsave_through_the_api_counts_one_save(client, flush, django_capture_on_commit_callbacks):
    event, ann = EventFactory(), UserFactory()
    client.force_login(ann)
    for _ in range(4):
        with django_capture_on_commit_callbacks(execute=True):
            assert client.post(f"/api/v1/events/{event.pk}/save/").status_code == 201
            assert client.delete(f"/api/v1/events/{event.pk}/save/").status_code == 200
    flush()
    assert stats_of(event.pk)[utc_today()][1] == 1


def test_a_cache_error_counts_rather_than_drops(flush, monkeypatch):
    class Broken:
        def add(self, *args, **kwargs):
            raise OSError("cache away")

    monkeypatch.setattr(recording, "caches", {"default": Broken()})
    event, ann = EventFactory(), UserFactory()
    record(InteractionKind.SAVE, event_id=event.pk, user_id=ann.pk)
    flush()
    assert stats_of(event.pk)[utc_today()][1] == 1
