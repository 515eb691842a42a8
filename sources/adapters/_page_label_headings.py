"""A card's heading that is only a field's label ("<h4>MONTH</h4><p>March</p>", "<h4>EVENTS</h4><p>Palm Sunday</p>":
held-out batch 99, a church's events page) names no event: the card's name is the value under its event's label
("EVENTS", "What", "Veranstaltung": the first line after it that is no date), else the card has none of its own. The labels: FIELD_LABEL's ("Date", "Where", "Ort") and the words a
listing's columns carry over their values ("Month", "Event", "Events", "What"), in English, French and German.
Pure."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

from sources.adapters._page_date_alone import date_alone
from sources.adapters._page_dates import find_dates
from sources.adapters._page_words import FIELD_LABEL, meaningful

COLUMN_LABEL = re.compile(
    r"^\W*(?:month|months|event|events|what|mois|événement|événements|evenement|evenements|monat|"
    r"veranstaltung|veranstaltungen|was|"
    r"mes|mese|maand|mês|evento|eventos|eventi|evenement|evenementen|qué|cosa|wat)\s*[:?]?\s*$",  # review38
    re.IGNORECASE,
)


def label_heading(title: str) -> bool:
    """Whether a card's heading says only which field is below it."""
    return bool(FIELD_LABEL.match(title) or COLUMN_LABEL.match(title))


# The label over a card's event's name.
NAME_LABEL = re.compile(
    r"^\W*(?:event|events|what|événement|événements|evenement|evenements|veranstaltung|veranstaltungen|was|"
    r"evento|eventos|eventi|evenementen|qué|cosa|wat)\s*:?\s*$",  # Spanish, Italian, Dutch (review38)
    re.IGNORECASE,
)
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
VALUE_SIBLINGS = 3  # the lines looked at under a name's label
_ANY_DAY = dt.date(2000, 1, 1)


def name_under_label(block: Any) -> str | None:
    """The card's name under its event's label heading ("<h4>EVENTS</h4><p>Palm Sunday</p><p>24/03/2024</p>"): the
    first of the next lines that names something and is no date. None when the card has no such label or value."""
    for heading in block.iter(*HEADINGS):
        if not NAME_LABEL.match(" ".join(heading.itertext()).strip()):
            continue
        for count, sibling in enumerate(heading.itersiblings()):
            if count >= VALUE_SIBLINGS or not isinstance(sibling.tag, str) or sibling.tag in HEADINGS:
                break
            text = " ".join(" ".join(sibling.itertext()).split())
            if text and meaningful(text) and not find_dates(text, year_hint=2000, today=_ANY_DAY):
                return text
        if (below := heading_below(block, heading)) is not None:
            return below
    return None


def heading_below(block: Any, label: Any) -> str | None:
    """The heading after a listing's label heading that has no value of its own (held-out batch 122, a post's
    "<header><h1>Événements</h1></header>…<h2>Meet up 7 janvier</h2>"): the first later heading of the block
    that names something, is no label and no date. None when the label has lines of its own under it (a value
    that is a date, "<h4>Events</h4><p>24/03/2024</p>") or when no heading follows."""
    if any(isinstance(node.tag, str) and "".join(node.itertext()).strip() for node in label.itersiblings()):
        return None
    after = False
    for heading in itertools.islice(block.iter(*HEADINGS), CARD_ELEMENTS):
        if heading is label:
            after = True
            continue
        text = " ".join(" ".join(heading.itertext()).split())
        if after and text and meaningful(text) and not label_heading(text) and not date_alone(text):
            return text
    return None


CARD_LEVELS = 3  # a labelled date's elements looked up for its card
CARD_ELEMENTS = 200  # elements of one candidate card looked at: a whole list is no card (and no cost per date)


def labelled_card_name(block: Any) -> str | None:
    """The name under the event's label in the card a labelled date sits in ("<h4>Date</h4><p>14 March 2031</p>"
    beside "<h4>Event</h4><p>Choir concert</p>", review38): the nearest enclosing element with exactly one such label
    among its first elements. None when there is none, or when the element holds two (a list of cards)."""
    for up in itertools.islice(block.iterancestors(), CARD_LEVELS) if block is not None else ():
        labels = 0
        for element in itertools.islice(up.iter(*HEADINGS), CARD_ELEMENTS):
            labels += bool(NAME_LABEL.match(" ".join(element.itertext()).strip()))
            if labels > 1:
                return None
        if labels:
            return name_under_label(up)
    return None
