"""A match card under a date bar: one link around a time alone, then two sides each on its line with its score
on the next ("<a href=/731406/…><div>9:15 AM</div><div>BBL Esports</div><div>0</div><div>Fire Flux Esports</div>
<div>2</div>…</a>"), as a sports or esports fixtures list writes a day's matches. The card is one event at that
time, named "BBL Esports vs Fire Flux Esports" and linked by the card. Not: a time over two names with no score
lines (a concert's two acts), lines outside the card's link, a side that is a number or a price. Pure."""

from __future__ import annotations

import re

from sources.adapters._page_lines import Anchor, Line

SCORE = re.compile(r"\d{1,2}")  # a side's score alone on its line ("0", "13"); not "£12", "2031", "12:00"
SIDE_LENGTH = 60  # the longest side's name


def _side(text: str) -> bool:
    """A side's name: short words with a letter, not a number, nor a sentence."""
    name = text.strip()
    return 0 < len(name) <= SIDE_LENGTH and any(c.isalpha() for c in name) and not name.endswith((".", ":", "!", "?"))


def score_row(lines: list[Line], line: Line, time_alone: bool) -> tuple[str, Anchor] | None:
    """The title and link of the match card whose time line is ``line`` (``time_alone``: its text is only a time):
    the four lines after it are a side, its score, the other side, its score, all five in the line's one link."""
    if not time_alone or len(line.anchors) != 1 or not line.anchors[0].href:
        return None
    anchor = line.anchors[0]
    card = lines[line.index + 1 : line.index + 5]
    if len(card) != 4 or any(len(row.anchors) != 1 or row.anchors[0] != anchor for row in card):
        return None
    first, first_score, second, second_score = (row.text.strip() for row in card)
    if not (_side(first) and _side(second) and SCORE.fullmatch(first_score) and SCORE.fullmatch(second_score)):
        return None
    return f"{first} vs {second}", anchor
