"""A call for volunteers titled by the event it serves: "Quorvane Creek Day" over "We are looking for volunteers to
pick up litter along the creek", "Harbourside Half Marathon" over "Volunteer shifts are open for course marshals"
(model.py pairs it with the other rules).

A volunteer centre's or a charity's listing of a call is titled by the event the volunteers serve (a clean-up, a race,
a festival, a camp); the title names no volunteering, so the model reads the event itself and the title rules only
say what the event is. The call is in the description: where it opens the description, the listing is the call, and
our taxonomy files it under community_civic/volunteering, whatever the event is.

The call decides only where it begins the description's opening sentence (``opening_sentence``, within its first
LEAD_WORDS words): a festival's page that asks for helpers after its own words ("Three stages of live bands …
Volunteers needed: sign up at the info booth", "Live bands and food trucks; volunteers sign up on GitHub") is still
the festival, and volunteers named without a call ("Run by volunteers since 1998", "our volunteer musicians") decide
nothing. Where the opening sentence holds a call, the other rules' deciding hits are kept as hints (they still name
the tags) and the call decides, as a title's rule would.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Any

from .rules import DESCRIPTION_DECIDING, TITLE_DECIDING, Rule, RuleHit
from .tokens import as_text, words

# Phrases that ask for volunteers, as words() reads them (stemmed: "volunteers" is "volunteer"; hyphens split).
CALL_PHRASES = tuple(
    tuple(words(phrase))
    for phrase in (
        "volunteers needed",
        "volunteer needed",
        "volunteers wanted",
        "looking for volunteers",
        "seeking volunteers",
        "searching for volunteers",
        "recruiting volunteers",
        "we need volunteers",
        "need volunteers",
        "needs volunteers",
        "call for volunteers",
        "calling all volunteers",
        "sign up to volunteer",
        "signup to volunteer",
        "register to volunteer",
        "volunteer opportunity",
        "volunteer opportunities",
        "volunteers are needed",
        "volunteers are wanted",
    )
)
# The volunteers' duties where they open a volunteer centre's listing ("Volunteers will help with carnival games,
# registration or children's activities"), as its first words only ("Our volunteers will help you find a seat" is a
# venue's ushers): the verbs of a shift's work only, so that "Volunteers will lead the walk" (a guided walk's guides)
# or "Volunteers will be on hand" (a festival's stewards) decide nothing.
DUTY_PHRASES = tuple(tuple(words(f"volunteers will {verb}")) for verb in ("help", "assist", "sort", "pack", "serve"))
# A volunteers' sign-up, registration or shift named as a thing ("Volunteer registration desk opens at 6:30am") is
# no call; it is one when the words right after it say it is open ("Volunteer shifts are open", "Volunteer sign-up
# opens Monday", "Volunteer registration is now available").
NOUN_PHRASES = tuple(
    tuple(words(phrase))
    for phrase in ("volunteer sign up", "volunteer signup", "volunteer registration", "volunteer shift")
)
OPEN_WORDS = frozenset(("open", "opened", "available"))
OPEN_LINKS = frozenset(("is", "are", "now", "still"))
# A call negated right before it, in the two words before ("No volunteers needed", "We don't need volunteers",
# "We are not looking for volunteers"), is none.
NEGATIONS = frozenset(
    "no not never nor without don't dont doesn't aren't isn't won't didn't don’t doesn’t aren’t isn’t won’t".split()
)
NEGATION_REACH = 2
CALL_RULE = Rule(
    tag="volunteering",
    category="community_civic",
    subcategory="volunteering",
    mode="title",
    phrases=tuple(" ".join(phrase) for phrase in (*CALL_PHRASES, *NOUN_PHRASES)),
)
# The opening sentence ends at the first ".", "!" or "?" followed by a space (or the text's end), or at a line break.
_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
DECIDING = frozenset((*TITLE_DECIDING, *DESCRIPTION_DECIDING))
SET_ASIDE = frozenset((*DECIDING, "audience"))  # the modes a call turns into hints
# How far into the opening sentence the call may start: after a subject ("The park district is seeking volunteers")
# at most; further on, the sentence is about something else and mentions volunteers in passing.
LEAD_WORDS = 5
# An invitation in the imperative that opens the description ("Volunteer with Green Quorvane.", "Come volunteer at the
# food bank", "Please volunteer for the spring clean-up") is a call too. Read on the raw words, not words()'s stems:
# "Volunteers with experience lead the tour" (a plural subject) and "Our volunteer with the most hours" are none.
INVITING = frozenset(("come", "please"))
INVITED_TO = frozenset(("with", "at", "for"))


def opening_sentence(text: str) -> str:
    """The description's first sentence, with its closing mark ("Volunteers needed!"); the whole text if none ends."""
    text = text.strip()
    end = _SENTENCE_END.search(text)
    if end is None:
        return text
    return text[: end.end()].strip() if end.group() != "\n" else text[: end.start()].strip()


def calls_for_volunteers(text: str) -> bool:
    """Whether ``text``'s opening sentence begins by asking for volunteers: a CALL_PHRASES phrase, as consecutive
    words, starting within its first LEAD_WORDS words ("We are looking for volunteers …", "Volunteers needed!"), or a
    DUTY_PHRASES phrase as its first words ("Volunteers will help with …"), not
    further on ("Live bands and food trucks; volunteers sign up on GitHub" is a festival's); a NOUN_PHRASES phrase
    only when it says it is open; neither when negated right before it ("No volunteers needed this year")."""
    sentence = opening_sentence(text)
    if "volunteer" not in sentence.lower():  # every phrase holds the word: most descriptions end here, untokenised
        return False
    if invites_to_volunteer(sentence):
        return True
    found = words(sentence)
    if any(tuple(found[: len(phrase)]) == phrase for phrase in DUTY_PHRASES):
        return True
    for start in range(min(LEAD_WORDS, len(found))):
        if _negated(found, start):
            continue
        if any(tuple(found[start : start + len(phrase)]) == phrase for phrase in CALL_PHRASES):
            return True
        if any(_open_after(found, start, phrase) for phrase in NOUN_PHRASES):
            return True
    return False


def invites_to_volunteer(sentence: str) -> bool:
    """Whether ``sentence`` opens with the imperative "Volunteer with/at/for …", after "Come" or "Please" at most."""
    raw = [token.strip(",:;!.\"'()").casefold() for token in sentence.split()[:3]]
    if raw[:1] and raw[0] in INVITING:
        raw = raw[1:]
    return len(raw) >= 2 and raw[0] == "volunteer" and raw[1] in INVITED_TO


def _negated(found: list[str], start: int) -> bool:
    return any(word in NEGATIONS for word in found[max(0, start - NEGATION_REACH) : start])


def _open_after(found: list[str], start: int, phrase: tuple[str, ...]) -> bool:
    """Whether ``phrase`` stands at ``start`` and the words after it say it is open ("are now open")."""
    end = start + len(phrase)
    if tuple(found[start:end]) != phrase:
        return False
    for word in found[end : end + 3]:
        if word in OPEN_WORDS:
            return True
        if word not in OPEN_LINKS:
            return False
    return False


def volunteer_call_hits(hits: list[RuleHit], record: Mapping[str, Any]) -> list[RuleHit]:
    """The hits with the call deciding where the description opens with one: the other rules' deciding hits and the
    title's audience words become hints (their tags stay: a call for a kids' carnival's helpers is the call, not a
    kids' event); elsewhere the hits unchanged."""
    if not calls_for_volunteers(as_text(record.get("description"))):
        return hits
    kept = [
        dataclasses.replace(hit, rule=dataclasses.replace(hit.rule, mode="hint"))
        if hit.rule.mode in SET_ASIDE and hit.rule.category != CALL_RULE.category
        else hit
        for hit in hits
    ]
    return [*kept, RuleHit(CALL_RULE, in_title=True)]
