"""/health and /healthz against real PostgreSQL and Redis, with dependencies really unreachable (closed ports)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid

import pytest
from django.conf import settings
from django.db import connection, connections

from config.celery import app as celery_app
from tests.processes import stop

pytestmark = [pytest.mark.postgres, pytest.mark.redis, pytest.mark.django_db]

# Nothing listens on port 1 of the loopback interface: a connection there is refused at once.
CLOSED = "127.0.0.1:1"


@pytest.fixture
def celery_conf():
    """Change the Celery app's configuration for one test (it is read from settings once, at start)."""
    saved: dict[str, object] = {}

    def change(**values: object) -> None:
        for key, value in values.items():
            saved.setdefault(key, celery_app.conf[key])
            celery_app.conf[key] = value

    yield change
    for key, value in saved.items():
        celery_app.conf[key] = value


def get_health(client) -> tuple[int, dict]:
    response = client.get("/health")
    assert response["Content-Type"] == "application/json"
    assert "no-cache" in response["Cache-Control"]
    return response.status_code, response.json()


def test_everything_up_is_ok_with_a_latency_per_check(client):
    status, body = get_health(client)
    assert status == 200, body
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "cache", "celery"}
    for name, check in body["checks"].items():
        assert check["status"] == "ok", name
        assert isinstance(check["latency_ms"], int | float)
        assert 0 <= check["latency_ms"] < 2000
    celery = body["checks"]["celery"]
    assert (celery["mode"], celery["broker"]) == ("broker", "ok")
    # The test settings run tasks eagerly: no worker is needed, so none is asked for.
    assert celery["workers"]["answered"] is None
    assert body["checks"]["cache"]["backend"] == "RedisCache"


def test_no_addresses_or_credentials_in_the_answer(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": f"redis://user:hunter2@{CLOSED}/0"}}  # fmt: skip
    text = client.get("/health").content.decode()
    for secret in ("hunter2", "127.0.0.1", "redis://", "postgres", settings.DATABASES["default"]["NAME"]):
        assert secret not in text


def test_a_dead_redis_cache_is_failing_and_503(client, settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                   "LOCATION": f"redis://{CLOSED}/0"}}  # fmt: skip
    status, body = get_health(client)
    assert status == 503
    assert body["status"] == "failing"
    assert body["checks"]["cache"]["status"] == "failing"
    assert body["checks"]["cache"]["error"] == "ConnectionError"
    assert body["checks"]["database"]["status"] == "ok"

    short = client.get("/healthz")
    assert short.status_code == 503
    assert short.json() == {"status": "failing", "checks": {"database": "ok", "cache": "failing"}}


@pytest.fixture
def unreachable_database():
    """New connections to the database (the check opens its own, in its thread) go to a closed port.

    The entry is replaced, not changed in place: the test's own open connection keeps its settings.
    """
    original = connections.settings["default"]
    connections.settings["default"] = {**original, "HOST": "127.0.0.1", "PORT": "1"}
    try:
        yield
    finally:
        connections.settings["default"] = original


def test_an_unreachable_database_is_failing_and_503(client, unreachable_database):
    status, body = get_health(client)
    assert status == 503
    assert body["status"] == "failing"
    assert body["checks"]["database"] == {
        "status": "failing",
        "latency_ms": body["checks"]["database"]["latency_ms"],
        "error": "OperationalError",
    }
    assert body["checks"]["cache"]["status"] == "ok"
    assert client.get("/healthz").json()["checks"]["database"] == "failing"


def test_a_dead_broker_is_failing_but_healthz_does_not_care(client, celery_conf):
    celery_conf(broker_url=f"redis://{CLOSED}/0")
    status, body = get_health(client)
    assert status == 503
    assert body["status"] == "failing"
    celery = body["checks"]["celery"]
    assert (celery["status"], celery["mode"], celery["broker"]) == ("failing", "broker", "failing")
    assert celery["error"] == "OperationalError"
    # The load balancer's probe: a broker outage must not take the web servers out of rotation.
    assert client.get("/healthz").status_code == 200


def test_no_worker_answering_is_degraded_and_503(client, celery_conf):
    celery_conf(task_always_eager=False)
    status, body = get_health(client)
    assert status == 503
    assert body["status"] == "degraded"
    celery = body["checks"]["celery"]
    assert (celery["status"], celery["broker"]) == ("degraded", "ok")
    assert celery["workers"] == {"status": "degraded", "answered": 0}
    assert body["checks"]["database"]["status"] == body["checks"]["cache"]["status"] == "ok"


def test_the_embedded_mode_reports_celery_inline_and_ok(client, celery_conf):
    celery_conf(broker_url="memory://")
    status, body = get_health(client)
    assert status == 200
    assert body["checks"]["celery"]["status"] == "ok"
    assert body["checks"]["celery"]["mode"] == "inline"


def test_a_hung_cache_server_is_reported_as_timed_out(client, settings):
    # A port that accepts connections (the kernel's backlog) but never answers: a Redis that hangs.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        port = listener.getsockname()[1]
        settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.redis.RedisCache",
                                       "LOCATION": f"redis://127.0.0.1:{port}/0"}}  # fmt: skip
        status, body = get_health(client)
    assert status == 503
    assert body["checks"]["cache"]["status"] == "failing"
    assert body["checks"]["cache"]["error"] == "timeout"
    assert body["checks"]["database"]["status"] == "ok"


def test_health_answers_head_and_refuses_post(client):
    assert client.head("/health").status_code == 200
    assert client.post("/health").status_code == 405


def _database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


@pytest.fixture
def worker(tmp_path):
    log = tmp_path / "worker.log"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.local", "DATABASE_URL": _database_url(),
           "REDIS_URL": settings.REDIS_URL}  # fmt: skip
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "config", "worker", "-P", "solo", "-Q", "default",
             "--without-gossip", "--without-mingle", "--without-heartbeat", "-n", f"health-{uuid.uuid4().hex[:8]}@%h"],
            cwd=settings.BASE_DIR, env=env, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        yield process, log
    finally:
        stop(process)


@pytest.mark.django_db(transaction=True)
def test_a_worker_that_answers_the_ping_makes_celery_ok(client, celery_conf, worker):
    process, log = worker
    celery_conf(task_always_eager=False)
    deadline = time.monotonic() + 60
    body: dict = {}
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        status, body = get_health(client)
        # a broker the box is too busy to answer within the check's timeout reports no workers yet: ask again
        if body["checks"]["celery"].get("workers", {}).get("answered"):
            break
    assert body["checks"]["celery"]["workers"] == {"status": "ok", "answered": 1}, log.read_text()
    assert body["status"] == "ok"
    assert status == 200
