"""A card's start written after the clock's own word inside a labelled line (pages119). Pure.

A Helsinki chess club's cards give each event's facts on labelled lines under a numeric date: "Ajankohta: 14.10.2024",
"Osanoton varmistus ja kokoonpanon ilmoittaminen pelipaikalla klo 17:45 mennessä." (check in by 17:45),
"Kierrokset: Klo 18.00 - n. 21.30" (the rounds, from 18.00 to about 21.30), "Kierrokset: Viisi kierrosta alkaen klo
18.15" (five rounds from 18.15). No line states only when (``_page_time_lines.card_time``), so the cards were read
all day, or at the check-in's "klo 16:30-16:45". Now, when no such line gives a time, the first line that writes one
after the Nordic clock word ("klo", "kello", "kl.", "klockan") gives the start; its range's end ("- n. 21.30", the
end "about" a time: Finnish "n."/"noin", "ca.", "cirka") is the end.

One rule says which clock word lines give a start (pages119, review59 and read-through 59 folded by left45):
1. The page reads the word as a clock's (``_clock_word``): on a page declared in a language other than the Nordic ones,
   none ("Kl. 5-7" on a German page is school years 5 to 7); "klo", "kello", "klockan" on any other page; "kl."
   ("Kl." is also German for a school year: "Für Kl. 7-9", "Jahrgang Kl. 10") with its minutes ("kl. 19.00", "Kl.
   9:30"), or with a bare hour ("kl. 19") on a Nordic page.
2. The line says when it starts (``_no_start``): not when to check in, register or be there by ("Osanoton
   varmistus: … klo 16:30-16:45", "ilmoittautuminen klo 17 mennessä", "Anmälan senast kl. 12", "Tilmelding senest
   kl. 12", "Registration kl. 9.00", German "bis"), the doors' ("Ovet avataan klo 18", "Dørene åbner kl. 19.00"), a
   place's opening hours ("Kahvila avoinna klo 17–19", "Öppet kl. 10–16"), nor an end alone ("Tilaisuus päättyy klo
   21", "klo 23 asti"); and it is no longer than a sentence.
A clock with no clock word ("18.15": a price or a score as often) gives nothing here.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import ClockHit
from sources.adapters._page_intl import PAGE_LANGUAGE

MAX_LINE = 160
# The clock word, an hour and its minutes (":" or "."), and an end after a dash, perhaps "about" it.
_HOUR = r"(?:2[0-3]|[01]?\d)"
CLOCK_WORD_TIME = re.compile(
    rf"(?<![\w.])(?:klo|kello|kl\.?|klockan)[ \t]?(?P<h>{_HOUR})(?:[.:](?P<m>[0-5]\d))?"
    rf"(?:[ \t]?[-–—][ \t]?(?:(?:n|noin|ca|cirka|circa)\.?[ \t]?)?(?P<h2>{_HOUR})(?:[.:](?P<m2>[0-5]\d))?)?(?!\w|[.:]\d)",
    re.IGNORECASE,
)
# A line that says when to check in, register, be there by, or when the doors open: not the start.
NOT_START = re.compile(
    r"(?<!\w)(?:osanoton[ \t]+varmistus|ilmoittau\w*|mennessä|viimeistään|ovet|anmäl\w*|senast|insläpp"
    r"|registr\w*|check[ \t-]?in|anmeld\w*|einlass|doors?|senest|sista|tilmeld\w*|påmeld\w*|bis"
    r"|d[øö]r\w*|avoinna|auki|aukiolo\w*|öppet|öppettid\w*|åpent|åpningstid\w*|åbent|åbningstid\w*)(?!\w)",
    re.IGNORECASE,
)
# Words that make a clock an end alone (review59): "päättyy klo 21" (ends at), "klo 23 asti" (until).
END_BEFORE = re.compile(r"(?<!\w)(?:päätty\w*|loppuu|slut\w*|ender|ends?|until|till)[ \t]{0,3}$", re.IGNORECASE)
END_AFTER = re.compile(r"[ \t]{0,3}(?:asti|saakka)(?!\w)", re.IGNORECASE)
END_REACH = 24  # characters before the clock word looked at
# The languages whose clock word this is ("klo", "kello": Finnish; "kl.", "klockan": Swedish, Norwegian, Danish).
NORDIC = frozenset({"da", "no", "nb", "nn", "sv", "fi", "is", "fo"})


def clock_word_line(lines: list[str]) -> ClockHit | None:
    """The start (and end) the first line that writes a time after the clock word gives, or None (see the module)."""
    language = PAGE_LANGUAGE.get()
    if language is not None and language not in NORDIC:
        return None  # rule 1: no clock word on such a page, whatever its lines
    for line in lines:
        text = " ".join(line.split())
        if not text or len(text) > MAX_LINE:
            continue
        found = CLOCK_WORD_TIME.search(text)
        if found is None or not _clock_word(found, language) or _no_start(text, found):
            continue
        start = dt.time(int(found["h"]), int(found["m"] or 0))
        end = dt.time(int(found["h2"]), int(found["m2"] or 0)) if found["h2"] is not None else None
        return ClockHit(start, end if end != start else None, found.span())
    return None


def _clock_word(found: re.Match[str], language: str | None) -> bool:
    """Rule 1 on a page undeclared or Nordic: "klo", "kello", "klockan" always; "kl." with its minutes, or on a
    Nordic page."""
    return found.group().lower().startswith(("klo", "kello")) or found["m"] is not None or language in NORDIC


def _no_start(text: str, found: re.Match[str]) -> bool:
    """Rule 2: the line says when to check in, when the doors or a place open, or the clock ``found`` is only when
    something ends ("päättyy klo 21", "klo 23 asti")."""
    if NOT_START.search(text):
        return True
    if found["h2"] is not None:
        return False
    before = text[max(0, found.start() - END_REACH) : found.start()]
    return END_BEFORE.search(before) is not None or END_AFTER.match(text, found.end()) is not None
