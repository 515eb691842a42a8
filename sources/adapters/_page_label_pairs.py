"""A label and its value written as two lines, and a range of dates stacked one part per line, read as the one line a
reader sees. Pure.

A definition list pairs each term with its description ("<dt>Tid</dt><dd>08:00</dd>", "<dt>Stad</dt>
<dd>Formannskapssalen</dd>", a meeting card's fields): the schedule reader looks for "Time: 08:00" and "Location:
…" on one line, so a short term over its description becomes "Tid: 08:00". A card may stack a span's parts as
blocks ("<div>30.09.2025</div><div>-</div><div>25.07.2026</div>"): one line "30.09.2025 - 25.07.2026", a range, not
two dates each an event.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import TYPE_CHECKING

from sources.adapters._page_dates import find_dates

if TYPE_CHECKING:  # _page_lines reads its lines through this module
    from sources.adapters._page_lines import Line

TERM_LENGTH = 30  # characters: a longer term is a glossary's, not a field's label
VALUE_LENGTH = 200  # characters: a longer description is prose, read as it stands
_DASH = re.compile(r"^\s*(?:-|–|—|to|til|till|bis|au|al|a)\s*$", re.IGNORECASE)
_EPOCH = dt.date(2000, 1, 1)  # any clock: only whether a text is one date matters


def _is_term(line: Line) -> bool:
    """A <dt> that is a field's label: short, with no number in it (a term that is a date, "2024年4月14日（日）"
    over the day's stores, heads its description as a date heading does and is read as one), and the whole of its
    <dt> (the name on a term's second line, under its date, "2025年10月12日(日)<br><a>Concert One</a>", labels
    nothing: it is the event's)."""
    text = line.text.strip()
    return (
        line.block is not None
        and line.block.tag == "dt"
        and len(text) <= TERM_LENGTH
        and not text.endswith(":")
        and not any(char.isdigit() for char in text)
        and " ".join(line.block.text_content().split()) == " ".join(text.split())
    )


def _describes(line: Line, term: Line) -> bool:
    """Whether ``line`` is the description right after ``term``: a <dd> that follows the term's <dt>."""
    if line.block is None or line.block.tag != "dd" or term.block is None:
        return False
    return line.block.getprevious() is term.block


def _one_date(line: Line) -> bool:
    hits = find_dates(line.text, year_hint=2000, today=_EPOCH)
    return len(hits) == 1 and hits[0].start == 0 and hits[0].end >= len(line.text.strip()) - 1


def _stacked_range(run: list[Line]) -> bool:
    """Whether three lines are one range's parts: a date, a dash alone, a date, each a block of one parent."""
    if len(run) != 3 or any(line.block is None for line in run):
        return False
    parent = run[0].block.getparent()
    if parent is None or any(line.block.getparent() is not parent for line in run):
        return False
    return _one_date(run[0]) and bool(_DASH.match(run[1].text)) and _one_date(run[2])


def joined_pairs(lines: list[Line]) -> list[Line]:
    """``lines`` with each short term and its description joined into one line ("Tid: 08:00"), and each range
    stacked as three blocks joined into one; the lines renumbered."""
    merged: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        after = lines[index + 1] if index + 1 < len(lines) else None
        if after is not None and _is_term(line) and _describes(after, line) and len(after.text) <= VALUE_LENGTH:
            text = f"{line.text.strip()}: {after.text.strip()}"
            merged.append(dataclasses.replace(after, text=text, anchors=[*line.anchors, *after.anchors]))
            index += 2
            continue
        if _stacked_range(lines[index : index + 3]):
            text = " ".join(part.text.strip() for part in lines[index : index + 3])
            anchors = [anchor for part in lines[index : index + 3] for anchor in part.anchors]
            merged.append(dataclasses.replace(line, text=text, anchors=anchors))
            index += 3
            continue
        merged.append(line)
        index += 1
    for position, kept in enumerate(merged):
        kept.index = position
    return merged
