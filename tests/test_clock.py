"""The suite's clock helpers (tests/clock.py): relative dates follow the clock, the recorded clock is fixed."""

from __future__ import annotations

import datetime as dt

import time_machine
from django.utils import timezone

from tests.clock import RECORDED_NOW, days_ahead, local_at, render_dates


def test_relative_dates_follow_the_clock():
    with time_machine.travel(dt.datetime(2030, 3, 1, 12, tzinfo=dt.UTC), tick=False):
        assert days_ahead(3) == dt.date(2030, 3, 4)
        assert render_dates("DTSTART:{{date+3:%Y%m%d}}T190000 {{date-1:%d %b}}") == "DTSTART:20300304T190000 28 Feb"


def test_local_at_keeps_the_wall_clock_across_daylight_saving():
    with time_machine.travel(dt.datetime(2027, 3, 1, 12, tzinfo=dt.UTC), tick=False):
        winter, summer = local_at(0, 19, tz="America/Chicago"), local_at(30, 19, tz="America/Chicago")
    assert (winter.hour, summer.hour) == (19, 19)
    assert winter.utcoffset() != summer.utcoffset()


def test_the_recorded_clock_is_where_the_recordings_were_made(recorded_clock):
    assert RECORDED_NOW <= timezone.now() < RECORDED_NOW + dt.timedelta(hours=1)
