"""jCal (RFC 7265): iCalendar written as JSON arrays, read as the iCalendar text it stands for. Pure.

A jCal document is ``["vcalendar", [properties], [components]]``; a property is ``[name, {parameters}, type,
value…]`` and a component has the calendar's own shape (``["vevent", [...], [...]]``). CalDAV servers and
calendar libraries (ical.js, iCal4j, sabre) write it; its events are the VEVENTs of the calendar it stands for, so
it is turned back into that calendar's text (icalendar's ``from_jcal``) and read by the iCalendar adapter, with its
zones, series and repairs. A list of several such calendars is read as one file holding them all.

Not jCal: a JSON list that merely starts with the word ("vcalendar" as a tag), a jCard (``["vcard", …]``), a
calendar whose properties or components are not lists of that shape, or components nested deeper than any real
calendar (the iCalendar reader's own limit).
"""

from __future__ import annotations

import json
import re
from typing import Any

import icalendar

from sources.adapters._ical_read import MAX_COMPONENT_DEPTH

JCAL_ROOT = "vcalendar"
# The opening a sniff needs before it parses anything: a JSON list whose first value is the root's name.
_OPENING = re.compile(r'\A\s*\[\s*(?:\[\s*)?"vcalendar"', re.IGNORECASE)
# What icalendar's jCal reader raises on data of the right outline but wrong values (JCalParsingError is a
# ValueError); a value of the wrong type trips the others.
JCAL_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError)


def looks_like_jcal(text: str) -> bool:
    """Whether the text opens as a jCal calendar (or a list of them): cheap, before any parsing."""
    return _OPENING.match(text[:512]) is not None


def jcal_text(text: str) -> str | None:
    """The iCalendar text a jCal document stands for, or None when it is not jCal (see the module docstring)."""
    if not looks_like_jcal(text):
        return None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    calendars = data if data and all(isinstance(item, list) for item in data) else [data]
    if not all(_is_calendar(calendar) for calendar in calendars):
        return None
    try:
        return "".join(icalendar.Calendar.from_jcal(calendar).to_ical().decode("utf-8") for calendar in calendars)
    except JCAL_ERRORS:
        return None


def _is_calendar(data: Any) -> bool:
    return _is_component(data) and str(data[0]).lower() == JCAL_ROOT


def _is_component(data: Any) -> bool:
    """A ``[name, [properties], [components]]`` tree no deeper than real calendars nest (walked without recursion)."""
    pending: list[tuple[Any, int]] = [(data, 1)]
    while pending:
        node, depth = pending.pop()
        if depth > MAX_COMPONENT_DEPTH or not _component_outline(node):
            return False
        pending.extend((child, depth + 1) for child in node[2])
    return True


def _component_outline(node: Any) -> bool:
    if not (isinstance(node, list) and len(node) == 3 and isinstance(node[0], str)):
        return False
    properties, components = node[1], node[2]
    if not (isinstance(properties, list) and isinstance(components, list)):
        return False
    return all(_is_property(item) for item in properties)


def _is_property(item: Any) -> bool:
    return (
        isinstance(item, list)
        and len(item) >= 4
        and isinstance(item[0], str)
        and isinstance(item[1], dict)
        and isinstance(item[2], str)
    )
