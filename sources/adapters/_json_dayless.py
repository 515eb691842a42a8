"""Days written without their year, a weekday saying which: "Fri, 6 Sept, 20:00 – Sat, 7 Sept, 01:00",
"Wed, 4 Sept, 19:30–23:00", "Sun, Sep 8, 7:30 PM" — the "date" of search-engine event listings (Google's event
results as search APIs relay them) and of listings copied from them. Pure.

A value reads when it opens with a weekday's name (English, short or whole: "Fri", "Friday"), a day and a month's
name in either order, and maybe a clock ("20:00", "7:30 PM", "8 pm"). The year is the one in which that day falls
on that weekday, nearest the reading's reference day (``REFERENCE``: the adapter sets it from its fetch window, as
pages read year-less dates, ``_page_dates.resolve_year``); a weekday that fits no nearby year is no such date.
Without a reference (while a document's shape is being inferred, or its kind sniffed) any year that fits will do,
since only the shape is wanted then; the two readers of inferred records, ``json_api`` and ``xml_doc``, set the
reference when they parse, so no record is read with such a year.

The end is read from the same text (``DAYLESS_END``): what follows a dash, another such day with its clock
("– Sat, 7 Sept, 01:00") or a clock alone ("–23:00", on the start's day, or the next when it is earlier than the
start's). A value with no end after its start has none. A bare start hour whose am or pm is written only after
the end ("8 – 11 PM") takes the end's (``_json_dayless_meridiem``).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import re
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from sources.adapters._json_dayless_meridiem import shared_meridiem
from sources.adapters._page_dates import MONTHS, resolve_year, safe_date
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS
from sources.adapters.common import matched_clock

DAYLESS = "weekday-day-month"  # a format's name: the start such a text opens with
DAYLESS_END = f"{DAYLESS} end"  # a format's name: the end written after its dash
DAYLESS_FORMATS = (DAYLESS, DAYLESS_END)
MAX_TEXT = 80
T = TypeVar("T")
# The day the year-less dates of a reading are placed near (the fetch window's "now"); None while inferring.
REFERENCE: contextvars.ContextVar[dt.date | None] = contextvars.ContextVar("dayless_reference", default=None)
_SHAPE_YEARS = range(2024, 2052)  # 28 years: every day of the year falls on every weekday in them, 29 February too

_CLOCK = r"(?P<{h}>2[0-3]|[01]?\d)(?!\d)(?:[:.](?P<{m}>[0-5]\d))?(?:\s{{0,2}}(?P<{p}>[ap])\.?m\b\.?)?"
_DAY_TEXT = (
    r"(?P<weekday>[a-z]{{3,9}})\b\.?,?\s{{1,3}}"
    r"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s{{1,3}}(?P<month>[a-z]{{3,9}})\b\.?"
    r"|(?P<month2>[a-z]{{3,9}})\b\.?\s{{1,3}}(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\b)"
    r"(?!,?\s{{0,3}}\d{{4}})"  # a year written after the day: a dated text, read by the formats with years
    r"(?:,?\s{{1,3}}(?:at\s{{1,3}}|@\s{{0,2}})?{clock})?"
)
_START = re.compile(_DAY_TEXT.format(clock=_CLOCK.format(h="hour", m="minute", p="meridiem")), re.IGNORECASE)
_DASH = re.compile(r"\s{0,3}(?:[-–—]|to\b|until\b)\s{0,3}", re.IGNORECASE)
_END_CLOCK = re.compile(_CLOCK.format(h="hour", m="minute", p="meridiem"), re.IGNORECASE)


def dayless_moment(value: Any, value_format: str, tz: dt.tzinfo | None) -> dt.datetime | dt.date | None:
    """The start (``DAYLESS``) or the end (``DAYLESS_END``) a year-less day's text gives; None when the text does
    not open with one, or (for the end) states no end."""
    return _read(value, value_format, tz, REFERENCE.get())


def dayless_shape(strings: Sequence[str]) -> tuple[int, float] | None:
    """How many of the values open with a year-less day, and the share of those with a clock; None when none
    does. While a shape is inferred there may be no reference day yet: any year that fits will do then."""
    reference = REFERENCE.get()
    read = [moment for text in strings if (moment := _read(text, DAYLESS, dt.UTC, reference)) is not None]
    if not read:
        return None
    return len(read), sum(1 for moment in read if isinstance(moment, dt.datetime)) / len(read)


def _read(
    value: Any, value_format: str, tz: dt.tzinfo | None, reference: dt.date | None
) -> dt.datetime | dt.date | None:
    if not isinstance(value, str) or len(value) > MAX_TEXT:
        return None
    text = " ".join(value.split())
    match = _START.match(text)
    if match is None:
        return None
    start = _moment(match, tz, reference)
    shared = shared_meridiem(match, text[match.end() :]) if start is not None else None
    if start is not None and shared is not None:  # "Sat, Sep 7, 8 – 11 PM": the end's "PM" is the start's too
        day = start.date() if isinstance(start, dt.datetime) else start
        clock = shared[1] if value_format == DAYLESS_END else shared[0]
        return dt.datetime.combine(day, clock, tzinfo=tz or dt.UTC)
    if start is None or value_format != DAYLESS_END:
        return start
    return _end(text[match.end() :], start, tz, reference)


def _moment(match: re.Match[str], tz: dt.tzinfo | None, reference: dt.date | None) -> dt.datetime | dt.date | None:
    weekday = ENGLISH_WEEKDAYS.get(match["weekday"].lower())
    month = MONTHS.get((match["month"] or match["month2"]).lower())
    day = int(match["day"] or match["day2"])
    if weekday is None or month is None:
        return None
    if reference is None:  # the shape only: any year in which that day falls on that weekday
        date = next((found for year in _SHAPE_YEARS if _on(found := safe_date(year, month, day), weekday)), None)
    else:
        date = resolve_year(month, day, weekday=weekday, year_hint=None, today=reference)
    if date is None or date.weekday() != weekday:
        return None  # a weekday that fits no year near the reference: not this kind of date
    clock = matched_clock(match)
    return date if clock is None else dt.datetime.combine(date, clock, tzinfo=tz or dt.UTC)


def _on(date: dt.date | None, weekday: int) -> bool:
    return date is not None and date.weekday() == weekday


def _end(
    rest: str, start: dt.datetime | dt.date, tz: dt.tzinfo | None, reference: dt.date | None
) -> dt.datetime | dt.date | None:
    dash = _DASH.match(rest)
    if dash is None:
        return None
    after = rest[dash.end() :]
    other = _START.match(after)
    if other is not None:
        end = _moment(other, tz, reference)
        return end if end is not None and _after(end, start) else None
    clock = _END_CLOCK.match(after)
    if clock is None or not isinstance(start, dt.datetime):
        return None
    time = matched_clock(clock)
    if time is None:
        return None
    end = dt.datetime.combine(start.date(), time, tzinfo=start.tzinfo)
    return end if end > start else end + dt.timedelta(days=1)  # "22:00–01:00": past midnight


def _after(end: dt.datetime | dt.date, start: dt.datetime | dt.date) -> bool:
    def day(moment: dt.datetime | dt.date) -> dt.date:
        return moment.date() if isinstance(moment, dt.datetime) else moment

    if isinstance(end, dt.datetime) and isinstance(start, dt.datetime):
        return end > start
    return day(end) >= day(start)


def dayless_end(start_spec: Any) -> dict[str, str] | None:
    """The end of a start read from year-less days: the same text read after its dash (``DAYLESS_END``)."""
    if isinstance(start_spec, dict) and start_spec.get("format") == DAYLESS and isinstance(start_spec.get("path"), str):
        return {"path": start_spec["path"], "format": DAYLESS_END}
    return None


def near_reference(records: Iterator[T], day: dt.date) -> Iterator[T]:
    """The records, each read with ``day`` as the reference of its year-less dates. The day is set only while a
    record is read and reset before it is handed on: two readings pulled in turn (or one set aside) never see
    each other's day, nor leave one behind in their caller's context."""
    iterator = iter(records)
    while True:
        with reference(day):
            try:
                record = next(iterator)
            except StopIteration:
                return
        yield record


@contextlib.contextmanager
def reference(day: dt.date) -> Iterator[None]:
    """``day`` as the reference of the year-less dates read meanwhile (the one before it restored after)."""
    token = REFERENCE.set(day)
    try:
        yield
    finally:
        REFERENCE.reset(token)
