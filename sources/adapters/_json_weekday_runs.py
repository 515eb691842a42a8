"""A run of days on listed weekdays read as the weekly series it states (issue #13, feeds batch 75).

Event platforms' exports give a schedule entry as a first and a last day, an optional clock for each meeting, and
the weekdays it meets on: Guidle's (a Swiss event platform) ``<date><startDate>2018-10-26</startDate><endDate>
2018-11-03</endDate><startTime>20:00:00</startTime><endTime>22:30:00</endTime><weekdays><day>Tu</day><day>Fr</day>
<day>Sa</day></weekdays></date>``: a play on Tuesdays, Fridays and Saturdays from 20:00 to 22:30, from the 26th
of October to the 3rd of November. Read as it stands, such an entry was no event at all (its weekdays kept it from
reading as a list of dates), and read as a run it would be one eight-day event from its first evening to its last.

An object with a start day, a later end day and a list of weekday names under a key naming weekdays ("weekdays",
"daysOfWeek", "week_days", "days": a list, or an object holding one list: ``{"day": ["Tu", "Fr"]}``) is that
weekly series: the weekday list is replaced by the rule under "recurrence"
(``FREQ=WEEKLY;BYDAY=TU,FR,SA;UNTIL=20181103T235959``, the last day included) and the end day by the start day, so
each meeting lasts from its start clock to its end clock on its own day, and the JSON reading maps the rule to ``rrule`` and expands it like any other
series (``_record_series``).

Not: a run with no weekday list (a festival's first and last day: one event, as before), a weekday name this does
not know (English names, whole or cut to two or three letters), a day that is no ISO date, an end day not after the
start day (one day, nothing to repeat), an object that already states a recurrence or a rule of its own. review58: a
run whose listed weekdays hold every day from its first to its last (a festival's "Saturday", "Sunday" over its
weekend: one event over both days, as before), and a run listing five weekdays or more with no start clock (a
museum's or an exhibition's opening days, "Tu" to "Su" from April to October: one run, not its every day).
Read-through 58: a frequency the object states is the rule's (schema.org Schedule's ``"repeatFrequency": "P2W"``:
``INTERVAL=2``; ``"P1M"`` with ``"byMonthWeek": 1``: ``FREQ=MONTHLY;BYDAY=+1TU``); any other statement of one
("P1Y", "interval", "repeatCount") leaves the object alone rather than read it as every week.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._json_frequency_rules import ICALENDAR_DAYS
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS

__all__ = ["RECURRENCE", "weekday_run"]

RECURRENCE = "recurrence"
# a weekday's English name, whole or cut ("Mon", "Tues": ENGLISH_WEEKDAYS), or its iCalendar code (Guidle's "Mo", "Tu")
CODES = {name: ICALENDAR_DAYS[number] for name, number in ENGLISH_WEEKDAYS.items()} | {
    code.lower(): code for code in ICALENDAR_DAYS
}
WEEKDAY_KEYS = frozenset({"weekdays", "weekday", "daysofweek", "dayofweek", "weekdaylist", "days", "byday"})
RULE_KEYS = frozenset({"recurrence", "recurrencerule", "rrule", "rule"})
# A frequency the object states (schema.org Schedule's "repeatFrequency", "byMonthWeek"; read-through 58): read when it
# says every n weeks or a month's nth weekday, else the object is left alone (its own words, not every week).
FREQUENCY_KEYS = frozenset(
    {"repeatfrequency", "frequency", "freq", "interval", "every", "bymonthweek", "bymonthday", "bymonth", "repeatcount"}
)
_WEEKS = re.compile(r"^P(\d{1,2})W$")
MAX_MONTH_WEEK = 5
MONTHS_AHEAD = 62  # days: a month's nth weekday comes within two months of any day
MAX_DAYS = 7
OPENING_DAYS = 5  # weekdays listed, with no start clock: a place's opening days, not a series' meetings (review58)
_KEY = re.compile(r"[^a-z]")
_DAY = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})\s*$")
_START = re.compile(r"^(?:start|begin|from)(?:ing)?date$|^date(?:start|begin|from)$")
_END = re.compile(r"^(?:end|until|to)date$|^date(?:end|until|to)$")
_CLOCK = re.compile(r"^(?:start|begin|from)(?:ing)?(?:time|clock|hour)$|^(?:time|hour)(?:start|begin|from)?$")


def weekday_run(node: Mapping[Any, Any]) -> dict[Any, Any] | None:
    """The object with its run of days on listed weekdays written as its weekly rule (see the module), or None."""
    keys = {_KEY.sub("", key.lower()): key for key in node if isinstance(key, str)}
    if any(name in RULE_KEYS for name in keys):
        return None
    start_key = next((key for name, key in keys.items() if _START.match(name)), None)
    end_key = next((key for name, key in keys.items() if _END.match(name)), None)
    days_key = next((key for name, key in keys.items() if name in WEEKDAY_KEYS), None)
    if start_key is None or end_key is None or days_key is None:
        return None
    first, last = _day(node[start_key]), _day(node[end_key])
    codes = _codes(node[days_key])
    if first is None or last is None or last <= first or not codes:
        return None
    if _every_day(first, last, codes) or (len(codes) >= OPENING_DAYS and not any(map(_CLOCK.match, keys))):
        return None  # a weekend's two days, a place's opening days (review58)
    out = {key: value for key, value in node.items() if key != days_key}
    first = _first_listed(first, codes)  # a series starts on its first listed weekday, not on any first day (review58)
    stated = {name: node[key] for name, key in keys.items() if name in FREQUENCY_KEYS and node[key] not in (None, "")}
    rule = _stated_rule(stated, codes) if stated else f"FREQ=WEEKLY;BYDAY={','.join(codes)}"
    if rule is None:
        return None  # a frequency this does not read ("P1Y", "interval": 3 with no unit): not every week
    if rule.startswith("FREQ=MONTHLY"):
        first = _first_in_month_week(first, last, rule)
        if first is None:
            return None
    out[start_key] = out[end_key] = first.isoformat()
    out[RECURRENCE] = f"{rule};UNTIL={last:%Y%m%d}T235959"
    return out


def _stated_rule(stated: dict[str, Any], codes: list[str]) -> str | None:
    """The rule (without its UNTIL) a stated frequency gives: every n weeks ("P2W": ``INTERVAL=2``) or a month's nth
    weekday ("P1M" with "byMonthWeek": 1: ``FREQ=MONTHLY;BYDAY=+1TU``); None for any other statement."""
    frequency = stated.pop("repeatfrequency", None)
    week = stated.pop("bymonthweek", None)
    if stated or not isinstance(frequency, str):
        return None
    said = frequency.strip().upper()
    weeks = _WEEKS.match("P1W" if said == "P7D" else said)
    if weeks is not None and week is None:
        interval = int(weeks.group(1))
        if interval < 1:
            return None
        return f"FREQ=WEEKLY;BYDAY={','.join(codes)}" + (f";INTERVAL={interval}" if interval > 1 else "")
    if said != "P1M" or len(codes) != 1:
        return None
    numbers = week if isinstance(week, list) else [week]
    if not numbers or not all(type(n) is int and 0 < abs(n) <= MAX_MONTH_WEEK for n in numbers):
        return None
    return "FREQ=MONTHLY;BYDAY=" + ",".join(f"{n:+d}{codes[0]}" for n in sorted(set(numbers)))


def _first_in_month_week(first: dt.date, last: dt.date, rule: str) -> dt.date | None:
    """The first day from ``first`` to ``last`` (within two months) that the monthly rule's nth weekday names."""
    wanted = {(int(part[:-2]), part[-2:]) for part in rule.split("BYDAY=", 1)[1].split(",")}
    for offset in range(min((last - first).days + 1, MONTHS_AHEAD)):
        day = first + dt.timedelta(days=offset)
        code = ICALENDAR_DAYS[day.weekday()]
        from_end = -((_month_days(day) - day.day) // 7 + 1)
        if (((day.day - 1) // 7 + 1), code) in wanted or (from_end, code) in wanted:
            return day
    return None


def _month_days(day: dt.date) -> int:
    following = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return (following - dt.timedelta(days=1)).day


def _first_listed(first: dt.date, codes: list[str]) -> dt.date:
    """The first day on or after ``first`` that falls on a listed weekday (a rule's start is its first meeting)."""
    listed = {index for index, code in enumerate(ICALENDAR_DAYS) if code in codes}
    return next(
        first + dt.timedelta(days=offset) for offset in range(MAX_DAYS) if (first.weekday() + offset) % 7 in listed
    )


def _every_day(first: dt.date, last: dt.date, codes: list[str]) -> bool:
    """Whether every day from ``first`` to ``last`` falls on a listed weekday (nothing left out to repeat around)."""
    listed = {index for index, code in enumerate(ICALENDAR_DAYS) if code in codes}
    span = (last - first).days + 1
    return all((first.weekday() + offset) % 7 in listed for offset in range(min(span, MAX_DAYS)))


def _day(value: Any) -> dt.date | None:
    match = _DAY.match(value) if isinstance(value, str) else None
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def _codes(value: Any) -> list[str]:
    """The BYDAY codes of a weekday list, in the week's order, or [] when any entry is no weekday's name."""
    if isinstance(value, Mapping) and len(value) == 1:
        value = next(iter(value.values()))  # <weekdays><day>Tu</day>…</weekdays>: {"day": [...]}
    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not 0 < len(names) <= MAX_DAYS:
        return []
    found: set[str] = set()
    for name in names:
        code = CODES.get(name.strip().lower().rstrip(".")) if isinstance(name, str) else None
        if code is None:
            return []
        found.add(code)
    return [code for code in ICALENDAR_DAYS if code in found]
