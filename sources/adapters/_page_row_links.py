"""The link of a row under a date bar when one link wraps the whole row: a showing's card that is a single
``<a href>`` around its time and its film's heading ("<a href=/film/perfect-blue><p>2:00 pm</p><h3>Perfect
Blue</h3></a>"). The heading's own link is then the card's: its words are the time line's and the heading's, in
that order, and nothing else. A link that wraps more (a day's column of rows, a card with its blurb) is not the
row's. Pure."""

from __future__ import annotations

from sources.adapters._page_lines import Anchor, Line


def _words(text: str) -> str:
    """The text's characters without its spaces: a link's text runs its blocks together ("2:00 pmPerfect Blue")."""
    return "".join(text.split()).casefold()


def row_link(heading: Line, before: str) -> Anchor | None:
    """The one link that wraps just the row's time line (``before``) and its heading, when the heading has it."""
    if len(heading.anchors) != 1 or not heading.anchors[0].href:
        return None
    anchor = heading.anchors[0]
    row_words = _words(f"{before} {heading.text}")
    return anchor if row_words and _words(anchor.text) == row_words else None
