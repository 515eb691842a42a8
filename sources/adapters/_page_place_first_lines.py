"""A date heading over a block whose FIRST line is the place and the second the event's name: "<h4>19 maart · 20.30
uur</h4><p>Maranathakerk, Den Haag<br>Orgelconcert<br>Bert van Stam, orgel</p>" (helper pages100: an organist's
agenda). The reader under a date heading takes the first short line for the name (_page_line_neighbours); here that
line is where, and the name is the line after it.

Told over the whole run of such headings, never one alone: the first lines read as places (a building's word,
"-kerk", "Kirche", "Hall", "Café" …, or "Name, Town") in most of the run. A first line repeated from heading to
heading is no sign by itself ("Orgelconcert" over each night's performers is the name). A single heading's first line
is left to the reader; a list of names that share no place word stays named as it is.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sources.adapters._page_schedule import Entry, meaningful

TITLE_UNDER = "title read from the line under the date: "
PLACE_FIRST = (
    "the line under the date is the place, {place!r}, shared by the run's headings; the name is the next: {name!r}"
)
MIN_RUN = 3
MAX_PLACE = 80
MAX_NAME = 160
# A building or a site's word in the languages read here: Dutch and German compounds end with theirs
# ("Maranathakerk", "Stadtkirche", "Elandstraatkerk"), other words stand alone ("Van Gogh café", "Grand Hall").
# Bounded alternations, no nested quantifier.
PLACE_WORD = re.compile(
    r"(?:kerk|kirche|kapelle|kathedrale|kathedraal|basiliek|zaal|saal|halle|theater|zentrum|centrum|gemeindehaus|"
    r"huis|haus|schule|museum)\b|"
    r"\b(?:church|chapel|kapel|cathedral|basilika|basilica|dom|abdij|abbey|[ée]glise|chiesa|iglesia|temple|hall|"
    r"theatre|th[ée][âa]tre|teatro|caf[ée]|bar|pub|club|klub|park|mus[ée]e|centre|center|house|school|[ée]cole|"
    r"library|bibliotheek|bibliothek|m[ée]diath[èe]que|auditorium|aula|stadion|arena)\b",
    re.I,
)
# "Name, Town" or "Name, Town (Country)": a place's last part after a comma, a capitalised word or two.
NAME_TOWN = re.compile(r"^[^,]{2,60},\s{0,3}\w[^,]{1,40}$")


def _second_line(entry: Entry, lines: Sequence[Any]) -> tuple[Any, Any] | None:
    """The line the title was read from and the line after it, both in one block (a <p> split at <br>)."""
    at = entry.line + 1
    if not 0 <= at < len(lines) - 1:
        return None
    first, second = lines[at], lines[at + 1]
    if first.block is None or second.block is not first.block or first.text.strip() != (entry.title or "").strip():
        return None
    return first, second


def _placed(text: str) -> bool:
    return bool(PLACE_WORD.search(text)) or bool(NAME_TOWN.match(text))


def place_first_lines(entries: list[Entry], lines: Sequence[Any]) -> None:
    """Give each entry of a run titled from the line under its date heading the next line as its name and the
    first as its place, when the run's first lines are places (see the module). Mutates the entries."""
    run: list[tuple[Entry, str, str]] = []
    for entry in entries:
        if entry.location is not None or not any(note.startswith(TITLE_UNDER) for note in entry.evidence):
            continue
        pair = _second_line(entry, lines)
        if pair is None:
            continue
        place, name = (" ".join(line.text.split()) for line in pair)
        if len(place) > MAX_PLACE or not name or len(name) > MAX_NAME or not meaningful(name) or pair[1].anchors:
            continue
        run.append((entry, place, name))
    if len(run) < MIN_RUN:
        return
    placed = sum(1 for _, place, _ in run if _placed(place))
    if placed * 2 < len(run):
        return
    for entry, place, name in run:
        entry.location, entry.title = place, name
        entry.evidence.append(PLACE_FIRST.format(place=place[:60], name=name[:60]))
