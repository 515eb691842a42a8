"""Helpers adapters share: zones, http(s) URLs, reading times, dates written as text, money, addresses. Pure.

Every value here comes from outside: each helper returns None (or its fallback) for what it cannot read,
never an exception, so one odd value costs one field, not the record or the feed.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import re
import zoneinfo
from collections.abc import Iterable, Iterator
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import urljoin, urlsplit

import dateparser

from events.pipeline.decimal_marks import AMBIGUOUS, decimal_comma_price
from events.zones import zone

__all__ = (
    "absolute_url",
    "dig",
    "http_url",
    "join",
    "money",
    "parse_datetime",
    "parse_text_datetime",
    "plausible",
    "strptime",
    "zone",
)

# Outside this span a date is a data error (a placeholder 9999-12-31, a 1900 epoch), not an event.
EARLIEST_YEAR = 2000
LATEST_YEAR = 2100
# A document read as of a day before EARLIEST_YEAR (an archive, another project's test with its clock in 1987):
# the span starts the year before that clock's, as it starts in 2000 for a reader of today, but never before
# ARCHIVE_YEAR (a window "from 0001-01-01" does not make the 1900-01-01 placeholder a date). Set for one reading
# (``reading_year``, by ``sources.extraction.extract_document``); a clock after 2000 changes nothing.
ARCHIVE_YEAR = 1901
READING_YEAR: contextvars.ContextVar[int | None] = contextvars.ContextVar("reading_year", default=None)
# Digits of a price, at most 12 before the point: a longer run is not a ticket price. No digit may follow
# across dots and commas ("1.2.3"): the first digit after them is enough to look at (linear on "1.1.1…").
_MONEY = re.compile(r"(?<!\d)(\d{1,12}(?:[.,]\d{1,2})?)(?![.,]*+\d|[eE][+-]?\d)")
_EXPONENT = re.compile(r"\d[eE][+-]?\d")
# Above this an "amount" is a data error (a phone number, a placeholder), not a ticket price.
MAX_PRICE = Decimal(10_000_000)
MAX_URL = 2048
# Fractional seconds past the microsecond (.NET writes seven digits: "21:00:00.0000000"), which "%f" cannot read.
_PAST_MICROSECONDS = re.compile(r"(\.\d{6})\d{1,6}(?!\d)")


def http_url(value: Any) -> str | None:
    """An absolute http(s) URL with a host, stripped; None for anything else (other schemes, relative, garbage)."""
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or len(text) > MAX_URL or not text.lower().startswith(("http://", "https://")):
        return None
    try:
        host = urlsplit(text).hostname
    except ValueError:  # an invalid IPv6 literal, a bad port
        return None
    return text if host else None


def absolute_url(value: Any, base: str | None) -> str | None:
    """``value`` resolved against ``base`` (a page's or an API's URL), if that gives an http(s) URL; else None."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        resolved = urljoin(base, value.strip()) if base else value.strip()
    except ValueError:  # e.g. an invalid IPv6 literal in the base
        return None
    return http_url(resolved)


def plausible(moment: dt.date | None) -> bool:
    if moment is None:
        return False
    clock = READING_YEAR.get()
    earliest = EARLIEST_YEAR if clock is None else min(EARLIEST_YEAR, max(ARCHIVE_YEAR, clock - 1))
    return earliest <= moment.year <= LATEST_YEAR


@contextlib.contextmanager
def reading_year(year: int) -> Iterator[None]:
    """Dates read meanwhile are plausible from the year before ``year`` when that is before EARLIEST_YEAR."""
    token = READING_YEAR.set(year)
    try:
        yield
    finally:
        READING_YEAR.reset(token)


def strptime(text: str, value_format: str) -> dt.datetime:
    """``datetime.strptime``, except that a format's ``%f`` also reads fractions finer than a microsecond (cut to
    one). Raises ValueError as strptime does."""
    if "%f" in value_format:
        text = _PAST_MICROSECONDS.sub(r"\1", text, count=1)
    return dt.datetime.strptime(text, value_format)  # noqa: DTZ007 - the caller applies the zone


def on_24_hour_clock(hour: int, meridiem: str | None) -> int:
    """A 12-hour clock's hour on the 24-hour clock: 7 with "pm", "p" or "P.M." is 19, 12 with "am" is 0. Without a
    meridiem the hour is already on it."""
    if not meridiem:
        return hour
    return hour % 12 + (12 if meridiem.strip()[:1].lower() == "p" else 0)


def matched_clock(match: re.Match[str]) -> dt.time | None:
    """The clock of a match with ``hour``, ``minute`` and ``meridiem`` groups ("20:00", "7:30 PM", "8 pm"); None for
    an hour alone ("8": no minutes, no am/pm) or a 12-hour clock's impossible hour ("13 pm")."""
    if match["hour"] is None or (match["minute"] is None and match["meridiem"] is None):
        return None
    hour = int(match["hour"])
    if match["meridiem"] is not None:
        if not 1 <= hour <= 12:
            return None
        hour = on_24_hour_clock(hour, match["meridiem"])
    return dt.time(hour, int(match["minute"] or 0))


def parse_datetime(value: Any, *, tz: dt.tzinfo | None = None) -> dt.datetime | dt.date | None:
    """ISO 8601 (or a Unix timestamp) → aware datetime, or a date for date-only values.

    A naive time is read in ``tz`` (the event's or the source's zone), or UTC without one.
    Returns None for anything unreadable or implausible (before 2000, after 2100).
    """
    result: dt.datetime | dt.date | None = None
    if isinstance(value, dt.datetime | dt.date):
        result = value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        try:  # inside: a 400-digit integer overflows the division itself
            seconds = value / 1000 if value > 10**11 else value  # milliseconds
            result = dt.datetime.fromtimestamp(seconds, tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            return None
    elif isinstance(value, str) and value.strip():
        raw = value.strip()
        try:
            result = (
                dt.date.fromisoformat(raw) if len(raw) == 10 else dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
            )
        except ValueError:
            return None
    if isinstance(result, dt.datetime) and result.tzinfo is None:
        result = result.replace(tzinfo=tz or dt.UTC)
    return result if plausible(result) else None


def parse_text_datetime(
    text: str | None,
    *,
    tz: zoneinfo.ZoneInfo | None = None,
    now: dt.datetime | None = None,
    languages: list[str] | None = None,
) -> dt.datetime | None:
    """A date written as text ("Sat, Dec 5 at 7:30pm", "5 décembre 2026 19h30") → aware datetime, or None.

    Relative and partial dates are resolved towards the future from ``now``, in ``tz`` (UTC without one).
    """
    if not text or not text.strip():
        return None
    zone_name = tz.key if tz else "UTC"
    settings = {
        "PREFER_DATES_FROM": "future",
        "TIMEZONE": zone_name,
        "TO_TIMEZONE": zone_name,
        "RETURN_AS_TIMEZONE_AWARE": True,
        "REQUIRE_PARTS": ["day", "month"],
    }
    if now is not None:
        settings["RELATIVE_BASE"] = now.astimezone(tz or dt.UTC).replace(tzinfo=None)
    try:
        parsed = dateparser.parse(text.strip()[:200], languages=languages, settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed if parsed is not None and plausible(parsed) else None


def money(value: Any) -> Decimal | None:
    """A price from a number or text ("$25", "25.00", "₹ 1,500", "12,50 €"): a finite Decimal in [0, MAX_PRICE],
    or None. The decimal mark is the text's own (``events.pipeline.decimal_marks``): "1.200,50 kr" is 1200.50, "$1,200" 1200.

    NaN, infinities (JSON's 1e400), negative amounts and absurdly long digit runs are None, not errors.
    """
    if value is None or isinstance(value, bool):
        return None
    try:
        if isinstance(value, int | float | Decimal):
            amount = Decimal(value) if isinstance(value, Decimal) else Decimal(str(value))
        else:
            text = str(value)[:1000]
            if _EXPONENT.search(text):  # "1e400" is a float's notation, not a written price
                return None
            written = decimal_comma_price(text)  # "12,50 €", "1.200,50 kr", "€ 8,-": the text's own decimal mark
            if written is AMBIGUOUS:  # "Ages 6,7", "1,5 km": a decimal comma no currency makes a price
                return None
            if isinstance(written, Decimal):
                amount = written
            else:  # English, or no mark: commas are thousands ("$1,200", "1,200.50")
                match = _MONEY.search(text.replace(",", ""))
                if not match:
                    return None
                amount = Decimal(match.group(1))
        if not amount.is_finite() or amount < 0 or amount > MAX_PRICE:
            return None
    except (InvalidOperation, ValueError):  # ValueError: an int too long to convert to text
        return None
    return amount + 0  # "-0" becomes 0


def join(parts: Iterable[Any], separator: str = ", ") -> str | None:
    """Non-empty parts joined, without repeats; None when nothing is left."""
    seen: list[str] = []
    for part in parts:
        text = str(part).strip() if part is not None else ""
        if text and text not in seen:
            seen.append(text)
    return separator.join(seen) or None


def dig(data: Any, *path: str | int, default: Any = None) -> Any:
    """data["a"]["b"][0]… without KeyError/IndexError/TypeError on an unexpected shape."""
    current = data
    for key in path:
        try:
            current = current[key]
        except (KeyError, IndexError, TypeError):
            return default
    return default if current is None else current
