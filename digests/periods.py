"""Digest periods on each city's own clock. Pure (reads settings, never the database).

A weekly digest belongs to the ISO week of the city's local date ("2026-W48") and is due from
DIGEST_WEEKLY_WEEKDAY at DIGEST_WEEKLY_HOUR:00 local time in that week; a daily digest belongs to the local date
("2026-11-22") and is due from DIGEST_DAILY_HOUR:00. The same instant can be Sunday night in Los Angeles and
Monday morning in Auckland, so every key and moment is computed in the city's zone, never in UTC. Wall-clock
moments are built with ``datetime.combine(..., tzinfo=zone)`` so "09:00 local" stays 09:00 on the day the clocks
change; comparisons are made on UTC instants (Python compares same-zone datetimes by wall clock, which a fold
would make ambiguous).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings

from digests.models import Cadence
from events.zones import zone_or_utc

UNKNOWN_CADENCE = "Unknown cadence “{cadence}”: use daily or weekly."
NAIVE_MOMENT = "A digest period needs an aware datetime (with a time zone)."
WEEK = dt.timedelta(days=7)


def _check(cadence: str, moment: dt.datetime) -> None:
    if cadence not in Cadence.values:
        raise ValueError(UNKNOWN_CADENCE.format(cadence=cadence))
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(NAIVE_MOMENT)


def city_zone(city: Any) -> dt.tzinfo:
    """The city's zone (UTC for a missing or malformed name: a digest still goes out, on UTC's clock)."""
    return zone_or_utc(getattr(city, "timezone", None))


def local_now(city: Any, now: dt.datetime) -> dt.datetime:
    """``now`` on the city's clock."""
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError(NAIVE_MOMENT)
    return now.astimezone(city_zone(city))


def period_key(cadence: str, local: dt.datetime) -> str:
    """The period a local moment falls in: "2026-W48" (ISO week-numbering year and week) or "2026-11-22"."""
    _check(cadence, local)
    if cadence == Cadence.WEEKLY:
        year, week, _ = local.date().isocalendar()
        return f"{year}-W{week:02d}"
    return local.date().isoformat()


def send_moment(cadence: str, local: dt.datetime) -> dt.datetime:
    """The aware local moment from which the digest of ``local``'s period is due."""
    _check(cadence, local)
    day = local.date()
    if cadence == Cadence.WEEKLY:
        monday = day - dt.timedelta(days=day.weekday())
        day = monday + dt.timedelta(days=settings.DIGEST_WEEKLY_WEEKDAY % 7)
        hour = settings.DIGEST_WEEKLY_HOUR
    else:
        hour = settings.DIGEST_DAILY_HOUR
    # combine() keeps the wall-clock hour whatever the offset that day (DST); an hour the clocks skip resolves
    # to the instant just after the gap, which is still "from then on".
    return dt.datetime.combine(day, dt.time(hour), tzinfo=local.tzinfo)


def is_due(cadence: str, city: Any, now: dt.datetime) -> bool:
    """Whether the city's current period's digest is due at ``now`` (local time ≥ its send moment)."""
    local = local_now(city, now)
    return now.astimezone(dt.UTC) >= send_moment(cadence, local).astimezone(dt.UTC)


def current_period(cadence: str, city: Any, now: dt.datetime) -> str:
    """The period key of ``now`` on the city's clock (what a DigestSend row is claimed under)."""
    return period_key(cadence, local_now(city, now))


def window(cadence: str, city: Any, now: dt.datetime) -> tuple[dt.datetime, dt.datetime]:
    """The events a digest sent at ``now`` lists: those starting in [from, until).

    Weekly: the next seven days. Daily: the rest of today and all of tomorrow, up to local midnight after it.
    Both bounds are in UTC, so arithmetic on them is in real hours (same-zone subtraction is wall-clock).
    """
    local = local_now(city, now)
    _check(cadence, local)
    low = now.astimezone(dt.UTC)
    if cadence == Cadence.WEEKLY:
        return low, low + WEEK
    after_tomorrow = local.date() + dt.timedelta(days=2)
    return low, dt.datetime.combine(after_tomorrow, dt.time(0), tzinfo=local.tzinfo).astimezone(dt.UTC)
