"""A source's recent past (what source consensus reads once per worker state): the chunked walk against one join.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/whatson python bench/consensus_history.py [--listings 30000]

In a throwaway database beside the configured one (``<name>_consensus``), one source gets ``--listings`` listings
of events categorized by a rule, every one published, then only every 50th (a feed mostly held for moderators).
Each time ``processing.latest_confident_listings`` (the source's listings walked newest first along their index, the
events of each step looked up by key) and the single join it replaced read the source's 200 latest confident
listings, before and after ANALYZE: on a table filling faster than autovacuum analyzes it, the planner's guesses
are what the join runs on. Prints wall time and the PostgreSQL backend's CPU (from /proc) for each, and checks that
both return the same listings.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.conf import settings
from django.db import connection
from django.db.models import Q
from django.test.utils import setup_databases, setup_test_environment, teardown_databases
from django.utils import timezone

from events.models import Category, City, Event, EventListing
from events.pipeline import categorize as categorize_stage
from events.pipeline.categorize.source_consensus import DEFAULT_CONSENSUS_CONFIG
from events.services.processing import SOURCE_HISTORY_EVENTS, latest_confident_listings
from sources.models import Source, SourceKind


def one_join(source_id: int, recent: int) -> list[tuple[str, str]]:
    """The query latest_confident_listings replaced (one join, ordered by first_seen_at, the first `recent`)."""
    config = DEFAULT_CONSENSUS_CONFIG
    confident = Q(event__category_method__in=config.trusted_methods) | Q(
        event__category_method="model", event__category_confidence__gte=categorize_stage.DEFAULT_CONFIG.min_confidence
    )
    listings = EventListing.objects.filter(
        confident,
        source_id=source_id,
        event__category__isnull=False,
        event__moderation_status=Event.ModerationStatus.PUBLISHED,
    )
    return list(listings.order_by("-first_seen_at", "-pk").values_list("external_id", "event__category__slug")[:recent])


def backend_cpu() -> float:
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (pid,) = cursor.fetchone()
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def seed(city: City, count: int, every: int) -> Source:
    category = Category.objects.filter(parent__isnull=True).order_by("pk").first()
    source = Source.objects.create(name="Bench feed", slug=f"bench-feed-{every}", city=city, kind=SourceKind.API)
    now = timezone.now()
    events = Event.objects.bulk_create(
        [
            Event(
                title=f"Event {every}-{n}",
                slug=f"event-{every}-{n}",
                start=now + dt.timedelta(days=1, minutes=n),
                timezone="UTC",
                city=city,
                category=category,
                category_method="rules",
                category_confidence=0.9,
                moderation_status="published" if n % every == 0 else "held",
            )
            for n in range(count)
        ],
        batch_size=5000,
    )
    EventListing.objects.bulk_create(
        [
            # A thousand fetches' worth of ties: listings staged together share their first_seen_at.
            EventListing(
                event=event, source=source, external_id=f"x{n}", first_seen_at=now - dt.timedelta(seconds=n % 1000)
            )
            for n, event in enumerate(events)
        ],
        batch_size=5000,
    )
    return source


def measure(label: str, source: Source) -> None:
    answers = []
    for name, read in (
        ("chunked walk", lambda: latest_confident_listings([source.pk], SOURCE_HISTORY_EVENTS)[source.pk]),
        ("one join", lambda: one_join(source.pk, SOURCE_HISTORY_EVENTS)),
    ):
        cpu, wall = backend_cpu(), time.perf_counter()
        rows = read()
        wall, cpu = time.perf_counter() - wall, backend_cpu() - cpu
        answers.append(rows)
        print(
            f"  {label:50s} {name:13s} {len(rows):>4} rows  wall {wall * 1000:9.1f} ms  PostgreSQL CPU {cpu * 1000:7.0f} ms"
        )
    print(f"  {'':50s} same listings: {'yes' if answers[0] == answers[1] else 'NO'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listings", type=int, default=30_000)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("set DATABASE_URL to PostgreSQL: the planner's choice is what this measures")
    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = f"{settings.DATABASES['default']['NAME']}_consensus"
    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        city = City.objects.create(name="Bench City", slug="bench-city", timezone="UTC", latitude=51.5, longitude=-0.1)
        # Both feeds seeded first, so that the first reads see tables that have never been analyzed.
        feeds = {"all published": seed(city, args.listings, 1), "every 50th published": seed(city, args.listings, 50)}
        for stats in ("no ANALYZE", "ANALYZEd"):
            for share, source in feeds.items():
                measure(f"{args.listings:,} listings, {share}, {stats}", source)
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE events_event; ANALYZE events_eventlisting")
    finally:
        teardown_databases(old, verbosity=0)


if __name__ == "__main__":
    main()
