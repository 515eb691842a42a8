"""A card dated to the second whose link is a blog post's dated permalink: when the post was published (helper
pages65). Pure.

A religious order's site lists its posts as cards stamped by the theme, '<article data-date="2025-10-30T16:46:40
+02:00">', each linking its post at "/ca/2025/10/30/primera-noticia/". The stamp was read as each card's start, so
the blog list became a list of events at 16:46:40. A time with seconds is a machine's stamp, not a time anyone
announces an event for, and a link whose path carries that same day as /year/month/day/ is a post's permalink (the
blog's own dating of the post): such a card is a post, held as news (_page_card_events).

Not: a card at a time without seconds ("19:30", a stamp to the minute: an event's time as often), a link whose path
names another day or no day, a path of events or a calendar ("/events/2025/10/30/…", "/calendar/2025/10/30").
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse

from sources.adapters._page_words import EVENT_PATH

DATED_PATH = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>[01]?\d)/(?P<day>[0-3]?\d)/[^/?#]")


def permalink_post(url: str | None, start: dt.date) -> str | None:
    """Why a card is a post (see the module), or None."""
    if not url or not isinstance(start, dt.datetime) or start.second == 0:
        return None
    path = urllib.parse.urlsplit(url).path[:300]
    if EVENT_PATH.search(path):
        return None
    found = DATED_PATH.search(path)
    if found is None:
        return None
    try:
        day = dt.date(int(found["year"]), int(found["month"]), int(found["day"]))
    except ValueError:
        return None
    if day != start.date():
        return None
    return f"it is stamped to the second and links its post's dated permalink ({path[-60:]!r})"
