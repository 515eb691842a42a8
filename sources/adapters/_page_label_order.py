"""A page whose field labels are another language's writes its slashed dates day first. Pure.

A Spanish, French, German, Italian or Portuguese event page with no lang attribute and no month name labels its
fields: "Fecha: 12/04/2027", "Hora: 19:00", "Lugar: Casa de la Cultura". Those languages write numeric dates day
first: "12/04/2027" is 12 April, not 4 December. The page is read so when a slashed date stands right after that
language's own date label ("Fecha:", "Datum:", "Data:", "Date :" with the French space), or when the page labels at
least two different fields in those languages and none in English ("Date:", "Time:", "Location:", "When:",
"Where:", "Venue:"). A page labelled in English, or in both, is left to the rest of the page's evidence.
"""

from __future__ import annotations

import re

# That language's label of a date, right before a slashed date: "Fecha: 12/04/2027", "Datum: 12/04/2027", "Data:
# 12/04/2027", "Date : 12/04/2027" (French: a space before the colon).
DATE_LABELLED = re.compile(
    r"(?<!\w)(?:fecha|datum|data|date\s)\s?:\s{0,3}\d{1,2}/\d{1,2}/(?:19|20)\d\d(?![\w/])", re.IGNORECASE
)
# Another language's field labels before a colon: Spanish, German, French, Italian, Portuguese.
OTHER_LABEL = re.compile(
    r"(?<!\w)(?P<label>fecha|hora|lugar|direcci[óo]n|precio|entrada|datum|uhrzeit|beginn|ort|adresse|eintritt|"
    r"heure|lieu|horaire|tarif|orario|luogo|indirizzo|prezzo|ingresso|hor[áa]rio|endere[çc]o|local|pre[çc]o)"
    r"\s?:",
    re.IGNORECASE,
)
ENGLISH_LABEL = re.compile(
    r"(?<!\w)(?:date|time|location|when|where|venue|address|price|admission|cost)\s?:", re.IGNORECASE
)
MAX_LABELS = 200  # labels looked at


def labels_day_first(text: str) -> bool:
    """Whether the page's field labels say its slashed dates are day first (see the module)."""
    if DATE_LABELLED.search(text):
        return True
    if ENGLISH_LABEL.search(text):
        return False
    labels: set[str] = set()
    for count, match in enumerate(OTHER_LABEL.finditer(text)):
        if count >= MAX_LABELS:
            break
        labels.add(match.group("label").casefold())
    return len(labels) >= 2
