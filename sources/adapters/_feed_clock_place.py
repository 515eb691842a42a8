"""The place named after an item's clock in its prose ("at 8:00 AM at Beaverfork Park"), for the ``rss`` adapter
(issue #13, batch 69). Pure.

A school's notification feed writes its event in one sentence: "Come out and support your Wampus Cats cross country
teams Saturday August 15 at 8:00 AM at Beaverfork Park." The day and clock were read, the park was not: the item has
no place element, no "Where:" label, no room after a clock range (``_feed_range_place``) and no locative phrase of
the Romance or German kind (``_feed_venue_phrase``).

In an item's description, a clock ("8:00 AM", "7 pm", "19:30") followed by "at" or "@" and a proper name of one to
five capitalised words (with "of", "the", "&" between them) that ends with a venue's noun (park, field, stadium,
arena, hall, center, church, library, school, gym, theater, museum, gallery, club, pavilion, auditorium, plaza,
square, complex, fieldhouse, ballroom, lodge, barn, chapel, garden(s), green, pool, rink, court(s), room) is the
item's place, when nothing else gave one. The name stops at the first word in lower case or at the sentence's end.

Not a place: a name with no venue's noun ("at 7 PM at Joe's", "at 6 PM at Chicago": a town or a shop may be a
sponsor, an organiser or a sender), words in lower case ("at 7 PM at the latest", "at 8 AM at our usual spot"), a
name after no clock ("at Beaverfork Park last year": a sentence's place, not the event's), a name after other words
than the clock's "at" ("at 8 AM on Monday at Central Park": only an "at" right after the clock counts). Nor
(review49) an online meeting's room ("at 7 PM at Zoom Room", "@ Google Meet Room", "Teams Room"), nor a venue's noun
alone ("at 7 AM at School", "at 4 PM at Gym": no name says which; a later clock's name may). A name led by "The"
with two words more is a place ("at 8 PM at The Green Room"); "The Park" alone is not. "Zoo", "aquarium",
"fairgrounds" are venues' nouns ("at 6 PM at Central Park Zoo").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import html
import re

MAX_MARKUP = 4_000  # characters of a description looked at
TAG = re.compile(r"<[^<>\n]{0,300}>")
CLOCK = r"(?<![\d:])(?:\d{1,2}(?::\d{2})?[ \t]?[ap]\.?[ \t]?m\b\.?|\d{1,2}:\d{2}\b)"
WORD = r"[A-Z][\w'’.-]*+"
JOIN = r"(?:of|the|&|and)"
VENUE_NOUN = re.compile(
    r"(?:park|field|fields|stadium|arena|hall|center|centre|church|library|school|gym|gymnasium|theater|theatre"
    r"|museum|gallery|club|clubhouse|pavilion|auditorium|plaza|square|complex|fieldhouse|ballroom|lodge|barn"
    r"|chapel|garden|gardens|green|pool|rink|court|courts|room|amphitheater|amphitheatre|bowl|commons|zoo|aquarium"
    r"|fairgrounds|grounds|brewery|winery|taproom|tavern|cafe|café|restaurant)",
    re.IGNORECASE,
)
NAME = rf"{WORD}(?:[ \t]{{1,3}}(?:{JOIN}[ \t]{{1,3}}){{0,2}}{WORD}){{0,4}}"  # "St. Mary of the Lake Church"
ONLINE = re.compile(
    r"\b(?:zoom|teams|meet|webex|skype|discord|twitch|youtube|facebook|online|virtual|webinar)\b", re.IGNORECASE
)
CLOCK_AT_NAME = re.compile(rf"{CLOCK}[ \t]{{1,3}}(?:at|@)[ \t]{{1,3}}(?P<name>(?-i:{NAME}))", re.IGNORECASE)


def clock_place(markup: str | None) -> str | None:
    """The venue named right after a clock and "at" in the description ("Beaverfork Park"), or None."""
    return named_venue(CLOCK_AT_NAME, markup)


def named_venue(pattern: re.Pattern[str], markup: str | None, groups: tuple[str, ...] = ("name",)) -> str | None:
    """The first place one of ``pattern``'s ``groups`` captures in the description's text that ``venue_words``
    keeps."""
    if not markup:
        return None
    text = " ".join(html.unescape(TAG.sub(" ", markup[:MAX_MARKUP])).split())
    for found in pattern.finditer(text):
        captured = next((found[group] for group in groups if found[group]), None)
        name = venue_words(captured) if captured else None
        if name is not None:
            return name
    return None


def venue_words(name: str) -> str | None:
    """A captured name cut after its last venue's noun ("Beaverfork Park Saturday" → "Beaverfork Park"), or None
    when no place's name is left ("School", "The Park", "Zoom Room")."""
    words = name.rstrip(".,;:!?").split()
    while words and not VENUE_NOUN.fullmatch(words[-1].rstrip(".,;:!?")):
        words.pop()
    named = words[1:] if words and words[0].lower() == "the" else words
    if len(named) < 2 or named[0].lower() in {"of", "and"} or ONLINE.search(" ".join(words)):
        return None
    return " ".join(words).rstrip(".,;:!?")
