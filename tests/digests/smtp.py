"""An SMTP sink for tests: a real SMTP server (aiosmtpd) on a free local port that keeps what it receives.

In this process::

    with SmtpSink() as sink:            # a thread serving 127.0.0.1:sink.port
        ... send through smtp://127.0.0.1:{sink.port} ...
        sink.messages                   # [Received(mail_from, rcpt_tos, message, raw)], in arrival order

``delay`` holds each transaction at MAIL FROM for that many seconds (before any of its message is sent);
``pause()`` holds them there until ``resume()``. So a test can stop a sender between two messages: once
paused and ``sink.waiting`` is non-zero, the sender's previous message has been accepted and its next one
cannot have begun. ``refuse`` is a set of recipient addresses answered 550.

As a separate process, for senders in another process that must outlive it or be killed beside it::

    python -m tests.digests.smtp --port 2525 --maildir DIR [--delay 0.2]

writes each accepted message to DIR as ``<n>.eml`` (atomically: written under a dot-name, then renamed), with
the envelope recipients in an ``X-Sink-Rcpt-To`` header on top; ``read_maildir(DIR)`` reads them back.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import email
import email.message
import email.policy
import itertools
import signal
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller

from tests.processes import free_port

REFUSED_REPLY = "550 5.1.1 No such mailbox here"
GOING_AWAY_REPLY = "421 4.3.2 Service going away"
RCPT_HEADER = "X-Sink-Rcpt-To"


@dataclasses.dataclass(frozen=True)
class Received:
    mail_from: str
    rcpt_tos: tuple[str, ...]
    message: email.message.EmailMessage
    raw: bytes


def parse(raw: bytes) -> email.message.EmailMessage:
    parsed = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(parsed, email.message.EmailMessage)
    return parsed


class SinkHandler:
    """aiosmtpd handler: accepts everything (but ``refuse``), pausing ``delay`` seconds at MAIL FROM; after
    ``close_after`` messages it answers 421 (a server shutting down) to every new transaction."""

    def __init__(
        self,
        *,
        delay: float = 0.0,
        refuse: Iterable[str] = (),
        close_after: int | None = None,
        maildir: Path | None = None,
        rcpt_replies: Mapping[str, str] | None = None,
        data_replies: Mapping[str, str] | None = None,
    ) -> None:
        self.delay = delay
        self.refuse = {address.lower() for address in refuse}
        # Other answers per recipient: at RCPT TO ("451 4.7.1 Greylisted") or to the DATA of a message to it.
        self.rcpt_replies = {address.lower(): reply for address, reply in (rcpt_replies or {}).items()}
        self.data_replies = {address.lower(): reply for address, reply in (data_replies or {}).items()}
        self.close_after = close_after
        self.maildir = maildir
        self.peers: set[tuple[str, int]] = set()
        self.paused = False
        self.received: list[Received] = []
        self.waiting = 0
        self._lock = threading.Lock()
        self._numbers = itertools.count(1)

    async def handle_MAIL(self, server: Any, session: Any, envelope: Any, address: str, options: list) -> str:  # noqa: N802 - aiosmtpd's hook name
        self.peers.add(tuple(session.peer))
        if self.close_after is not None and len(self.received) >= self.close_after:
            return GOING_AWAY_REPLY
        self.waiting += 1
        try:
            await asyncio.sleep(self.delay)
            while self.paused:
                await asyncio.sleep(0.01)
        finally:
            self.waiting -= 1
        envelope.mail_from = address
        envelope.mail_options.extend(options)
        return "250 OK"

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str, options: list) -> str:  # noqa: N802
        if address.lower() in self.refuse:
            return REFUSED_REPLY
        if address.lower() in self.rcpt_replies:
            return self.rcpt_replies[address.lower()]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
        for address in envelope.rcpt_tos:
            if address.lower() in self.data_replies:
                return self.data_replies[address.lower()]
        raw = envelope.original_content or envelope.content
        received = Received(envelope.mail_from, tuple(envelope.rcpt_tos), parse(raw), raw)
        with self._lock:
            number = next(self._numbers)
            self.received.append(received)
        if self.maildir is not None:
            self._write(number, received)
        return "250 Message accepted for delivery"

    def _write(self, number: int, received: Received) -> None:
        assert self.maildir is not None
        header = f"{RCPT_HEADER}: {', '.join(received.rcpt_tos)}\r\n".encode()
        partial = self.maildir / f".{number}.eml"
        partial.write_bytes(header + received.raw)
        partial.rename(self.maildir / f"{number}.eml")


class SmtpSink:
    """The sink in a thread of this process (a context manager)."""

    def __init__(
        self,
        *,
        delay: float = 0.0,
        refuse: Iterable[str] = (),
        close_after: int | None = None,
        port: int | None = None,
        rcpt_replies: Mapping[str, str] | None = None,
        data_replies: Mapping[str, str] | None = None,
    ) -> None:
        self.handler = SinkHandler(
            delay=delay, refuse=refuse, close_after=close_after, rcpt_replies=rcpt_replies, data_replies=data_replies
        )
        self.port = port or free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    def __enter__(self) -> SmtpSink:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"

    @property
    def messages(self) -> list[Received]:
        with self.handler._lock:
            return list(self.handler.received)

    @property
    def waiting(self) -> int:
        """Transactions held at MAIL FROM right now (see the module docstring)."""
        return self.handler.waiting

    def pause(self) -> None:
        """Hold every new transaction at MAIL FROM (those past it finish) until ``resume()``."""
        self.handler.paused = True

    def resume(self) -> None:
        self.handler.paused = False

    @property
    def sessions(self) -> int:
        """SMTP connections that began a transaction."""
        return len(self.handler.peers)

    def recipients(self) -> list[str]:
        return [address for received in self.messages for address in received.rcpt_tos]


def read_maildir(folder: Path) -> list[Received]:
    """The messages a sink process wrote to ``folder``, in arrival order."""
    found = []
    for path in sorted(folder.glob("[0-9]*.eml"), key=lambda item: int(item.stem)):
        raw = path.read_bytes()
        top, _, rest = raw.partition(b"\r\n")
        rcpt = top.decode().removeprefix(f"{RCPT_HEADER}: ")
        message = parse(rest)
        found.append(Received(str(message["From"] or ""), tuple(rcpt.split(", ")), message, rest))
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="An SMTP sink writing each message to a folder.")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--maildir", type=Path, required=True)
    parser.add_argument("--delay", type=float, default=0.0, help="Seconds held at MAIL FROM per message.")
    args = parser.parse_args(argv)
    args.maildir.mkdir(parents=True, exist_ok=True)
    controller = Controller(SinkHandler(delay=args.delay, maildir=args.maildir), hostname="127.0.0.1", port=args.port)
    controller.start()
    stopped = threading.Event()
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: stopped.set())
    print(f"smtp sink on 127.0.0.1:{args.port} writing to {args.maildir}", flush=True)
    stopped.wait()
    controller.stop()


if __name__ == "__main__":
    main()
