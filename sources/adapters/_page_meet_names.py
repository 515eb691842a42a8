"""A meet by its name is one event, not a body that meets (helper pages113).

A page's statement of when its meetings are held is a sentence with "meet", "meeting" or "session" in it ("The
Board meets on the first Monday at 7 p.m."); its time goes to every meeting the page lists. A model railway club's
events page says, under its second date, "We will have several tables at the Swap Meet from 8:30 am to noon.": the
noun "Meet" in a name (a swap meet, a track, swim or fall meet) is one occasion's, and its hours were given to the
page's other event, a month's holiday display, as the page's rule.

``meet_named``: every schedule word of the sentence is a capitalised "Meet" in a name (after a capitalised word,
"Swap Meet", or after "the"/"a"/"our"/"this": "the Fall Meet"), not a verb: a Title Case "Members Meet at 7pm" or
"Club Will Meet Every Tuesday" (a preposition or a frequency after it; a plural or an auxiliary before it) still
states the meetings' time, as "meets", "meetings" and "sessions" do. Review55: "Meet & Greet" (or "and Greet")
anywhere, and "Meet the …" opening the sentence ("Meet the Artist at 7pm", "Meet the Author": an event's name, an
invitation, not a statement of when a body meets; not "Members Meet the First Monday").
"""

from __future__ import annotations

import re

# The words a meetings statement is found by (_page_schedule.DEFAULTS_SENTENCE), each looked at here.
SCHEDULE_WORD = re.compile(r"\b(?:meet|meets|meetings?|hearings?|sessions?|convenes?)\b", re.I)
# What may stand before a named "Meet": a capitalised word that is no plural subject ("Swap", "Fall", "Track", not
# "Members") nor an auxiliary ("Will", "Shall", "Can"), or an article or determiner.
_NAMED_BEFORE = re.compile(
    r"(?:\b(?!(?:Will|Shall|Can|Could|May|Must|Should|Would|To|Then|We|They|You|Also)\s)"
    r"[A-Z][\w'’-]*(?<![^s]s)|\b(?:the|a|our|this|that|their|its|annual|The|A|Our|This|That|Their|Its))\s+$"
)
# What follows the verb "meet" in a Title Case statement ("Meet at 7pm", "Meet Every Tuesday", "Meet Monthly").
_VERB_AFTER = re.compile(
    r"[ \t]{1,3}(?:at|on|in|every|each|monthly|weekly|fortnightly|regularly|twice|once|daily|annually)\b", re.I
)
_BEFORE_WINDOW = 40
_GREET_AFTER = re.compile(r"[ \t]{0,3}(?:&|and|'n'|-and-|\+)[ \t-]{0,3}Greet\b", re.I)
_THE_AFTER = re.compile(r"[ \t]{1,3}(?:the|our|your)[ \t]{1,3}[A-Z]")


def meet_named(sentence: str) -> bool:
    """Whether the sentence's only schedule words are "Meet"s in names (see the module's docstring)."""
    words = list(SCHEDULE_WORD.finditer(sentence))
    return bool(words) and all(_named(sentence, word) for word in words)


def _named(sentence: str, word: re.Match[str]) -> bool:
    if word.group() != "Meet":
        return False
    before = sentence[max(0, word.start() - _BEFORE_WINDOW) : word.start()]
    if _GREET_AFTER.match(sentence, word.end()):
        return True  # "Meet & Greet": one occasion's name
    if not before.strip(" \t\"'“‘(") and _THE_AFTER.match(sentence, word.end()):
        return True  # "Meet the Artist at 7pm" opening the sentence: an invitation to one event
    return bool(_NAMED_BEFORE.search(before)) and not _VERB_AFTER.match(sentence, word.end())
