"""A notice about the place written where the place is: "Achtung neuer Ort!", "New venue!", "Attention: change of
venue!". Pure.

A user group's meetings page (batch 104) heads its place "Ort:" and writes under it "Achtung neuer Ort!" (mind: a
new place), then the place's name and address: the notice was read as the place. A short line that ends with an
exclamation mark (or is only a warning's word and a colon) and speaks of a new or changed place, in the languages
the readers know, is a notice: the place is the line after it. Not: a place whose name has an exclamation mark and
no word of a change ("Yahoo! Lodge", "Oh! Bar"), a longer sentence, "Neuer Markt 3" (no exclamation mark).
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
    r"ort|veranstaltungsort|treffpunkt|raum|adresse|venue|location|place|room|address|lieu|salle|adresse|lugar|sala|"
    r"direcci[óo]n|luogo|indirizzo|locatie|plek|zaal|adres|plats|lokal|sted|paikka"
)
NOTICE = re.compile(
    rf"^\W{{0,3}}(?:(?:{_CHANGE})\b.{{0,30}}\b(?:{_PLACE})|(?:{_PLACE})\b.{{0,30}}\b(?:{_CHANGE}))\b[^!:]{{0,20}}[!:]\W{{0,3}}$",
    re.IGNORECASE,
)


def place_notice(text: str) -> bool:
    """Whether ``text`` is a notice about the place (see the module), not the place."""
    text = " ".join(text.split())
    return len(text) <= MAX_NOTICE and NOTICE.match(text) is not None
