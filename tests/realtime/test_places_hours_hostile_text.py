"""Opening hours on hostile text (realtime/places/hours.py): every pattern of the module, and a day's hours,
read a long run of spaces or dashes in time that grows with the text, not with its square (tests/hostile.py:
growth ratios, no wall-clock budget)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from realtime.places import hours
from tests.hostile import module_patterns, superlinear, superlinear_shape

PATTERNS = module_patterns(hours)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_hours_pattern_reads_hostile_text_in_linear_time(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None


def test_a_day_of_hours_ending_in_a_long_run_of_spaces_is_read_in_linear_time() -> None:
    # Each space of the run started a split that read the rest of the run before missing its dash.
    assert superlinear(lambda text: hours.weekly_ranges([text]), lambda size: "Monday: 9 AM" + " " * size + "x") is None


def test_a_range_with_spaces_around_its_dash_is_still_read() -> None:
    assert hours.weekly_ranges(["Monday: 9 AM  \u2013  5 PM", "Tuesday: 9 AM-5 PM"]) == [
        (0, dt.time(9), dt.time(17)),
        (1, dt.time(9), dt.time(17)),
    ]
    assert hours.weekly_ranges(["Monday: 9 AM - - 5 PM"]) is None  # three bounds: unreadable, as before
    split: re.Pattern[str] = hours._RANGE_SPLIT
    assert split.split("9 am  -  - 5 pm") == ["9 am", "", "5 pm"]
