"""Replies racing for the last seats (PostgreSQL: real row locks, real concurrent connections).

400 people, 40 seats, 40 threads each with its own connection, released together by a barrier: exactly the
first 40 sequences are confirmed, the waitlist is 1..360 once each, and 20 cancellations racing each other
hand their seats to the first 20 waiting, in order. (Ten replies a thread race as hard as twenty-five did: every
thread is in the queue for the event's row lock from the first reply.)"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.db import connections

from events.people.models import RSVP
from events.people.rsvps import services
from events.people.rsvps.selectors import waitlist_position
from tests.factories import EventFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

PEOPLE = 400
SEATS = 40
LEAVING = SEATS // 2
THREADS = 40  # PostgreSQL allows 100 connections; the suite holds its own too


def run_together(work: Sequence[Callable[[], object]], threads: int = THREADS) -> list[BaseException]:
    """Run the callables on ``threads`` threads, all starting at once; each thread closes its connection."""
    barrier = threading.Barrier(threads)
    errors: list[BaseException] = []
    lock = threading.Lock()
    chunks = [work[index::threads] for index in range(threads)]

    def worker(chunk: Sequence[Callable[[], object]]) -> None:
        try:
            barrier.wait(timeout=60)
            for call in chunk:
                try:
                    call()
                except BaseException as error:  # noqa: BLE001 - collected and asserted on below
                    with lock:
                        errors.append(error)
        finally:
            connections.close_all()

    pool = [threading.Thread(target=worker, args=(chunk,)) for chunk in chunks]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join(timeout=300)
    assert not any(thread.is_alive() for thread in pool)
    return errors


def test_four_hundred_replies_for_forty_seats():
    user_model = get_user_model()
    user_model.objects.bulk_create(
        user_model(username=f"racer{n}", email=f"racer{n}@example.com") for n in range(PEOPLE)
    )
    user_ids = list(user_model.objects.filter(username__startswith="racer").values_list("pk", flat=True))
    event = EventFactory(capacity=SEATS)

    with mock.patch("events.people.rsvps.tasks.notify_promoted.delay") as mailed:
        errors = run_together([lambda uid=uid: services.rsvp_create(event_id=event.pk, user=uid) for uid in user_ids])
        assert errors == []

        rows = list(RSVP.objects.filter(event=event).order_by("sequence"))
        assert len(rows) == PEOPLE
        sequences = [row.sequence for row in rows]
        assert sequences == list(range(1, PEOPLE + 1))  # unique, no gaps
        confirmed = [row for row in rows if row.status == RSVP.Status.CONFIRMED]
        waitlisted = [row for row in rows if row.status == RSVP.Status.WAITLISTED]
        assert len(confirmed) == SEATS
        assert len(waitlisted) == PEOPLE - SEATS
        assert {row.sequence for row in confirmed} == set(range(1, SEATS + 1))  # the first SEATS to take the lock
        positions = [waitlist_position(rsvp=row) for row in waitlisted]
        assert sorted(positions) == list(range(1, PEOPLE - SEATS + 1))
        event.refresh_from_db()
        assert event.rsvp_count == SEATS

        # Half of the confirmed cancel at once: as many of the first waiting are promoted, in sequence order.
        leaving = [row.user_id for row in confirmed[::2]]
        errors = run_together(
            [lambda uid=uid: services.rsvp_cancel(event_id=event.pk, user=uid) for uid in leaving], threads=LEAVING
        )
        assert errors == []

    event.refresh_from_db()
    assert event.rsvp_count == SEATS
    promoted = RSVP.objects.filter(event=event, promoted_at__isnull=False).order_by("promoted_at", "sequence")
    assert promoted.count() == LEAVING
    first_waiting = [row.sequence for row in waitlisted[:LEAVING]]
    assert sorted(promoted.values_list("sequence", flat=True)) == first_waiting
    # Promotions happened one lock at a time, so their order in time is the waitlist's order.
    assert [row.sequence for row in promoted] == first_waiting
    assert RSVP.objects.filter(event=event, status=RSVP.Status.CONFIRMED).count() == SEATS
    assert RSVP.objects.filter(event=event, status=RSVP.Status.CANCELLED).count() == LEAVING
    assert mailed.call_count == LEAVING
    still_waiting = RSVP.objects.filter(event=event, status=RSVP.Status.WAITLISTED).order_by("sequence")
    assert [waitlist_position(rsvp=row) for row in still_waiting[:3]] == [1, 2, 3]
