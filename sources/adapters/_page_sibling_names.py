"""A list item that is only a date, its event told by the element right after it (helper pages100: an astronomical
society's lectures, "<li>Tuesday, 21st February 2017. </li><p>John Timmins (FRAS) will be speaking on ‘Optical
Quality and how to improve your telescope’.</p>", the <p>s set inside the <ul> beside each <li>). The row had no
name of its own and took a link's word above the list ("Venues"). Pure.

The element after the date's own, under the same parent, names the event when it is a short paragraph with no
date: a talk's name in quotes after the words that announce a talk ("speaking on", "talk on", "lecture on",
"will present") is the name; otherwise the paragraph's whole text, when short enough to be one.

Not: a date line with words of its own (its name is there), a date that is not alone in a list item (one line of a
paragraph of dates: the paragraph after it is the page's note), a next element that is another list item (the next
row), a next element that holds a date (another row) or is long prose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sources.adapters._page_cards import _EPOCH
from sources.adapters._page_dates import find_dates
from sources.adapters._page_schedule import Entry
from sources.adapters._page_words import meaningful

SIBLING_EVIDENCE = "title from the paragraph right after the date's own element: {text!r}"
MAX_NAME = 160
MAX_PARAGRAPH = 400
# "will be speaking on ‘Optical Quality …’", "a talk on "The SKA Project"": the quoted name after the words.
TALK_NAME = re.compile(
    r"\b(?:speaking|speak|talking|talk|lecturing|lecture|presenting|present)\s(?:on|about)\s{1,3}"
    r"[\u2018\u201c\"'](?P<name>[^\u2019\u201d\"\n]{3,150})[\u2019\u201d\"']",
    re.I,
)


def _name_of(text: str) -> str | None:
    talk = TALK_NAME.search(text)
    if talk is not None:
        return " ".join(talk.group("name").split()).rstrip(",;: ")
    return text if len(text) <= MAX_NAME else None


def name_in_next_sibling(entry: Entry, lines: Sequence[Any], line: Any) -> None:
    """Title ``entry`` from the paragraph after its date's own element (see the module). Mutates the entry."""
    if entry.title is not None or line.block is None or line.index + 1 >= len(lines):
        return
    own = line.block
    if own.tag != "li" or " ".join((own.text_content() or "").split()) != " ".join(line.text.split()):
        return  # the date's own list item, holding the date alone (not a paragraph of several lines)
    nxt = lines[line.index + 1]
    block = nxt.block
    if block is None or block.tag != "p" or block.getparent() is not line.block.getparent():
        return
    if block.getprevious() is not line.block:
        return
    text = " ".join((block.text_content() or "").split())
    if not text or len(text) > MAX_PARAGRAPH or not meaningful(text):
        return
    if find_dates(text, year_hint=2000, today=_EPOCH):
        return
    name = _name_of(text)
    if name is None or not meaningful(name):
        return
    entry.title = name
    entry.evidence.append(SIBLING_EVIDENCE.format(text=text[:80]))
