"""Two pieces of text that meet at an element's edge with no space between them and that the page's style sets apart:
a name and the number its address starts with ("<span>Riverside Arts Center</span><span>12 Mill St</span>"), a
clock's am/pm and the place after it ("<span>10:00 PM</span><span>Maple Street Theatre</span>"), a number standing as
a word and the capitalised word after it (a results line's inline sides: "<span>Riverside FC 2</span><span>Hill
United 1</span>", not "2Hill"; its kick-off "<span>15:00</span><span>Riverside FC</span>"; left27), a name and the
field's label after it ("<strong>Spielabend</strong><span>Ort: Lorem Ipsum, Regensburg</span>", not "SpielabendOrt:";
held-out batch 122: a capitalised word and a colon, LABEL_START). Read by _page_cards.block_text (and _page_lines) beside its other edge rules (capital_apart,
digits_apart). Pure."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable

# A word of two letters or more at the end of the text before the edge ("Center", "Room"), or a capital standing alone
# after a space ("Studio B"); not a formula's letter glued to its number ("H<sub>2</sub>O").
WORD_END = re.compile(r"(?:(?<![^\W\d_])[^\W\d_]{2,}|(?<=\s)[A-Z])$")
# A clock's am or pm at the end of the text before the edge ("10:00 PM", "7pm", "9 a.m.").
MERIDIEM_END = re.compile(r"\d\s?[AaPp]\.?[Mm]\.?$")
# A number or a clock standing as a word at the end of the text before the edge ("FC 2", "Apollo 13", "15:00"), not
# a code's digits ("A4", "MP3") nor a decimal's ("12.5").
NUMBER_END = re.compile(r"(?:^|(?<=[\s(]))(?:\d{1,2}:[0-5]\d|\d{1,3})$")
# A capitalised word at the start of the text after the edge ("Hill United"); not a letter alone ("4<b>K</b>").
WORD_START = re.compile(r"^[A-Z][a-z]")
# A field's label opening the text after the edge: one capitalised word and its colon ("Ort: ", "Venue: ", "Lieu : ").
LABEL_START = re.compile(r"^[^\W\d_][^\W\d_]{1,14}\s?:(?:\s|$)")
LOWER_END = re.compile(r"[^\W\d_]{2}$")  # a word's last two letters (the last lower-case: edge_apart)
TAIL = 12  # characters of the text before the edge looked at
TAIL_PIECES = 8  # pieces of that text looked back at (number_apart)
# Elements whose number belongs to the word before them, set lower or higher, not apart ("CO<sub>2</sub>",
# "km<sup>2</sup>"): no edge at their start (review 13).
ON_THE_WORD = frozenset({"sub", "sup"})


def edge_apart(before: str, following: str) -> str:
    """ " " where a word meets a number ("Center" | "12 Mill St"), a clock's am/pm meets a capital ("10:00 PM" |
    "Maple") or a lower-case word meets a field's label ("Spielabend" | "Ort: …"), else ""."""
    tail = before[-TAIL:]
    head = following[:1]
    if head.isdigit() and WORD_END.search(tail):
        return " "
    if head.isupper() and (
        MERIDIEM_END.search(tail) or (LOWER_END.search(tail) and tail[-1:].islower() and LABEL_START.match(following))
    ):
        return " "
    return ""


def tail_of(pieces_backwards: Iterable[str]) -> str:
    """The last TAIL characters of a text given as its pieces, last piece first (the text before an edge, across the
    elements that end there), from its last TAIL_PIECES pieces at most."""
    tail = ""
    for piece in itertools.islice(pieces_backwards, TAIL_PIECES):  # a long run of empty elements is not walked
        tail = piece[-TAIL:] + tail
        if len(tail) >= TAIL:
            break
    return tail[-TAIL:]


def number_apart(lead: str, following: str) -> str:
    """ " " where a number or a clock standing as a word ("FC 2", "15:00") meets a capitalised word ("Hill United"),
    else "". ``lead`` is the text before the edge across the elements it ends (so a formula's "H<sub>2</sub>" is no
    number standing alone)."""
    return " " if NUMBER_END.search(lead[-TAIL:]) and WORD_START.match(following) else ""
