"""A feed of events' item dated only by its page's address, for the ``rss`` adapter. Pure.

A site generator's events collection may name each page by the day it is held and say it nowhere else: a staff
network's Jekyll Atom feed of events (feeds83) gives each entry the link ``www.civilservice.lgbt/event/2021-04-16-prep/``
and the id ``…/event/2021/04/16/prep``, its ``<published>`` the site's build (the same instant on every entry, 8 April),
and words about the session with no day. Nothing else dates it, and the item was skipped.

So in a feed that says it lists events (``_feed_date_signs.is_event_feed``), an item no word nor element dates, whose
link's (or id's) path writes a whole day (year, month and day with "-" or "/" between them) later than the item's
publication day: that day, all day, with the address as its evidence.

Not read: a feed that does not say it lists events (a blog's ``/2021/04/16/`` permalinks are the days posts were
written); a day on or before the item's publication day (a post's own day, a report of one; its day in the feed's
zone or in the offset its stamp is written in, whichever is later: a post of 00:30 at +02:00 read in UTC is still
one of that day, readthrough61); no calendar day
(``2021-02-30``); digits run together with no separator (``/20210416123/``, an id); a day in the query or the host.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import urllib.parse
from collections.abc import Mapping
from typing import Any

from sources.adapters._feed_dates import Dates
from sources.adapters._feed_item import FeedInfo, stamp_of
from sources.adapters._feed_when import When

# A whole day in a path: 2021-04-16 or 2021/04/16 (one separator kind), not inside a longer run of digits.
PATH_DAY = re.compile(r"(?<![\d])(?P<year>20\d\d)(?P<sep>[-/])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})(?![\d])")
# The offset a stamp is written in, at its end: "Mon, 05 May 2031 00:30:00 +0200", "2031-05-05T00:30:00+02:00".
WRITTEN_OFFSET = re.compile(r"(?P<sign>[+-])(?P<hours>[01]\d):?(?P<minutes>[0-5]\d)$")
MAX_ADDRESS = 2000
MAX_PATH = 300  # the end of a path looked at for days
EVIDENCE = "the day read from the item's address ({page}), in a feed of events whose item gives no other day"


def path_day(address: Any) -> dt.date | None:
    """The last whole calendar day an address's path writes, else None. The last: feedparser resolves a link with no
    scheme against the xml:base an earlier entry's content declared ("…/event/2021-04-16-prep/www.…/2021-04-22-…/")."""
    if not isinstance(address, str):
        return None
    try:
        path = urllib.parse.urlsplit(address.strip()[:MAX_ADDRESS]).path
    except ValueError:
        return None
    for found in reversed(list(PATH_DAY.finditer(path[-MAX_PATH:]))):  # the deepest segment is the page's own
        try:
            return dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
        except ValueError:  # 2021-02-30: no day
            continue
    return None


def link_day(entry: Mapping[str, Any], *, event_feed: bool, zone: Any) -> tuple[When, str] | None:
    """(the day, the evidence) an item of a feed of events gives only in its link's or id's path, when that day is
    after the item's publication day; else None."""
    if not event_feed:
        return None
    published = stamp_of(entry, "published_parsed") or stamp_of(entry, "updated_parsed")
    for key in ("link", "id"):
        day = path_day(entry.get(key))
        if day is None:
            continue
        if published is not None and day <= _posted_day(entry, published, zone):
            return None  # a post's own day
        return When(day, None, True, getattr(zone, "key", None)), EVIDENCE.format(page=entry.get(key))
    return None


def _posted_day(entry: Mapping[str, Any], published: dt.datetime, zone: Any) -> dt.date:
    """The day the item was published on: in the feed's zone, or in the offset its stamp is written in when later
    (feedparser's parsed stamps are UTC; the written one keeps the author's offset)."""
    days = [published.astimezone(zone or dt.UTC).date()]
    for key in ("published", "updated"):
        written = entry.get(key)
        found = WRITTEN_OFFSET.search(written.strip()[-40:]) if isinstance(written, str) else None
        if found is not None:
            offset = dt.timedelta(hours=int(found["hours"]), minutes=int(found["minutes"]))
            days.append((published + (offset if found["sign"] == "+" else -offset)).date())
            break
    return max(days)


def with_link_day(dates: Dates, entry: Mapping[str, Any], info: FeedInfo) -> Dates:
    """``dates`` when they hold a day or say why there is none; else the day the item's address gives (``link_day``),
    with its evidence, or ``dates`` as they were."""
    if dates.whens or dates.problem is not None:
        return dates
    found = link_day(entry, event_feed=info.event_feed, zone=info.zone)
    return dates if found is None else dataclasses.replace(dates, whens=[found[0]], scheduled=found[1])
