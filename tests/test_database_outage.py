"""The database unreachable: pages, the admin and the APIs answer 503 with Retry-After (config/outage.py).

No mock: for the length of a request the default connection points at a database that is not there (a port
where nothing listens for PostgreSQL, a file in a missing folder for SQLite), then the real one comes back.
Other errors stay 500: a view raising ValueError, a query on a table that does not exist. Outside a view too: a
middleware that queries (a session saved after the view, one reading before it) answers 503, and so does a
streaming response whose first chunk queries; one that loses the database mid-way ends its body cleanly.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from asgiref.sync import async_to_sync
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import DatabaseError, OperationalError, connection, connections
from django.http import HttpRequest, HttpResponse, StreamingHttpResponse
from django.test import AsyncClient, Client
from django.urls import path
from prometheus_client import REGISTRY

from config.errors import API_SERVER_ERROR
from config.outage import API_MESSAGE, RETRY_AFTER_SECONDS, is_outage


def _boom(request: HttpRequest) -> HttpResponse:
    raise ValueError("a programming error")


def _bad_sql(request: HttpRequest) -> HttpResponse:
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM no_such_table_here")
    return HttpResponse("unreachable")


def _counted_stream(request: HttpRequest) -> StreamingHttpResponse:
    """A stream whose first chunk queries (a feed written as it is read)."""

    def chunks() -> Iterator[str]:
        yield f"users: {get_user_model().objects.count()}\n"
        yield "end\n"

    return StreamingHttpResponse(chunks(), content_type="text/plain")


FIRST_CHUNK = "BEGIN:VCALENDAR\r\n"


def _stream_then_query(request: HttpRequest) -> StreamingHttpResponse:
    """A stream that queries only after its first chunk is out (the status line is sent by then)."""

    def chunks() -> Iterator[str]:
        yield FIRST_CHUNK
        for name in get_user_model().objects.values_list("username", flat=True):
            yield f"X-NAME:{name}\r\n"
        yield "END:VCALENDAR\r\n"

    return StreamingHttpResponse(chunks(), content_type="text/calendar")


def _async_stream_then_query(request: HttpRequest) -> StreamingHttpResponse:
    """The same, served asynchronously (ASGI): an async iterator, its query through the async ORM."""

    async def chunks() -> AsyncIterator[str]:
        yield FIRST_CHUNK
        yield f"X-USERS:{await get_user_model().objects.acount()}\r\n"

    return StreamingHttpResponse(chunks(), content_type="text/calendar")


def _stream_boom(request: HttpRequest) -> StreamingHttpResponse:
    def chunks() -> Iterator[str]:
        raise ValueError("a programming error in a stream")
        yield ""  # pragma: no cover

    return StreamingHttpResponse(chunks(), content_type="text/plain")


def _session_write(request: HttpRequest) -> HttpResponse:
    request.session["seen"] = True  # no query here: SessionMiddleware saves it after the view
    return HttpResponse("ok")


class QueryingMiddleware:
    """A middleware that reads the database before the view (as a user lookup or a rate-limit count would)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        get_user_model().objects.exists()
        return self.get_response(request)


# A URLconf of this test's own (pytest.mark.urls): views that fail for reasons other than an outage, streams and a
# view whose only query is a middleware's.
urlpatterns = [
    path("boom/", _boom),
    path("api/v1/boom/", _boom),
    path("bad-sql/", _bad_sql),
    path("stream/", _counted_stream),
    path("stream-then-query/", _stream_then_query),
    path("stream-boom/", _stream_boom),
    path("async-stream/", _async_stream_then_query),
    path("session/", _session_write),
    path("api/v1/session/", _session_write),
]
handler500 = "config.errors.server_error"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def unreachable_database(tmp_path: Path) -> Iterator[None]:
    """The default connection points at a database that is not there; everything is put back after."""
    conn = connections["default"]
    saved = dict(conn.__dict__)  # the open connection (SQLite's in-memory test database must survive) and its state
    if conn.vendor == "sqlite":
        unreachable = {"NAME": str(tmp_path / "missing" / "whatson.sqlite3")}
    else:
        unreachable = {"HOST": "127.0.0.1", "PORT": str(_free_port())}
    # In place: the dict is shared with the connections other threads open (/healthz checks in a thread of its own).
    original = {key: conn.settings_dict[key] for key in unreachable}
    conn.settings_dict.update(unreachable)
    conn.connection = None
    cache.clear()  # nothing answered from the cache: every request below needs a query
    try:
        yield
    finally:
        if conn.connection is not None and conn.connection is not saved["connection"]:
            conn.connection.close()
        conn.__dict__.clear()
        conn.__dict__.update(saved)
        conn.settings_dict.update(original)


@pytest.fixture
def database_down(django_db_blocker, tmp_path: Path) -> Iterator[None]:
    with django_db_blocker.unblock(), unreachable_database(tmp_path):
        yield


@pytest.fixture
def anonymous() -> Client:
    return Client(raise_request_exception=False)


def _assert_unavailable(response: HttpResponse) -> None:
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert "no-store" in response["Cache-Control"]


def _outage_records(caplog: pytest.LogCaptureFixture) -> tuple[list[logging.LogRecord], list[logging.LogRecord]]:
    warnings = [r for r in caplog.records if r.name == "config.outage" and r.levelno == logging.WARNING]
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    return warnings, errors


def test_a_page_answers_503_with_the_sites_page(database_down, anonymous, caplog):
    caplog.set_level(logging.INFO)
    before = REGISTRY.get_sample_value("whatson_database_unavailable_total") or 0.0
    response = anonymous.get("/")
    _assert_unavailable(response)
    assert REGISTRY.get_sample_value("whatson_database_unavailable_total") == before + 1
    assert response["Content-Type"].startswith("text/html")
    body = response.content.decode()
    assert "briefly unavailable" in body
    assert "css/error.css" in body
    warnings, errors = _outage_records(caplog)
    assert len(warnings) == 1
    assert "GET / answered 503 (OperationalError" in warnings[0].getMessage()
    assert errors == []


def test_an_api_endpoint_answers_503_json(database_down, anonymous, caplog):
    caplog.set_level(logging.INFO)
    response = anonymous.get("/api/v1/events/")
    _assert_unavailable(response)
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {"error": API_MESSAGE}
    warnings, errors = _outage_records(caplog)
    assert len(warnings) == 1
    assert errors == []


def test_head_and_the_admin_answer_503(database_down, anonymous):
    head = anonymous.head("/api/v1/events/")
    _assert_unavailable(head)
    assert head.content == b""
    anonymous.cookies["sessionid"] = "a-session-the-database-would-hold"
    admin = anonymous.get("/admin/")
    _assert_unavailable(admin)
    assert "briefly unavailable" in admin.content.decode()


def test_healthz_still_reports_the_database(database_down, anonymous):
    response = anonymous.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["database"] == "failing"


@pytest.mark.django_db
def test_the_database_back_serves_the_next_request(anonymous, tmp_path):
    with unreachable_database(tmp_path):
        _assert_unavailable(anonymous.get("/api/v1/events/"))
    response = anonymous.get("/api/v1/events/")
    assert response.status_code == 200
    assert "Retry-After" not in response


@pytest.mark.urls("tests.test_database_outage")
@pytest.mark.parametrize(("url", "kind"), [("/boom/", "text/html"), ("/api/v1/boom/", "application/json")])
def test_other_errors_are_still_500(anonymous, url, kind, caplog):
    response = anonymous.get(url)
    assert response.status_code == 500
    assert "Retry-After" not in response
    assert response["Content-Type"].startswith(kind)
    if kind == "application/json":
        assert response.json() == {"error": API_SERVER_ERROR}
    assert not [r for r in caplog.records if r.name == "config.outage"]
    assert [r for r in caplog.records if r.name == "django.request" and r.levelno == logging.ERROR]


@pytest.mark.django_db
@pytest.mark.urls("tests.test_database_outage")
def test_a_query_on_a_missing_table_is_still_500(anonymous):
    # SQLite says OperationalError ("no such table"), PostgreSQL ProgrammingError: a bug either way, not an outage.
    response = anonymous.get("/bad-sql/")
    assert response.status_code == 500
    assert "Retry-After" not in response


@pytest.mark.django_db
def test_sql_mistakes_are_not_an_outage():
    with pytest.raises(DatabaseError) as caught, connection.cursor() as cursor:
        cursor.execute("SELECT * FROM no_such_table_here")
    assert not is_outage(caught.value)


@pytest.mark.postgres
@pytest.mark.django_db
def test_a_connection_the_server_ended_is_an_outage():
    """A persistent connection PostgreSQL closed (a restart, pg_terminate_backend): the next query says so."""
    other = connections.create_connection("default")
    try:
        other.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [other.connection.info.backend_pid])
        with pytest.raises(OperationalError) as caught, other.cursor() as dead:
            dead.execute("SELECT 1")
        assert is_outage(caught.value)
    finally:
        other.close()


def _unavailable_count() -> float:
    return REGISTRY.get_sample_value("whatson_database_unavailable_total") or 0.0


class OutageLog:
    """What the request below leaves in the log and the counter: one warning, one count, no error."""

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        caplog.set_level(logging.INFO)
        self.caplog = caplog
        self.before = _unavailable_count()

    def counted_once(self) -> str:
        assert _unavailable_count() == self.before + 1
        warnings, errors = _outage_records(self.caplog)
        assert len(warnings) == 1
        assert errors == []
        return warnings[0].getMessage()


@pytest.fixture
def outage_log(caplog) -> OutageLog:
    return OutageLog(caplog)


@pytest.mark.urls("tests.test_database_outage")
@pytest.mark.parametrize(("url", "kind"), [("/session/", "text/html"), ("/api/v1/session/", "application/json")])
def test_a_session_saved_after_the_view_answers_503(database_down, anonymous, outage_log, url, kind):
    response = anonymous.get(url)
    _assert_unavailable(response)
    assert response["Content-Type"].startswith(kind)
    assert f"GET {url} answered 503" in outage_log.counted_once()


@pytest.mark.urls("tests.test_database_outage")
def test_a_middleware_that_queries_before_the_view_answers_503(database_down, anonymous, outage_log, settings):
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "tests.test_database_outage.QueryingMiddleware"]
    _assert_unavailable(anonymous.get("/session/"))
    assert "GET /session/ answered 503" in outage_log.counted_once()


@pytest.mark.urls("tests.test_database_outage")
def test_a_stream_whose_first_chunk_queries_answers_503(database_down, anonymous, outage_log):
    response = anonymous.get("/stream/")
    _assert_unavailable(response)
    assert not response.streaming
    assert "GET /stream/ answered 503" in outage_log.counted_once()


@pytest.mark.urls("tests.test_database_outage")
def test_a_stream_that_loses_the_database_midway_ends_cleanly(database_down, anonymous, outage_log):
    response = anonymous.get("/stream-then-query/")
    assert response.status_code == 200  # the status line went with the first chunk
    assert b"".join(response.streaming_content) == FIRST_CHUNK.encode()  # ended where the database went, no raise
    response.close()
    message = outage_log.counted_once()
    assert "GET /stream-then-query/ stream ended early after 17 bytes (OperationalError" in message


@pytest.mark.urls("tests.test_database_outage")
def test_an_async_stream_that_loses_the_database_midway_ends_cleanly(database_down, outage_log):
    async def body() -> tuple[int, bytes]:
        response = await AsyncClient(raise_request_exception=False).get("/async-stream/")
        return response.status_code, b"".join([chunk async for chunk in response.streaming_content])

    assert async_to_sync(body)() == (200, FIRST_CHUNK.encode())
    assert "GET /async-stream/ stream ended early after 17 bytes" in outage_log.counted_once()


@pytest.mark.django_db
@pytest.mark.urls("tests.test_database_outage")
def test_streams_with_the_database_up_are_whole(anonymous, django_user_model):
    django_user_model.objects.create(username="ada")
    first = anonymous.get("/stream/")
    assert first.status_code == 200
    assert b"".join(first.streaming_content) == b"users: 1\nend\n"
    second = anonymous.get("/stream-then-query/")
    assert b"".join(second.streaming_content).decode() == f"{FIRST_CHUNK}X-NAME:ada\r\nEND:VCALENDAR\r\n"


@pytest.mark.urls("tests.test_database_outage")
def test_a_stream_that_fails_otherwise_is_still_500(anonymous):
    response = anonymous.get("/stream-boom/")
    assert response.status_code == 500
    assert "Retry-After" not in response
