"""What a listing prints beside a date where a place could stand, and is no place (review38): a programme's kind
("Comedy", "Music", "Family", "Konzert", "Jeune public"), a post's or a job's ("News", "Full-time"), a language
("Deutsch", "English", "OmU"), who may come ("18+"), or a phone number. Read by the readers that take a part after a date line's bar or an article's
footer for the place (``_page_bar_places``, ``_page_article_footer_places``). Pure.

Only a part made of such words alone (joined by "&", "/", ",", "+", "und", "and", "et"): "Jazz Club", "Kino
Světozor", "Music Hall" and "Family Centre" name places.
"""

from __future__ import annotations

import re

from sources.adapters._page_genre_places import GENRE_WORDS

# A listing's kinds of programme, in the languages the readers read (lower case, one word each).
KIND_WORDS = GENRE_WORDS | frozenset(
    {
        # English
        "comedy", "music", "family", "families", "kids", "children", "youth", "teens", "adults", "seniors", "talk",
        "talks", "lecture", "lectures", "workshop", "workshops", "course", "courses", "class", "classes", "seminar",
        "webinar", "online", "livestream", "hybrid", "festival", "festivals", "literature", "poetry", "reading",
        "readings", "community", "education", "learning", "heritage", "history", "science", "nature", "outdoors",
        "outdoor", "sport", "sports", "fitness", "wellbeing", "health", "food", "drink", "market", "markets", "fair",
        "tour", "tours", "walk", "walks", "party", "clubbing", "nightlife", "jazz", "classical", "rock",
        "pop", "folk", "blues", "electronic", "indie", "metal", "choir", "orchestra", "art", "arts", "crafts",
        "craft", "theater", "drama", "performance", "spoken", "word", "quiz", "games", "gaming", "screening",
        "screenings", "exhibitions", "worship", "service", "services", "faith", "meeting", "meetings", "networking",
        "charity", "fundraiser", "free", "misc", "featured", "event", "events",
        # what a site's posts are filed under, and a job's hours ("News", "Aktuelles", "Full-time")
        "news", "announcements", "announcement", "blog", "press", "updates", "update", "aktuelles", "neuigkeiten",
        "pressemitteilung", "actualités", "actualité", "noticias", "notizie", "nieuws", "новини", "новости",
        "full-time", "part-time", "freelance", "internship", "vollzeit", "teilzeit", "minijob", "cdi", "cdd",
        # German
        "musik", "familie", "familien", "kinder", "jugend", "senioren", "vortrag", "vorträge", "lesungen", "kurs",
        "kurse", "führung", "führungen", "markt", "fest", "feier", "tanzen", "bildung", "kultur",
        "literatur", "kunst", "kleinkunst", "gottesdienst", "sonstiges", "veranstaltung",
        "klassik", "konzerte", "theaterstück", "figurentheater", "puppentheater", "chor", "diskussion",
        # French, Spanish, Italian, Dutch
        "musique", "famille", "enfants", "jeunesse", "conférence", "conférences", "atelier", "ateliers", "spectacle",
        "spectacles", "humour", "cinéma", "danse", "fête", "marché", "visite", "jeune", "public",
        "música", "familia", "niños", "infantil", "conferencia", "taller", "espectáculo", "humor", "danza", "fiesta",
        "musica", "famiglia", "bambini", "conferenza", "laboratorio", "spettacolo", "festa",
        "muziek", "kinderen", "lezing", "cursus", "voorstelling", "cabaret", "dans", "feest",
        # Ukrainian, Russian, Polish, Czech
        "концерт", "музика", "діти", "дітей", "лекція", "театр", "виставка", "вечірка", "зустріч", "фестиваль",
        "музыка", "дети", "лекция", "выставка", "встреча", "muzyka", "dzieci", "wykład", "spektakl", "wystawa",
        "hudba", "děti", "přednáška", "výstava", "divadlo",
    }
)  # fmt: skip
# A language a showing or a talk is given in ("Deutsch", "English", "OmU": original with subtitles).
LANGUAGE_WORDS = frozenset(
    {"english", "englisch", "anglais", "inglés", "inglese", "engels", "german", "deutsch", "allemand", "alemán",
     "tedesco", "duits", "french", "französisch", "français", "francés", "francese", "frans", "spanish",
     "spanisch", "español", "italian", "italienisch", "italiano", "ukrainian", "ukrainisch", "українська",
     "українською", "russian", "russisch", "русский", "polish", "polnisch", "polski", "arabic", "arabisch",
     "bilingual", "zweisprachig", "omu", "ov", "omdu", "vo", "vost", "vf", "subtitled", "untertitel"}
)  # fmt: skip
JOINS = frozenset({"&", "/", "+", "and", "und", "et", "y", "e", "en", "i", "і", "и", "a"})
WORDS = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|[&/+]")
# "18+", "Ages 8–12", "0+", "FSK 12", "PG-13": who may come, by age.
AGE = re.compile(
    r"^\W{0,3}(?:(?:ages?|ab|dès|from|fsk|pg)\W{0,3})?\d{1,2}[ \t]?\+?(?:[ \t]?[–-][ \t]?\d{1,2})?"
    r"(?:[ \t]?(?:jahre|ans|years?))?\W{0,3}$",
    re.I,
)
# A phone number: seven digits or more in one run of digits and spaces, dots, dashes or slashes.
PHONE = re.compile(r"\d(?:[ /-]?\d){6,}")
# A building's noun: with another word it names a place ("Comedy Theatre", "Jazz Kino"), alone it is a kind.
BUILDINGS = frozenset(
    {"kino", "cinema", "cinéma", "cine", "theater", "theatre", "théâtre", "teatro", "teatr", "divadlo", "театр"}
)


def listing_kind(text: str) -> bool:
    """Whether ``text`` names a programme's kind, a language or an age, or holds a phone number: no place."""
    if PHONE.search(text) or AGE.match(text):
        return True
    words = [word.casefold() for word in WORDS.findall(text)]
    named = [word for word in words if word not in JOINS]
    if len(named) > 1 and any(word in BUILDINGS for word in named):
        return False
    return bool(named) and all(word in KIND_WORDS or word in LANGUAGE_WORDS for word in named)
