"""A line that is one link and nothing else, under a date line in its row ("<dt>2025年10月12日(日)＠【東京】<br><a
href="…/concert-1.html">Concert One</a></dt>"): the event's name, and the link its own page. Not a document's link
("Agenda", a PDF, a video), a call to action ("More info", "Buy tickets"), a tag's or a category's link
(_page_nav_links.names_no_event) nor a mail or phone link. Pure."""

from __future__ import annotations

from sources.adapters._page_lines import Anchor, Line
from sources.adapters._page_nav_links import names_no_event
from sources.adapters._page_words import is_document_link, meaningful


def naming_link(line: Line) -> Anchor | None:
    """The line's one link when the link is the whole line and reads as an event's name; None otherwise."""
    if len(line.anchors) != 1:
        return None
    anchor = line.anchors[0]
    text = " ".join(line.text.split())
    if " ".join(anchor.text.split()) != text or anchor.href.startswith(("mailto:", "tel:")):
        return None
    if is_document_link(text, anchor.href) or names_no_event(text, anchor.href) or not meaningful(text):
        return None
    return anchor
