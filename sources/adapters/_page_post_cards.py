"""Cards that are a blog's or a news page's posts, not events: each a linked heading, the day it was written alone
in a small element, and a teaser (helper pages100: an organist's "Artikelen", seven <article>s "<h2><a href=…>Sting
en Kerstmuziek</a></h2><p><small>27 december 2016</small></p><p>Al jarenlang luister ik …&#8230;</p>"). Each card was
read as an event on its day of writing. Pure.

A run of at least ``MIN_POSTS`` such cards is the site's posts when all of it holds: every card's date stands alone
in its element (no clock, no other word: a byline's stamp), none is after the reading day, they run newest first
over more than one month, and most cards carry a teaser (prose of ``TEASER`` characters or more, cut off with an
ellipsis: a post's excerpt) — or the heading above them names posts ("Artikelen", "News", "Blog", "Actualités" …).

Not: cards with a time beside the date (an event's), a run with any day still to come, cards in the order of their
days (a programme, past or not), a date written inside the title or beside words, an archive of past events whose
descriptions are whole (no excerpt's ellipsis) under a heading that names no posts.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_card_fields import section_heading
from sources.adapters._page_dates import find_dates
from sources.adapters.base import ParsedRecord, RawEvent

POSTS_NOTE = "left out {count} card(s): the page's posts, each dated alone when written, newest first, with a teaser"
MIN_POSTS = 3
TEASER = 120
DATE_ELEMENT = 40  # a date alone in its element is short
SPREAD_DAYS = 31
ELLIPSIS = re.compile(r"(?:\u2026|\.\.\.)\s*$")
POSTS_HEADING = re.compile(
    r"^\W{0,3}(?:(?:latest|recent|our|club|the)\s+)?(?:artikelen|articles?|artikel|news|nieuws|blog|posts?|berichten|"
    r"actualit[ée]s?|aktuelles|neuigkeiten|nachrichten|noticias|notizie|art[íi]culos|articoli|columns?|"
    # review40: a press office's and a club's updates
    r"press(?:\s+releases)?|updates|pressemitteilungen|persberichten|communiqu[ée]s(?:\s+de\s+presse)?)\W{0,3}$",
    re.I,
)


def _day(value: Any) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _stamped_alone(block: Any, day: dt.date) -> bool:
    """Whether ``day`` is written alone in an element of the card (its whole text a date, no clock beside it)."""
    for node in block.iter("small", "time", "span", "p", "div"):
        text = " ".join((node.text_content() or "").split())
        if not text or len(text) > DATE_ELEMENT:
            continue
        hits = find_dates(text, year_hint=day.year, today=day)
        if len(hits) == 1 and hits[0].date == day and hits[0].year_written:
            rest = (text[: hits[0].start] + text[hits[0].end :]).strip(" ,.-|")
            if not rest:
                return True
    return False


def _teaser(block: Any) -> bool:
    """Whether the card holds an excerpt: a paragraph of prose cut off with an ellipsis ("… mooi&#8230;")."""
    for node in block.iter("p"):
        text = " ".join((node.text_content() or "").split())
        if len(text) >= TEASER and ELLIPSIS.search(text):
            return True
    return False


def posts_off(
    blocks: list[Any], records: list[ParsedRecord | None], today: dt.date, notes: list[str]
) -> list[ParsedRecord | None]:
    """``records`` (one per block, in order) without the cards that are posts (see the module), with a note."""
    cards = [
        (block, record)
        for block, record in zip(blocks, records, strict=False)
        if isinstance(record, RawEvent) and not isinstance(record.start, dt.datetime) and record.end is None
    ]
    if len(cards) < MIN_POSTS or len(cards) != sum(isinstance(record, RawEvent) for record in records):
        return records
    days = [_day(record.start) for _, record in cards]
    if max(days) > today or any(later <= earlier for later, earlier in zip(days, days[1:], strict=False)):
        return records  # one to come, or not newest first
    if (days[0] - days[-1]).days <= SPREAD_DAYS:
        return records
    if not all(_stamped_alone(block, day) for (block, _), day in zip(cards, days, strict=True)):
        return records
    teasers = sum(_teaser(block) for block, _ in cards)
    heading = section_heading(cards[0][0])
    if teasers * 2 <= len(cards) and not (heading and POSTS_HEADING.match(heading)):
        return records
    notes.append(POSTS_NOTE.format(count=len(cards)))
    left_out = {id(record) for _, record in cards}
    return [None if id(record) in left_out else record for record in records]
