"""A station's departures board is no list of events (left30, review29's "Left"). Pure.

A rail or bus operator's page "Departures from York" lists trains: a time, where each goes, its platform and whether
it runs on time ("10:02 | London Kings Cross | 3 | On time"); an airport's, its gate and "Gate closed", "Landed"
(review32; a flight's own status page too: "Flight BA2612 status", "Scheduled departure", "Scheduled arrival").
Each row was read as an event at its time, titled by its destination or by the page. ``_page_weekly_transit`` knows
a timetable by its title ("Route 5 timetable", "Fahrplan"); a live board's title says only "Departures" or
"Arrivals", which a tour operator's page of trips ("Tour departures from London") says too. So the page is a board
when its heading or title names departures, arrivals or a flight in the pages' languages AND its text names a
platform's, a track's or a gate's column and two rows' running statuses ("on time", "delayed", "expected",
"pünktlich", "à l'heure", "op tijd", "gate closed"…): none of its rows is read.

Not: a tour operator's departures (dates and prices, no platform nor running status); a play or an exhibition named
"Departures" (no platform); a station's page of events ("Christmas market at York station", no departures heading).
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_info import PageInfo
from sources.adapters._page_weekly_transit import transport_timetable

# A heading or title naming a board of departures or arrivals: "Departures from York", "Live arrivals", "Abfahrten".
BOARD_TITLE = re.compile(
    r"\b(?:departures?|arrivals|departure\s+board|flight\s+status|(?:flight|vuelo|vol|flug)\s+\w{2}\s?\d{1,4}|"
    r"abfahrt(?:en)?|ankunft|ankünfte|départs|arrivées|vertrek(?:ken)?|"
    r"aankomst(?:en)?|salidas|llegadas|partenze|arrivi|avgångar|ankomster|afgange)\b",
    re.IGNORECASE,
)
# A board's platform column: "Platform", "Plat.", "Gleis", "Voie", "Spoor", "Andén", "Binario", "Track".
PLATFORM = re.compile(
    r"\b(?:platforms?|plat\.|gleis|bahnsteig|voie|quai|spoor|perron|and[ée]n|binario|track|läge|spor|gate|terminal"
    r"|flugsteig|puerta)\b",
    re.IGNORECASE,
)
# A train's or a bus's running status: "On time", "Delayed", "Expected", "Pünktlich", "À l'heure", "Op tijd".
RUNNING = re.compile(
    r"\b(?:on\s+time|delayed|expected|exp\.|pünktlich|verspätet|versp\.|à\s+l'heure|retardé|op\s+tijd|vertraagd|"
    r"en\s+hora|retrasado|in\s+orario|in\s+ritardo|i\s+tid|försenad|gate\s+closed|final\s+call|departed"
    r"|landed|scheduled\s+(?:departure|arrival))(?!\w)",
    re.IGNORECASE,
)
MAX_TITLE = 160
MAX_TEXT = 20_000  # the board's first rows say it
MIN_RUNNING = 2  # statuses of two rows at least: one "expected" is any prose's


def departure_board(root: Any, info: PageInfo) -> str | None:
    """The heading or title that names the page a departures or arrivals board, or None (see the module)."""
    title = next(
        (
            text
            for text in (info.heading, info.og_title, info.doc_title)
            if text and BOARD_TITLE.search(text[:MAX_TITLE])
        ),
        None,
    )
    if title is None:
        return None
    text = " ".join(root.itertext())[:MAX_TEXT]
    running = sum(1 for _ in zip(range(MIN_RUNNING), RUNNING.finditer(text), strict=False))
    return title if PLATFORM.search(text) and running >= MIN_RUNNING else None


def transport_page(root: Any, info: PageInfo) -> str | None:
    """The title or heading that names the page a transport timetable (``_page_weekly_transit``) or a departures
    board, or None."""
    return transport_timetable([], (info.heading, info.og_title, info.doc_title)) or departure_board(root, info)
