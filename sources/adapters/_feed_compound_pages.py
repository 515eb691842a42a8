"""Whether a URL path segment joins a qualifier to an events word ("new-events", "upcoming-events",
"church_calendar"), for ``_feed_date_signs.event_page``: such a page lists events as "/events/" does. Pure.

Squarespace names an events collection's page after what the site owner typed ("/new-events/", "/upcoming-events/",
"/church-events/"), and its RSS (the collection's page with ``?format=rss``) links every item under it
("/new-events/2017/3/31/womens-retreat"). The whole segment is no events word, so the feed was not taken as one that
lists events, and its items' dates, written only in their prose, were held as a news post's (feeds74).

The path's first segment (the site's section; a post's slug further down is none), when its last hyphen- or
underscore-separated part is an events word (``_feed_date_signs.EVENT_SEGMENTS``) and none of its parts says news,
an archive or the past, makes such a page. Not: "/actu-evenements/" (a transit operator's news posts: "actu" is
news), "/news-events/", "/past-events/", "/events-archive/" (the events word is not last), "/eventually/" (no
separate part), "/blog/new-events/" (not the first segment).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re
from collections.abc import Collection

# Parts that make a compound page one of news, reports or the past, not of events to come.
NOT_EVENT_PARTS = frozenset({
    "news", "actu", "actus", "actualite", "actualites", "actualité", "actualités", "nachrichten", "aktuelles",
    "noticias", "notizie", "nieuws", "blog", "blogs", "press", "presse", "past", "previous", "archive", "archives",
    "archiv", "recap", "recaps", "passes", "passés", "vergangene", "review", "reviews",
})  # fmt: skip
_SEPARATOR = re.compile(r"[-_]")
MAX_PARTS = 4  # "our-church-community-events": longer segments are a post's slug, not a section's name


def compound_event_segment(segment: str, event_words: Collection[str]) -> bool:
    """Whether ``segment`` (lower-cased) is a qualifier joined to an events word ("new-events"), news-free."""
    parts = [part for part in _SEPARATOR.split(segment[:80]) if part]
    if not 2 <= len(parts) <= MAX_PARTS or parts[-1] not in event_words:
        return False
    return not any(part in NOT_EVENT_PARTS for part in parts)
