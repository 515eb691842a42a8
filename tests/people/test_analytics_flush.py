"""Recording interactions into the buffer and flushing them into raw rows and daily counts (both databases; the
Redis buffer when REDIS_URL is set, this process's otherwise; tests of one buffer in particular say so)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
import redis
import time_machine
from django.db import DatabaseError

from events.people.analytics import recording, services
from events.people.analytics.recording import record
from events.people.analytics.tasks import flush_interactions, rollup_interactions
from events.people.models import EventDailyStats, Interaction, InteractionKind
from tests.factories import EventFactory, UserFactory
from tests.people import helpers_analytics
from tests.people.helpers_analytics import stats_of, utc_today

pytestmark = pytest.mark.django_db
clean_buffer = helpers_analytics.clean_buffer
flush = helpers_analytics.flush


def record_all(event_id: int, user_id: int | None = None) -> None:
    """One of each kind, and a second view."""
    for kind in (InteractionKind.VIEW, InteractionKind.VIEW, *list(InteractionKind)[1:]):
        record(kind, event_id=event_id, user_id=user_id)


def test_recorded_interactions_become_rows_and_daily_counts(flush):
    event, other = EventFactory(), EventFactory()
    person = UserFactory()
    record_all(event.pk, person.pk)
    record(InteractionKind.VIEW, event_id=other.pk)
    assert recording.stats().pending == 7

    assert flush() == 7

    rows = Interaction.objects.filter(event=event)
    assert sorted(rows.values_list("kind", flat=True)) == ["click", "rsvp", "save", "share", "view", "view"]
    assert set(rows.values_list("user_id", flat=True)) == {person.pk}
    assert Interaction.objects.get(event=other).user_id is None
    assert stats_of(event.pk) == {utc_today(): (2, 1, 1, 1, 1)}
    assert stats_of(other.pk) == {utc_today(): (1, 0, 0, 0, 0)}
    assert recording.stats().pending == 0
    assert recording.stats().flushed == 7


def test_two_flushes_add_up_without_counting_anything_twice(flush):
    event = EventFactory()
    record_all(event.pk)
    assert flush() == 6
    assert flush() == 0  # nothing new: nothing written, the counts stay
    assert stats_of(event.pk) == {utc_today(): (2, 1, 1, 1, 1)}
    record(InteractionKind.VIEW, event_id=event.pk)
    assert flush() == 1
    assert stats_of(event.pk) == {utc_today(): (3, 1, 1, 1, 1)}
    assert Interaction.objects.filter(event=event).count() == 7


def test_counts_go_to_the_utc_day_the_interaction_happened(flush):
    event = EventFactory()
    midnight = dt.datetime.combine(utc_today(), dt.time(0), tzinfo=dt.UTC)
    with time_machine.travel(midnight - dt.timedelta(seconds=5), tick=False):
        record(InteractionKind.VIEW, event_id=event.pk)
        record(InteractionKind.SAVE, event_id=event.pk)
    with time_machine.travel(midnight + dt.timedelta(seconds=5), tick=False):
        record(InteractionKind.VIEW, event_id=event.pk)
    flush()
    assert stats_of(event.pk) == {
        utc_today() - dt.timedelta(days=1): (1, 1, 0, 0, 0),
        utc_today(): (1, 0, 0, 0, 0),
    }
    assert Interaction.objects.filter(occurred_at__lt=midnight).count() == 2


def test_a_record_arriving_during_a_flush_waits_for_the_next(flush, monkeypatch):
    event = EventFactory()
    record(InteractionKind.VIEW, event_id=event.pk)
    write = services._insert_interactions

    def write_while_someone_views(rows):
        record(InteractionKind.SHARE, event_id=event.pk)  # the live buffer was taken: this starts a new one
        write(rows)

    monkeypatch.setattr(services, "_insert_interactions", write_while_someone_views)
    assert flush() == 1
    assert stats_of(event.pk) == {utc_today(): (1, 0, 0, 0, 0)}
    assert recording.stats().pending == 1
    monkeypatch.setattr(services, "_insert_interactions", write)
    assert flush() == 1
    assert stats_of(event.pk) == {utc_today(): (1, 0, 0, 1, 0)}


def test_a_failed_database_write_gives_every_record_back(flush, monkeypatch):
    event = EventFactory()
    record_all(event.pk)

    def fail(rows):
        raise DatabaseError("disk full")

    monkeypatch.setattr(services, "_add_daily_stats", fail)  # after the raw rows went in: they roll back too
    with pytest.raises(DatabaseError):
        flush()
    assert Interaction.objects.count() == 0
    assert not EventDailyStats.objects.exists()
    assert recording.stats().pending == 6
    assert recording.stats().flushed == 0

    record(InteractionKind.CLICK, event_id=event.pk)  # arrived while the flush failed: kept as well
    monkeypatch.undo()
    assert flush() == 7
    assert stats_of(event.pk) == {utc_today(): (2, 1, 1, 1, 2)}
    assert recording.stats().pending == 0


def test_records_of_deleted_events_are_dropped_and_deleted_people_forgotten(flush):
    kept, gone = EventFactory(), EventFactory()
    person, leaver = UserFactory(), UserFactory()
    record(InteractionKind.VIEW, event_id=kept.pk, user_id=person.pk)
    record(InteractionKind.VIEW, event_id=kept.pk, user_id=leaver.pk)
    record(InteractionKind.SAVE, event_id=gone.pk, user_id=person.pk)
    gone_id = gone.pk
    gone.delete()
    leaver.delete()
    assert flush() == 2
    assert not Interaction.objects.filter(event_id=gone_id).exists()
    assert sorted(Interaction.objects.values_list("user_id", flat=True), key=str) == [person.pk, None]
    assert stats_of(kept.pk) == {utc_today(): (2, 0, 0, 0, 0)}
    assert recording.stats().dropped == 1


def test_unreadable_records_are_dropped_and_counted(flush):
    event = EventFactory()
    buffer = recording.buffer()
    for junk in ("x12:0:1", "v12", "vabc:0:1", "v-3:0:1", "", "v1:2:3:4"):
        buffer.push(junk)
    record(InteractionKind.VIEW, event_id=event.pk)
    assert flush() == 1
    assert recording.stats().dropped == 6


def test_the_buffer_is_bounded_and_counts_what_it_refuses(flush, monkeypatch):
    event = EventFactory()
    monkeypatch.setattr(recording, "BUFFER_MAX", 3)
    for _ in range(5):
        record(InteractionKind.VIEW, event_id=event.pk)
    assert recording.stats().pending == 3
    assert recording.stats().dropped == 2
    assert flush() == 3
    record(InteractionKind.VIEW, event_id=event.pk)  # room again once flushed
    assert recording.stats().pending == 1


def test_recording_never_raises_when_redis_is_down(monkeypatch, caplog):
    unreachable = recording.RedisBuffer(redis.Redis(host="127.0.0.1", port=1, socket_connect_timeout=0.2))
    monkeypatch.setattr(recording, "buffer", lambda: unreachable)
    monkeypatch.setattr(recording, "_last_error_log", 0.0)
    record(InteractionKind.VIEW, event_id=1)
    record(InteractionKind.VIEW, event_id=2)
    assert recording._local_drops.value == 2
    assert caplog.text.count("dropped: the buffer did not answer") == 1  # logged once a minute, not per view


def test_an_unknown_kind_is_dropped_not_raised():
    record("stare", event_id=1)
    assert recording.stats().pending == 0
    assert recording.stats().dropped == 1


def test_the_local_buffer_is_used_without_redis(settings, flush):
    settings.REDIS_URL = ""
    event = EventFactory()
    record(InteractionKind.SAVE, event_id=event.pk)
    assert recording.local_buffer().stats().pending == 1
    assert flush() == 1
    assert stats_of(event.pk) == {utc_today(): (0, 1, 0, 0, 0)}
    assert recording.local_buffer().stats().flushed == 1


def test_the_flush_task(django_capture_on_commit_callbacks):
    event = EventFactory()
    record_all(event.pk)
    with django_capture_on_commit_callbacks(execute=True):
        assert flush_interactions.delay().get() == {"written": 6}
    assert stats_of(event.pk) == {utc_today(): (2, 1, 1, 1, 1)}


def test_flush_and_roll_up_are_installed_in_beat():
    from django_celery_beat.models import PeriodicTask

    from sources.schedules import lifecycle_schedules_sync

    lifecycle_schedules_sync()
    flush_task = PeriodicTask.objects.get(task=flush_interactions.name)
    assert flush_task.enabled
    assert flush_task.crontab.minute == "*"
    assert PeriodicTask.objects.get(task=rollup_interactions.name).enabled


@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_no_interaction_is_lost_or_doubled_while_flushes_run_beside_recording():
    events = [EventFactory() for _ in range(4)]
    per_thread, threads_count = 300, 4
    start = threading.Barrier(threads_count + 1)

    def visitor(offset: int) -> None:
        start.wait()
        for n in range(per_thread):
            record(InteractionKind.VIEW, event_id=events[(n + offset) % len(events)].pk)

    threads = [threading.Thread(target=visitor, args=(i,)) for i in range(threads_count)]
    for thread in threads:
        thread.start()
    start.wait()
    flushes = 0
    while any(thread.is_alive() for thread in threads):
        services.interactions_flush()
        flushes += 1
    for thread in threads:
        thread.join()
    services.interactions_flush()
    assert flushes >= 1
    assert Interaction.objects.count() == per_thread * threads_count
    assert sum(EventDailyStats.objects.values_list("views", flat=True)) == per_thread * threads_count
    assert recording.stats().pending == 0
    assert recording.stats().flushed == per_thread * threads_count


@pytest.mark.redis
def test_redis_records_are_compact_and_taken_lists_expire(flush, monkeypatch):
    from django.conf import settings

    from events.analytics import _redis_client

    client = _redis_client(settings.REDIS_URL)
    event = EventFactory()
    record(InteractionKind.CLICK, event_id=event.pk, user_id=7)
    [raw] = client.lrange(recording.LIVE_KEY, 0, -1)
    assert raw.decode().startswith(f"c{event.pk}:7:")

    # A flush that dies after the take leaves its list to expire: never read again, so never counted twice.
    taken = recording.buffer().take()
    assert taken is not None
    assert 0 < client.ttl(taken.key) <= recording.TAKEN_TTL_SECONDS
    assert flush() == 0
