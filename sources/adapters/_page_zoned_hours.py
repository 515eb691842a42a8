"""A day's start hour written with its zone on a line of its own among the lines under the day, for the generic
page adapter (html.py, by _page_line_neighbours.follow_lines). Pure.

A league's season calendar writes each day once ("1 октября 2021, пт | Неделя 5") over that day's match tile: the
two clubs with their towns, the links to the match's pages, its number, and, for a match still to come, the
face-off hour with the zone the league plays by ("17:00 мск", "19:30 CET"); a match already played shows its score
and its periods' scores there instead ("5 — 6", "1:1", "2:4"). The hour is not on the line under the date, so the
date line's own neighbours give no time. A clock followed by a zone's abbreviation, alone on its line, is a start
hour as nothing else on such a tile is: the hour is the day's when it is the only one between the date and the next
line that writes a date. Two zoned hours under one day are two matches' (neither is the day's); a score, a period's
"1:1" or a bare "20:00" with no zone is no such line. The hour is read as written (the zone is named, not moved:
the source's zone is the page's, as for every clock the page writes).

The line right under that hour, in the small box that holds the two of them and nothing of the clubs' (the match's
number, its hour, "Магнитогорск"), a town's or ground's words alone (no digit, no link, at most four words), is
where the match is played; a club's name is a link in a box of its own, a score has digits.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._feed_zone_words import ZONES
from sources.adapters._page_dates import find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_rows import holder
from sources.adapters._page_schedule import Entry
from sources.adapters._page_time_lines import clock_alone

# The zone's abbreviation closing a short line, after a space: "17:00 мск", "7:30 PM EST", "19:30 CET."
ZONE_WORD = re.compile(r"[\s\xa0](?P<zone>[A-Z]{2,4}|[\u041c\u043c][\u0421\u0441][\u041a\u043a])\.?[\s\xa0]*$")
KNOWN_ZONES = frozenset(ZONES) | {"MSK", "\u041c\u0421\u041a"}  # ... and Moscow's, in Latin and in Cyrillic
ZONED_LINE = 30  # "17:00 мск", "7:30 p.m. EST": a time and its zone, nothing more
LINES_BELOW = 40  # one day's tile: its clubs, towns, links, number and hour
HOUR_BOX = 80  # the box holding the hour and the place under it: "№ 141 17:00 мск Магнитогорск"
PLACE_WORDS = 4


def zoned_hour(text: str) -> tuple[dt.time, dt.time | None] | None:
    """The start (and end) a line states when it is only a time and a known zone's abbreviation, else None."""
    text = text.strip()
    if len(text) > ZONED_LINE:
        return None
    zone = ZONE_WORD.search(text)
    if zone is None or zone.group("zone").upper() not in KNOWN_ZONES:
        return None
    clock = clock_alone(text[: zone.start()])
    return (clock.start, clock.end) if clock is not None and clock.start is not None else None


def zoned_hour_below(entry: Entry, lines: list[Line], line: Line) -> None:
    """The date line's time from the one zoned hour among the lines under it, before the next line with a date."""
    if entry.time is not None or entry.all_day:
        return
    found: tuple[tuple[dt.time, dt.time | None], Line] | None = None
    for below in lines[line.index + 1 : line.index + 1 + LINES_BELOW]:
        if find_dates(below.text, year_hint=2000, today=dt.date(2000, 1, 1)):
            break  # the next day's line: the hours under it are its own
        hour = zoned_hour(below.text)
        if hour is None:
            continue
        if found is not None:
            return  # two matches' hours under one day: neither is the day's
        found = hour, below
    if found is None:
        return
    (entry.time, entry.end_time), hour_line = found
    entry.evidence.append(f"time read from the one zoned hour under the date: {hour_line.text.strip()[:40]!r}")
    place = place_under_hour(lines, hour_line)
    if entry.location is None and place is not None:
        entry.location = place
        entry.evidence.append(f"place read from the line under the zoned hour: {place!r}")


def place_under_hour(lines: list[Line], hour_line: Line) -> str | None:
    """The town's words on the line right under the hour, in the small box holding both, or None."""
    if hour_line.block is None or hour_line.index + 1 >= len(lines):
        return None
    below = lines[hour_line.index + 1]
    text = below.text.strip()
    words = text.split()
    if below.block is None or below.anchors or below.is_heading or not 0 < len(words) <= PLACE_WORDS:
        return None
    if not all(word.replace("-", "").replace("'", "").isalpha() for word in words):
        return None  # "5 — 6", "№ 141": a score, a number
    box = holder(hour_line.block, below.block)
    return text if box is not None and _small(box) else None


def _small(box: Any) -> bool:
    """Whether the box's words (its markup's indentation aside) fit HOUR_BOX: read only so far."""
    size = 0
    for piece in box.itertext():
        size += len(piece.strip())
        if size > HOUR_BOX:
            return False
    return True
