"""A run of bare links, one per event, written one after another in a container with nothing but spaces between
them ("<div><a class="eventitem" href="/e/1">Jazz Night – 12 March 2025</a> <a …>Folk Club – 14 March 2025</a>
…</div>"): the line readers took the run for one line, its first date with the page's heading as one event. Each
link is now a line of its own (a ``<br>`` is set after it; mutates the tree it is given, read before the readers
look at it, html.read_page through _page_prepare), so each is one event, named by its own words.

Only when every link of the run holds one date and words of its own beside it, and only spaces or a bar stand
between them: links inside a sentence ("see <a>Jazz Night – 12 March</a> and <a>Folk Club – 14 March</a>") or a
run of bare dates (a calendar's day links) are left as they are.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import lxml.html

from sources.adapters._page_dates import find_dates
from sources.adapters._page_siblings import sibling_groups
from sources.adapters._page_words import meaningful

MIN_LINKS = 2  # a run of one link is a line already
MAX_LINK_TEXT = 200  # characters: a title and a date, not a paragraph
BETWEEN = re.compile(r"[\s|·•,;]*")  # what may stand between two links of a run
_EPOCH = dt.date(2000, 1, 1)


def _dated_name(link: Any) -> bool:
    """A link that holds one date and words of its own beside it ("Jazz Night – 12 March 2025")."""
    text = " ".join(link.text_content().split())
    if not text or len(text) > MAX_LINK_TEXT:
        return False
    hits = find_dates(text, year_hint=None, today=_EPOCH)
    if len(hits) != 1:
        return False
    rest = (text[: hits[0].start] + " " + text[hits[0].end :]).strip(" –—-|,:")
    return meaningful(rest)


def _run_of_links(parent: Any, children: list[Any]) -> bool:
    if not BETWEEN.fullmatch(parent.text or ""):
        return False
    links = [child for child in children if child.tag == "a"]
    if len(links) < MIN_LINKS or len(links) != len(children):
        return False
    return all(BETWEEN.fullmatch(link.tail or "") for link in links) and all(_dated_name(link) for link in links)


def links_into_lines(root: Any) -> None:
    """Each link of a run of dated links (see the module's docstring) made a line of its own."""
    for parent, children in sibling_groups(root):
        if parent.tag == "a":
            continue
        if not _run_of_links(parent, children):
            continue
        for link in children[:-1]:
            line_break = lxml.html.Element("br")
            line_break.tail, link.tail = link.tail, None
            link.addnext(line_break)
