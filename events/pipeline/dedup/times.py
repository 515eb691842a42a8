"""When two listings' starts rule a pair out, and when they are one start written two ways.

A pair is vetoed on time before any text is compared (``time_veto``, called by ``scoring``'s cheap vetoes): no
start, another day, or further apart than the window. Two sources may give one start twice, once as local time
and once as that wall-clock time labelled UTC (a *zone slip*, ``slipped_clock``): a moderator judges it, unless
the UTC reading would begin in the small hours (``night_slip``: the label is wrong, not the time) or either
source lists a like-named record at the other's start too (``listed_at_other_time``: two real shows).
"""

from __future__ import annotations

from events.pipeline.dedup.config import NO_START, OTHER_DAY, TOO_FAR_IN_TIME, ZONE_SLIP, DedupConfig
from events.pipeline.dedup.records import _Node

MINUTES_PER_DAY = 24 * 60
# (source, start in minutes, title word prefix) of every record of a batch: who lists what when.
Listed = frozenset[tuple[str, float, str]]


def slipped_clock(a: _Node, b: _Node) -> float | None:
    """One start may be the other's local wall-clock time written as UTC: two sources, one start labelled UTC
    (and not in a zone whose time is UTC then), the other with a stated non-zero offset, exactly that offset
    apart. An offset only inferred from a zone name, or a naive start, proves nothing. When it may be, the
    minute of the day at which the start labelled UTC would begin, taken as UTC, in the other's local time."""
    if a.source == b.source or not (a.offset_stated and b.offset_stated):
        return None
    for utc, other in ((a, b), (b, a)):
        local, at, other_at = other.offset, utc.minutes, other.minutes
        if at is None or other_at is None or utc.offset != 0 or not local or utc.zone_offset not in (None, local):
            continue
        if at - other_at == local:
            return (at + local) % MINUTES_PER_DAY
    return None


def zone_slip(a: _Node, b: _Node) -> bool:
    return slipped_clock(a, b) is not None


def night_slip(a: _Node, b: _Node, config: DedupConfig) -> bool:
    """A zone slip whose UTC reading would start in the small hours: the label, not the time, is wrong."""
    clock = slipped_clock(a, b)
    first, last = config.zone_slip_night_hours
    return clock is not None and first * 60 <= clock < last * 60


def listed_at_other_time(a: _Node, b: _Node, listed: Listed) -> bool:
    """Either source lists a like-named record at the other's start too: the two starts are two real times (a
    matinee and the evening show, a committee twice in a day), not one time written two ways."""
    return any((a.source, b.minutes, prefix) in listed for prefix in a.title.prefixes) or any(
        (b.source, a.minutes, prefix) in listed for prefix in b.title.prefixes
    )


def slip(a: _Node, b: _Node, listed: Listed | None) -> bool:
    """A zone slip a moderator may judge: never when clustering (`listed` None), never against the batch."""
    return listed is not None and a.offset != b.offset and zone_slip(a, b) and not listed_at_other_time(a, b, listed)


def time_veto(a: _Node, b: _Node, config: DedupConfig, listed: Listed | None) -> str | None:
    day_a, day_b = a.day, b.day
    if day_a is None or day_b is None:
        return NO_START
    if a.minutes is not None and b.minutes is not None:
        if a.offset == b.offset:
            if day_a != day_b:  # local dates compare only in one offset; across offsets the gap decides
                return OTHER_DAY
        elif listed is None and zone_slip(a, b) and not night_slip(a, b, config):
            return ZONE_SLIP  # only a moderator joins two starts one offset apart, unless one is in the small hours
        far = abs(a.minutes - b.minutes) > config.time_window_minutes
        if far and not (slip(a, b, listed) or (listed is None and night_slip(a, b, config))):
            return TOO_FAR_IN_TIME
        return None
    if a.last_day is not None and b.last_day is not None:
        same_day = day_a == day_b
    elif a.last_day is not None:  # an all-day event holds the timed one when it falls on one of its days
        same_day = day_a <= day_b <= a.last_day
    else:
        same_day = day_b <= day_a <= (b.last_day or day_b)
    return None if same_day else OTHER_DAY
