"""A single event page's structured start that is the doors' time its own text names, then the show's (pages98).

A theatre's event page writes ``"startDate": "2026-09-27T18:00:00+02:00"`` in its JSON-LD, and shows under
"Datum & tider": "Söndag 27 september 2026 · Dörrar 18:00 · På scen 20:00" (doors 18:00, on stage 20:00). The
template puts the doors' time in the data; people come for the show, and the page says when it starts. The start
check against the page (``_page_evidence``) keeps the data's time, since the page shows it too.

So on a page that describes one event, when the structured start's wall clock is the doors' time of a doors-and-show
pair its visible text writes (``_page_doors``: "Doors 7pm / Show 8pm", "Einlass 19 Uhr, Beginn 20 Uhr", "Dörrar
18:00 På scen 20:00", "Deuren open 19:30, aanvang 20:15"), and that is the only such pair with that doors' time,
the event starts at the show's time on the same day. A stated end after the show is kept.

Kept as written: a start that already is the show's ("startDate" 20:00 beside "Doors 18:00 Show 20:00"), a time the
page names by something else than the doors ("Dinner 18:00, show 20:00"), two pairs with the same doors' time and
different shows (which is this event's is a guess), and any page with more than one event (a listing's pairs belong
to its rows, which the page reader reads).
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from typing import Any

from sources.adapters._page_date_clocks import _show_clock
from sources.adapters._page_doors import show_after_doors
from sources.adapters._page_evidence import move, visible_text
from sources.adapters.base import RawEvent

MAX_TEXT = 20_000  # characters of a page's text looked into
MAX_CLOCKS = 200  # times of day looked at on one page
WINDOW = 1_000  # characters after a place in the text in which its next clock, and that clock's show, are looked for
OVERLAP = 200  # characters the windows share
# A doors' word anywhere (a cheap test before any clock is read; ``_page_doors`` says which are the doors').
DOORS_WORD = re.compile(
    r"(?i)(?:doors?|einlass|portes|puertas|treff|sammeln|meet|dörr|dør|insläpp|deuren|zaal|türöffnung|apertura|ovet)"
)
MOVED = "{syntax} start {was} is the doors' time the page shows; moved to the show's, {shown}"


def doors_pairs(text: str) -> set[tuple[dt.time, dt.time]]:
    """Each (doors, show) pair of times ``text`` writes ("Doors 7pm / Show 8pm")."""
    pairs: set[tuple[dt.time, dt.time]] = set()
    if DOORS_WORD.search(text) is None:
        return pairs  # no doors' word: no pair (review37: 200 clocks on a 20,000-character page took 5 s)
    at = 0
    for _ in range(MAX_CLOCKS):
        rest = text[at : at + WINDOW]  # a window, not the rest of the page: each clock read costs its window
        hit = _show_clock(rest)
        if hit is None:
            if at + WINDOW >= len(text):
                break
            at += WINDOW - OVERLAP  # a clock cut at the window's end is read whole in the next
            continue
        if hit.span[1] > WINDOW - OVERLAP and at + WINDOW < len(text) and hit.span[0] > 0:
            at += hit.span[0]  # too near the window's end for its show to be in it: read again from it
            continue
        shown = show_after_doors(rest, hit, _show_clock)
        if shown is not None and shown[0].start > hit.start:
            pairs.add((hit.start, shown[0].start))
        at += max(hit.span[1], 1)
    return pairs


def show_not_doors(event: RawEvent, *, tree: Any, zone: zoneinfo.ZoneInfo, syntax: str) -> None:
    """Move ``event`` (the page's one event) from the doors' time to the show's (see module doc)."""
    if not isinstance(event.start, dt.datetime):
        return
    local = event.start.astimezone(zone)
    doors = local.time().replace(second=0, microsecond=0)
    shows = {show for opens, show in doors_pairs(visible_text(tree)[:MAX_TEXT]) if opens == doors}
    if len(shows) != 1:
        return
    show = shows.pop()
    start = local.replace(hour=show.hour, minute=show.minute, second=0, microsecond=0)
    end = event.end if isinstance(event.end, dt.datetime) and event.end > start else None
    note = MOVED.format(syntax=syntax, was=doors.strftime("%H:%M"), shown=show.strftime("%H:%M"))
    move(event, local, start, note, end=end)
