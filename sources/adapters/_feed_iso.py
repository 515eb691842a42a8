"""Dates written in ISO 8601 inside an item's words, for the ``rss`` adapter. Pure.

A feed written from a form sometimes puts the event's date in the item's title or text in the form's own
notation: "Climb 2026-08-09T10:00", "Opens 2026-08-08T18:30 at the old foundry", "Late tour - 2026-08-09". The
prose reader (``_feed_when.text_when``) reads "December 5, 7:30 PM" and not these, so:

- ``iso_text_when`` reads the first ISO date or date-time written in the texts (title first) as the prose reader
  reads a date: a naive time in the feed's zone, an offset or "Z" as written, a zone's abbreviation right after the
  clock ("2031-06-09 18:00 UTC", "19:30 CEST": ``_feed_zone_words``) as the prose reader reads it, the first one not before the day the
  item was published, else the first one before it;
- ``without_iso_date`` takes such a date out of the title when it is the event's own day (and time, when it
  gives one), with the dash, colon or bar that set it apart ("Late tour - 2026-08-09" → "Late tour"); the
  source's title is kept beside it.

A date inside a link, a file name or a longer token ("/2026-08-09/", "report-2026-08-09.pdf", "v2026-08-09b") is
none: the date must stand apart from letters, digits, slashes and dashes on both sides (a colon after it sets a
title's date apart: "2026-08-09: Late tour").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Iterator

from sources.adapters._feed_cut_date import cut_out
from sources.adapters._feed_iso_range import iso_range_end
from sources.adapters._feed_not_event_dates import deadline_date
from sources.adapters._feed_recorded import recorded_instant
from sources.adapters._feed_stamps import stamped
from sources.adapters._feed_when import TEXT_SCAN_LIMIT, When, coming_or_past, make_when, read_moment
from sources.adapters._feed_zone_words import in_stated_zone

# No quantifier is nested, and every part is bounded: linear on any text.
ISO_IN_TEXT = re.compile(
    r"(?<![\w/.:+-])(?P<day>\d{4}-\d{2}-\d{2})"
    r"(?:[T ](?P<clock>\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)(?P<offset>Z|[+-]\d{2}:?\d{2})?)?(?![\w/+-]|:\w)"
)
# ISO dates tried per item, as prose dates are (``_feed_when.MAX_PROSE_ATTEMPTS``).
MAX_ISO_ATTEMPTS = 20


def iso_text_when(
    texts: list[str | None],
    *,
    zone: zoneinfo.ZoneInfo | None,
    reference: dt.datetime,
    attempts: int = MAX_ISO_ATTEMPTS,
) -> When | None:
    """The first ISO date or date-time written in the texts that is not before the day of ``reference``, else the
    first one before it; None when the texts write none (at most ``attempts`` are read). A revision or publication
    stamp ("Uppdaterad 2022-02-09 08:20:44") is no event's date (``_feed_stamps``), nor is a clock written to the
    second ("10:21:33": ``_feed_recorded``)."""
    return coming_or_past(_iso_whens(texts, zone, attempts), reference)


def _iso_whens(texts: list[str | None], zone: zoneinfo.ZoneInfo | None, attempts: int) -> Iterator[When]:
    tried = 0
    for text in texts:
        for match in ISO_IN_TEXT.finditer((text or "")[:TEXT_SCAN_LIMIT]):
            if tried >= attempts:
                return
            tried += 1
            # Not when the item was written ("Updated 2026-08-01": _feed_stamps), nor an instant recorded to the
            # second ("2018-10-06 10:21:33 UTC - Magnitude 2.3": _feed_recorded), nor unreadable.
            # Nor a deadline's ("Deadline: 2026-10-01": _feed_not_event_dates), as in prose.
            if stamped(match.string, match.start()) or recorded_instant(match["clock"]) or deadline_date(match):
                continue
            when = _when(match, zone)
            if when is not None and match["clock"] and not match["offset"]:
                # A zone's abbreviation right after the clock ("2031-06-09 18:00 UTC") says where it is read
                # (_feed_zone_words), as it does after a prose date.
                when = in_stated_zone(when, match.string, match.end())
            if when is not None:
                yield iso_range_end(when, match.string, match.end(), zone)  # "to 2016-11-16" (_feed_iso_range)


def _when(match: re.Match[str], zone: zoneinfo.ZoneInfo | None) -> When | None:
    written = match["day"] + (f"T{match['clock']}{match['offset'] or ''}" if match["clock"] else "")
    moment = read_moment(written, zone)
    if moment is None:
        return None
    return make_when(moment, None, zone=zone, exclusive_end=False)


def without_iso_date(title: str, start: dt.date) -> str | None:
    """The title without an ISO date (and time) that is the event's own ``start`` ("Climb 2026-08-09T10:00" →
    "Climb"), or None when it writes none, another day or time, or nothing would be left."""
    for match in ISO_IN_TEXT.finditer(title):
        if not _is_own(match, start):
            continue
        return cut_out(title, match.start(), match.end())
    return None


def _is_own(match: re.Match[str], start: dt.date) -> bool:
    day = start.date() if isinstance(start, dt.datetime) else start
    if match["day"] != day.isoformat():
        return False
    if match["clock"] is None or not isinstance(start, dt.datetime):
        return True
    return match["clock"][:5] == start.strftime("%H:%M")
