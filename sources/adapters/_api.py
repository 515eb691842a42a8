"""Helpers the JSON API adapters share (Facebook, Yelp, Luma, Eventbrite, SeatGeek, Ticketmaster, Meetup).

Reading values out of API records, checking numeric config options, the API's root URL, decoding payloads,
a GET whose failure maps an API's 401/403 to a credential error, and quarantining records of an unexpected
shape. Every message is the caller's: each adapter keeps its own wording.

Paging is not shared: each API states its next page its own way (a page number checked against ``totalPages``,
a ``continuation`` token, a GraphQL ``endCursor``, ``next_cursor`` with ``has_more``, ``paging.cursors.after``,
an offset under a result cap), and each adapter's loop says in a few lines when it stops and whether a cut
listing counts as incomplete. A common pager would hide exactly those differences.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any

from sources.adapters.base import RECORD_ERRORS, AdapterError, ParsedRecord, RejectedRecord
from sources.adapters.common import http_url, join
from sources.fetching import FetchError
from sources.http import HttpClient

__all__ = ("http_url",)  # re-exported: the API adapters import their helpers from here

MALFORMED = "The event record has an unexpected shape ({error})."
TOO_DEEP = "The JSON is nested too deeply to read."
UTC_STAMP = "%Y-%m-%dT%H:%M:%SZ"


# --- values ----------------------------------------------------------------------------------


def text(value: Any) -> str | None:
    cleaned = str(value).strip() if value is not None else ""
    return cleaned or None


def as_float(value: Any) -> float | None:
    """Coordinates come as strings ("41.9484"); anything unreadable is None."""
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def strict_float(value: Any) -> float | None:
    """Like as_float, but a boolean is not a number."""
    if isinstance(value, bool):
        return None
    return as_float(value)


def json_object(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, dict) else {}


def utc_stamp(moment: dt.datetime, fmt: str = UTC_STAMP) -> str:
    """A window bound in an API's UTC format; a naive bound is taken as UTC."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return aware.astimezone(dt.UTC).strftime(fmt)


def street_address(line1: Any, line2: Any, city: Any, region: Any, postal_code: Any) -> str | None:
    """ "1 Main St, Suite 2, Springfield, IL 62701": street lines, city, then region and postal code."""
    return join([line1, line2, city, join([region, postal_code], " ")])


def cost_type(low: Decimal | None, high: Decimal | None) -> str:
    """From a price range: free when every price stated is 0, paid when one is more, unknown without one."""
    prices = [price for price in (low, high) if price is not None]
    if not prices:
        return "unknown"
    return "free" if max(prices) == 0 else "paid"


# --- config ----------------------------------------------------------------------------------
def setting(
    config: Mapping[str, Any], key: str, default: float, message: str, cast: type[int] | type[float] = int
) -> Any:
    """A numeric config value (a whole number ≥ 1 for int); AdapterError(message) when it is not one."""
    value = config.get(key)
    if value in (None, ""):
        return cast(default)
    try:
        number = cast(value)
    except (TypeError, ValueError):
        raise AdapterError(message.format(key=key, value=value)) from None
    if cast is int and number < 1:
        raise AdapterError(message.format(key=key, value=value))
    return number


def int_option(
    config: Mapping[str, Any], key: str, default: int, message: str, *, low: int = 1, high: int | None = None
) -> int:
    """A whole-number config option, clamped into [low, high]; AdapterError(message) when not a number."""
    value = config.get(key, default)
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise AdapterError(message.format(key=key, value=value)) from None
    return max(low, number if high is None else min(high, number))


def api_root(config: Mapping[str, Any], default: str) -> str:
    """The API's root URL without a trailing slash: the source's ``base_url`` (tests point it at a local
    server), else the adapter's own."""
    return str(config.get("base_url") or default).rstrip("/")


# --- payloads --------------------------------------------------------------------------------
def sniffed_json(payload: bytes, openers: tuple[bytes, ...] = (b"{",)) -> Any:
    """The JSON of a payload that starts like one, else None (for sniff: never raises)."""
    if payload.lstrip()[:1] not in openers:
        return None
    try:
        return json.loads(payload)
    except (ValueError, RecursionError):
        return None


def load_json(payload: bytes, not_json: str) -> Any:
    """The JSON of a payload; AdapterError(not_json, with the parser's {error}) when it is not JSON."""
    try:
        return json.loads(payload)
    except ValueError as exc:
        raise AdapterError(not_json.format(error=exc)) from exc
    except RecursionError:
        raise AdapterError(TOO_DEEP) from None


def decode(payload: bytes, *, html_page: str, not_json: str) -> Any:
    """The JSON of a payload, or AdapterError saying what it was instead (an HTML page, or not JSON)."""
    body = payload.lstrip()
    if body[:1] == b"<":
        raise AdapterError(html_page)
    try:
        return json.loads(body)
    except ValueError:
        raise AdapterError(not_json) from None
    except RecursionError:
        raise AdapterError(TOO_DEEP) from None


def request_failure(
    exc: FetchError, secrets: Iterable[str], auth_rejected: str, *, not_json: str | None = None
) -> Exception:
    """What to raise for a failed API request, with the credentials masked out of its message.

    401/403 is a credential problem (AdapterError(auth_rejected)); a non-JSON answer is AdapterError(not_json)
    when the adapter names one; anything else stays a FetchError (retried like any network failure).
    """
    message = str(exc)
    for secret in secrets:
        message = message.replace(secret, "***")
    if message.startswith(("HTTP 401 ", "HTTP 403 ")):
        return AdapterError(auth_rejected.format(error=message))
    if not_json is not None and "is not JSON" in message:  # an HTML error page or a proxy's login wall
        return AdapterError(not_json)
    return FetchError(message)


def get_json(
    http: HttpClient,
    url: str,
    params: Mapping[str, Any],
    *,
    decode: Callable[[bytes], Any],
    secrets: Iterable[str],
    auth_rejected: str,
    headers: Mapping[str, str] | None = None,
) -> Any:
    """An API's answer to a GET asking for JSON, read by the adapter's own ``decode``; a failed request is
    raised as ``request_failure`` makes it (401/403 a credential error, the secrets masked out of the message)."""
    try:
        response = http.get(url, params=params, headers={**(headers or {}), "Accept": "application/json"})
    except FetchError as exc:
        raise request_failure(exc, secrets, auth_rejected) from None
    return decode(response.content)


# --- records ---------------------------------------------------------------------------------
def guarded(build: Callable[..., ParsedRecord], item: Any, *context: Any) -> ParsedRecord:
    """One record; an item that cannot be read (a string where an object belongs, a NaN, a lone surrogate…)
    is quarantined with the reason, and the rest of the response goes on."""
    try:
        return build(item, *context)
    except RECORD_ERRORS as exc:
        raw = dict(item) if isinstance(item, Mapping) else {"item": item}
        external_id = str(raw.get("id") or "").strip() or fallback_id(raw)
        return RejectedRecord(external_id=external_id, reason=MALFORMED.format(error=type(exc).__name__), raw=raw)


def guarded_records(items: Iterable[Any], build: Callable[..., ParsedRecord]) -> Iterator[ParsedRecord]:
    """One guarded record per object among ``items`` (anything else in the list is skipped)."""
    for item in items:
        if isinstance(item, dict):
            yield guarded(build, item)


def fallback_id(raw: Mapping[str, Any]) -> str:
    try:
        serialized = json.dumps(raw, sort_keys=True, default=str)
    except (TypeError, ValueError, RecursionError):  # keys of mixed types, a hostile nesting
        serialized = repr(sorted(map(str, raw)))
    digest = hashlib.sha256(serialized.encode("utf-8", errors="surrogatepass")).hexdigest()[:24]
    return f"noid-{digest}"
