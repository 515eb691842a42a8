"""Review of the realtime server's per-connection input queue (perfreview35): config.asgi_queue.InputQueue against
asyncio.Queue on random interleavings of puts, getters and cancellations, what Daphne's protocols assume of the
object create_application returns, and a guard on the Daphne method RealtimeServer.create_application copies."""

from __future__ import annotations

import asyncio
import hashlib
import inspect
import random
import re
from functools import partial
from pathlib import Path
from typing import Any

import daphne
import daphne.server
import pytest

from config.asgi_queue import InputQueue
from config.daphne import RealtimeServer

# sha256 of inspect.getsource(daphne.server.Server.create_application) in the pinned Daphne (requirements.txt).
# RealtimeServer.create_application is that method with InputQueue for asyncio.Queue: when Daphne changes it,
# re-read the new one, carry the change over to the copy (or drop the copy), then update the version and hash here.
DAPHNE_VERSION = "4.2.3"
CREATE_APPLICATION_SHA256 = "f1e300b4ecf636c85e1a66250e32af2ebb67728f01919678d43e80c794a79a87"


async def _drain() -> None:
    for _ in range(6):  # a shielded wait takes one loop turn more than asyncio.Queue's own
        await asyncio.sleep(0)


async def _script(queue: Any, seed: int, *, readers: int) -> tuple[list[str], list[int], int]:
    """Random puts, new getters (at most ``readers`` waiting at once) and cancellations of waiting getters: what each
    getter ended with, what is left in the queue, and how many items were put."""
    rng = random.Random(seed)
    getters: list[asyncio.Task[Any]] = []
    serial = 0
    for _ in range(40):
        step = rng.random()
        if step < 0.4:
            queue.put_nowait(serial)
            serial += 1
        elif step < 0.75:
            if sum(not task.done() for task in getters) >= readers:
                continue
            getters.append(asyncio.ensure_future(queue.get()))
        else:
            waiting = [task for task in getters if not task.done()]
            if waiting:
                rng.choice(waiting).cancel()
        if rng.random() < 0.6:  # otherwise the next step runs before anything woke
            await _drain()
    await _drain()
    outcome = []
    for task in getters:
        if task.cancelled():
            outcome.append("cancelled")
        elif task.done():
            outcome.append(f"got {task.result()}")
        else:
            outcome.append("waiting")
            task.cancel()
    await _drain()
    left = [await queue.get() for _ in range(queue.qsize())]
    return outcome, left, serial


@pytest.mark.parametrize("seed", range(200))
def test_one_reader_gets_what_it_gets_from_asyncio_queue(seed):
    """Daphne's case: the application's one receive loop (cancelled and restarted at random here)."""
    ours = asyncio.run(_script(InputQueue(), seed, readers=1))
    assert ours == asyncio.run(_script(asyncio.Queue(), seed, readers=1))


@pytest.mark.parametrize("seed", range(200))
def test_several_readers_never_lose_or_repeat_an_item(seed):
    """With several getters waiting at once, which one gets which item may differ from asyncio.Queue's order (a
    woken getter takes a loop turn more through the shield, so a getter started meanwhile can take the item first):
    every item is still got exactly once or left in the queue, in the order put."""
    outcome, left, put = asyncio.run(_script(InputQueue(), seed, readers=4))
    got = [int(line.split()[1]) for line in outcome if line.startswith("got")]
    assert sorted(got + left) == list(range(put))
    assert left == sorted(left)
    theirs = asyncio.run(_script(asyncio.Queue(), seed, readers=4))
    assert len(left) == len(theirs[1])  # as many taken in all


def test_nothing_lost_when_every_getter_is_cancelled_then_items_arrive():
    async def run() -> list[object]:
        queue = InputQueue()
        waiting = [asyncio.ensure_future(queue.get()) for _ in range(3)]
        await _drain()
        for task in waiting:
            task.cancel()
        await _drain()
        queue.put_nowait("a")
        queue.put_nowait("b")
        return [await queue.get(), await queue.get(), queue.qsize(), queue._items]

    assert asyncio.run(run()) == ["a", "b", 0, None]


def test_an_empty_queue_is_true():
    """Daphne's HTTP protocol sends the disconnect only ``if self.application_queue:`` (http_protocol.py): an empty
    queue must stay true, as asyncio.Queue is (no __len__ or __bool__ may be added to InputQueue)."""
    assert bool(InputQueue())
    assert not hasattr(InputQueue, "__len__")
    assert not hasattr(InputQueue, "__bool__")


def test_daphne_uses_only_put_nowait_and_truth_of_the_queue():
    """What Daphne does with the queue, read from its source: InputQueue has only what that needs."""
    root = Path(daphne.__file__).parent
    used = set()
    for path in root.glob("*.py"):
        used |= set(re.findall(r"application_queue\.(\w+)", path.read_text()))
    assert used == {"put_nowait"}


def test_the_copied_daphne_method_is_unchanged():
    assert daphne.__version__ == DAPHNE_VERSION, "Daphne changed: re-read Server.create_application (see above)"
    pinned = re.search(r"^daphne==(\S+)", Path("requirements.txt").read_text(), re.M)
    assert pinned is not None
    assert pinned.group(1) == DAPHNE_VERSION
    source = inspect.getsource(daphne.server.Server.create_application)
    assert hashlib.sha256(source.encode()).hexdigest() == CREATE_APPLICATION_SHA256, (
        "daphne.server.Server.create_application changed: carry the change over to RealtimeServer.create_application"
    )


class _Server:
    """What create_application reads of the server."""

    def __init__(self, protocol: object) -> None:
        self.connections: dict[object, dict[str, Any]] = {protocol: {}}
        self.calls: list[dict[str, Any]] = []

    def application(self, **kwargs: Any) -> Any:
        self.calls.append(kwargs)

        async def instance() -> None:
            return None

        return instance()

    async def handle_reply(self, protocol: object, message: dict[str, Any]) -> None:
        return None


def test_the_copy_does_what_daphne_does():
    """Same scope, receive is the returned queue's get, send is handle_reply bound to the protocol, the instance is
    stored as a task; a protocol already gone gets None; an application made twice is refused."""

    async def run(method: Any) -> list[Any]:
        protocol = object()
        server = _Server(protocol)
        queue = method(server, protocol, {"type": "websocket", "path": "/ws/"})
        (call,) = server.calls
        send = call["send"]
        facts = [
            call["scope"],
            call["receive"] == queue.get,
            isinstance(send, partial) and send.args == (protocol,) and send.func == server.handle_reply,
            isinstance(server.connections[protocol]["application_instance"], asyncio.Future),
            hasattr(queue, "put_nowait"),
        ]
        await server.connections[protocol]["application_instance"]
        with pytest.raises(AssertionError):
            method(server, protocol, {"type": "websocket"})
        gone = object()
        server.connections[gone] = {}
        server.application = lambda **kwargs: server.connections.pop(gone) and None  # the protocol goes meanwhile
        facts.append(method(server, gone, {"type": "http"}))
        return facts

    ours = asyncio.run(run(RealtimeServer.create_application))
    theirs = asyncio.run(run(daphne.server.Server.create_application))
    assert ours == theirs
    assert ours[0] == {"type": "websocket", "path": "/ws/", "asgi": {"version": "3.0"}}
