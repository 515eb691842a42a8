"""Server-sent events: ``/sse/events/?<filters>`` and ``/sse/weather/?city=<slug>`` (docs/realtime.md).

Plain ASGI applications rather than Channels consumers: a stream must keep writing while it also listens for
the client going away, and a Channels HTTP consumer handles one message at a time. Here one task writes and
the request's own ``receive`` is watched for ``http.disconnect``, which ends both.

A stream is a hub connection with one subscription. On reconnect the browser sends ``Last-Event-ID``; the
stream first replays the matching entries after that id from the bus's bounded buffer (live entries arriving
meanwhile are held, then sent if newer), or starts with ``resync`` when the buffer no longer reaches back that
far.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Hashable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

import redis
from django.conf import settings
from django.http import QueryDict

from events.filters import unknown_keys
from realtime.bus import GAP_TOPIC, Entry, get_bus, id_tuple, valid_id
from realtime.hub import Batch, QueuedSink, Subscription, get_hub
from realtime.subscriptions import SubscriptionError, build_subscription, snapshot

logger = logging.getLogger(__name__)

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

INVALID = "Invalid input: see fields."
TOO_MANY = "Too many live connections from this address."
METHOD = "Use GET."
HEARTBEAT = ": heartbeat\n\n"
RESYNC = 'event: resync\ndata: {"type":"resync"}\n\n'
RETRY_MS = 3000
STREAM_HEADERS = [
    (b"content-type", b"text/event-stream; charset=utf-8"),
    (b"cache-control", b"no-cache, no-transform"),
    (b"x-accel-buffering", b"no"),  # nginx: pass each message through, don't buffer the stream
]


def sse_frame(entry: Entry) -> str:
    head = f"id: {entry.id}\n" if entry.id else ""
    return f"{head}event: {entry.type}\ndata: {entry.message}\n\n"


def cors_headers(scope: Scope) -> list[tuple[bytes, bytes]]:
    """Let the site's own pages read a stream served from the WebSocket server's origin (compose: :8001)."""
    origin = dict(scope.get("headers") or []).get(b"origin", b"").decode("latin-1")
    allowed = {_origin(settings.SITE_URL), *(_origin(url) for url in settings.CSRF_TRUSTED_ORIGINS)}
    if not origin or origin not in allowed:
        return []
    return [(b"access-control-allow-origin", origin.encode()), (b"vary", b"Origin")]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


async def respond_json(
    send: Send,
    status: int,
    body: dict[str, Any],
    scope: Scope | None = None,
    extra: list[tuple[bytes, bytes]] | None = None,
) -> None:
    data = json.dumps(body).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode())]
    headers += cors_headers(scope or {}) + (extra or [])
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


async def preflight(scope: Scope, send: Send) -> None:
    """A cross-origin reconnect sends Last-Event-ID, which browsers may check with a preflight first."""
    headers = [
        *cors_headers(scope),
        (b"access-control-allow-methods", b"GET"),
        (b"access-control-allow-headers", b"Last-Event-ID"),
        (b"access-control-max-age", b"86400"),
        (b"content-length", b"0"),
    ]
    await send({"type": "http.response.start", "status": 204, "headers": headers})
    await send({"type": "http.response.body", "body": b""})


class Stream(QueuedSink):
    def __init__(self, send: Send) -> None:
        self.sink_init()
        self._send = send
        self._held: list[Entry] | None = []  # live entries that arrive while the replay is read
        self._floor = (-1, -1)  # the newest id already sent by the replay: the live side never repeats it
        self.done = asyncio.Event()

    def push(
        self, entry: Entry, subscription_ids: tuple[str, ...], cache: dict[Hashable, str], batch: Batch | None = None
    ) -> None:
        if self._held is not None:
            self._held.append(entry)
            return
        if entry.id and id_tuple(entry.id) <= self._floor:  # this process's reader lags behind the replay
            return
        super().push(entry, subscription_ids, cache, batch)

    def frame(self, entry: Entry, subscription_ids: tuple[str, ...], cache: dict[Hashable, str]) -> str:
        frame = cache.get("sse")
        if frame is None:
            frame = cache["sse"] = sse_frame(entry)
        return frame

    async def write(self, frame: str) -> None:
        await self._send({"type": "http.response.body", "body": frame.encode(), "more_body": True})

    async def overflow(self) -> None:
        try:
            await asyncio.wait_for(self.write(RESYNC), 5)
        except Exception:  # noqa: BLE001 (whatever the transport raises, this client is being dropped)
            logger.info("realtime: an SSE client that fell behind did not take its resync message")
        self.done.set()

    def resync(self) -> None:
        self.enqueue(RESYNC)

    def release(self, after: str) -> None:
        """End the replay: send the held live entries newer than the last replayed one, then go live."""
        held, self._held = self._held or [], None
        self._floor = id_tuple(after) if after else (-1, -1)
        for entry in held:
            if id_tuple(entry.id) > self._floor:
                self.enqueue(sse_frame(entry))


def _filters(query: QueryDict, topic: str) -> dict[str, Any]:
    data = {key: values if len(values) > 1 else values[0] for key, values in query.lists() if key != "last_event_id"}
    if topic == "weather":
        return {"topic": "weather", "city": data.get("city")}
    return {"topic": "events", "filters": {key: value for key, value in data.items() if key not in unknown_keys(data)}}


class SSEStream:
    """The ASGI application of one SSE path (``topic`` is "events" or "weather")."""

    def __init__(self, topic: str) -> None:
        self.topic = topic

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["method"] == "OPTIONS":
            await preflight(scope, send)
            return
        if scope["method"] not in ("GET", "HEAD"):
            await respond_json(send, 405, {"error": METHOD, "fields": {}}, scope, [(b"allow", b"GET, HEAD, OPTIONS")])
            return
        query = QueryDict(scope.get("query_string", b"").decode("latin-1"))
        try:
            subscription = await build_subscription("sse", _filters(query, self.topic), None)
        except SubscriptionError as problem:
            await respond_json(send, 400, {"error": INVALID, "fields": problem.errors}, scope)
            return
        headers = dict(scope.get("headers") or [])
        last_id = (headers.get(b"last-event-id", b"").decode("latin-1") or query.get("last_event_id", "")).strip()
        hub = get_hub()
        stream = Stream(send)
        client = scope.get("client") or ("", 0)
        tasks: list[asyncio.Future[Any]] = []
        if not hub.attach(stream, str(client[0] or "")):
            await respond_json(send, 429, {"error": TOO_MANY, "fields": {}}, scope)
            return
        try:
            await hub.wait_ready()
            hub.subscribe(stream, subscription)
            await send({"type": "http.response.start", "status": 200, "headers": STREAM_HEADERS + cors_headers(scope)})
            await stream.write(f"retry: {RETRY_MS}\n\n")
            await self._open(hub, stream, subscription, last_id)
            tasks += [
                asyncio.ensure_future(self._heartbeat(stream)),
                asyncio.ensure_future(self._until_disconnect(receive)),
                asyncio.ensure_future(stream.done.wait()),
            ]
            await asyncio.wait(tasks[1:], return_when=asyncio.FIRST_COMPLETED)
        finally:  # also when the server cancels this application: nothing may outlive the stream
            for task in tasks:
                task.cancel()
            hub.detach(stream)
            stream.sink_close()
        try:
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        except Exception:  # the client is already gone
            logger.debug("realtime: SSE client gone before the end of its stream", exc_info=True)

    async def _open(self, hub: Any, stream: Stream, subscription: Subscription, last_id: str) -> None:
        replayed = ""
        if last_id and valid_id(last_id):
            try:
                entries, complete = await get_bus().since(last_id, subscription.topic)
            except (redis.RedisError, OSError):  # the buffer is unreachable: say so, and carry on live
                logger.warning("realtime: SSE replay unavailable", exc_info=True)
                entries, complete = [], False
            if not complete or any(entry.topic == GAP_TOPIC for entry in entries):  # pushes were lost on the way
                stream.enqueue(RESYNC)
            for entry in entries:
                if hub.matches(subscription, entry):
                    stream.enqueue(sse_frame(entry))
            replayed = entries[-1].id if entries else last_id
        else:
            for entry in await snapshot(subscription):
                stream.enqueue(sse_frame(entry))
        stream.release(replayed)

    @staticmethod
    async def _heartbeat(stream: Stream) -> None:
        while True:
            await asyncio.sleep(settings.REALTIME_SSE_HEARTBEAT_SECONDS)
            stream.enqueue(HEARTBEAT)

    @staticmethod
    async def _until_disconnect(receive: Receive) -> None:
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return


events_stream = SSEStream("events")
weather_stream = SSEStream("weather")
