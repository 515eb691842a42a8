"""The words other languages' themes class a block holding an event's place with. Pure.

English themes write "venue", "location", "address", "place", "where", which the single-event reader
(``_page_single_place.PLACE_CLASS``) and the card reader (``_page_card_fields.PLACE_CLASS``) already read. A French
venue's detail page writes ``<div class="evenement_salle">Cité de la Musique, Auditorium<br/>4 rue Bernard du Bois -
13001 Marseille</div>``; others write "lieu" (French), "ort" / "veranstaltungsort" / "spielort" (German), "lugar"
(Spanish, Portuguese), "luogo" (Italian), "locatie" (Dutch), "sted" (Danish, Norwegian),
"miejsce" (Polish), "misto" (Czech), "salle" (French: the hall). Whole parts of a class only, as the English words
are (``(?<![a-z])`` … ``(?![a-z])`` around them): "sort", "porte", "lieutenant", "salles-de-bain-produits" (a plural
glued to more words still ends "salles", not "salle") are not read.

Not: a word any theme uses for something else ("local", "sala", "site", "room": a local-news box, a chat room).

left42: a word that names the place in one language and something else in another is read only in an element written
in that language (``own_language_place_class``: its nearest ``lang``, else the page's declared one). Swedish "plats"
(``<p class="event-plats">The Old Mill</p>`` on a ``lang="sv"`` page) and "lokal" are the place there; on a French
page "plats" are a menu's dishes, on an English one "lokal" nothing, and on a page that declares no language neither
is read (venues55 kept "plats" out for that reason).
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_intl import declared_language, page_language

# An alternation of literal words, no nested quantifier (linear; in tests/sources/test_adapters_hostile_text.py).
CLASS_PLACE_WORDS = r"lieu|salle|ort|veranstaltungsort|spielort|lugar|luogo|locatie|sted|miejsce|misto"

# Class words that are a place only in the language they are written in, by the language's code.
OWN_LANGUAGE_PLACE_CLASS = {
    # Swedish: the place, the premises; the class's last word ("event-plats"), not a compound's first ("lokal-nyheter",
    # the local news: review57)
    "sv": re.compile(r"(?<![a-z])(?:plats|lokal)(?![a-z]|[-_][a-z])", re.IGNORECASE),
}
LANG_DEPTH = 40  # ancestors looked at for a lang attribute


def element_language(node: Any) -> str | None:
    """The language an element is written in: the nearest ``lang`` on it or an ancestor, else the page's declared
    one ("sv" of "sv-SE"); None when nothing says."""
    for count, element in enumerate((node, *node.iterancestors())):
        if count >= LANG_DEPTH:
            break
        lang = (element.get("lang") or element.get("xml:lang") or "").strip()
        if lang:
            return page_language(lang)
    return page_language(declared_language(node.getroottree().getroot()))


def own_language_place_class(node: Any, hints: str) -> bool:
    """Whether an element's class (``hints``) holds a place's word of the language the element is written in."""
    if not hints or not any(pattern.search(hints) for pattern in OWN_LANGUAGE_PLACE_CLASS.values()):
        return False  # no such word: the element's language is not looked up
    pattern = OWN_LANGUAGE_PLACE_CLASS.get(element_language(node) or "")
    return bool(pattern and pattern.search(hints))
