"""An add-to-calendar button that carries its event in data attributes: "<button class="calendar-button"
data-title="4th Annual Symposium - Mycobacteria 2026" data-all-day="1" data-start="2026-05-25" data-end="2026-05-27"
data-location="" data-description="…">" (a university's event cards, held-out batch 92). Read as the AddEvent
widget is (_calendar_links.widget_events), under the same field names. Pure.

Only an element with a title in ``data-title`` and a start in ``data-start`` written as an ISO day or moment
("2026-05-25", "2026-05-25T18:30:00"): a carousel's ``data-start="0"``, a video's ``data-start="12.5"`` or a range
slider's ``data-start="[20, 80]"`` is no event, nor a ``data-start`` without a ``data-title`` beside it."""

from __future__ import annotations

import re
from typing import Any

# An ISO day, or a day and a time ("2026-05-25", "2026-05-25T18:30:00+08:00", "2026-05-25 18:30").
ISO_START = re.compile(r"\s*(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:[T ][0-2]\d:[0-5]\d\S{0,16})?\s*")
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


def data_attribute_values(element: Any) -> dict[str, str] | None:
    """The widget fields an element's data attributes carry, when it is such a button (see the module); else None."""
    if not isinstance(element.tag, str):
        return None
    start, title = element.get("data-start"), element.get("data-title")
    if not start or not title or not title.strip() or not ISO_START.fullmatch(start):
        return None
    values = {field: element.get(name) for field, name in DATA_FIELDS.items()}
    if values["end"] and not ISO_START.fullmatch(values["end"]):
        values["end"] = None
    return {field: value for field, value in values.items() if value}
