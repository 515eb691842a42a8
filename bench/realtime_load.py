"""The realtime bench's client processes: each holds thousands of WebSocket connections and times deliveries.

A worker opens its share of sockets (bench/realtime_client.py: no client library, a few hundred bytes a
socket), subscribes each to one filter set, then answers its parent's commands over a pipe: open more,
reset the counters, report what arrived (count, last arrival, and every publish→receive latency, from the
``sent_at`` the publisher put in each event), close.
"""

from __future__ import annotations

import array
import asyncio
import json
import resource
import time
from multiprocessing.connection import Connection
from typing import Any

from bench.realtime_client import Socket, open_socket

SENT_AT = b'"sent_at":'
OPEN_CONCURRENCY = 64


def rss_bytes(pid: int) -> int:
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    return 0


def raise_file_limit(wanted: int) -> int:
    """As many descriptors as asked for (root may raise the hard limit; others get up to theirs)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    for limit in ((wanted, max(wanted, hard)), (min(wanted, hard), hard)):
        try:
            resource.setrlimit(resource.RLIMIT_NOFILE, limit)
            return limit[0]
        except (ValueError, OSError):
            continue
    return soft


class Stats:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.received = 0
        self.last = 0.0
        self.latencies = array.array("d")

    def on_push(self, text: bytes) -> None:
        now = time.time()
        at = text.find(SENT_AT)
        if at < 0:
            return
        start = at + len(SENT_AT)
        while text[start] == 0x20:  # json.dumps' default ": " (the baseline's messages)
            start += 1
        end = start
        while end < len(text) and text[end] in b"0123456789.":
            end += 1
        self.received += 1
        self.last = now
        self.latencies.append(now - float(text[start:end]))


class Worker:
    def __init__(self, host: str, port: int, filters: list[dict[str, str]], offset: int) -> None:
        self.host, self.port, self.filters, self.offset = host, port, filters, offset
        self.sockets: list[Socket] = []
        self.stats = Stats()
        self.failures = 0
        self.dropped_reasons: dict[str, int] = {}

    def _on_text(self, waiter: list[asyncio.Future[bool] | None]) -> Any:
        stats = self.stats

        def on_text(text: bytes) -> None:
            future = waiter[0]
            if future is not None and not future.done():
                future.set_result(text.startswith(b'{"type":"subscribed"') or b'"subscribed"' in text[:40])
                waiter[0] = None
                return
            if text.startswith(b'{"type":"resync"'):
                self.dropped_reasons["resync"] = self.dropped_reasons.get("resync", 0) + 1
                return
            stats.on_push(text)

        return on_text

    async def _open_one(self, index: int, gate: asyncio.Semaphore) -> None:
        async with gate:
            loop = asyncio.get_running_loop()
            waiter: list[asyncio.Future[bool] | None] = [loop.create_future()]
            try:
                sock = await open_socket(self.host, self.port, self._on_text(waiter))
                filters = self.filters[(self.offset + index) % len(self.filters)]
                sock.send_text(json.dumps({"action": "subscribe", "id": "s1", "filters": filters}))
                future = waiter[0]
                if future is not None and not await asyncio.wait_for(future, 60):
                    raise ConnectionError("subscription refused")
                self.sockets.append(sock)
            except (OSError, TimeoutError, ConnectionError):
                self.failures += 1

    async def open(self, count: int) -> None:
        gate = asyncio.Semaphore(OPEN_CONCURRENCY)
        start = len(self.sockets) + self.failures
        await asyncio.gather(*(self._open_one(start + index, gate) for index in range(count)))

    def alive(self) -> int:
        return sum(1 for sock in self.sockets if not sock.closed)


async def serve(conn: Connection, host: str, port: int, filters: list[dict[str, str]], offset: int) -> None:
    worker = Worker(host, port, filters, offset)
    loop = asyncio.get_running_loop()
    commands: asyncio.Queue[Any] = asyncio.Queue()
    loop.add_reader(conn.fileno(), lambda: commands.put_nowait(conn.recv()))
    while True:
        command, *args = await commands.get()
        if command == "open":
            await worker.open(args[0])
            conn.send(("opened", len(worker.sockets), worker.failures))
        elif command == "reset":
            worker.stats.reset()
            conn.send(("ok", worker.alive()))
        elif command == "collect":
            stats = worker.stats
            conn.send(("stats", stats.received, stats.last, stats.latencies.tobytes(), worker.alive()))
        elif command == "close":
            for sock in worker.sockets:
                if sock.transport is not None:
                    sock.transport.close()
            await asyncio.sleep(0.2)
            conn.send(("closed",))
            return


def run_worker(conn: Connection, host: str, port: int, filters: list[dict[str, str]], offset: int, fds: int) -> None:
    """A client process's entry point (multiprocessing target)."""
    raise_file_limit(fds)
    asyncio.run(serve(conn, host, port, filters, offset))
