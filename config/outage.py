"""The database is down: 503 Service Unavailable with ``Retry-After``, not a 500 and a traceback per request.

``DatabaseOutageMiddleware.process_exception`` sees what a view (or the rendering of its template response)
raised. A ``django.db`` ``OperationalError`` or ``InterfaceError`` that means the database cannot be reached
(see ``is_outage``) becomes a 503: the site's ``503.html`` (standalone, like ``500.html``: no database, no
request context) for pages and the admin, ``{"error": ...}`` under the JSON prefixes (the APIs and webhooks,
``config.errors``), with ``Retry-After`` and ``Cache-Control: no-store``. It is logged once, as one warning line
without a traceback, and counted in ``whatson_database_unavailable_total``; Django's own "Service Unavailable"
error log line is skipped. Anything else (a programming error, "no such table" on SQLite, a ``ValueError``)
goes on to Django's 500 handling as before.

Outside a view, the same answer:

- A middleware that needs the database (a session saved in ``process_response``, a user or a rate-limit count
  read before the view): Django turns what it raised into a response through ``handler500``
  (``config.errors.server_error``), which hands an outage to ``outage_response`` here instead of a 500.
- A streaming response (``StreamingHttpResponse``, iterated by the server after the view returned): the
  middleware draws its first chunk before handing it on, so a query that fails there (the usual place: the
  generator's first query) still answers 503. Once the first chunk is out the status line is sent and cannot
  change: an outage later ends the body there, cleanly (no traceback from the server, no broken chunked
  encoding), with one warning "stream ended early" and the same count. A ``FileResponse`` reads a file and is
  left alone; an async iterator (ASGI) is guarded the same way except that its first chunk is not drawn early.

Afterwards nothing needs doing here: ``errors_occurred`` is set on the connection by Django's error wrapper, so
at the end of the request a persistent connection (``CONN_MAX_AGE``) that is no longer usable is closed, and
``CONN_HEALTH_CHECKS`` checks a reused one before the next request's first query. See docs/operations.md.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable, Iterator

from django.db import InterfaceError, OperationalError
from django.http import FileResponse, HttpRequest, HttpResponse, HttpResponseBase, JsonResponse, StreamingHttpResponse
from django.template import loader
from django.utils.cache import add_never_cache_headers
from prometheus_client import Counter

from config.errors import wants_json

logger = logging.getLogger(__name__)

# Seconds a client is asked to wait: a restart of PostgreSQL takes a few; a monitor retries sooner anyway.
RETRY_AFTER_SECONDS = 30
API_MESSAGE = "The service is temporarily unavailable (database unreachable). Retry later."

# SQLite raises OperationalError for SQL mistakes too ("no such table", syntax errors): only these mean
# the file cannot be used right now.
_SQLITE_OUTAGE_MESSAGES = ("unable to open database file", "database is locked", "disk i/o error")
# PostgreSQL SQLSTATE classes of an unavailable server: connection exception, insufficient resources (too many
# connections, disk full), operator intervention (shutdown, starting up, statement cancelled).
_POSTGRES_OUTAGE_CLASSES = ("08", "53", "57")

DATABASE_UNAVAILABLE = Counter(
    "whatson_database_unavailable",
    "Requests answered 503 (or streamed bodies ended early) because the database could not be reached.",
)


def is_outage(exc: BaseException) -> bool:
    """Whether ``exc`` says the database is unreachable or unavailable (not that a query is wrong)."""
    if not isinstance(exc, OperationalError | InterfaceError):
        return False
    cause = exc.__cause__
    module = type(cause).__module__ if cause is not None else ""
    if module.startswith("sqlite3"):
        return str(cause).lower().startswith(_SQLITE_OUTAGE_MESSAGES)
    if module.startswith("psycopg") and isinstance(exc, OperationalError):
        sqlstate = getattr(cause, "sqlstate", None)
        # No SQLSTATE: the error came from the client side (refused, reset, closed), not from a server's answer.
        return sqlstate is None or str(sqlstate)[:2] in _POSTGRES_OUTAGE_CLASSES
    return True  # an InterfaceError (the connection is closed) or another backend's OperationalError


def unavailable_response(request: HttpRequest) -> HttpResponse:
    """The 503 itself: JSON under the APIs and webhooks, the standalone 503 page elsewhere."""
    response: HttpResponse
    if wants_json(request):
        response = JsonResponse({"error": API_MESSAGE}, status=503)
    else:
        response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    add_never_cache_headers(response)
    return response


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else ""


def outage_response(request: HttpRequest, exception: BaseException) -> HttpResponse:
    """The 503 for an outage met anywhere in the request (view, middleware, a stream's first chunk): logged once
    as a warning and counted."""
    logger.warning(
        "database unavailable: %s %s answered 503 (%s: %s)",
        request.method,
        request.path,
        type(exception).__name__,
        _first_line(exception),
    )
    DATABASE_UNAVAILABLE.inc()
    response = unavailable_response(request)
    # Logged above, as a warning: django.request's "Service Unavailable" error line would count it as a crash.
    response._has_been_logged = True  # type: ignore[attr-defined]
    return response


def _stream_cut(request: HttpRequest, exception: OperationalError | InterfaceError, sent: int) -> None:
    """A stream met ``exception`` after ``sent`` bytes: an outage ends it here (logged, counted); anything else is
    raised again, as before."""
    if not is_outage(exception):
        raise exception
    logger.warning(
        "database unavailable: %s %s stream ended early after %d bytes (%s: %s)",
        request.method,
        request.path,
        sent,
        type(exception).__name__,
        _first_line(exception),
    )
    DATABASE_UNAVAILABLE.inc()


def _rest_of_stream(request: HttpRequest, first: bytes | None, chunks: Iterator[bytes]) -> Iterator[bytes]:
    if first is None:
        return
    yield first
    sent = len(first)
    try:
        for chunk in chunks:
            yield chunk
            sent += len(chunk)
    except (OperationalError, InterfaceError) as exc:
        _stream_cut(request, exc, sent)


async def _rest_of_async_stream(request: HttpRequest, chunks: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    sent = 0
    try:
        async for chunk in chunks:
            yield chunk
            sent += len(chunk)
    except (OperationalError, InterfaceError) as exc:
        _stream_cut(request, exc, sent)


def guard_stream(request: HttpRequest, response: StreamingHttpResponse) -> HttpResponseBase:
    """The streaming response with its first chunk drawn now (an outage there: the 503 instead) and an outage
    after it ending the body cleanly (see the module docstring)."""
    if response.is_async:
        response.streaming_content = _rest_of_async_stream(request, response.streaming_content)  # type: ignore[arg-type]
        return response
    chunks = iter(response.streaming_content)  # type: ignore[arg-type]  # not async: a plain iterator
    try:
        first = next(chunks, None)
    except (OperationalError, InterfaceError) as exc:
        if not is_outage(exc):
            raise
        response.close()
        return outage_response(request, exc)
    response.streaming_content = _rest_of_stream(request, first, chunks)
    return response


class DatabaseOutageMiddleware:
    """Answers 503 for a view or a stream that failed because the database is unreachable (see the module
    docstring; middleware below this one reach ``outage_response`` through ``handler500``)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponseBase]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        if isinstance(response, StreamingHttpResponse) and not isinstance(response, FileResponse):
            return guard_stream(request, response)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if not is_outage(exception):
            return None
        return outage_response(request, exception)
