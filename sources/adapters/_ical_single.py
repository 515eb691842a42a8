"""Single iCalendar events read without building a recurring-ical-events Series for each. Pure.

Most feeds are one VEVENT per event, without a rule. For each, the library built a Series (a dateutil rule set
holding DTSTART), asked it for the occurrences in the window, and copied the component to write the occurrence's
DTSTART, DTEND and RECURRENCE-ID into it: two fifths of reading a calendar of such events. A ``Single`` stands in
the Series' place for a VEVENT that has no RRULE, RDATE, EXDATE, EXRULE, RECURRENCE-ID or DURATION and is the only
VEVENT of its UID, and takes the library's steps for that case (the same helpers, the same comparisons, in the
same order), writing into the component itself: nothing else reads it afterwards, and a shallow copy with its
subcomponents added back (what the library returns) holds the same properties. Anything else, or a single event
whose times the library could not read, goes through the library as before.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from icalendar import vDDDTypes
from icalendar.cal import Component
from recurring_ical_events.adapters.event import EventAdapter
from recurring_ical_events.util import (
    convert_to_date,
    convert_to_datetime,
    normalize_pytz,
    time_span_contains_event,
)

from sources.adapters._recurrence import SeriesMeter

# What makes a VEVENT a series, a moved occurrence, or an end the library computes from a duration.
NOT_SINGLE = ("RRULE", "RDATE", "EXDATE", "EXRULE", "RECURRENCE-ID", "DURATION")


class Single:
    """One VEVENT's one possible occurrence, as the library's Series for it would compute it."""

    __slots__ = ("_core", "component", "uid")
    recurrence = None  # not recurring (_recurrence.is_recurring reads the rules of ``recurrence``)

    def __init__(self, component: Component, core: EventAdapter) -> None:
        self.component = component
        self._core = core
        self.uid = core.uid

    @classmethod
    def of(cls, component: Component) -> Single | None:
        """The component as a Single, or None when the library must read it (see the module docstring)."""
        if component.name != "VEVENT" or any(name in component for name in NOT_SINGLE):
            return None
        if SeriesMeter().max_candidates < 1:  # the library's path would stop at the rule set's one candidate
            return None
        start, end = component.get("DTSTART"), component.get("DTEND")
        if not isinstance(getattr(start, "dt", None), dt.date):
            return None
        if end is not None and not isinstance(getattr(end, "dt", None), dt.date):
            return None
        core = EventAdapter(component)
        try:
            core.span  # noqa: B018 - the library reads it while building the Series: a failure stays its to report
            core.extend_query_span_by  # noqa: B018
        except Exception:  # noqa: BLE001
            return None
        return cls(component, core)

    def occurrence(self, span_start: dt.datetime, span_stop: dt.datetime) -> tuple[Any, Any] | None:
        """(start, end) of the occurrence in [span_start, span_stop], or None: Series.between's steps for a core
        without rules (a rule set holding only DTSTART, read through _recurrence's metered rrule_between)."""
        core = self._core
        original_start, original_end = core.start, core.end
        tzinfo = next(
            (value.tzinfo for value in (original_start, original_end) if isinstance(value, dt.datetime)
             and value.tzinfo is not None),
            None,
        )  # fmt: skip
        start = convert_to_datetime(original_start, tzinfo)
        subtract_from_start, add_to_stop = core.extend_query_span_by
        lower = convert_to_datetime(normalize_pytz(span_start - subtract_from_start), tzinfo)
        upper = convert_to_datetime(normalize_pytz(span_stop + add_to_stop), tzinfo)
        if start > upper or start < lower:
            return None
        occurrence_start = normalize_pytz(start + core.move_recurrences_by)
        occurrence_end = normalize_pytz(occurrence_start + core.duration)
        if not isinstance(original_start, dt.datetime) and not isinstance(original_end, dt.datetime):
            occurrence_start, occurrence_end = convert_to_date(occurrence_start), convert_to_date(occurrence_end)
        if not time_span_contains_event(span_start, span_stop, occurrence_start, occurrence_end):
            return None
        return occurrence_start, occurrence_end

    def as_component(self, start: Any, end: Any) -> Component:
        """The component as the library's Occurrence.as_component(True) returns it for this occurrence."""
        component = self.component
        component["DTSTART"] = vDDDTypes(start)
        component["DTEND"] = vDDDTypes(end)
        if "RECURRENCE-ID" not in component:
            written: Any = component["DTSTART"]
            component["RECURRENCE-ID"] = vDDDTypes(written.dt)
        sequence = self._core.sequence
        if sequence >= 0:
            component["SEQUENCE"] = sequence
        return component


def singles(calendar: Component) -> dict[int, Single]:
    """The calendar's own VEVENTs that are Singles, by position among its subcomponents."""
    counts: dict[Any, int] = {}
    for component in calendar.walk("VEVENT"):
        uid = component.get("UID", str(id(component)))
        counts[uid] = counts.get(uid, 0) + 1
    found = {}
    for index, component in enumerate(calendar.subcomponents):
        if (
            component.name == "VEVENT"
            and counts.get(component.get("UID", str(id(component)))) == 1
            and not _holds_events(component)
        ):
            single = Single.of(component)
            if single is not None:
                found[index] = single
    return found


def _holds_events(component: Component) -> bool:
    """A VEVENT nested in this one: the library reads it as an event of its own, so this one must stay in the
    calendar the library is given (taking it out would take the nested one with it)."""
    return any(sub.name == "VEVENT" or _holds_events(sub) for sub in component.subcomponents)


def in_order(calendar: Component, found: dict[int, Single], series: Iterable[Any]) -> list[Any]:
    """The Singles and the library's series in the order the library lists series (each UID's first VEVENT in
    ``calendar.walk``); a library series is matched by its UID."""
    by_uid: dict[Any, Any] = {}
    for one in series:
        by_uid.setdefault(str(one.uid), one)
    single_ids = {id(single.component): single for single in found.values()}
    ordered: list[Any] = []
    seen: set[str] = set()
    for component in calendar.walk("VEVENT"):
        single = single_ids.get(id(component))
        if single is not None:
            ordered.append(single)
            continue
        uid = str(component.get("UID", str(id(component))))
        if uid not in seen:
            seen.add(uid)
            if uid in by_uid:
                ordered.append(by_uid[uid])
    return ordered
