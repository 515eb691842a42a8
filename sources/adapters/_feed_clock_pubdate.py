"""A pubDate whose clock the item's words open with is the event's start, for the ``rss`` adapter. Pure.

An office's room calendar exported to RSS for a lobby screen (batch 65) writes each meeting as an item with no
link, its start as the pubDate and its clock range as the whole description: ``<pubDate>Thu, 01 Oct 2026
09:00:00 -0400</pubDate>`` beside ``<description>09:00 AM - 11:00 AM</description>`` (another export of the same
calendar adds the room: "11:30 AM - 05:00 PM - Board Room 252"). Nothing else dates the item: the range has no day,
the feed gives no build time and its items are later than the fetch by hours, not days. Every item was refused.

A publication time does not come with its own clock written as the first words of the item: when the item's
description opens with a clock (alone or as a range) that is the pubDate's own clock in the feed's zone, to the
minute, the pubDate is the event's start and the range's second clock its end (the next morning when it is earlier:
"10:00 PM - 02:00 AM"). Read with the evidence said, as a pubDate read as a start always is.

Also read (review39): a range written with "to" or "until" ("09:00 AM to 11:00 AM"), a room in brackets after it.
Not read: a description that opens with other words ("Meeting at 09:00 AM", a post's prose), clocks followed by a
sentence (a live blog's update "10:15 AM: Markets open lower…" under a pubDate of 10:15), one clock followed by anything ("10:15 AM - Fed holds rates steady": an update's
headline, review39), a clock that is not
the pubDate's ("09:30 AM - 11:00 AM" under a pubDate of 09:00), a bare number ("9 - 11": no clock), an item with no
pubDate. An item a date in its words or an element already dates never comes here (``_feed_dates.item_dates``).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from sources.adapters._feed_range_place import CLOCK as _CLOCK
from sources.adapters._feed_range_place import tail_place
from sources.adapters._feed_when import When, make_when

# A clock (``_feed_range_place.CLOCK``); then, after a dash, another.
OPENING_CLOCKS = re.compile(
    rf"\A[ \t]{{0,5}}(?:{_CLOCK})(?:[ \t]{{0,3}}(?:[-–—]|to\b|until\b)[ \t]{{0,3}}(?:{_CLOCK}))?", re.IGNORECASE
)
MAX_TAIL = 60  # characters of a place written after the clocks
EVIDENCE = (
    "start read from the item's pubDate ({published}): the item's words open with that same clock ({clocks}), "
    "so it is the event's time, not a publication's"
)


def opening_clock_when(text: str | None, published: dt.datetime | None, zone: zoneinfo.ZoneInfo | None) -> When | None:
    """The event a pubDate dates when the description ``text`` opens with its clock, or None."""
    if not text or published is None:
        return None
    match = OPENING_CLOCKS.match(text)
    if match is None:
        return None
    start_clock, end_clock = _clock(match.groups()[:5]), _clock(match.groups()[5:])
    if not _bare_tail(text[match.end() :], ranged=end_clock is not None):
        return None
    local = published.astimezone(zone) if zone else published
    if start_clock is None or start_clock != (local.hour, local.minute):
        return None
    end = None
    if end_clock is not None:
        end = local.replace(hour=end_clock[0], minute=end_clock[1], second=0, microsecond=0)
        if end <= local:
            end += dt.timedelta(days=1)
    return make_when(local, end, zone=zone, exclusive_end=False)


def _bare_tail(rest: str, *, ranged: bool) -> bool:
    """Whether what follows the clocks is nothing, or, after a range, a short place after a dash, a bar, a comma or
    in brackets ("- Board Room 252", "(Board Room)"): not a sentence (a live blog's "10:15 AM: Markets open lower…"
    under a pubDate of 10:15), nor anything after one clock alone (an update's "10:15 AM - Fed holds rates steady":
    review39)."""
    rest = rest.strip()
    if not rest:
        return True
    if ranged and tail_place(rest) is not None:  # "19:00–21:00 Room 4B": a room with no dash (left36)
        return True
    return ranged and rest[0] in "-–—|,(" and len(rest) <= MAX_TAIL and not any(mark in rest for mark in ".!?:")


def evidence(written: object, text: str) -> str:
    match = OPENING_CLOCKS.match(text)
    return EVIDENCE.format(published=written, clocks=match.group(0).strip() if match else text[:40])


def _clock(parts: tuple[str | None, ...]) -> tuple[int, int] | None:
    """(hour, minute) of one clock's groups: hour, minute, meridiem, or a 24-hour hour and minute."""
    hour, minute, meridiem, hour24, minute24 = parts
    if hour24 is not None and minute24 is not None:
        value = (int(hour24), int(minute24))
        return value if value[0] < 24 and value[1] < 60 else None
    if hour is None or meridiem is None:
        return None
    number, minutes = int(hour), int(minute or 0)
    if not 1 <= number <= 12 or minutes >= 60:
        return None
    return (number % 12 + (12 if meridiem.lower() == "p" else 0), minutes)
