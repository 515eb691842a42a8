"""A client that stops reading, against the production WebSocket server (``python -m config.daphne``) and the
real consumer: its socket fills, its queue fills, it gets ``resync`` and close 4008, the server's memory stays
flat, and the drop shows in /metrics. Pushes travel the real bus (Redis)."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings

from bench.realtime_client import BlockingSocket
from realtime import bus
from tests.factories import CityFactory
from tests.processes import WS_SERVER, database_url, rss_bytes, server_process

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.postgres, pytest.mark.redis]


def kernel_send_buffer_limit() -> int:
    """The most a TCP socket's send buffer may grow to here (Linux autotunes it up to ``tcp_wmem``'s third field)."""
    try:
        return int(Path("/proc/sys/net/ipv4/tcp_wmem").read_text().split()[2])
    except (OSError, ValueError, IndexError):
        return 4 * 1024 * 1024


QUEUE = 20
PAD = 8_000
# Three times what the kernel may buffer for the socket, so the server's own queue must fill whatever the kernel
# takes (400 pushes, 3.2 MB, fitted in an autotuned 4 MB send buffer on a busy CI machine: nothing was dropped).
PUSHES = max(400, 3 * kernel_send_buffer_limit() // PAD)
GROWTH_BOUND = 48 * 1024 * 1024


@pytest.fixture
def server(tmp_path) -> Iterator[tuple[int, subprocess.Popen]]:
    CityFactory(slug="slowtown", name="Slowtown")
    env = {
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": database_url(),
        "REDIS_URL": settings.REDIS_URL,
        "REALTIME_SEND_QUEUE": str(QUEUE),
        # The client starts reading once /metrics shows the drop; on a loaded machine that can take longer than
        # the default 5 s, and a close after the grace would reset the socket with the resync still unread.
        "REALTIME_BEHIND_GRACE_SECONDS": "120",
    }
    log = tmp_path / "daphne.log"
    with server_process(WS_SERVER, log, env) as running:
        yield running
    assert "Traceback" not in log.read_text(), log.read_text()


def dropped_total(port: int) -> float:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=10) as answer:
        text = answer.read().decode()
    [line] = [line for line in text.splitlines() if line.startswith("whatson_realtime_dropped_clients_total ")]
    return float(line.split()[1])


def test_a_client_that_stops_reading_is_told_to_resync_and_dropped_with_memory_flat(server):
    port, process = server
    with BlockingSocket("127.0.0.1", port, receive_buffer=4096) as client:
        assert client.accepted, client.status_line
        client.send_text(json.dumps({"action": "subscribe", "id": "w1", "topic": "weather", "city": "slowtown"}))
        assert json.loads(client.receive()[1]) == {"type": "subscribed", "id": "w1"}
        before = rss_bytes(process.pid)
        bus.reset_bus()
        for number in range(PUSHES):  # the client reads none of these while they are sent
            bus.publish(
                "weather", {"type": "weather", "city": "slowtown", "weather": {"n": number, "pad": "x" * PAD}},
                key="slowtown",
            )  # fmt: skip
        deadline = time.monotonic() + 60
        while dropped_total(port) < 1:  # until the server has given up on it (a wait, not a timed assert)
            assert time.monotonic() < deadline, "the stalled client was never dropped"
            time.sleep(0.2)
        grown = rss_bytes(process.pid) - before
        texts, code = client.receive_until_close()
    messages = [json.loads(text) for text in texts]
    # Seen once, on a machine at load 7: no message and no close frame (a reset). Said so, should it come back.
    assert code == 4008, f"{len(texts)} messages, then {'a reset, no close frame' if code is None else code}"
    assert messages[-1] == {"type": "resync"}
    delivered = [message["weather"]["n"] for message in messages[:-1]]
    assert delivered == list(range(len(delivered)))  # in order, none twice
    assert len(delivered) < PUSHES  # the rest was dropped with the client, not kept for it
    assert grown < GROWTH_BOUND
