"""A card's line that is a venue's name, its street as Dutch, German and Scandinavian write it (the street's name,
then the house number) and its town: "Vidi Reo, Van Kesselplaats 2, Ravenstein" (held-out batch 121). Pure.

A Dutch big band's concert card gives its place in a pill after a map-pin icon (an SVG, no word, no label). The card
readers know an unlabelled address line only with the number first ("SEPTA Board Room, 1234 Market Street, …":
``_page_card_fields.address_line``) and a name-then-street only across a bar or a dash (``_place_split``): the
concert had no place. A line of exactly three comma parts, a short name, a street written name then number whose
last word ends in a street's word ("-straat", "-plaats", "-weg", "-platz", "-gade" …) and a capitalised town, is the
card's place, the whole line.

Not (hard negatives): a line with a fourth part or a sentence's words ("Samen met Marij, Kerkstraat 2, daarna
koffie" ends in no capitalised town), a street with no number ("Vidi Reo, Van Kesselplaats, Ravenstein"), a number
first ("Vidi Reo, 2 Kessel Street, Ravenstein": the number-first reader's), a name that is a label or a sentence
("Inschrijven bij Tips Bjorn en Kristof, Kerkstraat 2, Horst": more than six words), an organiser's office
(``_page_words.NOT_THE_PLACE``), a presale office or a booking desk: a name after a label or holding a colon
("Vorverkauf: Kulturbüro, Hauptstraße 5, Thun", read-through 60).
"""

from __future__ import annotations

import re

from sources.adapters._page_words import NOT_THE_PLACE

# The street's word its last word ends in, as the languages that write the number after the street spell it.
STREET_ENDS = (
    r"(?:straat|plaats|plein|laan|weg|gracht|kade|singel|dijk|markt|steeg|dreef|hof|straße|strasse|str\.|gasse|"
    r"platz|allee|ring|damm|vej|gade|gatan|gata|veien|vegen)"
)
# "Vidi Reo, Van Kesselplaats 2, Ravenstein": a name (no comma, no digit), a street (up to three capitalised words or
# particles before the one with the street's ending, then the number), a town (up to three capitalised words).
NAME_STREET_TOWN = re.compile(
    r"^(?P<name>[^\W\d_][^,\d]{0,50}),[ \t]{1,3}"
    r"(?P<street>(?:(?:[A-Z][\w'’-]{0,30}|van|de|der|den|het|ter|ten|von|am|an|auf)[ \t]){0,3}"
    r"[A-Z][\w'’-]{0,30}" + STREET_ENDS + r"[ \t]{1,3}\d{1,5}[a-zA-Z]?),[ \t]{1,3}"
    r"(?P<town>[A-Z][\w'’.-]{0,30}(?:[ \t-][A-Z][\w'’.-]{0,30}){0,2})$"
)
MAX_NAME_WORDS = 6  # a venue's name, not a sentence before the street
# A label before the name: where tickets are sold or one signs up, not where the event is ("Vorverkauf: Kulturbüro,
# Hauptstraße 5, Thun", "Tickets bei Musik Hug, …", "Kaartverkoop: …"; read-through 60). A colon in the name says a
# label stands before it: a labelled line is its label's reader's, not an unlabelled place pill.
LABELLED_NAME = re.compile(
    r"^\W{0,3}(?:vorverkauf\w{0,8}|(?:abend)?kasse|tickets?|karten(?:verkauf)?|anmeldung|reservierung|reservation|"
    r"booking|voorverkoop|kaartverkoop|kassa|inschrijv\w{0,6}|aanmelden|billett\w{0,4}|biljett\w{0,4}|forsalg|"
    r"förköp|presale|box[ \t]office)\b|:",
    re.IGNORECASE,
)


def name_street_town(lines: list[str]) -> str | None:
    """The first of the card's ``lines`` that is a venue's name, its street (name then number) and its town."""
    for line in lines:
        found = NAME_STREET_TOWN.match(line) if len(line) <= 120 else None
        if found is None or len(found.group("name").split()) > MAX_NAME_WORDS or NOT_THE_PLACE.search(line):
            continue
        if LABELLED_NAME.search(found.group("name")):
            continue
        return line
    return None
