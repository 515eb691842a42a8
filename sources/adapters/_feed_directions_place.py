"""A feed item's place written under its "how to get there" heading, for the ``rss`` adapter. Pure.

feeds79: an event platform's Jekyll Atom wrote a concert's place nowhere but under the content's heading "📍 Anfahrt"
(directions), as a block of three lines: the venue, its street, its postcode and town ("Kulturzentrum Berlin" /
"Kulturstraße 42" / "10115 Berlin"), then the public transport and the parking under their own labels. No place
label ("Ort:", "Location:") stands before it, so the item had no place.

A line that is only a directions heading ("Anfahrt", "Anreise", "So findest du uns", "Getting there", "Directions",
"How to find us", "Accès", "Come arrivare", "Cómo llegar", "Routebeschrijving"; a symbol before it and a colon after it
allowed) gives the place when the short lines after it (a name's or a street's: no label's colon, no comma, no
sentence) hold, within MAX_LINES, a town line: a postcode and a town ("10115 Berlin", "D-10115 Berlin", "75011 Paris")
or a US town line ("Plano, TX 75074"). The lines up to the last such, joined, are the place: the first names the
venue, the rest are its address.

Not: directions in words under the heading ("Mit der U6 bis Naturkundemuseum", "Take the A1 to exit 12"), a line of
transport or parking before the town ("Métro ligne 9" over "75011 Paris", "Parkhaus Kulturplatz"), lines that
reach no town line, a label line on the way ("Öffentliche Verkehrsmittel:" before any town line), a long line (prose),
"Anfahrt" inside a sentence or a title ("Anfahrt und Parken im Überblick" is no heading alone), a web address.
Review60: nor a line that gives a way ("From I-75 take exit 12", "Turn left on Main St", "Über die A5": a direction's
verb or preposition first, ``WAY_WORDS``), a block with neither a house number nor a place's noun before its town line
("Bitte beachten" / "2031 Baustelle am Bahnhof", "Hotelempfehlung" / "Hotel zur Post" / "79098 Freiburg": a notice or
a tip, not the venue), an item whose title says it is held online ("Online-Seminar: …" over an office's "So finden Sie
uns" footer: ``_online_place.names_online_room``).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._feed_glued import html_lines
from sources.adapters._feed_place_lines import LOCALITY
from sources.adapters._json_organiser_home import COMPOUND_TAILS
from sources.adapters._online_place import names_online_room
from sources.adapters._page_place_nouns import PLACE_NOUN

MAX_SCAN = 20_000  # characters of an item's body looked at
MAX_LINES = 4  # the venue, a street, perhaps a second address line, the town
MAX_LINE = 60  # a longer line is prose, not a place's
MAX_WORDS = 6  # "Mit der U6 bis Naturkundemuseum …" is a sentence, not a venue's name
DIRECTIONS_HEADING = re.compile(
    r"^[^\w\n]{0,6}(?:anfahrt|anreise|wegbeschreibung|so[ \t]+finde(?:st[ \t]+du|n[ \t]+sie)[ \t]+uns|getting[ \t]+there"
    r"|directions|how[ \t]+to[ \t]+(?:get[ \t]+there|find[ \t]+us)|acc[eè]s|plan[ \t]+d'acc[eè]s|come[ \t]+arrivare"
    r"|c[oó]mo[ \t]+llegar|routebeschrijving)[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)
# "10115 Berlin", "D-10115 Berlin", "75011 Paris", "1010 Wien": a postcode, then a town's name and nothing else.
POSTCODE_TOWN = re.compile(r"^(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+[^\W\d_][\w .'()/-]{0,40}$")
_WEB = re.compile(r"https?://|www\.", re.IGNORECASE)
# A line of how to get there, not of the place: "Métro ligne 9", "U-Bahn U6", "Bus 120", "Parkhaus Kulturplatz".
TRANSIT = re.compile(
    r"\b(?:u-?bahn|s-?bahn|bus(?:se)?|tram|straßenbahn|metro|métro|rer|subway|train|zug|linie|ligne|line|haltestelle"
    r"|parking|parken|parkhaus|parkplatz)\b",
    re.IGNORECASE,
)


# A way's first word: a direction's verb or preposition, not a place's ("From I-75 take exit 12", "Über die A5").
WAY_WORDS = frozenset({"from", "take", "turn", "follow", "head", "go", "continue", "über", "ueber", "nach", "von", "ab",
                       "richtung", "folgen", "fahren", "abbiegen", "depuis", "prendre", "suivre", "tourner", "prenez",
                       "suivez", "tournez", "desde", "tome", "gire", "siga", "dalla", "prendere", "seguire"})  # fmt: skip
_DIGIT = re.compile(r"\d")


def directions_place(markup: str | None, title: str | None = None) -> str | None:
    """The place the block under a directions heading gives (see the module), or None. ``title``: the item's; one
    naming an online room takes no place from its directions (review60)."""
    if not markup or (title and names_online_room(title[:300])):
        return None
    lines = html_lines(markup[:MAX_SCAN])
    for index, line in enumerate(lines):
        if not DIRECTIONS_HEADING.match(line):
            continue
        block: list[str] = []
        through = 0  # the block up to its last town line ("1740 Avenue G" over "Plano, TX 75074": the latter)
        for following in lines[index + 1 : index + 1 + MAX_LINES]:
            text = " ".join(following.split())
            town = bool(POSTCODE_TOWN.match(text) or LOCALITY.match(text))
            if not town and not _place_line(text):
                break
            block.append(text)
            through = len(block) if town else through
        if through and _a_place(block[:through]):
            return ", ".join(block[:through])
    return None


def _a_place(block: list[str]) -> bool:
    """Whether the lines before the town line hold a house number or name a place (review60: not a notice's or a
    tip's line over a postcode-like number)."""
    named = block[:-1]
    if any(_DIGIT.search(line) for line in named):
        return True
    first = named[0] if named else ""
    # "Town Hall", "Stadthalle" (a German compound's tail: _json_organiser_home)
    return bool(PLACE_NOUN.search(first)) or any(word.casefold().endswith(COMPOUND_TAILS) for word in first.split())


def _place_line(text: str) -> bool:
    """A venue's name or a street's line: short, no label's colon, no address on the web, no sentence."""
    if len(text) > MAX_LINE or len(text.split()) > MAX_WORDS or _WEB.search(text) or TRANSIT.search(text):
        return False
    if text.split()[0].casefold() in WAY_WORDS:  # "Turn left on Main St": a way, not a place (review60)
        return False
    return not any(mark in text for mark in ":,;") and not text.endswith((".", "!", "?"))
