"""The test suite's clock: tests must pass whatever the date.

Two ways to keep a test's outcome independent of the real date:

* Relative dates (preferred for anything that crosses a process boundary: scrapy children, celery
  workers, the recorded-response server's pages). Build dates from today with ``days_ahead`` /
  ``local_at``, or write ``{{date+N:FORMAT}}`` tokens in a recorded page (``render_dates``).
* A frozen clock for in-process tests that replay responses recorded on a fixed date: the
  ``recorded_clock`` fixture (tests/conftest.py) travels to ``RECORDED_NOW``, when the recordings under
  tests/sources/ were current, and lets time tick from there. The pipeline reads the clock in Python
  (``django.utils.timezone.now``), so a frozen clock reaches every "is it over / too far ahead" check;
  PostgreSQL's now() and child processes still see the real date, so don't rely on them.

A literal date in a test is fine only when nothing compares it with "now" (parsing a recorded response
inside a fixed FetchWindow, for instance).
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

#: When the recorded responses under tests/sources/recorded/ and calendars/ were current: their events
#: lie in the weeks and months after it, a few deliberately before it.
RECORDED_NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)

#: ``{{date+N:FORMAT}}``: the date N days from today (in the page's zone), written with strftime FORMAT.
DATE_TOKEN = re.compile(r"\{\{date([+-]\d+):([^}]+)\}\}")


def today(tz: dt.tzinfo = dt.UTC) -> dt.date:
    """Today's date in ``tz``."""
    return dt.datetime.now(tz).date()


def days_ahead(offset: int, *, tz: dt.tzinfo = dt.UTC) -> dt.date:
    """The date ``offset`` days from today in ``tz`` (negative: in the past)."""
    return today(tz) + dt.timedelta(days=offset)


def local_at(offset: int, hour: int, minute: int = 0, *, tz: str | dt.tzinfo = "UTC") -> dt.datetime:
    """An aware moment ``offset`` days from today at hour:minute wall-clock time in ``tz``.

    Wall-clock, not a fixed offset: the result has the zone's UTC offset on that day, so a test written
    in winter still means 19:00 local in summer.
    """
    zone = zoneinfo.ZoneInfo(tz) if isinstance(tz, str) else tz
    return dt.datetime.combine(days_ahead(offset, tz=zone), dt.time(hour, minute), tzinfo=zone)


def render_dates(text: str, *, tz: dt.tzinfo = dt.UTC) -> str:
    """``text`` with each ``{{date+N:FORMAT}}`` token replaced by the date N days from today in ``tz``."""
    return DATE_TOKEN.sub(lambda match: days_ahead(int(match.group(1)), tz=tz).strftime(match.group(2)), text)
