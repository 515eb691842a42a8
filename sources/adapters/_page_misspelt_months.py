"""A month's name misspelt by one letter, in a date's shape, read as that month (left35). Pure.

pages99 left a musician's three February concerts written "Le 7 fr&eacute;vrier 2014" ("frévrier"): no month, no
date, no event. Small sites write "Febuary", "Decmber", "Spetember" as often. A word is mended to the month it
misspells only when all of these hold:

- it stands in a date's shape: a day's number before it and a year or a clock after it ("7 frévrier 2014", "14th
  Febuary 2031", "3 Decmber, 19:30"), or a day and a year after it ("Spetember 12, 2031");
- it is no month's name itself (in English or another language of ``_intl_names``), has six letters or more and is
  one edit from a month's full name (a letter added, dropped, changed, or two neighbours swapped);
- every month it is one edit from is the same month (unambiguous), and it is no ordinary word that happens to be
  one edit from one (``WORDS``: "Junior", "Marche", "Augusta", "Julien"…).

The word is replaced in the page's text, in its case ("Febuary" → "February"); nothing else changes. Not: "Under 12
Junior 2031", "Page 3 Marche 2031", "Room 4 Augusta 2031", a misspelling with no date's shape ("Febuary was cold"),
two edits away ("Febury"), short months ("Jnue", "Mya": too near other words).
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._intl_names import INTL_MONTHS
from sources.adapters._page_dates import MONTHS as PAGE_MONTHS

# English months' full names (the page reader's MONTHS also holds "jan", "sept": abbreviations are never mended).
ENGLISH = {name: month for name, month in PAGE_MONTHS.items() if len(name) > len("sept")}
MIN_WORD = 6
# Full names only (no abbreviation: "sept" is one edit from too much), of six letters or more.
MONTHS = {name: month for name, month in (*ENGLISH.items(), *INTL_MONTHS.items()) if len(name) >= MIN_WORD}
KNOWN = frozenset(INTL_MONTHS) | frozenset(PAGE_MONTHS)
# Ordinary words one edit from a month's name.
WORDS = frozenset(
    {"junior", "juniors", "marche", "marcha", "marcher", "marches", "augusta", "augustin", "augusto", "julien",
     "julius", "juliet", "junker", "marchand", "octobers", "marzio", "martin", "martina", "martini", "mayors",
     "janusz", "julies", "febris", "decembrist", "novembers", "maison",
     "mairie", "marcel", "marcus", "agosti", "agostino", "septime", "octave", "octavo"}
)  # fmt: skip
_DAY = r"(?<![\w.,])(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er|e|\.)?"
_YEAR_OR_CLOCK = r"(?:(?:19|20)\d\d(?!\d)|(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)|(?:[01]?\d|2[0-3])[ \t]?(?:am|pm|uhr)\b)"
SHAPE = re.compile(
    rf"{_DAY}[ \t]{{1,3}}(?P<after>[^\W\d_]{{6,14}})\.?,?[ \t]{{1,3}}(?:à[ \t]|at[ \t]|um[ \t])?{_YEAR_OR_CLOCK}"
    rf"|(?<![\w-])(?P<before>[^\W\d_]{{6,14}})\.?[ \t]{{1,3}}(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?[ \t]{{1,3}}"
    r"(?:19|20)\d\d(?!\d)",
    re.IGNORECASE,
)
MAX_TEXT = 2_000  # characters of one text node looked at
MAX_NODES = 5_000


def _one_edit(word: str, name: str) -> bool:
    """Whether ``word`` is one edit from ``name``: a letter added, dropped or changed, or two neighbours swapped."""
    if abs(len(word) - len(name)) > 1 or word == name:
        return False
    if len(word) == len(name):
        apart = [index for index, (one, other) in enumerate(zip(word, name, strict=True)) if one != other]
        if len(apart) == 1:
            return True
        first = apart[0] if len(apart) == 2 else -1
        return (
            first >= 0 and apart[1] == first + 1 and word[first] == name[first + 1] and word[first + 1] == name[first]
        )
    short, long = (word, name) if len(word) < len(name) else (name, word)
    index = next((i for i, (one, other) in enumerate(zip(short, long, strict=False)) if one != other), len(short))
    return short[index:] == long[index + 1 :]


def mended_month(word: str) -> str | None:
    """The month's name ``word`` misspells (see the module), in its case, or None."""
    bare = word.casefold()
    if len(bare) < MIN_WORD or bare in KNOWN or bare in WORDS:
        return None
    near = {name: month for name, month in MONTHS.items() if _one_edit(bare, name)}
    if not near or len(set(near.values())) != 1:
        return None
    name = min(near, key=lambda found: (found not in ENGLISH, found))  # English's spelling, else the first
    return name.capitalize() if word[:1].isupper() else name


def _mended(text: str) -> str:
    if not text or not any(char.isdigit() for char in text[:MAX_TEXT]):
        return text
    parts: list[str] = []
    last = 0
    for match in SHAPE.finditer(text[:MAX_TEXT]):
        group = "after" if match["after"] else "before"
        month = mended_month(match[group])
        if month is not None:
            parts += [text[last : match.start(group)], month]
            last = match.end(group)
    return text if not parts else "".join(parts) + text[last:]


def misspelt_months_mended(root: Any) -> None:
    """Every misspelt month of the page's text in a date's shape written as the month (see the module)."""
    for _count, element in zip(range(MAX_NODES), root.iter(), strict=False):
        if not isinstance(element.tag, str) or element.tag in ("script", "style"):
            continue
        if element.text:
            element.text = _mended(element.text)
        if element.tail:
            element.tail = _mended(element.tail)
