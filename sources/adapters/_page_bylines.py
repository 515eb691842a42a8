"""A post's byline where a card's place or name could be: "Posted by Jane Smith", "By Tom Brown", "Von Anna Schmidt",
"Par Marie Dupont", "Author: Jane" (left37; review38 left it). Pure.

A card's date line with a bar ("12 May 2031 | Posted by Jane Smith" over "<h3>Summer fete</h3>") gave the place
"Posted by Jane Smith"; written the other way round ("By Tom Brown | 19 May 2031") the card was titled "By Tom Brown".
A byline is who wrote, neither where nor what: ``_page_bar_places`` takes it as a tag (the heading under the date
names the card, no place).

A byline is a posting verb and "by" in English, German, French, Spanish, Italian, Dutch ("Posted by …",
"Geschrieben von …", "Publié par …", "Escrito por …", "Pubblicato da …", "Geplaatst door …") with anything after it,
an author's label ("Author:", "Autor:", "Auteur :"), or "by"/"von"/"par"/"por" alone before a person's name (one to
three capitalised words or initials, nothing else). Not: "By the River" (an article after "by"), "Von Bach bis
Beethoven" (a lower-case word: a title), "Door 2", "Bywell Hall", "By Royal Appointment Hall" (a place's noun last).
"""

from __future__ import annotations

import re

from sources.adapters._page_place_nouns import PLACE_NOUN

_NAME = r"(?-i:[A-ZÀ-Þ][\w'’.-]*)"
BYLINE = re.compile(
    r"^(?:(?:posted|written|published|geschrieben|verfasst|veröffentlicht|publié|publiée|écrit|rédigé|publicado|"
    r"escrito|pubblicato|scritto|geplaatst|geschreven)[^\S\n]{1,3}(?:by|von|par|por|da|door)[^\S\n]{1,3}\S"
    r"|(?:author|autor|auteur|autore|auteurs?|authors?)[^\S\n]{0,3}:"
    r"|(?P<bare>by|von|par|por)[^\S\n]{1,3}(?!(?i:the|der|die|das|dem|den|le|la|les|el|los|las)\b)"
    rf"{_NAME}(?:[^\S\n]{{1,3}}{_NAME}){{0,2}}[^\S\n]*$)",
    re.IGNORECASE,
)
MAX_BYLINE = 80  # a byline is short; a longer part is read as it was


def byline(text: str) -> bool:
    """Whether ``text`` (a bar's part, a short line) is a post's byline, not a place or an event's name."""
    text = text.strip()
    found = BYLINE.match(text) if len(text) <= MAX_BYLINE else None
    if found is None:
        return False
    return not found["bare"] or PLACE_NOUN.fullmatch(text.split()[-1].strip(".,")) is None  # "By Royal Hall"
