"""Webhook errors Django raises around the view are JSON too: 413, 411, 405, 404, 500 — and gunicorn, the
server plain HTTP goes to, refuses an oversize body without holding it (a real gunicorn process)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.sources.webhook_helpers import SECRET, URL, signed_headers

pytestmark = pytest.mark.usefixtures("webhook_partner")


@pytest.fixture
def source(partner_source):
    return partner_source


def test_a_body_over_the_limit_is_413_json(client, source, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1_000
    raw = json.dumps([{"external_id": f"p-{i}", "title": "x" * 50} for i in range(50)]).encode()
    response = client.post(URL, data=raw, content_type="application/json", headers=signed_headers(raw))
    assert response.status_code == 413
    assert response["Content-Type"] == "application/json"
    assert "larger than 1000 bytes" in response.json()["error"]


def test_other_methods_are_405_json(client, source):
    for method in (client.get, client.put, client.delete):
        response = method(URL)
        assert response.status_code == 405
        assert response["Allow"] == "POST"
        assert response.json()["error"]


def test_unknown_webhook_paths_are_404_json(client, db):
    response = client.post("/webhooks/nothing-here/", data=b"{}", content_type="application/json")
    assert response.status_code == 404
    assert response.json() == {"error": "Not found."}


def test_site_pages_keep_their_html_404(client, db):
    response = client.get("/no-such-page-anywhere/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")


def test_an_unexpected_failure_is_500_json(client, source, monkeypatch):
    def explode(**kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("sources.views.source_receive", explode)
    client.raise_request_exception = False
    raw = b'{"external_id": "p-1", "title": "x"}'
    response = client.post(URL, data=raw, content_type="application/json", headers=signed_headers(raw))
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    assert "not processed" in response.json()["error"]


# --- a real gunicorn process ------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url() -> str:
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") else ""
    return f"postgres://{db['USER']}{password}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def rss_bytes(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("no VmRSS")


def exchange(port: int, head: bytes, body: bytes = b"", repeat: int = 0) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=60) as conn:
        conn.sendall(head)
        try:
            for _ in range(repeat):
                conn.sendall(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the server answered and closed before the body ended
        answer = b""
        try:
            while data := conn.recv(65536):
                answer += data
        except ConnectionResetError:
            pass
    return answer


@pytest.fixture
def gunicorn(tmp_path, source):
    port = free_port()
    log = tmp_path / "gunicorn.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "REQUEST_MAX_BYTES": "1000000",
        "WEBHOOK_SECRETS": f"partner={SECRET}",
    }
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "config.wsgi:application", "--bind", f"127.0.0.1:{port}", "--workers", "1"],
            cwd=settings.BASE_DIR, env=env, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    try:
        for _ in range(600):  # a readiness wait, not a timed assert
            if process.poll() is not None:
                pytest.fail(f"gunicorn exited: {log.read_text()}")
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield port, process
    finally:
        process.terminate()
        process.wait(timeout=30)


def worker_pid(master: int) -> int:
    children = Path(f"/proc/{master}/task/{master}/children").read_text().split()
    return int(children[0])


def status_and_json(answer: bytes) -> tuple[int, dict]:
    head, _, body = answer.partition(b"\r\n\r\n")
    assert b"application/json" in head.lower(), head
    return int(head.split(b" ", 2)[1]), json.loads(body)


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_gunicorn_refuses_an_announced_oversize_body_with_413_json(gunicorn):
    port, process = gunicorn
    # A first small request, so the worker has loaded Django and the view before the baseline is taken.
    assert (
        status_and_json(exchange(port, f"GET {URL} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode()))[
            0
        ]
        == 405
    )
    before = rss_bytes(worker_pid(process.pid))
    block = b"x" * (1024 * 1024)
    answer = exchange(
        port,
        f"POST {URL} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n".encode()
        + f"Content-Length: {256 * len(block)}\r\n\r\n".encode(),
        block,
        repeat=256,
    )
    status, payload = status_and_json(answer)
    assert status == 413
    assert "larger than 1000000" in payload["error"]
    assert rss_bytes(worker_pid(process.pid)) - before < 64 * 1024 * 1024


@pytest.mark.postgres
@pytest.mark.redis
@pytest.mark.django_db(transaction=True)
def test_gunicorn_answers_a_chunked_delivery_with_411_json(gunicorn):
    port, _ = gunicorn
    answer = exchange(
        port,
        f"POST {URL} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n".encode()
        + b"Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n4\r\n{}  \r\n0\r\n\r\n",
    )
    status, payload = status_and_json(answer)
    assert status == 411
    assert "Content-Length" in payload["error"]
