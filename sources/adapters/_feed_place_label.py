"""A feed item's place written in its text under a label, for the ``rss`` adapter. Pure.

Calendars that have no place element write the place into the item's text as a labelled line: Google Calendar's
"basic" feeds ("When: Tue Oct 11, 2011 4pm to 6pm<br>Where: Stanford Humanities Center Board Room<br>Event Status:
confirmed"), a Drupal calendar's fields (a "Location" label element over the field's value). Read as the text's
lines: a line that starts with a place's label before a colon ("Where: …", "Location: …", "Lieu : …") gives the
rest of the line; a line that is only the label gives the next line. The label words are every reader's
(``_place_labels``).

A line that is only a heading's permalink mark ("#", "¶", "§": a theme's anchor beside each heading, "開催場所 / # /
猫山観音堂") is no line of the text: the place under a heading is the line after it (feeds82).

A word is a label only there: "Where next? We will tell you soon" asks about something else, "Location scouting
workshop" is a title, and a "place" longer than MAX_PLACE is a sentence, not a place. The item's place elements
(xCal, ev:location, gd:where, a venue element) outrank any line of its text.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import re

from sources.adapters._feed_glued import html_lines
from sources.adapters._feed_pipe_fields import field_lines
from sources.adapters._place_labels import LABEL_ALONE, LABEL_BEFORE, WHERE_ASKED
from sources.adapters._place_not_yet import place_not_yet

MAX_PLACE = 120  # a longer value is prose, not a place's name and address
MAX_SCAN = 20_000  # characters of an item's body looked at
_ASKED = re.compile(rf"^\s*{WHERE_ASKED}", re.IGNORECASE)
# A question asked before what follows it is no label when more than this many words follow ("Where? We will tell
# you soon"); "Wo? Stadthalle" is a label.
MAX_ASKED_WORDS = 4
# A line that is only a heading's permalink mark: a theme's anchor link, not text.
_ANCHOR_MARK = re.compile(r"\A\s*[#¶§🔗]\s*\Z")


def labelled_place(markup: str | None) -> str | None:
    """The place a labelled line of the item's text gives, or None."""
    if not markup:
        return None
    lines = field_lines(html_lines(markup[:MAX_SCAN]))  # "… | Location: MU 211": _feed_pipe_fields
    lines = [line for line in lines if not _ANCHOR_MARK.match(line)]  # a heading's "#" link
    for index, line in enumerate(lines):
        if LABEL_ALONE.match(line):
            value = lines[index + 1] if index + 1 < len(lines) else None
            if value and not LABEL_ALONE.match(value):
                return _place(value)
            continue
        found = LABEL_BEFORE.match(line)
        if found is None or _asked(line):
            continue
        place = _place(found.group("place"))
        if place:
            return place
    return None


def _asked(line: str) -> bool:
    """A question ("Where next? We will tell you soon"): no label, unless only the question's word stands before
    the place ("Wo? Stadthalle" is read by the label before it: a one-word question and a short place)."""
    asked = _ASKED.match(line)
    return asked is not None and len(line[asked.end() :].split()) > MAX_ASKED_WORDS


def _place(value: str | None) -> str | None:
    text = (value or "").strip(" ,;:-–—")
    if not text or len(text) > MAX_PLACE or place_not_yet(text):  # "Location not posted": _place_not_yet
        return None
    return text
