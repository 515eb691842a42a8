"""The words that label an event's place, one vocabulary for every reader. Pure.

A page, a card or a feed's text labels its place with a word before it ("Location: Main Branch", "Raum:
Sitzungssaal 2", "Lugar: Casa de la Cultura"), a label of its own over it ("<dt>Venue</dt><dd>The Blue Door</dd>",
"<h2>Location</h2>"), or asks for it ("Where?", "Wo?", "¿Dónde?"). The words are the same whichever reader meets
them; each reader keeps its own rule for where the label stands (at a line's start before a colon, a heading or a
card's element that is only the label, a table's label cell) and builds its pattern from these pieces, so a word
learnt for one reader is known to all.

A word is a label only where the reader's rule puts it: "Location scouting workshop" is a title, "The room was full"
a sentence, "Where next?" a question about something else; none of them labels a place.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

# Words that label a place, alone over it or before a colon, by language. Longer words that start with a shorter one
# come first ("meeting location" before "location", "veranstaltungsort" before "ort").
PLACE_WORDS = (
    # English; a location qualified by what it is the place of ("Campus location: UW Tacoma Snoqualmie (SNO)", as a
    # university's Trumba calendar labels it; "Event location:"), not a pick-up's or a parking's (batch 51)
    r"(?:meeting\s+(?:location|place|room)|(?:campus|event|class|session)\s+(?:location|place)"
    r"|location|venue|place|where|address|room"
    # German: the place, the venue, the tournament's, the game's, the meeting's place, the meeting point, the room
    r"|veranstaltungsort|turnierort|austragungsort|spielort|tagungsort|sitzungsort|treffpunkt|ort|raum|adresse"
    # French, Spanish, Italian, Dutch
    r"|lieu|salle|lugar|sede|luogo|locatie|plaats|zaal|adres"
    # Norwegian and Danish "sted" (Nynorsk "stad"), Swedish "plats", Polish "miejsce", Czech "místo", Finnish
    # "paikka", Russian "место", Ukrainian "місце", "адреса" (review38); Finnish writes the place's kind into one word
    # with it: "Pelipaikka" (the game's place), "Tapahtumapaikka", "Kokouspaikka" (pages119)
    r"|sted|stad|plats|miejsce|m[íi]sto|(?:tapahtuma|peli|kilpailu|kokous|kokoontumis|esitys|konsertti|ottelu"
    r"|harjoitus|juhla|tilaisuus|kurssi|luento)?paikka|место|місце|адреса)"
)
# Words that label a place only before a colon: alone they mean something else ("Local" is a news badge, and heads
# a "Local time" column). Portuguese "Local".
COLON_PLACE_WORDS = r"(?:local)"
# Japanese and Chinese "venue", "place": with a colon, alone over the value, or set apart from it by a space (the
# two lines joined), which these languages write between no words of a sentence. Japanese heads it "開催場所" (the
# holding's place) as often, beside "開催日時" for its day (feeds82).
CJK_PLACE_WORDS = r"(?:(?:開催)?(?:会場|場所)|地点|地點)"
# "Where" in the languages whose pages the readers meet, as a label cell or a question.
WHERE_WORDS = r"(?:where|wo|où|dónde|donde|dove|waar|gdzie|kde|onde|hvor|var|missä)"
# "Where?" asked as a heading or a label, in English or another language ("Wo?", "Où ?", "¿Dónde?", "Gdzie?").
WHERE_ASKED = rf"¿?{WHERE_WORDS}\s?\?"
COLON = r"[:：]"
# "Where" set before a colon as a label is, in any of those languages ("Kde:", "Wo:", "Dónde:"; batch 97).
WHERE_LABEL = rf"{WHERE_WORDS}\s?{COLON}"

# Symbols and emoji a page sets before a label as its icon ("📍 Location: …", "► Venue: …", "★ Where: …"; pages111):
# marks, arrows, dingbats, pictographs and the selector that makes one an emoji. Not letters, digits nor brackets.
MARKS = "\u2020-\u2bff\ufe0f\U0001f000-\U0001faff"
LEAD_MARKS = rf"(?:[{MARKS}]{{1,4}}[ \t\u00a0]{{0,2}})?"

# A label alone: a card's label element, a heading over the place's lines ("Venue", "Location:", "Wo?", "Raum").
LABEL_ALONE = re.compile(
    rf"^\s*(?:{WHERE_ASKED}|{WHERE_LABEL}|(?:{PLACE_WORDS}|{CJK_PLACE_WORDS})\s*{COLON}?|{COLON_PLACE_WORDS}\s*{COLON})\s*$",
    re.IGNORECASE,
)
# A label at a line's start before its place ("Location: Main Branch", "Lieu : Salle B", "場所：新宿ゴールデン街",
# "Wo? Stadthalle"); the place may be empty when it stands on the next line ("Where:<br><a>Kaserne</a>").
LABEL_BEFORE = re.compile(
    rf"^\s*{LEAD_MARKS}(?:(?:{PLACE_WORDS}|{COLON_PLACE_WORDS}|{CJK_PLACE_WORDS})\s*{COLON}|{WHERE_LABEL}|{WHERE_ASKED})\s*(?P<place>.*)$",
    re.IGNORECASE,
)
# A line of a card or a block that labels its place at the start of a line, searched through a longer text.
LABEL_IN_TEXT = re.compile(
    rf"^[ \t]*{LEAD_MARKS}(?:{PLACE_WORDS}|{COLON_PLACE_WORDS}|{CJK_PLACE_WORDS})[ \t]*{COLON}",
    re.IGNORECASE | re.MULTILINE,
)
# The words of a label cell in a table of facts or a header cell over a column of places (the reader adds its own
# ends): the place words and the bare "where" ("Wo", "Waar", "Dónde").
PLACE_OR_WHERE = rf"(?:{PLACE_WORDS}|{WHERE_WORDS})"

# A label that names a room, before a colon ("Room: 204", "Raum: 2.14", "Salle : B12"): with a bare number after
# it, the label is part of the place's name.
ROOM_LABEL = re.compile(r"^\s*(?P<word>room|raum|salle|sala|zaal|aula|rom|sal|lokal|zimmer)\s*[:：]", re.IGNORECASE)
# A room's number or code alone: "204", "#12", "B12", "2.14", "A-101", "12a".
BARE_ROOM = re.compile(r"#?\s?[A-Z]?\d{1,4}[A-Z]?(?:[.\-/]\d{1,4}[A-Z]?)?", re.IGNORECASE)


def room_named(label_text: str, place: str | None) -> str | None:
    """``place`` as read after the label of ``label_text``; a room's bare number keeps the room's word ("Room: 204":
    "Room 204", not "204"). Any other place is returned as it is."""
    value = (place or "").strip()
    if not value or BARE_ROOM.fullmatch(value) is None:
        return place
    label = ROOM_LABEL.match(label_text)
    if label is None:
        return place
    word = label.group("word")
    return f"{word[:1].upper()}{word[1:]} {value}"


# A label that is only a room's word, in an element of its own ("<dt>Room</dt>", "<th>Raum:</th>").
ROOM_ALONE = re.compile(
    r"^\s*(?P<word>room|raum|salle|sala|zaal|aula|rom|sal|lokal|zimmer)\s*[:：]?\s*$", re.IGNORECASE
)


def room_alone_named(label_text: str, place: str | None) -> str | None:
    """``place`` as read from the element after a label element of ``label_text``: "Room" over "204" is "Room 204",
    as room_named reads "Room: 204"; any other label or place is returned as it is."""
    label = ROOM_ALONE.match(label_text)
    return room_named(f"{label.group('word')}:", place) if label is not None else place
