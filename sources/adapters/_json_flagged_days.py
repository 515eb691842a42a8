"""An all-day flag's items whose end is a bare day after their start's: iCalendar's exclusive all-day end.

A calendar exporter that says of an item "this is all day" (``"allDay": true``, ``"all_day": 1``, ``"isAllDay"``…)
and writes its start and end as bare days writes the end as iCalendar writes DTEND;VALUE=DATE and the calendar
widgets fed from such exports read it: the day after the last (``"start": "2031-05-03", "end": "2031-05-04"`` is the
3rd alone). The mapping reads such an end with ``_json_days.DAY_AFTER``, as ``ics`` reads DTEND;VALUE=DATE
(``_ical_time.event_times``) and as ``_json_days.day_span`` already reads an all-day end written as the next
midnight ("2031-05-04T00:00:00").

Only when the source is clearly date-only for those items: every flagged item has a bare start day and a bare end
day strictly after it. One flagged item ending on its own start day, or with no end, says the source writes the
last day itself (an exclusive end is never the start's own day), and every end is read as before. An item whose
flag is false, or that is timed, keeps its end as before (the spec's fallback reads its moment); an unflagged
item with bare days declines the rule (nothing says how its end is written). Pure.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._json_days import DAY_AFTER
from sources.adapters._json_fields import Moment, Sample
from sources.adapters._json_flag_words import true_word
from sources.adapters._json_shapes import Column
from sources.adapters.common import parse_datetime

FLAGGED = "the day after the last: every all-day item ends on a bare day after its start's"


def flagged_day_after(sample: Sample, start: Moment, end: Any, flag: Column | None) -> dict[str, Any] | None:
    """The end read as the day after the last for the items an all-day ``flag`` marks, or None (see the module)."""
    if flag is None or len(start.paths) != 1 or start.fallback_paths or not isinstance(end, str):
        return None
    starts, ends = sample.columns.get(start.paths[0]), sample.columns.get(end)
    if starts is None or ends is None or starts.path == ends.path:
        return None
    days = timed = 0
    for marked, first, last in zip(flag.values, starts.values, ends.values, strict=True):
        first_day, last_day = _day(first), _day(last)
        if not true_word(marked):
            if last_day is not None:
                return None  # an unflagged item ending on a bare day: nothing says how the source writes it
            timed += last not in (None, "")
            continue
        if first_day is None or last_day is None or last_day <= first_day:
            return None  # a flagged item timed, endless, or ending on its start's day: the source's last days
        days += 1
    if not days:
        return None
    spec: dict[str, Any] = {"path": end, "format": DAY_AFTER}
    return {**spec, "fallback": {"path": end}} if timed else spec


def _day(value: Any) -> Any:
    """A bare day ("2031-05-03"), None for a moment or anything else."""
    day = parse_datetime(value.strip()) if isinstance(value, str) and len(value) <= 64 else None
    return day if day is not None and not hasattr(day, "hour") else None
