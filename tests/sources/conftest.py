"""A local HTTP server that answers with recorded responses, standing in for the outside world.

Adapters are pointed at it (their ``base_url``/``url`` config) with ``allow_private_network`` set, so
the whole HTTP stack — redirects, retries, size caps, the SSRF guard's opt-in — runs for real.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import socketserver
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

RECORDED = Path(__file__).parent / "recorded"


@dataclasses.dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = dataclasses.field(default_factory=dict)
    delay: float = 0.0


@dataclasses.dataclass
class SeenRequest:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


Responder = Reply | Callable[[SeenRequest], Reply]


class RecordedServer:
    """Routes (method, path[, query subset]) to replies; a list of replies is served in order, the last repeating."""

    def __init__(self) -> None:
        self.routes: list[tuple[str, str, dict[str, str], list[Responder]]] = []
        self.requests: list[SeenRequest] = []
        self.base_url = ""

    def add(
        self,
        path: str,
        *replies: Responder,
        method: str = "GET",
        query: dict[str, str] | None = None,
        **reply: Any,
    ) -> None:
        if not replies:
            replies = (self.reply(**reply),)
        self.routes.append((method, path, query or {}, list(replies)))

    @staticmethod
    def reply(
        *,
        status: int = 200,
        body: bytes | str = b"",
        json_body: Any = None,
        file: str | None = None,
        headers: dict[str, str] | None = None,
        content_type: str | None = None,
        delay: float = 0.0,
    ) -> Reply:
        if file is not None:
            body = (RECORDED / file).read_bytes()
        if json_body is not None:
            body = json.dumps(json_body)
            content_type = content_type or "application/json"
        data = body.encode() if isinstance(body, str) else body
        all_headers = {"Content-Type": content_type or "application/octet-stream", **(headers or {})}
        return Reply(status=status, body=data, headers=all_headers, delay=delay)

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    def handle(self, seen: SeenRequest) -> Reply:
        self.requests.append(seen)
        for method, path, query, replies in self.routes:
            if method == seen.method and path == seen.path and all(seen.query.get(k) == v for k, v in query.items()):
                responder = replies.pop(0) if len(replies) > 1 else replies[0]
                return responder(seen) if callable(responder) else responder
        return Reply(status=404, body=b"no recorded response for this request")


def _handler(server: RecordedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _serve(self) -> None:
            parts = urlsplit(self.path)
            length = int(self.headers.get("Content-Length") or 0)
            seen = SeenRequest(
                method=self.command,
                path=parts.path,
                query={key: values[-1] for key, values in parse_qs(parts.query, keep_blank_values=True).items()},
                headers={key.lower(): value for key, value in self.headers.items()},
                body=self.rfile.read(length) if length else b"",
            )
            reply = server.handle(seen)
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                if reply.headers.get("Transfer-Encoding") == "chunked":  # no length declared up front
                    self.end_headers()
                    for start in range(0, len(reply.body), 65536):
                        chunk = reply.body[start : start + 65536]
                        self.wfile.write(f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n")
                    self.wfile.write(b"0\r\n\r\n")
                    return
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeouts under test)
                pass

        do_GET = do_POST = _serve  # noqa: N815 - the stdlib's names

        def log_message(self, *args: object) -> None:
            pass

    return Handler


#: How often the server loop looks for a shutdown request. shutdown() waits up to this long, once per test:
#: the stdlib's 0.5 s default cost over a minute across the sources suite; 10 ms polls are still idle.
SHUTDOWN_POLL_SECONDS = 0.01


@contextlib.contextmanager
def serving(httpd: socketserver.BaseServer) -> Iterator[socketserver.BaseServer]:
    """Run ``httpd`` on a daemon thread for the duration of the block, then stop and close it at once."""
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": SHUTDOWN_POLL_SECONDS}, daemon=True)
    thread.start()
    try:
        yield httpd
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join()


@contextlib.contextmanager
def recorded_server() -> Iterator[RecordedServer]:
    """A recorded-response server on a free loopback port, for the duration of the block."""
    server = RecordedServer()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    httpd.daemon_threads = True
    server.base_url = f"http://127.0.0.1:{httpd.server_address[1]}"
    with serving(httpd):
        yield server


@pytest.fixture
def recorded() -> Iterator[RecordedServer]:
    with recorded_server() as server:
        yield server


@pytest.fixture
def other() -> Iterator[RecordedServer]:
    """A second local server: another port of an allowed host, a service a page must not reach, or (rerouted)
    a public host's stand-in."""
    with recorded_server() as server:
        yield server


@pytest.fixture
def no_sleep() -> list[float]:
    """Pass ``sleep=no_sleep.append`` to record backoff waits instead of sleeping through them."""
    return []


@pytest.fixture(autouse=True)
def _local_server_links_are_not_suspicious(settings):
    """Links to a raw IP are suspicious in real data; here every recorded site lives on 127.0.0.1."""
    settings.CONTENT_ALLOWED_HOSTS = ["127.0.0.1"]


@pytest.fixture
def webhook_partner(settings):
    """The partner's webhook secret (tests/sources/webhook_helpers.py), and no deliveries remembered."""
    from django.core.cache import cache

    from tests.sources.webhook_helpers import SECRET

    settings.WEBHOOK_SECRETS = {"partner": SECRET}
    cache.clear()


@pytest.fixture
def partner_source(db, webhook_partner):
    from sources.models import SourceKind
    from tests.factories import SourceFactory

    return SourceFactory(slug="partner", kind=SourceKind.WEBHOOK, adapter="webhook")
