"""The digest bench: N confirmed subscribers over C cities, each with a saved filter, sent their weekly digest.

    DATABASE_URL=postgres://… python bench/digests.py [--subscribers 50000] [--cities 40] [--events-per-city 160]
        [--transport smtp|anymail|both] [--batch-size 500]

Seeds a throwaway test database (PostgreSQL when DATABASE_URL points at one, else SQLite, and says so): the
cities fixture, areas and venues, published upcoming events in the next ten days with categories, prices and
start times, then the subscribers, in bulk, with varied filters (none, categories, an area, keywords, free only,
weekends, evenings, and combinations), a fifth of them daily. Then ``digests_send(force=True)``, the path the
command and beat take (claim, set-based selection, render, hand over, mark), in this process:

- ``smtp``: Django's SMTP backend to an SMTP sink in another process (aiosmtpd, counting and discarding);
- ``anymail``: anymail's test backend (its full message preparation, no network), outbox emptied as it goes.

Prints digests/s of wall time and per CPU-second of this process (the "per core" figure: the database and the
SMTP sink run in their own processes), the queries per batch (one UPDATE per handed-over digest, marking its row
sent at once; the rest grow with distinct filter values, not with subscribers: selection is set-based), and this
process's RSS at the start, after each tenth and at the end (memory must stay flat: nothing is kept per digest).
A second ``--force`` run over the same period checks that nothing is sent twice. Nothing here asserts a speed.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import resource
import signal
import socket
import subprocess
import sys
import time
import zoneinfo
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET = 300  # digests rendered and handed over per second per core
BATCH = 2_000


def rss_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * resource.getpagesize() / 1e6


# --- the SMTP sink (a child process of this script) ------------------------------------------------------


def run_sink(port: int) -> None:
    """An SMTP server that accepts every message, counts it and keeps nothing; prints the count on SIGTERM."""
    from aiosmtpd.controller import Controller

    class Counter:
        received = 0

        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802 (aiosmtpd's hook name)
            Counter.received += 1
            return "250 OK"

    controller = Controller(Counter(), hostname="127.0.0.1", port=port, data_size_limit=1_000_000)
    controller.start()
    stopping = asyncio.Event()

    def stop(*_: Any) -> None:
        controller.stop()
        print(Counter.received, flush=True)
        sys.exit(0)

    signal.signal(signal.SIGTERM, stop)
    print("ready", flush=True)
    while not stopping.is_set():
        time.sleep(3600)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


# --- the data -------------------------------------------------------------------------------------------


def seed_events(rng: random.Random, cities: list[Any], per_city: int, now: dt.datetime) -> int:
    """Areas, venues and published events starting within the next ten days, per city."""
    import synthetic
    from django.utils.text import slugify

    from events.models import Area, Category, Event, Venue

    top = {category.slug: category for category in Category.objects.filter(parent__isnull=True)}
    events: list[Event] = []
    count = 0
    for city in cities:
        zone = zoneinfo.ZoneInfo(city.timezone)
        areas = Area.objects.bulk_create(
            Area(city=city, name=name, slug=slugify(name), radius_km=2, latitude=city.latitude, longitude=city.longitude)
            for name in ("Old Town", "Riverside", "Arts District")
        )  # fmt: skip
        venues = Venue.objects.bulk_create(
            Venue(name=f"{word} {kind}", slug=slugify(f"{word} {kind}"), city=city, area=areas[index % 3],
                  address=f"{index + 1} Market St, {city.name}", latitude=city.latitude, longitude=city.longitude)
            for index, (word, kind) in enumerate(zip(synthetic.VENUE_WORDS[:20], synthetic.VENUE_KINDS * 2, strict=False))
        )  # fmt: skip
        for index in range(per_city):
            template, category_slug = rng.choice(synthetic.FORMATS)
            title = template.format(act=rng.choice(synthetic.ACTS), city=city.name)
            venue = rng.choice(venues)
            day = (now + dt.timedelta(days=rng.randrange(0, 10))).astimezone(zone).date()
            start = dt.datetime.combine(day, dt.time(rng.choice([10, 13, 18, 19, 20, 21, 23]), 0), tzinfo=zone)
            if start <= now:
                start += dt.timedelta(days=1)
            free = rng.random() < 0.3
            events.append(
                Event(title=title, slug=slugify(title)[:300] or "event",
                      description=f"{title} at {venue.name}: an evening of {category_slug.replace('_', ' ')}.",
                      start=start.astimezone(dt.UTC), end=(start + dt.timedelta(hours=2)).astimezone(dt.UTC),
                      timezone=city.timezone, city=city, venue=venue, venue_name=venue.name, address=venue.address,
                      url=f"https://events.example/{city.slug}/{index}", category=top[category_slug],
                      cost_type="free" if free else "paid", price_min=None if free else Decimal(rng.choice([8, 12, 20])),
                      price_max=None if free else Decimal(25), currency="" if free else "USD",
                      moderation_status=Event.ModerationStatus.PUBLISHED, quality_score=0.9, published_at=now)
            )  # fmt: skip
            count += 1
            if len(events) >= BATCH:
                Event.objects.bulk_create(events)
                events = []
    Event.objects.bulk_create(events)
    return count


def saved_filter(rng: random.Random, categories: list[str], words: list[str]) -> dict[str, Any]:
    """A subscriber's filter, in the shapes people choose (most pick one or two things, many none)."""
    roll = rng.random()
    if roll < 0.25:
        return {}
    if roll < 0.55:
        return {"category": sorted(rng.sample(categories, rng.choice([1, 1, 2, 3])))}
    if roll < 0.65:
        return {"area": [rng.choice(["old-town", "riverside", "arts-district"])]}
    if roll < 0.75:
        return {"q": rng.choice(words)}
    if roll < 0.85:
        return {"free": True, "days": ["sat", "sun"]}
    if roll < 0.95:
        return {"category": [rng.choice(categories)], "times": ["evening", "night"]}
    return {"category": sorted(rng.sample(categories, 2)), "free": True, "days": ["fri", "sat"]}


def seed_subscribers(rng: random.Random, cities: list[Any], count: int, now: dt.datetime) -> None:
    from digests.models import Subscription
    from events.models import Category

    categories = list(Category.objects.filter(parent__isnull=True).values_list("slug", flat=True))
    words = ["jazz", "market", "comedy", "yoga", "quartet", "night", "film", "craft"]
    rows = []
    for index in range(count):
        rows.append(
            Subscription(email=f"reader{index}@mailbox.example.org", city=cities[index % len(cities)],
                         filters=saved_filter(rng, categories, words),
                         cadence="daily" if index % 5 == 0 else "weekly", status=Subscription.Status.ACTIVE,
                         confirmed_at=now, created_at=now)
        )  # fmt: skip
        if len(rows) >= BATCH:
            Subscription.objects.bulk_create(rows)
            rows = []
    Subscription.objects.bulk_create(rows)


# --- the run --------------------------------------------------------------------------------------------


class Watch:
    """Progress and the figures of one run: batches, queries per batch, RSS samples."""

    def __init__(self, total: int) -> None:
        from tqdm import tqdm

        self.bar = tqdm(total=total, unit="subscriber", file=sys.stderr, leave=False)
        self.total, self.done, self.rss = total, 0, [rss_mb()]
        self.next_sample = total / 10

    def __call__(self, done: int, total: int, result: Any) -> None:
        self.bar.update(done)
        self.done += done
        if self.done >= self.next_sample:
            self.rss.append(rss_mb())
            self.next_sample += self.total / 10

    def close(self) -> None:
        self.bar.close()
        self.rss.append(rss_mb())


def run(transport: str, batch_size: int, now: dt.datetime) -> dict[str, Any]:
    from django.conf import settings
    from django.db import connection, reset_queries

    from digests.models import DigestSend
    from digests.services.sending import digests_send

    settings.DEBUG = True  # count queries (the list is reset after each batch: it does not grow)
    counts: list[int] = []
    marks: list[int] = []  # of those, the per-message UPDATE marking one handed-over digest sent (_mark_sent)
    watch = Watch(total=0)

    def progress(done: int, total: int, result: Any) -> None:
        if watch.total == 0:
            watch.total, watch.bar.total, watch.next_sample = total, total, total / 10
        counts.append(len(connection.queries))
        marks.append(
            sum('"sent_at"' in query["sql"] and query["sql"].startswith("UPDATE") for query in connection.queries)
        )
        reset_queries()
        watch(done, total, result)

    DigestSend.objects.all().delete()
    reset_queries()
    wall, cpu = time.perf_counter(), time.process_time()
    totals = digests_send(now=now, force=True, batch_size=batch_size, progress=progress)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    watch.close()
    again = digests_send(now=now, force=True, batch_size=batch_size)
    settings.DEBUG = False
    return {"transport": transport, "totals": totals, "wall": wall, "cpu": cpu, "queries": counts,
            "marks": marks, "rss": watch.rss, "again": again}  # fmt: skip


def report(result: dict[str, Any]) -> None:
    totals, wall, cpu = result["totals"], result["wall"], result["cpu"]
    handled = totals.sent
    queries = result["queries"] or [0]
    rss = result["rss"]
    print(f"\n[{result['transport']}] due {totals.due:,} · sent {totals.sent:,} · nothing new {totals.empty:,} · "
          f"suppressed {totals.suppressed:,} · failed {totals.failed:,} in {totals.batches} batches")  # fmt: skip
    print(f"  {handled / wall:,.0f} digests/s wall ({wall:.1f} s) · {handled / cpu:,.0f} digests per CPU-second of "
          f"the sender ({cpu:.1f} s CPU) · target ≥ {TARGET}/s per core")  # fmt: skip
    rest = [total - marked for total, marked in zip(queries, result["marks"] or [0], strict=False)]
    print(f"  queries per batch: min {min(queries)}, max {max(queries)}: one UPDATE per handed-over digest (its row is "
          f"marked sent right after its handoff, so a killed worker never sends it twice) and the rest (claim, "
          f"set-based selection, render, other marks) min {min(rest)}, max {max(rest)}")  # fmt: skip
    print(
        f"  RSS MB: start {rss[0]:.0f}, every tenth {', '.join(f'{value:.0f}' for value in rss[1:-1])}, end {rss[-1]:.0f}"
    )
    again = result["again"]
    print(
        f"  a second --force over the same period: due {again.due}, sent {again.sent} (once per subscriber and period)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subscribers", type=int, default=50_000)
    parser.add_argument("--cities", type=int, default=40)
    parser.add_argument("--events-per-city", type=int, default=160)
    parser.add_argument("--transport", choices=("smtp", "anymail", "both"), default="both")
    parser.add_argument("--batch-size", type=int, default=500)
    parser.add_argument("--sink", type=int, help=argparse.SUPPRESS)  # internal: run the SMTP sink on this port
    args = parser.parse_args()
    if args.sink:
        run_sink(args.sink)
        return

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    os.environ["DIGEST_SEND_RATE"] = "0"  # no pacing: the bench measures the sender, not an ESP's limit
    sys.path.insert(0, str(ROOT / "bench"))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.test.utils import setup_databases, teardown_databases
    from django.utils import timezone

    from events.models import City

    settings.DIGEST_SEND_RATE = 0
    names = setup_databases(verbosity=0, interactive=False)
    print(f"database: {connection.vendor} ({connection.settings_dict['NAME']})"
          + ("" if connection.vendor == "postgresql" else " — set DATABASE_URL to PostgreSQL for the real figure"))  # fmt: skip
    try:
        rng = random.Random(7)
        now = timezone.now()
        started = time.perf_counter()
        call_command("loaddata", "cities", verbosity=0)
        cities = list(City.objects.order_by("slug")[: args.cities])
        events = seed_events(rng, cities, args.events_per_city, now)
        seed_subscribers(rng, cities, args.subscribers, now)
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        print(f"seeded {len(cities)} cities, {events:,} events, {args.subscribers:,} subscribers "
              f"in {time.perf_counter() - started:.0f} s")  # fmt: skip
        transports = ("smtp", "anymail") if args.transport == "both" else (args.transport,)
        for transport in transports:
            report(run_transport(transport, args.batch_size, now))
    finally:
        teardown_databases(names, verbosity=0)


def run_transport(transport: str, batch_size: int, now: dt.datetime) -> dict[str, Any]:
    from django.conf import settings

    if transport == "anymail":
        settings.EMAIL_BACKEND = "bench.digest_backend.EmailBackend"
        return run(transport, batch_size, now)
    port = free_port()
    sink = subprocess.Popen([sys.executable, __file__, "--sink", str(port)], stdout=subprocess.PIPE, text=True)
    try:
        if sink.stdout is None or sink.stdout.readline().strip() != "ready":
            raise SystemExit("bench failed: the SMTP sink did not start")
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
        settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False
        settings.EMAIL_HOST_USER = settings.EMAIL_HOST_PASSWORD = ""
        result = run(transport, batch_size, now)
    finally:
        sink.send_signal(signal.SIGTERM)
        received, _ = sink.communicate(timeout=30)
    result["transport"] = f"smtp: the sink received {int(received.strip() or 0):,} messages"
    return result


if __name__ == "__main__":
    main()
