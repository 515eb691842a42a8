"""The time and place a page states for all its meetings, written in another language. Pure.

A German council's page writes once "Die Sitzungen beginnen jeweils um 18:30 Uhr im Ratssaal des Rathauses." over a
list of days, a French one "Les séances ont lieu à 19h00 dans la salle du conseil", a Spanish one "Las sesiones se
celebran a las 18:00 horas en el Salón de Plenos". The schedule reader applies such a statement to the rows that
give no time or place of their own (_page_schedule.page_defaults), but knew a sentence about meetings by its English
words only (meeting, session, hearing, meets), so those rows were read as whole days with no place. A sentence
naming meetings in German, French, Spanish, Dutch, Italian, Czech, Polish or the Nordic languages counts too
(meets_abroad), and its place is read after the language's "in the" when it is a name (place_abroad).

Not such a statement: office hours, a deadline or a registration ("Sprechstunde", "Anmeldung bis", "inscription",
"plazo"), a sentence about another matter ("Die Bibliothek öffnet um 10 Uhr").
"""

from __future__ import annotations

import re

from sources.adapters._page_stated_shows import shows_said

# Meetings, sittings, sessions: "Sitzungen" (also in "Ratssitzungen"), "séances", "sesiones", "vergaderingen".
MEETINGS_ABROAD = re.compile(
    r"(?:(?<!be)sitzung(?:en)?\b|versammlung(?:en)?\b|\bs[ée]ances?|\br[ée]unions?|\bsesi[oó]n(?:es)?|\breuni[oó]n(?:es)?|"
    r"\bvergadering(?:en)?|\bzitting(?:en)?|\briunion[ei]|\bsedut[ae]|\bzased[aá]n[ií]|\bsch[ůu]ze|"
    r"\bposiedzeni[ae]|\bm[øö]de(?:r|rne)?\b|\bm[öo]ten\b|\bsammantr[äa]de(?:n|t)?\b|\bkokous(?:et)?\b)",
    re.IGNORECASE,
)
NOT_STATED = re.compile(
    r"\b(?:sprechstunden?|öffnungszeiten|anmeldung|frist|spätestens|ouverture|inscriptions?|horario\s+de\s+atenci[oó]n|"
    r"plazo|inscripci[oó]n|openingstijden|aanmelden|orario\s+di\s+apertura|iscrizion[ei])\b|\w@\w",
    re.IGNORECASE,
)
# The place after the language's "in the", when it is a name: "im Ratssaal des Rathauses", "en el Salón de Plenos",
# "dans la salle du conseil", "à la mairie", "in de raadzaal".
PLACE_ABROAD = re.compile(
    r"\b(?:im|in\s+der|in\s+dem|en\s+el|en\s+la)\s+(?P<named>(?-i:[A-ZÄÖÜÁÉÍÓÚ])[^.;,()]{2,80})"
    r"|\b(?:dans\s+la|dans\s+le|à\s+la|à\s+l['’]|au|in\s+de|in\s+het)\s+"
    r"(?P<hall>(?:salle|mairie|h[ôo]tel\s+de\s+ville|maison|raadzaal|raadhuis|gemeentehuis|stadhuis)[^.;,()]{0,80})",
    re.IGNORECASE,
)


def meets_abroad(sentence: str) -> bool:
    """Whether a sentence is about a page's meetings in another language (see the module), not office hours."""
    return bool(MEETINGS_ABROAD.search(sentence)) and not NOT_STATED.search(sentence)


def stated_for_all(sentence: str) -> bool:
    """Whether a sentence states something for all the page's meetings (in another language), or says when all its
    performances or matches start, in any (_page_stated_shows: "Die Aufführung beginnt um 20.00 Uhr")."""
    return meets_abroad(sentence) or shows_said(sentence)


def place_abroad(sentence: str) -> str | None:
    """The place a foreign sentence about meetings names after its "in the", else None."""
    found = PLACE_ABROAD.search(sentence)
    if found is None:
        return None
    place = (found.group("named") or found.group("hall") or "").strip()
    return place or None
