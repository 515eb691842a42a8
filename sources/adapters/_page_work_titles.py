"""A film's title as a cinema's programme writes it: the name, then in brackets its year, or its original title
and year ("El Estado de la Unión (State of the Union, 1948)", "Hay un camino a la derecha (1953)"), or the
screening's language version ("Hamnet (V.O.S.E.)", "Le Havre (OmU)", "Perfect Days (VOSTFR)"). Neither is the
film's name: the event is titled by the name alone and keeps the page's wording as its ``source_title``. Brackets
that hold anything else stay ("Summer Jazz (Live)", "Screening (12 March 1962)", a span of years "(2022–2027)",
"Orchestra Night (Opus 2000)"), and so does a title that is nothing but its brackets.

A British cinema writes the film's age certificate in square brackets after its name ("Paterson [15]", "RSC Live:
Julius Caesar [12A]", "Exhibition On Screen: Michelangelo [TBC]"; held-out batch 77): the classification (U, PG,
12A, 15, 18, R18, or TBC / CTBA while it has none), not the name, left out the same way. Only after a space: a
reference glued to a word ("Concert[15]") is a footnote, and a bare "[12]" or any other bracketed number stays
("Songbook [12]", "Top [40]"). Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable

from sources.adapters.base import ParsedRecord, RawEvent

# The bracketed year, after an original title and its comma or alone ("(State of the Union, 1948)", "(1953)"),
# or a language version: original ("V.O.", "VO", "OV"), subtitled in Spanish or French ("V.O.S.E.", "VOS", "VOST",
# "VOSTFR"), dubbed in French ("VF"), German "Original mit Untertiteln" ("OmU", "OmeU", "OmdU"). At the end only.
WORK_TAIL = re.compile(
    r"\((?:(?:[^(),]{1,80},\s?)?(?P<year>(?:18[89]|19\d|20\d)\d)"
    r"|(?P<version>v\.?\s?o\.?(?:\s?s\.?(?:\s?(?:e|t(?:\s?f\.?\s?r)?)\.?)?)?|v\.?f\.?|om[de]?u|ov))\)\s*$",
    re.IGNORECASE,
)
# A film's certificate as a British programme writes it, set apart by a space before its square brackets.
CERTIFICATE_TAIL = re.compile(r"(?<=\s)\[(?P<certificate>U|PG|12A|15|18|R18|TBC|CTBA)\]\s*$")
NAME_LETTERS = re.compile(r"[^\W\d_]{2}")  # what is left is still a name: two letters in a row at least
MAX_TAILS = 2  # "Film (Original Title, 1950) (V.O.S.E.)": the year and the version
WORK_EVIDENCE = "the film's {what} in brackets after its name ({tail!r}), left out of the title"


def work_title(title: str) -> str | None:
    """``title`` without the film's year, original title, language version or certificate in brackets at its end;
    None when it has none, or when nothing that is a name would be left."""
    name = title
    for _ in range(MAX_TAILS):
        tail = WORK_TAIL.search(name) or CERTIFICATE_TAIL.search(name)
        if tail is None:
            break
        name = name[: tail.start()].rstrip(" -–—:,")
    if name == title or not NAME_LETTERS.search(name):
        return None
    return name


def without_work_tails(records: Iterable[ParsedRecord]) -> list[ParsedRecord]:
    """The page's records, each film's title without its bracketed year, original title, version or certificate."""
    kept = list(records)
    for record in kept:
        if not isinstance(record, RawEvent) or not record.title:
            continue
        name = work_title(record.title)
        if name is None:
            continue
        tail = record.title[len(name) :].strip()
        what = _what(tail)
        record.source_title = record.source_title or record.title
        record.title = name
        record.evidence = [*(record.evidence or []), WORK_EVIDENCE.format(what=what, tail=tail)]
    return kept


def _what(tail: str) -> str:
    if tail.startswith("["):  # the certificate's square brackets, the last tail read off
        return "certificate"
    return "year" if any(char.isdigit() for char in tail) else "language version"
