"""Clients of a live WebSocket server for end-to-end tests: WebSocket and SSE connections that record what they
receive, driven from a synchronous test.

The clients run on an event loop in a thread of their own, so the test's thread keeps its database connection
(the ORM refuses to run inside an event loop) and simply waits for what the clients have recorded.
"""

from __future__ import annotations

import asyncio
import json
import threading
from collections.abc import Coroutine
from typing import Any

import aiohttp

CONNECT_SECONDS = 30.0
NOT_CONFIRMED = "{name}: expected {expected!r} after subscribing, got {answer!r}"


def sse_messages(text: str) -> list[dict[str, str]]:
    """Complete server-sent event messages (blocks ended by a blank line) as {"id", "event", "data"}; comments
    and the ``retry:`` field are dropped, as a browser's EventSource drops them."""
    messages = []
    for block in text.split("\n\n")[:-1]:  # the last piece is an unfinished message (or nothing)
        fields: dict[str, str] = {}
        for line in block.split("\n"):
            name, _, value = line.partition(":")
            if name in ("id", "event", "data"):
                fields[name] = value.removeprefix(" ")
        if "data" in fields:
            messages.append(fields)
    return messages


class LiveClients:
    """Sockets and streams to one server (``base`` is its http:// URL), each recording what it receives."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.origin = base  # the server's own origin: what a page served by it would send
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="live-clients", daemon=True)
        self._thread.start()
        self._session: aiohttp.ClientSession | None = None
        self._lock = threading.Lock()
        self._frames: dict[str, list[dict[str, Any]]] = {}
        self._streams: dict[str, bytes] = {}
        self._sockets: dict[str, aiohttp.ClientWebSocketResponse] = {}
        self._readers: list[asyncio.Task[None]] = []

    # --- driven from the test's thread ----------------------------------------------------------------------

    def _run(self, work: Coroutine[Any, Any, Any], seconds: float = CONNECT_SECONDS) -> Any:
        return asyncio.run_coroutine_threadsafe(work, self._loop).result(seconds)

    def socket(self, name: str, subscriptions: dict[str, dict[str, Any]]) -> None:
        """Open /ws/events/ and subscribe (id → filters); returns once every subscription is confirmed."""
        self._run(self._socket(name, subscriptions))

    def stream(self, name: str, query: str) -> None:
        """Open /sse/events/?<query>; returns once the server has answered 200 (its subscription is in place)."""
        self._run(self._stream(name, query))

    def handshake(self, path: str, origin: str) -> int:
        """The HTTP status a WebSocket handshake on ``path`` from ``origin`` gets (101: accepted, then closed)."""
        return int(self._run(self._handshake(path, origin)))

    def frames(self, name: str) -> list[dict[str, Any]]:
        """The JSON frames socket ``name`` received after its subscriptions were confirmed."""
        with self._lock:
            return list(self._frames[name])

    def messages(self, name: str) -> list[dict[str, str]]:
        """The complete messages stream ``name`` received."""
        with self._lock:
            return sse_messages(self._streams[name].decode(errors="replace"))

    def close(self) -> None:
        try:
            self._run(self._close())
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=CONNECT_SECONDS)
            self._loop.close()

    # --- on the clients' loop -------------------------------------------------------------------------------

    def _http(self) -> aiohttp.ClientSession:
        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None, sock_connect=10))
        return self._session

    async def _socket(self, name: str, subscriptions: dict[str, dict[str, Any]]) -> None:
        url = self.base.replace("http://", "ws://", 1) + "/ws/events/"
        socket = await self._http().ws_connect(url, origin=self.origin, autoping=True)
        self._sockets[name] = socket
        for subscription_id, filters in subscriptions.items():
            await socket.send_json({"action": "subscribe", "id": subscription_id, "filters": filters})
            answer = await socket.receive_json(timeout=CONNECT_SECONDS)
            expected = {"type": "subscribed", "id": subscription_id}
            if answer != expected:
                raise AssertionError(NOT_CONFIRMED.format(name=name, expected=expected, answer=answer))
        with self._lock:
            self._frames[name] = []
        self._readers.append(asyncio.ensure_future(self._read_socket(name, socket)))

    async def _handshake(self, path: str, origin: str) -> int:
        url = self.base.replace("http://", "ws://", 1) + path
        try:
            socket = await self._http().ws_connect(url, origin=origin)
        except aiohttp.WSServerHandshakeError as refused:
            return refused.status
        await socket.close()
        return 101

    async def _read_socket(self, name: str, socket: aiohttp.ClientWebSocketResponse) -> None:
        async for frame in socket:
            if frame.type == aiohttp.WSMsgType.TEXT:
                with self._lock:
                    self._frames[name].append(json.loads(frame.data))

    async def _stream(self, name: str, query: str) -> None:
        response = await self._http().get(f"{self.base}/sse/events/?{query}", headers={"Accept": "text/event-stream"})
        if response.status != 200:
            body = await response.text()
            response.release()
            raise AssertionError(f"{name}: /sse/events/?{query} answered {response.status}: {body}")
        with self._lock:
            self._streams[name] = b""
        self._readers.append(asyncio.ensure_future(self._read_stream(name, response)))

    async def _read_stream(self, name: str, response: aiohttp.ClientResponse) -> None:
        try:
            async for chunk in response.content.iter_any():
                with self._lock:
                    self._streams[name] += chunk
        finally:
            response.release()

    async def _close(self) -> None:
        for socket in self._sockets.values():
            await socket.close()
        for reader in self._readers:
            reader.cancel()
        await asyncio.gather(*self._readers, return_exceptions=True)
        if self._session is not None:
            await self._session.close()
