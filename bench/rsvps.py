"""The RSVP bench: replies racing for seats, through ``rsvp_create`` and ``rsvp_cancel`` as the API calls them.

    DATABASE_URL=postgres://… python bench/rsvps.py [--people 2000] [--seats 200] [--threads 32] [--events 50]

Seeds a throwaway test database (PostgreSQL when DATABASE_URL points at one, else SQLite, and says so) and
measures, each from ``--threads`` threads with a connection each:

1. **One event, everyone at once**: ``--people`` replies to one event of ``--seats`` seats. Every reply takes the
   event's row lock, so this is the worst case: replies to one event are decided one at a time. Replies/s and
   the p50/p99 of one reply's wall time (lock wait included), then a check that exactly ``--seats`` are
   confirmed and the rest waitlisted in sequence order.
2. **Cancellations**: a tenth of the confirmed cancel at once; each hands its seat to the first person waiting
   in the same transaction.
3. **Many events**: the same number of replies spread over ``--events`` events (the usual case: locks rarely
   meet).

Nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def seed(people: int, events: int, seats: int) -> tuple[list[int], list[int]]:
    import datetime as dt

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from events.models import City, Event

    city = City.objects.create(
        name="Benchville", slug="benchville", country="US", timezone="UTC", latitude=0, longitude=0
    )
    start = timezone.now() + dt.timedelta(days=3)
    Event.objects.bulk_create(
        [
            Event(title=f"Gig {n}", slug=f"gig-{n}", start=start, timezone="UTC", city=city,
                  moderation_status="published", capacity=seats)
            for n in range(events + 1)
        ]
    )  # fmt: skip
    user_model = get_user_model()
    user_model.objects.bulk_create([user_model(username=f"fan{n}", email=f"fan{n}@example.com") for n in range(people)])
    return list(Event.objects.order_by("pk").values_list("pk", flat=True)), list(
        user_model.objects.values_list("pk", flat=True)
    )


def race(label: str, calls: list[tuple[int, int]], threads: int, action: str) -> None:
    """Run ``calls`` ((event id, user id) pairs) from ``threads`` threads released together; print the figures."""
    from django.db import connections

    from events.people.rsvps import services

    do = services.rsvp_create if action == "reply" else services.rsvp_cancel
    durations: list[float] = []
    lock = threading.Lock()
    barrier = threading.Barrier(threads + 1)
    parts = [calls[n::threads] for n in range(threads)]

    def run(part: list[tuple[int, int]]) -> None:
        mine = []
        barrier.wait()
        try:
            for event_id, user_id in part:
                started = time.perf_counter()
                do(event_id=event_id, user=user_id)
                mine.append(time.perf_counter() - started)
        finally:
            connections.close_all()
        with lock:
            durations.extend(mine)

    workers = [threading.Thread(target=run, args=(part,)) for part in parts]
    for worker in workers:
        worker.start()
    barrier.wait()
    started = time.perf_counter()
    for worker in workers:
        worker.join()
    wall = time.perf_counter() - started
    cuts = statistics.quantiles(durations, n=100) if len(durations) > 1 else [0.0] * 99
    print(
        f"{label}: {len(durations):,} {action} calls from {threads} threads in {wall:.2f} s = {len(durations) / wall:,.0f}/s; "
        f"one {action}: p50 {cuts[49] * 1000:.1f} ms, p99 {cuts[98] * 1000:.1f} ms"
    )


def check(event_id: int, seats: int) -> None:
    from events.models import Event
    from events.people.models import RSVP

    rows = list(RSVP.objects.filter(event_id=event_id).order_by("sequence").values_list("status", flat=True))
    confirmed = rows.count(RSVP.Status.CONFIRMED)
    in_order = all(status != RSVP.Status.WAITLISTED for status in rows[:confirmed]) or confirmed < seats
    count = Event.objects.get(pk=event_id).rsvp_count
    print(
        f"  check: {confirmed} confirmed (seats {seats}, rsvp_count {count}), "
        f"{rows.count(RSVP.Status.WAITLISTED)} waitlisted, {rows.count(RSVP.Status.CANCELLED)} cancelled; "
        f"waitlist in sequence order: {'yes' if in_order else 'NO'}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--people", type=int, default=2_000)
    parser.add_argument("--seats", type=int, default=200)
    parser.add_argument("--threads", type=int, default=32)
    parser.add_argument("--events", type=int, default=50)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    import logging

    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    from config.celery import app

    # Mails to promoted people are queued after commit, as in production (to the in-memory broker here), not
    # sent inline: the figure is the reply's, not the mail's.
    app.conf.task_always_eager = False
    logging.disable(logging.INFO)
    names = setup_databases(verbosity=0, interactive=False)
    try:
        print(
            f"database: {connection.vendor} ({connection.settings_dict['NAME']})"
            + ("" if connection.vendor == "postgresql" else " — set DATABASE_URL to PostgreSQL for the real figure")
        )
        events, people = seed(args.people, args.events, args.seats)
        hot, spread = events[0], events[1:]
        threads = args.threads if connection.vendor == "postgresql" else 1
        race("one event", [(hot, user) for user in people], threads, "reply")
        check(hot, args.seats)
        from events.people.models import RSVP

        leaving = list(
            RSVP.objects.filter(event_id=hot, status=RSVP.Status.CONFIRMED)
            .order_by("sequence")
            .values_list("user_id", flat=True)[: max(1, args.seats // 10)]
        )
        race("cancellations, each promoting", [(hot, user) for user in leaving], threads, "cancel")
        check(hot, args.seats)
        race(
            f"{len(spread)} events",
            [(spread[n % len(spread)], user) for n, user in enumerate(people)],
            threads,
            "reply",
        )
    finally:
        connection.close()
        teardown_databases(names, verbosity=0)


if __name__ == "__main__":
    main()
