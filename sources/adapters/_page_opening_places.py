"""A line under a row's name that opens with the row's place, a remark after it (held-out batch 116). Pure.

A club's year calendar names each row in bold with its day and writes its place on the line under it, then a remark:
"<b>April 18th Board Meeting</b><br/>Chief Solano Kennel Club, Vallejo CA.  Time will depend on show schedule …",
"<b>May 30th Board Meeting</b><br/>2170 Red Setter Rd, Rocklin CA.", "<b>May 2nd Fun Day General Meeting</b><br/>12:00,
Performance Dogs in Action  7089 Pleasant Grove Road, Pleasant Grove, CA.". The line reader took the bold line for a
date heading with its name, and read only hours and documents under a named heading; the third line's place was
split at its name's own "in" ("Action").

Here (``place_sentence``): the first sentence of such a line is the place when its own form says so, whatever
follows it:

- a street address, alone or after a venue's name of capitalised words ("2170 Red Setter Rd, Rocklin CA", "Performance
  Dogs in Action 7089 Pleasant Grove Road, Pleasant Grove, CA");
- a venue's name with a place's word (club, hall, church …), a comma and its town ("Chief Solano Kennel Club,
  Vallejo CA").

Not (hard negatives): a person and a town ("Jane Smith, Portland OR": no place's word), a remark with a place's word
in it ("Refreshments in the Village Hall, all welcome": not a name's capitalised words), a post box, a sentence with a
verb's company ("Join us at 12 Oak Street"), a line that holds a date or a clock of its own (another row, a time
line), a long sentence.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._given_names import given_name
from sources.adapters._page_abbreviations import sentence_end
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_line_places import is_locality
from sources.adapters._page_place_nouns import PLACE_NOUN
from sources.adapters._page_schedule import ADDRESS
from sources.adapters._page_section_address import POST_BOX, SENTENCE
from sources.adapters._page_tail_places import REMARK_WORDS

# A town after the venue's comma: capitalised words, its region's code ("Vallejo CA", "Pleasant Grove, CA").
TOWN = re.compile(r"^[A-Z][\w'’.-]*+(?:[ \t]++[A-Z][\w'’.-]*+){0,3}(?:,?[ \t]++[A-Z]{2})?$")
MAX_PLACE = 90
MAX_WORDS = 14
_ANY_DAY = dt.date(2000, 1, 1)
# Where the first sentence ends: a full stop after a word of three letters or more ("CA." is a code: two capitals
# and the line's end, or a full stop before a capital), not an abbreviation's dot ("St. Mary's", "Rd. 5").
FIRST_END = re.compile(r"(?:(?<=[a-z]{3})|(?<=[A-Z]{2}))\.(?=\s+[A-Z]|\s*$)")
# A venue's name: capitalised words and the small words names hold ("Performance Dogs in Action", "Hall of Fame").
NAME = re.compile(
    r"^(?:[A-Z0-9][\w'’&.-]*+|of|the|in|on|at|and|de|la|&)(?:[ \t]++(?:[A-Z0-9][\w'’&.-]*+|of|the|in|on|at|and|de|la|&))*+$"
)
# The words that say what kind a two-word venue is ("Village Hall", "Parish Church", "Memorial Park"), where a person's
# given name would stand before a surname that is a place's word ("John Hall", "Mary Church").
PLACE_KINDS = frozenset(
    "town village parish city county community civic memorial public central main market guild scout masonic "
    "sports leisure arts music youth social golf cricket tennis bowls rugby football sailing rowing yacht".split()
)
# The first word of an office one contacts, books or buys at, not a venue: "Contact Office", "Box Office" (left43).
CONTACT_WORDS = frozenset({"contact", "contacts", "enquiries", "inquiries", "enquiry", "inquiry", "booking",
                           "bookings", "box", "ticket", "tickets", "sales", "registration", "membership", "admissions"})  # fmt: skip
# A lead before a street that is an event and its venue, not a venue's name: "Quiz Night at The Crown, 12 High
# Street", "Bingo in the Village Hall, 3 Church Lane" (an "in" phrase ending in a place's word; "in Action" is a name's).
LEAD_AT = re.compile(
    r"(?:^|[ \t])at(?:[ \t]|$)|(?:^|[ \t])in[ \t]++(?:the[ \t]++)?(?:[A-Z][\w'’.-]*+[ \t]++){0,3}(?i:"
    + PLACE_NOUN.pattern
    + r")$"
)


def first_sentence(text: str) -> str:
    """The line's first sentence, its full stop off."""
    text = " ".join(text.split())
    end = sentence_end(FIRST_END, text)  # not at "Mrs.", "Prof." (left44: _page_abbreviations)
    return (text[: end.start()] if end else text).strip(" ,;:")


def place_sentence(text: str) -> str | None:
    """The place a line's first sentence is by its own form (see the module), else None."""
    sentence = first_sentence(text)
    if not sentence or len(sentence) > MAX_PLACE or len(sentence.split()) > MAX_WORDS:
        return None
    if POST_BOX.search(sentence) or SENTENCE.search(sentence):
        return None
    if find_clock(sentence) or find_dates(sentence, year_hint=2000, today=_ANY_DAY):
        return None
    street = ADDRESS.search(sentence)
    if street is not None and street.start() < len(sentence):
        lead = sentence[: street.start()].strip(" ,")
        if not lead or (NAME.match(lead) and not LEAD_AT.search(lead)):  # "2170 Red Setter Rd", "… in Action 7089 …"
            return sentence
        return None
    name, comma, town = sentence.partition(",")
    if comma and is_locality(sentence) and _noun_last(name) and _venue_name(name.strip()) and _town(town):
        return sentence  # "Chief Solano Kennel Club, Vallejo CA"
    return None


def _venue_name(name: str) -> bool:
    """A venue's name with a place's word, not a person whose surname is one ("John Hall", "Lisa Chambers"): two
    words whose last is the place's word are a given name and a surname when the first is a common given name and
    says no kind of place ("Village Hall", "Parish Church"); "Sutton Hall", "Usher Hall" are venues (left43: the
    read-through's rule read every such pair as a person). Not an office named for contact ("Contact Office")."""
    if not PLACE_NOUN.search(name) or not NAME.match(name):
        return False
    words = name.split()
    if words[0].lower() in CONTACT_WORDS:
        return False  # "Contact Office, Vallejo CA", "Box Office, Leeds": whom to ask, not where (left43)
    if len(words) != 2 or not PLACE_NOUN.fullmatch(words[1]):
        return True
    return PLACE_NOUN.fullmatch(words[0]) is not None or words[0].lower() in PLACE_KINDS or not given_name(words[0])


def _town(text: str) -> bool:
    """A town's capitalised words (and its region's code), not a remark ("all welcome", "Free Entry")."""
    words = {word.lower() for word in re.findall(r"[^\W\d_]+", text)}
    return TOWN.match(text.strip()) is not None and not words & REMARK_WORDS


def _noun_last(name: str) -> bool:
    """Whether a venue's name ends with its place's noun ("Chief Solano Kennel Club"), not a role or a state after it
    ("Garden Club President, Mary Jones", "Church Parking Lot Closed, Use Main St.": review57)."""
    words = name.split()
    return bool(words) and PLACE_NOUN.fullmatch(words[-1].strip(".,'’")) is not None
