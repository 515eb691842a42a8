"""A schedule table's row page and footer, read from the markup of the row or the table. Pure.

- A row whose date is a link ("<td><a href=/events/nboe-retreat-05-20-2023/>May 20, 2023</a></td>") names the
  meeting's own page by it: the row's url, not one of its documents.
- A table whose last row is one cell of a time and a place, lines apart ("5:15 PM<br>Tom Baker Room, City/County
  Building<br>221 N 5th St, Bismarck"), states when and where every dated row above it meets.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import ClockHit, find_clock, find_dates
from sources.adapters._page_table_names import NOT_A_PAGE, calendar_href
from sources.adapters._page_words import is_document_link
from sources.adapters.webpage import absolute_url

_ONLY_PUNCTUATION = re.compile(r"^[\W_]*$")
_BLOCKS = frozenset({"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})
FOOTER_PLACE_LINE = 90  # a place line is short: an address, a room, a building
FOOTER_PLACE_LINES = 3


def _same_page(href: str, base: str | None) -> bool:
    def key(url: str) -> str:
        return url.split("#", 1)[0].rstrip("/")

    return bool(base) and key(href) == key(base or "")


def _only_date(text: str, today: dt.date) -> bool:
    """Whether the words are one date and nothing else ("May 20, 2023", "Tue, Feb. 3, 2026")."""
    hits = find_dates(text, year_hint=None, today=today)
    if len(hits) != 1:
        return False
    return bool(_ONLY_PUNCTUATION.match(text[: hits[0].start]) and _ONLY_PUNCTUATION.match(text[hits[0].end :]))


def date_link_page(cell: Any, base: str | None, today: dt.date) -> str | None:
    """The date cell's one link whose words are only the row's date: the meeting's own page. A document (a file,
    a video host, a document word), an add-to-calendar link, a picture or the listing itself is none; None when
    the cell has no such link, or two to different places."""
    found: set[str] = set()
    for node in cell.iter("a"):
        href = absolute_url(node.get("href"), base)
        text = " ".join((node.text_content() or "").split())
        if not href or not text or calendar_href(href) or NOT_A_PAGE.search(href) or _same_page(href, base):
            continue
        if is_document_link(text, href) or not _only_date(text, today):
            continue
        found.add(href)
    return next(iter(found)) if len(found) == 1 else None


def _texts(node: Any, out: list[str]) -> None:
    if not isinstance(node.tag, str):  # a comment or a processing instruction: not the page's words
        return
    if node.tag == "br" or node.tag in _BLOCKS:
        out.append("\n")
    if node.tag != "br" and node.text:
        out.append(node.text)
    for child in node:
        _texts(child, out)
        if child.tail:
            out.append(child.tail)


def cell_lines(cell: Any) -> list[str]:
    """A cell's text in the lines its <br> and block elements make, each line's spaces collapsed."""
    out: list[str] = []
    _texts(cell, out)
    return [line for line in (" ".join(part.split()) for part in "".join(out).split("\n")) if line]


def footer_time_place(cells: list[Any], today: dt.date) -> tuple[ClockHit, str] | None:
    """A row of one cell whose first line is only a time and whose next lines (up to three, short, dateless)
    are a place: (the time, the place in one line). None for any other row."""
    if len(cells) != 1:
        return None
    lines = cell_lines(cells[0])
    if not 1 < len(lines) <= FOOTER_PLACE_LINES + 1:
        return None
    clock = find_clock(lines[0])
    if clock is None or not _ONLY_PUNCTUATION.match(lines[0][: clock.span[0]] + lines[0][clock.span[1] :]):
        return None
    place = lines[1:]
    if any(len(line) > FOOTER_PLACE_LINE or find_dates(line, year_hint=None, today=today) for line in place):
        return None
    if any(find_clock(line) is not None for line in place):
        return None
    return clock, ", ".join(line.strip(" ,") for line in place)
