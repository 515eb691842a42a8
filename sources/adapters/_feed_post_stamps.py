"""Whether a feed's pubDates are when its items were written, by their seconds, for the ``rss`` adapter. Pure.

A meetup's Hugo section "Termine" (feeds84) announces each meeting in its words ("Am Mittwoch, 09.12.2020 ab 19 Uhr")
and stamps each item when it was posted: "Tue, 24 Mar 2020 21:40:37 +0100", "Thu, 26 Nov 2020 08:08:08 +0200".
Its two date polls ("Terminfindung: Mai 2020": "trage ein, wann du Zeit hast") write no day, and were read at their
pubDates as events, the feed being a list of events whose pubDates, later than the fetch, looked like a programme's.

An event is set for a minute, never for a second of it: a stamp at 21:40:37 is a clock's reading when something was
written. So a feed most of whose items (two or more) are stamped at a second other than :00 stamps them when they
were written: its pubDates are neither a programme's starts (``_feed_date_signs.pubdate_programme``) nor a scheduled
item's (``_feed_dates.scheduled_when``). Its items' own words and elements still date them.

Not read so: a feed whose stamps fall on whole minutes (a calendar writing starts, "19:30:00"); one odd second among
them (one item posted by hand in a feed of starts); every odd second the same (a calendar writing its starts a second
past the minute, "19:30:01", or at a day's last second, "23:59:59": a writer's habit, not a clock's readings;
readthrough61).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._feed_item import stamp_of

MIN_STAMPS = 2  # one odd second is one item, not the feed's way of stamping


def post_stamped(entries: Sequence[Any]) -> bool:
    """Whether most of the items' pubDates (two or more of them) fall on seconds other than :00, not all the same."""
    stamps = [stamp_of(entry, "published_parsed") for entry in entries if isinstance(entry, Mapping)]
    seconds = [stamp.second for stamp in stamps if stamp is not None]
    odd = [second for second in seconds if second]
    return len(odd) >= MIN_STAMPS and 2 * len(odd) > len(seconds) and len(set(odd)) > 1
