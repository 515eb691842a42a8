"""The WebSocket server's entry point: Daphne with a request-body limit, serving ``config.asgi:ws_application``.

    python -m config.daphne -b 0.0.0.0 -p 8001

Daphne (through Twisted) buffers a request's whole body before the ASGI application sees the request, so
no application-level check can stop a 900 MB POST from being held in memory. Here each request counts its
body as it arrives: a Content-Length over ``DATA_UPLOAD_MAX_MEMORY_SIZE``, or chunks adding up past it,
get a 413 JSON answer and the connection is closed at once; nothing beyond the limit is stored.

Every option of the ``daphne`` command is accepted; the application is always ``ws_application``, which
answers plain HTTP with 404 (HTTP belongs to gunicorn) and serves WebSockets.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

import daphne.server
from daphne.cli import CommandLineInterface
from daphne.http_protocol import HTTPFactory, WebRequest
from django.conf import settings

APPLICATION = "config.asgi:ws_application"
TOO_LARGE = "The request body is larger than {limit} bytes."


def refusal(status: int, reason: str, message: str) -> bytes:
    """A complete HTTP/1.1 response with a JSON error body that closes the connection."""
    body = json.dumps({"error": message}).encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        "Connection: close\r\n\r\n"
    )
    return head.encode() + body


class LimitedWebRequest(WebRequest):
    """Daphne's request, refusing a body over the limit while it arrives instead of after buffering it."""

    _refused = False
    _received = 0

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


class LimitedHTTPFactory(HTTPFactory):
    def buildProtocol(self, addr: Any) -> Any:  # noqa: N802 (Twisted's name)
        protocol = super().buildProtocol(addr)
        protocol.requestFactory = LimitedWebRequest
        return protocol


def main(argv: list[str] | None = None) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
    # daphne.server.Server.run() builds its HTTP factory from this module global; Server has no hook for it.
    daphne.server.HTTPFactory = LimitedHTTPFactory
    args = list(sys.argv[1:] if argv is None else argv)
    CommandLineInterface().run([*args, APPLICATION])


if __name__ == "__main__":
    main()
