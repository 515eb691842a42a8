"""Operator endpoints: ``/health`` (every dependency, with latencies) and ``/healthz`` (database and cache).

``/health`` answers ``{"status": "ok"|"degraded"|"failing", "checks": {"database": …, "cache": …, "celery": …}}``
with 200 when everything is ok and 503 otherwise (degraded included: a load balancer or monitor that only sees
the status code still notices). Each check carries ``latency_ms``. The checks run side by side in threads and
the answer waits at most ``CHECK_TIMEOUT_SECONDS`` for them: a dependency that hangs (a black-holed host) is
reported as failing instead of holding the probe. Only exception class names are reported, never messages,
which can carry hostnames or credentials; the details go to the log.

``/healthz`` is the short form the load balancer and the compose healthcheck use: database and cache only,
``{"status": "ok"|"failing", "checks": {"database": "ok", "cache": "ok"}}``. A missing Celery worker does not
take the web servers out of rotation.

See docs/operations.md.
"""

from __future__ import annotations

import concurrent.futures
import logging
import time
from collections.abc import Callable
from typing import Any

from django.core.cache import caches
from django.db import connections
from django.http import HttpRequest, JsonResponse
from django.utils.crypto import get_random_string
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

OK, DEGRADED, FAILING = "ok", "degraded", "failing"
_SEVERITY = {OK: 0, DEGRADED: 1, FAILING: 2}

# The longest any check may take before it is reported as failing (the answer never waits longer).
CHECK_TIMEOUT_SECONDS = 2.0
# Opening a broker connection, and how long workers get to answer a ping.
BROKER_CONNECT_TIMEOUT_SECONDS = 0.8
WORKER_PING_TIMEOUT_SECONDS = 1.0

Report = dict[str, Any]


def _elapsed_ms(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 2)


def _failure(name: str, exc: BaseException, started: float) -> Report:
    logger.warning("health check %s failed: %s: %s", name, type(exc).__name__, exc)
    return {"status": FAILING, "latency_ms": _elapsed_ms(started), "error": type(exc).__name__}


def check_database() -> Report:
    """``SELECT 1`` on every configured database, over a connection of this (worker) thread, closed after."""
    started = time.perf_counter()
    try:
        for alias in connections:
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT 1")
                cursor.fetchone()
    except Exception as exc:  # noqa: BLE001 - any failure is the check's answer, not an error of the endpoint
        return _failure("database", exc, started)
    finally:
        connections.close_all()
    return {"status": OK, "latency_ms": _elapsed_ms(started)}


def check_cache() -> Report:
    """A set/get/delete round trip through the default cache (Redis in the services mode)."""
    started = time.perf_counter()
    cache = caches["default"]
    key = f"health:{get_random_string(12)}"
    token = get_random_string(12)
    try:
        cache.set(key, token, 10)
        if cache.get(key) != token:
            raise LookupError("the cache did not return what was stored")
        cache.delete(key)
    except Exception as exc:  # noqa: BLE001 - any failure is the check's answer
        return _failure("cache", exc, started)
    finally:
        cache.close()
    return {"status": OK, "latency_ms": _elapsed_ms(started), "backend": type(cache).__name__}


def _worker_report(connection: Any) -> Report:
    """Which workers answered a ping: none is degraded (queued work waits), not failing (the site still serves)."""
    from config.celery import app

    if app.conf.task_always_eager:
        return {"status": OK, "answered": None, "note": "tasks run in the calling process; no worker needed"}
    replies = app.control.ping(timeout=WORKER_PING_TIMEOUT_SECONDS, connection=connection) or []
    answered = sorted(name for reply in replies for name in reply)
    return {"status": OK if answered else DEGRADED, "answered": len(answered)}


def check_celery() -> Report:
    """The broker answers (a connection and PING), and whether any worker answers a control ping.

    The embedded mode (no REDIS_URL) has an in-memory broker and runs tasks inline: reported ``inline``, ok.
    """
    from config.celery import app

    started = time.perf_counter()
    broker_url = str(app.conf.broker_url or "")
    if broker_url.startswith("memory://"):
        return {"status": OK, "mode": "inline", "latency_ms": _elapsed_ms(started)}
    try:
        with app.connection_for_write(
            url=broker_url,
            connect_timeout=BROKER_CONNECT_TIMEOUT_SECONDS,
            transport_options={
                "socket_timeout": BROKER_CONNECT_TIMEOUT_SECONDS,
                "socket_connect_timeout": BROKER_CONNECT_TIMEOUT_SECONDS,
            },
        ) as connection:
            # No retries: the socket timeouts above bound the one attempt.
            connection.ensure_connection(max_retries=0)
            broker_ms = _elapsed_ms(started)
            workers = _worker_report(connection)
    except Exception as exc:  # noqa: BLE001 - a broker that cannot be reached, whatever the transport says
        return {**_failure("celery", exc, started), "mode": "broker", "broker": FAILING}
    return {
        "status": workers["status"],
        "mode": "broker",
        "latency_ms": _elapsed_ms(started),
        "broker": OK,
        "broker_latency_ms": broker_ms,
        "workers": workers,
    }


CHECKS: dict[str, Callable[[], Report]] = {
    "database": check_database,
    "cache": check_cache,
    "celery": check_celery,
}


def run_checks(names: tuple[str, ...], timeout: float = CHECK_TIMEOUT_SECONDS) -> dict[str, Report]:
    """Run the named checks side by side; one still running after ``timeout`` seconds is reported failing.

    A hung check's thread is left to finish by itself (its client timeouts end it) rather than waited for.
    """
    started = time.perf_counter()
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=len(names), thread_name_prefix="health")
    try:
        futures = {name: pool.submit(CHECKS[name]) for name in names}
        concurrent.futures.wait(futures.values(), timeout=timeout)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
    reports = {}
    for name, future in futures.items():
        if future.done() and not future.cancelled():
            reports[name] = future.result()
        else:
            logger.warning("health check %s did not answer within %.1f s", name, timeout)
            reports[name] = {"status": FAILING, "latency_ms": _elapsed_ms(started), "error": "timeout"}
    return reports


def overall(reports: dict[str, Report]) -> str:
    """The worst status among the checks."""
    return max((report["status"] for report in reports.values()), key=_SEVERITY.__getitem__, default=OK)


@never_cache
@require_safe
def health(request: HttpRequest) -> JsonResponse:
    reports = run_checks(tuple(CHECKS))
    status = overall(reports)
    return JsonResponse({"status": status, "checks": reports}, status=200 if status == OK else 503)


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    reports = run_checks(("database", "cache"))
    checks = {name: report["status"] for name, report in reports.items()}
    healthy = all(state == OK for state in checks.values())
    return JsonResponse({"status": OK if healthy else FAILING, "checks": checks}, status=200 if healthy else 503)
