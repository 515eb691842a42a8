"""A title that is only a kind of event and its number ("Meetup #3", "Seminar 2", "Workshop No. 4", "Lecture 12th"):
the n-th of a series, which the rest of the title tells apart. Pure.

``titles.strip_own_noise`` drops a trailing segment naming the event's own place when what is left is still a full
title. "Meetup #3 @ CIC, DU" (held-out batch 66's Delhi meetups, fixed in batch 67) lost its place and became
"Meetup #3": a kind and a count, which names no series. Such a rest keeps its place; a rest with any other word of
substance ("Rust Meetup #3", "Jazz Night") is a name and the place still goes, as does a lone kind ("Meetup": the
pipeline's older reading, one word that names an event).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable

COUNT_WORDS = frozenset({"no", "nr", "num", "number", "part", "pt", "vol", "volume", "edition", "ed"})
ORDINAL_ENDS = ("st", "nd", "rd", "th")


def numbered_kind(words: Iterable[str], kind_words: Collection[str], small_words: Collection[str]) -> bool:
    """Whether the title's words (casefolded) are kinds of event and counts only, with one of each at least."""
    kinds = numbers = 0
    for word in words:
        if word in small_words or word in COUNT_WORDS:
            continue
        if word.isdigit() or (word[:-2].isdigit() and word.endswith(ORDINAL_ENDS)):
            numbers += 1
        elif word in kind_words:
            kinds += 1
        else:
            return False
    return kinds >= 1 and numbers >= 1
