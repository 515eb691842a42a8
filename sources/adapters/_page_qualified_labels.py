"""A place label with a qualifier of its own, alone on its line over the address ("Adresse du local <br> 28 avenue
Carnot, BRIE COMTE ROBERT", "Address of the venue <br> 12 Mill Lane, Bristol"). Pure.

Place labels are read before a colon or alone on their line (``_place_labels``: "Adresse : …", "Lieu", "Venue").
A hand-written card adds what the address is of ("Adresse du local", "Adresse de la salle", "Address of the
venue", "Adresse der Veranstaltung") and writes no colon, the address under a line break. Such a line is the label
when it is a place word, one preposition (with its article) and at most two more words, and nothing else; the line
under it is the place when it reads as a street address by its own form: a house number and a street word, either
order ("28 avenue Carnot", "12 rue de la Gare", "Mill Lane 12", "12 Mill Lane"), or a postcode and a town.

Not: a qualifier that names whom to write to or a web address ("Adresse de l'association", "Address of the
organiser", "Adresse du site", "Adresse e-mail"), a line under it that is no address ("Adresse du local <br> à
venir", a town alone, a sentence), a label with more words (a sentence that opens with "Place of …").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._feed_listing import street_line
from sources.adapters._place_labels import PLACE_WORDS
from sources.adapters._place_split import STREET_THEN_NUMBER

# A place word, then what it is the place of: one preposition (and article), at most two words; a colon may close it.
QUALIFIED_LABEL = re.compile(
    rf"^[ \t]*{PLACE_WORDS}[ \t]+(?:du|de[ \t]+la|de[ \t]+l['’]|des|de|d['’]|of[ \t]+the|of|der|des|vom|von[ \t]+der"
    r"|del|de[ \t]+los|della|dello|van[ \t]+de|van[ \t]+het|van)[ \t]*(?P<what>[^\W\d_][\w'’-]{0,30}(?:[ \t]+[^\W\d_]"
    r"[\w'’-]{0,30})?)[ \t]*:?[ \t]*(?P<rest>(?<=[ \t:])\d.*)?$",
    re.IGNORECASE,
)
# Qualifiers that make the address a contact's or no place's: the body, its office, a mail or a web address.
CONTACT = re.compile(
    r"\b(?:association|asso|organi[sz]\w*|si[èe]ge|secr[ée]tariat|office|bureau|club\s+house|sender|exp[ée]diteur"
    r"|site|web|internet|e-?mail|mail|courriel|facturation|billing|correspondance|postale?|contact|verein"
    r"|vereins|gesch[äa]ftsstelle|absender|rechnung|organizer|organiser|birth|naissance|geburt|nacimiento|nascita"
    # review57: a person's office is whom to write to ("Adresse du président", "Address of the Treasurer")
    r"|pr[ée]sident\w*|tr[ée]sori\w*|treasurer|secr[ée]tair\w*|secretary|chair\w*|vorsitz\w*|kassier\w*"
    r"|returns?|retours?)\b",
    re.IGNORECASE,
)
# A house number, then the street's word, as French, Spanish, Italian and Portuguese write it ("28 avenue Carnot").
NUMBER_THEN_STREET = re.compile(
    r"^\d{1,5}(?:[ \t]?(?:bis|ter|[a-z]))?,?[ \t]+(?:rue|avenue|av\.|bd|boulevard|place|chemin|all[ée]e|impasse|quai"
    r"|route|cours|square|passage|sentier|calle|avenida|avda\.|plaza|paseo|camino|via|viale|piazza|corso|largo|rua"
    r"|pra[çc]a|travessa)\b",
    re.IGNORECASE,
)
# A postcode and its town as the line's last part ("77170 Brie-Comte-Robert", "CH-4057 Basel"), or a British postcode.
POSTCODE_TOWN = re.compile(
    r"(?:^|,[ \t]*)(?:[A-Z]{1,2}-)?(?!(?:19|20)\d\d\b)\d{4,5}[ \t]+[^\W\d_]{2,}[^,]*$|\b[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}\b"
)
MAX_LINE = 90


def _street_form(text: str) -> bool:
    first = text.split(",", 1)[0].strip()
    return bool(
        NUMBER_THEN_STREET.match(first)
        or STREET_THEN_NUMBER.match(first)
        or street_line(first)
        or (first != text and POSTCODE_TOWN.search(text))
    )


def qualified_label_place(lines: list[str], index: int) -> str | None:
    """The address under line ``index`` when that line is a qualified place label alone (see the module), or after
    it on the same line when the break between them was lost ("Adresse du local 28 avenue Carnot")."""
    label = QUALIFIED_LABEL.match(lines[index]) if len(lines[index]) <= MAX_LINE else None
    if label is None or CONTACT.search(label.group("what")):
        return None
    if label.group("rest"):  # "Adresse du local </br> 28 avenue …": a parser that drops "</br>" joins the two lines
        under = " ".join(label.group("rest").split())
    elif index + 1 < len(lines):
        under = " ".join(lines[index + 1].split())
    else:
        return None
    if not under or len(under) > MAX_LINE or not _street_form(under):
        return None
    return under
