"""The HTTP client adapters use: SSRF guard, size cap, timeouts, retries, rate limit, conditional GET.

- Every URL (and redirect hop) must resolve to public addresses unless the Source allows private ones.
- Timeouts, connection errors, 429 and 5xx are retried with exponential backoff and jitter, honouring
  Retry-After (seconds or an HTTP date) up to a cap; then the fetch fails with the last reason.
- Requests per source are limited per minute, counted in the cache (Redis when configured, so every
  worker shares the count); a request over the limit waits for the next window.
- The first request of a run can be conditional (ETag / Last-Modified from the previous run); a 304
  raises NotModified so the run is recorded as unchanged without parsing anything.
"""

from __future__ import annotations

import dataclasses
import email.utils
import json
import random
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx
from django.conf import settings
from django.core.cache import cache

from sources.fetching import (
    BAD_SCHEME,
    HTTP_ERROR,
    NETWORK_ERROR,
    TOO_MANY_REDIRECTS,
    USER_AGENT,
    FetchError,
    check_public_host,
    normalize_url,
    read_capped,
)

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
# Not httpx's is_redirect: that includes 304 Not Modified, which has no Location to follow.
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
GAVE_UP = "{reason} (gave up after {attempts} attempts)"
RETRY_TOO_LONG = "HTTP 429 from {url}: the server asks to wait {seconds:.0f} s, longer than we wait ({limit:.0f} s)"
NOT_JSON = "Response from {url} is not JSON: {error}"


class NotModified(Exception):  # noqa: N818 - a signal, not an error
    """The resource has not changed since the previous run (HTTP 304)."""


@dataclasses.dataclass(slots=True)
class HttpResponse:
    url: str
    status: int
    headers: Mapping[str, str]
    content: bytes

    @property
    def text(self) -> str:
        return self.content.decode(_charset(self.headers), errors="replace")


@dataclasses.dataclass(slots=True)
class Validators:
    """What the server said identifies this version of the resource, for the next conditional GET."""

    etag: str = ""
    last_modified: str = ""


def _charset(headers: Mapping[str, str]) -> str:
    content_type = headers.get("content-type", "")
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            try:
                "".encode(value.strip('"'))
            except LookupError:
                break
            return value.strip('"')
    return "utf-8"


def retry_after_seconds(value: str | None, *, now: float | None = None) -> float | None:
    """Retry-After as seconds: either a number of seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (now if now is not None else time.time()))


class HttpClient:
    """One client per fetch run. Not thread-safe; cheap to create."""

    def __init__(
        self,
        *,
        rate_key: str,
        allow_private: bool = False,
        rate_limit_per_minute: int | None = None,
        validators: Validators | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.rate_key = rate_key
        self.allow_private = allow_private
        self.rate_limit_per_minute = rate_limit_per_minute
        self.previous = validators or Validators()
        self.validators = Validators()  # what this run saw, to store for the next one
        self.sleep = sleep
        self.clock = clock
        self.requests = 0
        self._client = httpx.Client(
            timeout=settings.FETCH_TIMEOUT_SECONDS,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT.format(site=settings.SITE_URL)},
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- public API ----------------------------------------------------------------------------
    def get(
        self,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        conditional: bool = False,
    ) -> HttpResponse:
        """GET with the guard, retries and rate limit. Note: passing ``params`` replaces any query
        already in ``url`` (httpx's rule), so put the whole query in one place."""
        request_headers = dict(headers or {})
        if conditional:
            if self.previous.etag:
                request_headers["If-None-Match"] = self.previous.etag
            if self.previous.last_modified:
                request_headers["If-Modified-Since"] = self.previous.last_modified
        response = self._request("GET", url, params=params, headers=request_headers)
        if conditional:
            self.validators = Validators(
                etag=response.headers.get("etag", ""), last_modified=response.headers.get("last-modified", "")
            )
            if response.status == 304:
                self.validators = self.previous
                raise NotModified(url)
        return response

    def get_json(
        self, url: str, *, params: Mapping[str, Any] | None = None, headers: Mapping[str, str] | None = None
    ) -> Any:
        return _json(self.get(url, params=params, headers={"Accept": "application/json", **(headers or {})}))

    def post_json(
        self,
        url: str,
        *,
        payload: Any,
        headers: Mapping[str, str] | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> Any:
        body = json.dumps(payload).encode()
        merged = {"Content-Type": "application/json", "Accept": "application/json", **(headers or {})}
        return _json(self._request("POST", url, headers=merged, content=body, params=params))

    # --- internals -----------------------------------------------------------------------------
    def _request(self, method: str, url: str, **kwargs: Any) -> HttpResponse:
        url = normalize_url(url)
        attempts = settings.FETCH_MAX_RETRIES + 1
        reason = ""
        for attempt in range(attempts):
            try:
                response = self._follow(method, url, **kwargs)
            except _Retryable as exc:
                reason = str(exc)
                delay = exc.retry_after if exc.retry_after is not None else self._backoff(attempt)
                if exc.retry_after is not None and exc.retry_after > settings.FETCH_MAX_RETRY_AFTER_SECONDS:
                    raise FetchError(
                        RETRY_TOO_LONG.format(
                            url=url, seconds=exc.retry_after, limit=settings.FETCH_MAX_RETRY_AFTER_SECONDS
                        )
                    ) from exc
                if attempt + 1 < attempts:
                    self.sleep(delay)
                continue
            return response
        raise FetchError(GAVE_UP.format(reason=reason, attempts=attempts))

    def _backoff(self, attempt: int) -> float:
        base = settings.FETCH_BACKOFF_SECONDS * (2**attempt)
        return base + random.uniform(0, base)  # noqa: S311 - jitter, not cryptography

    def _follow(self, method: str, url: str, **kwargs: Any) -> HttpResponse:
        for _hop in range(MAX_REDIRECTS + 1):
            scheme = urlsplit(url).scheme
            if scheme not in ("http", "https"):
                raise FetchError(BAD_SCHEME.format(scheme=scheme))
            if not self.allow_private:
                check_public_host(url)
            self._take_rate_token()
            try:
                with self._client.stream(method, url, **kwargs) as response:
                    self.requests += 1
                    if response.status_code in REDIRECT_STATUS and "location" in response.headers:
                        url = urljoin(str(response.url), response.headers["location"])
                        kwargs.pop("params", None)  # the Location carries its own query
                        continue
                    status = response.status_code
                    if status in RETRYABLE_STATUS:
                        raise _Retryable(
                            HTTP_ERROR.format(status=status, url=url),
                            retry_after_seconds(response.headers.get("retry-after")),
                        )
                    if status >= 400:
                        raise FetchError(HTTP_ERROR.format(status=status, url=url))
                    content = b"" if status == 304 else read_capped(response, settings.FETCH_MAX_BYTES)
                    return HttpResponse(
                        url=str(response.url), status=status, headers=dict(response.headers), content=content
                    )
            except (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError) as exc:
                raise _Retryable(
                    NETWORK_ERROR.format(url=url, error=type(exc).__name__ + (f": {exc}" if str(exc) else ""))
                ) from exc
            except httpx.HTTPError as exc:
                raise FetchError(NETWORK_ERROR.format(url=url, error=exc)) from exc
        raise FetchError(TOO_MANY_REDIRECTS)

    def _take_rate_token(self) -> None:
        """Fixed one-minute windows counted in the shared cache; over the limit, wait for the next window."""
        limit = self.rate_limit_per_minute
        if not limit:
            return
        while True:
            window = int(self.clock() // 60)
            key = f"whatson:rate:{self.rate_key}:{window}"
            cache.add(key, 0, timeout=120)
            try:
                used = cache.incr(key)
            except ValueError:  # evicted between add and incr: start the window again
                cache.set(key, 1, timeout=120)
                used = 1
            if used <= limit:
                return
            self.sleep(max(0.05, (window + 1) * 60 - self.clock()))


class _Retryable(Exception):  # noqa: N818
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def _json(response: HttpResponse) -> Any:
    try:
        return json.loads(response.content)
    except ValueError as exc:
        raise FetchError(NOT_JSON.format(url=response.url, error=exc)) from exc
