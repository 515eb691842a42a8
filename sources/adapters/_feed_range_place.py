"""The room written after an item's clock range is its place, for the ``rss`` adapter (issue #13, left36). Pure.

An office's room calendar exported to RSS (batch 65) writes each booking's description as its clock range and its
room: "11:30 AM - 05:00 PM - Board Room 252", "19:00–21:00 Room 4B". The range dated the item
(``_feed_clock_pubdate``), but the room was read as nothing: such items have no place element, and the title names
the meeting, not where it is.

A line of the item's description that holds a clock range (two clocks joined by a dash, "to" or "until") and after
it, to the line's end, only a short place is read as the item's venue when nothing else gives one: after a dash, a
bar, a comma, a bracket, "in" or "at", or nothing, a name of at most six words that holds a room's or a building's
noun (room, hall, suite, studio, library, auditorium, court… and "Raum", "Saal", "salle", "sala", "aula", "zaal";
``PLACE_NOUN``) and whose other words are capitalised or numbered ("Board Room 252", "Room 4B", "Main Hall").

Not: a tail that runs on as words ("19:00–21:00 Room for everyone to chat", "Office hours"), a sentence (".", "!",
"?", ":" in it), a tail with no place's noun ("- Yoga for beginners", "- Fed holds rates"), one clock alone, a
range in the middle of a sentence with words after the place.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import html
import re

# A clock: "09:00 AM", "9 am", "9:00 p.m.", "21:00" (a colon needed without a meridiem); ``_feed_clock_pubdate``'s too.
CLOCK = r"(\d{1,2})(?::(\d{2}))?\s?([ap])\.?\s?m\b\.?|(\d{1,2}):(\d{2})\b"
MAX_MARKUP = 4_000  # characters of a description looked at
MAX_LINES = 20
MAX_LINE = 200
MAX_TAIL = 60
MAX_WORDS = 6
CLOCK_RANGE = re.compile(
    rf"(?<![\d:])(?:{CLOCK})[ \t]{{0,3}}(?:[-–—]|to\b|until\b)[ \t]{{0,3}}(?:{CLOCK})", re.IGNORECASE
)
LINE_BREAK = re.compile(r"<br[ \t]{0,3}/?>|</?(?:p|div|li|tr|td|h[1-6])\b[^<>\n]{0,200}>|\n", re.IGNORECASE)
TAG = re.compile(r"<[^<>\n]{0,300}>")
LEAD = re.compile(r"\A[ \t]{0,3}(?:[-–—|,(][ \t]{0,3})?(?:(?:in|at|im|à|en)[ \t]{1,3})?", re.IGNORECASE)
PLACE_NOUN = re.compile(
    r"(?:rooms?|boardroom|classroom|hall|suite|studio|lab|laboratory|library|auditorium|theatre|theater|chapel|"
    r"church|lounge|gym|gymnasium|ballroom|pavilion|centre|center|office|court|arena|stage|annex|annexe|"
    r"raum|saal|salle|sala|aula|zaal|lokaal)",
    re.IGNORECASE,
)
JOINING = frozenset({"of", "de", "du", "des", "la", "le", "del", "der", "am", "&"})


def range_place(markup: str | None) -> str | None:
    """The place written after a clock range in one of the description's lines, or None (see the module)."""
    if not markup:
        return None
    for line in LINE_BREAK.split(markup[:MAX_MARKUP])[:MAX_LINES]:
        text = " ".join(html.unescape(TAG.sub(" ", line[:MAX_LINE])).split())
        found = CLOCK_RANGE.search(text)
        if found is None:
            continue
        place = tail_place(text[found.end() :])
        if place is not None:
            return place
    return None


def tail_place(tail: str) -> str | None:
    """The tail after a range when it is a short place ("- Board Room 252", "Room 4B", "(Main Hall)"), or None."""
    tail = tail[LEAD.match(tail).end() :].strip().rstrip(")").strip()  # type: ignore[union-attr]
    if not tail or len(tail) > MAX_TAIL or any(mark in tail for mark in ".!?:;") or not tail[0].isalnum():
        return None
    words = tail.split()
    if len(words) > MAX_WORDS or not any(PLACE_NOUN.fullmatch(word) for word in words):
        return None
    if all(_named(word) for word in words) and not _named_after(words):
        return tail
    return None


def _named_after(words: list[str]) -> bool:
    """Whether words that are no room's number follow the last room's noun of a tail that does not open with it: a
    band's or a show's name ("The Hall Monitors", "The Ballroom Blitz Band"; review43). A place in English ends with
    its noun or its number ("Main Hall", "Board Room 252"); one in other languages opens with it ("Salle Molière")."""
    last = max(index for index, word in enumerate(words) if PLACE_NOUN.fullmatch(word))
    return last > 0 and any(not _code(word) for word in words[last + 1 :])


def _code(word: str) -> bool:
    """A room's number or letter: "252", "4B", "B", "IV"."""
    return any(c.isdigit() for c in word) or len(word) <= 2 or word.isupper() and len(word) <= 4


def _named(word: str) -> bool:
    """A place's word: capitalised, numbered, a room's noun, or a joining word ("of", "de")."""
    return word[0].isupper() or any(c.isdigit() for c in word) or bool(PLACE_NOUN.fullmatch(word)) or word in JOINING
