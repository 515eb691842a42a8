"""A date that is a book's release: its line leads only to the book's page, named by its ISBN. Pure.

A publisher's release calendar is a grid of book boxes, each one link to the title's page ("/titles/9781975388430-
a-certain-magical-index-nt-vol-6-light-novel") holding the format's label ("Novels"), the day it goes on sale
("14 Jul") and the title (helper pages89, a light-novel publisher's month): read as a schedule, each box was an event
titled "Novels" on its release day. A book's page is named by its ISBN-13 (978 or 979 and ten more digits whose
check digit holds); a dated line whose every link leads to such a page, with no time of day on it, is that book's
release, not an event: ``book_release_line``.

Not: a reading's or a signing's line that links the book beside its own page ("Book launch, 14 Jul 2031 at 7 pm" with a
"Buy the book" link: a time, and a link that is no book's), a line whose link only looks like one (thirteen digits
whose check digit fails: an event's number), a line without links.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from sources.adapters._page_dates import find_clock
from sources.adapters._page_lines import Line

ISBN13 = re.compile(r"(?<!\d)97[89]\d{10}(?!\d)")
MAX_PATH = 500  # a page's path, not a hostile one's


def _valid(isbn: str) -> bool:
    return sum(int(digit) * (3 if position % 2 else 1) for position, digit in enumerate(isbn)) % 10 == 0


def book_page(url: str | None) -> bool:
    """Whether ``url``'s path names a book by a valid ISBN-13 ("/titles/9781975388430-…", "/isbn/9783161484100")."""
    if not url:
        return False
    try:
        path = urlsplit(url).path[:MAX_PATH]
    except ValueError:
        return False
    return any(_valid(found.group(0)) for found in ISBN13.finditer(path))


def book_release_line(line: Line) -> bool:
    """Whether a dated line is a book's release day rather than an event's (see the module)."""
    hrefs = [anchor.href for anchor in line.anchors]
    if not hrefs or not all(book_page(href) for href in hrefs):
        return False
    return find_clock(line.text) is None
