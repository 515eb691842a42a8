"""A date of history in a card's words is not the card's date. Pure.

A town band's card (held-out batch 122) sets its day in a badge ("08" / "Mai", no year) and names what it marks in
its title and text: "Commémoration du 8 Mai 1945", "… la Victoire du 8 mai 1945". The card reader took the first
date written with its year, and the ceremony was dated 8 May 1945. A date whose year is ``HISTORY_YEARS`` or more
before the reading day is the subject's, not a day to attend: when the card's first date is such a date, the card is
read again with its dates of history blanked out, and the day that reading gives (the badge's) is the card's.

Not: a card whose only date is one of history (read as before: an archive's or a history page's own entry), a date of
last year or of a few years ago (an archive's card, "05 Mai" over "5 mai 2019"), a card whose reading without them
finds no date; a card whose parent is the list of every card (another card's heading beside it: the parent's date is
another event's, review61).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from sources.adapters._page_cards import block_text
from sources.adapters._page_dates import find_dates

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
HISTORY_YEARS = 25  # a date this many years before the reading day is history, not a listing's
HISTORY_EVIDENCE = "a date of history in its words ({day}) is what it marks; its own day is read without it"


def _year(moment: dt.date) -> int:
    return moment.year


def without_history(text: str, today: dt.date) -> str | None:
    """``text`` with every date of history blanked out (see the module), or None when it writes none."""
    hits = [
        hit
        for hit in find_dates(text, year_hint=None, today=today)
        if hit.date is not None and _year(hit.date) <= today.year - HISTORY_YEARS
    ]
    if not hits:
        return None
    for hit in sorted(hits, key=lambda hit: hit.start, reverse=True):
        text = text[: hit.start] + " " * (hit.end - hit.start) + text[hit.end :]
    return text


def _other_card(parent: Any, block: Any) -> bool:
    """Whether ``parent`` holds a heading outside ``block``: a list of cards, not a badge set beside one card."""
    for child in parent.iterchildren():
        if child is not block and isinstance(child.tag, str) and next(child.iter(*HEADINGS), None) is not None:
            return True
    return False


def read_past_history(moments: Any, block: Any, text: str, today: dt.date, read: Callable[[Any, str], Any]) -> Any:
    """The card's moments read again without its dates of history when its first date is one (see the module): in
    the block, else in its parent (a badge set beside the block: "<div class=date-box>08 Mai</div><div
    class=info>…</div>"); ``moments`` as they were otherwise."""
    if moments is None or _year(moments.start) > today.year - HISTORY_YEARS:
        return moments
    again = None
    for node, words in ((block, text), (block.getparent(), None)):
        if node is None or (words is None and _other_card(node, block)):
            continue
        words = words if words is not None else block_text(node)
        cleaned = without_history(words, today)
        again = read(node, cleaned) if cleaned is not None else None
        if again is not None and _year(again.start) > today.year - HISTORY_YEARS:
            break
    if again is None or _year(again.start) <= today.year - HISTORY_YEARS:
        return moments
    day = moments.start.date() if isinstance(moments.start, dt.datetime) else moments.start
    evidence = HISTORY_EVIDENCE.format(day=day.isoformat())
    return type(again)(start=again.start, end=again.end, evidence=again.evidence or evidence)
