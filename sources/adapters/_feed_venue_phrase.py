"""A place named in an item's prose as a kind of venue and its proper name, after a word of place (for ``rss``). Pure.

Posts in Italian, Spanish, French, Portuguese and German name their place inside a sentence, with no label and no
element: "Vieni a trovarci alla palestra di San Niccolò" (a capoeira group's weekend), "presso il Teatro di
Rifredi", "nella chiesa di Santa Croce", "en el gimnasio de San Blas", "à la salle des Fêtes", "no ginásio do
Ibirapuera", "in der Turnhalle der Grundschule", "im Sitzungssaal des Rathauses" (any German compound of "-saal"
or "-halle": "Festsaal", "Stadthalle"; batch 70). The labelled readers ("Luogo:", "Where:": ``_feed_place_label``)
and the line readers (``_feed_place_lines``) find none of these. This reads one: a locative word ("alla", "nella",
"presso", "en el", "à la", "no", "in der" …), a venue's kind (gym, theatre, hall, church, library, square, park,
museum …, in those languages), and its name: "di"/"de"/"du"/"do"/"der" … and one to four capitalised words.

Not a place: a venue's kind with no proper name after it ("alla palestra per allenarsi", "nella sala d'attesa"), a
kind after no locative word ("la palestra di San Niccolò è chiusa": a notice, not where something is), a name in
lower case ("alla sala di attesa"); the name stops at the first word in lower case. A German kind is named only through
its genitive ("des", "der"): "im Bürgersaal das Forum" is the hall and then the sentence's subject (review51). Only the item's description is read, and only when no element or label gave a place.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

_LOCATIVE = (
    r"alla|al|allo|all'|nella|nel|nello|nell'|presso(?:[^\S\n]++(?:la|il|lo|l'))?"
    r"|en[^\S\n]++(?:el|la)|à[^\S\n]++la|au|dans[^\S\n]++la|no|na|in[^\S\n]++der|im"
)
_KIND = (
    r"palestra|teatro|sala|chiesa|biblioteca|piazza|parco|museo|auditorium|oratorio|circolo"
    r"|gimnasio|iglesia|plaza|parque|polideportivo|gymnase|salle|[ée]glise|biblioth[èe]que|parc|mus[ée]e"
    r"|gin[áa]sio|igreja|pra[çc]a"
)
_GERMAN_KIND = r"[a-zäöüß]{0,20}(?:halle|saal)|kirche|bibliothek"  # "Sitzungssaal", "Turnhalle"
_OF = r"di|del|della|dello|dei|de|des|du|do|da|dos|das|der"
# A German kind's genitive only: "im Bürgersaal das Forum" is the sentence's subject after the hall (review51).
_GERMAN_OF = r"des|der"
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*+(?:[^\S\n]++[A-ZÀ-ÖØ-Þ][\w'’.-]*+){0,3}"
VENUE_PHRASE = re.compile(
    rf"\b(?:{_LOCATIVE})[^\S\n]*+(?P<place>(?:(?:{_KIND})[^\S\n]++(?:{_OF})|(?:{_GERMAN_KIND})[^\S\n]++(?:{_GERMAN_OF}))"
    rf"[^\S\n]++(?-i:{_NAME}))",
    re.IGNORECASE,
)
SCAN_LIMIT = 3000


def venue_phrase(description: str | None) -> str | None:
    """The first "palestra di San Niccolò" the description names after a locative word; None when it names none."""
    found = VENUE_PHRASE.search((description or "")[:SCAN_LIMIT])
    return found["place"].rstrip(".") if found else None
