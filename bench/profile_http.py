"""Where one page's time goes: cProfile and the SQL of N requests, in-process, against the HTTP bench's data.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/whatson_bench REDIS_URL=redis://127.0.0.1:6379/7 \\
        python bench/profile_http.py /cities/chicago/ [--requests 20] [--cold] [--explain] [--cpu]

Runs with the same settings as bench/http_load.py (production's, HTTPS off) through Django's test client, so
middleware, templates and the cache are all in the picture. Run bench/http_load.py once first (it seeds).
Prints the mean time per request, the queries of the last request (count, time, the slowest ones, the
most repeated shapes), ``EXPLAIN ANALYZE`` of the slowest ones with --explain, and the top functions by
cumulative and by own time. --cold clears the cache before every request (what a change of the public
generation does to a page); otherwise the first request warms it and is left out of the profile.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import io
import os
import pstats
import re
import secrets
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != ROOT / "bench"]
sys.path.insert(0, str(ROOT))


def setup() -> None:
    os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/whatson_bench")
    os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings_bench"
    if len(os.environ.get("SECRET_KEY", "")) < 50:
        os.environ["SECRET_KEY"] = secrets.token_urlsafe(64)
    os.environ.update({"HTTPS": "false", "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
                       "API_ANON_RATE": "1000000/minute", "LOG_LEVEL": "ERROR"})  # fmt: skip
    import django

    django.setup()


def shape(sql: str) -> str:
    """A query with its literals taken out, so repeats of one query with other values count together."""
    return re.sub(r"\b\d+\b", "N", re.sub(r"'[^']*'", "'?'", sql))[:160]


def report_queries(last: list[dict[str, str]], *, explain: bool) -> None:
    from django.db import connection

    total = sum(float(q["time"]) for q in last)
    print(f"last request: {len(last)} queries, {1000 * total:.1f} ms in SQL")
    for query in sorted(last, key=lambda q: -float(q["time"]))[:8]:
        print(f"  {1000 * float(query['time']):7.1f} ms  {query['sql'][:300]}")
    for sql, count in Counter(shape(q["sql"]) for q in last).most_common(5):
        if count > 1:
            print(f"  repeated x{count}: {sql}")
    if explain:
        with connection.cursor() as cursor:
            for query in sorted(last, key=lambda q: -float(q["time"]))[:3]:
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {query['sql']}")
                print("\n" + query["sql"][:400])
                print("\n".join(row[0] for row in cursor.fetchall()))


def report_profile(profiler: cProfile.Profile, *, top: int) -> None:
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(top)
        print(f"\n--- top {top} by {order} ---")
        print("\n".join(line for line in out.getvalue().splitlines() if line.strip()))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--requests", type=int, default=20)
    parser.add_argument(
        "--cold", action="store_true", help="clear the caches (Redis, in-process pages) before each request"
    )
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE the three slowest queries")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--cpu", action="store_true", help="profile CPU time (process_time), not wall time: "
                        "steadier on a busy machine, and leaves out waits on PostgreSQL and Redis")  # fmt: skip
    args = parser.parse_args()
    setup()
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    def cold() -> None:
        cache.clear()
        for module in ("events.views.pages",):  # pages kept in process memory too (LocalPages), when there
            local = getattr(importlib.import_module(module), "local_pages", None)
            if local is not None:
                local.clear()

    client = Client()
    first = client.get(args.path)
    print(f"{args.path}: {first.status_code}, {len(first.content):,} bytes")
    profiler = cProfile.Profile(time.process_time) if args.cpu else cProfile.Profile()
    timings, cpu_used = [], time.process_time()
    with CaptureQueriesContext(connection) as queries:
        for _ in range(args.requests):
            if args.cold:
                cold()
            start = len(queries.captured_queries)
            began = time.perf_counter()
            profiler.enable()
            response = client.get(args.path)
            profiler.disable()
            timings.append(time.perf_counter() - began)
            if response.status_code != 200:
                raise SystemExit(f"{args.path} answered {response.status_code}")
        last = queries.captured_queries[start:]
    cpu_used = time.process_time() - cpu_used
    timings.sort()
    print(f"{args.requests} requests ({'cold cache' if args.cold else 'warm cache'}): mean {1000 * sum(timings) / len(timings):.1f} ms, "
          f"median {1000 * timings[len(timings) // 2]:.1f} ms, CPU {1000 * cpu_used / args.requests:.1f} ms "
          "(in-process, no wrk, no gunicorn; profiler overhead included)")  # fmt: skip
    report_queries(last, explain=args.explain)
    report_profile(profiler, top=args.top)


if __name__ == "__main__":
    main()
