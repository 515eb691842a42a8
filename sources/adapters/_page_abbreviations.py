"""A full stop that closes an abbreviation before a name is no sentence's end; one that closes a name is. Pure.

The first-sentence readers (``_page_clock_sentences``, ``_page_opening_places``, ``_feed_closing_place``) cut at a full
stop before a capital. One rule (left44, review59, read-through 59, left45) says which dots hold:

1. The word before the dot is a title's abbreviation, written as such titles are written (``TITLES``: "Dr.", "Mrs.",
   "Prof.", "Rev.", "St.", German "Hr.", "Pfr.", French "Mme.", Spanish "Dra.", Italian "Dott.", Dutch "Dhr." …,
   capitalised or in capitals; the Dutch, Italian and Spanish ones that are written in lower case, "ir.", "ds.",
   "dott.", "sig.", "lic.", in lower case too), or one capital letter (an initial: "J. Smith"). "Fundraiser.",
   "Post.": the abbreviation is the whole word; "me", "no", "on" are not listed (too often a sentence's last word);
   English titles in lower case ("the sales rep. Tickets", "3rd st. Parking") are words, not titles (left45).
2. It does not end a name (``_ends_a_name``): a letter or a street's "St."/"Dr." right after a capitalised word that is
   no given name, initial or person's word is that name's last word ("Hall A. Doors open", "Saal B. Eintritt frei",
   "High St. Free entry", "12 Oak Dr. Parking", in capitals too: "5 HIGH ST. FREE ENTRY", read-through 60; not after
   a small word: "AT ST. MARY'S HALL", "LECTURE BY DR. JONES"); and a person's title right after "the" names a place, not a person
   ("at the Rep. Tickets", "the Gov. Doors at 7": left45) unless a person's name follows it (a given name or
   capitalised words: "the Dr. Phillips Center", "the Dr. Martin Luther King Jr. Library"); a clergyman's or a
   nobleman's title ("the Rev. Jones", "the Hon. Member") and a saint's or a mountain's in a place's name ("the St.
   Regis", "the Mt. Hood Inn") follow "the" as a person's does.

Held (hard negatives): "by Dr. Jones", "at St. Mary's Hall", "Crown, St. Albans", "by J. Smith", "Mary J. Blige",
"J. R. R. Tolkien", "Herr Dr. Weber", "Prof. Dr. Weber", "de la Dra. López", "il dott. Rossi".
"""

from __future__ import annotations

import re

from events.pipeline.titles import SMALL_WORDS
from sources.adapters._given_names import given_name

__all__ = ["abbreviation_dot", "sentence_end"]

# A person's or a saint's title, as the languages the pages are read in abbreviate it (capitalised here).
TITLES = (
    "Dr Dra Drs Mr Mrs Ms Mx Messrs Prof Rev Revd St Sts Ste Sr Sra Srta Sres Jr Fr Frl Hr Hrn Pfr Dipl Ing Mag Mme Mmes"
    " Mlle Mlles Pr Dña Lic Arq Sig Sigg Dott Avv Geom Dhr Mevr Mw Ir Ds Capt Sgt Col Gen Lt Cllr Hon Gov Pres Sen Rep"
    " Mt Ft Sto Sta Hl"
).split()
# Titles also written in lower case in their language ("prof. dr. ir. Jansen", "il dott. Rossi", "el lic. Pérez").
LOWER_CASE_TOO = frozenset({"dr", "drs", "prof", "mr", "ir", "ds", "dhr", "mevr", "mw", "ing", "dott", "sig", "sigg"})
LOWER_CASE_TOO |= frozenset({"avv", "geom", "lic", "arq"})
_WRITTEN = sorted(
    {form for title in TITLES for form in (title, title.upper())} | LOWER_CASE_TOO, key=lambda form: (-len(form), form)
)
# The whole word before the dot: a title's abbreviation as written, or one capital letter (an initial).
ABBREVIATION = re.compile(rf"(?<![\w.'’-])(?:{'|'.join(_WRITTEN)}|[A-ZÀ-Þ])$")
REACH = 8  # characters before the dot looked at: the longest abbreviation and the boundary before it
# A letter, or a street's abbreviation, that a capitalised word ends, not a name that follows: "Hall A.", "High St.".
NAME_END = re.compile(r"(?<![\w.'’-])(?:[A-ZÀ-Þ]|St|Dr|Ste|Sts|ST|DR|STE|STS)$")
WORD_BEFORE = re.compile(r"(?<![\w'’.-])([A-ZÀ-Þ][\w'’-]{0,30})(\.?)[ \t]{1,3}$")
PERSON_WORDS = frozenset({"herr", "herrn", "frau", "pfarrer", "pfarrerin", "mister", "madame", "monsieur", "señor"})
# "the" before a person's title makes it a place's name ("the Rep.", "the Gov."); these titles do follow "the".
THE_BEFORE = re.compile(r"(?<![\w'’.-])[Tt]he[ \t]{1,3}$")
AFTER_THE = frozenset({"rev", "revd", "hon", "st", "sts", "ste", "sto", "sta", "mt", "ft"})
# After "the", a name that follows the title: a given name, or capitalised words running on ("the Dr. Phillips Center").
NAME_AFTER = re.compile(r"[ \t]{1,3}([A-ZÀ-Þ][\w'’-]{0,30})(?:[ \t]{1,3}[A-ZÀ-Þ])?")


def abbreviation_dot(text: str, index: int) -> bool:
    """Whether the full stop at ``text[index]`` closes an abbreviation or an initial that a name follows (the
    module's rule: a title as written or an initial, 1; that ends no name, 2)."""
    if text[index : index + 1] != ".":
        return False
    found = ABBREVIATION.search(text[max(0, index - REACH) : index])
    return found is not None and not _ends_a_name(text, max(0, index - REACH) + found.start(), found.group())


def _ends_a_name(text: str, start: int, word: str) -> bool:
    """Whether the abbreviation ``word`` at ``text[start]`` is a name's last word (the module's rule 2)."""
    before = text[max(0, start - 40) : start]
    if word.lower() not in AFTER_THE and len(word) > 1 and THE_BEFORE.search(before):
        return not _name_follows(text, start + len(word) + 1)  # "at the Rep. Tickets", not "the Dr. Phillips Center"
    if NAME_END.fullmatch(word) is None:
        return False
    named = WORD_BEFORE.search(before)
    if named is None:
        return False
    name, dot = named.groups()
    return not (
        dot or len(name) == 1 or given_name(name) or name.lower() in PERSON_WORDS or name.lower() in SMALL_WORDS
    )


def _name_follows(text: str, after: int) -> bool:
    """Whether a person's name follows the dot before ``text[after]``: a given name, or two capitalised words."""
    found = NAME_AFTER.match(text, after)
    return found is not None and (given_name(found.group(1)) or found.group().rstrip()[-1:].isupper())


def sentence_end(pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The first match of a reader's sentence-end ``pattern`` in ``text`` whose full stop closes no abbreviation."""
    return next((found for found in pattern.finditer(text) if not abbreviation_dot(text, found.start())), None)
