"""An event's descriptive fields from a VEVENT: text, links, place, categories, organizer. Pure."""

from __future__ import annotations

import hashlib
from typing import Any

from icalendar.cal import Component


def text(component: Component, name: str) -> str | None:
    value = component.get(name)
    if value is None:
        return None
    if isinstance(value, list):  # repeated property: the first one speaks
        value = value[0]
    cleaned = str(value).strip()
    return cleaned or None


def fallback_uid(title: str | None, start: object) -> str:
    """A stable id for events without a UID (against the RFC, but common)."""
    digest = hashlib.sha256(f"{title}|{start}".encode()).hexdigest()[:24]
    return f"nouid-{digest}"


def location(location: str | None) -> tuple[str | None, str | None, bool]:
    """ "Venue, street, city" → (venue, "street, city", online?). A bare URL means an online event."""
    if not location:
        return None, None, False
    if location.lower().startswith(("http://", "https://")):
        return None, None, True
    name, _, rest = location.partition(",")
    return name.strip() or None, rest.strip() or None, False


def geo(component: Component) -> tuple[float | None, float | None]:
    geo = component.get("GEO")
    try:
        latitude, longitude = float(geo.latitude), float(geo.longitude)
    except (AttributeError, TypeError, ValueError):
        return None, None
    if -90 <= latitude <= 90 and -180 <= longitude <= 180:
        return latitude, longitude
    return None, None


def categories(component: Component) -> list[str]:
    values = component.get("CATEGORIES")
    if values is None:
        return []
    found: list[str] = []
    for value in values if isinstance(values, list) else [values]:
        for category in getattr(value, "cats", [value]):
            label = str(category).strip()
            if label and label not in found:
                found.append(label)
    return found


def organizer(component: Component) -> str | None:
    organizer = component.get("ORGANIZER")
    if organizer is None:
        return None
    name = getattr(organizer, "params", {}).get("CN")
    if name:
        return str(name).strip() or None
    value = str(organizer)
    return value.removeprefix("mailto:").removeprefix("MAILTO:") or None


def raw(component: Component) -> dict[str, Any]:
    ical = component.to_ical()
    text_value = ical.decode("utf-8", errors="replace") if isinstance(ical, bytes) else str(ical)
    return {"ical": text_value[:20_000]}
