"""The analytics bench: interactions recorded into the buffer, then flushed into raw rows and daily counts.

    DATABASE_URL=postgres://… REDIS_URL=redis://… python bench/interactions.py [--records 200000] [--events 2000]
        [--users 5000] [--threads 8] [--days 30]

Seeds a throwaway test database (PostgreSQL when DATABASE_URL points at one, else SQLite, and says so) with
events and people in bulk, then measures:

1. **Recording**: ``record()`` as the request path calls it (one Redis round trip through the bounded-push Lua
   script, or an append under a lock without Redis), from one thread and from ``--threads`` threads; records/s.
2. **Flush**: ``interactions_flush()`` over what was recorded (every record today: one daily-counts row per
   event), then over ``--records`` records spread across ``--days`` days (many (event, day) rows, half of them
   already there: the upsert's update path); rows/s of wall time, the raw rows and daily-count rows written.
   On PostgreSQL the raw rows go in by COPY; elsewhere by bulk_create.
3. **Roll-up**: ``interactions_rollup()`` deleting the rows older than ANALYTICS_RAW_DAYS; rows/s.

Only the analytics keys of REDIS_URL's database are touched. Nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHUNK = 10_000


def seed(events: int, users: int) -> tuple[list[int], list[int]]:
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
            Event(
                title=f"Bench event {n}",
                slug=f"bench-event-{n}",
                start=start,
                timezone="UTC",
                city=city,
                moderation_status="published",
            )
            for n in range(events)
        ],
        batch_size=CHUNK,
    )
    user_model = get_user_model()
    user_model.objects.bulk_create(
        [user_model(username=f"bench{n}", email=f"bench{n}@example.com") for n in range(users)], batch_size=CHUNK
    )
    return list(Event.objects.values_list("pk", flat=True)), list(user_model.objects.values_list("pk", flat=True))


def measure_recording(count: int, threads: int, event_ids: list[int], user_ids: list[int]) -> None:
    from events.people.analytics.recording import record, stats
    from events.people.models import InteractionKind

    kinds = [InteractionKind.VIEW] * 8 + [
        InteractionKind.SAVE,
        InteractionKind.RSVP,
        InteractionKind.SHARE,
        InteractionKind.CLICK,
    ]
    rng = random.Random(1)
    plan = [
        (rng.choice(kinds), rng.choice(event_ids), rng.choice(user_ids) if rng.random() < 0.3 else None)
        for _ in range(count)
    ]

    def run(part: list[tuple[str, int, int | None]]) -> None:
        for kind, event_id, user_id in part:
            record(kind, event_id=event_id, user_id=user_id)

    single = plan[: count // 2]
    started = time.perf_counter()
    run(single)
    elapsed = time.perf_counter() - started
    print(
        f"record(), 1 thread:  {len(single):>9,} in {elapsed:6.2f} s = {len(single) / elapsed:>10,.0f} records/s ({elapsed / len(single) * 1e6:.0f} µs each)"
    )

    rest = plan[count // 2 :]
    parts = [rest[n::threads] for n in range(threads)]
    workers = [threading.Thread(target=run, args=(part,)) for part in parts]
    started = time.perf_counter()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.perf_counter() - started
    print(f"record(), {threads} threads: {len(rest):>9,} in {elapsed:6.2f} s = {len(rest) / elapsed:>10,.0f} records/s")
    figures = stats()
    print(f"buffer: {figures.pending:,} waiting, {figures.dropped:,} dropped")


def push_spread(count: int, days: int, event_ids: list[int], user_ids: list[int]) -> None:
    """``count`` records over the last ``days`` days straight into the buffer (seeding, not measured)."""
    from django.conf import settings

    from events.people.analytics import recording

    rng = random.Random(2)
    now = time.time()
    codes = "vvvvvvvvsrhc"
    records = [
        f"{rng.choice(codes)}{rng.choice(event_ids)}:{rng.choice(user_ids) if rng.random() < 0.3 else 0}:{int(now - rng.random() * days * 86400)}"
        for _ in range(count)
    ]
    if settings.REDIS_URL:
        from events.analytics import _redis_client

        client = _redis_client(settings.REDIS_URL)
        for start in range(0, len(records), CHUNK):
            client.rpush(recording.LIVE_KEY, *records[start : start + CHUNK])
    else:
        recording.local_buffer().records.extend(records)


def measure_flush(label: str) -> None:
    from django.db import connection

    from events.people.analytics.services import interactions_flush
    from events.people.models import EventDailyStats, Interaction

    raw_before, daily_before = Interaction.objects.count(), EventDailyStats.objects.count()
    started = time.perf_counter()
    written = interactions_flush()
    elapsed = time.perf_counter() - started
    raw, daily = Interaction.objects.count() - raw_before, EventDailyStats.objects.count() - daily_before
    how = "COPY" if connection.vendor == "postgresql" else "bulk_create"
    print(
        f"flush ({label}): {written:>9,} in {elapsed:6.2f} s = {written / max(elapsed, 1e-9):>10,.0f} rows/s "
        f"({how}; {raw:,} raw rows, {daily:,} new daily-count rows)"
    )


def measure_rollup() -> None:
    from events.people.analytics.services import interactions_rollup

    started = time.perf_counter()
    deleted = interactions_rollup()
    elapsed = time.perf_counter() - started
    print(
        f"roll-up: {deleted:>9,} old raw rows deleted in {elapsed:6.2f} s = {deleted / max(elapsed, 1e-9):>10,.0f} rows/s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--events", type=int, default=2_000)
    parser.add_argument("--users", type=int, default=5_000)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--days", type=int, default=30)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases

    from events.people.analytics import recording

    settings.ANALYTICS_RAW_DAYS = max(1, args.days // 2)  # the roll-up then has half the spread to delete
    names = setup_databases(verbosity=0, interactive=False)
    try:
        print(
            f"database: {connection.vendor} ({connection.settings_dict['NAME']})"
            + ("" if connection.vendor == "postgresql" else " — set DATABASE_URL to PostgreSQL for the real figure")
        )
        print(f"buffer: {'Redis ' + settings.REDIS_URL if settings.REDIS_URL else 'this process (no REDIS_URL)'}")
        if settings.REDIS_URL:
            from events.analytics import _redis_client

            _redis_client(settings.REDIS_URL).delete(recording.LIVE_KEY, recording.FLUSHED_KEY, recording.DROPPED_KEY)
        recording.BUFFER_MAX = max(recording.BUFFER_MAX, args.records * 2)
        started = time.perf_counter()
        event_ids, user_ids = seed(args.events, args.users)
        print(f"seeded {len(event_ids):,} events and {len(user_ids):,} people in {time.perf_counter() - started:.1f} s")

        measure_recording(args.records, args.threads, event_ids, user_ids)
        measure_flush("recorded, all today")
        push_spread(args.records, args.days, event_ids, user_ids)
        measure_flush(f"spread over {args.days} days")
        push_spread(args.records, args.days, event_ids, user_ids)
        measure_flush("again: most daily rows exist")
        measure_rollup()
    finally:
        teardown_databases(names, verbosity=0)


if __name__ == "__main__":
    main()
