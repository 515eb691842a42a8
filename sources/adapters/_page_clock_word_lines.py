"""A card's start written after the clock's own word inside a labelled line (pages119). Pure.

A Helsinki chess club's cards give each event's facts on labelled lines under a numeric date: "Ajankohta: 14.10.2024",
"Osanoton varmistus ja kokoonpanon ilmoittaminen pelipaikalla klo 17:45 mennessä." (check in by 17:45),
"Kierrokset: Klo 18.00 - n. 21.30" (the rounds, from 18.00 to about 21.30), "Kierrokset: Viisi kierrosta alkaen klo
18.15" (five rounds from 18.15). No line states only when (``_page_time_lines.card_time``), so the cards were read
all day, or at the check-in's "klo 16:30-16:45". Now, when no such line gives a time, the first line that writes one
after the Nordic clock word ("klo", "kello", "kl.", "klockan") gives the start; its range's end ("- n. 21.30", the
end "about" a time: Finnish "n."/"noin", "ca.", "cirka") is the end.

Not: a line that says when to check in, register or be there by ("Osanoton varmistus: … klo 16:30-16:45",
"ilmoittautuminen klo 17 mennessä", "Anmälan senast kl. 12", "Registration kl. 9.00"), the doors' ("Ovet avataan klo
18"), a clock with no clock word ("18.15", a price or a score as often), a class after "Kl." ("Kl. 5a der
Grundschule"), a line longer than a sentence.

Read-through 59: "kl." (Danish, Norwegian, Swedish) is also German "Kl." for a school year: "Für Kl. 7-9", "Jahrgang
Kl. 10". Its bare hour ("kl. 19") is a clock only on a page in a Nordic language; elsewhere it needs its minutes
("kl. 19.00", "Kl. 9:30"), and never on a German page. Danish and Norwegian deadlines ("Tilmelding senest kl. 12",
"påmelding") and German "bis" are no start either.
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
    r"(?<!\w)(?:osanoton[ \t]+varmistus|ilmoittau\w*|mennessä|viimeistään|ovet|anmäl\w*|senast|insläpp|dörr\w*"
    r"|registr\w*|check[ \t-]?in|anmeld\w*|einlass|doors?|senest|sista|tilmeld\w*|påmeld\w*|bis)(?!\w)",
    re.IGNORECASE,
)
NORDIC = frozenset({"da", "no", "nb", "nn", "sv", "fi", "is", "fo"})  # languages that write "kl." for o'clock


def clock_word_line(lines: list[str]) -> ClockHit | None:
    """The start (and end) the first line that writes a time after the clock word gives, or None (see the module)."""
    for line in lines:
        text = " ".join(line.split())
        if not text or len(text) > MAX_LINE or NOT_START.search(text):
            continue
        found = CLOCK_WORD_TIME.search(text)
        if found is None or not _clock_word(found):
            continue
        start = dt.time(int(found["h"]), int(found["m"] or 0))
        end = dt.time(int(found["h2"]), int(found["m2"] or 0)) if found["h2"] is not None else None
        return ClockHit(start, end if end != start else None, found.span())
    return None


def _clock_word(found: re.Match[str]) -> bool:
    """Whether the clock word is one: "klo", "kello", "klockan"; "kl." with its minutes, or on a Nordic page, and
    never on a German one ("Für Kl. 7-9", read-through 59)."""
    if found.group().lower().startswith(("klo", "kello")):
        return True
    language = PAGE_LANGUAGE.get()
    return language != "de" and (found["m"] is not None or language in NORDIC)
