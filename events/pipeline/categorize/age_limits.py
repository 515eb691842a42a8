"""An age limit says who may come in, not that the event is for children (helper cats41, issue #13).

The bag of words reads "Ages 12+", "Children under 3 not admitted", "all ages" and "14 and over" as the words
"age", "children", "under": the words of children's programmes ("Toddler Art (Ages 1-3)", "for children ages 3 and
up"), so the training corpus's own held-out split read a musical that admits no one under three, an all-ages
archaeology open day, a rafting trip for twelve and over and an all-ages rapper's show as family_kids (four of the
nine rows it read as family_kids wrongly, and "age" the word that pulled most). Concert, club, comedy, theatre and
volunteering listings write such limits as a door policy, and children's programmes write their ages as a range or a
low minimum.

So a description's age limit is one word to the model, which it learns from the corpus as it learns any word:

- LIMIT ("agelimit"): a minimum age of 12 or more written as a door policy ("12+", "Ages 14+", "18+ with ID", "(16+)",
  "ages 14 and up", "18 and over", "over-18s", "21 & older"), "adults only", "no children", "not suitable for
  children", "children under 5 not admitted", "no under-18s". Not: a count ("20+ vendors", "500+ breweries", "1,000+
  runners", "$25+", "3.0+ players", "26+2"), a low minimum ("Ages 3+", "suitable for 2+", "8+": a children's show's
  own ages stay the model's words), a range ("Ages 12-18": rules_age_ranges.py reads ranges).
- ALL_AGES ("allages"): "all ages", "all-ages" (rules.py's "all-ages" tag reads the word too).

Only descriptions are rewritten: a title's words stay as written (the title's rules and breaks are read by position).
Pure: no database, no network.
"""

from __future__ import annotations

import re

__all__ = ["ALL_AGES", "LIMIT", "mark_age_limits"]

LIMIT = "agelimit"
ALL_AGES = "allages"
MIN_LIMIT = 12  # below it a minimum age is a children's show's ("Ages 3+", "8+")

_AGE_WORD = r"(?:ages?|aged|for|suitable|recommended|admission|entry|audiences?)"
# "18+" where the plus ends a door policy: before the end, punctuation or a policy's word, or after an age word. Each
# part is bounded: a number of one to two digits, at most two spaces.
_PLUS = re.compile(
    r"(?<![\w.,$£€+/-])(\d{1,2})[ \t]{0,2}\+(?![\w+])"
    r"(?=[ \t]{0,2}(?:$|[.,;:!?)\]/|\n]|only\b|with\b|w/|id\b|event\b|show\b|welcome\b|please\b|and\b|to\b|[-–—]))",
    re.IGNORECASE,
)
_PLUS_AFTER_AGE = re.compile(rf"\b{_AGE_WORD}[ \t:]{{0,3}}(\d{{1,2}})[ \t]{{0,2}}\+(?![\w+])", re.IGNORECASE)
_AND_OVER = re.compile(
    r"(?:\b(?:ages?|aged)[ \t]{1,2})?(?<![\w.,$£€-])(\d{1,2})[ \t]{0,2}(?:and|&|or)[ \t]{1,2}(?:over|up|older)\b",
    re.IGNORECASE,
)
_OVER_NS = re.compile(r"\bover[ \t-]{1,2}(\d{1,2})'?s\b", re.IGNORECASE)
_NO_UNDER_NS = re.compile(r"\bno[ \t]{1,2}under[ \t-]{1,2}(\d{1,2})'?s\b", re.IGNORECASE)
_WORDED = re.compile(
    r"\b(?:adults?[ \t-]{1,2}only|no[ \t]{1,2}(?:children|kids)(?:[ \t]{1,2}under[ \t]{1,2}\d{1,2})?(?:[ \t]{1,2}"
    r"(?:please|allowed|admitted|permitted))?|not[ \t]{1,2}suitable[ \t]{1,2}for[ \t]{1,2}(?:children|kids)(?:[ \t]{1,2}under[ \t]{1,2}\d{1,2})?"
    r"|(?:children|kids|babies|infants)[ \t]{1,2}under[ \t]{1,2}\d{1,2}[ \t]{1,2}(?:are[ \t]{1,2})?(?:not|won't be)"
    r"[ \t]{1,2}(?:admitted|permitted|allowed))\b",
    re.IGNORECASE,
)
_SIGNS = re.compile(r"\d|adult|child|kid|age", re.IGNORECASE)
_ALL_AGES = re.compile(r"\ball[ \t-]{1,2}ages\b", re.IGNORECASE)


def _limit_if_old(match: re.Match[str]) -> str:
    return f" {LIMIT} " if int(match.group(1)) >= MIN_LIMIT else match.group(0)


def mark_age_limits(text: str) -> str:
    """``text`` with its age limits written as LIMIT and its "all ages" as ALL_AGES (see the module's docstring)."""
    if not text or not _SIGNS.search(text):  # most descriptions: no number and no audience word
        return text
    text = _WORDED.sub(f" {LIMIT} ", text)
    text = _PLUS_AFTER_AGE.sub(_limit_if_old, text)
    text = _PLUS.sub(_limit_if_old, text)
    text = _AND_OVER.sub(_limit_if_old, text)
    text = _OVER_NS.sub(_limit_if_old, text)
    text = _NO_UNDER_NS.sub(_limit_if_old, text)
    return _ALL_AGES.sub(f" {ALL_AGES} ", text)
