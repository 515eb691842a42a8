"""A date heading broken into lines by <br> holds its event's lines (pages118). Pure.

A fair-trade shop's events page writes each event as one <h3> broken by line breaks: "Samstag, 9:30 Uhr bis 12:30
Uhr" / "<b>17.09.16" / "Faires Frühstück</b>" / "im Weltladen," / "Lechtorstr. 11, Schongau" / a paragraph of
description; the next as "Samstag, 19:30 Uhr" / "<b>24.09.16" / "Multivisionsshow" / "Die Anden</b>" / "im Pfarrzentrum
Verklärung Christi," / "Schönlinderstr. 39, Schongau". Every line of the heading is a heading line of its rank, so
the date heading's reader (``_page_line_neighbours._read_below``) stopped at the line under the date as at the next
section, and each event was titled by the line above it. Now, inside the one heading element:

* a line under the date heading is no next section (``same_heading``): the name is read below as under any date
  heading;
* a line just above the date that is only a weekday and its hours gives the event's time and end
  (``clock_above``);
* the name runs on over the next lines set in the same bold as the date and the name ("Multivisionsshow" /
  "Die Anden": ``bold_name_run``), and those lines are no place;
* the place lines after the name give the place, up to the first that is a street as other languages write it
  ("im Weltladen," / "Lechtorstr. 11, Schongau": "Weltladen, Lechtorstr. 11, Schongau", the "im" that leads it
  dropped; ``street_place``).

Not: a line above the date in another element (a section's time, read as before), a line above that writes a date
or words besides its weekday and hours ("Anmeldung bis 9:30 Uhr"), a line above under an earlier date of the same
heading (review58: "<b>15.03.31</b> Flohmarkt<br>ab 14 Uhr<br><b>22.03.31</b> Basar": the market's hours), a bold
line that is a remark, a price or a call ("Eintritt frei", "ausverkauft": review58), a name's next line in another bold or none, a
bold run of more than ``MAX_RUN`` lines or holding a clock or a date, place lines with no street ("im Saal,", "Eintritt
frei"), a heading of its own rank in another element (the next section, as before). read-through 58: the place
lines are read only under a heading broken by <br> (plain <h3>/<p> pages gave "Eintritt 5 Euro, Kirchplatz 3"),
and a remark, a price or a deadline among them ("Kinder 3 Euro", "Anmeldung bis Freitag") is no place line.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_bars import hours_line
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_not_places import REMARK, price_or_call
from sources.adapters._page_schedule import Entry
from sources.adapters._place_split import STREET_THEN_NUMBER

_EPOCH = dt.date(2000, 1, 1)
MAX_RUN = 3  # lines of one bold name
MAX_PLACES = 4  # place lines joined
BOLD = ("b", "strong")
# A weekday (and a comma) before the hours: nothing else may stand on the line ("Samstag, 9:30 Uhr bis 12:30 Uhr").
HOURS_ONLY = re.compile(
    r"^(?:(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|sonnabend|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday)?,? ?(?:(?:ab|um|von|from|at) )?\d{1,2}(?:[:.]\d{2})?(?: ?(?:uhr|h|am|pm|a\.m\.|p\.m\.))?"
    r"(?: ?(?:-|–|—|bis|to|until) ?\d{1,2}(?:[:.]\d{2})?(?: ?(?:uhr|h|am|pm|a\.m\.|p\.m\.))?)?$",
    re.IGNORECASE,
)  # on the line's words joined by single spaces
LEADING_PREPOSITION = re.compile(r"^(?:im|in\s+der|in\s+den|in|at\s+the|at)\s+", re.IGNORECASE)
PREPOSITION_ONLY = re.compile(r"^(?:im|in\s+der|in\s+den|in|at)\s+", re.IGNORECASE)  # "at The Crown": its "The" kept
MAX_WORDING = 200
# read-through 58: a price or a deadline on a line where the place could be ("Kinder 3 Euro", "Anmeldung bis Freitag",
# "Registration by Friday") is no part of the place.
NOT_PLACE_LINE = re.compile(
    r"\d[ \t]*+(?:euro|eur|€|chf|fr\.|franken|pfund)(?!\w)|\b(?:anmeldung|registration|register|inscription|"
    r"reservierung|voranmeldung|kartenvorverkauf|vorverkauf|abendkasse|kinder|erwachsene|ermäßigt)\b|"
    r"\b(?:bis|by|until)[ \t]++(?:zum[ \t]++)?(?:(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


def same_heading(line: Line, heading: Line) -> bool:
    """Whether ``line`` is a later line of the date heading's own element (past a <br>), not the next section."""
    return line.block is not None and line.block is heading.block


def clock_above(entry: Entry, lines: list[Line], heading: Line) -> None:
    """The date heading's time and end from the line just above it in its own element, when that line is only a
    weekday and hours."""
    if entry.time is not None or heading.index == 0:
        return
    above = lines[heading.index - 1]
    text = " ".join(above.text.split())
    if not same_heading(above, heading) or len(text) > MAX_WORDING or not HOURS_ONLY.match(text):
        return
    if find_dates(text, year_hint=2000, today=_EPOCH) or _under_earlier_date(lines, heading):
        return
    clock = hours_line(text, dated=True)
    if clock is None or clock.start is None:
        return
    entry.time, entry.end_time = clock.start, clock.end
    entry.evidence.append(f"time read from the line above the date in its heading: {text[:60]!r}")


def _under_earlier_date(lines: list[Line], heading: Line) -> bool:
    """Whether the line above the date heading follows an earlier date in the same heading element: it is that
    date's line (review58)."""
    for line in reversed(lines[: max(0, heading.index - 1)]):
        if not same_heading(line, heading):
            return False
        if find_dates(line.text[:MAX_WORDING], year_hint=2000, today=_EPOCH):
            return True
    return False


def _bold_lines(bold: Any) -> list[str]:
    """A bold element's lines, as its <br>s break them."""
    found, current = [], [bold.text or ""]
    for child in bold:
        if child.tag == "br":
            found.append("".join(current))
            current = [child.tail or ""]
        else:
            current += [child.text_content() or "", child.tail or ""]
    found.append("".join(current))
    return [" ".join(part.split()) for part in found if part.split()]


def bold_name_run(entry: Entry, heading: Line) -> list[str]:
    """The lines after the name that the same bold element holds, joined to the name; the lines so taken."""
    if entry.title is None or heading.block is None:
        return []
    for bold in heading.block.iter(*BOLD):
        parts = _bold_lines(bold)
        if entry.title not in parts:
            continue
        run = parts[parts.index(entry.title) + 1 :]
        if not run or len(run) > MAX_RUN:
            return []
        if any(find_clock(part) or find_dates(part, year_hint=2000, today=_EPOCH) for part in run):
            return []
        if any(REMARK.search(part) or price_or_call(part) for part in run):
            return []  # "Eintritt frei", "ausverkauft": a remark in the bold, no part of the name (review58)
        entry.title = " ".join([entry.title, *run])
        entry.evidence.append(f"the name runs on in the same bold: {entry.title[:60]!r}")
        return run
    return []


def street_place(entry: Entry, places: list[str]) -> None:
    """The place from the short lines after the name when one of them is a street as other languages write it."""
    if entry.location is not None or not places:
        return
    kept = [place.strip(" ,") for place in places[:MAX_PLACES]]
    kept = [place for place in kept if not _not_place(place)]  # "Eintritt 5 Euro,": no place line (read-through 58)
    street = next((index for index, place in enumerate(kept) if STREET_THEN_NUMBER.match(place)), None)
    if street is None:
        return
    kept = kept[: street + 1]  # the address ends with its street's line: what follows is the description
    kept[0] = LEADING_PREPOSITION.sub("", kept[0])
    entry.location = ", ".join(place for place in kept if place)
    entry.evidence.append(f"place read from the lines under the name: {entry.location[:60]!r}")


def broken_heading(entry: Entry, lines: list[Line], heading: Line, places: list[str]) -> None:
    """What a date heading broken by <br> adds to its entry (see the module); ``places`` loses the name's run."""
    clock_above(entry, lines, heading)
    run = bold_name_run(entry, heading)
    places[:] = [place for place in places if place not in run]
    if _broken(lines, heading):  # read-through 58: only under a heading broken by <br>, the module's premise
        street_place(entry, places)
    if entry.location is None and places and _broken(lines, heading):  # "at The Crown," / "12 High Street" (review58)
        places[:] = [place.strip(" ,") for place in places]
        places[0] = PREPOSITION_ONLY.sub("", places[0])


def _broken(lines: list[Line], heading: Line) -> bool:
    """Whether the line under the date heading is one of the heading's own (a heading broken by <br>)."""
    return heading.index + 1 < len(lines) and same_heading(lines[heading.index + 1], heading)


def _not_place(line: str) -> bool:
    """Whether a short line under the name is a remark, a price or a deadline, no place line (read-through 58)."""
    return REMARK.search(line) is not None or price_or_call(line) or NOT_PLACE_LINE.search(line) is not None
