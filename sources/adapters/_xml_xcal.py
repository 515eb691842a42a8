"""xCal (RFC 6321, iCalendar in XML) written back as iCalendar text, for the ``xml`` adapter. Pure.

xCal is iCalendar with XML syntax: ``<vcalendar><properties>…<components><vevent><properties><dtstart>
<parameters><tzid><text>US/Eastern</text></tzid></parameters><date-time>2006-01-02T12:00:00</date-time>``.
Mapped back line by line (RFC 6321 §3.4–3.6) it is read by the ``ics`` adapter like any calendar file, with
its time zones, recurrence rules, RDATE periods and overridden occurrences, and its expansion bounds.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from sources.adapters._xml_data import local_name, namespace_of

XCAL_NAMESPACE = "urn:ietf:params:xml:ns:icalendar-2.0"
# xCal as first drafted (draft-royer-calsch-xcal; "urn:ietf:params:xml:ns:xcal"), still written by older tools:
# ``<iCalendar><vcalendar><vevent><dtstart value="DATE-TIME">20120619T180000Z</dtstart><summary>…`` — every
# property one element holding its iCalendar value, its parameters as attributes, no <properties> wrappers.
XCAL_DRAFT_NAMESPACE = "urn:ietf:params:xml:ns:xcal"
# Components of the draft form (elements holding properties), beside any name starting with "v".
DRAFT_COMPONENTS = frozenset({"standard", "daylight"})
# Properties whose value is TEXT, escaped as iCalendar text (others, dates and URIs, are written as they are).
DRAFT_TEXT = frozenset({"summary", "description", "location", "comment", "contact", "resources", "categories"})
MAX_LINES = 200_000  # lines of iCalendar written from one document
# Control characters are never part of a content line: a CR or LF in a date, URI or RRULE value wrote a
# line of its own (an injected property or component). Text values escape line breaks first; TAB may stay.
_CONTROLS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")

# Value types whose XML form differs from the iCalendar one (RFC 6321 §3.6).
DATE_TYPES = frozenset({"date", "date-time", "time"})
# A property whose value is not of its default type says so (DTSTART is DATE-TIME unless VALUE=DATE).
VALUE_PARAMETER = {"date": "DATE", "period": "PERIOD", "uri": "URI"}
RECUR_ORDER = ("freq", "until", "count", "interval", "bysecond", "byminute", "byhour", "byday", "bymonthday",
               "byyearday", "byweekno", "bymonth", "bysetpos", "wkst")  # fmt: skip


def is_xcal(root: Any) -> bool:
    """An RFC 6321 document (``<icalendar xmlns="urn:ietf:params:xml:ns:icalendar-2.0">``), or one of the draft
    before it (``<iCalendar xmlns="urn:ietf:params:xml:ns:xcal">``)."""
    return local_name(root.tag).lower() == "icalendar" and namespace_of(root.tag) in (
        XCAL_NAMESPACE,
        XCAL_DRAFT_NAMESPACE,
    )


def to_icalendar(root: Any) -> str:
    """The iCalendar text of an xCal document (every ``<vcalendar>`` in it)."""
    lines: list[str] = []
    written = _draft_component if namespace_of(root.tag) == XCAL_DRAFT_NAMESPACE else _component
    for calendar in _children(root, "vcalendar"):
        for line in written(calendar):
            lines.append(line)
            if len(lines) >= MAX_LINES:
                break
    return "\r\n".join(lines) + "\r\n"


def _children(element: Any, name: str) -> list[Any]:
    return [child for child in element if isinstance(child.tag, str) and local_name(child.tag) == name]


def _component(element: Any) -> Iterator[str]:
    name = local_name(element.tag).upper()
    yield f"BEGIN:{name}"
    for properties in _children(element, "properties"):
        for prop in properties:
            if isinstance(prop.tag, str):
                yield _property(prop)
    for components in _children(element, "components"):
        for child in components:
            if isinstance(child.tag, str):
                yield from _component(child)
    yield f"END:{name}"


def _draft_component(element: Any) -> Iterator[str]:
    """A component of the draft form: its attributes (a calendar's ``version``) and its text children are its
    properties, its children holding elements its components."""
    name = local_name(element.tag).upper()
    yield f"BEGIN:{name}"
    for attribute, value in element.attrib.items():
        yield _CONTROLS.sub("", f"{local_name(attribute).upper()}:{value.strip()}")
    for child in element:
        if not isinstance(child.tag, str):
            continue
        child_name = local_name(child.tag).lower()
        if len(child) and (child_name.startswith("v") or child_name in DRAFT_COMPONENTS):
            yield from _draft_component(child)
        else:
            yield _draft_property(child)
    yield f"END:{name}"


def _draft_property(prop: Any) -> str:
    """``NAME;PARAM=value:value`` from one property element of the draft form (attributes are parameters)."""
    name = local_name(prop.tag)
    parameters = [f"{local_name(key).upper()}={_escape_parameter(value.strip())}" for key, value in prop.attrib.items()]
    text = _text(prop).strip()
    value = _escape_text(text) if name.lower() in DRAFT_TEXT else text
    return _CONTROLS.sub("", f"{';'.join([name.upper(), *parameters])}:{value}")


def _property(prop: Any) -> str:
    """``NAME;PARAM=value:value`` from one xCal property element."""
    name = local_name(prop.tag).upper()
    parameters: list[str] = []
    values: list[str] = []
    value_types: set[str] = set()
    for child in prop:
        if not isinstance(child.tag, str):
            continue
        kind = local_name(child.tag)
        if kind == "parameters":
            parameters += [_parameter(parameter) for parameter in child if isinstance(parameter.tag, str)]
            continue
        value_types.add(kind)
        values.append(_value(kind, child))
    for kind, parameter in VALUE_PARAMETER.items():
        if kind in value_types and not any(item.startswith("VALUE=") for item in parameters):
            parameters.append(f"VALUE={parameter}")
    head = ";".join([name, *parameters])
    separator = ";" if name == "REQUEST-STATUS" else ","
    return _CONTROLS.sub("", f"{head}:{separator.join(values)}")


def _parameter(parameter: Any) -> str:
    values = [_escape_parameter(_text(value)) for value in parameter if isinstance(value.tag, str)]
    return f"{local_name(parameter.tag).upper()}={','.join(values)}"


def _value(kind: str, element: Any) -> str:
    if kind in DATE_TYPES:
        return _compact(_text(element))
    if kind == "utc-offset":
        return _text(element).replace(":", "")
    if kind == "recur":
        return _recur(element)
    if kind == "period":
        return _period(element)
    if kind == "text":
        return _escape_text(_text(element))
    return _text(element).strip()


def _compact(value: str) -> str:
    """``2006-01-02T12:00:00`` → ``20060102T120000`` (``Z`` kept)."""
    return value.strip().replace("-", "").replace(":", "")


def _recur(element: Any) -> str:
    parts: dict[str, list[str]] = {}
    for child in element:
        if isinstance(child.tag, str):
            name = local_name(child.tag)
            value = _text(child).strip()
            parts.setdefault(name, []).append(_compact(value) if name == "until" else value)
    ordered = sorted(parts, key=lambda name: RECUR_ORDER.index(name) if name in RECUR_ORDER else len(RECUR_ORDER))
    return ";".join(f"{name.upper()}={','.join(parts[name])}" for name in ordered)


def _period(element: Any) -> str:
    pieces = {local_name(child.tag): _text(child).strip() for child in element if isinstance(child.tag, str)}
    start = _compact(pieces.get("start", ""))
    finish = _compact(pieces["end"]) if "end" in pieces else pieces.get("duration", "")
    return f"{start}/{finish}"


def _text(element: Any) -> str:
    return "".join(element.itertext())


def _escape_text(value: str) -> str:
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\n", "\\n")
    )


def _escape_parameter(value: str) -> str:
    cleaned = value.replace('"', "'").replace("\r", " ").replace("\n", " ")
    return f'"{cleaned}"' if any(mark in cleaned for mark in ":;,") else cleaned
