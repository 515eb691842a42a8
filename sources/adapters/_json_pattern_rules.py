"""A recurrence stated in words as a pattern and a range (Microsoft Exchange's and Graph's model), written as the
iCalendar RRULE it means, for the ``xml`` and ``json_api`` adapters. Pure.

Exchange Web Services give a recurring meeting once, its series as elements: ``<Recurrence><WeeklyRecurrence>
<Interval>1</Interval><DaysOfWeek>Monday Tuesday Friday</DaysOfWeek></WeeklyRecurrence><EndDateRecurrence>
<StartDate>2031-05-20</StartDate><EndDate>2031-05-31</EndDate></EndDateRecurrence></Recurrence>``; Microsoft Graph
writes the same model in JSON (``"recurrence": {"pattern": {"type": "weekly", "interval": 1, "daysOfWeek":
["monday"]}, "range": {"type": "endDate", "endDate": "2031-05-31"}}``). Read as one event, such a record is its
first meeting only. An object under a key named "recurrence" that states such a pattern is replaced, before the
document is read, by its rule ("FREQ=WEEKLY;INTERVAL=1;BYDAY=MO,TU,FR;UNTIL=20310531T235959"), which the JSON
reading maps to ``rrule`` and expands like any other series (``_record_series``): the record's own start is the
series' first, its length each meeting's.

Patterns: daily, weekly (on named days), absolute monthly (a day of the month) and relative monthly (the first …
last of some weekdays), absolute and relative yearly; ranges: an end date (the whole day included, as both
define it), a number of occurrences, or none. A weekly pattern skipping weeks says which day its weeks start on
(``FirstDayOfWeek``, Graph's ``firstDayOfWeek``: Sunday by default there, Monday in iCalendar), so the rule keeps
it (``WKST``): with a Sunday and a Monday every other week, it decides which of them share a week. Anything else (a
task's "regeneration" pattern, a pattern with no day it could fall on, an interval that is no whole number from 1)
is left as it was: the record stays the one event it states. The meetings of the series the record says were
cancelled or moved (Exchange's ``DeletedOccurrences`` and ``ModifiedOccurrences`` beside its ``Recurrence``) are
the rule's exceptions (``exception_lines``).

The leading underscore keeps this helper module out of the adapter registry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from sources.adapters._json_frequency_rules import (
    ICALENDAR_DAYS,  # by weekday number, Monday 0 (ENGLISH_WEEKDAYS)
    frequency_rule,
    utc_stamp,
)
from sources.adapters._json_unit_rules import unit_rule
from sources.adapters._json_weekday_runs import weekday_run
from sources.adapters._json_written_hints import WrittenHints, written_hints
from sources.adapters._json_written_spans import written_spans
from sources.adapters._page_dates import MONTHS
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS

MAX_DEPTH = 40  # as deep as the XML reading goes
MAX_NODES = 250_000  # objects and lists visited in one document
PATTERN_KINDS = ("daily", "weekly", "absolutemonthly", "relativemonthly", "absoluteyearly", "relativeyearly")
RANGE_KINDS = ("enddate", "numbered", "noend")
DAYS = {name: ICALENDAR_DAYS[number] for name, number in ENGLISH_WEEKDAYS.items()}
DAY_GROUPS = {"day": list(ICALENDAR_DAYS), "weekday": list(ICALENDAR_DAYS[:5]), "weekendday": ["SA", "SU"]}
INDEXES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
MAX_EXCEPTIONS = 500  # occurrences deleted or moved, written as EXDATE/RDATE lines (within MAX_RULE_TEXT)
RULE_KEYS = frozenset({"recurrence", "recurrencerule"})
_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_NAME = re.compile(r"[^a-z]")


def with_pattern_rules(data: Any) -> Any:
    """The document with each recurrence object that states a pattern replaced by its rule text (a copy where
    anything changed; the document itself when nothing did)."""
    budget = [MAX_NODES]
    return _walk(data, 0, budget, written_hints(data))


def _walk(node: Any, depth: int, budget: list[int], hints: WrittenHints) -> Any:
    budget[0] -= 1
    if budget[0] < 0 or depth > MAX_DEPTH:
        return node
    if isinstance(node, list):
        changed = [_walk(element, depth + 1, budget, hints) for element in node]
        return changed if any(new is not old for new, old in zip(changed, node, strict=True)) else node
    if not isinstance(node, Mapping):
        return node
    out: dict[Any, Any] = {}
    differs = False
    for key, value in node.items():
        name = _name(key) if isinstance(key, str) else ""
        rule = pattern_rule(value) if name == "recurrence" else None
        if rule is None and name in RULE_KEYS:  # Discord's numbered frequencies ("recurrence_rule")
            rule = frequency_rule(value)
        if rule is not None:
            rule = " ".join([rule, *exception_lines(node)])
        new = rule if rule is not None else _walk(value, depth + 1, budget, hints)
        differs = differs or new is not value
        out[key] = new
    unit = unit_rule(node) if "recurrence" not in out else None  # ESS's "recurrent" dates by unit (feeds 73)
    if unit is not None:
        out["recurrence"], differs = unit, True
    run = weekday_run(out) if "recurrence" not in out else None  # first and last day on listed weekdays (feeds 75)
    if run is not None:
        out, differs = run, True
    written = written_spans(out, hints)  # days and hours written as text, "1/18-1/19/20", "7:30-9:00pm" (feeds 78)
    if written is not None:
        out, differs = written, True
    return out if differs else node


def pattern_rule(value: Any) -> str | None:
    """The RRULE text of a recurrence object in Exchange's or Graph's words, or None when it states no pattern
    this reads."""
    if not isinstance(value, Mapping):
        return None
    fields = {_name(key): item for key, item in value.items() if isinstance(key, str)}
    kind, pattern = _pattern(fields)
    if kind is None or pattern is None:
        return None
    parts = _pattern_parts(kind, pattern)
    if parts is None:
        return None
    ending = _range_part(fields)
    return ";".join([*parts, *([ending] if ending else [])])


def _pattern(fields: Mapping[str, Any]) -> tuple[str | None, Mapping[str, Any] | None]:
    """(kind, the pattern's own fields): Exchange names the kind by the element ("WeeklyRecurrence"), Graph by
    ``pattern.type``."""
    for kind in PATTERN_KINDS:
        found = fields.get(f"{kind}recurrence")
        if isinstance(found, Mapping):
            return kind, _lowered(found)
        if found == "":  # an element with no fields: <DailyRecurrence/> is every day
            return kind, {}
    pattern = fields.get("pattern")
    if isinstance(pattern, Mapping):
        lowered = _lowered(pattern)
        kind = _name(str(lowered.get("type") or ""))
        return (kind, lowered) if kind in PATTERN_KINDS else (None, None)
    return None, None


def _pattern_parts(kind: str, pattern: Mapping[str, Any]) -> list[str] | None:
    stated = pattern.get("interval")
    interval = 1 if stated in (None, "") else _number(stated)
    if not interval:
        return None  # "0", "-1", "every": no series this could state (not every day of it)
    parts = [f"FREQ={kind.removeprefix('absolute').removeprefix('relative').upper()}"]
    if not kind.endswith("yearly") or interval > 1:  # Exchange's yearly patterns have no interval; Graph's may
        parts.append(f"INTERVAL={interval}")
    week_start = _days(pattern.get("firstdayofweek"))
    if kind == "weekly" and interval > 1 and len(week_start) == 1:
        parts.append(f"WKST={week_start[0]}")  # which days share a week decides which weeks are skipped
    days = _days(pattern.get("daysofweek"))
    day_of_month = _number(pattern.get("dayofmonth"))
    month = _month(pattern.get("month"))
    index = INDEXES.get(_name(str(pattern.get("dayofweekindex") or pattern.get("index") or "first")))
    if kind == "weekly":
        return [*parts, f"BYDAY={','.join(days)}"] if days else None
    if kind.endswith("yearly"):
        if month is None:
            return None
        parts.append(f"BYMONTH={month}")
    if kind.startswith("absolute"):
        return [*parts, f"BYMONTHDAY={day_of_month}"] if day_of_month and 1 <= day_of_month <= 31 else None
    if kind.startswith("relative"):
        return [*parts, f"BYDAY={','.join(days)}", f"BYSETPOS={index}"] if days and index else None
    return parts  # daily


def _range_part(fields: Mapping[str, Any]) -> str | None:
    """``UNTIL=`` (the end date's whole day) or ``COUNT=``, or None for a series with no end."""
    found = next(((kind, fields[f"{kind}recurrence"]) for kind in RANGE_KINDS if f"{kind}recurrence" in fields), None)
    if found is None and isinstance(fields.get("range"), Mapping):
        lowered = _lowered(fields["range"])
        found = (_name(str(lowered.get("type") or "")), lowered)
    if found is None or not isinstance(found[1], Mapping):
        return None
    kind, bounds = found[0], _lowered(found[1])
    if kind == "enddate":
        day = _DAY.match(str(bounds.get("enddate") or ""))
        return f"UNTIL={day[1]}{day[2]}{day[3]}T235959" if day else None
    if kind == "numbered":
        count = _number(bounds.get("numberofoccurrences"))
        return f"COUNT={count}" if count and count > 0 else None
    return None


def exception_lines(record: Mapping[str, Any]) -> list[str]:
    """The record's own exceptions to its series, as iCalendar lines: Exchange lists the meetings of a recurring
    master that were cancelled (``<DeletedOccurrences><DeletedOccurrence><Start>``: an EXDATE each) and moved
    (``<ModifiedOccurrences><Occurrence><OriginalStart>…<Start>``: the original an EXDATE, the new start an RDATE).
    Without them a cancelled meeting was read as one of the series."""
    fields = _lowered(record)
    lines: list[str] = []
    for found in _occurrences(fields.get("deletedoccurrences")):
        if (stamp := utc_stamp(found.get("start"))) is not None:
            lines.append(f"EXDATE:{stamp}")
    for found in _occurrences(fields.get("modifiedoccurrences")):
        original, moved = utc_stamp(found.get("originalstart")), utc_stamp(found.get("start"))
        if original is not None and moved is not None and moved != original:
            lines.extend([f"EXDATE:{original}", f"RDATE:{moved}"])
    return lines[:MAX_EXCEPTIONS]


def _occurrences(value: Any) -> Iterator[Mapping[str, Any]]:
    """The occurrence objects of a ``DeletedOccurrences`` value (one, or a list of them, under one key), their
    keys lowered; at most MAX_EXCEPTIONS."""
    inner = next(iter(value.values()), None) if isinstance(value, Mapping) and len(value) == 1 else value
    listed = inner if isinstance(inner, list) else [inner]
    for each in listed[:MAX_EXCEPTIONS]:
        if isinstance(each, Mapping):
            yield _lowered(each)


def _days(value: Any) -> list[str]:
    """``"Monday Tuesday Friday"`` (Exchange), ``["monday", "friday"]`` (Graph), ``"Weekday"`` → BYDAY codes."""
    names = value if isinstance(value, list) else str(value or "").split()
    codes: list[str] = []
    for name in names:
        word = _name(str(name))
        for code in DAY_GROUPS.get(word, [DAYS[word]] if word in DAYS else []):
            if code not in codes:
                codes.append(code)
    return codes


def _month(value: Any) -> int | None:
    number = _number(value)
    if number is not None:
        return number if 1 <= number <= 12 else None
    word = _name(str(value or ""))
    return MONTHS.get(word)


def _number(value: Any) -> int | None:
    text = str(value).strip() if isinstance(value, str | int) and not isinstance(value, bool) else ""
    return int(text) if text.isdigit() and len(text) <= 4 else None


def _lowered(fields: Mapping[str, Any]) -> dict[str, Any]:
    return {_name(key): item for key, item in fields.items() if isinstance(key, str)}


def _name(key: str) -> str:
    """A key as one lower-case word: "DaysOfWeek", "days_of_week" and "daysOfWeek" alike."""
    return _NAME.sub("", key.lower())
