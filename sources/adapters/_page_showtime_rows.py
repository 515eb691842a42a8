"""A row under a date bar that is a show's name and its times only ("<a>Film</a> | 18:00 20:30"): a cinema's
timetable, which lists each day ("Středa 5.8.2026") and under it one row per film, the film's link and its
showings' hours in one cell. Each time is one showing of that film on the bar's day. Pure; the date bars
(_page_bars) build the rows' entries.

Only that shape: the row's one link is its name and opens the line, and everything after it is times written
as a clock writes them ("18:00", "8.30", "20:30"), set apart by spaces, commas or bars. A row that says more ("Film
18:00 Sál 2", "Film 18:00, 120 min") or whose link is a document or a "Tickets" button is another reader's.

A film's showings are set on the clock's five-minute marks and in order, a film's length apart (an hour at least:
"17:30 20:15"). A row whose times are not ("Linka 12 | 08:15 08:45 09:15", a bus's departures; "Bergkäse 200 g |
2.49", a price; "Council approves budget | 14:37", a news item's stamp), or a day's rows under an opening hours'
heading ("Otevírací doba poboček": "Ústřední knihovna | 10:00 19:00", a branch's hours), holds no showings
(review35). A row of one time is a showing only under a heading that names the place ("Praha - Kino Aero") or below a row of
several showings on the page: a news list's stamps fall on five-minute marks too ("Vláda schválila rozpočet |
14:35"; review36)."""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import ClockHit
from sources.adapters._page_hours_sections import hours_section
from sources.adapters._page_lines import Anchor, Line
from sources.adapters._page_nav_links import names_no_event
from sources.adapters._page_place_nouns import PLACE_NOUN
from sources.adapters._page_words import is_document_link, meaningful

# A time, and the half of the day an American cinema writes after it ("2:00pm", "11:15 a.m."; review35).
_TIME = re.compile(
    r"(?<![\d.:])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?:\s?(?P<half>[ap])\.?m\.?)?(?![\d.:\w])", re.I
)
_ONE = r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\b\.?)?"
# The times and what stands between them: the whole rest of the row, its separators at both ends trimmed.
_TIMES_ONLY = re.compile(rf"{_ONE}(?:[\s,;|·/]++{_ONE})*+", re.I)
MAX_TIMES = 12  # a day's showings of one film
_SEPARATORS = " \t\n,;|·/"  # what may stand around the times
MAX_PLACE = 80  # a heading that names a place, not a paragraph
MIN_GAP = 60  # minutes between two showings of one film: its length at least
MARK = 5  # showings start on the clock's five-minute marks ("17:30", "20:15"), a news stamp or a price need not


def name_and_times(
    line: Line, section: Line | None = None, *, timetable: bool = False
) -> tuple[str, Anchor, list[ClockHit]] | None:
    """The name, its link and its showings' times of a row that is a linked name and times only, or None. A row of
    one time needs a heading that names the place, or a ``timetable``: rows of several showings above it."""
    if len(line.anchors) != 1 or (section is not None and hours_section(" ".join(section.text.split()))):
        return None
    anchor = line.anchors[0]
    name = " ".join(anchor.text.split())
    text = " ".join(line.text.split())
    if not name or not text.startswith(name) or not meaningful(name) or names_no_event(name, anchor.href):
        return None
    if is_document_link(name, anchor.href):
        return None
    rest = text[len(name) :]
    if _TIMES_ONLY.fullmatch(rest.strip(_SEPARATORS)) is None:
        return None
    clocks = [
        ClockHit(dt.time(_hour(found), int(found["minute"])), None, (found.start(), found.end()))
        for found in _TIME.finditer(rest)
    ]
    if len(clocks) == 1 and showing_place(section) is None and not timetable:
        return None  # "Vláda schválila rozpočet | 14:35": a news item's stamp, though on a five-minute mark (review36)
    return (name, anchor, clocks) if 0 < len(clocks) <= MAX_TIMES and _showings(clocks) else None


def _hour(found: re.Match[str]) -> int:
    """The hour of a time, its half of the day counted ("2:00pm": 14, "12:30am": 0)."""
    hour, half = int(found["hour"]), (found["half"] or "").lower()
    if half and hour <= 12:
        return hour % 12 + (12 if half == "p" else 0)
    return hour


def _showings(clocks: list[ClockHit]) -> bool:
    """Whether the times are a film's showings: each on a five-minute mark, in order, an hour apart at least."""
    minutes = [clock.start.hour * 60 + clock.start.minute for clock in clocks]
    if any(minute % MARK for minute in minutes):
        return False
    return all(later - earlier >= MIN_GAP for earlier, later in zip(minutes, minutes[1:], strict=False))


def showing_place(section: Line | None) -> str | None:
    """The place the heading over a timetable's day names ("Praha - Kino Aero", "Main Hall"): a short heading that
    holds a place's noun (PLACE_NOUN: cinema, kino, theatre, hall...) and no date; None for any other heading
    ("Programme", "This week")."""
    if section is None or not section.is_heading:
        return None
    text = " ".join(section.text.split())
    return text if len(text) <= MAX_PLACE and PLACE_NOUN.search(text) and not any(ch.isdigit() for ch in text) else None
