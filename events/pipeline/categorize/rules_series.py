"""A group's numbered gathering: "Meetup #41", "Meet-up No. 7", "Session 12" (model.decide reads it with the organizer).

A developers' group on Meetup titles its events by their number in the series, and describes them by their talks and
sponsors: the title names no kind of event, and the shipped model, reading "Meetup #47" by "Copenhagen Rust Community"
with "two talks, food sponsored by …", took it for a civic meeting, a nightlife night or a comedy show. The group's
name says what it meets about, but a programming language alone is no rule of rules.py ("Rust" is a colour, "Ruby" a
name): rules_bodies.SOFTWARE_COMMUNITIES lists them.

So a title that is only a gathering's word and its number (``numbers_a_gathering``: "Meetup #41", "Session No. 3",
"Hacknight 2"; nothing else: "Meetup #9: Summer Picnic" is read by its words) decides tech_business/meetups, as a
description's rule, where a word of SOFTWARE_COMMUNITIES is in the organizer's name and the description repeats it
("Welcome to Rust meetup #47"), and no rule fired in the organizer's name for another kind ("Rust Belt Runners Club").
A book club's "Meetup #4" or "Ruby's Knitting Circle" (no "Ruby" below) is left to the model.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from .rules import Rule, RuleHit
from .rules_bodies import SOFTWARE_COMMUNITIES
from .tokens import as_text, content_words, words

SERIES_TAG = "numbered-gathering"
# A group's words for one of its gatherings, and the words a number is written with ("No. 7", "Nr 7"), as words()
# reads them.
GATHERING_WORDS = frozenset(words("meetup meetups meet up hacknight session sessions gathering night edition episode"))
NUMBER_WORDS = frozenset(words("no nr number"))
SERIES_RULE = Rule(SERIES_TAG, "tech_business", "meetups", "any", ())


def numbers_a_gathering(title: str) -> bool:
    """Whether a title is only a gathering's word and its number ("Meetup #41", "Meet-up No. 7", "Session 12")."""
    found = words(title)
    content = content_words(found)
    return (
        any(word.isdigit() for word in found)
        and bool(content)
        and all(word in GATHERING_WORDS or word in NUMBER_WORDS for word in content)
        and all(word.isdigit() or word in GATHERING_WORDS or word in NUMBER_WORDS for word in found)
    )


def series_hits(
    hits: Sequence[RuleHit], record: Mapping[str, Any], organizer: str, organizer_rules: Sequence[RuleHit]
) -> list[RuleHit]:
    """A tech meetup's hit (as a description's) for a software group's numbered gathering; none elsewhere. `hits` are
    the event's hits so far; `organizer_rules` every rule the organizer's name fires, read as a title."""
    title = as_text(record.get("title"))
    if not organizer or not numbers_a_gathering(title) or any(hit.in_title for hit in hits):
        return []
    named = SOFTWARE_COMMUNITIES.intersection(words(organizer))
    if not named or named.isdisjoint(words(as_text(record.get("description")))):
        return []
    if any(hit.rule.category not in (None, "tech_business") for hit in (*hits, *organizer_rules)):
        return []
    return [RuleHit(SERIES_RULE, in_title=False)]
