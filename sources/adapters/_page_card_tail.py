"""What a card says after its time, when no label says it (read by _page_card_events.block_event after venue_of and the
card's own moments). Pure.

- **The place after the hours** on one line: "8:10am - 3:10pm - Other,Theatre", "7:00 pm | Back Field" (a school
  calendar's detail line). The words after the clock and a dash or bar are the place when they are a short
  name: no date, no time, no sentence, no price or door note ("7 pm - doors open", "8 pm - Free"); a labelled value
  only when the label is a place's ("19:30 Uhr – Ort: Vereinsheim"; not "18:00 Uhr – Gegner: DC Triple 20").
- **The last day on a line of its own**: "- Thru 3/27/2016", "Through April 22", "Until May 3, 2027" under a
  card whose start is a day: the event runs to that day (a few weeks' break, a month-long exhibit).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_cards import HEADINGS, MAX_NAME_LENGTH, block_text, heading_of
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_place_nouns import PLACE_NOUN
from sources.adapters._page_words import NOT_THE_PLACE, meaningful
from sources.adapters._place_labels import LABEL_BEFORE
from sources.adapters.webpage import clean_text

LINE_TAGS = ("p", "div", "span", "h5", "h6", "li", "dd", "small", "em", "strong")
MAX_LINE = 120  # characters: a detail line, not a paragraph
MAX_PLACE_WORDS = 6
_AFTER_CLOCK = re.compile(r"^\s*[-–—|]\s*(?P<place>\S.*)$")
# What follows a time that is no place: the doors, the price, the ages, the state of the tickets.
NOT_A_PLACE = re.compile(
    r"\b(?:doors?|free|tickets?|sold\s+out|cancel+ed|postponed|all\s+ages|ages?|admission|show|"
    r"starts?|ends?|begins?|registration|rsvp)\b|\b\d{1,2}\s?\+|[$€£]",
    re.IGNORECASE,
)
# A label of one or two words and its colon before a value ("Gegner: DC Triple 20", "Opponent: Leeds", "Info: bring a
# mat"): the value is that label's, not a place unless the label is a place's (_place_labels.LABEL_BEFORE).
OTHER_LABEL = re.compile(r"^(?P<label>[^\W\d_]{2,20}(?:[ \t][^\W\d_]{2,20})?)[ \t]?:[ \t]")
# What before a colon is a part of a place, not another label ("Room: 204", "Stage: Main Hall", "Floor: 2"), or a
# venue's name with its article ("The Crown: Upstairs"): the words are the place as they are.
PLACE_PART = re.compile(
    r"^(?:the|le|la|les|el|los|las|der|die|das|het|il)[ \t]|"
    r"\b(?:stage|floor|level|studio|suite|court|pitch|rink|gate|bühne|etage|raum|scène|étage|escenario|planta)\b",
    re.IGNORECASE,
)
_LAST_DAY = re.compile(r"^[\s\-–—]*(?:thru|through|until|till)\s+(?P<day>\S.*)$", re.IGNORECASE)
MAX_SPAN_DAYS = 366


def place_after_clock(block: Any) -> str | None:
    """The place a card's detail line names after its hours ("8:10am - 3:10pm - Other,Theatre"), else None."""
    heading = heading_of(block)
    for node in block.iter(*LINE_TAGS):
        if node is heading or any(ancestor is heading for ancestor in node.iterancestors()):
            continue
        if next(node.iter(*HEADINGS), None) is not None:
            continue
        text = clean_text(" ".join(node.text_content().split())) or ""
        if not text or len(text) > MAX_LINE:
            continue
        hit = find_clock(text)
        rest = _AFTER_CLOCK.match(text[hit.span[1] :]) if hit is not None and hit.span[0] == 0 else None
        place = rest.group("place").strip() if rest else None
        place = labelled_place(place) if place else None
        if place and _a_place(place):
            return place
    return None


def labelled_place(words: str) -> str | None:
    """What follows a card's hours when it is a place: "Ort: Vereinsheim" is "Vereinsheim" ("Room: 204", a number,
    stays whole); another label's value ("Gegner: DC Triple 20", the match's opponent; "Info: …") is none (pages117),
    but not a place's part or a venue's name before a colon ("Stage: Main Hall", "The Crown: Upstairs"); unlabelled
    words as they are."""
    place_label = LABEL_BEFORE.match(words)
    if place_label is not None:
        value = place_label.group("place").strip()
        return words if value[:1].isdigit() else value or None  # "Room: 204" is the room's whole name
    label = OTHER_LABEL.match(words)
    if label is None or PLACE_NOUN.search(label["label"]) or PLACE_PART.search(label["label"]):
        return words
    return None


def _a_place(words: str) -> bool:
    return (
        len(words) <= MAX_NAME_LENGTH
        and len(words.split()) <= MAX_PLACE_WORDS
        and words[0].isupper()
        and meaningful(words)
        and not words.endswith(".")
        and find_clock(words) is None
        and not find_dates(words, year_hint=2000, today=dt.date(2000, 1, 1))
        and not NOT_A_PLACE.search(words)
        and not NOT_THE_PLACE.search(words)
    )


def last_day_line(block: Any, start: dt.date) -> dt.date | None:
    """The last day a line of its own gives a card that starts on ``start`` (a day, not a time): "- Thru
    3/27/2016", "Through April 22". None when no line says so, or the day is not after the start within a year."""
    if isinstance(start, dt.datetime):
        return None
    for line in block_text(block).splitlines():
        match = _LAST_DAY.match(" ".join(line.split()))
        if match is None or len(line) > MAX_LINE:
            continue
        hits = find_dates(match.group("day").strip(), year_hint=start.year, today=start)
        last = hits[0].date if hits and hits[0].start == 0 else None
        if last is not None and start < last <= start + dt.timedelta(days=MAX_SPAN_DAYS):
            return last
    return None
