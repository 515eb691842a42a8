"""A children's age said in German or French: the programme is family_kids (helper cats35, issue #13).

rules_age_ranges.py (cats34) reads the English "Ages 5 to 7" and "… for children ages 7-12". A German or a French
listing says the same with its own words, and the training corpus holds them, each labelled family_kids:
"Kindertheater: Der Grüffelo" … "für Kinder ab 3 Jahren", "Heure du conte" … "pour les 3-6 ans", "Spectacle jeune
public" … "dès 5 ans", "Storytime en Français" … "pour enfants de 3 à 6 ans" (events/pipeline/data/corpus/intl_de.jsonl,
intl_fr.jsonl); a Swiss agenda abbreviates "(ab 7 J.)", "(0-4 J.)". Where no word the model reads with conviction
names the children (a play's or a workshop's own title), it read the activity: the theatre, the science talk. Read
here, from the title or the description:

- a range: "3-6 ans", "de 2 à 6 ans", "entre 2 et 6 ans", "(0-4 J.)", "6 bis 10 Jahre": lower end at most MAX_LOW,
  upper end at most MAX_HIGH, lower below upper;
- an open start that only children's listings give: "ab 5 Jahren", "ab 7 J.", "dès 5 ans", "à partir de 4 ans",
  "5 ans et plus": the start at most MAX_OPEN (a play "ab 14 Jahren", a comedian "Dès 14 ans", a rave "Einlass ab 18
  Jahren" are for adults and teenagers, and stay theirs); after "für Kinder"/"pour enfants" any start up to MAX_LOW.

Not: a price line (a currency within a few characters of the age: "Kinder 6-12 J.: 5 €", "enfants de 3 à 12 ans :
5 $"), a duration or a date ("3-6 Tage", "du 3 au 6 mai": no age word), a wine's or a cheese's years ("Gruyère
affiné 12 à 14 mois", "Whisky 10 Jahre": no range of ages), an adults' range ("18-35 ans"), an anniversary ("la fête
des 5 ans de la librairie": "des" without its accent is "of the", not "from"; the lead's mend), years that are a span
of time (review53: "Parmigiano 2-3 Jahre gereift", "single malts de 3-5 ans d'âge", "dès 2 ans de pratique", "5 ans et
plus d'expérience", "ab 3 Jahren Berufserfahrung", "la ville dans 5-10 ans", "garantie de 2 à 3 ans").

It decides as rules_age_ranges.py's rules do, with the same rules: from the title as a title's rule; from the
description only when the title has no deciding rule.

Pure: no database, no network.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from .rules import RuleHit
from .rules_age_ranges import DESCRIPTION_RULE, MAX_HIGH, MAX_LOW, TITLE_RULE
from .tokens import as_text

__all__ = ["foreign_age_range_hits", "foreign_children_age"]

MAX_OPEN = 8  # "ab 8 Jahren", "dès 8 ans": still a children's show; "ab 12" is a teenager's as often
MAX_TEXT = 600
MAX_TITLE = 300
_AGE_DE = r"(?:j\.|jahren|jahre|jahr)"
_AGE_FR = r"ans\b"
_DASH = r"[ \t]{0,2}[-–][ \t]{0,2}"
# Each pattern bounded: digits {1,2}, spaces {0,3}; no nested repeats.
RANGES = (
    re.compile(r"\b(\d{1,2})" + _DASH + r"(\d{1,2})[ \t]{0,2}" + _AGE_DE),
    re.compile(r"\b(\d{1,2})[ \t]{1,3}bis[ \t]{1,3}(\d{1,2})[ \t]{1,3}" + _AGE_DE),
    re.compile(r"\b(\d{1,2})" + _DASH + r"(\d{1,2})[ \t]{1,3}" + _AGE_FR),
    re.compile(r"\b(?:de|entre)[ \t]{1,3}(\d{1,2})[ \t]{1,3}(?:à|a|et)[ \t]{1,3}(\d{1,2})[ \t]{1,3}" + _AGE_FR),
)
OPEN_STARTS = (
    re.compile(r"(?<![\w-])ab[ \t]{1,3}(\d{1,2})[ \t]{0,2}" + _AGE_DE),
    re.compile(r"(?<![\w-])(?:dès|à[ \t]{1,3}partir[ \t]{1,3}de)[ \t]{1,3}(\d{1,2})[ \t]{1,3}" + _AGE_FR),
    re.compile(r"\b(\d{1,2})[ \t]{1,3}ans[ \t]{1,3}et[ \t]{1,3}(?:plus|\+)"),
)
CHILDREN_BEFORE = re.compile(r"(?:für[ \t]{1,3}kinder|pour[ \t]{1,3}(?:les[ \t]{1,3})?enfants)[ \t]{1,3}$")
# Years that are a span of time, not an age (review53): what the years are of said right after them ("ans d'âge",
# "ans de pratique", "5 ans et plus d'expérience", "Jahre gereift", "Jahren Berufserfahrung"), or a span said before
# them ("dans 5-10 ans", "vieillis de 3 à 5 ans", "garantie de 2 à 3 ans", "in 2-3 Jahren").
SPAN_AFTER = re.compile(
    r"[ \t.]{0,2}(?:d['’]|de[ \t](?!la\b|l['’]|les\b)|gereift|gelagert|berufserfahrung|erfahrung|garantie|laufzeit)"
)
SPAN_BEFORE = re.compile(
    r"(?:\b(?:dans|sur|pendant|depuis|durant|en|in|nach|vor|seit|über|innerhalb|binnen|garantie)"
    r"|vieillie?s?|affinée?s?)[ \t]{1,3}$"
)
CURRENCY = re.compile(r"[€$£]|\b(?:chf|eur|fr\.|euro|euros|dollars?)\b")
NEAR = 12  # characters either side of an age read for a price


def _priced(text: str, start: int, end: int) -> bool:
    """A price line's age ("Kinder 6-12 J.: 5 €"), or years that are a span of time, not an age (SPAN_AFTER/_BEFORE)."""
    if SPAN_AFTER.match(text, end) or SPAN_BEFORE.search(text[max(0, start - 2 * NEAR) : start]):
        return True
    return CURRENCY.search(text[max(0, start - NEAR) : end + NEAR]) is not None


def foreign_children_age(text: str) -> bool:
    """Whether the (folded) text gives a children's age in German or French (see the module)."""
    for pattern in RANGES:
        for match in pattern.finditer(text):
            low, high = int(match.group(1)), int(match.group(2))
            if low <= MAX_LOW and low < high <= MAX_HIGH and not _priced(text, match.start(), match.end()):
                return True
    for pattern in OPEN_STARTS:
        for match in pattern.finditer(text):
            start = int(match.group(1))
            limit = MAX_LOW if CHILDREN_BEFORE.search(text[max(0, match.start() - 30) : match.start()]) else MAX_OPEN
            if start <= limit and not _priced(text, match.start(), match.end()):
                return True
    return False


# What every reading above needs: a number, then (a few spaces on) the years' word. One scan before the seven
# patterns run: most texts have none ("ans" alone is in "plans", "fans", "Kansas").
MAY_HOLD_AN_AGE = re.compile(r"\d[ \t]{0,3}(?:j\.|jahr|ans\b)")


def _may_hold_an_age(folded: str) -> bool:
    return MAY_HOLD_AN_AGE.search(folded) is not None


def foreign_age_range_hits(hits: list[RuleHit], record: Mapping[str, Any]) -> list[RuleHit]:
    """The hits with family_kids' where the title, or else the description, gives a children's age in German or
    French (see the module). Nothing is added where rules_age_ranges.py already added its rule."""
    if any(hit.rule in (TITLE_RULE, DESCRIPTION_RULE) for hit in hits):
        return hits
    title = as_text(record.get("title"))[:MAX_TITLE].casefold()
    if _may_hold_an_age(title) and foreign_children_age(title):
        return [*hits, RuleHit(TITLE_RULE, True)]
    description = as_text(record.get("description"))[:MAX_TEXT].casefold()
    if _may_hold_an_age(description) and foreign_children_age(description):
        return [*hits, RuleHit(DESCRIPTION_RULE, False)]
    return hits
