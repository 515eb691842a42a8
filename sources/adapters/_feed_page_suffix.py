"""A path segment's name without a web page's suffix, for ``_feed_date_signs.event_page``. Pure.

A static site written by hand or by a small script names its pages as files: a pro-housing group's feed of
"Upcoming Events" (feeds84) has for its own page ``ashevilleforall.org/events.html``, where a generator writes
``/events/``. The segment ``events.html`` named no events section, so the feed was not known to list events, and its
one item, dated only by its page's address (``/2026-05-28-meetup.html``), was skipped as giving no date.

So a segment's name is read without a page suffix (``.html``, ``.htm``, ``.shtml``, ``.php``, ``.asp``, ``.aspx``,
``.cfm``, ``.jsp``): ``events.html`` is the ``events`` page. Only the suffix goes: ``past-events.html`` is still
``past-events`` (a news-free compound is ``_feed_compound_pages``'s), ``eventsbrite.html`` still no section, and a
feed's own file (``events.xml``, ``events.rss``) keeps its suffix: a file of that name is the feed, not its page.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

# A web page's suffix at the end of a path segment (not a feed's: .xml, .rss, .atom).
PAGE_SUFFIX = re.compile(r"\.(?:s?html?|php\d?|aspx?|cfm|jsp)$")


def page_stem(segment: str) -> str:
    """``segment`` without a web page's suffix ("events.html" -> "events"); any other segment as it is."""
    return PAGE_SUFFIX.sub("", segment[:200])
