"""A status word that a title opens or ends with, for pages and feeds alike. Pure.

Calendars mark a called-off meeting by renaming it: "Board of Adjustment - Cancellation" (CivicPlus), "Jazz Night
(Postponed)", "Konzert – abgesagt", "Budget Hearing -- CANCELLED", "Work Session [No Meeting]". A status word (any
language ``events.statuswords`` lists, or its phrases: "No meeting", "New date") after a dash, a colon, a bar or a
star, or in brackets, ends the title; so does the noun "Cancellation", but not after a colon, where it is a subject
("Contract Law 101: Cancellation"). ``tail_status`` gives the name before it and the status it says. A title that is
only the word, uses it inside ("Cancellation Policy Workshop"), or joins it by a hyphen ("Re-Cancelled") is left
alone. ``LEAD`` is the same at a title's start ("Cancelled: Board meeting", "Abgesagt – Lesung", "‼️ CANCELLED ‼️
Band": marks may set it off); ``title_status`` says which status either gives.
"""

from __future__ import annotations

import re

from events import statuswords
from events.statuswords import Status
from sources.adapters._place_labels import MARKS

_WORDS = statuswords.alternation((*statuswords.words(), *statuswords.phrases(), *statuswords.nouns()))
_LEAD_WORDS = statuswords.alternation((*statuswords.words(), *statuswords.phrases()))
_SEPARATORS = r"\-–—:(\[|*"
# " - Cancellation", " – abgesagt", ": CANCELLED!", " (Postponed)", " [Rescheduled]", " -- CANCELLED" at the end.
# The tail starts only where a run of separators (and spaces) starts: tried inside a long run, it was quadratic.
TAIL = re.compile(
    rf"(?<![\s{_SEPARATORS}])(?P<before>\s*)(?P<separator>[{_SEPARATORS}])(?P<after>[\s{_SEPARATORS}]*)"
    rf"(?P<word>{_WORDS})\W*$",
    re.IGNORECASE,
)
# "Cancelled: …", "Abgesagt – …", "New date! …", "‼️ CANCELLED ‼️ …": a status that opens the title, set off by a
# colon, a dash, a bang, a run of stars ("** Cancelled ** Ride", batch 95) or of marks (symbols and emoji: "‼️",
# "❌", "⚠️", "🚫").
_MARKS = MARKS  # (_place_labels)
LEAD = re.compile(r"^\W*(?P<word>" + _LEAD_WORDS + rf")\s*(?:[:\-–—!]|\*+|[{_MARKS}]+)\s*", re.IGNORECASE)
_JOINING = frozenset("-–—|")  # a word joined by one of these with no space on either side is one word


def tail_status(title: str) -> tuple[str, Status] | None:
    """(the title without its closing status word, the status) when a status word ends it, else None."""
    found = TAIL.search(title)
    if found is None:
        return None
    if found.group("separator") in _JOINING and not found.group("before") and not found.group("after"):
        return None  # "Re-Cancelled", a word joined by a hyphen, is no status
    name = title[: found.start()].strip()
    if not any(character.isalnum() for character in name):
        return None
    word = found.group("word")
    if _key(word) in _CANCELLATION_NOUNS:  # the noun after a colon is a subject, not a notice
        return (name, "cancelled") if found.group("separator") != ":" else None
    status = statuswords.status_of(word)
    return (name, status) if status is not None else None


def status_off(title: str) -> str:
    """``title`` without a status word it opens or ends with ("RESCHEDULED: Board meeting", "Budget Hearing -
    CANCELLED"), else as written; never empty."""
    text = LEAD.sub("", title, count=1)
    tail = tail_status(text)
    return (tail[0] if tail is not None else text).strip() or title


def title_status(title: str) -> Status | None:
    """The status a word opening or ending ``title`` says ("‼️ CANCELLED ‼️ Band", "Jazz Night (Postponed)"), else
    None."""
    lead = LEAD.match(title)
    if lead is not None:
        return statuswords.status_of(lead.group("word"))
    tail = tail_status(title)
    return tail[1] if tail is not None else None


def says_status(title: str) -> bool:
    """Whether a status word opens or ends ``title``."""
    return LEAD.search(title) is not None or tail_status(title) is not None


def _key(word: str) -> str:
    return " ".join(word.casefold().split())


_CANCELLATION_NOUNS = frozenset(_key(noun) for noun in statuswords.nouns("cancelled"))
