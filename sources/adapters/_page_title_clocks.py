"""A table row whose time is written at the end of its event's cell, after the name ("Working Bee 6.30 - 9 pm",
"Working Bee Explorers 7.30 - 9.30 pm", "Incident Hike - Blunts Barn 6.30 pm Fri - 8 am Sat"; pages batch 102, a
scout group's diary, its date cell holding days only): the row's time and end, and the name without them. Read
alone, the row was a whole day and its name carried the hours.

Only a clock that ends the cell is taken (after it at most a weekday, or a dash to another clock and weekday: an
overnight's "Fri - 8 am Sat"); a clock inside a name ("Route 9 to 5 Walk", "24:7 Café") or a row that has its own
time is left as it was, and so is a clock after a price or a number ("Quiz £7.50 - 9.30pm"; review42). Pure."""

from __future__ import annotations

import re

from sources.adapters._page_dates import find_clock
from sources.adapters._page_schedule import Entry

_WEEKDAY = r"(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?"
# What may follow the clock at the end of the cell: its weekday, and an overnight's end with its own weekday.
AFTER_CLOCK = re.compile(
    rf"^[ \t]{{0,3}}(?:{_WEEKDAY})?[ \t]{{0,3}}(?:(?:-|–|—|to|until)[ \t]{{0,3}}(?P<end>[0-9][0-9:.]{{0,5}}[ \t]{{0,2}}"
    rf"[ap]\.?[ \t]?m\.?)[ \t]{{0,3}}(?:{_WEEKDAY})?[ \t]{{0,3}})?$",
    re.IGNORECASE,
)
# What is left between the name and the clock: a joint or "at".
BEFORE_CLOCK = re.compile(r"(?:[ \t]{0,3}(?:-|–|—|,|@|\bat\b|\bfrom\b))?[ \t]{0,3}$", re.IGNORECASE)
# A number or a currency's sign ending what stands before the clock ("Quiz £7.50", "Class of 1990").
NUMBER_BEFORE = re.compile(r"[\d£$€¥]$")
TITLE_CLOCK = "time read from the end of the row's name: {words!r}"


def title_clock(entry: Entry) -> None:
    """The entry's time and end from the end of its title, its title without them (see the module)."""
    title = entry.title
    if not title or entry.time is not None or entry.all_day:
        return
    hit = find_clock(title)
    if hit is None or hit.span[0] == 0:
        return
    after = AFTER_CLOCK.match(title[hit.span[1] :])
    if after is None:
        return
    name = title[: hit.span[0]]
    name = name[: BEFORE_CLOCK.search(name).start()].strip()  # type: ignore[union-attr]
    if len(name) < 3 or NUMBER_BEFORE.search(name):
        return  # "Quiz £7.50 - 9.30pm": a price or a number before it, not the row's hours (review42)
    end = hit.end
    if end is None and after.group("end"):
        overnight = find_clock(after.group("end"))
        end = overnight.start if overnight is not None else None
    entry.evidence.append(TITLE_CLOCK.format(words=title[hit.span[0] :].strip()))
    entry.title, entry.time, entry.end_time = name, hit.start, end
    if end is not None and end < hit.start and entry.end_day is None:
        entry.end_days = 1
