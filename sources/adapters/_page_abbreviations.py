"""A full stop that closes an abbreviation before a name is no sentence's end (left44, from the lead's read-through
after review58). Pure.

"19:30 Quiz Night at The Crown, 2 talks by Dr. Jones" was titled "Quiz Night, 2 talks by Dr": the first-sentence
readers (``_page_clock_sentences``, ``_page_opening_places``) cut at any full stop before a capital. A person's title
or a saint's ("Dr.", "Mr.", "Mrs.", "Prof.", "Rev.", "St."), in the languages the pages are read in (German "Hr.",
"Fr.", "Pfr.", "Dipl.-Ing."; French "Mme.", "Mlle."; Spanish "Sra.", "Dña.", "Lic."; Italian "Sig.", "Dott.",
"Avv."; Dutch "Dhr.", "Mevr.", "Drs."), or a capital's initial ("J. Smith"), holds its dot, and the sentence runs on
over it.

Not (hard negatives): a full stop after any other word ("The Crown. Free entry"), after a number ("Room 12. Doors
open"), a word that merely ends in such letters ("Fundraiser. Tickets", "Post. Doors": the abbreviation must be the
whole word), a small word that is also an abbreviation somewhere ("me", "no", "on": left out, too often a sentence's
last word). review59: nor a street's "St."/"Dr." after the street's name or its number ("5 High St. Free entry", "12
Oak Dr. Parking on site"), nor a capital after a hall's or a room's name ("Hall B. Free entry", "Studio A."): the
sentence ends there; a saint's or a doctor's title follows a small word or a comma ("at St. Mary's", "by Dr. Jones",
"Crown, St. Albans"), an initial a given name ("John F. Kennedy") or another initial ("J. R. R. Tolkien").
"""

from __future__ import annotations

import re

from sources.adapters._given_names import given_name

__all__ = ["abbreviation_dot", "sentence_end"]

# The whole word before the dot: a title's abbreviation (case-insensitive) or one capital letter (an initial).
ABBREVIATION = re.compile(
    r"(?<![\w.'’-])(?:(?i:dr|dra|drs|mr|mrs|ms|mx|messrs|prof|rev|revd|st|sts|ste|sr|sra|srta|sres|jr|fr|frl|hr|hrn"
    r"|pfr|dipl|ing|mag|mme|mmes|mlle|mlles|pr|dña|lic|arq|sig|sigg|dott|avv|geom|dhr|mevr|mw|ir|ds|capt|sgt|col"
    r"|gen|lt|cllr|hon|gov|pres|sen|rep|mt|ft|sto|sta|hl)|[A-ZÀ-Þ])$"
)
REACH = 8  # characters before the dot looked at: the longest abbreviation and the boundary before it


# Abbreviations that also close a street's name ("High St.", "Oak Dr."): after a name or a number, no title.
STREET_TYPES = frozenset({"st", "sts", "dr"})
# The word before the abbreviation, right before it (no comma between).
WORD_BEFORE = re.compile(r"(?:^|[ \t(])(?P<word>[^\s,;:()]{1,30})[ \t]{1,3}$")
BEFORE_REACH = 40


def abbreviation_dot(text: str, index: int) -> bool:
    """Whether the full stop at ``text[index]`` closes an abbreviation or an initial (see the module)."""
    if text[index : index + 1] != ".":
        return False
    window = max(0, index - REACH)
    found = ABBREVIATION.search(text[window:index])
    if found is None:
        return False
    word = found.group(0)
    if word.lower() not in STREET_TYPES and len(word) != 1:
        return True
    start = window + found.start()
    before = WORD_BEFORE.search(text[max(0, start - BEFORE_REACH) : start])
    return before is None or not _names_a_place(before["word"], initial=len(word) == 1)


def _names_a_place(word: str, *, initial: bool) -> bool:
    """Whether ``word``, right before "St."/"Dr." or a capital's dot, is a street's or a hall's name or number
    ("High", "12", "Hall"), so the dot ends the sentence; not a given name before an initial, nor an abbreviation."""
    if word.endswith(".") or not (word[0].isupper() or word[0].isdigit()):
        return False
    return not (initial and given_name(word))


def sentence_end(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of a reader's sentence-end ``pattern`` in ``text`` whose full stop closes no abbreviation."""
    return next((found for found in pattern.finditer(text) if not abbreviation_dot(text, found.start())), None)
