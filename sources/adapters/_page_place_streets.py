"""A venue's street right after its name in a sentence under a date: "19:30 Quiz Night at The Crown, 12 High Street"
(left43, from read-through 57's own reading: "an address inside the title"). Pure.

The sentence reader (``_page_clock_sentences.opening_clock``) took "at The Crown" for the place and left the street
in the name: the quiz was titled "Quiz Night , 12 High Street". A street address right after the venue's name and
its comma (a house number, words and a street's word: ``_page_schedule.ADDRESS``), with its town after another comma
when there is one, is the venue's: the place runs over it and the name keeps none of it.

Not (hard negatives): a street that is not next to the venue ("at The Crown with Jo Smith, 12 High Street"), a
number that is no street ("at The Crown, 12 teams", "at The Crown, 7 for 7:30"), a comma then a remark
("at The Crown, all welcome"). review58: a remark after the street is no town ("at The Crown, 12 High Street, All
Welcome", "…, Members Only", "…, Free Entry": the place ends with the street).
"""

from __future__ import annotations

import re

from sources.adapters._page_not_places import REMARK, price_or_call
from sources.adapters._page_schedule import ADDRESS
from sources.adapters._page_tail_places import REMARK_WORDS

# The comma right after the venue's name, then the street from its house number.
COMMA = re.compile(r"(?<![ \t])[ \t]*+,[ \t]*+(?=\d)")  # possessive, from a run's start: linear
# A town after the street's comma: capitalised words to the sentence's end ("Bristol", "Long Eaton").
TOWN_TAIL = re.compile(r"(?<![ \t])[ \t]*+,[ \t]*+[A-Z][\w'’.-]*+(?:[ \t][A-Z][\w'’.-]*+){0,2}[ \t.]*+$")


def street_end(text: str, end: int) -> int:
    """Where the venue's place ends: past a street right after its name (and that street's town) that ends at
    ``end``; ``end`` itself when no street follows (see the module)."""
    comma = COMMA.match(text, end)
    if comma is None:
        return end
    street = ADDRESS.match(text, comma.end())
    if street is None:
        return end
    town = TOWN_TAIL.match(text, street.end())
    return town.end() if town is not None and not _remark(town.group()) else street.end()


def _remark(town: str) -> bool:
    """Whether the words after the street's comma are a remark, a price or a call, not a town (review58)."""
    words = {word.lower() for word in re.findall(r"[^\W\d_]+", town)}
    return bool(words & REMARK_WORDS) or REMARK.search(town) is not None or price_or_call(town.strip(" ,."))
