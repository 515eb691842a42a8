"""A festival's stage as the place of its sets (batch 49, APIs).

A line-up written as a flat list of sets ({start_time, end_time, stage: "Neumos Stage", artist}) says where each
set is by its stage alone: no venue, no room, no address. The stage is the place a person walks to, as a room is
at a conference, so it is the set's place when nothing better names one (a venue or location key outranks it).

Not a place: a competition's phase under the same word ("stage": "Group Stage", "Round of 16", "Stage 5", a
numbered stage of a race), a pipeline's or a project's step ("stage": "draft", "Closed Won", "beta"): phase and
step words, a number, or names not written as names (lower case) rule a column out.
"""

from __future__ import annotations

from sources.adapters._json_shapes import Column, text_column, words

# The key of a stage, as line-ups write it: "stage", "stageName", "stage_name", "Bühne", "escenario", "palco".
STAGE_KEYS = frozenset({"stage", "stages", "buhne", "escenario", "palco"})
# A competition's phases and a pipeline's steps: what "stage" says when it is not a place.
PHASE_WORDS = frozenset(
    {"group", "groups", "round", "rounds", "final", "finals", "semifinal", "semifinals", "semi", "quarter",
     "quarterfinal", "quarterfinals", "qualifying", "qualifier", "qualifiers", "qualification", "playoff",
     "playoffs", "knockout", "league", "season", "regular", "pool", "heat", "heats", "leg", "matchday",
     "preliminary", "elimination", "championship", "phase", "bracket", "division", "friendly", "series", "of",
     "draft", "planning", "planned", "proposal", "proposed", "review", "approved", "published", "beta", "alpha",
     "production", "staging", "development", "prototype", "idea", "done", "completed", "active", "pending",
     "open", "closed", "new", "lead", "won", "lost", "negotiation", "prospect", "onboarding"}
)  # fmt: skip
NAMED_SHARE = 0.8  # of a column's values written as names (a capital first) for it to name stages


def stage_place(column: Column) -> bool:
    """Whether a column names the stage each item is on: a stage key ("stage", "stage.name") whose values are
    names ("Main Stage", "Neumos Stage"), none a phase or a step, none with a number."""
    keys = set(column.key_words) | set(column.holder_words)
    if not keys & STAGE_KEYS or not text_column(column):
        return False
    strings = [text.strip() for text in column.strings() if text.strip()]
    if not strings:
        return False
    if any(any(char.isdigit() for char in text) or set(words(text)) & PHASE_WORDS for text in strings):
        return False
    return sum(1 for text in strings if text[0].isupper()) >= NAMED_SHARE * len(strings)
