"""A card's line that names the place, then what entry costs: "The Doors Nightclub · R50 entrance" (held-out batch
120, helper pages120). Pure.

A bar's listing writes each coming night as a date, a name and one note line: "Fri · Jul 25" / "DJ Battle: Round 1
Reloaded" / "The Doors Nightclub · R50 entrance" (the night is held elsewhere), "Free entrance · last Thursday of
every month" (held at the bar). The card readers took a place before a clock ("Main Hall - 7pm") or after a date
("12 May · Kulturhaus"), not before a price.

* ``place_before_price``: a card's line of two parts set off by a spaced bullet, dot or bar, the first a place by its
  own noun ("Hall", "Club", "Theatre" …: _page_place_nouns; or a compound one, "Nightclub", "Clubhouse", "Ballroom",
  "Playhouse", "Taproom") in a name's capitalised words, the second what entry costs ("R50 entrance", "£5 entry",
  "Free admission", "$10 on the door"): the first part is the place.

Not: "Free entrance · last Thursday of every month" (no place first), "14 metal bands · 2 stages", "Jam jar specials ·
all instruments welcome" (no price after), "Members Bar · 2 for 1 cocktails" (no price nor entry after), a line of
three parts ("Main Hall · Jazz · £5", a card's facts run together), a sentence before the price. Review60: nor a
name whose place's noun is followed by what is done there ("Gallery Talk · Free with admission", "Museum Trail",
"Park Run · £5 entry", "Pub Crawl": the event's kind, ``_page_words.EVENT_WORDS`` or ``DONE_THERE``).
"""

from __future__ import annotations

import re

from sources.adapters._page_line_places import PLACE_NOUN, looks_like_place
from sources.adapters._page_not_places import PRICE, a_remark
from sources.adapters._page_words import EVENT_WORDS

__all__ = ["place_before_price"]

MAX_LINE = 80
MAX_LINES = 12
# The spaced bullet, middle dot or bar between the two parts (not a dash: "Hall - 7pm" is read by _page_clock_places).
PART_MARK = re.compile(r"[ \t][·•|][ \t]")
# A place's noun written as one word with its kind, as English writes some ("The Doors Nightclub", "Cricket Clubhouse").
COMPOUND_PLACE = re.compile(r"(?:nightclub|clubhouse|ballroom|playhouse|taproom|bandstand|boathouse)s?\b", re.I)
# What entry costs: the word for it ("R50 entrance", "£5 entry", "Free admission", "$10 on the door"), or a price.
ENTRY = re.compile(r"\b(?:entrance|entry|admission|cover\s+charge|on\s+the\s+door)\b", re.I)
# A name's words are capitalised but for its joining words ("Hall of the Guild"): not a sentence ("Come along to the hall").
JOINING = frozenset({"of", "the", "and", "at", "on", "in", "de", "&"})
MAX_WORDS = 6
DIGIT = re.compile(r"\d")
# What is done at a place, named after its noun ("Park Run", "Museum Trail", "Pub Crawl", "Club Night"): review60.
DONE_THERE = re.compile(
    r"\b(?:runs?|trails?|walks?|crawls?|hops?|rides?|hunts?|quiz(?:zes)?|teas?|days?|nights?|members|friends|"
    r"tickets?|pass(?:es)?|sales?|games?|takeovers?|sessions?)\b",
    re.I,
)  # ... with its sum ("R50", "5 dollars") or a price's word (PRICE: "£", "Free")


def place_before_price(lines: list[str]) -> str | None:
    """The place a card's line names before what entry costs (see the module), or None."""
    for line in lines[:MAX_LINES]:
        text = " ".join(line.split())
        if not text or len(text) > MAX_LINE:
            continue
        parts = PART_MARK.split(text)
        if len(parts) != 2:
            continue
        place, cost = (part.strip() for part in parts)
        if not (ENTRY.search(cost) and (PRICE.search(cost) or DIGIT.search(cost))):
            continue
        if not (PLACE_NOUN.search(place) or COMPOUND_PLACE.search(place)):
            continue
        if _done_there(place):
            continue  # "Gallery Talk · Free with admission": what happens, not where (review60)
        if _named(place) and looks_like_place(place) and not a_remark(place) and not PRICE.search(place):
            return place
    return None


def _named(place: str) -> bool:
    words = place.split()
    return len(words) <= MAX_WORDS and all(word[0].isupper() or word[0].isdigit() or word in JOINING for word in words)


def _done_there(place: str) -> bool:
    """Whether the words after the name's last place noun say what is done there ("Park Run", "Gallery Talk")."""
    nouns = [*PLACE_NOUN.finditer(place), *COMPOUND_PLACE.finditer(place)]
    if not nouns:
        return False
    after = place[max(noun.end() for noun in nouns) :]
    return bool(EVENT_WORDS.search(after) or DONE_THERE.search(after))
