"""A card named only by its logos: the images' alt texts as its words (helper pages64). Pure but for the tree.

A league's schedule draws each game as a card holding its day and the teams' logos, nothing else: '<li><p>9/23
（火）</p><ul><li><img alt="BEAST X"></li><li><img alt="U-NEXT Pirates"></li>…</ul></li>'. Read as text the card
is only its date, so it was an event named after the page ("試合日程"). Now a block whose whole text is one date and
which holds two or more images with distinct, meaningful alt texts gets those texts as a line of its own ("BEAST X,
U-NEXT Pirates, …"): the teams (or the acts, the speakers) are its name.

Not: a card with words of its own beside its date (its name is there already), a card with one image (a poster's
alt text is no list of names), images whose alt is empty, generic ("logo", "Photo", "icon") or a file's name.
"""

from __future__ import annotations

import re
from typing import Any

import lxml.html

from sources.adapters._page_cards import _EPOCH
from sources.adapters._page_dates import find_dates
from sources.adapters.webpage import clean_text

CARD_TAGS = ("li", "article", "div", "section", "td")
MIN_LOGOS = 2  # one image is a picture, not a list of who plays
MAX_LOGOS = 12
MAX_ALT = 60  # a name, not a caption
MAX_DATE_TEXT = 40  # the card's whole text: a date and its weekday
MAX_CARDS = 2_000  # blocks looked at: a hostile page of millions costs no more
LOGO_NAMES = "data-logo-names"  # set on the line made of the alt texts
# An alt that names no one: a generic word for the picture, or a file's name.
GENERIC_ALT = re.compile(
    r"^(?:(?:team\s+)?logo|image|img|icon|photo|picture|banner|thumbnail|flag|avatar|placeholder)s?\b"
    r"|\.(?:png|jpe?g|gif|svg|webp)$",
    re.IGNORECASE,
)


def _names(card: Any) -> list[str]:
    names: list[str] = []
    for image in card.iter("img"):
        alt = (clean_text(image.get("alt") or "") or "").strip()
        if not alt or len(alt) > MAX_ALT or GENERIC_ALT.search(alt):
            return []
        if alt not in names:
            names.append(alt)
    return names if MIN_LOGOS <= len(names) <= MAX_LOGOS else []


def _only_a_date(text: str) -> bool:
    """Whether ``text`` is one date and nothing more (its weekday written with it)."""
    if not text or len(text) > MAX_DATE_TEXT:
        return False
    hits = find_dates(text, year_hint=_EPOCH.year, today=_EPOCH)
    return len(hits) == 1 and not text[: hits[0].start].strip() and not text[hits[0].end :].strip()


def _date_in_one_piece(card: Any) -> None:
    """The card's date written in pieces ("9<span>/</span>23<span>（火）</span>") made one text, as it reads."""
    text = (clean_text(card.text_content()) or "").strip()
    holder = None
    for element in card.iterdescendants():
        if isinstance(element.tag, str) and (clean_text(element.text_content()) or "").strip() == text:
            holder = element  # the innermost element holding the whole date
    if holder is not None and len(holder) and next(holder.iter("img"), None) is None:
        for child in list(holder):
            holder.remove(child)
        holder.text = text


def logo_names_as_text(root: Any) -> None:
    """Each card of a date and logos only (see the module) given a line of its logos' alt texts. The innermost
    first: once a card has its line, the blocks around it say more than a date and are left as they are."""
    cards = [card for _, card in zip(range(MAX_CARDS), root.iter(*CARD_TAGS), strict=False)]
    for card in reversed(cards):
        if next(card.iter("img"), None) is None:
            continue
        names = _names(card)
        if not names or not _only_a_date((clean_text(card.text_content()) or "").strip()):
            continue
        _date_in_one_piece(card)
        line = lxml.html.Element("p", {LOGO_NAMES: "1"})
        line.text = ", ".join(names)
        line.tail, card.text = card.text, None
        card.insert(0, line)  # first, as a card's name stands: the date may be written in pieces ("9<span>/</span>23")
