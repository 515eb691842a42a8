"""A line that is one link and nothing else, under a date line in its row ("<dt>2025年10月12日(日)＠【東京】<br><a
href="…/concert-1.html">Concert One</a></dt>"): the event's name, and the link its own page. Not a document's link
("Agenda", a PDF, a video), a call to action ("More info", "Buy tickets") nor a mail or phone link. Pure."""

from __future__ import annotations

import re

from sources.adapters._page_lines import Anchor, Line
from sources.adapters._page_words import is_document_link, meaningful

CALL_TO_ACTION = re.compile(
    r"^\W*(?:more(?:\s+(?:info|information|details))?|details|learn\s+more|read\s+more|see\s+more|view(?:\s+event)?|"
    r"(?:buy|get|book)\s+tickets?|tickets?|book(?:\s+now)?|register(?:\s+now)?|rsvp|sign\s+up|"
    r"add\s+to\s+(?:my\s+)?calendar|(?:click\s+)?here|info)\W*$",
    re.IGNORECASE,
)


def naming_link(line: Line) -> Anchor | None:
    """The line's one link when the link is the whole line and reads as an event's name; None otherwise."""
    if len(line.anchors) != 1:
        return None
    anchor = line.anchors[0]
    text = " ".join(line.text.split())
    if " ".join(anchor.text.split()) != text or anchor.href.startswith(("mailto:", "tel:")):
        return None
    if is_document_link(text, anchor.href) or CALL_TO_ACTION.match(text) or not meaningful(text):
        return None
    return anchor
