"""A listing row's ticket link as its event's page, when its name links nowhere. Pure.

The shape: repeated rows of a date (or a time under a date), a name that is plain text, a place, and a "Tickets"
link ("<div class="gig"><div>10:30pm</div><div><span>Lowland Hum</span></div><div><a href="https://tickets.example
.net/e/4412">Tickets</a></div></div>"). That link is the one page of the row's event the listing gives: the row's
url, when it is the row's only outbound link. Not when rows share it (a box office's home page repeated in every
row names no one event), nor when the row links elsewhere too (which link is its page is then not said).
"""

from __future__ import annotations

import collections

from sources.adapters._page_block_reader import EMPTY_TARGET, TICKET_LABEL
from sources.adapters._page_lines import Line
from sources.adapters._page_schedule import Entry

ROW_TICKET = "the row's only link, its tickets', as its url: {url!r}"
_OTHER_SCHEMES = ("mailto:", "tel:", "sms:", "javascript:")


def _only_ticket(lines: list[Line]) -> str | None:
    """The href of the row's one outbound link when that link is labelled as its tickets', else None."""
    hrefs = {anchor.href for line in lines for anchor in line.anchors if not anchor.href.startswith(_OTHER_SCHEMES)}
    tickets = [
        anchor.href
        for line in lines
        for anchor in line.anchors
        if TICKET_LABEL.match(" ".join(anchor.text.split())) and not EMPTY_TARGET.search(anchor.href)
    ]
    return tickets[0] if len(hrefs) == 1 and tickets and hrefs == {tickets[0]} else None


def ticket_urls(rows: list[tuple[Entry, list[Line]]]) -> None:
    """Each row without a url given its only link when that is its tickets' (see the module's docstring); rows that
    share one such link keep none."""
    found = [(entry, _only_ticket(lines)) for entry, lines in rows if entry.url is None]
    shared = collections.Counter(href for _entry, href in found if href)
    for entry, href in found:
        if href and shared[href] == 1:
            entry.url = href
            entry.evidence.append(ROW_TICKET.format(url=href))


def table_ticket_urls(entries: list[Entry]) -> None:
    """A table's rows whose only link is labelled as their tickets' ("Oct 10, 2026 | Copper Kettle Band | Back Room
    | <a>Tickets</a>"): that link their url, unless rows share it (see the module's docstring)."""
    found: list[tuple[Entry, str | None]] = []
    for entry in entries:
        only = entry.links[0] if entry.url is None and len(entry.links) == 1 else None
        usable = only is not None and TICKET_LABEL.match(only["label"]) and not EMPTY_TARGET.search(only["url"])
        found.append((entry, only["url"] if only is not None and usable else None))
    shared = collections.Counter(href for _entry, href in found if href)
    for entry, href in found:
        if href and shared[href] == 1:
            entry.url, entry.links = href, []
            entry.evidence.append(ROW_TICKET.format(url=href))
