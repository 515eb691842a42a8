"""The WebSocket server (``python -m config.daphne``) holds back, for each client, what it will buffer.

A real server process runs a small ASGI app of this module's (``flood_app``) through the production server
class, so the tests control exactly what is sent: a client that does not read holds back the sender of its
own connection (the server's memory stays flat, nothing is lost once it reads again), a client that stays
stalled is dropped and its sender released, an over-limit frame is answered with close 1009 without the
frame being buffered, and the server goes on serving others. VmRSS from /proc, with generous bounds: behaviour
asserts, not timing ones.
"""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.realtime_client import CLOSE, CONTINUATION, TEXT, BlockingSocket, frame
from tests.processes import rss_bytes, server_process

FRAME_LIMIT = 16_384
MESSAGE = 64 * 1024
FLOOD = 2_000  # 128 MB: what a server without backpressure would queue for one stalled client
GROWTH_BOUND = 48 * 1024 * 1024
pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc (Linux)")


# --- The app the server runs (in the server process) -----------------------------------------------------------

PROGRESS: dict[str, dict[str, Any]] = {}


async def _flood(name: str, count: int, size: int, send: Any, *, sse: bool = False) -> None:
    state = PROGRESS.setdefault(name, {"sent": 0, "done": False})
    for index in range(count):
        text = f"{index:08d}".ljust(size, "x")
        if sse:
            await send({"type": "http.response.body", "body": text.encode(), "more_body": True})
        else:
            await send({"type": "websocket.send", "text": text})
        state["sent"] = index + 1
    state["done"] = True


async def flood_app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    """``flood NAME COUNT SIZE`` sends COUNT messages; ``progress NAME`` answers how far that got; anything
    else is echoed. HTTP ``/flood/NAME`` streams the same as a response body (server-sent events' path)."""
    if scope["type"] == "http":
        name = scope["path"].rsplit("/", 1)[-1]
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await _flood(name, FLOOD, MESSAGE, send, sse=True)
        await send({"type": "http.response.body", "body": b""})
        return
    tasks: set[asyncio.Task[None]] = set()
    while True:
        message = await receive()
        if message["type"] == "websocket.connect":
            await send({"type": "websocket.accept"})
        elif message["type"] == "websocket.disconnect":
            return  # a flood still waiting on this client has been released by then (the tests check)
        elif message["type"] == "websocket.receive":
            words = (message.get("text") or "").split()
            if words[:1] == ["flood"]:
                task = asyncio.ensure_future(_flood(words[1], int(words[2]), int(words[3]), send))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
            elif words[:1] == ["progress"]:
                await send({"type": "websocket.send", "text": json.dumps(PROGRESS.get(words[1], {}))})
            else:
                await send({"type": "websocket.send", "text": message.get("text") or ""})


# --- The server -----------------------------------------------------------------------------------------------


SERVER = (
    sys.executable, "-c",
    "import sys; from config.daphne import main; main(sys.argv[1:], application='tests.test_ws_server_backpressure:flood_app')",
)  # fmt: skip
SERVER_ENV = {"DJANGO_SETTINGS_MODULE": "config.settings.test", "REALTIME_MAX_FRAME_BYTES": str(FRAME_LIMIT)}


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[tuple[int, subprocess.Popen]]:
    with server_process(SERVER, tmp_path_factory.mktemp("daphne") / "server.log", SERVER_ENV) as running:
        yield running


@pytest.fixture(scope="module")
def impatient_server(tmp_path_factory) -> Iterator[tuple[int, subprocess.Popen]]:
    """Keep-alive pings every second, answered within two: a stalled client is dropped within seconds."""
    log = tmp_path_factory.mktemp("daphne") / "impatient.log"
    with server_process((*SERVER, "--ping-interval", "1", "--ping-timeout", "2"), log, SERVER_ENV) as running:
        yield running


def progress(port: int, name: str) -> dict[str, Any]:
    with BlockingSocket("127.0.0.1", port) as probe:
        probe.send_text(f"progress {name}")
        opcode, payload = probe.receive()
        assert opcode == TEXT
        return json.loads(payload)


@pytest.fixture
def connect(server) -> Iterator[Any]:
    """Open client sockets that are closed whatever the test's outcome."""
    opened: list[BlockingSocket] = []

    def open_one(port: int | None = None, **options: Any) -> BlockingSocket:
        opened.append(BlockingSocket("127.0.0.1", port or server[0], **options))
        return opened[-1]

    yield open_one
    for client in opened:
        client.close()


def settled(port: int, name: str, *, until: str = "sent", attempts: int = 150) -> dict[str, Any]:
    """The flood's progress once it stops moving (or, ``until="done"``, once it finished): a readiness wait."""
    last: dict[str, Any] = {}
    for _ in range(attempts):
        time.sleep(0.2)
        now = progress(port, name)
        if until == "done" and now.get("done"):
            return now
        if until == "sent" and now.get("sent") and now == last:
            return now
        last = now
    return last


# --- The tests ------------------------------------------------------------------------------------------------


def test_a_client_that_does_not_read_holds_back_its_sender(server, connect):
    port, process = server
    stalled = connect(port, receive_buffer=64 * 1024)
    before = rss_bytes(process.pid)
    stalled.send_text(f"flood stalled {FLOOD} {MESSAGE}")

    held = settled(port, "stalled")
    grown = rss_bytes(process.pid) - before
    assert not held["done"], held
    assert held["sent"] < FLOOD // 4, held
    assert grown < GROWTH_BOUND, f"RSS grew {grown} bytes for a client that reads nothing"

    # Reading again releases the sender: every message arrives, in order, none lost.
    for index in range(FLOOD):
        opcode, payload = stalled.receive()
        assert opcode == TEXT
        assert payload[:8] == f"{index:08d}".encode()
    assert settled(port, "stalled", until="done")["sent"] == FLOOD


def test_a_streamed_http_response_is_paced_by_its_reader_too(server, request):
    port, process = server
    reader = socket.socket()
    request.addfinalizer(reader.close)
    reader.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 64 * 1024)
    reader.settimeout(30)
    reader.connect(("127.0.0.1", port))
    before = rss_bytes(process.pid)
    reader.sendall(b"GET /flood/stream HTTP/1.1\r\nHost: localhost\r\n\r\n")

    held = settled(port, "stream")
    grown = rss_bytes(process.pid) - before
    assert not held["done"], held
    assert held["sent"] < FLOOD // 4, held
    assert grown < GROWTH_BOUND, f"RSS grew {grown} bytes for a stream nobody reads"

    received = 0
    while received < FLOOD * MESSAGE:  # the body (chunked: a little more than the messages)
        data = reader.recv(1 << 20)
        assert data, "the stream ended early"
        received += len(data)
    assert settled(port, "stream", until="done")["sent"] == FLOOD


def test_a_client_that_stays_stalled_is_dropped_and_its_sender_released(impatient_server, connect):
    port, process = impatient_server
    stalled = connect(port, receive_buffer=64 * 1024)
    stalled.send_text(f"flood dropped {FLOOD} {MESSAGE}")

    # Its keep-alive pong never comes (the client reads nothing): the server drops it, and the sender that
    # was waiting for room in its buffer carries on (Daphne discards what is sent to a closed socket).
    finished = settled(port, "dropped", until="done")
    assert finished.get("done"), finished
    _texts, code = stalled.receive_until_close()
    assert code is None  # dropped, not closed politely: it could not have read a close frame anyway
    assert process.poll() is None


def test_a_frame_over_the_limit_is_refused_with_1009_before_it_is_buffered(server, connect):
    port, process = server
    client = connect(port)
    before = rss_bytes(process.pid)
    announced = 256 * 1024 * 1024
    client.send_raw(frame(b"", length=announced))  # the header alone says 256 MB are coming
    junk = b"x" * (1 << 20)
    try:
        for _ in range(64):
            client.send_raw(junk)
    except (BrokenPipeError, ConnectionResetError):
        pass  # refused mid-frame: the server closed the connection, which is the point
    _texts, code = client.receive_until_close()
    grown = rss_bytes(process.pid) - before
    assert code == 1009
    assert grown < GROWTH_BOUND, f"RSS grew {grown} bytes for a refused frame"


def test_the_limit_counts_a_fragmented_message_as_a_whole(server, connect):
    port, _ = server
    client = connect(port)
    half = b"y" * (FRAME_LIMIT // 2 + 1)
    client.send_raw(frame(half, fin=False) + frame(half, CONTINUATION))
    assert client.receive_until_close()[1] == 1009


def test_a_frame_at_the_limit_passes_and_the_server_serves_others_after_a_refusal(server, connect):
    port, process = server
    refused = connect(port)
    refused.send_raw(frame(b"z" * (FRAME_LIMIT + 1)))
    assert refused.receive_until_close()[1] == 1009

    other = connect(port)
    at_limit = "a" * FRAME_LIMIT
    other.send_text(at_limit)
    assert other.receive() == (TEXT, at_limit.encode())
    other.send_raw(frame(b"", CLOSE))
    assert other.receive()[0] == CLOSE
    assert process.poll() is None
