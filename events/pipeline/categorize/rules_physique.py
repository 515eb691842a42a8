"""Keyword rules for a physique contest, a sport watched that rules.py's tables have no word for (rules_tables.py
gathers the table; helper cats40, issue #13). From the dev split (the labelled events rules are tuned on; none from a
test split, the model's held-out split or test34, whose shows this helper labelled): "NPC JR USA - PREJUDGING EVENT",
labelled sports, was read as arts_culture at the performing arts centre that hosted it.

Bodybuilding, its divisions (men's, women's and classic physique) and the judges' first round ("prejudging", the
sport's own word, read from the title only) name a contest: sports_fitness/spectator-sports. Not read: "physique" alone
(a physiotherapy word in French, "Physique Pilates"); a bodybuilding class or workshop (mode "field": the model's,
education's or the gym's to claim); a quilt show's or an art fair's description that mentions its entries'
pre-judging (title only). A pageant's "prejudging" in a title would read as a contest watched too: none is in the
labelled sets or the seen corpora.

Tried and left out: "gospel brunch" (music, as rules.py's "jazz brunch") and a title-ending "annual ball" (charity), each
from one dev row: review 1-8 removed both as single-listing entries and test_categorize_review.py pins their absence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# Bodybuilding's and its divisions' names, a subject (mode "field": silent beside a class or a workshop).
PHYSIQUE = (
    "bodybuilding", "body building", "bodybuilding championship", "bodybuilding championships",
    "bodybuilding competition", "bodybuilding show", "physique championship", "physique championships",
    "physique competition", "classic physique", "men's physique", "mens physique", "women's physique",
    "womens physique",
)  # fmt: skip
# The judges' first round of a physique contest, by the sport's own word (title only).
PREJUDGING = ("prejudging", "pre-judging", "pre judging")

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
PHYSIQUE_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("physique", "sports_fitness/spectator-sports", "field", PHYSIQUE),
    ("physique", "sports_fitness/spectator-sports", "title", PREJUDGING),
)
