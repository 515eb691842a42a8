"""The WebSocket server's entry point: Daphne, bounded in what it will hold for a client, serving
``config.asgi:ws_application``.

    python -m config.daphne -b 0.0.0.0 -p 8001

Daphne (through Twisted) would hold, for any one client, as much as that client can make it:

- **Request bodies.** It buffers a request's whole body before the ASGI application sees the request, so no
  application-level check can stop a 900 MB POST from being held in memory. Here each request counts its
  body as it arrives: a Content-Length over ``DATA_UPLOAD_MAX_MEMORY_SIZE``, or chunks adding up past it,
  get a 413 JSON answer and the connection is closed at once; nothing beyond the limit is stored.
- **Incoming WebSocket frames.** Autobahn collects a frame before handing it over; Daphne's limit is 1 MB
  and an over-limit frame drops the TCP connection without a word. Here the limit is
  ``REALTIME_MAX_FRAME_BYTES`` per frame and per message (a fragmented one in total), checked on each
  frame's header (before its payload is buffered), and the client gets a close frame with 1009 ("message too
  big") and the reason. What the server sends is not limited.
- **Outgoing data for a client that does not read.** The application's ``await send(...)`` wrote straight
  into Twisted's per-connection buffer and returned at once, so a stalled client grew the server's memory by
  everything sent to it. Here each connection has a :class:`SendGate`, registered as the transport's push
  producer: Twisted pauses it when the connection's buffer passes its high-water mark (64 KB) and resumes it
  once the buffer has drained. ``await send(...)`` of a WebSocket frame or of a streamed HTTP body (server-
  sent events) writes, then waits while the gate is paused, so a slow client slows the application's sender
  for that connection only (the realtime hub keeps a bounded queue in front of it and drops the client when
  it fills). While paused the server also stops reading from that client, so pings or messages it keeps
  sending cannot make the server queue answers either; a client that never reads again misses the pong to
  Daphne's keep-alive ping and is dropped after ``--ping-interval`` + ``--ping-timeout`` seconds, which also
  releases a sender still waiting on it. Closing never waits.

Every option of the ``daphne`` command is accepted; the application is ``ws_application``, which answers
plain HTTP with 404 (HTTP belongs to gunicorn) except the long-lived streams, and serves WebSockets.
"""

from __future__ import annotations

import asyncio
import gc
import json
import os
import random
import sys
import time
from functools import partial
from typing import Any

import daphne.server
from daphne.cli import CommandLineInterface
from daphne.http_protocol import HTTPFactory, WebRequest
from daphne.ws_protocol import WebSocketFactory, WebSocketProtocol
from django.conf import settings
from twisted.internet.interfaces import IPushProducer
from zope.interface import implementer

from config.asgi_queue import InputQueue
from config.probes import GATE
from realtime import WRITE_FRAME

APPLICATION = "config.asgi:ws_application"
GC_THRESHOLD = 50_000
TOO_LARGE = "The request body is larger than {limit} bytes."
MESSAGE_TOO_BIG = "Messages are limited to {limit} bytes."


def refusal(status: int, reason: str, message: str) -> bytes:
    """A complete HTTP/1.1 response with a JSON error body that closes the connection."""
    body = json.dumps({"error": message}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    )
    return head.encode() + body


@implementer(IPushProducer)
class SendGate:
    """Open while a connection's outgoing buffer is under Twisted's high-water mark, shut while it is over.

    Twisted calls ``pauseProducing`` from ``transport.write`` when the buffer passes ``bufferSize`` and
    ``resumeProducing`` when it has been written out; ``stopProducing`` when the connection is gone.
    ``reading`` is the transport whose reading is paused along with the gate (None: leave reading alone).
    A future to wait on exists only while the gate is shut and a sender waits (an asyncio.Event per connection was
    0.9 KB held for the connection's life, and most connections are never paused).
    """

    __slots__ = ("_reading", "_reopened", "closed", "paused")

    def __init__(self, reading: Any = None) -> None:
        self.paused = False
        self._reopened: asyncio.Future[None] | None = None
        self._reading = reading
        self.closed = False

    def _open(self) -> None:
        self.paused = False
        waiter, self._reopened = self._reopened, None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)

    def pauseProducing(self) -> None:  # noqa: N802 (Twisted's name)
        if self.closed:
            return
        self.paused = True
        if self._reading is not None:
            self._reading.pauseProducing()

    def resumeProducing(self) -> None:  # noqa: N802 (Twisted's name)
        if self.closed:
            return
        self._open()
        if self._reading is not None:
            self._reading.resumeProducing()

    def stopProducing(self) -> None:  # noqa: N802 (Twisted's name)
        self.release()

    def release(self) -> None:
        """The connection is closing or gone: nobody waits for it any more (later sends are dropped by Daphne)."""
        self.closed = True
        self._open()

    async def wait(self) -> None:
        if self.paused:
            if self._reopened is None:
                self._reopened = asyncio.get_running_loop().create_future()
            # Shielded: one sender cancelled must not cancel the future the others wait on.
            await asyncio.shield(self._reopened)


class LimitedWebRequest(WebRequest):
    """Daphne's request, refusing a body over the limit while it arrives instead of after buffering it, and
    pacing a streamed response (server-sent events) to what the client reads."""

    _refused = False
    _received = 0
    send_gate: SendGate | None = None

    def gotLength(self, length: int | None) -> None:  # noqa: N802 (Twisted's name)
        self._limit: int = settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0
        if length is not None and length > self._limit:
            # Twisted would size a temporary file for it; refuse before a byte of the body is read.
            super().gotLength(0)
            self._refuse()
            return
        super().gotLength(length)

    def handleContentChunk(self, data: bytes) -> None:  # noqa: N802 (Twisted's name)
        if self._refused:
            return  # what was already in the socket buffer when we refused: dropped, never stored
        self._received += len(data)
        if self._received > self._limit:
            self._refuse()
            return
        super().handleContentChunk(data)

    def process(self) -> Any:
        if self._refused:
            return None  # the rest of a refused body arrived in the same read: already answered, never dispatched
        return super().process()

    def _refuse(self) -> None:
        self._refused = True
        channel = self.channel
        if channel is None or channel.transport is None:
            return
        channel.transport.write(refusal(413, "Content Too Large", TOO_LARGE.format(limit=self._limit)))
        # Stops reading from the socket, flushes the answer, closes: the rest of the body is never received.
        channel.loseConnection()

    def handle_reply(self, message: dict[str, Any]) -> None:
        if message["type"] == "http.response.body" and message.get("more_body") and self.send_gate is None:
            if self.channel is not None and not self.finished:
                # A streamed response: the HTTP channel (the transport's producer) passes its pause and resume
                # on to the request's producer. It already stops reading from a client it cannot write to.
                self.send_gate = SendGate()
                self.registerProducer(self.send_gate, True)
        super().handle_reply(message)

    def finish(self) -> None:
        if self.send_gate is not None:
            self.send_gate.release()
            if self.channel is not None:
                self.unregisterProducer()
        super().finish()

    def connectionLost(self, reason: Any) -> None:  # noqa: N802 (Twisted's name)
        if self.send_gate is not None:
            self.send_gate.release()
        super().connectionLost(reason)


class LimitedHTTPFactory(HTTPFactory):
    def buildProtocol(self, addr: Any) -> Any:  # noqa: N802 (Twisted's name)
        protocol = super().buildProtocol(addr)
        protocol.requestFactory = LimitedWebRequest
        return protocol


class PacedWebSocketProtocol(WebSocketProtocol):
    """Daphne's WebSocket protocol with a :class:`SendGate` on its transport and a limit on what it receives."""

    send_gate: SendGate | None = None
    message_data_total_length: int
    failedByMe: bool  # noqa: N815 (autobahn's name)

    def onMessageFrameBegin(self, length: int) -> None:  # noqa: N802 (autobahn's name)
        # Autobahn's message limit would also refuse to *send* a larger message (an event with a long
        # description); only the client's messages are limited, so the running total is checked here, on each
        # frame's announced length, before its payload arrives (the frame limit is autobahn's own check).
        super().onMessageFrameBegin(length)
        limit = settings.REALTIME_MAX_FRAME_BYTES
        if not self.failedByMe and self.message_data_total_length > limit:
            self._max_message_size_exceeded(self.message_data_total_length, limit, MESSAGE_TOO_BIG.format(limit=limit))

    def connectionMade(self) -> None:  # noqa: N802 (Twisted's name)
        super().connectionMade()
        transport = self.transport
        gate = SendGate(reading=transport)
        # The connection arrived as HTTP: Twisted's HTTP channel registered itself as this transport's producer
        # and still is after Daphne hands the transport over. Its pause would stop reading, but nothing would
        # ever hold back the writer, which is now this protocol.
        transport.unregisterProducer()
        transport.registerProducer(gate, True)
        self.send_gate = gate

    def onOpen(self) -> None:  # noqa: N802 (autobahn's name)
        super().onOpen()
        # Daphne pings a connection once it has been quiet for ping_interval, checked every couple of seconds for
        # all of them: sockets opened together would be pinged together forever, a burst that stalls pushes.
        # Starting each one's clock at a random point of the interval spreads the pings out.
        self.last_ping = time.time() - random.uniform(0, self.server.ping_interval)  # noqa: S311 (not a secret)

    def connectionLost(self, reason: Any) -> None:  # noqa: N802 (Twisted's name)
        if self.send_gate is not None:
            self.send_gate.release()
        super().connectionLost(reason)

    def write_frame(self, frame: bytes) -> bool:
        """Write an already-framed server message (``realtime.hub.ws_text_frame``) straight to the socket: the live
        hub's fast path, one buffer write per connection, no per-message task. False when the connection is not
        open or its buffer is over the high-water mark: the caller then queues it and awaits the paced send."""
        gate = self.send_gate
        if gate is None or gate.paused or gate.closed or self.state != self.STATE_OPEN:
            return False
        transport = self.transport
        sock = getattr(transport, "socket", None)  # a plain TCP connection (not TLS): its socket
        if sock is not None and not transport.dataBuffer and not transport._tempDataBuffer:
            # Nothing buffered: one send() now. Twisted's write would register the socket for writability and
            # send on the next loop turn (two epoll changes and a callback per message, the fan-out's main cost).
            try:
                sent = sock.send(frame)
            except BlockingIOError:
                sent = 0
            except OSError:
                return False  # the connection is going; its close arrives through Twisted
            if sent == len(frame):
                return True
            frame = frame[sent:]
        transport.write(frame)  # the rest, buffered by Twisted (which pauses the gate past its high-water mark)
        return True

    def handle_reply(self, message: dict[str, Any]) -> None:
        if message.get("type") == "websocket.close" and self.send_gate is not None:
            self.send_gate.release()  # a sender still waiting on this client is told to give up now
        super().handle_reply(message)


class PacedWebSocketFactory(WebSocketFactory):
    protocol = PacedWebSocketProtocol

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Autobahn's default on a protocol error or an over-limit frame is to drop the TCP connection; a close
        # frame with the code (1009 for too big) and a reason tells the client what happened.
        self.setProtocolOptions(failByDrop=False)


class RealtimeServer(daphne.server.Server):
    """Daphne's server with the limits above: request bodies, frames, and sends paced by each client."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Checked by autobahn on each incoming frame's header; a fragmented message's total is checked by
        # PacedWebSocketProtocol (autobahn's own message limit applies to what the server sends too).
        self.websocket_max_frame_size = settings.REALTIME_MAX_FRAME_BYTES
        self.websocket_max_message_size = 0

    def run(self) -> None:
        # Server.run() builds both factories from these module globals; it has no hook for them.
        daphne.server.HTTPFactory = LimitedHTTPFactory
        daphne.server.WebSocketFactory = PacedWebSocketFactory
        super().run()

    def create_application(self, protocol: Any, scope: dict[str, Any]) -> Any:
        """Daphne's create_application with an InputQueue (config/asgi_queue.py) in place of its asyncio.Queue."""
        if isinstance(protocol, PacedWebSocketProtocol):
            scope[WRITE_FRAME] = protocol.write_frame
        assert "application_instance" not in self.connections[protocol]  # noqa: S101 - Daphne's own check
        input_queue = InputQueue()
        scope.setdefault("asgi", {"version": "3.0"})
        instance = self.application(scope=scope, receive=input_queue.get, send=partial(self.handle_reply, protocol))
        if protocol not in self.connections:
            return None
        self.connections[protocol]["application_instance"] = asyncio.ensure_future(
            instance, loop=asyncio.get_event_loop()
        )
        return input_queue

    def log_action(self, protocol: Any, action: str, details: dict[str, Any]) -> None:
        # Healthy /healthz probes mostly stay out of the access log (config/probes.py).
        if protocol == "http" and action == "complete" and not GATE.should_log(details["path"], details["status"]):
            return
        super().log_action(protocol, action, details)

    async def handle_reply(self, protocol: Any, message: dict[str, Any]) -> None:
        await super().handle_reply(protocol, message)
        kind = message.get("type")
        if kind == "websocket.send" or (kind == "http.response.body" and message.get("more_body")):
            gate: SendGate | None = getattr(protocol, "send_gate", None)
            if gate is not None:
                await gate.wait()


class RealtimeCommandLine(CommandLineInterface):
    server_class = RealtimeServer


def main(argv: list[str] | None = None, application: str = APPLICATION) -> None:
    """Run the server; ``application`` is only ever changed by tests (a small app of their own)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    # Thousands of connections are thousands of long-lived objects: with the default thresholds the collector
    # walks them again and again (pauses of hundreds of milliseconds at 20,000 sockets). Young objects are
    # collected far less often here.
    gc.set_threshold(GC_THRESHOLD, 20, 100)
    args = list(sys.argv[1:] if argv is None else argv)
    RealtimeCommandLine().run([*args, application])


if __name__ == "__main__":
    main()
