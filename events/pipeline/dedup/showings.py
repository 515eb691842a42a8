"""What says two listings are two showings of one programme, not one event listed twice: one source listing it at
two starts, or two numbered rooms of one building. A cinema lists one film on four screens a day; a theatre its
matinee and its evening show; a conference centre one talk in Hall 1 and another in Hall 2. Their title is the
same and their street address is the same, so only these two facts keep them apart."""

from __future__ import annotations

import functools

from events.pipeline.dedup.records import _Node
from events.pipeline.dedup.text import _is_number


@functools.lru_cache(maxsize=16_384)
def _name_numbers(name: tuple[str, ...]) -> frozenset[str]:
    return frozenset(token for token in name if _is_number(token))


def numbered_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both names carry numbers and neither's numbers hold the other's: "Studio 1" and "Studio 2" are two rooms,
    "118 Clark Street" and "121 Clark Street" two buildings; a ZIP code more on one side is not a difference."""
    numbers_a, numbers_b = _name_numbers(a), _name_numbers(b)
    return bool(numbers_a and numbers_b) and not (numbers_a <= numbers_b or numbers_b <= numbers_a)


@functools.lru_cache(maxsize=16_384)
def _name_words(name: tuple[str, ...]) -> frozenset[str]:
    return frozenset(token for token in name if not _is_number(token))


def two_rooms(a: _Node, b: _Node) -> bool:
    """Both listings name their room, one name but for its number ("Clairidge Cinema 2" / "Clairidge Cinema 5"):
    two rooms of one building, whose one street address, which both give, says nothing about which room. Names
    that differ in more than the number ("City Council Chamber, 2nd Fl" / "121 N. LaSalle St.") are left to the
    other comparisons: a floor and a street number are not two rooms."""
    if not (a.venue and b.venue) or not numbered_apart(a.venue, b.venue):
        return False
    words = _name_words(a.venue)
    return bool(words) and words == _name_words(b.venue)


def own_other_start(a: _Node, b: _Node) -> bool:
    """One source lists the two at two different times in one batch: a source lists each showing of its programme
    once, so its two listings at 17:45 and 19:30 are two showings (a repost keeps its start). Against a published
    event's listing the source may since have moved the start (and an id made from the start changes with it),
    so the scores decide as before; and two sources may still disagree about one start. Records that name no
    source say nothing about who listed them. Nor do two fetches of one source (a batch may hold both when
    processing fell behind): a listing its source's later fetch no longer gave ("last_seen" earlier than the
    other's) may be the one whose start the source has since moved."""
    if not a.source or a.source != b.source or a.event_id is not None or b.event_id is not None:
        return False
    if a.seen and b.seen and a.seen != b.seen:
        return False
    return a.minutes is not None and b.minutes is not None and a.minutes != b.minutes
