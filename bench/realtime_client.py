"""A minimal WebSocket client: enough of RFC 6455 to open thousands of sockets cheaply and to misbehave on
purpose (never read, announce a huge frame), which no client library lets a test do.

Used by bench/realtime.py (the asyncio :class:`Socket`, a few hundred bytes each) and by
tests/test_ws_server_backpressure.py (the blocking helpers). Text and close frames only; the server's frames
are never masked, the client's always are (the server refuses unmasked ones).
"""

from __future__ import annotations

import asyncio
import base64
import os
import socket
import struct
from collections.abc import Callable, Iterator

TEXT, CLOSE, PING, PONG, CONTINUATION = 0x1, 0x8, 0x9, 0xA, 0x0


def handshake(host: str, port: int, path: str = "/ws/events/", origin: str | None = None) -> bytes:
    key = base64.b64encode(os.urandom(16)).decode()
    lines = [
        f"GET {path} HTTP/1.1",
        f"Host: {host}:{port}",
        "Upgrade: websocket",
        "Connection: Upgrade",
        f"Sec-WebSocket-Key: {key}",
        "Sec-WebSocket-Version: 13",
        f"Origin: {origin or f'http://{host}:{port}'}",
    ]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def frame(payload: bytes, opcode: int = TEXT, *, fin: bool = True, length: int | None = None) -> bytes:
    """One masked client frame; ``length`` announces another payload length than ``payload``'s (a lie)."""
    size = len(payload) if length is None else length
    head = bytearray([(0x80 if fin else 0) | opcode])
    if size < 126:
        head.append(0x80 | size)
    elif size < 1 << 16:
        head += bytes([0x80 | 126]) + struct.pack("!H", size)
    else:
        head += bytes([0x80 | 127]) + struct.pack("!Q", size)
    mask = os.urandom(4)
    return bytes(head) + mask + masked(payload, mask)


def masked(payload: bytes, mask: bytes) -> bytes:
    if not payload:
        return b""
    key = int.from_bytes((mask * (len(payload) // 4 + 1))[: len(payload)], "big")
    return (int.from_bytes(payload, "big") ^ key).to_bytes(len(payload), "big")


def close_code(payload: bytes) -> int | None:
    return struct.unpack("!H", payload[:2])[0] if len(payload) >= 2 else None


class FrameReader:
    """Server frames out of a byte stream, as they complete."""

    def __init__(self) -> None:
        self._buffer = bytearray()

    def feed(self, data: bytes) -> Iterator[tuple[int, bytes]]:
        self._buffer += data
        buffer = self._buffer
        while len(buffer) >= 2:
            size = buffer[1] & 0x7F
            start = 2
            if size == 126:
                if len(buffer) < 4:
                    break
                size, start = struct.unpack_from("!H", buffer, 2)[0], 4
            elif size == 127:
                if len(buffer) < 10:
                    break
                size, start = struct.unpack_from("!Q", buffer, 2)[0], 10
            if len(buffer) < start + size:
                break
            opcode = buffer[0] & 0x0F
            payload = bytes(buffer[start : start + size])
            del buffer[: start + size]
            yield opcode, payload


# --- Blocking (tests) ------------------------------------------------------------------------------------------


class BlockingSocket:
    """One WebSocket over a plain socket: read only when asked to (a client that stops reading is the point)."""

    def __init__(self, host: str, port: int, path: str = "/ws/events/", *, receive_buffer: int | None = None) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        if receive_buffer:
            # Set before connecting, so the kernel advertises a small window and cannot soak up megabytes
            # on the client's behalf: what the server sends then waits on the server's side.
            self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, receive_buffer)
        self.sock.settimeout(30)
        self.sock.connect((host, port))
        self.reader = FrameReader()
        self.pending: list[tuple[int, bytes]] = []
        self.sock.sendall(handshake(host, port, path))
        head = b""
        while b"\r\n\r\n" not in head:
            data = self.sock.recv(4096)
            if not data:
                raise ConnectionError(f"closed during the handshake: {head!r}")
            head += data
        self.status_line, _, rest = head.partition(b"\r\n")
        self.accepted = b" 101 " in self.status_line
        if rest.partition(b"\r\n\r\n")[2]:
            self.pending.extend(self.reader.feed(rest.partition(b"\r\n\r\n")[2]))

    def send_text(self, text: str) -> None:
        self.sock.sendall(frame(text.encode()))

    def send_raw(self, data: bytes) -> None:
        self.sock.sendall(data)

    def receive(self) -> tuple[int, bytes]:
        """The next text or close frame (pings answered on the way); (CLOSE, b"") when the connection ended
        without a close frame."""
        while True:
            while not self.pending:
                try:
                    data = self.sock.recv(1 << 20)
                except ConnectionResetError:
                    data = b""
                if not data:
                    return CLOSE, b""
                self.pending.extend(self.reader.feed(data))
            opcode, payload = self.pending.pop(0)
            if opcode == PING:
                self.sock.sendall(frame(payload, PONG))
            elif opcode != PONG:
                return opcode, payload

    def receive_until_close(self) -> tuple[list[bytes], int | None]:
        """Every text message until the close frame (or the end), and the close code (None: no close frame)."""
        texts: list[bytes] = []
        while True:
            opcode, payload = self.receive()
            if opcode == CLOSE:
                return texts, close_code(payload)
            if opcode == TEXT:
                texts.append(payload)

    def close(self) -> None:
        self.sock.close()

    def __enter__(self) -> BlockingSocket:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- asyncio (the bench) -----------------------------------------------------------------------------------------


class Socket(asyncio.Protocol):
    """A WebSocket for the bench: hands each text message to ``on_text`` and answers pings; nothing else."""

    __slots__ = ("closed", "on_text", "opened", "reader", "transport", "_head")

    def __init__(self, on_text: Callable[[bytes], None]) -> None:
        self.on_text = on_text
        self.opened: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self.closed = False
        self.reader = FrameReader()
        self.transport: asyncio.Transport | None = None
        self._head = b""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # a TCP connection's is an asyncio.Transport

    def data_received(self, data: bytes) -> None:
        if not self.opened.done():
            self._head += data
            if b"\r\n\r\n" not in self._head:
                return
            head, _, data = self._head.partition(b"\r\n\r\n")
            self._head = b""
            self.opened.set_result(b" 101 " in head.partition(b"\r\n")[0])
        for opcode, payload in self.reader.feed(data):
            if opcode == TEXT:
                self.on_text(payload)
            elif opcode == PING and self.transport is not None:
                self.transport.write(frame(payload, PONG))
            elif opcode == CLOSE:
                self.closed = True
                if self.transport is not None:
                    self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        if not self.opened.done():
            self.opened.set_result(False)

    def send_text(self, text: str) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(frame(text.encode()))


async def open_socket(host: str, port: int, on_text: Callable[[bytes], None], path: str = "/ws/events/") -> Socket:
    loop = asyncio.get_running_loop()
    transport, protocol = await loop.create_connection(lambda: Socket(on_text), host, port)
    transport.write(handshake(host, port, path))
    if not await protocol.opened:
        raise ConnectionError("the server refused the WebSocket handshake")
    return protocol
