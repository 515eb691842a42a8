"""Wall-clock deadlines: a server that dribbles a byte every 0.2 s cannot hold a fetch past its deadline.

Per-read timeouts never fire against such a server (every read gets a byte in time); the request
deadline and the run's budget do. The asserts are on the errors, never on how long things took.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from sources.http import HttpClient, OutOfTime
from sources.models import FetchRun
from tests.factories import SourceFactory
from tests.sources.conftest import RecordedServer, serving
from tests.sources.helpers import YEAR_WINDOW, failed_run

DRIBBLE_BYTES = 150  # 30 s at one byte every 0.2 s: far past every deadline under test


class Dribbler(BaseHTTPRequestHandler):
    """/body: headers at once, then the body a byte at a time. /headers: even the headers so. /fast: at once."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        try:
            if self.path.startswith("/fast"):
                self._send(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Type: text/plain\r\n\r\nok")
                return
            head = f"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {DRIBBLE_BYTES}\r\n\r\n".encode()
            if self.path.startswith("/headers"):
                self._dribble(head)
            else:
                self._send(head)
            self._dribble(b"x" * DRIBBLE_BYTES)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up: what the test wants
            pass

    def _send(self, data: bytes) -> None:
        self.wfile.write(data)
        self.wfile.flush()

    def _dribble(self, data: bytes) -> None:
        for index in range(len(data)):
            self._send(data[index : index + 1])
            time.sleep(0.2)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def dribbler() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Dribbler)
    httpd.daemon_threads = True
    with serving(httpd):
        yield f"http://127.0.0.1:{httpd.server_address[1]}"


@pytest.fixture
def short_deadlines(settings):
    settings.FETCH_TIMEOUT_SECONDS = 5.0  # longer than the gap between bytes: only a deadline can stop it
    settings.FETCH_REQUEST_DEADLINE_SECONDS = 1.0
    settings.FETCH_MAX_RETRIES = 0


@pytest.mark.usefixtures("short_deadlines")
@pytest.mark.parametrize("path", ["/body", "/headers"])
def test_a_dribbling_server_fails_the_request_at_its_deadline(dribbler, path):
    with (
        HttpClient(rate_key="t", allow_private=True) as http,
        pytest.raises(OutOfTime, match=r"No complete response from .* within 1 s"),
    ):
        http.get(dribbler + path)


@pytest.mark.usefixtures("short_deadlines")
def test_a_deadline_is_not_retried(dribbler, settings, no_sleep):
    settings.FETCH_MAX_RETRIES = 3
    with HttpClient(rate_key="t", allow_private=True, sleep=no_sleep.append) as http, pytest.raises(OutOfTime):
        http.get(dribbler + "/body")
    assert no_sleep == []


def test_the_run_budget_is_shared_by_every_request_of_a_client(dribbler, settings):
    settings.FETCH_TIMEOUT_SECONDS = 5.0
    settings.FETCH_REQUEST_DEADLINE_SECONDS = 60.0
    settings.FETCH_MAX_RETRIES = 0
    # 3 s: room for the fast request on a loaded machine, and still a tenth of the dribble.
    with HttpClient(rate_key="t", allow_private=True, run_deadline_seconds=3.0) as http:
        assert http.get(dribbler + "/fast").content == b"ok"
        with pytest.raises(OutOfTime, match=r"ran out of time: its 3 s budget"):
            http.get(dribbler + "/body")
        # Spent: the next request is refused before it is sent.
        with pytest.raises(OutOfTime, match=r"budget .* is spent; stopped before .*/fast"):
            http.get(dribbler + "/fast")


def test_a_backoff_that_would_outlast_the_deadline_gives_up_with_the_last_reason(recorded, settings, no_sleep):
    settings.FETCH_BACKOFF_SECONDS = 30.0
    settings.FETCH_REQUEST_DEADLINE_SECONDS = 20.0
    recorded.add("/busy", status=503)
    with (
        HttpClient(rate_key="t", allow_private=True, sleep=no_sleep.append) as http,
        pytest.raises(OutOfTime, match=r"within 20 s .*Last failure: HTTP 503"),
    ):
        http.get(recorded.url("/busy"))
    assert (len(recorded.requests), no_sleep) == (1, [])


@pytest.mark.django_db
def test_a_paged_api_stops_with_a_clear_reason_when_the_run_budget_is_spent(recorded, settings):
    """A JSON API whose every page links a next page, served slowly: the run fails, it does not page forever."""
    settings.FETCH_RUN_DEADLINE_SECONDS = 3.0  # some pages even when a loaded machine is slow to send the first
    settings.FETCH_MAX_RETRIES = 0

    def endless(request):
        number = int(request.query.get("page", "1"))
        event = {"id": f"e{number}", "name": f"Talk {number}", "start": "2026-12-01T19:00:00Z"}
        body = {"events": [event], "next": recorded.url(f"/events?page={number + 1}")}
        return RecordedServer.reply(json_body=body, delay=0.3)

    recorded.add("/events", endless)
    config = {
        "url": recorded.url("/events"),
        "items": "events",
        "pagination": {"type": "link", "next": "next"},
        "max_pages": 1000,
        "mapping": {"external_id": "id", "title": "name", "start": "start"},
        "allow_private_network": True,
    }
    source = SourceFactory(adapter="json_api", kind="api", config=config)
    run = failed_run(source, window=YEAR_WINDOW)
    assert run.status == FetchRun.Status.FAILED
    assert "ran out of time" in run.errors[0]["reason"]
    # It stopped long before the last page; how many pages fit in the budget depends on the machine's load.
    assert 1 <= len(recorded.requests) < 1000
