"""The WebSocket server (``python -m config.daphne``) as compose runs it: a real Daphne process on a spare port.

Plain HTTP gets 404 JSON (HTTP is gunicorn's); a body over the limit gets 413 JSON and the connection closes,
whether its size is announced (Content-Length) or not (chunked); and the process does not grow by the size of
the body it was sent (VmRSS from /proc, with a generous bound: a behaviour assert, not a timing one).
"""

from __future__ import annotations

import json
import socket
import subprocess
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from tests.processes import WS_SERVER, rss_bytes, server_process

LIMIT = 1_000_000
SENT = 256 * 1024 * 1024  # what Daphne alone would hold in memory, all of it
GROWTH_BOUND = 64 * 1024 * 1024
pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc (Linux)")


@pytest.fixture(scope="module")
def ws_server(tmp_path_factory) -> Iterator[tuple[int, subprocess.Popen]]:
    log = tmp_path_factory.mktemp("daphne") / "daphne.log"
    env = {"DJANGO_SETTINGS_MODULE": "config.settings.test", "REQUEST_MAX_BYTES": str(LIMIT)}
    with server_process(WS_SERVER, log, env) as server:
        yield server


def exchange(port: int, head: bytes, body_chunks: Iterable[bytes] = ()) -> bytes:
    """Send a request (the body as it is produced) and return whatever the server answered before closing."""
    with socket.create_connection(("127.0.0.1", port), timeout=60) as conn:
        conn.sendall(head)
        try:
            for chunk in body_chunks:
                conn.sendall(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass  # refused mid-body: the server closed the connection, which is the point
        answer = b""
        try:
            while data := conn.recv(65536):
                answer += data
        except ConnectionResetError:
            pass
    return answer


def chunked(total: int, size: int = 1024 * 1024) -> Iterator[bytes]:
    block = b"x" * size
    for _ in range(total // size):
        yield f"{size:x}\r\n".encode() + block + b"\r\n"
    yield b"0\r\n\r\n"


def status_and_json(answer: bytes) -> tuple[int, dict]:
    head, _, body = answer.partition(b"\r\n\r\n")
    if head.startswith(b"HTTP/1.1 100"):  # curl-style Expect: 100-continue answered first
        head, _, body = body.partition(b"\r\n\r\n")
    assert b"application/json" in head.lower(), head
    return int(head.split(b" ", 2)[1]), json.loads(body)


def test_plain_http_is_not_served_by_the_websocket_server(ws_server):
    port, _ = ws_server
    body = b'{"external_id": "p-1"}'
    answer = exchange(
        port,
        b"POST /webhooks/sources/partner/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
        + body,
    )
    status, payload = status_and_json(answer)
    assert status == 404
    assert "web service" in payload["error"]


def test_an_announced_oversize_body_is_refused_before_it_is_sent(ws_server):
    port, _ = ws_server
    answer = exchange(port, b"POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 900000000\r\n\r\n")
    status, payload = status_and_json(answer)
    assert status == 413
    assert str(LIMIT) in payload["error"]


def test_a_large_chunked_body_is_refused_without_buffering_it(ws_server):
    port, process = ws_server
    before = rss_bytes(process.pid)
    answer = exchange(
        port,
        b"POST /webhooks/sources/partner/ HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n",
        chunked(SENT),
    )
    after = rss_bytes(process.pid)
    status, _ = status_and_json(answer)
    assert status == 413
    assert after - before < GROWTH_BOUND, f"RSS grew {after - before} bytes for a {SENT}-byte body"
    assert process.poll() is None


def test_a_body_under_the_limit_still_gets_an_answer(ws_server):
    port, _ = ws_server
    answer = exchange(
        port,
        b"POST /anything HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
        chunked(LIMIT // 2, size=LIMIT // 8),
    )
    assert status_and_json(answer)[0] == 404


def test_a_refused_body_that_ends_in_the_same_read_is_answered_once(ws_server):
    port, process = ws_server
    body = b"".join(chunked(LIMIT + LIMIT // 4, size=LIMIT // 4))  # over the limit, terminator included
    answer = exchange(port, b"POST / HTTP/1.1\r\nHost: localhost\r\nTransfer-Encoding: chunked\r\n\r\n" + body)
    assert answer.count(b"HTTP/1.1 ") == 1
    assert status_and_json(answer)[0] == 413
    follow_up = exchange(port, b"GET / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
    assert status_and_json(follow_up)[0] == 404
    assert process.poll() is None
