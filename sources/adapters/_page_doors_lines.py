"""The doors' time and the show's on separate lines of a card, and a closing time that is no start. Pure.

A card writes its date, then the doors' and the show's times each on a line (or in an element) of its own::

    Saturday, October 10, 2026
    Doors 7:00 PM
    Show 8:00 PM

(``<p>Doors 7:00 PM</p><p>Show 8:00 PM</p>``, ``<dt>Doors</dt><dd>7:00 PM</dd><dt>Show</dt><dd>8:00 PM</dd>``,
"Einlass: 19 Uhr" over "Beginn: 20 Uhr"). The card's date reader tries the date's own line first, and a date
followed at once by "Doors 7:00 PM" reads that line's time as the start; the event starts at the show. So when the
time the date's line gives is the doors' (their word right before it or right after it, as _page_doors reads them),
a line labelled as the start ("Show 8:00 PM", "Start: 20:00", "Beginn 20 Uhr", "Showtime 8pm") is tried first; a
line with nothing but the label ("Show") reads the time on the line under it. The doors' time stays the start when
no such line says more: "Doors 7pm" alone, or "Doors 7pm" over "Dinner 7:30pm".

A time after "doors close", "bar closes", "closing at" or "last entry" is when the evening ends, never its start:
a card whose only time is "Doors close at 11pm" starts on its day, with no time.

Not the doors': "Door prizes at 8pm", "doorstep ceilidh at 9pm", a venue named "The Blue Door, 8pm"; not a
start's label: "Show 2 of 3", "Showcase 8pm" (the label stands alone before its time).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sources.adapters._page_dates import ClockHit
from sources.adapters._page_doors import DOORS_AFTER, DOORS_BEFORE, DOORS_REACH
from sources.adapters._page_time_lines import START, START_LABEL, label_rank

# A label alone on its line, over the start's time on the next ("Show", "Start:", "Beginn", "Showtime").
LABEL_ALONE = re.compile(
    r"^\W{0,3}(?:show(?:[ \t]?time)?|start(?:s|[ \t]time)?|beginn|d[ée]but|concert|music|curtain)[ \t]{0,3}:?[ \t]{0,3}$",
    re.IGNORECASE,
)
# A line that opens with the show's label and its time ("Showtime 8pm", "Music 8:30 PM", "Concert 20h", "First band
# 7:30"), as well as the start's labels of _page_time_lines.START_LABEL ("Show 8pm", "Start: 20:00", "Beginn 20 Uhr").
SHOW_LINE = re.compile(
    r"^\W{0,3}(?:show[ \t]?time|(?:live[ \t])?music|concert|curtain|performance|first[ \t](?:band|act|set))"
    r"(?:[ \t](?:at|starts?))?[ \t]{0,3}[:\-–]?[ \t]{0,3}(?=\d)",
    re.IGNORECASE,
)
# The words that make the time after them a closing time ("Doors close at 11pm", "Bar closes 2am", "last entry 22:00",
# "Einlassschluss 23 Uhr", "fermeture des portes 23h").
CLOSING_BEFORE = re.compile(
    r"\b(?:(?:doors?|bar|box[ \t]office|venue)[ \t]{1,3}(?:close[sd]?|shuts?|locks?)|closing(?:[ \t]time)?"
    r"|last[ \t]{1,3}(?:entry|admission|orders?|call)|einlassschluss|fermeture(?:[ \t]{1,3}des[ \t]{1,3}portes)?)"
    r"(?:[ \t]{1,3}(?:at|um|à))?[ \t]{0,3}[:\-–]?[ \t]{0,3}$",
    re.IGNORECASE,
)
CLOSING_REACH = 40  # the most characters such words take before their time


def doors_time(line: str, hit: ClockHit) -> bool:
    """Whether ``hit`` (a time found in ``line``) is the doors' ("Doors 7:00 PM", "7pm doors", "Einlass: 19 Uhr")."""
    reach = max(0, hit.span[0] - DOORS_REACH)
    return bool(DOORS_BEFORE.search(line[reach : hit.span[0]]) or DOORS_AFTER.match(line, hit.span[1]))


def closing_time(line: str, hit: ClockHit) -> bool:
    """Whether ``hit`` is a closing time ("Doors close at 11pm", "last entry 22:00"): an end, never the start."""
    reach = max(0, hit.span[0] - CLOSING_REACH)
    return CLOSING_BEFORE.search(line[reach : hit.span[0]]) is not None


def show_lines_first(
    lines: list[str], order: list[int], date_line: int, read: Callable[[str], ClockHit | None]
) -> list[int]:
    """``order`` (the card's lines in the order their times are tried, the date's own line first) with the lines that
    label the start's time ("Show 8:00 PM", or "Show" over "8:00 PM") moved before the date's line, when the time on
    the date's line is the doors' and the start's is later; ``order`` unchanged otherwise. ``read`` finds a line's
    first time."""
    hit = _doors_hit(lines, date_line, read)
    if hit is None:
        return order
    shows: list[int] = []
    for index in order:
        if index == date_line:
            continue
        line = lines[index]
        if LABEL_ALONE.match(line) and index + 1 < len(lines):
            shown, index = read(lines[index + 1]), index + 1
        elif label_rank(line) == START and START_LABEL.match(line) or SHOW_LINE.match(line):
            shown = read(line)
        else:
            continue
        if shown is not None and shown.start is not None and shown.start > hit.start:
            shows.append(index)
    if not shows:
        return order
    return [*shows[:1], *(index for index in order if index != shows[0])]


def _doors_hit(lines: list[str], date_line: int, read: Callable[[str], ClockHit | None]) -> ClockHit | None:
    """The doors' time: the date's line's when it is the doors' ("Saturday, October 10 · Doors 7:00 PM"), else the
    time under a line that ends with the doors' label ("Doors" over "7:00 PM", the date's line "Saturday, October 10
    · Doors" over "7:00 PM")."""
    hit = read(lines[date_line])
    if hit is not None and hit.start is not None:
        return hit if doors_time(lines[date_line], hit) else None
    for index, line in enumerate(lines[:-1]):
        if (
            DOORS_BEFORE.search(line.rstrip())
            and (below := read(lines[index + 1])) is not None
            and below.start is not None
        ):
            return below
    return None
