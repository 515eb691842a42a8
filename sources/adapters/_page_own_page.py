"""A detail page's event is at the page itself: the one card whose heading is the page's only <h1> and which links no
page of its own (its only link a ticket seller's, "Buy Tickets") has the page's address as its url, the seller's
page staying its ticket link. A listing's cards (headed below <h1>) keep the link they have, and so does a
listing's featured card headed by its <h1> when other cards follow it (a venue's home page: review 13). Used by
_page_card_events. Pure."""

from __future__ import annotations

import itertools
from typing import Any

from sources.adapters._page_cards import event_blocks

MAX_H1 = 2  # headings looked for: a second <h1> is enough to tell the page is no single event's


def page_is_the_events(block: Any, heading: Any) -> bool:
    """Whether the card's heading is the page's one <h1> and the card the page's one card (the page is the card's
    event)."""
    if heading is None or heading is block or heading.tag != "h1":
        return False
    if len(list(itertools.islice(block.getroottree().iter("h1"), MAX_H1))) != 1:
        return False
    # the page's one card: a listing's featured show above its other cards is one of the listing's events
    return all(other is block for other in event_blocks(block.getroottree().getroot()))


def own_url(block: Any, heading: Any, link: str | None, own: str | None, page_url: str | None) -> str | None:
    """The card's url: the page's address when the card is the page's event and ``link`` (the card's first link) is
    not a page of its own (``own`` is None); ``link`` otherwise."""
    if link is not None and own is None and page_url and page_is_the_events(block, heading):
        return page_url
    return link
