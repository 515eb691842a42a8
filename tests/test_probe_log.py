"""Healthy /healthz probes stay out of the access log; failing ones, recoveries and other requests do not
(config/probes.py). The gate with a clock of its own, then real gunicorn and Daphne processes writing real logs."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest
from django.conf import settings

from config.probes import ProbeLogGate
from tests.processes import WS_SERVER, database_url, free_port, server_process, stop

PROBES = 12


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_healthy_probes_are_logged_once_per_interval_and_failures_always():
    clock = Clock()
    gate = ProbeLogGate(every=600, clock=clock)
    assert gate.should_log("/healthz", 200)  # the first one a process answers
    assert [gate.should_log("/healthz", 200) for _ in range(5)] == [False] * 5
    assert gate.skipped == 5
    clock.now += 30
    assert gate.should_log("/healthz", 503)  # failing: always
    assert gate.should_log("/healthz", 503)
    assert gate.should_log("/healthz", 200)  # the recovery
    assert not gate.should_log("/healthz?from=lb", 200)  # the query string does not make it another path
    clock.now += 600
    assert gate.should_log("/healthz", 200)  # the heartbeat: probes still arrive
    assert not gate.should_log("/healthz", 200)


def test_other_requests_and_other_statuses_are_always_logged():
    gate = ProbeLogGate(every=600, clock=Clock())
    assert gate.should_log("/healthz", 200)
    assert gate.should_log("/healthz", 405)  # a POST to the probe: not a healthy probe
    assert gate.should_log("/healthz", 200)  # after it: logged, as after any failure
    assert all(gate.should_log(path, 200) for path in ("/health", "/metrics", "/", "/healthz/x") for _ in range(3))


def test_an_interval_of_zero_logs_every_probe():
    gate = ProbeLogGate(every=0, clock=Clock())
    assert all(gate.should_log("/healthz", 200) for _ in range(5))


def _lines(log: Path, needle: str, *, at_least: int = 0) -> list[str]:
    """The log's lines holding ``needle``; waiting (a bounded poll, not a timed assert) until ``at_least`` are there:
    gunicorn writes a request's access line after its response is sent, so the last one may not be in the file yet."""
    for _ in range(100):
        found = [line for line in log.read_text(errors="replace").splitlines() if needle in line]
        if len(found) >= at_least:
            break
        time.sleep(0.05)
    return found


@pytest.fixture
def gunicorn_with(tmp_path) -> Iterator[Callable[..., tuple[str, Path]]]:
    """Start real gunicorn (config/gunicorn.py, one worker, access log in a file) with an environment of our own."""
    started: list[subprocess.Popen] = []

    def start(name: str, **extra: str) -> tuple[str, Path]:
        port = free_port()
        access = tmp_path / f"{name}-access.log"
        env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "DATABASE_URL": database_url(), **extra}
        with (tmp_path / f"{name}.log").open("w") as output:
            process = subprocess.Popen(
                [sys.executable, "-m", "gunicorn", "-c", "config/gunicorn.py", "config.wsgi:application",
                 "--bind", f"127.0.0.1:{port}", "--workers", "1", "--access-logfile", str(access)],
                cwd=settings.BASE_DIR, env=env, stdout=output, stderr=subprocess.STDOUT,
            )  # fmt: skip
        started.append(process)
        return f"http://127.0.0.1:{port}", access

    yield start
    for process in started:
        stop(process)


def _wait_for(base: str) -> httpx.Client:
    """A client of ``base`` once gunicorn answers (a readiness wait while the worker loads Django, not a timed
    assert); the request that found it ready is a /metrics one, in the log like any other path."""
    for _ in range(600):
        try:
            with httpx.Client(timeout=60) as probe:
                probe.get(f"{base}/metrics")
            return httpx.Client(base_url=base, timeout=60)
        except httpx.TransportError:
            time.sleep(0.1)
    pytest.fail(f"gunicorn at {base} never answered")


@pytest.mark.postgres  # the servers share the test database through a DATABASE_URL
@pytest.mark.django_db(transaction=True)
def test_gunicorn_logs_one_healthy_probe_and_every_other_request(gunicorn_with):
    base, access = gunicorn_with("healthy")
    with _wait_for(base) as http:
        answers = [http.get("/healthz").status_code for _ in range(PROBES)]
        assert http.options("/healthz").status_code == 405
        assert http.get("/healthz").status_code == 200
    assert answers == [200] * PROBES  # the answer is untouched
    logged = _lines(access, "/healthz", at_least=3)
    assert len(logged) == 3, logged  # the first probe, the 405 (OPTIONS), and the first healthy one after it
    assert '"OPTIONS /healthz' in logged[1]
    assert len(_lines(access, "GET /metrics")) >= 1  # other paths as before


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_gunicorn_logs_every_failing_probe(gunicorn_with):
    # A cache that is not there (nothing listens on the port): every probe is a 503, and every one is logged.
    base, access = gunicorn_with("failing", REDIS_URL=f"redis://127.0.0.1:{free_port()}/1")
    with _wait_for(base) as http:
        answers = [http.get("/healthz") for _ in range(4)]
    assert [answer.status_code for answer in answers] == [503] * 4
    assert answers[0].json()["checks"]["cache"] == "failing"
    assert len(_lines(access, "/healthz", at_least=4)) == 4


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True)
def test_the_websocket_server_logs_one_healthy_probe(tmp_path):
    log = tmp_path / "daphne.log"
    env = {"DJANGO_SETTINGS_MODULE": "config.settings.test", "DATABASE_URL": database_url()}
    with server_process(WS_SERVER, log, env) as (port, _), httpx.Client(timeout=60) as http:
        answers = [http.get(f"http://127.0.0.1:{port}/healthz").status_code for _ in range(PROBES)]
        assert http.get(f"http://127.0.0.1:{port}/nothing-here").status_code == 404
    assert answers == [200] * PROBES
    assert len(_lines(log, '"GET /healthz')) == 1, log.read_text()
    assert len(_lines(log, '"GET /nothing-here')) == 1
