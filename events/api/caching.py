"""Cached JSON answers with HTTP validators: the cost of a hit is two cache reads, no database.

Every public GET is answered through ``cached_answer``. The body is built once per
(path, normalised query string, public generation) and kept in the cache (Redis) for
``settings.API_CACHE_SECONDS``; the generation (events.services.changes) moves after every commit that changes
what visitors see, so a publish is visible on the next request and a rolled-back change never is.

Hot answers are also kept in the worker's own memory for ``settings.API_LOCAL_CACHE_SECONDS`` (a few seconds,
under the same generation-bearing key), so a popular list costs no Redis round trip at all; the generation
itself is re-read at most once a second (events.services.changes.GENERATION_TTL), which bounds how late a
publish can show.

The stored answer carries its ETag (a hash of the body) and Last-Modified; a conditional GET that matches
gets 304. Responses say ``Cache-Control: public, max-age=settings.API_MAX_AGE``.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

import orjson
from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified, QueryDict
from django.utils.http import http_date, parse_http_date_safe

from events.selectors import cache_get, cache_set
from events.services.changes import generation

KEY_PREFIX = "whatson:api"
LOCAL_ENTRIES = 512


@dataclass(frozen=True)
class Answer:
    """A rendered answer as stored in the cache."""

    body: bytes
    etag: str
    last_modified: int  # seconds since the epoch
    status: int = 200
    location: str = ""


@dataclass(frozen=True)
class Redirect:
    """What a builder returns to answer with a redirect (a merged-away event → its winner)."""

    location: str


# key → (monotonic expiry, answer): this process's copy of the hottest answers, newest last.
_local: OrderedDict[str, tuple[float, Answer]] = OrderedDict()
_local_lock = threading.Lock()  # threaded servers (gthread, daphne) share the memo


def local_get(key: str) -> Answer | None:
    entry = _local.get(key)
    if entry is None:
        return None
    if entry[0] < time.monotonic():
        with _local_lock:
            _local.pop(key, None)
        return None
    return entry[1]


def local_set(key: str, answer: Answer) -> None:
    seconds = settings.API_LOCAL_CACHE_SECONDS
    if seconds <= 0:
        return
    with _local_lock:
        _local[key] = (time.monotonic() + seconds, answer)
        _local.move_to_end(key)
        while len(_local) > LOCAL_ENTRIES:
            _local.popitem(last=False)


def local_clear() -> None:
    with _local_lock:
        _local.clear()


def normalised_query(query: QueryDict, *, keys: Iterable[str], multi: Iterable[str] = ()) -> list[tuple[str, str]]:
    """The query pairs that change the answer, in a stable order: unknown keys and empty values dropped, one
    value (the last, as the filters read it) for single-valued keys, every value (sorted) for multi-valued ones."""
    keys, multi = set(keys), set(multi)
    pairs: list[tuple[str, str]] = []
    for key in sorted(k for k in query if k in keys):
        if key in multi:
            pairs.extend((key, value) for value in sorted(set(query.getlist(key))))
        else:
            value = query.getlist(key)[-1] if query.getlist(key) else ""
            if value != "":
                pairs.append((key, value))
    return pairs


def digest(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode(), digest_size=16).hexdigest()


def cache_key(kind: str, *parts: str) -> str:
    return f"{KEY_PREFIX}:{kind}:{generation()}:{digest(*parts)}"


def cacheable() -> bool:
    """False while the generation cannot be read (Redis down): then nothing is stored under a made-up one."""
    return not generation().startswith("uncached")


def render(payload: Any, *, last_modified: float | None = None) -> Answer:
    body = orjson.dumps(payload)
    etag = '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"'
    return Answer(body=body, etag=etag, last_modified=int(last_modified or time.time()))


def cached_answer(
    request: HttpRequest, *, query: list[tuple[str, str]], build: Callable[[], Any], last_modified: float | None = None
) -> HttpResponse:
    """The answer for this path and (normalised) query: from the cache, or built now and stored.

    ``build`` returns the JSON-able payload (or a ``Redirect``), or a (payload, last_modified) pair; it may raise
    an APIException (400, 404), which is not cached.
    """
    key = answer_key(request, query)
    answer = local_get(key)
    if answer is None:
        answer = cache_get(key)
        if not isinstance(answer, Answer):
            answer = _build(build)
            if cacheable():
                cache_set(key, answer, settings.API_CACHE_SECONDS)
        if cacheable():
            local_set(key, answer)
    return respond(request, answer)


def answer_key(request: HttpRequest, query: list[tuple[str, str]]) -> str:
    return cache_key("answer", request.path, urlencode(query))


def stored_answer(request: HttpRequest, *, query: list[tuple[str, str]]) -> Answer | None:
    """The answer ``cached_answer`` would serve without building it (this process's copy, then the cache)."""
    key = answer_key(request, query)
    answer = local_get(key)
    if answer is None:
        stored = cache_get(key)
        if not isinstance(stored, Answer):
            return None
        answer = stored
        if cacheable():
            local_set(key, answer)
    return answer


def _build(build: Callable[[], Any]) -> Answer:
    built = build()
    if isinstance(built, Redirect):
        return Answer(body=b"", etag="", last_modified=int(time.time()), status=301, location=built.location)
    if isinstance(built, tuple):
        payload, modified = built
        return render(payload, last_modified=modified)
    return render(built)


def respond(request: HttpRequest, answer: Answer) -> HttpResponse:
    response: HttpResponse
    if answer.status == 301:
        response = HttpResponse(status=301)
        response["Location"] = answer.location
        # A merge can be split again: clients must ask each time rather than keep the redirect forever.
        response["Cache-Control"] = "no-cache, max-age=0"
        return response
    if not_modified(request, answer):
        response = HttpResponseNotModified()
    else:
        response = HttpResponse(answer.body, content_type="application/json", status=answer.status)
    response["ETag"] = answer.etag
    response["Last-Modified"] = http_date(answer.last_modified)
    response["Cache-Control"] = f"public, max-age={settings.API_MAX_AGE}"
    return response


def not_modified(request: HttpRequest, answer: Answer) -> bool:
    """RFC 9110: If-None-Match decides when present; otherwise If-Modified-Since."""
    if_none_match = request.headers.get("If-None-Match")
    if if_none_match is not None:
        tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
        return "*" in tags or answer.etag in tags
    since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
    return since is not None and answer.last_modified <= since
