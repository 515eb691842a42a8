"""Lines in a date's row that name nothing: a call to action and a price. Pure.

A club's ticket box puts its date over "BUY TICKETS" and the price ("51 € / VIP 99 €"), and only then the party's
name ("COCOON PRESENTS DESOLAT"): read as the first line under the date in its row, the title was "Buy Tickets".
A line that is a call to action ("Buy tickets", "Book now", "More info": _page_cards.NOT_A_TITLE) or only prices
(amounts with their currency, and the words that label them: "VIP", "door", "advance", "from") is passed over, as a
document's link is, and the row's next line names the event. A name with a price in it ("Concert for Peace €10",
"Jazz Brunch $25") is still a name: only the labelling words may stand beside the amounts.
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_cards import NOT_A_TITLE
from sources.adapters._page_nav_links import is_taxonomy_link, names_no_event
from sources.adapters._page_part_of_day import part_of_day
from sources.adapters._page_single_place import is_map_link
from sources.adapters._page_words import is_document_link

# An amount with its currency, the sign or code before or after it: "€10", "$ 12.50", "51 €", "25 EUR", "15,00 CHF".
AMOUNT = re.compile(
    r"[£€$¥]\s?\d{1,6}(?:[.,]\d{1,2})?(?!\d)|(?<![\d.,])\d{1,6}(?:[.,]\d{1,2})?\s?(?:[£€$¥]|(?:eur|euros?|usd|gbp|chf)\b)",
    re.IGNORECASE,
)
# The words that label a price ("VIP 99 €", "$10 adv / $15 door", "from €8", "ab 12 €", "Students 5 €").
PRICE_WORD = re.compile(
    r"\b(?:vip|doors?|adv(?:ance)?|presale|pre-sale|entry|entrance|admission|tickets?|from|ab|d[eè]s|desde|"
    r"students?|conc(?:essions?)?|members?|general|ga|reduced|erm[aä](?:ss|ß)igt|each|per|person|only|online|"
    r"and|or|plus|fee|fees?|booking|incl|excl)\b\.?",
    re.IGNORECASE,
)
PRICE_PUNCTUATION = re.compile(r"[\s/|+,;:()\-–—*.]+")
MAX_PRICE_LINE = 80  # a price box's line, not a paragraph that mentions prices


def price_only(text: str) -> bool:
    """Whether ``text`` is prices and their labels only ("51 € / VIP 99 €", "$10 adv / $15 door")."""
    if len(text) > MAX_PRICE_LINE or AMOUNT.search(text) is None:
        return False
    rest = PRICE_WORD.sub(" ", AMOUNT.sub(" ", text))
    return not PRICE_PUNCTUATION.sub("", rest)


def names_nothing(text: str) -> bool:
    """A line of a date's row that is no name: a call to action, a price, a part of the day ("Evening")."""
    stripped = text.strip()
    if part_of_day(
        stripped
    ):  # "<p>Evening</p><p>Jazz night</p>": the name is below (_page_day_headings, _page_part_of_day)
        return True
    return bool(NOT_A_TITLE.match(stripped)) or names_no_event(stripped) or price_only(stripped)


def row_page_link(lines: list[Any], line: Any, names: Any, depth: int) -> str | None:
    """The one page a date's row links to when its name line links nowhere: the party's name in a plain <div> and
    its detail page on the rooms below ("<a href='/webapp/Cocoon-eventDetail?mconId=118'>MAIN ROOM …</a>" twice).
    Only the lines of that row (``names(line.block, other.block)``: one date holds them), the date's line and up
    to ``depth`` after it; a document, a map or a call to action ("Buy tickets", "Register") is no event's page,
    and two different pages leave the row without one."""
    found: set[str] = set()
    for other in lines[line.index : line.index + 1 + depth]:
        if other.block is None or (other is not line and not names(line.block, other.block)):
            continue
        for anchor in other.anchors:
            text = " ".join(anchor.text.split())
            if is_document_link(text, anchor.href) or is_map_link(anchor.href) or NOT_A_TITLE.match(text):
                continue
            if is_taxonomy_link(text, anchor.href):  # a tag's or a category's page (_page_nav_links)
                continue
            found.add(anchor.href)
            if len(found) > 1:
                return None
    return next(iter(found), None)
