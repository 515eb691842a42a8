"""Ingestion and page-rendering figures for the foundation (run with `make bench`).

Builds a synthetic calendar, then measures: parsing + normalizing (no database), fetch → stage → publish
into the database, an unchanged re-fetch, 1,000 events end to end (cold: the process's first; warm: the next
1,000; wall time and CPU), and the city page. Uses a throwaway test database: PostgreSQL when DATABASE_URL
points at one, else in-memory SQLite.

    python bench/ingest.py [--events 5000] [--requests 300]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import setup_databases, setup_test_environment, teardown_databases
from django.utils import timezone

# spaCy imported here, as Django's setup did before the categorizer package loaded it lazily (a worker imports it
# when it starts): "cold" is the process's first 1,000 events with the model loaded from disk, not Python's import.
import events.pipeline.categorize.model  # noqa: F401

VENUES = ["Blue Lantern", "The Empty Bottle", "Riverside Hall", "Harbor Stage", "Lincoln Hall", "Metro", "Thalia Hall"]
WORDS = ["Jazz", "Night", "Market", "Comedy", "Quartet", "Workshop", "Festival", "Trivia", "Salsa", "Meetup", "Film"]


def calendar_text(count: int, *, seed: int, start: dt.date) -> str:
    rng = random.Random(seed)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Whatson bench//EN", "X-WR-TIMEZONE:America/Chicago"]
    for index in range(count):
        day = start + dt.timedelta(days=rng.randrange(1, 300))
        hour = rng.choice([11, 18, 19, 20, 21])
        lines += [
            "BEGIN:VEVENT",
            f"UID:bench-{seed}-{index}@bench.example",
            "DTSTAMP:20260101T000000Z",
            f"DTSTART;TZID=America/Chicago:{day:%Y%m%d}T{hour:02d}0000",
            f"DTEND;TZID=America/Chicago:{day:%Y%m%d}T{hour + 2:02d}0000",
            f"SUMMARY:{' '.join(rng.sample(WORDS, 3))} #{index}",
            f"DESCRIPTION:<p>An evening of {rng.choice(WORDS).lower()}.</p>",
            f"LOCATION:{rng.choice(VENUES)}\\, {rng.randrange(1, 999)} N Main St\\, Chicago",
            f"URL:https://bench.example/{seed}/e/{index}",  # one page per event, across both calendars
            "CATEGORIES:Music",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\n".join(lines) + "\n"


def check(condition: bool, message: str) -> None:
    """A bench that measured the wrong thing must say so, not print a figure."""
    if not condition:
        raise SystemExit(f"bench failed: {message}")


def timed(fn):
    started = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - started


def bench_parse(text: str, count: int) -> None:
    from events.pipeline.normalize import normalize
    from sources.adapters.base import AdapterContext, RawEvent
    from sources.adapters.ics import ICalendarAdapter
    from sources.services import default_window

    adapter = ICalendarAdapter(config={}, context=AdapterContext(source="ics", window=default_window()))
    records, seconds = timed(
        lambda: [normalize(r.to_json()) for r in adapter.parse(text.encode()) if isinstance(r, RawEvent)]
    )
    check(len(records) == count, f"parsed {len(records)} of {count} events")
    print(
        f"parse + normalize (no DB)      {count:>7,} events  {seconds:7.2f} s  {count / seconds * 60:>12,.0f} events/min"
    )


def _backend_cpu() -> float | None:
    """CPU seconds used so far by this connection's PostgreSQL backend (None: not PostgreSQL on this machine)."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Clock:
    """Wall time, this process's CPU and its PostgreSQL backend's CPU since the last lap."""

    def __init__(self) -> None:
        self.marks = self._now()

    @staticmethod
    def _now() -> tuple[float, float, float | None]:
        return time.perf_counter(), time.process_time(), _backend_cpu()

    def lap(self) -> tuple[float, float, float | None]:
        now, before = self._now(), self.marks
        self.marks = now
        db = None if now[2] is None or before[2] is None else now[2] - before[2]
        return now[0] - before[0], now[1] - before[1], db


def _cpu(cpu: float, db: float | None) -> str:
    return f"CPU {cpu:.2f} s" + ("" if db is None else f" + db {db:.2f} s")


def bench_fetch(path: Path, count: int, label: str, *, keep: bool = True) -> None:
    """fetch → stage → publish of one calendar, in this process (batches one after another), then a re-fetch.
    Wall time swings with the machine's load; CPU (this process + its PostgreSQL backend) barely does. Without
    ``keep`` its events and records are deleted after (so later calendars are not held as its duplicates)."""
    from events.services import ProcessResult, staged_events_process
    from sources.services import batches, source_fetch
    from tests.factories import CityFactory, SourceFactory

    city = CityFactory(name="Chicago", slug="chicago", timezone="America/Chicago")
    source = SourceFactory(slug=f"bench-{label.replace(' ', '-')}", city=city, config={"path": str(path)})

    def run() -> tuple[object, ProcessResult, tuple[float, float, float | None], tuple[float, float, float | None]]:
        clock = Clock()
        outcome = source_fetch(source=source, trigger="command")
        staging = clock.lap()
        result = ProcessResult()
        for batch in batches(outcome.pending_ids):
            result.add(staged_events_process(staged_event_ids=batch))
        return outcome, result, staging, clock.lap()

    outcome, result, staging, processing = run()
    seconds = staging[0] + processing[0]
    if result.published != count:
        from events.models import StagedEvent

        unpublished = StagedEvent.objects.filter(source=source).exclude(status=StagedEvent.Status.PUBLISHED)
        why = [(staged.external_id, staged.status, staged.reasons) for staged in unpublished[:3]]
        check(False, f"published {result.published} of {count}: {why} {outcome.run.errors[:3]}")  # type: ignore[attr-defined]
    print(
        f"fetch → stage → publish ({label:>7}) {count:>7,} events  {seconds:7.2f} s  {count / seconds * 60:>12,.0f} events/min"
        f"   (read + stage {staging[0]:.2f} s, {_cpu(*staging[1:])}; process + publish {processing[0]:.2f} s,"
        f" {_cpu(*processing[1:])})"
    )
    _, _, staging, processing = run()
    seconds = staging[0] + processing[0]
    print(
        f"re-fetch, nothing changed         {count:>7,} events  {seconds:7.2f} s  {count / seconds * 60:>12,.0f} events/min"
        f"   ({_cpu(staging[1] + processing[1], None if staging[2] is None or processing[2] is None else staging[2] + processing[2])})"
    )
    if not keep:
        from events.models import Event

        Event.objects.filter(staged_events__source=source).delete()
        source.delete()


def bench_pages(requests: int) -> None:
    client = Client()
    timings: list[float] = []
    for _ in range(requests):
        started = time.perf_counter()
        response = client.get("/cities/chicago/")
        timings.append(time.perf_counter() - started)
        check(response.status_code == 200, f"city page answered {response.status_code}")
    timings.sort()
    p50, p99 = statistics.median(timings) * 1000, timings[int(len(timings) * 0.99) - 1] * 1000
    print(f"city page (in-process client)  {requests:>7,} requests {sum(timings):6.2f} s  {requests / sum(timings):>12,.0f} req/s"
          f"   p50 {p50:.1f} ms, p99 {p99:.1f} ms")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    setup_test_environment()
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        vendor = connection.vendor
        print(f"Whatson ingest bench — database: {vendor}, {os.cpu_count()} cores, Python {sys.version.split()[0]}\n")
        today = timezone.localdate()
        with tempfile.TemporaryDirectory() as folder:
            settings.SOURCE_FILE_ROOTS = [Path(folder)]
            big = Path(folder) / "big.ics"
            big.write_text(calendar_text(args.events, seed=1, start=today))
            small = Path(folder) / "small.ics"
            small.write_text(calendar_text(1000, seed=2, start=today))
            other = Path(folder) / "other.ics"
            other.write_text(calendar_text(1000, seed=3, start=today))
            bench_parse(big.read_text(), args.events)
            # Cold: the first batches of this process load the categorizer and the pipeline's state (and freeze
            # the collector), as a worker's first batch would if it had not loaded them before forking (events/
            # tasks.py does). Warm: another 1,000 new events once they are loaded, as a running worker takes them.
            bench_fetch(small, 1000, "1k cold")
            bench_fetch(other, 1000, "1k warm", keep=False)
            bench_fetch(big, args.events, "big")
            bench_pages(args.requests)
    finally:
        teardown_databases(old_config, verbosity=0)


if __name__ == "__main__":
    main()
