"""realtime.hub.QueuedSink: a connection holds a send queue only while frames wait; order and overflow unchanged."""

from __future__ import annotations

import asyncio
from typing import cast

from realtime.bus import Entry
from realtime.hub import QueuedSink


class Sink(QueuedSink):
    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.sent: list[str] = []
        self.overflows = 0
        self.sink_init()

    def frame(self, entry, subscription_ids, cache):
        return f"{entry}:{','.join(subscription_ids)}"

    async def write(self, frame: str) -> None:
        await self.gate.wait()
        self.sent.append(frame)

    async def overflow(self) -> None:
        self.overflows += 1


def test_an_idle_sink_holds_no_queue_and_a_drained_one_lets_it_go():
    async def run() -> tuple[Sink, list[bool]]:
        sink = Sink()
        held = [sink._queue is None]
        for number in range(3):
            sink.enqueue(f"e{number}:s1")
        await asyncio.sleep(0)
        held.append(sink._queue is not None and len(sink._queue) > 0)  # waiting on the client
        sink.gate.set()
        while sink._writer is not None:
            await asyncio.sleep(0)
        held.append(sink._queue is None)
        sink.push(cast(Entry, "e3"), ("s1", "s2"), {})  # a later push makes one again, in order
        while sink._writer is not None:
            await asyncio.sleep(0)
        return sink, held

    sink, held = asyncio.run(run())
    assert held == [True, True, True]
    assert sink.sent == ["e0:s1", "e1:s1", "e2:s1", "e3:s1,s2"]
    assert sink._queue is None


def test_a_full_queue_still_overflows_once_and_takes_nothing_more(settings):
    settings.REALTIME_SEND_QUEUE = 2

    async def run() -> Sink:
        sink = Sink()
        for number in range(6):
            sink.enqueue(f"e{number}:s1")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        return sink

    sink = asyncio.run(run())
    assert sink.overflows == 1
    assert sink.sent == []
    assert not sink._queue


def test_closing_an_idle_or_a_busy_sink():
    async def run() -> list[object]:
        idle, busy = Sink(), Sink()
        idle.sink_close()
        busy.enqueue("e0:s1")
        busy.enqueue("e1:s1")
        busy.sink_close()
        await asyncio.sleep(0)
        return [idle._queue, busy._queue, busy._writer is not None and busy._writer.cancelled()]

    assert asyncio.run(run()) == [None, None, True]
