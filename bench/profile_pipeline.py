"""Where the pipeline's CPU goes, in one process: the bench's synthetic events staged into a throwaway database,
then processed inline batch after batch (the first batch a warm-up, then the heap frozen as a worker does), with
this process's CPU per stage and, with --profile, cProfile (wall clock: its CPU-time timer is a system call per
function call, which swamps what it measures; profile on a quiet machine).

    DATABASE_URL=postgres://… REDIS_URL=redis://… python bench/profile_pipeline.py [--events 3000]
        [--profile out.prof] [--top 40] [--dump rows.json]

--dump writes every staged row's outcome (normalized record, status, reasons, quality, similarity, dedup) and its
event's stored fields, in a stable order: two runs on the same events compare with `cmp` (a change that must not
change results). Without DATABASE_URL it uses in-memory SQLite (its CPU is then this process's).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import json
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import pipeline
from django.conf import settings
from django.db import connection
from django.test.utils import setup_databases, setup_test_environment, teardown_databases


def _backend_cpu() -> float:
    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    return pipeline._cpu_seconds([pid])


def dump(path: Path) -> str:
    from events.models import Event, StagedEvent

    events = {
        row["pk"]: row
        for row in Event.objects.order_by("pk").values(
            "pk", "title", "slug", "category__slug", "subcategory__slug", "start", "end", "venue__name",
            "organizer__name", "moderation_status", "status", "description", "url", "price_min", "price_max",
            "category_method", "category_confidence", "quality_score",
        )
    }  # fmt: skip
    rows = []
    for row in StagedEvent.objects.order_by("source__slug", "external_id").values(
        "source__slug", "external_id", "normalized", "status", "reasons", "quality_score", "quality_report",
        "similarity", "dedup", "event_id",
    ):  # fmt: skip
        event = events.get(row.pop("event_id"))
        row["event"] = {k: v for k, v in event.items() if k != "pk"} if event else None
        rows.append(row)
    text = json.dumps(rows, sort_keys=True, default=str, indent=0)
    path.write_text(text)
    return hashlib.sha256(text.encode()).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=3000)
    parser.add_argument("--profile", type=Path, help="write cProfile stats here")
    parser.add_argument("--top", type=int, default=0, help="profile, and print this many functions by self time")
    parser.add_argument("--dump", type=Path, help="write the stored outcome here (compare two runs with cmp)")
    args = parser.parse_args()
    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = f"{settings.DATABASES['default']['NAME']}_profile"
    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        from events.services import processing

        batches, _truth, _seconds = pipeline.stage(args.events)
        processing.staged_events_process(staged_event_ids=batches[0])  # loads the categorizer and the state
        gc.collect()
        gc.freeze()  # as a worker does before its pool forks (events/tasks.py)
        # The stages' own timers on CPU time, not wall time (the machine is shared).
        processing.time = type("CPUClock", (), {"perf_counter": staticmethod(time.process_time)})  # type: ignore[assignment]
        measured = [pk for batch in batches[1:] for pk in batch]
        profiler = (
            cProfile.Profile() if args.profile or args.top else None
        )  # wall clock: a CPU clock costs a system call a call
        timings: dict[str, float] = {}
        cpu, backend = time.process_time(), _backend_cpu()
        for batch in batches[1:]:
            if profiler:
                profiler.enable()
            result = processing.staged_events_process(staged_event_ids=batch)
            if profiler:
                profiler.disable()
            for name, seconds in result.timings.items():
                timings[name] = timings.get(name, 0.0) + seconds
        cpu, backend = time.process_time() - cpu, _backend_cpu() - backend
        count = len(measured)
        print(
            f"\n{count:,} events in {len(batches) - 1} batches after a warm-up of {len(batches[0])}, {connection.vendor}"
        )
        print(
            f"  this process {cpu / count * 1000:.3f} ms CPU an event; PostgreSQL backend {backend / count * 1000:.3f} ms"
        )
        staged = sum(timings.values())
        for name, seconds in timings.items():
            print(f"    {name:<12} {seconds / count * 1000:.3f}")
        print(
            f"    {'(untimed)':<12} {(cpu - staged) / count * 1000:.3f}   (the broadcast after commit, the collector)"
        )
        if profiler:
            if args.profile:
                profiler.dump_stats(args.profile)
            pstats.Stats(profiler).sort_stats("tottime").print_stats(args.top)
        if args.dump:
            print(f"dump {args.dump}: sha256 {dump(args.dump)}")
    finally:
        teardown_databases(old, verbosity=0)


if __name__ == "__main__":
    main()
