"""An iCalendar event written in a feed item's body, as the item's dates (for ``rss``). Pure.

Some calendars put the event itself into the item: an Atom ``<content type="text/calendar">`` holding a
``BEGIN:VEVENT`` … ``END:VEVENT``, or an RSS description quoting it (in a ``<pre>``, lines broken by ``<br>``).
The event's DTSTART (with its TZID), DTEND or DURATION, and its RRULE, RDATE and EXDATE are what the item says
of when; they are handed to the adapter's recurrence reader as ``gd:recurrence``'s lines are
(``_record_series.recurrence_calendar`` keeps only those properties, so nothing in the item's body can add a
component), and a weekly series gives its occurrences in the window.

The VEVENT must open a line of its own and close after it: a post that mentions "BEGIN:VEVENT" in a sentence, or
that teaches the format without a DTSTART, gives nothing.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

MAX_SCAN = 20_000  # characters of a body looked at
# A line break as a body writes it in HTML (the tag, or a block's end), and any other tag.
_BREAK = re.compile(r"<\s*(?:br|/p|/div|/li|/pre)\b[^<>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^<>]*>")
BEGIN, END = "BEGIN:VEVENT", "END:VEVENT"


def body_event_lines(entry: Mapping[str, Any]) -> str | None:
    """The lines inside the first VEVENT written in the item's content or summary, else None."""
    bodies = [content.get("value") for content in entry.get("content") or [] if isinstance(content, Mapping)]
    for body in [*bodies, entry.get("summary")]:
        if isinstance(body, str) and BEGIN in body.upper():
            lines = _event_lines(body[:MAX_SCAN])
            if lines is not None:
                return lines
    return None


def _event_lines(body: str) -> str | None:
    text = html.unescape(_TAG.sub("", _BREAK.sub("\n", body)))
    inside: list[str] | None = None
    for raw in text.splitlines():
        line = raw.strip()
        if inside is None:
            if line.upper() == BEGIN:
                inside = []
            continue
        if line.upper() == END:
            return "\n".join(inside) if inside else None
        if line.upper().startswith("BEGIN:"):  # a VALARM inside: the event's own lines stop there
            return "\n".join(inside) if inside else None
        inside.append(line)
    return None
