"""A date line's time on the labelled line after its labelled place (pages119). Pure.

A Swedish chess club writes each event's facts as three labelled lines of one block: "Datum: Onsdag 3 September
2025", "Plats: Linköpings universitet, C-huset, Colosseum", "Tid: 12:00 – 17:00". The place under the date was read
(``_page_line_neighbours._place_below``, which also reads a place under the time: "Tid: 08:00" over "Stad: …"), but
the time under the place was not, as only the line right under the date was looked at: the launch was read all day.
Now, when the date's line gives no time and the line under it labels the place, the line after that, in the same
block or one date's row, gives the time when it states only when ("Tid: 12:00 – 17:00", "Time: 7pm", "19:00").

Not: a line after the place that is a sentence with a time in it ("Vi ses kl. 18 på puben!"), the doors' or a
meeting's line ("Insläpp: 18:00", "Treffpunkt 17:00"), an end alone ("Ende: 21:00"), a line in another date's row, a
time line after a line that is not a labelled place.
"""

from __future__ import annotations

from typing import Any

from sources.adapters._page_lines import Line
from sources.adapters._page_rows import one_date_holds
from sources.adapters._page_time_lines import START, TIME, timed_line
from sources.adapters._page_words import PLACE_LABEL


def time_after_place(entry: Any, lines: list[Line], line: Line) -> None:
    """The time a date line's entry takes from the line after its labelled place line (see the module)."""
    if entry.time is not None or line.block is None or line.index + 2 >= len(lines):
        return
    place, below = lines[line.index + 1], lines[line.index + 2]
    if PLACE_LABEL.match(place.text) is None or below.block is None:
        return
    days = frozenset(day for day in (entry.day, entry.end_day) if day is not None)
    if below.block is not line.block and not one_date_holds(line.block, below.block, days):
        return
    text = " ".join(below.text.split())
    read = timed_line(text)
    if read is None or read[0] not in (START, TIME):
        return
    entry.time, entry.end_time = read[1].start, read[1].end
    entry.evidence.append(f"time read from the line after the labelled place: {text[:60]!r}")
