"""The page an Atom entry with no link of its own offers (for ``rss``). Pure.

An Atom entry's ``<id>`` is an identifier, not a locator (RFC 4287, 4.2.6): a calendar that gives its entries no
``<link>`` still names them ``http://uid.trumba.com/event/1``, and feedparser hands that back as the entry's link.
When such an entry carries its own booking, ticket or web-link element (Trumba's ``<gc:bookings>``: "Book via
<a href=...>Bookeo</a>", escaped or not; a bare URL), the page that element names is where a person reads about
and books the event, and it is the event's address. An entry that has a ``<link>``, an RSS item (whose guid is a
link only when the feed says ``isPermaLink``), or an entry with no such element keeps what feedparser read.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._xml_data import local_name
from sources.adapters.common import http_url

OFFER_NAMES = frozenset(
    {"bookings", "booking", "tickets", "ticket", "ticketurl", "ticketlink", "register", "registration",
     "registrationurl", "weblink", "website", "eventurl", "eventlink", "moreinfo"}
)  # fmt: skip
_HREF = re.compile(r"""href\s*=\s*["']([^"'\s<>]{1,2000})["']""", re.IGNORECASE)
_BARE_URL = re.compile(r"https?://[^\s\"'<>]{1,2000}", re.IGNORECASE)
MAX_TEXT = 5_000  # characters of an element looked at: a booking note, not a page


def item_url(entry: Mapping[str, Any], element: Any) -> str | None:
    """The entry's page: feedparser's link, or, for an Atom entry with no ``<link>`` (feedparser's link is then
    its id), the page its offer element names."""
    link = http_url(entry.get("link"))
    if element is None or local_name(str(element.tag)).lower() != "entry" or _has_link(element):
        return link
    return offered_link(element) or link


def _has_link(element: Any) -> bool:
    return any(isinstance(child.tag, str) and local_name(child.tag).lower() == "link" for child in element)


def offered_link(element: Any) -> str | None:
    """The first web address in a child element named for booking, tickets or the event's web page."""
    for child in element:
        if not isinstance(child.tag, str) or local_name(child.tag).lower() not in OFFER_NAMES:
            continue
        text = html.unescape("".join(child.itertext())[:MAX_TEXT])
        for match in (*_HREF.finditer(text), *_BARE_URL.finditer(text)):
            url = http_url(html.unescape(match.group(1) if match.re is _HREF else match.group(0)))
            if url:
                return url
    return None
