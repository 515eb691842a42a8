"""A table row's name cell that says where after "at" or "in", then remarks: its name, place and time (held-out
batch 116). Pure but for the entries it mends.

A former pupils' association's "Important Dates" table writes the date in one cell and a sentence or three in the
other: "Grand Reunion at Eliot House", "Golf at Teign Valley Golf Club. Tee off 11:30am. Contact: …", "AGM to be held
in Liskeard Public Hall Long Room. Long room will be open from 10am for coffee/teas …". The table reader took the
cell whole for the title, with no place, and cut its clock out of the title without reading it. A schedule line
written so is split by the place reader (_page_tail_places.line_place); a table row now is too:

- the name cell's first sentence is read as a line's rest: "Golf" at "Teign Valley Golf Club"; a passive "to be held",
  "will be held" before the place is no part of the name ("AGM");
- the sentences after it are remarks, not the name nor the place;
- when the row gives no time, a clock in one of those remarks is its time ("Tee off 11:30am"), unless that sentence is
  about a room's or doors' opening, a deadline or a booking ("Long room will be open from 10am": not the AGM's).

Not: a row with a place of its own (a place column, a line's place), a first sentence with no place in it ("Night at
the Museum": the place reader's own guards), a name that would be left empty or a word of a preposition only, a
title's own "in" ("Talk: Birds in Winter. Speaker …", "Christmas in Provence. Slide talk …": after "in", a place holds
a place's noun or two capitalised words, and is no season nor month).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import ClockHit, find_clock, find_dates
from sources.adapters._page_lone_cell_places import lone_place
from sources.adapters._page_opening_places import first_sentence
from sources.adapters._page_place_nouns import PLACE_NOUN
from sources.adapters._page_schedule import ADDRESS
from sources.adapters._page_tail_places import line_place
from sources.adapters._page_words import NOT_THE_EVENTS_TIME, meaningful

# "to be held", "will be held", "is being held", "taking place" before the place: how, not what.
# Single spaces (the cell's text is one line) and at most three helper words: linear on " is is is …".
HELD = re.compile(r"(?:[ \t](?:is|are|be|being|will|to)){0,3}[ \t](?:held|hosted|taking[ \t]place)$", re.I)
# A remark's clock that is not the event's: a room's or the doors' opening, a booking's.
OPENING = re.compile(r"\b(?:open|opens|opening|doors|closes?|closing|book(?:ing)?s?|tickets?)\b", re.I)
MAX_CELL = 300
AT_WORD = re.compile(r"(?<![^ \t])(?:at|in)[ \t]", re.I)  # the word that leads into the place, not "@"
# review57: "in" before words that hold no place's noun is as often how or for what as where: "Concert in Aid of
# Cancer Research", "Service in Memory of John Smith", "Talk in English", "Meeting in Person", "Fun Run in Fancy Dress".
IN_BEFORE = re.compile(r"\bin[ \t]+$", re.IGNORECASE)
_ANY_DAY = dt.date(2000, 1, 1)


def _cell_of(entry: Any) -> str | None:
    """The row's cell its title was read from (the first whose words open as the title's do); for a row the table
    reader found no name for (a long cell), its first cell with no date."""
    texts = [cell.strip() for cell in entry.text.split(" | ")]
    if entry.title:
        return next((text for text in texts if text.startswith(entry.title[:12])), None)
    return next((text for text in texts if text and not find_dates(text, year_hint=2000, today=_ANY_DAY)), None)


def _remark_clock(cell: str, sentence: str) -> ClockHit | None:
    """The clock one of the cell's later sentences gives (see the module), else None."""
    for remark in re.split(r"(?<=[a-z]{3}[.!?])\s+|(?<=[ap]m\.)\s+", cell[len(sentence) :]):
        clock = find_clock(remark)
        if clock is not None and not OPENING.search(remark) and not NOT_THE_EVENTS_TIME.search(remark):
            return clock
    return None


def cell_at_places(found: list[Any]) -> None:
    """Each placeless table row's name, place and time from its name cell (see the module), in place."""
    for entry in found:
        if entry.location or getattr(entry, "online", False):
            continue
        cell = _cell_of(entry)
        if cell is None or len(cell) > MAX_CELL:
            continue
        sentence = first_sentence(cell)
        clock = find_clock(sentence)
        named = sentence if clock is None else sentence[: clock.span[0]].rstrip(" ,;:-–—")
        title, place = line_place(named)
        held = HELD.search(title)
        title = title[: held.start()].strip(" ,;:-–—") if held else title
        # "Jazz @ The Vaults": a sign in a name stays the name's; "Street Stocks at Road America" alone in its cell is
        # a race's whole name as a results table writes it: only a cell that goes on past its name (remarks) or says
        # how ("to be held in") is read for its place, or a lone one naming a building and linking nowhere (left43)
        remarks = len(cell) > len(sentence) + 1
        if (
            not place
            or not meaningful(title)
            or not AT_WORD.search(named)
            or not (remarks or held or lone_place(entry, place))
        ):
            continue
        if not _where(sentence, place):  # not "in Aid of", "in English" (review57), "Birds in Winter" (read-through 57)
            continue
        entry.title, entry.location = title, place
        entry.evidence.append(f"place read after 'at' in the row's name cell: {place[:60]!r}")
        if entry.time is None and (remark := _remark_clock(cell, sentence)) is not None:
            entry.time, entry.end_time = remark.start, remark.end
            entry.evidence.append(f"time read from a remark in the row's name cell: {cell[len(sentence) :][:60]!r}")


def _where(sentence: str, place: str) -> bool:
    """Whether the place read is where: after "at", or after "in" when a place's noun or a street names it (review57:
    not "in Aid of …", "in English", "in Person")."""
    at = sentence.rfind(place)
    if at < 0 or not IN_BEFORE.search(sentence[:at]):
        return True
    return bool(PLACE_NOUN.search(place) or ADDRESS.search(place))
