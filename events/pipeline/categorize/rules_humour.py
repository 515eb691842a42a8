"""A comic's show described by its jokes: "An evening of observational jokes from the sitcom legend", "quirky humor,
visual gags and astounding sleight of hand", "the correspondent's touring hour" (rules.py reads the phrases, model.py
the pairing).

A touring comic's listing is titled by the comic's name and the show's ("Tom Segura: Take It Down Tour", "Eddie Izzard
- Wunderbar"), often at a theatre or a concert hall whose kind the model weighs in: the title names no kind of event,
and the model read such shows as music, arts_culture or family_kids. What the show is made of names it: the training
corpus uses "jokes", "gags" and "touring hour" for comedy only.

These phrases have mode "humour": they decide (as a description's phrase, mode "any") only where the title is a
performer's billing, read by ``bills_a_performer``: the words before the first colon or dash are one to four names
(capitalized words, venues.reads_as_names), none of them a word that names a kind of event in the training titles
(the model's event words: "Family Puppet Show", "Christmas Cracker Jokes Workshop", "Storytime for Toddlers" keep
their own reading), and no other rule fired in the title. Elsewhere they are dropped. "Humour" and "comedic" are left
out (a play "full of dark humour", "a comedic opera"), as are "comic" (a comic book's fair) and "funny".
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from .tokens import content_words, words
from .venues import reads_as_names

if TYPE_CHECKING:
    from .rules import RuleHit, RuleMode

HUMOUR_MODE = "humour"
MAX_BILLING_WORDS = 4
# Where a comic's name ends and the show's begins: the first colon, or a dash between spaces (linear: one character
# class each side, no nesting).
_BILLING_END = re.compile(r":| [-–—] ")

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
HUMOUR_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("stand-up", "comedy/stand-up", "humour", ("jokes", "gags", "sight gags", "touring hour")),
)


def bills_a_performer(title: str, event_words: frozenset[str] | None) -> bool:
    """Whether a title is a performer's billing: its words before the first colon or spaced dash are one to four names
    none of which names a kind of event (`event_words`, the model's; None: no billing can be told)."""
    if event_words is None:
        return False
    billing = _BILLING_END.split(title, maxsplit=1)[0].strip()
    content = content_words(words(billing))
    return (
        bool(content)
        and len(billing.split()) <= MAX_BILLING_WORDS
        and reads_as_names(billing)
        and event_words.isdisjoint(content)
    )


def humour_hits(hits: list[RuleHit], title: str, event_words: frozenset[str] | None) -> list[RuleHit]:
    """The hits with a show's jokes (mode "humour") made a description's rule (mode "any") where the title is a
    performer's billing and no other rule fired in it; elsewhere such a hit is dropped."""
    if all(hit.rule.mode != HUMOUR_MODE for hit in hits):
        return hits  # no show's jokes: the billing is not read (most records)
    billed = bills_a_performer(title, event_words) and not any(
        hit.in_title for hit in hits if hit.rule.mode != HUMOUR_MODE
    )
    return [
        dataclasses.replace(hit, rule=dataclasses.replace(hit.rule, mode="any"))
        if hit.rule.mode == HUMOUR_MODE
        else hit
        for hit in hits
        if hit.rule.mode != HUMOUR_MODE or billed
    ]
