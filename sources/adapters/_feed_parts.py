"""A feed item's date written in parts, or as a span, in the elements of its own schema (for ``rss``). Pure.

Three shapes other readers miss:

* the day and the clock in separate elements of one namespace: Springshare LibCal's ``libcal:date``
  (2026-07-14) beside ``libcal:start`` and ``libcal:end`` (10:15:00, local wall-clock times; 00:00:00 to
  23:59:59 is a day-long entry). The clock element is found by the usual start names; the day is its sibling
  of the same prefix named ``date`` or ``day`` (never feedparser's own ``date``, which is a publication's);
* a date element holding two whole dates, a span of days: CivicPlus's ``calendarEvent:EventDates``
  ("October 3, 2026 - October 4, 2026"), numeric ones ("7/22/2026 - 7/24/2026") too;
* a title that ends with its own date and times in brackets, as CivicEngage writes every item ("Toddler
  Storytime @ Schaberg (07/22/2026 10:30 AM - 11:00 AM)"): the echo is cut from the title (the source's title
  is kept beside it).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Iterable, Mapping
from typing import Any

from sources.adapters._feed_extras import local_item
from sources.adapters._feed_when import PROSE_DATE, SLASH_DATE, When, make_when, read_moment, slash_moment, text_when
from sources.adapters.common import on_24_hour_clock

# A time of day alone: "10:15:00", "19:30", "7:30 PM", "7:30pm".
_CLOCK = re.compile(
    r"(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?\s*(?P<meridiem>[ap])?\.?\s?m?\.?", re.I
)
# The sibling a clock element's day is in: "<prefix>_date", "<prefix>_day" (feedparser's key for prefix:date).
DAY_NAMES = ("date", "day", "eventdate", "event_date")
# Two dates joined by a dash or "to" ("October 3, 2026 - October 4, 2026", "7/22/2026 – 7/24/2026").
# The joint is found where a run of spaces starts (the lookbehind), so a long run is not tried from each space in it.
_SPAN_JOINT = re.compile(r"(?<!\s)\s+(?:-|–|—|to|through|thru)\s+", re.IGNORECASE)
# A bracketed part ending a title: "(07/22/2026 10:30 AM - 11:00 AM)", "[March 3, 2026 7 PM]" (the title's closing
# spaces taken off first, so that a run of them is not tried from each space in it).
_BRACKETED_END = re.compile(r"[(\[](?P<inner>[^()\[\]]{4,80})[)\]]$")
# What may follow the date inside such a bracket: times and the dash between them, nothing else.
# (The times start with a mark that is no space, so a run of spaces is read by one part of the pattern only.)
_TIMES_ONLY = re.compile(r"^[\s,@]*(?:(?:at\s+)?[\d:.apmAPM\-–—to][\d:\s.apmAPM\-–—to]*)?$")


def clock_of(text: str) -> dt.time | None:
    """A text that is only a time of day: that time; None for anything else (a date, "noon", "7")."""
    match = _CLOCK.fullmatch(text.strip())
    if match is None:
        return None
    hour, minute = int(match["hour"]), int(match["minute"])
    if match["meridiem"]:
        if not 1 <= hour <= 12:
            return None
        hour = on_24_hour_clock(hour, match["meridiem"])
    if hour > 23 or minute > 59 or int(match["second"] or 0) > 59:
        return None
    return dt.time(hour, minute)


def day_and_clocks(
    entry: Mapping[str, Any],
    start_names: Iterable[str],
    end_names: Iterable[str],
    zone: zoneinfo.ZoneInfo | None,
) -> When | None:
    """The item's start and end when its start element holds only a time of day and a sibling element of the
    same prefix holds the day (LibCal: ``libcal:date`` 2026-07-14, ``libcal:start`` 10:15:00, ``libcal:end``
    11:00:00). 00:00 to 23:59 is the whole day; an end clock before the start is the next morning's."""
    found = local_item(entry, start_names)
    if found is None or (start_clock := clock_of(found[1])) is None:
        return None
    prefix = found[0][: found[0].rfind("_") + 1] if "_" in found[0] else ""
    if not prefix:
        return None  # a bare <start> with a bare <date>: feedparser's own "date" is a publication's
    day_text = next(
        (text for name in DAY_NAMES if isinstance(text := entry.get(f"{prefix}{name}"), str) and text.strip()), None
    )
    day = _day(day_text.strip(), zone) if day_text else None
    if day is None:
        return None
    ended = local_item(entry, end_names)
    end_clock = clock_of(ended[1]) if ended is not None and ended[0].startswith(prefix) else None
    if start_clock == dt.time(0, 0) and end_clock is not None and (end_clock.hour, end_clock.minute) == (23, 59):
        return make_when(day, None, zone=zone, exclusive_end=False)
    tzinfo = zone or dt.UTC
    start = dt.datetime.combine(day, start_clock, tzinfo=tzinfo)
    end = dt.datetime.combine(day, end_clock, tzinfo=tzinfo) if end_clock is not None else None
    if end is not None and end <= start:
        end += dt.timedelta(days=1)
    return make_when(start, end, zone=zone, exclusive_end=False)


def day_span(text: str, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> tuple[dt.date, dt.date] | None:
    """A text that is two whole dates joined by a dash or "to", the second not before the first: (first day,
    last day). None for one date, a date with times, or halves that are not dates."""
    text = text.strip()
    joint = _SPAN_JOINT.search(text) if "\n" not in text else None  # one line, a date on each side of the joint
    if joint is None:
        return None
    first = _whole_day(text[: joint.start()], zone, reference)
    last = _whole_day(text[joint.end() :], zone, reference)
    if first is None or last is None or last < first:
        return None
    return first, last


def without_date_echo(title: str) -> str | None:
    """The title without a bracketed date (and times) it ends with ("Book Club (07/23/2026 6:00 PM - 7:00 PM)"
    → "Book Club"), or None when it ends with no such bracket or nothing would be left."""
    match = _BRACKETED_END.search(title.rstrip())
    if match is None:
        return None
    inner = match["inner"].strip()
    dated = SLASH_DATE.match(inner) or PROSE_DATE.match(inner)
    if dated is None or dated.start() != 0:
        return None
    slash = re.match(r"\d{1,2}/\d{1,2}/\d{2,4}", inner)
    rest = inner[slash.end() :] if slash else inner[dated.end() :]
    if not _TIMES_ONLY.fullmatch(rest):
        return None
    kept = title[: match.start()].rstrip(" -–—:,")
    return kept if any(character.isalnum() for character in kept) else None


def _day(text: str, zone: zoneinfo.ZoneInfo | None) -> dt.date | None:
    moment = read_moment(text, zone) or slash_moment(text, zone)
    return moment if moment is not None and not isinstance(moment, dt.datetime) else None


def _whole_day(text: str, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> dt.date | None:
    """A text that is one date and nothing else (no time), read as ISO, numeric or prose."""
    text = text.strip(" ,.")
    day = _day(text, zone)
    if day is not None:
        return day
    match = PROSE_DATE.fullmatch(text)
    if match is None or match["start"]:
        return None
    when = text_when([text], zone=zone, reference=reference)
    return when.start if when is not None and when.all_day and not isinstance(when.start, dt.datetime) else None
