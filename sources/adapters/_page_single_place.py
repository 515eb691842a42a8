"""Where a page about one event says it is, without structured data: a "Where:"/"Location:" line, a heading that is
only a place's label over the place's lines, an <address> or a block classed as the venue, else a postal address
its own text writes. Pure; split from _page_single, which reads the rest of such a page."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any
from urllib.parse import urlsplit

from sources.adapters._page_bars import MAP_LINK_TEXT
from sources.adapters._page_cards import NOT_A_TITLE
from sources.adapters._page_class_places import CLASS_PLACE_WORDS, own_language_place_class
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_line_places import address_lines_after, is_locality
from sources.adapters._page_lines import Line
from sources.adapters._page_meeting_points import MEETING_POINT, place_of
from sources.adapters._page_not_places import says_only_when
from sources.adapters._page_place_notices import place_notice
from sources.adapters._page_qualified_labels import qualified_label_place
from sources.adapters._page_words import meaningful
from sources.adapters._place_labels import (
    CJK_PLACE_WORDS,
    COLON,
    COLON_PLACE_WORDS,
    LEAD_MARKS,
    PLACE_WORDS,
    WHERE_ASKED,
    room_named,
)
from sources.adapters._place_labels import WHERE_LABEL as WHERE_BEFORE_COLON  # "Kde:", "Wo:" (batch 97)
from sources.adapters._place_not_yet import place_not_yet

# A line that starts with its place's label (_place_labels): before a colon ("Raum: Sitzungssaal 2"), alone on the
# line (a heading over the place, or a label joined to the value under it by _page_single.labelled_lines), or asked
# ("Wo? Stadthalle"). A label word without its colon starts a sentence or a title ("Placement of benches", "Where
# next?", "Location scouting workshop"), not a place.
WHERE_LABEL = re.compile(
    rf"^\s*{LEAD_MARKS}(?:{WHERE_ASKED}\s*:?|{WHERE_BEFORE_COLON}|(?:{PLACE_WORDS}|{COLON_PLACE_WORDS})\s*(?:{COLON}|$)"
    rf"|{CJK_PLACE_WORDS}(?:\s*{COLON}|\s*$|\s(?=\S)))\s*",
    re.I,
)

# A class or itemprop that names a block the event's address or venue ("event-address", "venue", "location").
# The same as other languages name it in their themes' classes (_page_class_places): French "evenement_salle",
# "lieu", German "veranstaltungsort", Spanish "lugar", Italian "luogo", Dutch "locatie", Polish "miejsce".
PLACE_CLASS = re.compile(rf"(?<![a-z])(?:address|venue|location|{CLASS_PLACE_WORDS})(?![a-z])", re.I)
# ... or names it in camel case ("MeetingAddress", "eventVenue"); a mailbox's or a web address is no place.
CAMEL_PLACE_CLASS = re.compile(r"(?<![Ee]mail)(?<![Ww]eb)(?<!I[Pp])(?<=[a-z])(?:Address|Venue|Location)(?![a-z])")
MAX_PLACE = 300
_EPOCH = dt.date(2000, 1, 1)


# An address's postcode line ("CH-4057 Basel", "80331 München", "Portland, OR 97201"); not a year before a word.
POSTCODE_LINE = re.compile(
    r"^(?:[A-Z]{1,2}-\d{4,5}|(?!(?:19|20)\d\d\b)\d{4,5})\s+[^\W\d]{2,}|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*$"
)
ADDRESS_LINES = 3  # the lines under a heading where its address may be
ADDRESS_LINE = 60


def place_near(lines: list[Line]) -> str | None:
    texts = [line.text for line in lines]
    for position, line in enumerate(lines):
        label = WHERE_LABEL.match(line.text) or MEETING_POINT.match(line.text)
        qualified = None if label else qualified_label_place(texts, position)  # "Adresse du local <br> 28 avenue …"
        if qualified:
            return qualified
        if line.is_heading and _label_only(line.text):
            under = _place_under(lines[position + 1 :])  # "<h2>Location</h2>" over the place's lines
            if under:
                return under
        if label and place_not_yet(line.text[label.end() :]):
            return None  # "Wo: wird noch bekannt gegeben": no place yet (_place_not_yet)
        if label and (label.end() < len(line.text) or line.text.rstrip().endswith(":")):
            # a meeting point's time before its place is no part of it ("Treffpunkt: 14:00 Uhr am Bahnhof")
            rest = room_named(line.text, place_of(without_map_links(line.text[label.end() :], line) or ""))
            if rest and not place_notice(rest):  # "Ort: Achtung neuer Ort!": the place is under the notice
                return rest
            following = lines[position + 1].text if position + 1 < len(lines) else ""
            if following and not says_only_when(following) and not place_notice(following):  # "Achtung neuer Ort!"
                return without_map_links(lines[position + 1].text, lines[position + 1]) or None
    address = next((line for line in lines if line.block is not None and line.block.tag == "address"), None)
    if address is not None:
        return address.text
    # A block whose class names it the address or venue ("<div class="event-address">Memorial Coliseum<br>
    # Portland, OR 97201</div>"): its lines, joined as one place.
    block = next((line.block for line in lines if place_block(line.block)), None)
    parts = [line.text.strip() for line in lines if line.block is block]
    if block is not None:
        parts = [*_room_above(lines, block), *parts]
        return ", ".join(part for part in parts if part)[:MAX_PLACE] or None
    return _in_place_block(lines) or _street_address(lines)


def map_named(lines: list[Line], date_line: Line) -> str | None:
    """A place named only by a link to a map that is a line of its own right by the event's date ("<a
    href='google.com/maps/place/…'>Trojhalí Karolina</a>" under the fair's date): the link's words, a short
    undated name. Not a link that names the map rather than the place ("Get directions", "Google Maps",
    "Anfahrt"), one beside other words (a route planner after an address: without_map_links), one beside the
    page's content (an aside's office), one further from the date (a footer's office, a parking lot's map)."""
    for line in lines:
        if abs(line.index - date_line.index) > MAP_NAME_REACH:
            continue
        text = " ".join(line.text.split())
        anchor = line.anchors[0] if len(line.anchors) == 1 else None
        if anchor is None or line.aside or line.is_heading or not is_map_link(anchor.href):
            continue
        if " ".join(anchor.text.split()) != text or not 2 <= len(text) <= ADDRESS_LINE:
            continue
        if MAP_LINK_TEXT.match(text.rstrip(": ")) or NAMES_THE_MAP.search(text) or WAY_THERE.search(text):
            continue
        if NOT_A_TITLE.match(text):
            continue
        if not _dated(text) and meaningful(text):
            return text
    return None


MAP_NAME_REACH = 2  # the most lines between the date and a map link naming the place
# Words that name a map or the way there, not a place ("Google Maps", "Karte", "Anfahrt", "Itinéraire", "Mapa").
NAMES_THE_MAP = re.compile(
    r"\b(?:google|maps?|map\s+it|karte|anfahrt|routenplaner|wegbeschreibung|route|directions?|itin[ée]raire"
    r"|plan\s+d'acc[èe]s|mapa|mappa|trasa|kaart|routebeschrijving)\b",
    re.I,
)


# A map link's words that ask the way or point at the map rather than name the place (review25): "How to get here",
# "Find us", "Getting there", "Plan your visit", "View larger", "Parking", "Navigate", "Lageplan", "So finden Sie
# uns", "Comment venir", "Cómo llegar", "Hoe kom je er", "Jak se k nám dostat", "Navigovat", "Waze", "Here".
WAY_THERE = re.compile(
    r"\b(?:get(?:ting)?\s+(?:here|there)|find\s+us|how\s+to|where\s+to|plan\s+your|view\s+larger|show\s+location"
    r"|parking|navigat\w{0,6}|open\s+in|waze|mapy|lageplan|anreise|finden\s+sie\s+uns|comment\s+(?:venir|y\s+aller"
    r"|nous\s+trouver|s'y\s+rendre)|c[óo]mo\s+llegar|hoe\s+kom|bereikbaarheid|jak\s+se|navigovat|dostat)\b"
    r"|^(?:here|hier|ici|aqu[íi]|zde|tady)$",
    re.I,
)


def _room_above(lines: list[Line], block: Any) -> list[str]:
    """The room's name written as bare text between a date and the block holding the address, in the element that
    holds them all (a meeting heading cell: "1/23/2019 6:00 PM<br/> PW Conference Room<div class='MeetingAddress'>
    300 N Main Road …</div>"): the line right above the address, when the line above it is the date and it is a
    short name, no sentence, label or date itself."""
    first = next((position for position, line in enumerate(lines) if line.block is block), None)
    if first is None or first < 2:
        return []
    room, date = lines[first - 1], lines[first - 2]
    parent = block.getparent()
    text = room.text.strip()
    if parent is None or room.block is not parent or date.block is not parent or room.is_heading:
        return []
    if not text or len(text) > ADDRESS_LINE or SENTENCE_END.search(text) or NOT_A_TITLE.match(text):
        return []
    return [text] if _dated(date.text) and not _dated(text) else []


SENTENCE_END = re.compile(r"[.!?]$")


def _in_place_block(lines: list[Line]) -> str | None:
    """The first undated line of a block classed as the venue that holds the date too ("<div class=venue-details>
    <h4>DERBY: The Flowerpot</h4><h4>Mon 26th Dec, 2016, 8:00pm</h4>"): the place, its date line left out, and
    its label or map link ("Venue:", "Get directions") too."""
    for line in lines:
        parent = line.block.getparent() if line.block is not None else None
        text = line.text.strip()
        if (
            text
            and place_block(parent)
            and not NOT_A_TITLE.match(text)  # its label ("Venue", "Where:"), its map link ("Get directions")
            and not MAP_LINK_TEXT.match(text.rstrip(": "))
            and not _dated(text)
        ):
            return text[:MAX_PLACE]
    return None


def _dated(text: str) -> bool:
    """Whether a line gives a date or a time of day (no place's name)."""
    return bool(find_clock(text) or find_dates(text, year_hint=2000, today=_EPOCH))


def _street_address(lines: list[Line]) -> str | None:
    """A postal address the event's own text writes over its lines, with no label ("1400 Fuller Ave. NE" /
    "Multipurpose Room" / "Grand Rapids, MI 49505" in a BoardDocs meeting's description): from the line that
    starts with a street number down to the line that ends with a state and ZIP code, all in one block and not
    beside the content (an aside's office address is the site's)."""
    for position, line in enumerate(lines):
        if line.aside or not US_POSTCODE_END.search(line.text):
            continue
        for back in range(position - 1, max(-1, position - ADDRESS_LINES), -1):
            earlier = lines[back]
            if earlier.block is not line.block or earlier.is_heading:
                break
            if STREET_START.match(earlier.text):
                return ", ".join(part.text.strip() for part in lines[back : position + 1])[:MAX_PLACE]
    return None


# "Grand Rapids, MI 49505" ending a line; "1400 Fuller Ave. NE" starting one (a number, then a word).
US_POSTCODE_END = re.compile(r",\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?\s*$")
STREET_START = re.compile(r"^\s*\d{1,6}\s+[^\W\d_]{2,}")


def with_address(place: str | None, lines: list[Line]) -> str | None:
    """A place's name with the lines under it in its block that are its address ("CHM" over "1401 N. Shoreline
    Blvd" and "Mountain View, CA, 94043" in one <p>): "CHM, 1401 N. Shoreline Blvd, Mountain View, CA, 94043"."""
    for position, line in enumerate(lines if place else ()):
        if line.block is not None and " ".join(line.text.split()) == place:
            following = [other.text for other in lines[position + 1 : position + 3] if other.block is line.block]
            if not following and not line.is_heading:
                # The name ends its block and the address follows in blocks of its own ("<p>Location<br>Housing
                # Agency</p><p>1935 N. Meridian Street</p><p>Indianapolis, IN 46202</p>"): the street must lead.
                after = [other.text for other in lines[position + 1 : position + 3] if not other.is_heading]
                street = address_lines_after(after[:1])
                following = after if street and not is_locality(street[0]) else []
            address = address_lines_after(following)
            if address:  # else the name may stand again further down over its address (a notice's "Location")
                return ", ".join([place, *address])
    return place


def is_map_link(href: str) -> bool:
    """A link to a map or a route planner ("maps.google.at/maps?q=…", "www.google.com/maps/place/…")."""
    try:
        parts = urlsplit(href)
        host = (parts.hostname or "").lower()
    except ValueError:
        return False
    return host.startswith("maps.") or parts.path.lower().startswith("/maps")


def heading_place(lines: list[Line]) -> str | None:
    """The place a page's one heading that is only a place's label stands over ("<h2>Location</h2>" over "CLT
    Center" / "5601 Wilkinson Blvd." / "Charlotte, NC , 28208"): a listing's place for all its dates; None when
    the page has no such heading, or two."""
    labelled = [position for position, line in enumerate(lines) if line.is_heading and _label_only(line.text)]
    return _place_under(lines[labelled[0] + 1 :]) if len(labelled) == 1 else None


def _label_only(text: str) -> bool:
    label = WHERE_LABEL.match(text)
    return label is not None and label.end() == len(text)


def _place_under(lines: list[Line]) -> str | None:
    """The place a heading that is only a place's label ("Location", "Where") stands over: its first line, with the
    lines down to a postcode line ("CLT Center" / "5601 Wilkinson Blvd." / "Charlotte, NC , 28208") when one
    follows within a few lines, joined; a map link's words left out. None when a heading comes first."""
    kept: list[str] = []
    last = 0  # how many lines reach the last postcode line ("5601 Wilkinson" reads as one too)
    for line in lines[:ADDRESS_LINES]:
        text = without_map_links(line.text, line)
        if not kept and place_notice(text):
            continue  # "Achtung neuer Ort!": a notice over the place (_page_place_notices)
        if line.is_heading or not text or len(text) > ADDRESS_LINE:
            break
        kept.append(" ".join(text.replace(" ,", ",").split()))
        if POSTCODE_LINE.search(re.sub(r",\s*(?=\d{5}\b)", " ", kept[-1])):  # "Charlotte, NC, 28208" too
            last = len(kept)
    return ", ".join(kept[: last or 1]) if kept else None


def without_map_links(text: str, line: Line) -> str:
    """The place's words without a map link's words beside them ("Hauptplatz 2 <a href=maps.google.at/…>->
    Routenplaner</a>": the way there, not the place). A link that is the whole place (its address as the link's
    text) is the place: kept."""
    for anchor in line.anchors:
        if anchor.text and is_map_link(anchor.href) and anchor.text in text and anchor.text != text.strip():
            text = text.replace(anchor.text, " ")
    return " ".join(text.split()).strip(" ,;-–—>")


def place_block(block: Any) -> bool:
    if block is None or not isinstance(block.tag, str):
        return False
    names = f"{block.get('class') or ''} {block.get('itemprop') or ''}"
    return bool(PLACE_CLASS.search(names) or CAMEL_PLACE_CLASS.search(names) or own_language_place_class(block, names))
