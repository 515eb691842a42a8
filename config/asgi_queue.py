"""An ASGI application's input queue that holds nothing while it is empty (config.daphne).

Daphne gives every connection an ``asyncio.Queue`` for what the application receives: three deques and an
Event, 3.3 KB a connection measured with tracemalloc, held for the whole life of a socket that is idle almost
all of it (the realtime server keeps 20,000 of them). Daphne's protocols only ``put_nowait`` into it and the
application only awaits ``get``: this queue does both, unbounded as Daphne's is, with a deque made when an
item must wait and dropped once it is taken, and one future made while a reader waits.

A getter woken by ``put_nowait`` takes the item from the deque itself, so a getter cancelled after being woken
leaves the item for the next one, as with asyncio.Queue. With several getters waiting at once, which one gets
which item can differ from asyncio.Queue's order (a woken getter takes one loop turn more, through the shield):
none is lost or repeated (tests/realtime/test_input_queue_review.py); Daphne's application has one reader.
"""

from __future__ import annotations

import asyncio
import collections
from typing import Any


class InputQueue:
    __slots__ = ("_items", "_waiter")

    def __init__(self) -> None:
        self._items: collections.deque[Any] | None = None
        self._waiter: asyncio.Future[None] | None = None

    def qsize(self) -> int:
        return len(self._items) if self._items else 0

    def empty(self) -> bool:
        return not self._items

    def put_nowait(self, item: Any) -> None:
        if self._items is None:
            self._items = collections.deque()
        self._items.append(item)
        waiter, self._waiter = self._waiter, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    async def get(self) -> Any:
        while not self._items:
            if self._waiter is None or self._waiter.done():
                self._waiter = asyncio.get_running_loop().create_future()
            # Shielded: one getter cancelled must not cancel the future other getters wait on.
            await asyncio.shield(self._waiter)
        items = self._items
        item = items.popleft()
        if not items:
            self._items = None
        return item
