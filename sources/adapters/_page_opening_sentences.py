"""A line that says when a registration opens, as a sentence rather than a label (held-out batch 99, a samba
school's enrolment page: "Les inscriptions débutent à partir du 1er Juillet 2008."): the day a form opens is no
one's event, as "Registration Open: Dec 1, 2024" was not (_page_other_dates.OTHER_DATE_LABEL). Pure.

The line opens with the registration's word (English, French, German, Spanish, Italian, Dutch, Portuguese) and
its opening verb: "Registration opens on 1 June", "Les inscriptions commencent le", "Die Anmeldung beginnt am",
"Las inscripciones se abren el", "Le iscrizioni aprono il", "De inschrijving opent op", "As inscrições abrem".
Not: the words inside a longer line ("Join us! Registration opens at 8:00, the race starts at 9:00" is the race's
own page, its check-in), a registration that closes (the labels' rules), what else opens ("The exhibition opens
on 1 June": an event's first day), a line with a time of day (a check-in on the event's own day), a line whose date
is not right after the verb ("Registration opens now for our Summer Camp, 4–8 August 2031": the camp's; review38).
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import find_clock, find_dates

OPENING_SENTENCE = re.compile(
    r"^\W{0,3}(?:(?:les|des|die|las|le|de|as|the|online)\s+)?"
    r"(?:inscriptions?|pr[ée]-?inscriptions?|registrations?|enrol(?:l)?ments?|sign[\s-]?ups?|anmeldung(?:en)?|"
    r"inscripciones|iscrizioni|inschrijving(?:en)?|inscri[çc][õo]es|bookings?|buchungen|r[ée]servations?)\s+"
    r"(?:d[ée]butent|commencent|ouvrent|sont\s+ouvertes|opens?|starts?|begins?|beginnt|startet|ist\s+ab|"
    r"comienzan|empiezan|(?:se\s+)?abren|aprono|iniziano|opent|openen|begint|abrem|come[çc]am|"
    r"(?:is|are)\s+(?:now\s+)?open|sind\s+ab|ist\s+ab|abiertas?|aperte|aperta|ouvertes?)\b",  # review38
    re.IGNORECASE,
)
# Between the opening's verb and its date: a few small words ("on", "à partir du", "ab dem"), not what the line goes
# on to name ("Registration opens now for our Summer Camp, 4–8 August": the camp's own dates, review38).
GAP_WORDS = 4
FOR_WORD = re.compile(r"(?<!\w)(?:for|für|pour|para|per|voor|of|des|del|della|du\s+stage)(?!\w)", re.IGNORECASE)
_ANY_DAY = dt.date(2000, 1, 1)


def opening_sentence(text: str) -> bool:
    """Whether a line says, from its first words, that a registration opens (see the module); one with a time of
    day is the event's own check-in ("Registration opens at 7:00 am on race day, Saturday June 5"), left as it was."""
    match = OPENING_SENTENCE.match(text)
    if match is None or find_clock(text) is not None:
        return False
    hits = find_dates(text, year_hint=2000, today=_ANY_DAY)
    if not hits or hits[0].start < match.end():
        return not hits
    gap = text[match.end() : hits[0].start]
    return len(gap.split()) <= GAP_WORDS and FOR_WORD.search(gap) is None
