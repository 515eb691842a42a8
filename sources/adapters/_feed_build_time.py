"""A feed's build time that is after the fetch is no build time, for the ``rss`` adapter. Pure.

A channel's lastBuildDate (or its pubDate) says when the feed was written; an item's pubDate later than it cannot be
a publication and is read as the event's start (``_feed_dates.scheduled_when``), and a programme is a feed whose
pubDates mostly lie after it (``_feed_date_signs.pubdate_programme``). Some writers put there the latest item's
pubDate instead (Python's feedgenerator and Django's syndication framework do): in a feed whose pubDates are its
events' starts, that is the last event's start, months after the feed was written. Compared with it, no item is
later than the build, and every event of the feed was refused as dated by a publication (batch 63: a venue
aggregator's lastBuildDate 29 Oct 2027 on a feed read in September 2026).

No feed is written in the future: a build time more than a week after the fetch is not the feed's, and the feed is
read as one that gives no build time. The week is wide on purpose: the fetch's moment is the window's (its start and a
day), a clock labelled GMT is hours off, and a build time a few hours or days ahead of a window is left as it was.

left34: a backfill (a window weeks before the fetch: ``extract --from``, a sync given an older window) took the
window's moment for the fetch's, and a feed built on the day of the fetch looked weeks ahead: its build time was
dropped. The window now carries when the fetch ran (``FetchWindow.fetched``, set by ``extract`` and by the sync
service when a window is given); a build time up to a week after that is the feed's. A window without it (the corpus,
tests) reads as before; a window after the fetch (a future one) keeps its own moment.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from sources.adapters._feed_item import stamp_of

# Far more than a clock's error (14 hours) or a window's offset from the fetch: a last event's start, weeks ahead.
BUILD_MARGIN = dt.timedelta(days=7)


def fetched_build(
    built: dt.datetime | None, now: dt.datetime, fetched: dt.datetime | None = None
) -> dt.datetime | None:
    """``built`` unless it is more than a week after the fetch (``now``, the window's moment, or ``fetched``, when
    the fetch ran, if later): then None, a build time still to come."""
    latest = fetched if fetched is not None and fetched.tzinfo is not None and fetched > now else now
    if built is None or built > latest + BUILD_MARGIN:
        return None
    return built


def copied_build(built: dt.datetime | None, now: dt.datetime, stamps: list[dt.datetime]) -> dt.datetime | None:
    """``built`` unless it is later than the fetch and is one of the items' own pubDates (``stamps``): then None.

    A site generator writes as lastBuildDate the newest page's date (Hugo's section feeds do), so in a section of
    events dated by the day each is held, the build time is the latest event's day: compared with it, no item is later
    than the build and the next event was read as a publication (feeds81: a Czech library's "Akce" feed built on the
    day of its one talk, a week after the fetch). No feed is built after it is fetched; a build time after the fetch
    that is an item's own stamp is that item's date. Not: a build time before the fetch (an item published that day
    is a publication), nor one after the fetch that no item shares (``fetched_build``'s week applies)."""
    if built is None or built <= now or built not in stamps:
        return built
    return None


def item_stamps(result: Mapping[str, Any]) -> list[dt.datetime]:
    """Every item's pubDate, aware, as ``copied_build`` compares a build time with."""
    entries = [entry for entry in result.get("entries") or [] if isinstance(entry, Mapping)]
    return [stamp for stamp in (stamp_of(entry, "published_parsed") for entry in entries) if stamp is not None]
