"""A notice about the place written where the place is: "Achtung neuer Ort!", "New venue!", "Attention: change of
venue!". Pure.

A user group's meetings page (batch 104) heads its place "Ort:" and writes under it "Achtung neuer Ort!" (mind: a
new place), then the place's name and address: the notice was read as the place. A short line that ends with an
exclamation mark (or is only a warning's word and a colon) and speaks of a new or changed place, in the languages
the readers know, is a notice: the place is the line after it. Not: a place whose name has an exclamation mark and
no word of a change ("Yahoo! Lodge", "Oh! Bar"), a longer sentence, "Neuer Markt 3" (no exclamation mark), a line
with a word besides those of warning, change and place and a few small ones ("Treffpunkt: Neuer Markt!", "Sala
Nuova!", "Location: New Inn!", "Achtung: Raum 204!": a place's name or number, review46).
"""

from __future__ import annotations

import re

MAX_NOTICE = 60  # characters: a notice is a few words
# A word of warning or change, and a word for the place, in either order.
_CHANGE = (
    r"achtung|hinweis|neue[rsn]?|ge[äa]ndert(?:e[rsn]?)?|änderung|attention|note|new|changed?|moved|nouveau|"
    r"nouvelle|chang[ée]|nuev[oa]|cambi[oa]d?[oa]?|nuov[oa]|cambiat[oa]|nieuwe?|gewijzigd|ny|nytt|uusi|let\s+op|"
    r"beachten|important|wichtig"
)
_PLACE = (
    r"ort|veranstaltungsort|treffpunkt|raum|adresse|venue|location|place|room|address|lieu|salle|lugar|sala|"
    r"direcci[óo]n|luogo|indirizzo|locatie|plek|zaal|adres|plats|lokal|sted|paikka"
)
NOTICE = re.compile(
    rf"^\W{{0,3}}(?:(?:{_CHANGE})\b.{{0,30}}\b(?:{_PLACE})|(?:{_PLACE})\b.{{0,30}}\b(?:{_CHANGE}))\b[^!:]{{0,20}}[!:]\W{{0,3}}$",
    re.IGNORECASE,
)


# The small words a notice holds besides its words of change and place ("change of venue", "der Ort hat sich
# geändert", "le lieu a changé"); any other word or a number is a name: the line is the place (review46).
FILLERS = frozenset(
    "a an the of to is has have been our your please bitte der die das des den dem ein eine einen neuen unser unsere "
    "ist hat sich wurde wird le la les l du de d un une est el del los las lo il di è het een van heeft vi har "
    "en ett et att for für pour por per voor för and und y e change wechsel changement verlegt relocated "
    "venue let op".split()
)
_WORD = re.compile(r"[^\W\d_]+|\d+")
_KNOWN = re.compile(rf"(?:{_CHANGE}|{_PLACE})", re.IGNORECASE)


def place_notice(text: str) -> bool:
    """Whether ``text`` is a notice about the place (see the module), not the place: every word of it a word of
    warning, change or place, or a small word between them; not "Treffpunkt: Neuer Markt!", "Sala Nuova!", "Place
    du Nouveau Monde!", "Achtung: Raum 204!" (a name or a number: the place itself, review46)."""
    text = " ".join(text.split())
    if len(text) > MAX_NOTICE or NOTICE.match(text) is None:
        return False
    return all(word.casefold() in FILLERS or _KNOWN.fullmatch(word) for word in _WORD.findall(text))
