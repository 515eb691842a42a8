"""Add-to-calendar links as evidence of an event: Google Calendar, Outlook, Yahoo, AddEvent, linked ``.ics``.

Pure. ``read_calendar_link(href)`` reads one link's query into a ``LinkedEvent``; ``page_calendar_links(root,
base_url=…)`` reads every such link under an lxml element (a page or one event block).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any


@dataclasses.dataclass(frozen=True, slots=True)
class LinkedEvent:
    """What one calendar link states. Times are aware (UTC or the link's zone) or dates for all-day events."""

    kind: str  # "google", "outlook", "yahoo", "addevent" or "ics"
    href: str  # the link itself, absolute
    title: str | None = None
    start: dt.datetime | dt.date | None = None
    end: dt.datetime | dt.date | None = None
    all_day: bool = False
    timezone: str | None = None
    location: str | None = None
    details: str | None = None


def read_calendar_link(href: str) -> LinkedEvent | None:
    """The event one add-to-calendar link describes; None for any other link."""
    return None


def page_calendar_links(root: Any, *, base_url: str | None) -> list[LinkedEvent]:
    """Every add-to-calendar link under ``root`` (an lxml element), read; links to ``.ics`` files as kind "ics"."""
    return []
