"""A card's dates that are not its event's: a ``<time>`` or a line labelled as a registration's, a sign-up's or a
call for papers' opening, closing or deadline ("<p>CFPs Due: <time>2019-06-30</time></p>", "Registration closes:
30 April 2026") beside the card's own date ("<p>Conference Date: <time>2020-02-07</time></p>"). A conference
listing gives both; the deadline is neither the card's start nor its end (it had been read as a run from the
deadline to the conference). Only when another date remains: a card whose one date is labelled so keeps it (the
labels are _page_other_dates'). Pure."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._page_dates import find_dates
from sources.adapters._page_joined_text import text_head
from sources.adapters._page_other_dates import another_date

_EPOCH = dt.date(2000, 1, 1)
LINE_REACH = 300  # characters of a <time>'s line read for its label: the label opens the line


def labelled_other(node: Any) -> bool:
    """A ``<time>`` whose line (its parent's words) is labelled as another date than the event's."""
    parent = node.getparent()
    if parent is None:
        return False
    return another_date(text_head(parent, LINE_REACH))  # a long card holding many <time>s is not read whole


def own_times(nodes: list[Any]) -> list[Any]:
    """The card's ``<time>`` elements less those labelled as another date, unless that would leave none."""
    kept = [node for node in nodes if not labelled_other(node)]
    return kept or nodes


def without_other_lines(text: str) -> str:
    """The card's text less its lines labelled as another date, when a line left still writes a date; else the
    text as it is."""
    lines = text.split("\n")
    kept = [line for line in lines if not another_date(line.strip())]
    if len(kept) == len(lines):
        return text
    rest = "\n".join(kept)
    return rest if find_dates(rest, year_hint=None, today=_EPOCH) else text
