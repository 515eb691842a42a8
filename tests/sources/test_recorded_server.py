"""The recorded-response server stops as soon as a test ends (its shutdown used to wait out a 0.5 s poll)."""

from __future__ import annotations

import socket
from http.server import ThreadingHTTPServer

import pytest

from tests.sources.conftest import SHUTDOWN_POLL_SECONDS, serving


class PollRecordingServer(ThreadingHTTPServer):
    polls: list[float]

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self.polls.append(poll_interval)
        super().serve_forever(poll_interval)


def test_the_server_loop_polls_for_shutdown_far_more_often_than_the_stdlib_default():
    httpd = PollRecordingServer(("127.0.0.1", 0), object)  # type: ignore[arg-type]
    httpd.polls = []
    with serving(httpd):
        pass
    assert httpd.polls == [SHUTDOWN_POLL_SECONDS]
    assert SHUTDOWN_POLL_SECONDS <= 0.05 < 0.5


def test_after_the_block_the_port_is_closed():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), object)  # type: ignore[arg-type]
    port = httpd.server_address[1]
    with serving(httpd):
        socket.create_connection(("127.0.0.1", port), timeout=2).close()
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=2)


def test_recorded_answers_unknown_requests_with_404(recorded):
    import httpx

    assert httpx.get(recorded.url("/nothing-here")).status_code == 404
