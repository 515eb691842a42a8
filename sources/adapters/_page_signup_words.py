"""A sign-up call in the readers' other languages, alone on its link or line: the way to register for an event, never
its name. Pure.

A sports federation's calendar table gives each competition a registration link ("<td><a href=…>Inscribirse</a>
</td>" beside the date, the competition's name and its place): read as the row's one link, the title was
"Inscribirse" five times. English "Register" and "Sign up" were already calls to action
(_page_nav_links.CALL_TO_ACTION); their words in the other languages the readers know are too: "Inscribirse",
"Inscríbete", "Inscripciones", "S'inscrire", "Inscrivez-vous", "Jetzt anmelden", "Anmeldung", "Aanmelden",
"Inschrijven", "Iscriviti", "Iscrizioni", "Inscreva-se", "Inscrições", "Zapisz się", "Anmäl dig", "Tilmeld dig",
"Meld deg på", "Ilmoittaudu". Only the whole text: "Inscripciones abiertas para el Cross de Otoño" or "Anmeldung zum
Sommerfest" is a line that names more. The French noun "Inscription(s)" is left out: in English it names an
exhibition ("Inscriptions: Letters in Stone").
"""

from __future__ import annotations

import re

from sources.adapters._page_booking_words import only_words

SIGNUP_WORDS = re.compile(
    r"^\W*(?:"
    r"inscr[íi]b(?:irse|ete|ase|anse|eme)|inscripci[óo]n(?:es)?|"  # Spanish
    r"s['’]\s?inscrire|inscrivez[\s-]vous|je\s+m['’]\s?inscris|"  # French
    r"(?:jetzt\s+|hier\s+)?anmelden|anmeldung|(?:jetzt\s+)?registrieren|"  # German
    r"(?:nu\s+)?aanmelden|aanmelding|(?:nu\s+)?inschrijven|inschrijving|"  # Dutch
    r"iscriviti|iscrizion[ei]|"  # Italian
    r"inscreva[\s-]se|inscri[çc](?:[ãa]o|[õo]es)|"  # Portuguese
    r"zapisz\s+si[ęe]|zapisy|"  # Polish
    r"anm[äa]l\s+dig|anm[äa]lan|tilmeld(?:\s+dig)?|tilmelding|meld\s+deg\s+p[åa]|p[åa]melding|"  # Nordic
    r"ilmoittaudu|ilmoittautuminen"  # Finnish
    r")(?:\s+(?:aqu[íi]|ahora|ici|maintenant|hier|jetzt|nu|qui|ora|aqui|agora|tutaj|h[äa]r|her|nyt))?\W*$",
    re.IGNORECASE,
)
MAX_SIGNUP_TEXT = 40  # a button's words, not a sentence


def signup_word(text: str) -> bool:
    """Whether ``text`` is only a sign-up call in one of the readers' other languages (see the module)."""
    return only_words(SIGNUP_WORDS, text, MAX_SIGNUP_TEXT)
