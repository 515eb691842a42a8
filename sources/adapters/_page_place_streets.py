"""A venue's street right after its name in a sentence under a date: "19:30 Quiz Night at The Crown, 12 High Street"
(left43, from read-through 57's own reading: "an address inside the title"). Pure.

The sentence reader (``_page_clock_sentences.opening_clock``) took "at The Crown" for the place and left the street
in the name: the quiz was titled "Quiz Night , 12 High Street". A street address right after the venue's name and
its comma (a house number, words and a street's word: ``_page_schedule.ADDRESS``), with its town after another comma
when there is one, is the venue's: the place runs over it and the name keeps none of it.

Not (hard negatives): a street that is not next to the venue ("at The Crown with Jo Smith, 12 High Street"), a
number that is no street ("at The Crown, 12 teams", "at The Crown, 7 for 7:30"), a comma then a remark
("at The Crown, all welcome"). review58: a remark after the street is no town ("at The Crown, 12 High Street, All
Welcome", "…, Members Only", "…, Free Entry": the place ends with the street). read-through 58: a street's name is
capitalised ("at The Crown, 12 teams compete for first place", "2 talks by Dr. Jones" are no street; "Dr." before a
name is a doctor), a street as other languages write it counts too ("im Gasthaus Krone, Kirchplatz 3"), and a remark
after the street is dropped from the name as well ("Quiz Night , Free Entry" before).
"""

from __future__ import annotations

import re

from sources.adapters._page_not_places import REMARK, price_or_call
from sources.adapters._page_schedule import ADDRESS
from sources.adapters._page_tail_places import REMARK_WORDS
from sources.adapters._place_split import STREET_THEN_NUMBER

# The comma right after the venue's name, then the street from its house number (or a street as other languages write
# it, "Kirchplatz 3").
COMMA = re.compile(r"(?<![ \t])[ \t]*+,[ \t]*+(?=[^\W_])")  # possessive, from a run's start: linear
# A town after the street's comma: capitalised words to the sentence's end ("Bristol", "Long Eaton").
TOWN_TAIL = re.compile(r"(?<![ \t])[ \t]*+,[ \t]*+[A-Z][\w'’.-]*+(?:[ \t][A-Z][\w'’.-]*+){0,2}[ \t.]*+$")
# read-through 58: a remark after the street's comma, to the sentence's end ("…, Free Entry", "…, Tickets £5").
REMARK_TAIL = re.compile(r"(?<![ \t])[ \t]*+,[ \t]*+(?P<remark>[^,]{1,40}?)[ \t.]*+$")
# A street's name is written capitalised: each word of it a capital's or a number's ("12 High Street", "59 East 4th
# Street"), not a count's nouns ("12 teams compete for first place", "2 talks by Dr. Jones"; read-through 58).
STREET_WORD = re.compile(r"(?:[A-Z0-9][\w.'’-]*+|[NSEW]\.?)$")
# "Dr." then a capitalised name is a doctor, not a drive ("2 talks by Dr. Jones").
DOCTOR = re.compile(r"\.?[ \t]{1,3}[A-Z]")


def street_end(text: str, end: int) -> tuple[int, int]:
    """Where the venue's place ends and where the name goes on: past a street right after its name (and that
    street's town, or a remark the name drops) that ends at ``end``; ``end`` twice when no street follows (see the
    module)."""
    comma = COMMA.match(text, end)
    if comma is None:
        return end, end
    street_at = _street(text, comma.end())
    if street_at is None:
        return end, end
    town = TOWN_TAIL.match(text, street_at)
    if town is not None and not _remark(town.group()):
        return town.end(), town.end()
    remark = REMARK_TAIL.match(text, street_at)
    if remark is not None and _remark(remark.group("remark")):
        return street_at, remark.end()  # "…, 12 High Street, Free Entry": the remark is neither place nor name
    return street_at, street_at


def _street(text: str, start: int) -> int | None:
    """Where a street written at ``start`` ends: a house number, a capitalised name and a street's word
    (``ADDRESS``), or a street as other languages write it (``STREET_THEN_NUMBER``); None when none is."""
    street = ADDRESS.match(text, start)
    if street is not None:
        words = street.group().rstrip(".").split()[1:]
        if all(STREET_WORD.match(word) for word in words) and not (
            words[-1].lower() == "dr" and DOCTOR.match(text, street.end() - street.group().endswith("."))
        ):
            return street.end()
        return None
    abroad = STREET_THEN_NUMBER.match(text[start : start + 80])
    return start + abroad.end() if abroad is not None else None


def _remark(town: str) -> bool:
    """Whether the words after the street's comma are a remark, a price or a call, not a town (review58)."""
    words = {word.lower() for word in re.findall(r"[^\W\d_]+", town)}
    return bool(words & REMARK_WORDS) or REMARK.search(town) is not None or price_or_call(town.strip(" ,."))
