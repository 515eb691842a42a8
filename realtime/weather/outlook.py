"""What the weather means for a visitor: the city page's one-line strip and the "rain likely" note.

Pure functions of an event and the stored weather (no queries, no clock unless ``now`` is left out).

Both read the normalized weather (``realtime.weather.weather_payload``): ``current`` and ``forecast``
periods with UTC ISO ``start``/``end``, ``pop`` (0..1) and ``rain_mm``.

Which events are outdoor (the rule, in one place):

- the category is ``outdoors_nature`` (hikes, parks, wildlife, on the water, clean-ups), or
- a tag says so (``outdoor``, which the categorizer adds for "outdoor", "open air", "in the park",
  "rooftop"): this is how a market, a fair, a match or a concert counts as outdoor (no subcategory of those
  is outdoor by definition: farmers' markets move indoors in winter, matches play in halls);
- and it is not an online event.

Rain is likely for such an event when a forecast period overlapping the event (its start to its end, or to
start + 2 h when it has no end; all-day events: the whole day) gives a precipitation chance of at least 50%
or at least 1 mm of rain. Overlap is computed on UTC instants, so the city's zone cannot shift it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from typing import Any

from events.models import Event
from events.zones import zone_or_utc

OUTDOOR_CATEGORIES = frozenset({"outdoors_nature"})
OUTDOOR_TAGS = frozenset({"outdoor", "outdoors", "open-air", "open air"})
RAIN_LIKELY_POP = 0.5
RAIN_LIKELY_MM = 1.0
DEFAULT_EVENT_HOURS = 2
# A forecast older than this is not trusted for a note (the refresh is every 30 minutes; a day means it broke).
FORECAST_TRUSTED_FOR = dt.timedelta(hours=24)
# Current conditions older than this are not shown as "now".
CURRENT_FRESH_FOR = dt.timedelta(hours=3)
OUTLOOK_HOURS = 24
OUTLOOK_MIN_POP = 0.3
CANCELLED = "cancelled"

# OpenWeatherMap icon codes ("10n": rain at night) → a symbol; a picture would need another origin under CSP.
SYMBOLS = {
    "01d": "☀️",
    "01n": "🌙",
    "02": "⛅",
    "03": "☁️",
    "04": "☁️",
    "09": "🌧️",
    "10": "🌧️",
    "11": "⛈️",
    "13": "❄️",
    "50": "🌫️",
}

NOW_TEXT = "{temp} °C, {summary}"
NOW_TEXT_PLAIN = "{temp} °C"
OUTLOOK_TEXT = "{label}: {percent}% chance of {kind}"


def _slug(category: Any) -> str:
    return str(getattr(category, "slug", "") or "")


def is_outdoor(event: Event) -> bool:
    """Whether the event happens outdoors, by the rule in this module's docstring."""
    if event.online:
        return False
    if _slug(event.category) in OUTDOOR_CATEGORIES:  # lists load the category with the event: no query
        return True
    tags = event.tags if isinstance(event.tags, list) else []
    return any(isinstance(tag, str) and tag.strip().lower() in OUTDOOR_TAGS for tag in tags)


def event_window(event: Event) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants the event covers: start to end, else start + 2 h (all-day: to the next local midnight)."""
    start = event.start
    if event.end is not None and event.end > start:
        return start, event.end
    if event.all_day:
        local = start.astimezone(zone_or_utc(event.timezone))
        return start, (local + dt.timedelta(days=1)).astimezone(dt.UTC)
    return start, start + dt.timedelta(hours=DEFAULT_EVENT_HOURS)


def rain_likely(event: Event, weather: Mapping[str, Any] | None, *, now: dt.datetime | None = None) -> bool:
    """True when an outdoor, not cancelled, not yet over event overlaps a forecast period that says rain."""
    if not weather or event.status == CANCELLED or not is_outdoor(event):
        return False
    now = now or dt.datetime.now(dt.UTC)
    fetched = _instant(weather.get("fetched_at"))
    if fetched is None or now - fetched > FORECAST_TRUSTED_FOR:
        return False
    start, end = event_window(event)
    if end <= now:
        return False
    for period_start, period_end, period in _periods(weather):
        if period_start < end and start < period_end and _wet(period):
            return True
    return False


def _wet(period: Mapping[str, Any]) -> bool:
    return _float(period.get("pop")) >= RAIN_LIKELY_POP or _float(period.get("rain_mm")) >= RAIN_LIKELY_MM


def _periods(weather: Mapping[str, Any]) -> Iterator[tuple[dt.datetime, dt.datetime, Mapping[str, Any]]]:
    forecast = weather.get("forecast")
    for period in forecast if isinstance(forecast, list) else []:
        if not isinstance(period, Mapping):
            continue
        start, end = _instant(period.get("start")), _instant(period.get("end"))
        if start is not None and end is not None:
            yield start, end, period


# --- the city page's strip ---------------------------------------------------------------------------
def weather_strip(weather: Mapping[str, Any] | None, *, now: dt.datetime | None = None) -> dict[str, str] | None:
    """``{symbol, text}`` for "8 °C, light rain · Tonight: 80% chance of rain"; None when nothing is worth saying."""
    if not weather:
        return None
    now = now or dt.datetime.now(dt.UTC)
    parts = []
    current = weather.get("current")
    symbol = ""
    if isinstance(current, Mapping) and _fresh(current, now):
        parts.append(_now_text(current))
        symbol = weather_symbol(str(current.get("icon") or ""))
    outlook = _outlook_text(weather, now)
    if outlook:
        parts.append(outlook)
    if not parts:
        return None
    return {"symbol": symbol, "text": " · ".join(parts)}


def weather_headline(weather: Mapping[str, Any] | None, *, now: dt.datetime | None = None) -> str:
    strip = weather_strip(weather, now=now)
    return strip["text"] if strip else ""


def weather_symbol(icon: str) -> str:
    return SYMBOLS.get(icon, SYMBOLS.get(icon[:2], ""))


def _fresh(current: Mapping[str, Any], now: dt.datetime) -> bool:
    observed = _instant(current.get("observed_at"))
    return observed is not None and now - observed <= CURRENT_FRESH_FOR and current.get("temp_c") is not None


def _now_text(current: Mapping[str, Any]) -> str:
    temp = round(_float(current.get("temp_c")))
    summary = str(current.get("summary") or "")
    return NOW_TEXT.format(temp=temp, summary=summary) if summary else NOW_TEXT_PLAIN.format(temp=temp)


def _outlook_text(weather: Mapping[str, Any], now: dt.datetime) -> str:
    """The wettest period in the next 24 hours, when its chance is worth a mention."""
    horizon = now + dt.timedelta(hours=OUTLOOK_HOURS)
    coming = [(start, period) for start, end, period in _periods(weather) if end > now and start < horizon]
    if not coming:
        return ""
    start, wettest = max(coming, key=lambda item: _float(item[1].get("pop")))
    pop = _float(wettest.get("pop"))
    if pop < OUTLOOK_MIN_POP:
        return ""
    zone = zone_or_utc(weather.get("timezone"))
    kind = "snow" if str(wettest.get("condition") or "").lower() == "snow" else "rain"
    label = period_label(max(start, now).astimezone(zone), now.astimezone(zone), in_progress=start <= now)
    return OUTLOOK_TEXT.format(label=label, percent=round(pop * 100), kind=kind)


def period_label(start: dt.datetime, now: dt.datetime, *, in_progress: bool = False) -> str:
    """When a period starts, as people say it, both times in the city's zone: "This afternoon", "Tonight"…"""
    if in_progress:
        return "Now"
    days = (start.date() - now.date()).days
    hour = start.hour
    if days == 0:
        if hour < 6 or hour >= 18:
            return "Tonight"
        return "This morning" if hour < 12 else "This afternoon"
    if days == 1:
        if hour < 6:
            return "Tonight"
        return "Tomorrow morning" if hour < 12 else "Tomorrow afternoon" if hour < 18 else "Tomorrow evening"
    return start.strftime("%A")


def _instant(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else None
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else None


def _float(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return 0.0
    return float(value)
