"""Second readings of rules_pastimes.py's hits against the whole title (helper review48, issue #13).

Review48 probed cats33's pastime rules with listings of its own:

- A team sport's name ends a title's name also where the title is about the sport: "The History of Baseball" and
  "Poetry of Baseball" at a library, "Author Talk: Baseball", "Fantasy Baseball" were read as the sport. The sport's
  rule decides nothing where every mention of a sport in the title follows a word that makes it a subject (SUBJECT:
  "of", "about", "on", "fantasy") or a colon after a talk's word ("Author Talk: Baseball"); "Westbrook Owls at
  Northfield Herons Baseball", "Softball - Skills & Drills", "Youth League: Soccer" read as before.
- A toy-brick club "for Adults" ("LEGO Club for Adults", "Lego Build Night for Grown-Ups" at a brewpub) was read as
  children's: the rule decides nothing where the title names adults (ADULT_WORDS); the model reads the rest.

Pure: no database, no network.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .rules import RuleHit
from .rules_park_programmes import lawn_game_hits
from .rules_pastimes import PASTIME_RULE_TABLE
from .rules_physique_checks import physique_hits
from .tokens import as_text
from .venues import name_words

__all__ = ["pastime_hits"]

SPORTS = PASTIME_RULE_TABLE[0][3]
BRICK_CLUBS = next(row[3] for row in PASTIME_RULE_TABLE if row[0] == "kids")
SPORT_WORDS = tuple(tuple(name_words(phrase)) for phrase in SPORTS)
# A word before the sport that makes it a talk's, a book's or a game's subject, not a fixture or a course.
SUBJECT = frozenset(("of", "about", "on", "fantasy"))
# A talk's word before a colon: what follows it is the talk's subject ("Author Talk: Baseball").
TALK_WORDS = frozenset(("talk", "talks", "lecture", "reading", "discussion", "presentation", "book", "author"))
ADULT_WORDS = frozenset(("adult", "adults", "grown", "grownups", "grownup"))
MAX_TITLE = 300  # a title's characters read


def pastime_hits(hits: list[RuleHit], record: Mapping[str, Any]) -> list[RuleHit]:
    """The hits without the sport's rule where the title names the sport as a subject, and without the toy-brick
    club's where it names adults (see the module)."""
    hits = lawn_game_hits(hits, record)  # review51: "Lawn Bowling Club Annual Dinner" (rules_park_programmes.py)
    hits = physique_hits(hits, record)  # review59, mend59c: "Bodybuilding Posing Clinic" (rules_physique_checks.py)
    kinds = {hit.rule.phrases for hit in hits}
    if SPORTS not in kinds and BRICK_CLUBS not in kinds:
        return hits
    raw = as_text(record.get("title"))[:MAX_TITLE]
    title = name_words(raw)
    dropped: set[tuple[str, ...]] = set()
    if SPORTS in kinds and _sport_as_subject(raw, title):
        dropped.add(SPORTS)
    if BRICK_CLUBS in kinds and ADULT_WORDS & set(title):
        dropped.add(BRICK_CLUBS)
    return [hit for hit in hits if hit.rule.phrases not in dropped] if dropped else hits


def _sport_as_subject(raw: str, title: list[str]) -> bool:
    """Whether every sport the title names follows a subject's word, or a talk's word and a colon."""
    before_colon = set(name_words(raw.partition(":")[0])) if ":" in raw else set()
    talk_heading = bool(before_colon & TALK_WORDS)
    after_colon = len(name_words(raw.partition(":")[0])) if talk_heading else len(title)
    starts = [
        start
        for sport in SPORT_WORDS
        for start in range(len(title) - len(sport) + 1)
        if tuple(title[start : start + len(sport)]) == sport
    ]
    return bool(starts) and all(
        (start > 0 and title[start - 1] in SUBJECT) or (talk_heading and start >= after_colon) for start in starts
    )
