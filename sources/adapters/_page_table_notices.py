"""An events table's rows that only say the place is closed or open are no events (pages118). Pure.

A country inn's "Bevorstehende Termine" table lists its events ("03.10.2026 | Wurschdhoofastupfe
(Schlachtschüsselbüffet)", "31.12.2026 | Silvesterbüffet") and, between them, the days it closes or opens short
("17.10.2026 | Geschlossen", "25.12.2026 | von 10-14 Uhr geöffnet"): those rows were printed as events (the first
held as a closure's notice, the others not even that). A table under an opening hours' heading is no events already
(``_page_hours_rows``); in a table whose rows name two events or more, a row whose name says nothing but that the
place is closed, or that it opens at given hours, in the opening hours' words (``_page_hours_rows.named``) is now
left out.

Not: a row naming anything else ("Closed Circuit live", "Tag der offenen Tür", "Open Mic 20 Uhr", "Heiligabend-
Gottesdienst"), "Open Day" or "Offen" with no hour (a day's name, not hours), a table of fewer than two named rows
(its closures stay held as notices, as before: ``_page_words.reads_as_closure``). review58: "Open Day 10am - 4pm",
"Open Days 11-3" (a day's name with its hours: ``OPEN_DAY``). left44: a header-less table's row whose hours the
row reader cut from its name ("25.12. | von 10-14 Uhr geöffnet" named "geöffnet") is such a notice too: its hours are
in its time or its row's text; "geöffnet" or "Offen" with no hours anywhere in the row still is none.
"""

from __future__ import annotations

import re

from sources.adapters._page_closing_days import CLOSED  # the closed word in the languages pages are written in
from sources.adapters._page_dates import find_clock
from sources.adapters._page_hours_rows import MIN_NAMED, named
from sources.adapters._page_schedule import Entry

OPEN_WORD = re.compile(
    r"\b(?:open|opens|opened|ge[öo]ffnet|offen|ouverte?s?|abiert[oa]s?|apert[oa]|geopend|[öo]ppet|[åa]pent|"
    r"avoinna|otwarte)\b",
    re.IGNORECASE,
)
HOUR = re.compile(r"\d")
OPEN_DAY = re.compile(r"\bopen[ \t]+days?\b", re.IGNORECASE)  # an open day is an event with hours (review58)


def _notice(name: str, timed: bool = False) -> bool:
    """Whether a row's name says only that the place is closed, or open at given hours (in the name, or read off
    it into the row's time: ``timed``)."""
    if named(name) or OPEN_DAY.search(name):
        return False
    return bool(CLOSED.search(name) or OPEN_WORD.search(name) and (timed or HOUR.search(name)))


def notice_rows_off(found: list[Entry]) -> list[Entry]:
    """``found`` (one table's rows) without its closing and opening notices, when two or more rows name events."""
    if sum(bool(entry.title) and named(entry.title or "") for entry in found) < MIN_NAMED:
        return found
    return [entry for entry in found if not (entry.title and _notice(entry.title, _timed(entry)))]


def _timed(entry: Entry) -> bool:
    """Whether the row states hours outside its name: read into its time, or left in its row's text when the name
    was cut from it ("25.12.2031 | von 10-14 Uhr geöffnet" named "geöffnet", left44)."""
    return entry.time is not None or find_clock(entry.text or "") is not None
