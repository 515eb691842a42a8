"""Gunicorn settings and hooks (``gunicorn -c config/gunicorn.py config.wsgi:application …``).

Workers: gthread, 2 x the CPUs available (``WEB_CONCURRENCY`` overrides), ``GUNICORN_THREADS`` threads each
(default 2), keep-alive 5 s (see below and bench/README.md for the measurements behind them).

``preload_app``: the master imports the application once (Django set up, URL configuration, templates and
locale data warmed by config/wsgi.py) and forks ready workers, instead of each worker importing it on its
own (seconds of CPU each; under load, a new worker's first request waited for all of it). The catch: code
changes need a full restart, not a HUP. Nothing in the import opens a database or Redis connection (Django
connects lazily; redis-py pools reset themselves in a forked child), so workers share no sockets.

``pre_fork`` freezes what the master loaded (``gc.freeze()``): the application is ~290,000 objects (spaCy's
categorizer, Django, templates), and a full collection walking them costs ~155 ms of CPU on this 2-CPU box; a
worker ran one every few hundred requests, and the request that triggered it (and those queued behind it) waited:
the p99 of the HTTP bench swung between 13 ms and 450 ms from run to run. Frozen objects are left out of every
collection (they live as long as the process anyway) and are no longer written to by the collector, so the forked
workers keep sharing their pages with the master.

Prometheus multiprocess mode:

With ``PROMETHEUS_MULTIPROC_DIR`` set, every worker process writes its request counters to files in that
directory and ``/metrics``, whichever worker answers it, adds them all up (config/metrics.py). The directory
must start empty (files left from a previous run would be added in) and the files of a worker that exited are
kept (counters never go backwards) but marked dead. Without the variable these hooks do nothing.
See docs/operations.md.
"""

from __future__ import annotations

import gc
import os
import shutil
from pathlib import Path
from typing import Any

preload_app = True


def available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the CPUs this container/process may run on
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# gthread workers: they keep a client's connection alive between requests (a sync worker closes it after each
# answer, so every request pays a new TCP connection in the kernel and in gunicorn) and a few threads let a
# worker wait on PostgreSQL for one request while answering another. Command-line flags override these.
worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY") or 0) or 2 * available_cpus()
threads = int(os.environ.get("GUNICORN_THREADS") or 2)
keepalive = 5
# The access log without most healthy /healthz probes (a load balancer asks every few seconds): config/probes.py.
logger_class = "config.probes.ProbeQuietLogger"


def multiprocess_directory() -> Path | None:
    directory = os.environ.get("PROMETHEUS_MULTIPROC_DIR", "")
    return Path(directory) if directory else None


def on_starting(server: Any) -> None:
    """In the master, before any worker exists: an empty metrics directory.

    With preload_app this runs after the application was imported; that import records no metric (the
    metrics are labelled, so no value exists before a request counts one), so nothing of the master's is lost.
    """
    directory = multiprocess_directory()
    if directory is None:
        return
    if directory.exists():
        for entry in directory.iterdir():
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()
    directory.mkdir(parents=True, exist_ok=True)


def pre_fork(server: Any, worker: Any) -> None:
    """In the master, before a worker is forked: the loaded application's objects out of the collector's reach
    (see the module's docstring). Garbage is collected first so that nothing collectable is frozen."""
    gc.collect()
    gc.freeze()


def child_exit(server: Any, worker: Any) -> None:
    """A worker exited (restart, crash, max-requests): its live gauges stop counting; its counters stay."""
    if multiprocess_directory() is None:
        return
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
