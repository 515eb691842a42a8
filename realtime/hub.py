"""The per-process hub: every live connection's subscriptions, matched in memory against each bus entry.

Plain Channels fans a message out with one Redis operation per group member; at thousands of sockets that
is the bottleneck. Here a server process reads the bus once (``realtime.bus``), and for each event:

- probes only the index buckets the event can match (its city and category, and the "any" buckets),
- evaluates each *distinct* filter set once, however many sockets share it (``Matcher.signature``),
- builds the frame text once per distinct list of subscription ids (most clients use the same few ids),
- hands the text to each matching connection's bounded queue (``QueuedSink``).

One hub per event loop (a server process has one; tests make one per test loop). It starts reading the bus
when its first connection attaches and stops when the last one leaves.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import json
import logging
from collections.abc import Callable, Hashable
from typing import Any

from django.conf import settings
from django.utils import timezone

from config.clients import client_key
from realtime.bus import GAP_TOPIC, Entry, get_bus
from realtime.matching import Matcher, candidate_keys

logger = logging.getLogger(__name__)

REMOVALS = frozenset({"event.cancelled", "event.removed"})
# Below Daphne's WebSocket handshake timeout (5 s): with Redis away a connection still opens, and catches up.
READY_TIMEOUT = 2.0

# This process's totals since it started (realtime.metrics shows them on the WebSocket server's /metrics).
STATS: collections.Counter[str] = collections.Counter()


Batch = dict["QueuedSink", list[tuple[Entry, tuple[str, ...], bytes]]]


class QueuedSink:
    """A connection's outgoing side: a bounded queue drained by a writer task that exists only while busy.

    ``write`` must await the transport (config.daphne makes a WebSocket send wait while the client is not
    reading), so a client that falls behind fills its queue instead of the server's memory; at the limit it
    gets ``overflow`` (a resync message, then the connection ends).
    """

    # A server that can write pre-framed bytes to this connection's socket (config.daphne) sets this.
    direct: Callable[[bytes], bool] | None = None

    def sink_init(self) -> None:
        # Made when a frame must wait, dropped once drained: an idle connection holds none (an empty deque is 760
        # bytes, and most of a server's sockets are idle).
        self._queue: collections.deque[str] | None = None
        self._writer: asyncio.Task[None] | None = None
        self._overflowed = False

    def framed(self, entry: Entry, subscription_ids: tuple[str, ...], cache: dict[Hashable, Any]) -> bytes | None:
        """The message as bytes ready for ``direct`` (None: this sink has no such form)."""
        return None

    def frame(self, entry: Entry, subscription_ids: tuple[str, ...], cache: dict[Hashable, str]) -> str:
        raise NotImplementedError

    async def write(self, frame: str) -> None:
        raise NotImplementedError

    async def overflow(self) -> None:
        raise NotImplementedError

    def resync(self) -> None:
        """Pushes may have been lost (a gap on the bus): tell the client to reload what it shows; it stays subscribed."""
        raise NotImplementedError

    def push(
        self, entry: Entry, subscription_ids: tuple[str, ...], cache: dict[Hashable, str], batch: Batch | None = None
    ) -> None:
        if batch is not None and self in batch:  # already writing directly in this batch: keep the order
            batch[self].append((entry, subscription_ids, self.framed(entry, subscription_ids, cache) or b""))
            return
        direct = self.direct
        if direct is not None and not self._queue and self._writer is None and not self._overflowed:
            # Nothing waiting for this client: write it directly (at the end of the batch, in one send).
            data = self.framed(entry, subscription_ids, cache)
            if data is not None:
                if batch is not None:
                    batch[self] = [(entry, subscription_ids, data)]
                    return
                if direct(data):
                    return
        self.enqueue(self.frame(entry, subscription_ids, cache))

    def flush(self, parts: list[tuple[Entry, tuple[str, ...], bytes]]) -> None:
        """Write a batch's frames for this connection in one send; if the socket cannot take them now, queue them
        for the paced path instead."""
        data = parts[0][2] if len(parts) == 1 else b"".join(part[2] for part in parts)
        if self.direct is not None and self.direct(data):
            return
        for entry, subscription_ids, _data in parts:
            self.enqueue(self.frame(entry, subscription_ids, {}))

    def enqueue(self, frame: str) -> None:
        if self._overflowed:
            return
        queue = self._queue
        if queue is None:
            queue = self._queue = collections.deque()
        if len(queue) >= settings.REALTIME_SEND_QUEUE:
            STATS["dropped"] += 1
            self._overflowed = True
            queue.clear()
            if self._writer is not None:
                self._writer.cancel()  # it may be stuck on this very client's send
            self._writer = asyncio.get_running_loop().create_task(self.overflow())
            return
        queue.append(frame)
        if self._writer is None:
            self._writer = asyncio.get_running_loop().create_task(self._drain())

    async def _drain(self) -> None:
        try:
            while self._queue:
                await self.write(self._queue.popleft())
        except Exception:  # the client went away mid-send: its disconnect handler cleans up
            logger.debug("realtime: send failed", exc_info=True)
        finally:
            if not self._overflowed:
                self._writer = None
                if not self._queue:
                    self._queue = None

    def sink_close(self) -> None:
        self._queue = None
        if self._writer is not None and not self._writer.done():
            self._writer.cancel()


@dataclasses.dataclass
class _Group:
    """Subscriptions with the same filters: evaluated once per event for all of them."""

    matcher: Matcher
    members: dict[QueuedSink, set[str]] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass(frozen=True)
class Subscription:
    id: str
    topic: str
    matcher: Matcher | None = None  # events (and only events) have one
    keys: tuple[str, ...] = ()  # places: venue ids; weather: one city slug


class Hub:
    def __init__(self) -> None:
        self._events: dict[tuple[str | None, str | None], dict[str, _Group]] = {}
        self._keyed: dict[tuple[str, str], dict[QueuedSink, set[str]]] = {}  # (topic, key) → members
        self._topic_wide: dict[str, dict[QueuedSink, set[str]]] = {}  # moderation
        self._subscriptions: dict[QueuedSink, dict[str, Subscription]] = {}
        self._addresses: collections.Counter[str] = collections.Counter()
        self._address_of: dict[QueuedSink, str] = {}
        self.ready = asyncio.Event()  # set once the bus reader knows where it starts
        self._reader: asyncio.Task[None] | None = None

    # --- connections --------------------------------------------------------------------------------------

    def attach(self, sink: QueuedSink, address: str = "") -> bool:
        """Register a connection; False when its address already has the most sockets allowed."""
        address = client_key(address)  # IPv6 counted per /64; behind a proxy run with --proxy-headers
        if address and self._addresses[address] >= settings.REALTIME_MAX_SOCKETS_PER_IP:
            return False
        self._subscriptions[sink] = {}
        if address:
            self._addresses[address] += 1
            self._address_of[sink] = address
        if self._reader is None:
            self.ready = asyncio.Event()
            self._reader = asyncio.get_running_loop().create_task(get_bus().listen(self.deliver, self.ready))
        return True

    async def wait_ready(self, timeout: float = READY_TIMEOUT) -> None:
        """Wait until the bus reader has fixed its starting point, so a client told "subscribed" misses nothing
        published afterwards (bounded: with Redis away the connection still opens, and catches up later)."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.ready.wait(), timeout)

    def detach(self, sink: QueuedSink) -> None:
        for subscription_id in list(self._subscriptions.get(sink, ())):
            self.unsubscribe(sink, subscription_id)
        self._subscriptions.pop(sink, None)
        address = self._address_of.pop(sink, "")
        if address:
            self._addresses[address] -= 1
            if self._addresses[address] <= 0:
                del self._addresses[address]
        if not self._subscriptions and self._reader is not None:
            self._reader.cancel()
            self._reader = None

    @property
    def connections(self) -> int:
        return len(self._subscriptions)

    @property
    def subscriptions(self) -> int:
        return sum(len(subscriptions) for subscriptions in list(self._subscriptions.values()))

    def subscription_count(self, sink: QueuedSink) -> int:
        return len(self._subscriptions.get(sink, ()))

    def has_subscription(self, sink: QueuedSink, subscription_id: str) -> bool:
        return subscription_id in self._subscriptions.get(sink, ())

    # --- subscriptions ------------------------------------------------------------------------------------

    def subscribe(self, sink: QueuedSink, subscription: Subscription) -> None:
        self.unsubscribe(sink, subscription.id)
        self._subscriptions.setdefault(sink, {})[subscription.id] = subscription
        if subscription.matcher is not None:
            groups = self._events.setdefault(subscription.matcher.key, {})
            group = groups.setdefault(subscription.matcher.signature, _Group(subscription.matcher))
            group.members.setdefault(sink, set()).add(subscription.id)
        elif subscription.keys:
            for key in subscription.keys:
                self._keyed.setdefault((subscription.topic, key), {}).setdefault(sink, set()).add(subscription.id)
        else:
            self._topic_wide.setdefault(subscription.topic, {}).setdefault(sink, set()).add(subscription.id)

    def unsubscribe(self, sink: QueuedSink, subscription_id: str) -> bool:
        subscription = self._subscriptions.get(sink, {}).pop(subscription_id, None)
        if subscription is None:
            return False
        if subscription.matcher is not None:
            groups = self._events.get(subscription.matcher.key, {})
            group = groups.get(subscription.matcher.signature)
            if group is not None:
                _discard(group.members, sink, subscription_id)
                if not group.members:
                    del groups[subscription.matcher.signature]
                if not groups:
                    self._events.pop(subscription.matcher.key, None)
        elif subscription.keys:
            for key in subscription.keys:
                members = self._keyed.get((subscription.topic, key), {})
                _discard(members, sink, subscription_id)
                if not members:
                    self._keyed.pop((subscription.topic, key), None)
        else:
            _discard(self._topic_wide.get(subscription.topic, {}), sink, subscription_id)
        return True

    # --- delivery -----------------------------------------------------------------------------------------

    def deliver(self, entries: list[Entry]) -> None:
        """Called on the loop with new bus entries; pushes each to the connections it matches."""
        STATS["entries"] += len(entries)
        # Frames for connections written directly are gathered over the whole batch and sent once per connection:
        # under load batches grow, so one send carries several messages (the per-send syscall is the main cost).
        batch: Batch = {}
        for entry in entries:
            try:
                if entry.topic == GAP_TOPIC:
                    _flush(batch)  # what came before the gap goes out before the resync
                    batch = {}
                    self.resync_all()
                    continue
                if entry.topic == "events":
                    hits = self._event_hits(entry)
                elif entry.key is not None:
                    hits = self._keyed.get((entry.topic, entry.key), {})
                else:
                    hits = self._topic_wide.get(entry.topic, {})
                cache: dict[Hashable, str] = {}
                for sink, subscription_ids in list(hits.items()):
                    sink.push(entry, tuple(sorted(subscription_ids)), cache, batch)
                STATS["deliveries"] += len(hits)
            except Exception:  # one bad entry (or connection) never stops the stream for the others
                logger.exception("realtime: could not deliver entry %s", entry.id)
        _flush(batch)

    def resync_all(self) -> None:
        """A gap on the bus: every connection is told ``resync``."""
        STATS["gaps"] += 1
        for sink in list(self._subscriptions):
            try:
                sink.resync()
            except Exception:
                logger.exception("realtime: could not tell a connection to resync")

    def _event_hits(self, entry: Entry) -> dict[QueuedSink, set[str]]:
        facts = entry.facts or {}
        removal = entry.type in REMOVALS
        now = timezone.now()
        hits: dict[QueuedSink, set[str]] = {}
        for key in candidate_keys(facts):
            for group in self._events.get(key, {}).values():
                if not group.matcher.matches(facts, now=now, removal=removal):
                    continue
                for sink, subscription_ids in group.members.items():
                    found = hits.get(sink)
                    if found is None:
                        hits[sink] = set(subscription_ids)
                    else:
                        found.update(subscription_ids)
        return hits

    def matches(self, subscription: Subscription, entry: Entry) -> bool:
        """Whether one subscription wants this entry (used to filter a replay)."""
        if entry.topic != subscription.topic:
            return False
        if subscription.matcher is not None:
            return subscription.matcher.matches(entry.facts or {}, now=timezone.now(), removal=entry.type in REMOVALS)
        if subscription.keys:
            return entry.key in subscription.keys
        return True


def _flush(batch: Batch) -> None:
    for sink, parts in batch.items():
        try:
            sink.flush(parts)
        except Exception:
            logger.exception("realtime: could not write to a connection")


def _discard(members: dict[QueuedSink, set[str]], sink: QueuedSink, subscription_id: str) -> None:
    ids = members.get(sink)
    if ids is None:
        return
    ids.discard(subscription_id)
    if not ids:
        del members[sink]


_hubs: dict[asyncio.AbstractEventLoop, Hub] = {}


def all_hubs() -> list[Hub]:
    """Every hub of this process (one per running event loop; the WebSocket server has one)."""
    return [hub for loop, hub in list(_hubs.items()) if not loop.is_closed()]


def get_hub() -> Hub:
    """This event loop's hub."""
    loop = asyncio.get_running_loop()
    hub = _hubs.get(loop)
    if hub is None:
        for old in [old for old in _hubs if old.is_closed()]:
            with contextlib.suppress(KeyError):
                del _hubs[old]
        hub = _hubs[loop] = Hub()
    return hub


def ws_text_frame(text: str) -> bytes:
    """One unmasked, unfragmented WebSocket text frame (RFC 6455 §5.2): what a server sends for ``text``."""
    payload = text.encode()
    size = len(payload)
    if size < 126:
        head = bytes((0x81, size))
    elif size < 65_536:
        head = bytes((0x81, 126)) + size.to_bytes(2, "big")
    else:
        head = bytes((0x81, 127)) + size.to_bytes(8, "big")
    return head + payload


def frame_with_subscriptions(entry: Entry, subscription_ids: tuple[str, ...], cache: dict[Hashable, Any]) -> str:
    """The WebSocket frame: the entry's message with the socket's matching subscription ids in front."""
    frame = cache.get(subscription_ids)
    if frame is None:
        frame = cache[subscription_ids] = (
            '{"subscriptions":' + json.dumps(list(subscription_ids), separators=(",", ":")) + "," + entry.message[1:]
        )
    return str(frame)
