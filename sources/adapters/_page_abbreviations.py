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

Read-through 59: a letter or a street's "St."/"Dr." right after a capitalised word is a name's last word, and its dot
ends the sentence: "Hall A. Doors open", "Saal B. Eintritt frei", "Bar X. All welcome", "Vitamin D. Free", "High St.
Free entry", "Oak Dr. Tickets". An initial after a given name or another initial still holds its dot ("Mary J.
Blige", "J. R. Smith"), and so does "Dr." after a person's word ("Herr Dr. Müller", "Prof. Dr. Weber").
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
# A letter, or a street's abbreviation, that a capitalised word ends, not a name that follows: "Hall A.", "High St.".
NAME_END = re.compile(r"(?<![\w.'’-])(?:[A-ZÀ-Þ]|St|Dr|Ste|Sts)$")
WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-ZÀ-Þ][\w'’-]{0,30})(\.?)[ \t]{1,3}$")
PERSON_WORDS = frozenset({"herr", "herrn", "frau", "pfarrer", "pfarrerin", "mister", "madame", "monsieur", "señor"})


def abbreviation_dot(text: str, index: int) -> bool:
    """Whether the full stop at ``text[index]`` closes an abbreviation or an initial (see the module)."""
    if text[index : index + 1] != "." or ABBREVIATION.search(text[max(0, index - REACH) : index]) is None:
        return False
    return not _name_end(text, index)


def _name_end(text: str, index: int) -> bool:
    """Whether the letter or street abbreviation before ``text[index]`` ends a capitalised name ("Hall A", "High
    St"), not one before a name: an initial after a given name or an initial, "Dr." after "Herr" (read-through 59)."""
    found = NAME_END.search(text[max(0, index - REACH) : index])
    if found is None:
        return False
    start = max(0, index - REACH) + found.start()
    before = WORD_BEFORE.search(text[max(0, start - 40) : start])
    if before is None:
        return False
    word, dot = before.groups()
    return not (dot or len(word) == 1 or given_name(word) or word.lower() in PERSON_WORDS)


def sentence_end(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of a reader's sentence-end ``pattern`` in ``text`` whose full stop closes no abbreviation."""
    return next((found for found in pattern.finditer(text) if not abbreviation_dot(text, found.start())), None)
