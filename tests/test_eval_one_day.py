"""The scorer (bench/eval.py) and a one-day all-day event whose end a test writes on its start day (helper left28).

Batches 40 and 61 (APIs) counted an end miss for each one-day event a project's test writes as "start":
"2031-08-15", "end": "2031-08-15" (an all-day holiday; a race's finish date equal to its date): we print such an
event with no end, as an all-day event's end is its last day and None when that is its first (``Event.local_end``,
``_json_days.day_span``). Decided once: none. Both say the same one day, so the scorer takes our no-end for that
end. Not: an end on a later day, an end with a clock, an event of ours at a time of day, or ours on another day.
"""

from __future__ import annotations

import zoneinfo

from tests.bench_eval import load_eval

EVAL = load_eval()
UTC = zoneinfo.ZoneInfo("UTC")
ONE_DAY = {"title": "Holiday", "start": "2031-08-15", "end": "2031-08-15"}


def ok(expected: dict[str, str], ours: dict[str, object]) -> bool:
    return bool(EVAL.field_ok("end", expected, ours, UTC))


def test_a_one_day_all_day_event_with_no_end_is_its_end_on_its_start_day() -> None:
    assert ok(ONE_DAY, {"start": "2031-08-15", "end": None, "all_day": True})
    assert ok(ONE_DAY, {"start": "2031-08-15", "end": "2031-08-15", "all_day": True})  # written out: also right


def test_hard_negatives_an_end_is_still_compared() -> None:
    assert not ok({**ONE_DAY, "end": "2031-08-16"}, {"start": "2031-08-15", "end": None, "all_day": True})
    timed = {"start": "2031-08-15T19:00:00+00:00", "end": "2031-08-15T22:00:00+00:00"}
    assert not ok(timed, {"start": "2031-08-15T19:00:00+00:00", "end": None, "all_day": False})
    assert not ok(ONE_DAY, {"start": "2031-08-15T19:00:00+00:00", "end": None, "all_day": False})  # a clock of ours
    assert not ok(ONE_DAY, {"start": "2031-08-14", "end": None, "all_day": True})  # another day
    assert not ok(ONE_DAY, {"start": "2031-08-15", "end": "2031-08-17", "all_day": True})  # a longer event
