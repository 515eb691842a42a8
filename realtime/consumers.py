"""The WebSocket consumer of ``/ws/events/``: the protocol in docs/realtime.md.

The consumer only speaks the protocol: subscriptions are validated by ``realtime.subscriptions`` and matched
by the hub; it never publishes (pushes come from services, after commit, through the bus).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Hashable
from typing import Any

from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings

from realtime import WRITE_FRAME
from realtime.bus import Entry
from realtime.hub import Batch, QueuedSink, frame_with_subscriptions, get_hub, ws_text_frame
from realtime.subscriptions import SubscriptionError, build_subscription, snapshot

logger = logging.getLogger(__name__)


# Close codes: 1009 frame too big (RFC 6455), 4008 fell behind (resync first).
CLOSE_TOO_BIG = 1009
CLOSE_BEHIND = 4008
PONG = json.dumps({"type": "pong"})
RESYNC = json.dumps({"type": "resync"})

TEXT_ONLY = "Send JSON text frames."
NOT_JSON = "The frame is not valid JSON."
NOT_OBJECT = "A frame must be a JSON object with an action."
UNKNOWN_ACTION = "Unknown action {action!r}: use subscribe, unsubscribe or ping."
TOO_BIG = "Frames are limited to {limit} bytes."
BAD_ID = "An id is a string of 1 to 64 characters."
TOO_MANY = "At most {limit} subscriptions per connection."
TOO_FAST = "Too many messages: at most {rate} a second."
# Actions a socket may send: a burst of BURST, then RATE a second (each may cost a query); beyond, it is closed.
RATE = 10.0
BURST = 30.0
CLOSE_TOO_FAST = 4029
NOT_SUBSCRIBED = "No subscription with this id."


def message(kind: str, **fields: Any) -> str:
    return json.dumps({"type": kind, **fields}, separators=(",", ":"))


def error(errors: dict[str, list[str]], subscription_id: str | None = None) -> str:
    body: dict[str, Any] = {"type": "error"}
    if subscription_id is not None:
        body["id"] = subscription_id
    body["errors"] = errors
    return json.dumps(body, separators=(",", ":"))


class EventsConsumer(QueuedSink, AsyncWebsocketConsumer):
    # No Channels layer: pushes arrive through the hub (one bus reader per process), not per-socket groups.
    channel_layer_alias = "__realtime_none__"

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        try:
            await super().__call__(scope, receive, send)
        finally:  # however the connection ends (even by an error in this consumer), the hub forgets it
            self._leave()

    def _leave(self) -> None:
        if getattr(self, "attached", False):
            self.hub.detach(self)
            self.attached = False
        if hasattr(self, "_queue"):
            self.sink_close()

    async def connect(self) -> None:
        self.sink_init()
        self.direct = self.scope.get(WRITE_FRAME)  # config.daphne's fast path; None under other servers
        self._held: list[str] | None = None
        self._tokens = BURST
        self._refilled = time.monotonic()
        self._closing = False
        self.hub = get_hub()
        client = self.scope.get("client") or ("", 0)
        if not self.hub.attach(self, str(client[0] or "")):
            await self.close()  # before accept: the handshake is refused (403)
            self.attached = False
            return
        self.attached = True
        await self.hub.wait_ready()
        await self.accept()

    async def disconnect(self, code: int) -> None:
        self._leave()

    # --- outgoing -----------------------------------------------------------------------------------------

    def frame(self, entry: Entry, subscription_ids: tuple[str, ...], cache: dict[Hashable, str]) -> str:
        return frame_with_subscriptions(entry, subscription_ids, cache)

    def framed(self, entry: Entry, subscription_ids: tuple[str, ...], cache: dict[Hashable, Any]) -> bytes:
        key = ("ws-bytes", subscription_ids)
        data = cache.get(key)
        if data is None:
            data = cache[key] = ws_text_frame(frame_with_subscriptions(entry, subscription_ids, cache))
        return data

    def push(
        self, entry: Entry, subscription_ids: tuple[str, ...], cache: dict[Hashable, str], batch: Batch | None = None
    ) -> None:
        if self._held is not None:  # a snapshot is being read: newer pushes go out after it
            self._held.append(self.frame(entry, subscription_ids, cache))
            return
        super().push(entry, subscription_ids, cache, batch)

    async def write(self, frame: str) -> None:
        await self.send(text_data=frame)

    async def overflow(self) -> None:
        """Fell behind: say so (if the client still reads at all), then end the connection."""
        self.hub.detach(self)
        self.attached = False
        try:
            await asyncio.wait_for(self.send(text_data=RESYNC), settings.REALTIME_BEHIND_GRACE_SECONDS)
        except Exception:  # noqa: BLE001 (whatever the transport raises, this client is being dropped)
            logger.info("realtime: a client that fell behind did not take its resync message")
        await self.close(code=CLOSE_BEHIND)

    def resync(self) -> None:
        self.enqueue(RESYNC)

    # --- incoming -----------------------------------------------------------------------------------------

    def _allowed(self) -> bool:
        """A token bucket per socket: Daphne queues inbound frames without bound, so the rate is bounded here."""
        now = time.monotonic()
        self._tokens = min(BURST, self._tokens + (now - self._refilled) * RATE)
        self._refilled = now
        if self._tokens < 1:
            return False
        self._tokens -= 1
        return True

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self._closing:  # frames still queued from a client we are closing: no work for them
            return
        if not self._allowed():
            self._closing = True
            await self.send(text_data=error({"frame": [TOO_FAST.format(rate=int(RATE))]}))
            await self.close(code=CLOSE_TOO_FAST)
            self._leave()
            return
        if text_data is None:
            await self.send(text_data=error({"frame": [TEXT_ONLY]}))
            return
        if len(text_data) > settings.REALTIME_MAX_FRAME_BYTES:
            await self.send(text_data=error({"frame": [TOO_BIG.format(limit=settings.REALTIME_MAX_FRAME_BYTES)]}))
            await self.close(code=CLOSE_TOO_BIG)
            return
        try:
            data = json.loads(text_data)
        except (ValueError, RecursionError):  # RecursionError: a frame of thousands of nested brackets
            await self.send(text_data=error({"frame": [NOT_JSON]}))
            return
        if not isinstance(data, dict):
            await self.send(text_data=error({"frame": [NOT_OBJECT]}))
            return
        action = data.get("action")
        if action == "ping":
            await self.send(text_data=PONG)
        elif action == "subscribe":
            await self.subscribe(data)
        elif action == "unsubscribe":
            await self.unsubscribe(data)
        else:
            await self.send(text_data=error({"action": [UNKNOWN_ACTION.format(action=action)]}))

    async def subscribe(self, data: dict[str, Any]) -> None:
        subscription_id = data.get("id")
        if not isinstance(subscription_id, str) or not 0 < len(subscription_id) <= 64:
            await self.send(text_data=error({"id": [BAD_ID]}))
            return
        if not getattr(self, "attached", False):
            return
        limit = settings.REALTIME_MAX_SUBSCRIPTIONS
        if not self.hub.has_subscription(self, subscription_id) and self.hub.subscription_count(self) >= limit:
            await self.send(text_data=error({"id": [TOO_MANY.format(limit=limit)]}, subscription_id))
            return
        try:
            subscription = await build_subscription(subscription_id, data, self.scope)
        except SubscriptionError as problem:
            await self.send(text_data=error(problem.errors, subscription_id))
            return
        if subscription.topic == "events":  # no current state to send: pushes start now
            self.hub.subscribe(self, subscription)
            await self.send(text_data=message("subscribed", id=subscription_id))
            return
        # Current state first, then what changed while it was read (held, not lost, never sent before it).
        self._held = []
        try:
            self.hub.subscribe(self, subscription)
            await self.send(text_data=message("subscribed", id=subscription_id))
            current = await snapshot(subscription)
        finally:
            held, self._held = self._held, None
        for entry in current:
            self.enqueue(frame_with_subscriptions(entry, (subscription_id,), {}))
        for frame in held:
            self.enqueue(frame)

    async def unsubscribe(self, data: dict[str, Any]) -> None:
        subscription_id = data.get("id")
        if not isinstance(subscription_id, str) or not self.hub.unsubscribe(self, subscription_id):
            await self.send(
                text_data=error({"id": [NOT_SUBSCRIBED]}, subscription_id if isinstance(subscription_id, str) else None)
            )
            return
        await self.send(text_data=message("unsubscribed", id=subscription_id))


class RefuseConsumer(AsyncWebsocketConsumer):
    """Any other WebSocket path: the handshake is refused (403), quietly."""

    channel_layer_alias = "__realtime_none__"

    async def connect(self) -> None:
        await self.close()
