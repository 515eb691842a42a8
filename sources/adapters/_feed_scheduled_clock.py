"""A day read from an item's words, at the clock of a pubDate that is the event's own start (for ``rss``). Pure.

A club calendar on Wild Apricot writes each event's day at the end of its title ("Board Meeting (10 Sep 2026)")
and its start as the item's pubDate, an instant: "Fri, 11 Sep 2026 01:00:00 GMT" is 6 pm on the 10th in
Seattle, "Sat, 12 Sep 2026 07:00:00 GMT" local midnight, the day with no time posted. The title's day is read
first (a date in words outranks a pubDate), all day, and the 6 pm was lost.

When that day has no clock and the pubDate is one that cannot be a publication (``scheduled_when``: a feed of
events, later than the feed's own build and the fetch), falls on the same local day and is not local midnight,
the day is read at the pubDate's clock. Not changed: a news feed's pubDate, a pubDate before the feed's build
(a publication), one on another day, one at local midnight, a day that already has its clock.

The item's own words outrank the pubDate's clock (batch 63, feeds62's miss): when they state one start clock
("From 2pm", "Doors 7:30pm": ``_feed_words_clock``) other than the pubDate's, the day is read at the words' clock;
words that state several start clocks keep the pubDate's when it is one of them.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from sources.adapters._feed_when import When
from sources.adapters._feed_words_clock import words_start_clock, words_start_clocks


def at_scheduled_clock(when: When, scheduled: When | None, texts: Sequence[str | None] = ()) -> When:
    """``when`` (a day without a clock) at the clock of ``scheduled`` (the pubDate read as the event's start) when
    both fall on one day, or at the start clock the item's ``texts`` state; else ``when`` as it is."""
    if scheduled is None or not when.all_day or isinstance(when.start, dt.datetime) or when.end is not None:
        return when
    start = scheduled.start
    if scheduled.all_day or not isinstance(start, dt.datetime) or start.date() != when.start:
        return when
    if start.time() == dt.time(0, 0):  # local midnight: the day with no time posted
        return when
    own = (start.hour, start.minute)
    stated = words_start_clock(texts)
    if stated is not None and stated != own and own not in words_start_clocks(texts):
        start = start.replace(hour=stated[0], minute=stated[1])  # "From 2pm" outranks a 7 pm pubDate
        return dataclasses.replace(scheduled, start=start, end=None, doubt=when.doubt)
    return dataclasses.replace(scheduled, doubt=when.doubt)
