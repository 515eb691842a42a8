"""Bounded expansion of recurring iCalendar series. Pure.

recurring-ical-events applies RRULE, RDATE, EXDATE and moved occurrences (RECURRENCE-ID), but asks
dateutil for ``rule.between(start, end)``: a list of every occurrence in the window, built from DTSTART
with a cache of every step. A 167-byte ``FREQ=SECONDLY`` calendar is then 31 million datetimes. Here the
library's series are kept (their handling of exceptions and moved occurrences is what we want) and only
the rule iteration is replaced: lazy, stopped at the window's end, and metered.

Three bounds, each reported rather than raised:
- occurrences: ``MAX_OCCURRENCES`` per series and ``MAX_OCCURRENCES_PER_FILE`` per calendar file;
- work: dateutil's own search steps, counted, ``MAX_STEPS_PER_SERIES`` and ``MAX_STEPS_PER_FILE``. A rule
  that rarely or never matches ("30 February", BYSETPOS past the set) yields nothing while dateutil walks
  day by day to the year 9999, so counting yielded items alone would not stop it;
- time: a wall-clock budget per file (settings.RECURRENCE_BUDGET_SECONDS).

Rules that are not events are refused before any expansion: more often than every ``MIN_PERIOD``
(FREQ=SECONDLY, every minute), an INTERVAL that is zero, negative or spans more than a century.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from collections.abc import Callable, Iterator
from typing import Any

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrule
from icalendar.cal import Component
from recurring_ical_events.occurrence import Occurrence
from recurring_ical_events.series import Series
from recurring_ical_events.util import compare_greater, convert_to_datetime

from sources.adapters._ical_time import as_datetime, moment

# Occurrences listed per series and window: an every-five-minutes rule must not flood the pipeline.
MAX_OCCURRENCES = 2000
# Occurrences (and single events) per calendar file.
MAX_OCCURRENCES_PER_FILE = 50_000
# Work, in two kinds of dateutil step: candidates it produced (a daily series with COUNT since 1990 is
# ~13,000 before today) and months (or years) it searched, matched or not (a rule that never matches
# searches month after month up to the year 9999; 1,200 months is a century; series starting long
# ago are moved forward first, see rebase).
MAX_CANDIDATES_PER_SERIES = 50_000
MAX_SEARCH_PER_SERIES = 1_200
MAX_CANDIDATES_PER_FILE = 500_000
MAX_SEARCH_PER_FILE = 24_000
# How often (in steps) the wall clock is read: a clock read per step would cost more than the step.
CLOCK_EVERY = 256

MIN_PERIOD = dt.timedelta(minutes=5)
MAX_PERIOD = dt.timedelta(days=36_525)
PERIODS = {
    "SECONDLY": dt.timedelta(seconds=1),
    "MINUTELY": dt.timedelta(minutes=1),
    "HOURLY": dt.timedelta(hours=1),
    "DAILY": dt.timedelta(days=1),
    "WEEKLY": dt.timedelta(weeks=1),
    "MONTHLY": dt.timedelta(days=31),
    "YEARLY": dt.timedelta(days=366),
}
REBASE_MARGIN = dt.timedelta(days=1)

TOO_FREQUENT = "The series repeats every {period}: more often than every 5 minutes is not an event listing."
BAD_INTERVAL = "The series has INTERVAL={interval}: it must be a positive number of periods, at most a century."
UNKNOWN_FREQ = "The series has no valid FREQ ({freq!r})."
SERIES_STEPS = "Expansion of this series stopped after {steps:,} steps (a rule that rarely or never matches)."
FILE_STEPS = "Recurrence expansion stopped after {steps:,} steps for the whole file; later series were not expanded."
FILE_OCCURRENCES = "Stopped at {count:,} occurrences for this file; later series were not expanded."
FILE_TIME = (
    "Recurrence expansion stopped after {seconds:g} s (RECURRENCE_BUDGET_SECONDS); later series were not expanded."
)


class ExpansionStoppedError(Exception):
    """A bound was reached. ``whole_file`` says whether the rest of the file must stop too."""

    def __init__(self, reason: str, *, whole_file: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.whole_file = whole_file


@dataclasses.dataclass(slots=True, kw_only=True)
class FileBudget:
    """What one calendar file may still spend on expansion."""

    seconds: float
    # Read when built, not when this module is imported, so a test (or an operator's shell) can lower them.
    max_candidates: int = dataclasses.field(default_factory=lambda: MAX_CANDIDATES_PER_FILE)
    max_search: int = dataclasses.field(default_factory=lambda: MAX_SEARCH_PER_FILE)
    max_occurrences: int = dataclasses.field(default_factory=lambda: MAX_OCCURRENCES_PER_FILE)
    clock: Callable[[], float] = time.monotonic
    candidates: int = 0
    search: int = 0
    occurrences: int = 0
    # Set once a file-wide bound was reached: the rest of the file is not expanded.
    stopped: bool = False
    # Only time spent expanding counts: parsing the file and building its records are not recurrence work,
    # and a large, ordinary feed must not run out of budget on them.
    spent: float = 0.0
    deadline: float = dataclasses.field(init=False)
    _resumed: float = dataclasses.field(init=False)

    def __post_init__(self) -> None:
        self.resume()

    def resume(self) -> None:
        self._resumed = self.clock()
        self.deadline = self._resumed + self.seconds - self.spent

    def pause(self) -> None:
        self.spent += self.clock() - self._resumed

    def step(self, *, search: bool) -> None:
        if search:
            self.search += 1
        else:
            self.candidates += 1
        if self.search > self.max_search or self.candidates > self.max_candidates:
            raise ExpansionStoppedError(FILE_STEPS.format(steps=self.search + self.candidates), whole_file=True)
        if (self.search + self.candidates) % CLOCK_EVERY == 0:
            self.check_clock()

    def check_clock(self) -> None:
        if self.clock() > self.deadline:
            raise ExpansionStoppedError(FILE_TIME.format(seconds=self.seconds), whole_file=True)

    def occurrence(self) -> None:
        self.occurrences += 1
        if self.occurrences > self.max_occurrences:
            raise ExpansionStoppedError(FILE_OCCURRENCES.format(count=self.max_occurrences), whole_file=True)


@dataclasses.dataclass(slots=True)
class SeriesMeter:
    """Counts one series' dateutil steps; raises ExpansionStoppedError past its bounds or its file's."""

    budget: FileBudget | None = None
    max_candidates: int = dataclasses.field(default_factory=lambda: MAX_CANDIDATES_PER_SERIES)
    max_search: int = dataclasses.field(default_factory=lambda: MAX_SEARCH_PER_SERIES)
    candidates: int = 0
    search: int = 0

    @property
    def steps(self) -> int:
        return self.candidates + self.search

    def step(self, *, search: bool = False) -> None:
        if search:
            self.search += 1
        else:
            self.candidates += 1
        if self.search > self.max_search or self.candidates > self.max_candidates:
            raise ExpansionStoppedError(SERIES_STEPS.format(steps=self.steps), whole_file=False)
        if self.budget is not None:
            self.budget.step(search=search)


class _MeteredRule(rrule):
    """dateutil's rrule with a meter on its search loop.

    dateutil's iterator has no hook, but it re-reads three attributes as it works, whether or not anything
    matches: ``_bynweekday`` each time its search moves to another month (or year), ``_tzinfo`` for each
    time of day it builds in an hourly, minutely or secondly step, and ``_dtstart`` for each candidate it
    compares (those before DTSTART are never yielded: a yearly rule with every BYHOUR/BYMINUTE/BYSECOND
    compares 86,400 a day). Counting those reads meters every kind of progress without copying the loop,
    so a rule that never matches stops at the series' bound instead of walking to the year 9999.
    tests/sources/test_ics_recurrence.py proves both hooks still fire with the pinned dateutil.
    """

    meter: SeriesMeter | None = None

    @property
    def _bynweekday(self) -> Any:
        if self.meter is not None:
            self.meter.step(search=True)
        return self.__dict__["_bynweekday"]

    @_bynweekday.setter
    def _bynweekday(self, value: Any) -> None:
        self.__dict__["_bynweekday"] = value

    @property
    def _dtstart(self) -> Any:
        if self.meter is not None:
            self.meter.step()
        return self.__dict__["_dtstart"]

    @_dtstart.setter
    def _dtstart(self, value: Any) -> None:
        self.__dict__["_dtstart"] = value

    @property
    def _tzinfo(self) -> Any:
        if self.meter is not None:
            self.meter.step()
        return self.__dict__["_tzinfo"]

    @_tzinfo.setter
    def _tzinfo(self, value: Any) -> None:
        self.__dict__["_tzinfo"] = value


def _metered(rule: rrule, meter: SeriesMeter) -> _MeteredRule:
    """The same rule, metered, without the cache (which would keep every step since DTSTART)."""
    copy = _MeteredRule.__new__(_MeteredRule)
    copy.__dict__.update(rule.__dict__)
    copy._cache = None  # dateutil iterates uncached when this is None
    copy.meter = meter
    return copy


class _MeteredRecurrence(Series.RecurrenceRules):
    def __init__(self, core: Any) -> None:
        self.meter = SeriesMeter()
        super().__init__(core)

    def rrulestr(self, rule_string: str) -> rrule:
        return _metered(super().rrulestr(rule_string), self.meter)

    def rrule_between(self, span_start: Any, span_stop: Any) -> Iterator[Any]:
        """The rules' starts in [span_start, span_stop], lazily, each candidate counted as a step.

        The same comparisons as the library's (``rule.between(..., inc=True)`` and its UNTIL check), but
        iterated instead of listed, and left at the first start past the window.
        """
        lower = convert_to_datetime(span_start, self.tzinfo)
        upper = convert_to_datetime(span_stop, self.tzinfo)
        for rule in self.rrules:
            until = getattr(rule, "until", None)
            for start in rule:
                if not isinstance(rule, _MeteredRule):  # the RDATE set; a metered rule counted its candidates
                    self.meter.step()
                if start > upper:
                    break
                if start >= lower and (until is None or not compare_greater(start, until)):
                    yield start


class BoundedSeries(Series):
    """recurring-ical-events' Series, expanded lazily and metered (see the module docstring)."""

    RecurrenceRules = _MeteredRecurrence

    @property
    def meter(self) -> SeriesMeter | None:
        return getattr(self.recurrence, "meter", None)


def is_recurring(series: Series) -> bool:
    """Whether the series has a rule (the library's rule set of RDATEs, plus one per RRULE)."""
    return len(getattr(series.recurrence, "rrules", ())) > 1


def expand(series: Series, start: dt.datetime, end: dt.datetime, budget: FileBudget) -> Iterator[Occurrence]:
    """The series' occurrences overlapping [start, end] (the caller trims to half-open and caps the count).

    Raises ExpansionStoppedError when a bound is reached; what was yielded before stays valid.
    """
    # A single event is one step and bounded by the file's size: it is read even once the budget is spent.
    live = not budget.stopped and is_recurring(series)
    meter = getattr(series, "meter", None)
    if meter is not None:
        meter.budget = budget if live else None
    occurrences = series.between(start, end)
    while True:
        if live:
            budget.resume()
        try:
            if live:
                budget.check_clock()
            occurrence = next(occurrences, None)
        finally:
            if live:
                budget.pause()
        if occurrence is None:
            return
        if live:
            budget.occurrence()
        yield occurrence


def rule_refusal(component: Component) -> str | None:
    """Why a VEVENT's RRULE cannot be an event series (too frequent, absurd INTERVAL), or None."""
    rules = component.get("RRULE")
    for rule in rules if isinstance(rules, list) else [rules] if rules is not None else []:
        freq = str((rule.get("FREQ") or [""])[0]).upper()
        unit = PERIODS.get(freq)
        if unit is None:
            return UNKNOWN_FREQ.format(freq=freq)
        interval = (rule.get("INTERVAL") or [1])[0]
        if not isinstance(interval, int) or interval < 1 or interval > MAX_PERIOD // unit:
            return BAD_INTERVAL.format(interval=interval)
        if unit * interval < MIN_PERIOD:
            return TOO_FREQUENT.format(period=unit * interval)
    return None


def rebase(component: Component, begin: dt.date, window_start: dt.datetime) -> bool:
    """Move a series' DTSTART forward by whole periods of its rule, to just before the window.

    dateutil steps from DTSTART one period at a time: an every-30-minutes rule starting in 1900 means
    millions of steps before the window. For a rule without COUNT the occurrences are the same from any
    DTSTART shifted by a multiple of FREQ x INTERVAL (the INTERVAL phase, the weekday and time of day all
    stay put), so the window sees exactly the same occurrences. Monthly and yearly rules move by whole
    months or years, and only from a day every month has (a DTSTART on the 31st is its BYMONTHDAY).
    A rule with COUNT moves only when every period is exactly one occurrence (no BYxxx part): then
    moving by k periods is COUNT - k. Returns False when such a series ended before the window.
    """
    rules = component.get("RRULE")
    if rules is None or isinstance(rules, list):
        return True
    freq = str((rules.get("FREQ") or [""])[0]).upper()
    interval = max(int((rules.get("INTERVAL") or [1])[0] or 1), 1)
    count = (rules.get("COUNT") or [None])[0]
    if count is not None and any(key.startswith("BY") for key in rules):
        return True
    begin_dt = as_datetime(begin, window_start.tzinfo)
    finish = moment(component, "DTEND")
    # Margin: the event's length (an occurrence running into the window stays), one period, and a day,
    # because the shift is in wall-clock time while this arithmetic is absolute (DST, a 1900 LMT offset).
    target = window_start - _duration(component, begin_dt, finish, window_start.tzinfo) - REBASE_MARGIN
    steps, shift = _whole_periods(freq, interval, begin, begin_dt, target)
    if steps < 1:
        return True
    if count is not None:
        if steps >= count:
            return False
        rules["COUNT"] = [count - steps]
    for name, value in (("DTSTART", begin), ("DTEND", finish)):
        if value is not None:
            params = dict(component[name].params)
            component.pop(name)
            component.add(name, value + shift, parameters={k: v for k, v in params.items() if k != "TZID"})
    return True


def _whole_periods(
    freq: str, interval: int, begin: dt.date, begin_dt: dt.datetime, target: dt.datetime
) -> tuple[int, dt.timedelta | relativedelta]:
    """How many whole periods of the rule fit between DTSTART and ``target`` (one period short), and their span."""
    if freq in {"MONTHLY", "YEARLY"}:
        months = interval * (12 if freq == "YEARLY" else 1)
        if begin.day > 28:
            return 0, relativedelta()
        gap = (target.year - begin_dt.year) * 12 + target.month - begin_dt.month - 1 - months
        steps = max(gap // months, 0)
        return steps, relativedelta(months=months * steps)
    period = PERIODS[freq] * interval
    if not isinstance(begin, dt.datetime) and period % dt.timedelta(days=1):
        return 0, dt.timedelta(0)
    steps = max((target - period - begin_dt) // period, 0)
    return steps, period * steps


def _duration(component: Component, begin: dt.datetime, finish: dt.date | None, zone: dt.tzinfo | None) -> dt.timedelta:
    if finish is not None:
        return max(as_datetime(finish, zone) - begin, dt.timedelta(0))
    length = getattr(component.get("DURATION"), "dt", None)
    return length if isinstance(length, dt.timedelta) and length > dt.timedelta(0) else dt.timedelta(0)
