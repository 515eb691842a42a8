"""A feed item's end written as a line of its running order ("23:30 - Ende", "Ende: 23:30 Uhr"), for ``rss``. Pure.

feeds79: an event platform's Jekyll Atom dated a concert by its <published> (20:00, the doors) and wrote its running
order in the content as lines of a clock and what happens then: "20:00 - Einlass & Warm-Up DJ", "21:00 - Support
Act", "22:00 - The Example Band", "23:30 - Ende". The last line says when the evening ends, and nothing read it: the
concert had no end.

An item read at a clock with no end takes the one clock that a line of its text gives with nothing but the end's word
beside it: the clock, a dash (or a colon, a bar, a bullet) and the word ("23:30 - Ende", "22:00 – Schluss", "23:00 -
End"), or the word, a colon and the clock ("Ende: 23:30 Uhr", "Schluss ca. 22:30"). It is the end on the start's day,
or the next day's when the clock comes before the start's ("02:00 - Ende" after 22:00), and only within MAX_SPAN.

Not: a line whose end is a deadline's or a part's ("Ende der Anmeldung: 18:00", "Anmeldeschluss 12:00", "22:00 - Ende
des Vorverkaufs"), a day and month written with dots ("Ende: 20.10.", "Koniec: 1.05.": review60, the
20th of October, not 20:10), an end in a sentence ("Wir spielen bis 23:30, dann ist Ende"), two such lines with different clocks
(two stages' or two days' ends), an end more than MAX_SPAN after the start ("17:00 - Ende" under a start at 20:00),
an item read as a whole day, an item whose end is already known. Only an item read as one event takes it
(``rss._entry_records``): a post that lists several dates has no one evening to end.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from sources.adapters._feed_glued import html_lines
from sources.adapters._feed_when import When

MAX_SCAN = 20_000  # characters of an item's body looked at
MAX_LINE = 40  # a longer line is a sentence, not a running order's line
MONTHS = 12  # "20.10.": a dotted pair whose second number is a month's, with a dot after it, is a day
MAX_SPAN = dt.timedelta(hours=12)  # an evening's end, past midnight at most; longer is another day's
_CLOCK = r"(?P<hour>[01]?\d|2[0-3])(?P<mark>[:.])(?P<minute>[0-5]\d)(?P<unit>[ \t]?(?:uhr|h))?"
# The end's word alone: German, English, French, Dutch, the Nordic languages' and Polish.
END_WORD = r"(?:ende|schluss|veranstaltungsende|end|the[ \t]+end|fin|einde|slut|koniec)"
CLOCK_THEN_END = re.compile(rf"^{_CLOCK}[ \t]*(?:[-–—:|·•][ \t]*)?{END_WORD}[ \t.!]*$", re.IGNORECASE)
END_THEN_CLOCK = re.compile(
    rf"^{END_WORD}[ \t]*(?:[:–—-][ \t]*)?(?:(?:ca\.?|gegen|um|at|approx\.?|vers|à)[ \t]*)?{_CLOCK}[ \t.]*$",
    re.IGNORECASE,
)


def end_line(when: When, markup: str | None) -> When:
    """``when`` with the end its running order's end line gives (see the module), else ``when`` as it was."""
    start = when.start
    if when.end is not None or when.all_day or not isinstance(start, dt.datetime) or not markup:
        return when
    clocks: set[tuple[int, int]] = set()
    for line in html_lines(markup[:MAX_SCAN]):
        text = " ".join(line.split())
        if len(text) > MAX_LINE:
            continue
        found = CLOCK_THEN_END.match(text) or END_THEN_CLOCK.match(text)
        if found is not None and not _day_and_month(found, text):
            clocks.add((int(found["hour"]), int(found["minute"])))
    if len(clocks) != 1:
        return when
    hour, minute = clocks.pop()
    end = start.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if end <= start:
        end += dt.timedelta(days=1)
    if end - start > MAX_SPAN:
        return when
    return dataclasses.replace(when, end=end)


def _day_and_month(found: re.Match[str], text: str) -> bool:
    """Whether the clock is a day and a month written with dots ("Ende: 20.10.", review60): a dot between the
    numbers, another right after them, no "Uhr", and a month's number after the first dot."""
    dotted = found["mark"] == "." and not found["unit"] and text[found.end("minute") :].startswith(".")
    return dotted and 1 <= int(found["minute"]) <= MONTHS
