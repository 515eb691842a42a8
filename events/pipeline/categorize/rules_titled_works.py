"""A film's title at a cinema: "The Hike" at a cinema is a film, not a hike.

A film's (or a play's, a book's) title is often the article and one noun ("The Hike", "The Climb", "The Walk", "The
Race"), and that noun is the word a keyword rule reads as the activity (rules.py: a hike is outdoors_nature, a race a
sport). A listing of the activity itself names it bare or with a modifier ("Hike", "Guided Hike", "Full Moon Hike",
"The Big Climb"), not "The" and the noun alone. So where the title is exactly the article and one word, a keyword
rule reads it as another kind, and the venue is a cinema ("strong" arts_culture/film in venues.py), the rule's hits
become hints (their tags stay) and the film decides: the model alone, even moved by the venue, still reads "hike" as
the activity.

Not: a longer title ("The Big Climb", "The Hike to Mount Si"), a title without the article ("Hike"), a title no rule
reads (the model and the venue decide it as before), a theatre (a band is billed "The Killers" at a theatre as often
as a play is titled so), a venue of another kind or none ("The Hike" at a park, or with no venue, stays the hike).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .rules import TITLE_DECIDING, Rule, RuleHit
from .title_places import decided_by
from .tokens import as_text
from .venues import venue_prior

ARTICLES = frozenset(("the", "a", "an"))
FILM_RULE = Rule(tag="film", category="arts_culture", subcategory="film", mode="title", phrases=("a film's title",))


def titled_work_hits(hits: list[RuleHit], record: Mapping[str, Any]) -> list[RuleHit]:
    """The hits with a film deciding where the title is an article and one word that a rule reads as another kind and
    the venue is a cinema: that rule's hits become hints. Elsewhere unchanged."""
    raw = as_text(record.get("title")).split()
    if len(raw) != 2 or raw[0].casefold() not in ARTICLES or not raw[1].strip(".!?\"'").isalpha():
        return hits
    deciding = [hit for hit in hits if hit.in_title and hit.rule.mode in TITLE_DECIDING]
    if not deciding or any(hit.rule.category == FILM_RULE.category for hit in deciding):
        return hits
    venue = venue_prior(record)
    if venue is None or venue.strength != "strong" or venue.subcategory != FILM_RULE.subcategory:
        return hits
    return decided_by(hits, deciding, FILM_RULE)
