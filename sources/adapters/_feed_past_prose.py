"""A date read only from a post's text, in a feed that does not say it lists events, that is over before the fetch.

A news or announcements feed (a research centre's WordPress blog, a council's news) names its talks and meetings in
running text: "La actividad tendrá lugar el lunes 31 de agosto, a las 18 horas". Read from the text alone, such a
date is held for a moderator (``_feed_dates.PROSE_EVIDENCE``: news about a day reads the same). When every date the
item gives was over well before the feed is fetched (more than ``_feed_when.RECENT_PAST``, six weeks, before the
window, which starts the day before the fetch), the post announced an event long past, or reports a day long past:
nothing to hold, nothing to come. The item is refused with that reason, as a recording of a day past is
(``_feed_recordings``).

Not touched: a feed that says it lists events (its past items are events all the same, read as before); a date the
item's title writes, or a structured one (an event element, a pubDate read as a start); a day just past, within
six weeks of the window (a recap, "thanks to all who came on Feb 20": read as that day, as before, for the quality
gate to see over); an item of several dates when one of them is more recent.

Pure. The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sources.adapters._feed_when import RECENT_PAST, When

PAST_PROSE = (
    "the only date{plural} read from the item's text ({days}) {verb} over more than six weeks before the fetch "
    "(before {cutoff}), in a feed that does not say it lists events: an announcement of an event that has happened, or news "
    "of a day past, not an event to come"
)


def _last_day(when: When, zone: dt.tzinfo | None) -> dt.date:
    """The day a date is over on: its end's, else its start's, in the feed's zone."""
    moment = when.end or when.start
    if isinstance(moment, dt.datetime):
        return (moment.astimezone(zone) if zone and moment.tzinfo else moment).date()
    return moment


def past_prose(whens: Sequence[When], window_start: dt.datetime, zone: dt.tzinfo | None) -> str | None:
    """Why the item is refused when every date of ``whens`` (read from its text) ends more than ``RECENT_PAST``
    before ``window_start``'s day (in the feed's zone), else None."""
    if not whens:
        return None
    first_day = (window_start.astimezone(zone) if zone and window_start.tzinfo else window_start).date() - RECENT_PAST
    days = [_last_day(when, zone) for when in whens]
    if any(day >= first_day for day in days):
        return None
    plural = "s" if len(days) > 1 else ""
    return PAST_PROSE.format(
        plural=plural,
        days=", ".join(day.isoformat() for day in days),
        verb="are" if plural else "is",
        cutoff=first_day.isoformat(),
    )
