"""A recurrence stated by a unit, the days chosen and a limit, as the ESS event feed writes it, turned into the
iCalendar RRULE it means, for the ``xml`` and ``json_api`` adapters (issue #13, feeds batch 73). Pure.

ESS (Event Standard Syndication) gives an event's dates as items: ``<item type='recurrent' unit='month'
selected_day='saturday' selected_week='last' limit='6'><start>2011-09-24T23:06:40+02:00</start><duration>7200
</duration></item>``: the last Saturday of every month, six times, from the start. Read as one event, such a date
is its first occurrence only. A date object that says it recurs (``type`` "recurrent" or "recurring"), by a unit
(day, week, month, year), with a start of its own, gets the rule beside its fields under "recurrence"
(``FREQ=MONTHLY;INTERVAL=1;BYDAY=-1SA;COUNT=6``), which the JSON reading maps to ``rrule`` and expands like any
other series (``_record_series``): the date's own start is the series' first.

Read: ``interval`` (a whole number from 1, else 1), ``limit`` (how many times, from 1), ``selected_day`` (English
weekday names, comma-separated), ``selected_week`` (first … fourth, last: which of those weekdays in the month).
Anything else leaves the object as it was: a weekday name this does not know ("thirsday"), a day chosen by number,
a unit of another kind, an interval or a limit that is no whole number (ASCII digits only: "²" is none), a week chosen
in a weekly, daily or yearly rule (a year's "last Saturday" is the year's last, not the month's), a date with no
start, an object that does not say it recurs.

The leading underscore keeps this helper module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sources.adapters._json_frequency_rules import ICALENDAR_DAYS
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS

__all__ = ["unit_rule"]

RECURRING = frozenset({"recurrent", "recurring"})
FREQUENCIES = {"day": "DAILY", "week": "WEEKLY", "month": "MONTHLY", "year": "YEARLY"}
# a weekday's whole English name (ENGLISH_WEEKDAYS' whole names) and its iCalendar code
DAYS = {name: ICALENDAR_DAYS[number] for name, number in ENGLISH_WEEKDAYS.items() if name.endswith("day")}
WEEKS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
MAX_INTERVAL = 1000
MAX_COUNT = 10_000
MAX_TEXT = 100  # a list of weekday names, not a paragraph


def unit_rule(node: Mapping[Any, Any]) -> str | None:
    """The RRULE text of a date object stating a recurrence by unit (see the module), or None."""
    fields = {key.lower(): value for key, value in node.items() if isinstance(key, str)}
    if _text(fields.get("type")) not in RECURRING or not fields.get("start"):
        return None
    frequency = FREQUENCIES.get(_text(fields.get("unit")).removesuffix("s"))
    interval = _whole(fields.get("interval"), 1, MAX_INTERVAL, default=1)
    count = _whole(fields.get("limit"), 1, MAX_COUNT, default=None)
    if frequency is None or interval is None or (fields.get("limit") is not None and count is None):
        return None
    parts = [f"FREQ={frequency}", f"INTERVAL={interval}"]
    days = _days(fields.get("selected_day"))
    week = _text(fields.get("selected_week"))
    if days is None or (week and (week not in WEEKS or frequency != "MONTHLY" or not days)):
        return None
    if days:
        prefix = str(WEEKS[week]) if week else ""
        parts.append("BYDAY=" + ",".join(prefix + day for day in days))
    if count is not None:
        parts.append(f"COUNT={count}")
    return ";".join(parts)


def _days(value: Any) -> list[str] | None:
    """The iCalendar days of a comma-separated list of English weekday names; [] for none; None for any other."""
    text = _text(value)
    if not text:
        return []
    names = [name.strip() for name in text.split(",")]
    return [DAYS[name] for name in names] if all(name in DAYS for name in names) else None


def _whole(value: Any, low: int, high: int, *, default: int | None) -> int | None:
    if value is None or value == "":
        return default
    text = str(value).strip()
    if len(text) > 6 or not (text.isascii() and text.isdigit()):  # "²" is a digit to isdigit(), no number to int()
        return None
    return int(text) if low <= int(text) <= high else None


def _text(value: Any) -> str:
    return value.strip().lower() if isinstance(value, str) and len(value) <= MAX_TEXT else ""
