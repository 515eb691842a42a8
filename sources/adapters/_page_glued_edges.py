"""Two pieces of text that meet at an element's edge with no space between them and that the page's style sets apart:
a name and the number its address starts with ("<span>Riverside Arts Center</span><span>12 Mill St</span>"), a
clock's am/pm and the place after it ("<span>10:00 PM</span><span>Maple Street Theatre</span>"). Read by
_page_cards.block_text beside its other edge rules (capital_apart, digits_apart). Pure."""

from __future__ import annotations

import re

# A word of two letters or more at the end of the text before the edge ("Center", "Room"), or a capital standing alone
# after a space ("Studio B"); not a formula's letter glued to its number ("H<sub>2</sub>O").
WORD_END = re.compile(r"(?:(?<![^\W\d_])[^\W\d_]{2,}|(?<=\s)[A-Z])$")
# A clock's am or pm at the end of the text before the edge ("10:00 PM", "7pm", "9 a.m.").
MERIDIEM_END = re.compile(r"\d\s?[AaPp]\.?[Mm]\.?$")
TAIL = 12  # characters of the text before the edge looked at
# Elements whose number belongs to the word before them, set lower or higher, not apart ("CO<sub>2</sub>",
# "km<sup>2</sup>"): no edge at their start (review 13).
ON_THE_WORD = frozenset({"sub", "sup"})


def edge_apart(before: str, following: str) -> str:
    """ " " where a word meets a number ("Center" | "12 Mill St") or a clock's am/pm meets a capital ("10:00 PM" |
    "Maple"), else ""."""
    tail = before[-TAIL:]
    head = following[:1]
    if head.isdigit() and WORD_END.search(tail):
        return " "
    if head.isupper() and MERIDIEM_END.search(tail):
        return " "
    return ""
