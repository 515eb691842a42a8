"""The HTTP client adapters use: SSRF guard, size cap, timeouts, deadlines, retries, rate limit, conditional GET.

- Every URL (and redirect hop) must resolve to public addresses, and the connection goes to exactly the
  addresses that were checked (no second DNS lookup to rebind). ``allow_private`` (the Source's
  ``allow_private_network``) opens private addresses to the configured host only, never to a redirect
  that leaves it.
- A request (its redirects, retries and waits included) ends within FETCH_REQUEST_DEADLINE_SECONDS, and
  all the requests of one client (one fetch run) within FETCH_RUN_DEADLINE_SECONDS: a server dribbling a
  byte at a time cannot hold a worker, and an API paged without end stops with a clear error.
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
from collections.abc import Callable, Iterable, Mapping
from typing import Any
from urllib.parse import urljoin

import httpx
from django.conf import settings
from django.core.cache import cache

from sources.decoding import decode_document
from sources.fetching import (
    BAD_SCHEME,
    HTTP_ERROR,
    INVALID_URL,
    NETWORK_ERROR,
    TOO_MANY_REDIRECTS,
    USER_AGENT,
    FetchError,
    PinnedBackend,
    normalize_url,
    origin_key,
    parse_url,
    pinned_transport,
    read_capped,
    resolve_checked,
    url_host_port,
)

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504})
# Not httpx's is_redirect: that includes 304 Not Modified, which has no Location to follow.
REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
GAVE_UP = "{reason} (gave up after {attempts} attempts)"
RATE_LIMITED = "waiting for the source's rate limit"
RETRY_TOO_LONG = "HTTP 429 from {url}: the server asks to wait {seconds:.0f} s, longer than we wait ({limit:.0f} s)"
NOT_JSON = "Response from {url} is not JSON: {error}"
REQUEST_DEADLINE = "No complete response from {url} within {seconds:g} s (FETCH_REQUEST_DEADLINE_SECONDS)."
RUN_DEADLINE = (
    "This fetch ran out of time: its {seconds:g} s budget (FETCH_RUN_DEADLINE_SECONDS) is spent; stopped before {url}."
)
DEADLINE_WITH_REASON = "{deadline} Last failure: {reason}"


class OutOfTime(FetchError):  # noqa: N818 - reads as the reason a run failed
    """A request or the whole run passed its wall-clock deadline."""


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
        """The body as text: a byte-order mark wins over the declared charset (UTF-16 calendars say "utf-8")."""
        return decode_document(self.content, _charset(self.headers) or None)


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
    return ""


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
        private_hosts: Iterable[str] | None = None,
        rate_limit_per_minute: int | None = None,
        validators: Validators | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        run_deadline_seconds: float | None = None,
    ) -> None:
        """``allow_private``: private addresses are allowed for the hosts in ``private_hosts`` (URLs or host
        names, a port only if not 80/443), or, when none are given, for the hosts the caller itself asks for;
        never for a host only a redirect leads to."""
        self.rate_key = rate_key
        self.allow_private = allow_private
        self._fixed_private = private_hosts is not None
        self._private_origins = {_as_origin(host) for host in private_hosts or ()}
        self.run_seconds = settings.FETCH_RUN_DEADLINE_SECONDS if run_deadline_seconds is None else run_deadline_seconds
        self.run_deadline = time.monotonic() + self.run_seconds
        self.rate_limit_per_minute = rate_limit_per_minute
        self.previous = validators or Validators()
        self.validators = Validators()  # what this run saw, to store for the next one
        self.sleep = sleep
        self.clock = clock
        self.requests = 0
        self._backend = PinnedBackend()
        self._client = httpx.Client(
            timeout=settings.FETCH_TIMEOUT_SECONDS,
            follow_redirects=False,
            headers={"User-Agent": USER_AGENT.format(site=settings.SITE_URL)},
            transport=pinned_transport(self._backend),
            trust_env=False,
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
        if self.allow_private and not self._fixed_private:
            self._private_origins.add(origin_key(url))  # the caller asked for this host; a redirect did not
        deadline = _Deadline.start(self, url)
        attempts = settings.FETCH_MAX_RETRIES + 1
        reason = ""
        try:
            for attempt in range(attempts):
                try:
                    return self._follow(method, url, deadline, **kwargs)
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
                        deadline.check_wait(delay, reason)
                        self.sleep(delay)
            raise FetchError(GAVE_UP.format(reason=reason, attempts=attempts))
        finally:
            self._backend.deadline = None

    def _backoff(self, attempt: int) -> float:
        base = settings.FETCH_BACKOFF_SECONDS * (2**attempt)
        return base + random.uniform(0, base)  # noqa: S311 - jitter, not cryptography

    def _pin(self, url: str) -> None:
        """Resolve and check ``url``'s host once, and make the connection go to exactly those addresses."""
        private_ok = self.allow_private and origin_key(url) in self._private_origins
        addresses = resolve_checked(url, allow_private=private_ok)
        self._backend.pin(url_host_port(url)[0], addresses)

    def _follow(self, method: str, url: str, deadline: _Deadline, **kwargs: Any) -> HttpResponse:
        for _hop in range(MAX_REDIRECTS + 1):
            scheme = parse_url(url).scheme
            if scheme not in ("http", "https"):
                raise FetchError(BAD_SCHEME.format(scheme=scheme))
            self._pin(url)
            self._take_rate_token(deadline)
            deadline.arm(url)
            try:
                with self._client.stream(method, url, timeout=deadline.timeout(), **kwargs) as response:
                    self.requests += 1
                    if response.status_code in REDIRECT_STATUS and "location" in response.headers:
                        url = _redirect_target(str(response.url), response.headers["location"])
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
                deadline.check(url, cause=exc)
                raise _Retryable(
                    NETWORK_ERROR.format(url=url, error=type(exc).__name__ + (f": {exc}" if str(exc) else ""))
                ) from exc
            except (httpx.HTTPError, httpx.InvalidURL) as exc:  # InvalidURL is not an HTTPError
                raise FetchError(NETWORK_ERROR.format(url=url, error=exc)) from exc
        raise FetchError(TOO_MANY_REDIRECTS)

    def _take_rate_token(self, deadline: _Deadline) -> None:
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
            wait = max(0.05, (window + 1) * 60 - self.clock())
            deadline.check_wait(wait, RATE_LIMITED)
            self.sleep(wait)


class _Deadline:
    """The wall-clock bounds of one request: its own deadline and what is left of the run's budget."""

    def __init__(self, client: HttpClient, url: str, request_seconds: float) -> None:
        self.client = client
        self.url = url
        self.request_seconds = request_seconds
        self.request_end = time.monotonic() + request_seconds

    @classmethod
    def start(cls, client: HttpClient, url: str) -> _Deadline:
        deadline = cls(client, url, settings.FETCH_REQUEST_DEADLINE_SECONDS)
        deadline.check(url)  # a run whose budget is spent sends nothing more
        return deadline

    @property
    def end(self) -> float:
        return min(self.request_end, self.client.run_deadline)

    def error(self, url: str) -> OutOfTime:
        if self.client.run_deadline <= self.request_end:
            return OutOfTime(RUN_DEADLINE.format(seconds=self.client.run_seconds, url=url))
        return OutOfTime(REQUEST_DEADLINE.format(url=self.url, seconds=self.request_seconds))

    def check(self, url: str, *, cause: Exception | None = None) -> None:
        if time.monotonic() >= self.end:
            raise self.error(url) from cause

    def check_wait(self, seconds: float, reason: str) -> None:
        """Waiting ``seconds`` (a backoff, Retry-After, the rate limit) must not outlast the deadline."""
        if time.monotonic() + seconds >= self.end:
            raise OutOfTime(DEADLINE_WITH_REASON.format(deadline=self.error(self.url), reason=reason))

    def arm(self, url: str) -> None:
        """Every socket read, write and connect of the coming request ends by the deadline."""
        self.check(url)
        self.client._backend.deadline = self.end  # the client's own backend

    def timeout(self) -> httpx.Timeout:
        # httpx's pool wait and per-operation timeouts, never longer than what is left.
        left = max(0.001, self.end - time.monotonic())
        return httpx.Timeout(min(settings.FETCH_TIMEOUT_SECONDS, left))


def configured_hosts(config: Mapping[str, Any]) -> list[str]:
    """The URLs a Source's config names (``url``, ``base_url``, ``start_urls``): the hosts its
    ``allow_private_network`` covers. Links found in what those hosts serve are not among them."""
    found: list[str] = []
    for key in ("url", "base_url", "start_urls"):
        value = config.get(key)
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item.strip():
                found.append(item.strip())  # webcal:// too: only the host and port count
    return found


def _redirect_target(base: str, location: str) -> str:
    """The URL a Location header points to; one that cannot be read ("http://[::1") is the fetch's error."""
    try:
        return urljoin(base, location)
    except ValueError as exc:
        raise FetchError(INVALID_URL.format(url=location[:300], error=exc)) from exc


def _as_origin(host: str) -> tuple[str, int | None]:
    """An allowed private host, given as a URL or as a bare name."""
    return origin_key(host if "://" in host else f"http://{host}")


class _Retryable(Exception):  # noqa: N818
    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def _json(response: HttpResponse) -> Any:
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError) as exc:  # RecursionError: JSON nested thousands deep
        raise FetchError(NOT_JSON.format(url=response.url, error=exc)) from exc
