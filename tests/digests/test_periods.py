"""Digest periods on each city's clock: ISO weeks and local dates, due moments, DST, far east and far west."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from digests import periods
from events.models import City
from tests.clock import today

LONDON = zoneinfo.ZoneInfo("Europe/London")
AUCKLAND = zoneinfo.ZoneInfo("Pacific/Auckland")
LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")


def city(tz: str) -> City:
    return City(name="Somewhere", slug="somewhere", country="GB", timezone=tz, latitude=0, longitude=0)


def next_weekday(weekday: int, *, weeks_ahead: int = 1) -> dt.date:
    """A date on ``weekday`` (0 = Monday) some weeks from today."""
    start = today() + dt.timedelta(weeks=weeks_ahead)
    return start + dt.timedelta(days=(weekday - start.weekday()) % 7)


def last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1)
    return day - dt.timedelta(days=(day.weekday() - 6) % 7)


def at(day: dt.date, hour: int, minute: int = 0, tz: dt.tzinfo = LONDON) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=tz)


@pytest.fixture(autouse=True)
def _schedule(settings):
    settings.DIGEST_DAILY_HOUR = 7
    settings.DIGEST_WEEKLY_WEEKDAY = 3
    settings.DIGEST_WEEKLY_HOUR = 9


def test_weekly_key_is_the_iso_week_of_the_local_date():
    thursday = next_weekday(3)
    year, week, _ = thursday.isocalendar()
    assert periods.period_key("weekly", at(thursday, 12)) == f"{year}-W{week:02d}"
    # Sunday closes the ISO week; Monday opens the next one.
    sunday = thursday + dt.timedelta(days=3)
    assert periods.period_key("weekly", at(sunday, 23, 59)) == f"{year}-W{week:02d}"
    assert periods.period_key("weekly", at(sunday + dt.timedelta(days=1), 0)) != f"{year}-W{week:02d}"


def test_weekly_key_uses_the_iso_year_at_new_year():
    # A 1 January on a Friday, Saturday or Sunday belongs to the last ISO week of the previous year.
    year = next(y for y in range(today().year + 1, today().year + 12) if dt.date(y, 1, 1).weekday() >= 4)
    key = periods.period_key("weekly", at(dt.date(year, 1, 1), 10))
    assert key.startswith(f"{year - 1}-W5")


def test_daily_key_is_the_local_date():
    day = next_weekday(2)
    assert periods.period_key("daily", at(day, 0, 1)) == day.isoformat()
    assert periods.period_key("daily", at(day, 23, 59)) == day.isoformat()


def test_far_east_and_far_west_land_in_different_weeks_and_dates_at_one_instant():
    monday = next_weekday(0)
    instant = at(monday - dt.timedelta(days=1), 20, tz=dt.UTC)  # Sunday 20:00 UTC
    auckland = periods.local_now(city("Pacific/Auckland"), instant)
    los_angeles = periods.local_now(city("America/Los_Angeles"), instant)
    assert auckland.date() == monday
    assert los_angeles.date() == monday - dt.timedelta(days=1)
    year, week, _ = monday.isocalendar()
    assert periods.period_key("weekly", auckland) == f"{year}-W{week:02d}"
    assert periods.period_key("weekly", los_angeles) != f"{year}-W{week:02d}"
    assert periods.current_period("daily", city("Pacific/Auckland"), instant) == monday.isoformat()
    assert (
        periods.current_period("daily", city("America/Los_Angeles"), instant)
        == (monday - dt.timedelta(days=1)).isoformat()
    )


def test_weekly_is_due_from_thursday_0900_local_until_the_week_ends():
    leeds = city("Europe/London")
    thursday = next_weekday(3)
    assert not periods.is_due("weekly", leeds, at(thursday - dt.timedelta(days=1), 23))
    assert not periods.is_due("weekly", leeds, at(thursday, 8, 59))
    assert periods.is_due("weekly", leeds, at(thursday, 9, 0))
    assert periods.is_due("weekly", leeds, at(thursday + dt.timedelta(days=3), 23, 59))  # Sunday night
    assert not periods.is_due("weekly", leeds, at(thursday + dt.timedelta(days=4), 8))  # next Monday: new week
    assert periods.send_moment("weekly", at(thursday + dt.timedelta(days=2), 15)) == at(thursday, 9)


def test_due_moment_follows_the_city_clock_not_utc():
    thursday = next_weekday(3)
    # 09:00 in Auckland is Wednesday evening UTC; 09:00 in Los Angeles is Thursday afternoon UTC.
    auckland_nine = at(thursday, 9, tz=AUCKLAND)
    assert periods.is_due("weekly", city("Pacific/Auckland"), auckland_nine.astimezone(dt.UTC))
    assert not periods.is_due("weekly", city("America/Los_Angeles"), auckland_nine.astimezone(dt.UTC))
    assert not periods.is_due("weekly", city("Pacific/Auckland"), (auckland_nine - dt.timedelta(minutes=1)))


def test_daily_is_due_from_0700_local():
    leeds = city("Europe/London")
    day = next_weekday(1)
    assert not periods.is_due("daily", leeds, at(day, 6, 59))
    assert periods.is_due("daily", leeds, at(day, 7))
    assert periods.is_due("daily", leeds, at(day, 23, 59))
    assert not periods.is_due("daily", leeds, at(day + dt.timedelta(days=1), 0, 30))


def test_settings_move_the_schedule(settings):
    settings.DIGEST_WEEKLY_WEEKDAY = 0
    settings.DIGEST_WEEKLY_HOUR = 6
    monday = next_weekday(0)
    assert periods.send_moment("weekly", at(monday + dt.timedelta(days=4), 12)) == at(monday, 6)


@pytest.mark.parametrize("month", [3, 10])
def test_send_moment_keeps_the_wall_clock_hour_on_the_day_the_clocks_change(settings, month):
    year = today().year + 1
    change = last_sunday(year, month)  # Europe/London: BST starts the last Sunday of March, ends in October
    settings.DIGEST_WEEKLY_WEEKDAY = 6
    moment = periods.send_moment("weekly", at(change, 20))
    assert (moment.hour, moment.minute) == (9, 0)
    expected_utc_hour = 8 if month == 3 else 9  # 09:00 BST is 08:00 UTC; 09:00 GMT is 09:00 UTC
    assert moment.astimezone(dt.UTC).hour == expected_utc_hour
    leeds = city("Europe/London")
    first_due = dt.datetime.combine(change, dt.time(expected_utc_hour), tzinfo=dt.UTC)
    assert periods.is_due("weekly", leeds, first_due)
    assert not periods.is_due("weekly", leeds, first_due - dt.timedelta(minutes=1))
    daily = periods.send_moment("daily", at(change, 20))
    assert daily.astimezone(dt.UTC).hour == (6 if month == 3 else 7)


def test_weekly_window_is_the_next_seven_days():
    now = at(next_weekday(3), 9, tz=dt.UTC)
    assert periods.window("weekly", city("Europe/London"), now) == (now, now + dt.timedelta(days=7))


def test_daily_window_runs_to_local_midnight_after_tomorrow():
    day = next_weekday(4)
    now = at(day, 7, tz=LOS_ANGELES)
    low, high = periods.window("daily", city("America/Los_Angeles"), now.astimezone(dt.UTC))
    assert low == now
    assert high == at(day + dt.timedelta(days=2), 0, tz=LOS_ANGELES)
    assert high.astimezone(LOS_ANGELES).time() == dt.time(0)


def test_daily_window_across_a_dst_change_ends_at_local_midnight():
    change = last_sunday(today().year + 1, 3)
    now = at(change - dt.timedelta(days=1), 7)  # Saturday: today and the Sunday the clocks go forward
    _, high = periods.window("daily", city("Europe/London"), now)
    assert high.astimezone(dt.UTC) == dt.datetime.combine(change + dt.timedelta(days=1), dt.time(0), tzinfo=LONDON)
    assert high.astimezone(dt.UTC).hour == 23  # midnight BST is 23:00 UTC the day before
    assert high - now.astimezone(dt.UTC) == dt.timedelta(hours=40)  # 17 hours of Saturday and a 23-hour Sunday


def test_a_city_with_a_broken_zone_name_uses_utc():
    now = at(next_weekday(3), 9, tz=dt.UTC)
    assert periods.local_now(city("Not/AZone"), now).utcoffset() == dt.timedelta(0)
    assert periods.is_due("weekly", city(""), now)


def test_bad_cadence_and_naive_moments_are_refused():
    with pytest.raises(ValueError, match="Unknown cadence"):
        periods.period_key("monthly", at(today(), 9))
    with pytest.raises(ValueError, match="aware"):
        periods.period_key("daily", dt.datetime(2030, 1, 1, 9))  # noqa: DTZ001 - naive on purpose
    with pytest.raises(ValueError, match="aware"):
        periods.local_now(city("Europe/London"), dt.datetime(2030, 1, 1, 9))  # noqa: DTZ001
