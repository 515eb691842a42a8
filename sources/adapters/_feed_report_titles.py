"""A news headline that names a day and then a report on it ("April 16 Bargaining Update"), for the ``rss``
adapter (issue #13, feeds80). Pure.

A union's news feed (batch 80) titles its write-up of a members' meeting "April 16 Bargaining Update": a day, then
what the post is, an update. ``_feed_headline_dates`` held a headline whose day follows a preposition or a colon,
not one that opens with the day, and the post was read as an event on 16 April.

In a feed whose title calls it news and not events, a title whose last word is a report's noun ("update", "recap",
"report", "results", "highlights", "minutes", "roundup", "round-up", "summary", "wrap-up", "review", "debrief") after
its date is a headline about that day: held for a moderator as ``_feed_headline_dates``' are. Not: such a noun before
the date ("Update: meeting on 12 June" is that module's), a title whose last word is no report ("April 16 Membership
Meeting", "June 3 Book Review Club"), a feed that calls itself a list of events.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

# The report's noun closing the title (its punctuation aside). Bounded: one word at the end.
REPORT_END = re.compile(
    r"(?<![^\W\d_])(?:updates?|recaps?|reports?|results|highlights|minutes|round-?ups?|summary|wrap-?up|review|debrief)"
    r"[\s.!?:)\]]{0,3}$",
    re.IGNORECASE,
)
MAX_TITLE = 200


def report_after_day(title: str, day_end: int) -> bool:
    """Whether ``title``, whose first date ends at ``day_end``, closes with a report's noun after it."""
    found = REPORT_END.search(title[:MAX_TITLE])
    return found is not None and found.start() >= day_end
