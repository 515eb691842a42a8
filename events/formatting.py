"""Prices and time zones written for people: "$10", "Free", "₹500–₹1,200", "Eastern Time".

Used by the pages, the API (``price_display``), the feeds and the digests, so every channel says the same
thing. Babel knows each currency's symbol and each locale's digit grouping (Indian lakhs: ₹1,20,000).
"""

from __future__ import annotations

import functools
import logging
import re
from decimal import Decimal
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import get_timezone_name
from babel.numbers import format_currency, format_decimal, is_currency

from events.zones import zone

logger = logging.getLogger(__name__)

DEFAULT_LOCALE = "en"


@functools.lru_cache(maxsize=512)
def locale_for(country: str = "") -> Locale:
    """English as written in the event's country (en_IN groups lakhs, en_GB uses £), else plain English."""
    if country:
        try:
            return Locale.parse(f"en_{country.upper()}")
        except (UnknownLocaleError, ValueError):
            pass
    return Locale.parse(DEFAULT_LOCALE)


def money(amount: Decimal | float | int, currency: str = "", country: str = "") -> str:
    """One amount: "$10", "$10.50", "₹1,200"; without a currency, just the number."""
    # Remembered by the amount's text (not the number: Decimal("10.0") == Decimal("10.00")): every live push
    # and API row writes a price, and Babel's formatting is most of that row's cost; a few amounts recur.
    return _money(str(amount), currency, country)


@functools.lru_cache(maxsize=4096)
def _money(amount: str, currency: str, country: str) -> str:
    value = Decimal(amount)
    locale = locale_for(country)
    whole = value == value.to_integral_value()
    if not currency or not is_currency(currency.upper()):
        number = format_decimal(
            value, format=_whole_pattern(locale.decimal_formats[None].pattern) if whole else None, locale=locale
        )
        return f"{currency.upper()} {number}" if currency else number
    pattern = locale.currency_formats["standard"].pattern
    return format_currency(
        value,
        currency.upper(),
        format=_whole_pattern(pattern) if whole else pattern,
        locale=locale,
        currency_digits=False,
    )


def _whole_pattern(pattern: str) -> str:
    """The locale's own pattern (its grouping: 1,20,000 in India) without the fraction: "$10", not "$10.00"."""
    positive = pattern.split(";")[0]
    return re.sub(r"\.[0#]+", "", positive)


def price_text(
    cost_type: str,
    price_min: Decimal | None,
    price_max: Decimal | None,
    currency: str = "",
    country: str = "",
) -> str:
    """What a visitor reads under "Price"; empty when nothing is known."""
    if cost_type == "free":
        return "Free"
    low, high = price_min, price_max
    if low is not None and high is not None and high != low:
        return f"{money(low, currency, country)}–{money(high, currency, country)}"
    if low is not None:
        return "Free" if low == 0 and cost_type != "paid" else money(low, currency, country)
    if high is not None:
        return f"Up to {money(high, currency, country)}"
    if cost_type == "donation":
        return "By donation"
    if cost_type == "variable":
        return "Prices vary"
    return ""


def event_price_text(event: Any) -> str:
    """``price_text`` of an Event (or any object with its fields), in its city's country when known."""
    city = getattr(event, "city", None)
    return price_text(
        event.cost_type, event.price_min, event.price_max, event.currency, getattr(city, "country", "") or ""
    )


@functools.lru_cache(maxsize=512)
def zone_label(name: str) -> str:
    """A time zone's everyday name: "Eastern Time", "India Time", "Central European Time"; the IANA name when
    Babel has none, and "" for no zone."""
    tz = zone(name) if name else None
    if tz is None:
        return name or ""
    try:
        label = get_timezone_name(tz, width="long", locale=DEFAULT_LOCALE)
    except (LookupError, ValueError):
        logger.debug("no readable name for zone %s", name)
        return name
    if not label or label.startswith("Unknown"):
        return "UTC" if tz.key in {"UTC", "Etc/UTC", "Etc/GMT", "GMT"} else name
    return label
