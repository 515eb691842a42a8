"""The pipeline bench: N synthetic events through normalize → categorize → dedup → quality → upsert →
publish, into PostgreSQL, via Celery workers on Redis (bench/README.md).

    DATABASE_URL=postgres://… REDIS_URL=redis://… python bench/pipeline.py [--events 100000] [--concurrency 2]

Prints events/min, p50/p99 per-event time, time per stage, de-duplication precision/recall/F1 against the
synthetic truth, and the categorizer's accuracy on its held-out split. Without REDIS_URL the batches run
in this process (and it says so); without a PostgreSQL DATABASE_URL it uses SQLite (and says so).
"""

from __future__ import annotations

import argparse
import ast
import collections
import datetime as dt
import itertools
import os
import re
import secrets
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

import synthetic
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test.utils import setup_databases, setup_test_environment, teardown_databases
from tqdm import tqdm

SOURCES = {  # bench source → (adapter, trust, priority): a venue's own calendar, a ticketing API, an aggregator
    "official": ("ics", "official", 10),
    "ticketing": ("ticketmaster", "trusted", 5),
    "aggregator": ("json_api", "standard", 0),
}
TASK_LINE = re.compile(r"process_staged_events\[[^\]]+\] succeeded in ([\d.]+)s: (\{.*\})\s*$")
TASK_FAILED = re.compile(r"process_staged_events\[[^\]]+\] raised unexpected")


def _result_size(result: dict[str, Any]) -> int:
    return sum(result.get(key, 0) for key in ("published", "held", "rejected", "duplicates"))


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SystemExit(f"bench failed: {message}")


def stage(count: int) -> tuple[list[list[int]], dict[str, int], float]:
    """Create the sources and stage the synthetic records; returns the batches (sources interleaved),
    the truth, and the seconds source_sync took to stage them."""
    from sources.adapters.base import RawEvent
    from sources.models import SourceKind
    from sources.services import source_sync
    from tests.factories import SourceFactory

    call_command("loaddata", "cities", verbosity=0)
    sources = {
        name: SourceFactory(slug=f"bench-{name}", adapter=adapter, trust_level=trust, priority=priority, kind=SourceKind.API, city=None)
        for name, (adapter, trust, priority) in SOURCES.items()
    }  # fmt: skip
    per_source: dict[str, list[RawEvent]] = collections.defaultdict(list)
    truth: dict[str, int] = {}
    for index, (name, record) in enumerate(synthetic.generate(count)):
        external_id = f"{name}-{index}"
        truth[f"{sources[name].pk}:{external_id}"] = record["_truth"]
        fields = {key: value for key, value in record.items() if not key.startswith("_")}
        fields["start"] = dt.datetime.fromisoformat(fields["start"])
        fields["end"] = dt.datetime.fromisoformat(fields["end"]) if fields["end"] else None
        per_source[name].append(RawEvent(source=SOURCES[name][0], external_id=external_id, **fields))
    now = dt.datetime.now(tz=dt.UTC)
    size = settings.PIPELINE_BATCH_SIZE
    per_source_batches: list[list[list[int]]] = []
    started = time.perf_counter()
    for name, records in per_source.items():
        _counts, ids = source_sync(source=sources[name], records=records, now=now)
        per_source_batches.append([ids[i : i + size] for i in range(0, len(ids), size)])
    staging_seconds = time.perf_counter() - started
    staged = sum(len(batch) for batches in per_source_batches for batch in batches)
    check(staged == count, f"staged {staged} of {count}")
    # As real schedules feed them: each source's fetch in its own feed order, the sources' batches taking
    # turns (round-robin), so concurrent workers hold batches of different sources listing the same events.
    interleaved = [batch for turn in itertools.zip_longest(*per_source_batches) for batch in turn if batch is not None]
    return interleaved, truth, staging_seconds


def run_inline(batches: list[list[int]]) -> list[tuple[float, dict[str, Any], int]]:
    from events.services import staged_events_process

    tasks = []
    for batch in tqdm(batches, unit="batch", desc="processing (inline)"):
        started = time.perf_counter()
        result = staged_events_process(staged_event_ids=batch)
        tasks.append((time.perf_counter() - started, {"timings": result.timings}, len(batch)))
    return tasks


def run_celery(batches: list[list[int]], concurrency: int, log: Path) -> list[tuple[float, dict[str, Any], int]]:
    """Real workers on Redis against this database; per-task figures from their log."""
    from config.celery import app
    from events.tasks import process_staged_events

    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "DATABASE_URL": f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}",
        "REDIS_URL": settings.REDIS_URL,
        "CONN_MAX_AGE": "600",
    }
    with log.open("w") as output:
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "-Q", "process,default", "-c", str(concurrency),
             "-P", "prefork", "-l", "info", "--without-gossip", "--without-mingle", "-n", f"bench-{os.getpid()}@%h"],
            cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        _wait_for_worker(log, worker)
        app.conf.task_always_eager = False
        ids = [pk for batch in batches for pk in batch]
        workers_before, postgres_before = _cpu_seconds(_process_tree(worker.pid)), _postgres_cpu()
        started = time.perf_counter()
        for batch in batches:
            process_staged_events.delay(batch)
        # Progress from the worker's log (a task's "succeeded" line), not from the database: counting the pending
        # records walked all of them (tens of ms of PostgreSQL CPU a poll at 100,000), inflating the CPU measured.
        # The run ends when every batch has logged its result (its broadcast included).
        with tqdm(total=len(ids), unit="event", desc="processing (celery)") as bar, log.open() as tail:
            finished, partial = 0, ""
            while finished < len(batches):
                time.sleep(0.5)
                check(worker.poll() is None, "the worker died: " + log.read_text()[-2000:])
                *lines, partial = (partial + tail.read()).split("\n")  # a line being written waits for its end
                for line in lines:
                    check(TASK_FAILED.search(line) is None, "a batch failed: " + line)
                    if match := TASK_LINE.search(line):
                        finished += 1
                        bar.update(_result_size(ast.literal_eval(match.group(2))))
        wall = time.perf_counter() - started
        cpu = {
            "workers": _cpu_seconds(_process_tree(worker.pid)) - workers_before,
            "postgres": _postgres_cpu() - postgres_before,
        }
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    tasks = []
    for match in map(TASK_LINE.search, log.read_text().splitlines()):
        if match:
            result = ast.literal_eval(match.group(2))
            tasks.append((float(match.group(1)), result, _result_size(result)))
    check(len(tasks) == len(batches), f"{len(tasks)} task results in the worker log for {len(batches)} batches")
    return [*tasks, (wall, {"wall": True, "cpu": cpu}, 0)]


def _process_tree(root: int) -> list[int]:
    """The process and its descendants (the worker's pool), from /proc."""
    parents: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree.extend(frontier)
    return tree


def _cpu_seconds(pids: list[int]) -> float:
    """User + system CPU of these processes (those that are gone count nothing)."""
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def _postgres_cpu() -> float:
    """CPU used so far by the PostgreSQL server on this machine: the postmaster with the backends it has reaped
    (the workers' connections close after every task, so a backend lives for one batch) and those alive. The
    whole server's, other databases' included: on a shared machine, the difference over the run is an upper
    bound. NaN when PostgreSQL is not on this machine."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        own = cursor.fetchone()[0]
    try:
        postmaster = int(Path(f"/proc/{own}/stat").read_text().rsplit(")", 1)[1].split()[1])
        fields = Path(f"/proc/{postmaster}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return float("nan")
    reaped = sum(int(value) for value in fields[11:15]) / os.sysconf("SC_CLK_TCK")
    return reaped + _cpu_seconds([pid for pid in _process_tree(postmaster) if pid != postmaster])


def _wait_for_worker(log: Path, worker: subprocess.Popen) -> None:
    deadline = time.monotonic() + 60
    while "ready." not in log.read_text():
        check(worker.poll() is None and time.monotonic() < deadline, "worker did not start: " + log.read_text()[-2000:])
        time.sleep(0.3)


def dedup_scores(truth: dict[str, int]) -> tuple[float, float, float]:
    """Pairwise precision/recall/F1: same Event in the database vs the same real-world event in the truth."""
    from events.models import StagedEvent

    predicted: dict[str, Any] = {}
    for source_id, external_id, event_id, pk in StagedEvent.objects.values_list(
        "source_id", "external_id", "event_id", "pk"
    ):
        predicted[f"{source_id}:{external_id}"] = event_id if event_id is not None else f"solo-{pk}"

    def pairs(groups: dict[Any, list[str]]) -> set[tuple[str, str]]:
        return {
            (a, b)
            for members in groups.values()
            for i, a in enumerate(sorted(members))
            for b in sorted(members)[i + 1 :]
        }

    by_truth: dict[Any, list[str]] = collections.defaultdict(list)
    by_event: dict[Any, list[str]] = collections.defaultdict(list)
    for key, cluster in truth.items():
        by_truth[cluster].append(key)
        by_event[predicted.get(key, key)].append(key)
    true_pairs, found = pairs(by_truth), pairs(by_event)
    precision = len(true_pairs & found) / len(found) if found else 1.0
    recall = len(true_pairs & found) / len(true_pairs) if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def extra_events(truth: dict[str, int]) -> tuple[int, int]:
    """Events beyond one per real-world event (duplicates missed, e.g. across concurrent batches), and how
    many real-world events ended up split."""
    from events.models import StagedEvent

    events_of: dict[int, set[int]] = collections.defaultdict(set)
    for source_id, external_id, event_id in StagedEvent.objects.filter(event__isnull=False).values_list(
        "source_id", "external_id", "event_id"
    ):
        cluster = truth.get(f"{source_id}:{external_id}")
        if cluster is not None:
            events_of[cluster].add(event_id)
    events = {event for found in events_of.values() for event in found}
    return len(events) - len(events_of), sum(1 for found in events_of.values() if len(found) > 1)


def categorizer_accuracy() -> tuple[float, int]:
    from events.pipeline import categorize

    held_out = [row for row in categorize.load_corpus() if row.get("split") == "test"]
    evaluation = categorize.evaluate(categorize.load_categorizer(), held_out)
    return evaluation.accuracy, evaluation.count


def report(
    count: int,
    tasks: list[tuple[float, dict[str, Any], int]],
    wall: float,
    truth: dict[str, int],
    mode: str,
    cpu: dict[str, float] | None = None,
) -> None:
    from events.models import Event, StagedEvent

    per_event = sorted(seconds / size * 1000 for seconds, _result, size in tasks if size)
    stages: dict[str, float] = collections.Counter()
    for _seconds, result, _size in tasks:
        stages.update(result.get("timings", {}))
    statuses = collections.Counter(StagedEvent.objects.values_list("status", flat=True))
    precision, recall, f1 = dedup_scores(truth)
    accuracy, tested = categorizer_accuracy()
    duplicates = len(truth) - len(set(truth.values()))
    print(f"\nWhatson pipeline bench — {count:,} events ({duplicates / count:.0%} duplicates, 3 sources), {mode}")
    print(f"  database {connection.vendor}, {os.cpu_count()} cores, batches of {settings.PIPELINE_BATCH_SIZE}\n")
    print(f"  throughput            {count / wall * 60:>12,.0f} events/min   ({wall:.1f} s wall clock)")
    print(
        f"  per event in a batch  p50 {statistics.median(per_event):.3f} ms   p99 {per_event[int(len(per_event) * 0.99) - 1] if len(per_event) > 1 else per_event[0]:.3f} ms"
    )
    if cpu is not None:
        # CPU spent per event barely moves with what else runs on the machine; events/min and latency do.
        total = cpu["workers"] + cpu["postgres"]
        print(
            f"  CPU per event         workers {cpu['workers'] / count * 1000:.3f} ms + PostgreSQL server "
            f"{cpu['postgres'] / count * 1000:.3f} ms = {total / count * 1000:.3f} ms   "
            f"(CPU-bound: {(os.cpu_count() or 1) * 60 * count / total:,.0f} events/min on {os.cpu_count()} cores; "
            f"load average {os.getloadavg()[0]:.1f})"
        )
    print("  time per stage (ms per event, summed over workers):")
    for name in ("load", "normalize", "categorize", "quality", "lock", "dedup", "write"):
        print(f"    {name:<12} {stages.get(name, 0.0) / count * 1000:8.3f}")
    print(f"  outcome               {dict(statuses)}; {Event.objects.count():,} events")
    extra, merged_apart = extra_events(truth)
    print(
        f"  extra events vs truth {extra:>12,}   (real-world events split into more than one event: {merged_apart:,})"
    )
    holds = collections.Counter(
        reason
        for reasons in StagedEvent.objects.filter(status=StagedEvent.Status.HELD).values_list("reasons", flat=True)
        for reason in {re.sub(r"[\d.:]+|event:\S+|«[^»]*»|'[^']*'", "#", text)[:70] for text in reasons or ["(none)"]}
    )
    held = statuses.get(StagedEvent.Status.HELD, 0)
    print(f"  holds by reason       {held:,} held ({held / count:.1%}); a record may have several reasons")
    for reason, n in holds.most_common(8):
        print(f"    {n:>7,} ({n / count:5.1%}) × {reason}")
    print(f"  dedup vs truth        precision {precision:.3f}   recall {recall:.3f}   F1 {f1:.3f}")
    print(f"  categorizer           {accuracy:.1%} top-level accuracy on {tested} held-out examples")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    # Three processes on two cores: while one waits on PostgreSQL, the others compute.
    parser.add_argument("--concurrency", type=int, default=3, help="worker processes")
    args = parser.parse_args()
    # Beside the configured database, never in it: whatson → whatson_bench, whatson_h7 → whatson_h7_bench.
    settings.DATABASES["default"].setdefault("TEST", {})["NAME"] = f"{settings.DATABASES['default']['NAME']}_bench"
    setup_test_environment()
    old = setup_databases(verbosity=0, interactive=False)
    try:
        print(f"staging {args.events:,} synthetic events…", flush=True)
        batches, truth, staging_seconds = stage(args.events)
        print(f"  staged in {staging_seconds:.1f} s ({args.events / staging_seconds:,.0f} rows/s, source_sync only)")
        if settings.REDIS_URL and connection.vendor == "postgresql":
            (ROOT / "var").mkdir(exist_ok=True)
            # Named after the database: two benches on one checkout (other databases) never share a log.
            log = ROOT / "var" / f"bench-worker-{connection.settings_dict['NAME']}.log"
            tasks = run_celery(batches, args.concurrency, log)
            wall, totals, _size = tasks.pop()
            cpu: dict[str, float] | None = totals["cpu"]
            mode = f"Celery on Redis, {args.concurrency} worker processes"
        else:
            started, cpu = time.perf_counter(), None
            tasks = run_inline(batches)
            wall = time.perf_counter() - started
            mode = "inline (no REDIS_URL + PostgreSQL: not the Celery figure)"
        report(args.events, tasks, wall, truth, mode, cpu)
    finally:
        teardown_databases(old, verbosity=0)


if __name__ == "__main__":
    main()
