"""An add-to-calendar button that carries its event in data attributes: "<button class="calendar-button"
data-title="4th Annual Symposium - Mycobacteria 2026" data-all-day="1" data-start="2026-05-25" data-end="2026-05-27"
data-location="" data-description="…">" (a university's event cards, held-out batch 92). Read as the AddEvent
widget is (_calendar_links.widget_events), under the same field names. Pure.

Only an element with a title in ``data-title`` and a start in ``data-start`` written as an ISO day or moment
("2026-05-25", "2026-05-25T18:30:00"): a carousel's ``data-start="0"``, a video's ``data-start="12.5"`` or a range
slider's ``data-start="[20, 80]"`` is no event, nor a ``data-start`` without a ``data-title`` beside it, nor a
photo slider's ``data-title="Summer at the lake" data-start="2031-06-14"`` with none of the button's other fields
(an end, a place, a description, a zone, an all-day flag: review31)."""

from __future__ import annotations

import datetime as dt
from typing import Any


def _iso(value: str | None) -> bool:
    """Whether a value is an ISO day or moment ("2026-05-25", "2026-05-25T18:30:00+08:00"): not "0", "12.5"."""
    text = (value or "").strip()
    if len(text) < len("2026-05-25") or text[4:5] != "-":
        return False
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


# The widget's field names (_calendar_links._WIDGET_FIELDS), from the button's data attributes.
DATA_FIELDS = {
    "start": "data-start",
    "end": "data-end",
    "title": "data-title",
    "location": "data-location",
    "description": "data-description",
    "timezone": "data-timezone",
    "all_day_event": "data-all-day",
}


# The button's attributes besides its title and start, one at least present (even empty: data-location=""): a
# slide's or a timeline entry's caption and day carry none (review31).
EVENT_ATTRIBUTES = ("data-end", "data-location", "data-description", "data-timezone", "data-all-day")


def data_attribute_values(element: Any) -> dict[str, str] | None:
    """The widget fields an element's data attributes carry, when it is such a button (see the module); else None."""
    if not isinstance(element.tag, str):
        return None
    start, title = element.get("data-start"), element.get("data-title")
    if not title or not title.strip() or not _iso(start):
        return None
    if not any(element.get(name) is not None for name in EVENT_ATTRIBUTES):
        return None  # a slider's or a timeline's "data-title" and "data-start" alone (review31)
    values = {field: element.get(name) for field, name in DATA_FIELDS.items()}
    if values["end"] and not _iso(values["end"]):
        values["end"] = None
    return {field: value for field, value in values.items() if value}
