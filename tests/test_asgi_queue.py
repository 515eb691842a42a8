"""config.daphne's per-connection pieces hold nothing while idle and behave as what they replace: the application's
input queue (asyncio.Queue's put_nowait / get) and the send gate (an asyncio.Event's set / clear / wait)."""

from __future__ import annotations

import asyncio

from config.asgi_queue import InputQueue
from config.daphne import SendGate


def test_queue_order_and_waiting_reader():
    async def run() -> list[object]:
        queue = InputQueue()
        got = []
        reader = asyncio.ensure_future(queue.get())
        await asyncio.sleep(0)
        queue.put_nowait({"type": "websocket.connect"})
        got.append(await reader)
        for index in range(3):
            queue.put_nowait(index)
        assert queue.qsize() == 3
        got += [await queue.get() for _ in range(3)]
        assert queue.empty()
        assert queue._items is None  # idle: no deque
        assert queue._waiter is None  # and no future
        return got

    assert asyncio.run(run()) == [{"type": "websocket.connect"}, 0, 1, 2]


def test_a_cancelled_reader_leaves_the_item_for_the_next():
    async def run() -> tuple[object, object]:
        queue = InputQueue()
        first = asyncio.ensure_future(queue.get())
        second = asyncio.ensure_future(queue.get())
        await asyncio.sleep(0)
        queue.put_nowait("a")
        first.cancel()  # woken but cancelled before it ran
        await asyncio.sleep(0)
        queue.put_nowait("b")
        return await second, await queue.get()

    assert asyncio.run(run()) == ("a", "b")


def test_gate_wakes_every_waiting_sender_and_a_cancelled_one_does_not_stop_the_others():
    async def run() -> list[bool]:
        gate = SendGate()
        assert not gate.paused
        await gate.wait()  # open: returns at once, and makes nothing
        assert gate._reopened is None
        gate.pauseProducing()
        waiters = [asyncio.ensure_future(gate.wait()) for _ in range(3)]
        await asyncio.sleep(0)
        waiters[0].cancel()
        await asyncio.sleep(0)
        assert not waiters[1].done()
        gate.resumeProducing()
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        done = [waiter.done() and not waiter.cancelled() for waiter in waiters[1:]]
        gate.pauseProducing()
        late = asyncio.ensure_future(gate.wait())
        await asyncio.sleep(0)
        gate.release()  # closing lets a waiting sender go, and the gate stays open
        await late
        gate.pauseProducing()
        return [*done, gate.paused, gate._reopened is None]

    assert asyncio.run(run()) == [True, True, False, True]
