"""A feed item's status said at the end of its title, for the ``rss`` adapter. Pure.

Calendars mark a called-off meeting by renaming it: "Board of Adjustment - Cancellation" (CivicPlus), "Jazz Night
(Postponed)", "Konzert – abgesagt". The status word (any language ``events.statuswords`` lists) after a dash,
a colon or a bar, or alone in closing brackets, ends the title; so does the noun "Cancellation", but not after a
colon, where it is a subject ("Contract Law 101: Cancellation"). The event's status is that word's, and its name the title before it (the item's own wording is kept as ``source_title``). A title that is
only the word, or uses it inside ("Cancellation Policy Workshop"), is left alone; a word at the title's start is
``_feed_fields.item_status``'s.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import re

from events import statuswords
from events.statuswords import Status
from sources.adapters._feed_fields import Naming

# " - Cancellation", " – abgesagt", ": CANCELLED!", " (Postponed)", " [Rescheduled]" at the title's end.
_WORDS = statuswords.alternation((*statuswords.words(), *statuswords.nouns()))
TAIL = re.compile(
    r"(?P<separator>[-–—|:])\s*(?P<dashed>" + _WORDS + r")[\s!.]*$"
    r"|[(\[]\s*(?P<bracketed>" + _WORDS + r")\s*[)\]][\s!.]*$",
    re.IGNORECASE,
)


def tail_status(title: str) -> tuple[str, Status] | None:
    """(the title without its closing status word, the status) when a status word ends it, else None."""
    found = TAIL.search(title)
    if found is None:
        return None
    name = title[: found.start()]
    if found.group("separator") in ("-", "–", "—", "|") and not name[-1:].isspace():
        return None  # "Re-Cancelled", a word joined by a hyphen, is no status
    name = name.strip()
    if not any(character.isalnum() for character in name):
        return None
    word = found.group("dashed") or found.group("bracketed")
    noun: Status | None = "cancelled" if _key(word) in _CANCELLATION_NOUNS and found.group("separator") != ":" else None
    status = statuswords.status_of(word) or noun
    return (name, status) if status is not None else None


def _key(word: str) -> str:
    return " ".join(word.casefold().split())


_CANCELLATION_NOUNS = frozenset(_key(noun) for noun in statuswords.nouns("cancelled"))


def named_status(naming: Naming) -> tuple[Naming, Status | None]:
    """The naming without a closing status word (the item's own title kept as ``source_title``), and the status
    that word says; the naming itself and None when no status word ends its title."""
    found = tail_status(naming.title)
    if found is None:
        return naming, None
    name, status = found
    return dataclasses.replace(naming, title=name, source_title=naming.source_title or naming.title), status
