"""A record whose date field is a written list of performances is read as those performances (issue #13, feeds
batch 72, part 1: batch 71's Hong Kong programmes).

Programme exports keep a run's dates as the box office writes them, several days and clocks in one value: Hong
Kong's ``<predateE>`` "30 Jan 2026 (Fri) 7:30pm ; 31 Jan 2026 (Sat) 2:30pm,7:30pm", "06/02/2026(Fri)20:00;07/02/2026
(Sat)20:00", "30/01-1/2/2026(Fri-Sun)19:30" (every evening of a run of days), "23-24/01/2026(Fri-Sat) 20:00; 25/01/2026
(Sun) 15:00". No one date reads from such a text, so the records had no start.

Such a value is read as a list of performances when every part of it (parts split at ";" and line ends) is a day or
a run of days, maybe a weekday or a run of weekdays in brackets, and one clock or more ("7:30pm", "20:00", "2:30pm,
7:30pm"); each day of a run at each clock is one performance. A part that is anything else (words: "5 Jan 2026 to 29
Jun 2026 (Every Mon)", Chinese "2026年1月30日", a clock missing) and the value is left alone. The key must name a date or
a time (its words, or its last glued word: "predate", "showtimes"). A day written in numbers is read day first
("06/02/2026", as Hong Kong, Britain and most of the world write it) only when that is certain: a day above 12, or
the bracketed weekday matching that reading and not the month-first one; otherwise the value is left alone.

The performances are added to the record as a list under ``PERFORMANCES`` (``{"start": "2026-01-30T19:30:00"}`` each),
which the inference reads as a record's dates (``_json_infer._dates_readings``), each with the record's title and
page; a record that already has such a key keeps its own.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from sources.adapters._json_record_walk import map_records
from sources.adapters._page_dates import MONTHS
from sources.adapters._page_intl import weekday_number
from sources.adapters.common import matched_clock

__all__ = ["with_performances"]

PERFORMANCES = "performances"
DATE_TAILS = ("date", "dates", "time", "times", "datetime", "datetimes", "schedule")
MAX_TEXT = 600  # a programme's dates fit in a few lines; a longer value is prose
MAX_PARTS = 40
MAX_RUN_DAYS = 31  # a run of days longer than a month is a season, not nightly performances
MAX_PERFORMANCES = 200
MAX_KEY = 60  # a date field's key is a word or two

_PARTS = re.compile(r"[;\n]")
_WEEKDAYS = r"\(\s*(?P<wd1>[A-Za-z]{3,9})\s*(?:[-–]\s*(?P<wd2>[A-Za-z]{3,9})\s*)?\)"
_CLOCK = r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?"
_CLOCKS = rf"(?P<clocks>{_CLOCK}(?:\s*,\s*{_CLOCK})*)"
# One of them, read by the shared clock reader (common.matched_clock): "20" alone, "13pm", "25:00" are none.
_ONE_CLOCK = re.compile(r"(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?\s*(?:(?P<meridiem>[ap])\.?m\.?)?", re.I)
# "30 Jan 2026", "30 - 31 Jan 2026"
_WORDED = re.compile(
    rf"^(?P<d1>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\s+(?P<month>[A-Za-z]{{3,9}})\.?\s+(?P<year>\d{{4}})\s*"
    rf"(?:{_WEEKDAYS})?\s*{_CLOCKS}$"
)
# "06/02/2026", "23-24/01/2026", "30/01-1/2/2026"
_NUMBERED = re.compile(
    rf"^(?P<a1>\d{{1,2}})(?:/(?P<b1>\d{{1,2}}))?(?:\s*[-–]\s*(?P<a2>\d{{1,2}}))?/(?P<b2>\d{{1,2}})/(?P<year>\d{{4}})\s*"
    rf"(?:{_WEEKDAYS})?\s*{_CLOCKS}$"
)


def with_performances(data: Any) -> Any:
    """The document with each record's written list of performances also as a list of starts (see the module)."""
    return map_records(data, _with_starts)


def _with_starts(record: dict[Any, Any]) -> dict[Any, Any]:
    if PERFORMANCES in record:
        return record
    for key, each in record.items():
        starts = _starts(each) if isinstance(key, str) and _names_a_date(key) else None
        if starts:
            return {**record, PERFORMANCES: [{"start": start.isoformat()} for start in starts]}
    return record


def _names_a_date(key: str) -> bool:
    if len(key) > MAX_KEY:
        return False
    last = re.findall(r"[A-Za-z][a-z]*|[A-Z]+", key)
    return bool(last) and last[-1].lower().endswith(DATE_TAILS)


def _starts(value: Any) -> list[dt.datetime] | None:
    """The performances a value lists, or None when any part of it is something else."""
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        return None
    parts = [part.strip() for part in _PARTS.split(value) if part.strip()]
    if not parts or len(parts) > MAX_PARTS:
        return None
    starts: list[dt.datetime] = []
    for part in parts:
        read = list(_part_starts(part))
        if not read:
            return None
        starts.extend(read)
        if len(starts) > MAX_PERFORMANCES:
            return None
    return starts


def _part_starts(part: str) -> Iterator[dt.datetime]:
    days = _worded_days(part) or _numbered_days(part)
    if days is None:
        return
    found, clocks = days
    times = [_clock(written) for written in re.split(r"\s*,\s*", clocks.strip())]
    if not found or any(time is None for time in times):
        return
    for day in found:
        for time in times:
            if time is not None:
                yield dt.datetime.combine(day, time)


def _worded_days(part: str) -> tuple[list[dt.date], str] | None:
    match = _WORDED.match(part)
    month = MONTHS.get(match["month"].lower()) if match else None
    if match is None or month is None:
        return None
    year = int(match["year"])
    first = _day(year, month, int(match["d1"]))
    last = _day(year, month, int(match["d2"])) if match["d2"] else first
    run = _run(first, last, match)
    return (run, match["clocks"]) if run is not None else None


def _numbered_days(part: str) -> tuple[list[dt.date], str] | None:
    """Day first, when certain (see the module): "30/01-1/2/2026", "23-24/01/2026", "06/02/2026(Fri)"."""
    match = _NUMBERED.match(part)
    if match is None:
        return None
    year = int(match["year"])
    a1, b2 = int(match["a1"]), int(match["b2"])
    b1 = int(match["b1"]) if match["b1"] else None
    a2 = int(match["a2"]) if match["a2"] else None
    # "a1[/b1][-a2]/b2/year": day first reads a1 and a2 (or a2 when b1 is given) as days, b1 and b2 as months.
    if b1 is not None:  # "30/01-1/2/2026": a run across months
        first, last = _day(year, b1, a1), _day(year, b2, a2 if a2 is not None else a1)
    else:
        first, last = _day(year, b2, a1), _day(year, b2, a2 if a2 is not None else a1)
    run = _run(first, last, match)
    if run is None:
        return None
    certain = a1 > 12 or (a2 is not None and a2 > 12) or _weekday_only_day_first(match, year, a1, b2, b1, a2)
    return (run, match["clocks"]) if certain else None


def _weekday_only_day_first(match: re.Match[str], year: int, a1: int, b2: int, b1: int | None, a2: int | None) -> bool:
    """Whether the bracketed weekday fits the day-first reading and not the month-first one."""
    if not match["wd1"] or b1 is not None or a2 is not None or b2 > 12:
        return False
    month_first = _day(year, a1, b2)
    wanted = weekday_number(match["wd1"])
    return month_first is None or wanted is None or month_first.weekday() != wanted


def _run(first: dt.date | None, last: dt.date | None, match: re.Match[str]) -> list[dt.date] | None:
    if first is None or last is None or last < first or (last - first).days >= MAX_RUN_DAYS:
        return None
    wd1, wd2 = match["wd1"], match["wd2"]
    if wd1 and weekday_number(wd1) != first.weekday():
        return None
    if wd2 and weekday_number(wd2) != last.weekday():
        return None
    return [first + dt.timedelta(days=offset) for offset in range((last - first).days + 1)]


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _clock(text: str) -> dt.time | None:
    match = _ONE_CLOCK.fullmatch(text)
    return matched_clock(match) if match is not None else None
