"""A record named only by its "short description": the name a guide or a catalogue gives it when its title field is
empty or missing (a broadcaster's EPG: "ProgramTitle" empty, "EpisodeShortDescription" "Harbour Lights",
"EpisodeLongDescription" the synopsis).

A short description is as often a blurb ("Join us for an evening of jazz."), so the key alone does not make a
title: its values must read as names, short single lines that are no sentences. Its weight is below every title
word's, so a record's own "title" or "name" always wins over it.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from sources.adapters._json_shapes import Column

SHORT_NAME_WEIGHT = 0.5
SHORT_WORDS = frozenset({"short"})
DESCRIBING_WORDS = frozenset({"description", "desc", "text"})
MAX_CHARS = 80  # a name, not a paragraph
MAX_WORDS = 10
SENTENCE_ENDS = (".", "!", "?", "。", "！", "？")
NAME_SHARE = 0.9  # of the column's values


def short_name_weight(column: Column) -> float:
    """SHORT_NAME_WEIGHT when the key says "short description" and its values read as names; 0 otherwise."""
    if not _says_short_description(column.key_words):
        return 0.0
    strings = [text.strip() for text in column.strings() if text.strip()]
    if not strings:
        return 0.0
    named = sum(1 for text in strings if _reads_as_name(text))
    return SHORT_NAME_WEIGHT if named >= NAME_SHARE * len(strings) else 0.0


def _says_short_description(names: Sequence[str]) -> bool:
    return any(word in SHORT_WORDS and after in DESCRIBING_WORDS for word, after in pairwise(names))


def _reads_as_name(text: str) -> bool:
    if len(text) > MAX_CHARS or len(text.split()) > MAX_WORDS or "\n" in text or "<" in text:
        return False
    return not text.endswith(SENTENCE_ENDS) and ". " not in text
