"""An all-capitals word that stays as written when a shouted title is calmed (review50): "PT GRAND PRIX" was "Pt
Grand Prix", "ANNUAL AGM" "Annual Agm", "USA VS GB" "USA vs Gb", "SUPER BOWL LXV PARTY" "Super Bowl Lxv Party".
Pure.

``titles.title_case`` keeps a list of known acronyms (KEEP_WORDS: "DJ", "NASA", "UK", "BBQ", "II"); a list is never
whole. Three shapes say an acronym by themselves:

* a word of two to five letters with no vowel (a, e, i, o, u, y): "PT", "GB", "BBC", "NHS", "RSPB", "CPR", "HTML".
  Not: the abbreviations written in title case ("St", "Mr", "Mrs", "Dr", "Jr", "Mt", "Ft") and the sounds ("Shh",
  "Hmm", "Brr"), listed in SPOKEN; a word with a vowel ("Gym", "Fly", "Crypt", "My" hold a "y");
* a Roman numeral of I, V, X, L and C, two letters or more ("XIV", "LXV", "XX"): not "MIX", "DIM", "CIVIC" (D and M
  are left out, as "MID", "DID" and "MILD" are words; an invalid numeral is no numeral);
* letters joined by "&", one or two a side ("B&B", "P&O", "AT&T").

And a few acronyms with vowels that shouted titles use (ACRONYMS: "AGM", "PTA", "RNLI", "YMCA", "UEFA").

review52: not a sound drawn out ("HMMM", "SHHH", "GRRR", "MMM": a word ending in one letter three times or more);
not a Welsh word, whose "w" is a vowel ("CWRW", "CWTCH", "BWRDD", "TWLL": a "w" after the first letter with a second
"w" or a Welsh double letter "ch", "dd", "ll", "ff", "th" at the end; "BWFC", "RWC", "DWP" stay acronyms); not the
Italian "CI" ("CI VEDIAMO"), a numeral (101) far less often than the word.

review53: a sound is drawn out by a hum, a hiss or a purr (F, H, M, R, S, Z) after a letter or four times ("BBB",
"PPP", "NCCC", "RRR", "HHH" are acronyms and names; "MMM" and "ZZZ" are listed sounds); a Welsh word has a letter
between its w's and no "th" ending ("SWW", "RWTH" are acronyms); "CI" is Italian only before an Italian word, one
ending in a vowel ("CI VEDIAMO", "CI SIAMO"; "CI CD", "CI USERS", "INTRO TO CI", "SUPER BOWL CI" keep it).

left40: acronyms joined by a slash ("CI/CD PIPELINES MEETUP", "TCP/IP"), short parts one of which is an acronym by
itself; "ON/OFF", "YES/NO" are words.
"""

from __future__ import annotations

import re

VOWELLESS = re.compile(r"[B-DF-HJ-NP-TV-XZ]{2,5}")  # capitals without A, E, I, O, U, Y
SPOKEN = frozenset({
    "ST", "MR", "MRS", "MS", "DR", "JR", "SR", "MT", "FT", "NR", "CH", "SHH", "HMM", "BRR", "GRR", "PSST", "PST",
    "TSK", "ZZZ", "PFFT", "NTH", "CWM", "CRWTH", "MMM",
})  # fmt: skip
ROMAN = re.compile(r"(?=[IVXLC]{2})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
AMPERSAND = re.compile(r"[A-Z]{1,2}(?:&[A-Z]{1,2})+")
ACRONYMS = frozenset({
    "AGM", "EGM", "AOB", "PTA", "PTO", "RNLI", "RSPCA", "YMCA", "YWCA", "NATO", "UEFA", "FIFA", "NCAA", "RAF", "FA",
    "ESA", "IMAX", "UCLA", "NYU", "MIT", "ISS", "AA", "OAP", "A&E", "WWW", "TBA",
})  # fmt: skip


# A hum, a hiss, a purr drawn out after a letter or four times ("HMMM", "SHHH", "GRRR", "ZZZZ"); not a letter said
# three times ("BBB", "NCCC", "PPP", "RRR", "HHH": acronyms and names, review53)
DRAWN_OUT = re.compile(r"[A-Z]{1,2}?([FHMRSZ])\1\1+|([FHMRSZ])\2{3,}")
# "CWRW", "CWTCH", "BWRDD", "TWLL", "BWLCH"; not "SWW" (no letter between the w's) nor "RWTH" (review53)
WELSH = re.compile(r"[A-Z]W[A-Z]{1,2}W|[A-Z]W[A-Z]{0,2}(?:CH|DD|LL|FF)")
NOT_NUMERALS = frozenset({"CI"})  # Italian "ci" ("CI VEDIAMO"), before an Italian word (one ending in a vowel)
VOWELS = "AEIOU"
# Acronyms joined by a slash ("CI/CD", "TCP/IP", "AC/DC"): short parts of capitals, one an acronym by itself (left40);
# not words joined so ("ON/OFF", "YES/NO": no part an acronym).
SLASHED = re.compile(r"[A-Z]{1,4}(?:/[A-Z]{1,4})+")


def written_acronym(core: str, following: str = "") -> bool:
    """Whether an all-capitals word is an acronym or a numeral to keep as written (see the module); ``following``, the
    title's next word, tells the Italian "CI VEDIAMO" from "CI CD", "INTRO TO CI", "SUPER BOWL CI"."""
    if core in ACRONYMS:
        return True
    if SLASHED.fullmatch(core):
        return any(written_acronym(part) for part in core.split("/"))
    if VOWELLESS.fullmatch(core):
        drawn_out = DRAWN_OUT.fullmatch(core) is not None and ROMAN.fullmatch(core) is None  # "XXX" is thirty
        return core not in SPOKEN and not drawn_out and not WELSH.fullmatch(core)
    if core in NOT_NUMERALS and following.rstrip("!?.,;:").endswith(tuple(VOWELS)):
        return False
    return ROMAN.fullmatch(core) is not None or AMPERSAND.fullmatch(core) is not None
