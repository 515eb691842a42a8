"""A card's other fields (cards: _page_cards): its place (a labelled line, a venue-classed element, an unlabelled
place-and-address line), its status (a badge or a title prefix) and the heading of the section it is in. Pure."""

from __future__ import annotations

import itertools
import re
from typing import Any

from events import statuswords
from sources.adapters._online_place import names_online_room
from sources.adapters._page_billed_lines import billed
from sources.adapters._page_cards import _EPOCH, MAX_NAME_LENGTH, WHERE_LABEL, block_text, heading_of, labelled
from sources.adapters._page_class_places import CLASS_PLACE_WORDS, own_language_place_class
from sources.adapters._page_clock_places import place_before_clock
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_day_headings import day_heading, first_heading, name_after_day, only_when, part_of_day
from sources.adapters._page_fact_runs import fact_run_place
from sources.adapters._page_fact_table import LABELS
from sources.adapters._page_heading_labels import labelled_name
from sources.adapters._page_intl import weekday_alone
from sources.adapters._page_kind_lines import classed_as_kind
from sources.adapters._page_label_headings import label_heading, name_under_label
from sources.adapters._page_label_names import label_name
from sources.adapters._page_line_places import (
    PART_BAR,
    PLACE_NOUN,
    address_lines_after,
    looks_like_place,
    place_over_locality,
)
from sources.adapters._page_meeting_points import meeting_place, place_of
from sources.adapters._page_not_places import a_remark, date_line_status, not_a_place, price_or_call
from sources.adapters._page_part_of_day import name_after_part
from sources.adapters._page_place_icons import map_label
from sources.adapters._page_priced_places import place_before_price
from sources.adapters._page_qualified_labels import qualified_label_place
from sources.adapters._page_round_headings import name_after_round, round_heading
from sources.adapters._page_schedule import ADDRESS
from sources.adapters._page_section_index import heading_above
from sources.adapters._page_single_place import is_map_link
from sources.adapters._page_street_lines import name_street_town
from sources.adapters._page_two_runs import RUN_LEAD
from sources.adapters._page_words import NOT_THE_PLACE, PLACE_LABEL, meaningful, trim_separators
from sources.adapters._place_labels import ROOM_ALONE, room_alone_named, room_named
from sources.adapters._title_status import LEAD
from sources.adapters.webpage import clean_text

ADDRESS_LINE_WORDS = 16  # a place and its address on one line, not a sentence that mentions one
VENUE_HINTS = ("venue", "location")
DATED_LINE_WORDS = 8  # a date and its time, not a place's line that names a day ("Hall of 1 May 1970")


def venue_of(block: Any) -> str | None:
    place = labelled(block, WHERE_LABEL)
    if place:
        return _room_labelled(block, place)  # "<dt>Room</dt><dd>204</dd>": "Room 204"
    lines = [text for text in (clean_text(line) for line in block_text(block).split("\n")) if text]
    for index, line in enumerate(lines):  # "Location: Main Branch" on a line of its own, or over its place
        label = PLACE_LABEL.match(line)
        value = label.group("place").strip() if label else None
        place = (place_of(value) if value else lines[index + 1] if index + 1 < len(lines) else None) if label else None
        place = room_named(line, place) if label else place  # "Room: 204": "Room 204"
        place = place or meeting_place(line)  # "Treffpunkt: 14:00 Uhr am Bahnhof": the words after the time
        place = place or fact_run_place(line)  # "Beginn: 13 Uhr, Ort: Vereinsheim." (_page_fact_runs)
        place = place or qualified_label_place(lines, index)  # "Adresse du local <br> 28 avenue …" (left42)
        if place and len(place) <= MAX_NAME_LENGTH and not NOT_THE_PLACE.search(place) and not not_a_place(place):
            return place
    hinted = [
        _hinted_words(node) for node in block.iterdescendants() if isinstance(node.tag, str) and _venue_hinted(node)
    ]
    for position, node in enumerate(hinted):
        name = _undated(node)
        if name.endswith(":") and position + 1 < len(hinted):  # "<span class=venuetown>OXFORD: </span><span
            name = f"{name} {_undated(hinted[position + 1])}"  # class=venuename>Ultimate Picture Palace</span>"
        # "Our office: 12 Oak St" is the organiser's; a date under a class it shares with the place ("showdatevenue");
        # a map link's label beside a marker ("Get directions") is where to look (venues55)
        if (
            name
            and not name.endswith(":")
            and not NOT_THE_PLACE.search(name)
            and not _dated(name)
            and not map_label(name)
        ):
            return _with_room(node, hinted, name)
    heading = heading_of(block)
    title = clean_text(block_text(heading)) if heading is not None else None
    street, under = address_line(lines), place_under_date(lines, title)
    under = None if classed_as_kind(under, block) else under  # "<p class='event-category'>Jazz Club" (_page_kind_lines)
    if street and under and under.endswith(street):  # the name over that street line: both, as one place
        return under
    return (
        street
        or place_over_locality(lines)
        or date_line_place(lines)
        or under
        or place_before_clock(lines)
        or place_before_price(lines)  # "The Doors Nightclub · R50 entrance" (_page_priced_places)
        or name_street_town(lines)  # "Vidi Reo, Van Kesselplaats 2, Ravenstein" (_page_street_lines)
    )


def _room_labelled(block: Any, place: str) -> str:
    """A labelled place with the room a label element of its own gives ("<dt>Room</dt><dd>204</dd>"): "Room 204" when
    the place read is that number, "City Hall, Room 204" when it is the building; the place as read otherwise."""
    for node in block.iterdescendants():
        label = clean_text(node.text_content()) or "" if isinstance(node.tag, str) and not len(node) else ""
        value = node.getnext() if ROOM_ALONE.match(label) else None
        number = clean_text(block_text(value)) or "" if value is not None else ""
        room = room_alone_named(label, number) if number else None
        if not room or room == number:
            continue
        return room if place == number else place if room.casefold() in place.casefold() else f"{place}, {room}"
    return place


def _with_room(node: Any, hinted: list[Any], name: str) -> str:
    """A card's place classed "location" ("Schwarzman Centre, Oxford") with its "venue" beside it, the hall in it
    ("Black Box"): "Black Box, Schwarzman Centre, Oxford". Only the two side by side (one parent), each its own
    words; any other hinted place stays alone."""
    if "location" not in (node.get("class") or "").lower().split():
        return name
    for other in hinted:
        classes = (other.get("class") or "").lower().split()
        if other is node or "venue" not in classes or other.getparent() is not node.getparent():
            continue
        room = _undated(other)
        if room and room.casefold() not in name.casefold() and not NOT_THE_PLACE.search(room) and not _dated(room):
            return f"{room}, {name}"
    return name


def _venue_hinted(node: Any) -> bool:
    hints = f"{node.get('class') or ''} {node.get('itemprop') or ''}".lower()
    if any(hint in hints for hint in VENUE_HINTS) or ADDRESS_CLASS.search(hints) or PLACE_CLASS.search(hints):
        return True
    if own_language_place_class(node, hints):  # "event-plats" on a Swedish page (_page_class_places)
        return True
    # an empty map-marker icon ("<p><i class='fa-map-marker-alt'></i> Library Quad</p>") marks its parent's words
    return bool(MARKER_CLASS.search(hints)) and not clean_text(block_text(node)) and node.getparent() is not None


def _hinted_words(node: Any) -> Any:
    """The element whose words a hinted element gives: an empty icon's parent, else the element itself."""
    return node.getparent() if not clean_text(block_text(node)) and node.getparent() is not None else node


#: A card's element classed as its place ("event-place", "loc-place", "event_where"), not a placeholder's or a
#: marketplace's.
PLACE_CLASS = re.compile(rf"(?<![a-z])(?:place|where|{CLASS_PLACE_WORDS})(?![a-z])")
#: A map-marker icon's class ("fa-map-marker-alt", "icon-map-pin", "map-marker").
MARKER_CLASS = re.compile(r"(?<![a-z])map-(?:marker|pin)(?![a-z])")


#: A card's element classed as its address ("eventlist-meta-address", "event-address"), not a mail's, a web's or a
#: network's address.
ADDRESS_CLASS = re.compile(r"(?<![a-z])(?<!mail-)(?<!mail_)(?<!web-)(?<!ip-)address(?![a-z])")


#: Brackets left empty once a map link's words are taken out of them ("Hall (<a>map</a>)").
EMPTY_BRACKETS = re.compile(r"[(\[]\s*[)\]]")


def _without_map_words(node: Any) -> str:
    """The element's words without a map link's own words ("The Blue Door <a href=maps.google.com/…>(map)</a>")."""
    text = block_text(node)
    for anchor in node.iterfind(".//a[@href]"):
        words = clean_text("".join(anchor.itertext())) or ""
        if words and is_map_link(anchor.get("href") or "") and words != clean_text(text):
            text = EMPTY_BRACKETS.sub(" ", text.replace(words, " "))  # "Bates Recital Hall (<a>map</a>)": no "( )"
    return text


def _undated(node: Any) -> str:
    """A venue-classed element's lines that give no date or time ("<div class=venue-details><h4>DERBY: The
    Flowerpot</h4><h4>Mon 26th Dec, 2016, 8:00pm</h4>"): its place."""
    lines = [line for line in (clean_text(line) or "" for line in _without_map_words(node).split("\n")) if line]
    dated = [bool(find_clock(line) or find_dates(line, year_hint=_EPOCH.year, today=_EPOCH)) for line in lines]
    before = lines[: dated.index(True)] if True in dated else lines  # the lines after the date are its supports
    return ", ".join(before or [line for line, has_date in zip(lines, dated, strict=True) if not has_date])


def _dated(text: str) -> bool:
    return bool(find_dates(text, year_hint=_EPOCH.year, today=_EPOCH)) and len(text.split()) <= DATED_LINE_WORDS


def address_line(lines: list[str]) -> str | None:
    """A line of the block that is a place and its street address ("SEPTA Board Room, 1234 Market Street,
    Philadelphia, PA 19107"), unlabelled: short, no date or time on it, not a sentence, not an office's."""
    for line in lines:
        if len(line) > MAX_NAME_LENGTH or len(line.split()) > ADDRESS_LINE_WORDS or not ADDRESS.search(line):
            continue
        if NOT_THE_PLACE.search(line) or find_clock(line) or find_dates(line, year_hint=_EPOCH.year, today=_EPOCH):
            continue
        return line
    return None


PLACE_UNDER_DATE_WORDS = 6  # a hall's or a centre's name, not a phrase


def place_under_date(lines: list[str], title: str | None = None) -> str | None:
    """The line right under a card's date line when it is a place by its own noun ("Seattle Program Center" under
    "May 19, 2026 06:00 PM to 09:00 PM"), with the street address and town lines under it ("7700 Sand Point Way NE")
    as one place; not a dated line, a time, a sentence nor an office's line. A card with a heading (``title``) has
    it above the date: a heading under a day's line ("May 10" over "Field Trip Week") is the name, not the place."""
    dated = [bool(find_clock(line) or find_dates(line, year_hint=_EPOCH.year, today=_EPOCH)) for line in lines]
    if True not in dated:
        return None
    first = dated.index(True)
    below = first + 1
    if below >= len(lines) or dated[below] or (title and title not in lines[:first]):
        return None
    name = lines[below]
    if len(name.split()) > PLACE_UNDER_DATE_WORDS or not PLACE_NOUN.search(name) or NOT_THE_PLACE.search(name):
        return None
    if not looks_like_place(name) or a_remark(name) or billed(name):  # "Villa-Lobos Quartet": who plays
        return None
    return ", ".join([name, *address_lines_after(lines[below + 1 :])])


def status_of(block: Any, title: str) -> tuple[str, str]:
    """A "CANCELLED" badge in the block ("++ ABGESAGT ++" and "VERLEGT!" too: an element holding only the word and
    marks around it), or a "Cancelled:" title prefix (removed from the title)."""
    heading = heading_of(block)
    labelled_heading = labelled_name(heading) if heading is not None else None
    if labelled_heading is not None and labelled_heading[1] != "scheduled":  # a label beside the name says it
        return labelled_heading[1], title
    prefix = LEAD.match(title)  # (_title_status)
    if prefix:
        return statuswords.status_of(prefix.group("word")) or "scheduled", title[prefix.end() :].strip() or title
    for node in block.iterdescendants():
        word = (clean_text(block_text(node)) or "") if isinstance(node.tag, str) else ""
        if (status := statuswords.status_of(statuswords.undecorated(word))) is not None:
            return status, title
    stated = (date_line_status(line) for line in block_text(block).split("\n"))
    return next((found for found in stated if found is not None), "scheduled"), title


def section_heading(block: Any) -> str | None:
    """The heading of the section a card is in: the nearest heading above it that is not another card's."""
    found = heading_above(block)  # from the page's index of headings (_page_section_index)
    return clean_text(block_text(found)) if found is not None else None


PLACE_WORDS = 5  # a town's or a hall's name after a date, not a phrase
# What sets the place off after the date: a comma, or a spaced bar or dot ("10–12 October 2025 · Bakkerij Bekaert",
# "12 May 2026 | Kulturhaus Mitte": pages111), as a line's parts are written (_page_line_places.PART_BAR).
DATE_PART = re.compile(rf",|{PART_BAR.pattern}")


# A card's tag after its date, not a place: its kind, its audience or how to book ("12 July · Live Music", "· Family
# Friendly", "· Members Only", "· Booking Essential", "· Jazz Series"), unless a place's noun names a place too; a
# price, a call to act and an online room by the words every card reader shares (_page_not_places.price_or_call,
# _online_place.names_online_room).
DATE_TAG = re.compile(
    r"\b(?:live|music|family|friendly|kids|children|adults?|members?|only|booking|essential|required|series|brunch|"
    r"ages|welcome|beginners?|workshops?|talks?|concerts?|comedy|films?|festival|exhibitions?|"
    r"sessions?|course|class(?:es)?|fundraiser|outdoor|indoor|accessible|all)\b",
    re.IGNORECASE,
)


def date_tag(place: str) -> bool:
    """Whether a date line's part after its date is a card's tag (DATE_TAG), a price, a call or an online room."""
    return bool(DATE_TAG.search(place) or price_or_call(place) or names_online_room(place))


def date_line_place(lines: list[str]) -> str | None:
    """The place a line opening with a date names in its next part after a comma or a spaced bar or dot ("21.12.2020,
    Jihlava, 100 Kč", "12 May 2026, Kulturhaus Mitte", "10–12 October 2025 · Bakkerij Bekaert"): a name in capitals, no number (a time, a price), no weekday, not a remark, not
    a status ("14.03.2025, Abgesagt")."""
    for line in lines:
        hits = find_dates(line, year_hint=_EPOCH.year, today=_EPOCH)
        lead = line[: hits[0].start] if hits else ""
        if not hits or (trim_separators(lead) and not RUN_LEAD.match(lead)):  # "6–8 & 14–15 March" (_page_two_runs)
            continue
        parts = [part.strip() for part in DATE_PART.split(line[hits[0].end :])]
        place = parts[1] if len(parts) > 1 and not parts[0] else ""
        if not place or any(char.isdigit() for char in place) or len(place.split()) > PLACE_WORDS:
            continue
        if (
            looks_like_place(place)
            and not (date_tag(place) and not PLACE_NOUN.search(place))  # "· Live Music" (review54)
            and not weekday_alone(place)
            and not NOT_THE_PLACE.search(place)
            and not a_remark(place)
        ):
            return place
    return None


UNTITLED_CARD = 120  # characters of a card that is only its date and its place
NEIGHBOURS = 12  # cards on each side of an untitled one looked at for one with a heading


def untitled_card_title(block: Any, text: str) -> str | None:
    """A card with no heading that is only a date and a place ("<li>24.12.2020, Třebíč</li>"), among cards that have
    theirs (one of its nearest NEIGHBOURS on either side): another date of what the list is about, named by the
    heading over the list, else the page's title."""
    # two lines are enough to tell it is not one: a long card's every line is not cleaned (nested cards: quadratic)
    lines = list(itertools.islice((line for line in (clean_text(part) for part in text.split("\n")) if line), 2))
    if len(lines) != 1 or len(lines[0]) > UNTITLED_CARD or date_line_place(lines) is None:
        return None
    near = (block.itersiblings(block.tag, preceding=True), block.itersiblings(block.tag))
    if not any(heading_of(other) is not None for side in near for other in itertools.islice(side, NEIGHBOURS)):
        return None
    title = block.getroottree().find(".//title")
    return section_heading(block) or (clean_text(title.text_content()) if title is not None else None)


def with_untitled(blocks: list[Any]) -> list[Any]:
    """The page's cards and, beside them, their untitled siblings that are only a date and a place (see
    untitled_card_title), in document order. Each list the cards are in is read once."""
    found = set(blocks)
    lists = dict.fromkeys((parent, block.tag) for block in blocks if (parent := block.getparent()) is not None)
    for parent, tag in lists:
        for other in parent.iterchildren(tag):
            if other not in found and untitled_card_title(other, block_text(other)):
                found.add(other)
    if len(found) == len(blocks):
        return blocks
    order = {element: index for index, element in enumerate(blocks[0].getroottree().iter())}
    return sorted(found, key=lambda element: order.get(element, 0))


# A label that names the body that meets, alone in its element ("Committee:", "Gremium:", "Board:", "Ausschuss:"):
# the fact tables' name labels (_page_fact_table), the whole label ("Sitzungsort:" is a place's, not "Sitzung").
BODY_LABEL = re.compile(rf"^(?:{LABELS['name'].pattern})$", re.IGNORECASE)


def card_title(block: Any, heading: Any, text: str) -> str | None:
    """A card's name: its heading's, else an untitled card's (see untitled_card_title). A heading that is only its
    date and time, over a row that labels the body meeting ("<div>Gremium:</div><div>Bauausschuss</div>"), is that
    body's meeting: the row names it."""
    labelled_heading = labelled_name(heading) if heading is not None else None
    if labelled_heading is not None:  # "<h4><a>Name</a><span class=label>Featured</span></h4>" (_page_heading_labels)
        return labelled_heading[0]
    title = (clean_text(block_text(heading)) or label_name(heading)) if heading is not None else None
    title = (
        name_under_label(block) if title and label_heading(title) else title
    )  # "<h4>MONTH</h4>" (_page_label_headings)
    if title and round_heading(title):  # "<h3>Journée 1</h3>…<h4>PSG vs AIX</h4>" (_page_round_headings)
        title = name_after_round(block, heading) or title
    if title and only_when(title):
        body = labelled(block, BODY_LABEL)
        if body and meaningful(body) and not find_dates(body, year_hint=_EPOCH.year, today=_EPOCH):
            return body
    if title and part_of_day(title) and (first := first_heading(block, heading)) is not None:
        title = clean_text(block_text(first)) or title  # "<h5>DÍA 20 ENERO</h5>…<h3>MADRUGADA</h3>": the card's own
        heading = first
    elif title and part_of_day(title):  # "<h3>Evening</h3><p>Jazz night</p>", no heading above (_page_part_of_day)
        title = name_after_part(block, heading) or title
    if title and day_heading(title):  # "<h5>DÍA 18 ENERO</h5><h6>FIESTA DE LOS NIÑOS<br>…" (_page_day_headings)
        title = name_after_day(block, heading) or title
    return title or untitled_card_title(block, text)
