"""An event already running, its last day written first and its first day as a category, for the ``rss`` adapter.
Pure.

A university's Trumba calendar feed (UW Tacoma's campus events, batch 51) writes a running event's day once, as
the first line of its description: "Ongoing through Monday, Dec. 14, 2015"; the day it began stands only in the
item's category, as Trumba gives every item's day ("<category>2015/11/09 (Mon)</category>"). Read as prose, the
only date in the words is the last day, and the event was dated on the day it ends.

``ongoing_when`` reads such an item as the whole run: from the category's day to the day after "ongoing through"
(or "until", "till", "thru"), all day. Only when the description's first line opens with those words and a date
follows them there, and a category is a date alone, no earlier than the last day. Not: "Ongoing" elsewhere in the
text ("The work is ongoing through the winter"), a first line with no date after the words, an item whose
categories are no date ("Exhibitions"), a category day after the last day, a date written any other way (the prose
reader reads those as before).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Sequence

from sources.adapters._feed_when import PROSE_DATE, When, text_when

MAX_LINE = 120  # characters of the first line looked at
MAX_RUN = dt.timedelta(days=366)  # a longer run is no one event's (two dates of a text, a typing error)
# What may stand between the opening words and the last day: a space, a colon, "the".
_LEAD = re.compile(r"[\s:,]{0,4}(?:the\s{1,3})?")
# The first line's opening words: "Ongoing through", "Ongoing until", "ongoing thru".
ONGOING = re.compile(r"\s{0,8}ongoing\s{1,4}(?:through|thru|until|till)\b", re.IGNORECASE)
# A category that is a day alone: "2015/11/09 (Mon)", "2015-11-09", "2015/11/09 (Monday)".
DAY_CATEGORY = re.compile(
    r"\s{0,4}(?P<year>\d{4})[/-](?P<month>\d{1,2})[/-](?P<day>\d{1,2})(?:\s{0,4}\(\s{0,2}[a-z]{2,9}\.?\s{0,2}\))?\s{0,4}",
    re.IGNORECASE,
)


def ongoing_when(
    description: str | None,
    categories: Sequence[str],
    *,
    zone: zoneinfo.ZoneInfo | None,
    reference: dt.datetime,
) -> When | None:
    """The run of an event the description's first line says is ongoing through a day, from its category's day
    (see the module's docstring); None otherwise."""
    first_line = (description or "").lstrip().split("\n", 1)[0][:MAX_LINE]
    opening = ONGOING.match(first_line)
    if opening is None:
        return None
    rest = first_line[opening.end() :]
    written = PROSE_DATE.search(rest)
    if written is None or _LEAD.fullmatch(rest[: written.start()]) is None:
        return None  # no date right after the words: "ongoing through the winter; opening on May 3"
    last = text_when([rest], zone=zone, reference=reference)
    first = _category_day(categories)
    if last is None or first is None:
        return None
    last_day = last.start.date() if isinstance(last.start, dt.datetime) else last.start
    if not first <= last_day <= first + MAX_RUN:
        return None
    return When(first, last_day, True, zone.key if zone else None)


def _category_day(categories: Sequence[str]) -> dt.date | None:
    for label in categories:
        found = DAY_CATEGORY.fullmatch(label or "")
        if found is None:
            continue
        try:
            return dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
        except ValueError:
            continue
    return None
