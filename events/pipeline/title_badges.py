"""A premiere's badge shouted after a title: "Vem fan gillar opera? PREMIÄR" is "Vem fan gillar opera?". Pure.

Theatres and opera houses mark a production's first night by appending the word, in capitals, to the title in their
listing ("Jag är Ulla Winblad PREMIÄR", "Hamlet – PREMIERE", "Die Fledermaus (PREMIERE)", "Romeo a Julie PREMIÉRA"):
a badge beside the name, like "SOLD OUT" (``titles.MARKER_SUFFIXES``), not part of it. The next evening's row has
the name alone, so the badge also splits one production into two titles.

The badge is taken off only when it is shouted in a title that is not (a word in capitals after words in lower case,
set off by a space, a dash, a bar or brackets) and something of the title is left. Kept as written: a title in
capitals throughout ("NEW YORK PREMIERE"), the word in the title's own case ("Film Premiere", "The Premiere", "Gala
Premiere Night"), the word alone, and a badge that is not a premiere's.
"""

from __future__ import annotations

import re

# The word for a first night (or a world premiere) in the languages listings write: English and French, Swedish,
# Danish, Norwegian, German, Dutch, Czech, Slovak, Polish, Italian, Spanish, Portuguese, Finnish.
BADGE_WORDS = (
    "PREMIERE", "PREMIÈRE", "PREMIÄR", "PREMIERA", "PREMIÉRA", "PREMIJERA", "URPREMIÄR", "URPREMIERE",
    "URAUFFÜHRUNG", "WORLD PREMIERE", "ESTRENO", "ESTREIA", "ENSI-ILTA", "PRIMA ASSOLUTA",
)  # fmt: skip
_WORDS = "|".join(sorted((re.escape(word) for word in BADGE_WORDS), key=len, reverse=True))
# The badge at the title's end: set off by a space (and a dash, a bar, a colon or a bullet) or in brackets, at most
# a "!" after it. Read case-blind; ``without_badge`` then asks that it be written in capitals.
BADGE_TAIL = re.compile(
    r"(?<=\S)\s++(?:[-–—|:•]\s*+)?(?P<open>[(\[]\s*+)?(?P<badge>" + _WORDS + r")(?(open)\s*+[)\]])\s*+!*+\s*+$",
    re.IGNORECASE,
)
SEPARATORS = " -–—|:•"
MAX_QUALIFIERS = 2  # words in capitals before the badge read as its qualifier ("UK PREMIERE", "SVENSK PREMIÄR")
MIN_LEFT = 3  # characters of a title left without its badge


def without_badge(title: str) -> str:
    """``title`` without a premiere's badge shouted at its end (see module doc), else as written."""
    found = BADGE_TAIL.search(title)
    if found is None or found.group("badge") != found.group("badge").upper():
        return title
    rest = title[: found.start()].rstrip(SEPARATORS)
    if title[len(rest) : found.start("badge")].strip() == "":  # set off by a space alone
        unqualified = _without_qualifier(rest)
        if unqualified is None:
            return title
        rest = unqualified
    if len(rest) < MIN_LEFT or not any(character.islower() for character in rest):
        return title
    return rest


def _without_qualifier(rest: str) -> str | None:
    """``rest`` (a title before a badge set off by a space) without the badge's qualifier: the words in capitals
    right before the badge ("Dune – UK PREMIERE", "Oppenheimer | NORDIC PREMIERE") when a dash, a bar, a colon or a
    bullet sets them off from the title. ``rest`` itself when its last word is no capitals; None (keep the title as
    written) when capitals end it with no separator before them ("Star Wars Episode IV UK PREMIERE": which of them
    are the title's is a guess). review37: "Dune – UK PREMIERE" was "Dune – UK"."""
    words = rest.split(" ")
    taken = 0
    while taken < MAX_QUALIFIERS and len(words) > 1 and _capitals(words[-1]):
        words.pop()
        taken += 1
        before = " ".join(words)
        if before and before[-1] in SEPARATORS.strip():
            return before.rstrip(SEPARATORS)
    return rest if taken == 0 else None


def _capitals(word: str) -> bool:
    letters = [character for character in word if character.isalpha()]
    return len(letters) >= 2 and all(character.isupper() for character in letters)
