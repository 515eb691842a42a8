"""The words other languages' themes class a block holding an event's place with. Pure.

English themes write "venue", "location", "address", "place", "where", which the single-event reader
(``_page_single_place.PLACE_CLASS``) and the card reader (``_page_card_fields.PLACE_CLASS``) already read. A French
venue's detail page writes ``<div class="evenement_salle">Cité de la Musique, Auditorium<br/>4 rue Bernard du Bois -
13001 Marseille</div>``; others write "lieu" (French), "ort" / "veranstaltungsort" / "spielort" (German), "lugar"
(Spanish, Portuguese), "luogo" (Italian), "locatie" (Dutch), "sted" (Danish, Norwegian),
"miejsce" (Polish), "misto" (Czech), "salle" (French: the hall). Whole parts of a class only, as the English words
are (``(?<![a-z])`` … ``(?![a-z])`` around them): "sort", "porte", "lieutenant", "salles-de-bain-produits" (a plural
glued to more words still ends "salles", not "salle") are not read.

Not: a word any theme uses for something else ("local", "sala", "site", "room": a local-news box, a chat room;
Swedish "plats", which is French for a menu's dishes).
"""

from __future__ import annotations

# An alternation of literal words, no nested quantifier (linear; in tests/sources/test_adapters_hostile_text.py).
CLASS_PLACE_WORDS = r"lieu|salle|ort|veranstaltungsort|spielort|lugar|luogo|locatie|sted|miejsce|misto"
