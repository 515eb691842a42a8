"""A children's age range: the programme is family_kids, whatever activity it teaches (helper cats34, issue #13).

The taxonomy's "audience beats activity" (events/pipeline/categorize/__init__.py) files a children's class or clinic
under family_kids, but the audience words (rules.py's "kids", "children", "toddler") only contest another rule's
category. A parks or recreation calendar names its children's programmes by the activity and the ages instead:
"Basketball Clinic (Ages 5 to 7)", "Soccer Skills, ages 8-12", "Little Movers (Ages 0–5)", or says it in the
description: "… recommended for children ages 8-14", "… connects families with young children aged 0-5". Those read
as the sport, the dance or the theatre.

- In the title, "age"/"ages"/"aged" then a range whose lower end is at most MAX_LOW and upper end at most MAX_HIGH
  ("Ages: 5 to 7", "Ages 3-5", "aged 6 through 9"), or "ages N and under" with N at most MAX_LOW, decides
  family_kids/kids-activities as a title's rule does. Not: an adults' or an open range ("Ages 18-35", "Ages 21+",
  "Ages 12-18", "All Ages", "All Ages 5 to 7", "Ages 8 and up"), a range ending in a clock time ("ages 5 to 7 PM"), a number
  that is no range ("Ages 5 PM").
- In the description, the same range decides only where it follows a programme's audience ("recommended for",
  "designed for", "intended for", "suitable for", "open to", "invites", "families with", "program for", "class for",
  "camp for" … and "children", "kids", "youth", "young children") and only when the title has no deciding rule (mode
  "any"). Not: a price line ("$5 for children ages 3-12", "Children aged 3-12: £4"), a range after other words
  ("our instructors have taught children ages 5-12 for years").
- review51: not a tasting's ages ("Whiskies Aged 10 to 12 Years", "Goudas Aged 6-12 Months", "dry-aged 8-12 weeks"),
  a range beside adults ("open to youth ages 12-14 and adults"), an open range with its "+" ("Pickleball Open Play
  (Ages 8+) 9-11 AM": "8+" then a clock, no "8-9"), a description's range under a title naming adults ("Pottery
  Wheel for Adults" … "we have run classes for children ages 6-12 for years"); "Toddler Art (Ages 3-5 with an
  adult)" is still the children's.

Pure: no database, no network.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import Any

from .rules import Rule, RuleHit
from .tokens import as_text, words

__all__ = ["age_range_hits", "children_age_range"]

MAX_LOW = 12
MAX_HIGH = 14
MAX_TEXT = 600  # a description's characters read (its opening)
MAX_TITLE = 300
AGE_WORDS = frozenset(("age", "aged"))  # words() stems "ages" to "age"
LINKS = frozenset(("to", "and", "through", "thru"))  # hyphens and dashes are split away by words()
UNDER = frozenset(("under", "younger"))  # "ages 5 and under", "ages 5 & under" ("&" is dropped by words())
CLOCK_WORDS = frozenset(("pm", "am", "p"))  # "p.m." is "p", "m" to words()
AUDIENCE = frozenset(("children", "child", "kids", "kid", "youth", "youths"))
# review51: what a tasting ages ("Whiskies Aged 10 to 12 Years", "Goudas Aged 6-12 Months", "dry-aged"), as words()
# reads the word before "aged"; adults beside the range ("open to youth ages 12-14 and adults"); a title naming
# adults (the description's range is then another programme's); "Ages 8+" is an open range ("8 plus", not "8 9").
AGED_THINGS = frozenset(
    ("whisky", "whiskey", "scotch", "malt", "bourbon", "rum", "wine", "port", "cognac", "brandy", "spirit", "beer",
     "cheese", "gouda", "cheddar", "parmesan", "beef", "steak", "ham", "vinegar", "dry", "barrel", "cask", "oak")
)  # fmt: skip
ADULTS = frozenset(("adult", "adults", "grown"))
_OPEN_END = re.compile(r"(\d)[ \t]{0,2}\+")  # "Ages 8+": bounded, linear
# The words right before the audience that make the range the programme's own, as words() reads them.
LEADS = tuple(
    tuple(words(phrase))
    for phrase in (
        "recommended for",
        "designed for",
        "intended for",
        "suitable for",
        "appropriate for",
        "open to",
        "invites",
        "invite",
        "welcomes",
        "families with",
        "program for",
        "programs for",
        "programme for",
        "programmes for",
        "class for",
        "classes for",
        "camp for",
        "clinic for",
        "workshop for",
        "program is for",
        "class is for",
    )
)
TITLE_RULE = Rule(
    tag="kids",
    category="family_kids",
    subcategory="kids-activities",
    mode="title",
    phrases=("children's age range",),
)
DESCRIPTION_RULE = dataclasses.replace(TITLE_RULE, mode="any", phrases=("children's age range for a programme",))


def _number(word: str) -> int | None:
    return int(word) if word.isdigit() and len(word) <= 2 else None


def _range_at(tokens: Sequence[str], start: int) -> bool:
    """Whether the words from ``start`` (right after "age"/"aged") are a children's range or an upper bound."""
    low = _number(tokens[start]) if start < len(tokens) else None
    if low is None or low > MAX_LOW:
        return False
    at = start + 1
    following = tokens[at : at + 2]
    if following[:1] and (
        following[0] in UNDER or (following[0] in ("and", "or") and following[1:] in (["under"], ["younger"]))
    ):
        return True
    if following[:1] and following[0] in LINKS:
        at += 1
    high = _number(tokens[at]) if at < len(tokens) else None
    after = tokens[at + 1 : at + 3]
    with_adults = bool(after) and (after[0] in ADULTS or (after[0] in ("and", "or") and after[1:2] == ["adult"]))
    return high is not None and low < high <= MAX_HIGH and not _a_clock(after) and not with_adults


def _a_clock(words_after: Sequence[str]) -> bool:
    """Whether the words after a range make its end a clock time ("ages 5 to 7 PM" is a time of day)."""
    return bool(words_after) and (words_after[0] in CLOCK_WORDS or tuple(words_after) == ("a", "m"))


def children_age_range(text: str, *, lead: bool) -> bool:
    """Whether the text names a children's age range (after a programme's audience words when ``lead``)."""
    tokens = words(_OPEN_END.sub(r"\1 plus ", text))
    for index, word in enumerate(tokens):
        if word not in AGE_WORDS or (index and tokens[index - 1] in ("all", *AGED_THINGS)):
            continue
        if not _range_at(tokens, index + 1):
            continue
        if not lead:
            return True
        before = index - 1
        if before >= 0 and tokens[before] in AUDIENCE:
            before -= 1
            if before >= 0 and tokens[before] == "young":
                before -= 1
            if any(
                before + 1 >= len(phrase) and tuple(tokens[before + 1 - len(phrase) : before + 1]) == phrase
                for phrase in LEADS
            ):
                return True
    return False


def age_range_hits(hits: list[RuleHit], record: Mapping[str, Any]) -> list[RuleHit]:
    """The hits with family_kids' where the title, or the description's programme audience, names a children's
    age range (see the module)."""
    title = as_text(record.get("title"))[:MAX_TITLE]
    # "age" in the folded text first: every "age"/"ages"/"aged" holds it, and most texts have none (perf38's pre-checks)
    if "age" in title.casefold() and children_age_range(title, lead=False):
        return [*hits, RuleHit(TITLE_RULE, True)]
    description = as_text(record.get("description"))[:MAX_TEXT]
    if "age" in description.casefold() and not _adults_titled(title) and children_age_range(description, lead=True):
        return [*hits, RuleHit(DESCRIPTION_RULE, False)]
    return hits


def _adults_titled(title: str) -> bool:
    """Whether the title names adults as its audience ("Pottery Wheel for Adults"; not "… with an adult")."""
    tokens = words(title)
    return any(word in ADULTS and (index == 0 or tokens[index - 1] not in ("with", "an")) for index, word in
               enumerate(tokens))  # fmt: skip
