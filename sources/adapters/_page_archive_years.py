"""An archive kept by year: "<h1>Archives</h1> <h1>2025</h1>" over the past cards or rows, "<h1>2024</h1>" further down.
Pure.

A Swiss improvisation troupe's shows page (held-out batch 117) lists its "Prochaines dates", then "Archives" and, as
headings of their own at the same level, each year's past shows. The rows and cards were under the heading "2025",
which says nothing of the past, so they were read as events beside the coming ones. A heading that is a year alone,
with an archive's or the past's label before it at its level (``_page_more_dates.PAST_LABEL``), and only other years'
headings and their rows between, is that label's section: "Archives 2025". The readers of a listing's own past
(_page_past_cards, _page_past_sections) then leave it out as they leave out "Past events", when all of it is past and
something else on the page is coming.

Not: a year's heading after any other heading of its level ("Programme" then "2031"; "Archives", "Contact", "2025"), a
heading of a higher level between, a heading that holds more than a year ("2025 season", "Saison 2025/26").

pages122: an edition's heading one level below the past's label ("<h4>Afgelopen concerten</h4><h5>Tweede
editie</h5>" over its cards, "<h5>Eerste editie</h5>" further down: a Dutch festival's past concerts) is that label's
section too: any heading of a lower level whose nearest heading of a higher level before it, among its siblings, is
the past's label ("Afgelopen concerten Tweede editie"). Not: a sub-heading under any other heading ("Aankomende
concerten" then "Tweede editie"), one whose higher heading is not among its siblings.
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_cards import block_text
from sources.adapters._page_more_dates import PAST_LABEL
from sources.adapters.webpage import clean_text

YEAR_ALONE = re.compile(r"^\s*(?:19|20)\d\d\s*$")
MAX_SIBLINGS = 60  # elements looked back over from a year's heading to the archive's label
HEADING_RANK = re.compile(r"^h([1-6])$")


def _rank(node: Any) -> int | None:
    found = HEADING_RANK.match(node.tag) if isinstance(node.tag, str) else None
    return int(found.group(1)) if found else None


def archive_year(heading: Any) -> str | None:
    """The archive's label and the year ("Archives 2025") when ``heading`` is a year's heading under that label at its
    level (see the module), else None."""
    rank = _rank(heading)
    year = clean_text(block_text(heading)) or ""
    if rank is None:
        return None
    if not YEAR_ALONE.match(year):
        return past_subheading(heading, rank, year)
    node = heading.getprevious()
    for _ in range(MAX_SIBLINGS):
        if node is None:
            return None
        other = _rank(node)
        if other is not None and other <= rank:
            label = clean_text(block_text(node)) or ""
            if PAST_LABEL.match(label):
                return f"{label} {year.strip()}"
            if other < rank or not YEAR_ALONE.match(label):
                return None
        node = node.getprevious()
    return None


def past_subheading(heading: Any, rank: int, text: str) -> str | None:
    """The past's label and the heading's text ("Afgelopen concerten Tweede editie") when the nearest heading of a
    higher level before ``heading`` among its siblings is the past's label (pages122), else None."""
    node = heading.getprevious()
    for _ in range(MAX_SIBLINGS):
        if node is None:
            return None
        other = _rank(node)
        if other is not None and other < rank:
            label = clean_text(block_text(node)) or ""
            return f"{label} {text.strip()}" if PAST_LABEL.match(label) else None
        node = node.getprevious()
    return None
