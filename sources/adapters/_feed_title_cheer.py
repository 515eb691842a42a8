"""A cheer run on after an item's name in capitals is no part of the name, for the ``rss`` adapter (issue #13, batch
69). Pure.

A school's notification feed, re-served by an RSS aggregator, titles its post as the event's name in capitals and,
after it, the line the post opened with: "WAMPUS CAT INVITATIONAL 2026 Tomorrow is the big day!", "SPRING GALA
2031 Don't miss it!", "FALL FESTIVAL Come out and join us!". The name is the capitals; the cheer is a sentence of
its own, in ordinary case, ending with "!" and opening with a cheer's words (a day near the post: "Tomorrow",
"Tonight", "This Saturday"; a call: "Don't miss", "Come out", "Join us", "See you", "Get ready").

Not cut: a title in ordinary case ("Spring Gala Tomorrow is the big day!": no capitals mark where the name ends), a
capitals run of one word ("GALA Tomorrow is the big day!": an acronym or a shout, not a name), a remainder that is
not a cheer ("LIVE MUSIC Jazz night with the trio!", "NEW YORK Knicks beat Celtics!": no cheer's opening), one
that does not end with "!" ("WINTER CONCERT Tomorrow at the hall"), a cheer longer than twelve words.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

MAX_TITLE = 200
MAX_CHEER_WORDS = 12
SEPARATORS = frozenset({"-", "–", "—", ":", "|"})
# One word of a name in capitals or a number: "WAMPUS", "2026", "K-12", "ST.", "O'NEIL", "&".
CAPS_WORD = re.compile(r"[A-Z0-9][A-Z0-9'’.&/-]*+|&")
CHEER_OPENING = re.compile(
    r"(?:tomorrow|today|tonight|this[ \t]+(?:weekend|week|saturday|sunday|friday|evening|morning)"
    r"|don[’']?t[ \t]+(?:miss|forget)|do[ \t]+not[ \t]+miss|come[ \t]+(?:out|on[ \t]+out|and|join|along|see)"
    r"|join[ \t]+us|see[ \t]+you|get[ \t]+ready|be[ \t]+there|let[’']?s[ \t]+go|we[ \t]+can[’']?t[ \t]+wait"
    r"|can[’']?t[ \t]+wait)\b",
    re.IGNORECASE,
)


def cheer_off(title: str | None) -> str | None:
    """The name in capitals before a cheer ("WAMPUS CAT INVITATIONAL 2026"), or None when the title has none."""
    if not title or len(title) > MAX_TITLE or not title.rstrip().endswith("!"):
        return None
    words = title.split()
    lead = 0
    while lead < len(words) and CAPS_WORD.fullmatch(words[lead]) and _capitals(words[lead]):
        lead += 1
    cheer = words[lead:]
    if cheer and cheer[0] in SEPARATORS:  # "BAND NIGHT - Don't miss it!"
        cheer = cheer[1:]
    lettered = [word for word in words[:lead] if any(c.isalpha() for c in word)]
    if len(lettered) < 2 or not 2 <= len(cheer) <= MAX_CHEER_WORDS:
        return None
    if not cheer[0][0].isupper() or cheer[0].isupper():  # "Tomorrow", not "TOMORROW" (still the capitals)
        return None
    if CHEER_OPENING.match(" ".join(cheer)) is None:
        return None
    return " ".join(words[:lead]).rstrip(" -–—:,")


def _capitals(word: str) -> bool:
    """A word in capitals or a number ("WAMPUS", "2026", "&"), not one capitalised letter and lower case."""
    return not any(c.islower() for c in word)
