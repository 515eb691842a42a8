"""The database unreachable: pages, the admin and the APIs answer 503 with Retry-After (config/outage.py).

No mock: for the length of a request the default connection points at a database that is not there (a port
where nothing listens for PostgreSQL, a file in a missing folder for SQLite), then the real one comes back.
Other errors stay 500: a view raising ValueError, a query on a table that does not exist.
"""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import DatabaseError, OperationalError, connection, connections
from django.http import HttpRequest, HttpResponse
from django.test import Client
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


# A URLconf of this test's own (pytest.mark.urls): views that fail for reasons other than an outage.
urlpatterns = [
    path("boom/", _boom),
    path("api/v1/boom/", _boom),
    path("bad-sql/", _bad_sql),
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
