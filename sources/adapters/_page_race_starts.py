"""A race's or a ride's start under its check-in: the start's clock, not the check-in's (left32). Pure.

left33 widened it to what else people arrive for before it starts: a conference's "Registration 8:30, sessions
start 9:30", "Registration from 8:30am; the conference starts at 9:30am", a gig's "Doors open 7:00pm. Music starts
at 8:00pm", an open day's "Check-in 9:00, tours start 9:30" (doors and arrivals are check-ins' words; sessions,
talks, a conference, a programme, a workshop, a show, music, a screening, a ceremony, a service are what starts).
Still not: "Registration 8:30, breakfast starts 8:45", "the library opening starts 9:30", a registration alone.

A race page writes its day, then when runners check in or register, then when the race starts: "Sunday 15 June
2031" / "Registration opens at 8:00am. Race starts at 9:30am.", "Sunday 15 June 2031, check-in from 8:00, start
09:30", "Check-in: Sunday 15 June 2031, 08:00–09:15" over "Race starts at 9:30am". The single reader took the first
clock after the date: the check-in's (8:00). When the date's line or the few lines under it give a clock that a
check-in's word governs (check-in, registration, sign-on, packet or bib pick-up, warm-up, assembly) and a clock that
a start's word governs ("start", "race starts at", "start time:", "gun time", "kick-off"), the start's clock is the
event's. A line that opens with a start's label is the start (``_page_time_lines.START_LABEL`` already ranks it
first among the lines under the date; the date's own line went first).

Not: a start's word with no check-in beside it (the reader's clock stands: "Tickets on sale from 8:00, starts
9:30" is left as read), a check-in alone (the check-in's clock is all there is), a start's word that governs no
clock ("Start and finish at the boathouse"), a start on a dated line of its own (another day's), another thing's start
("Breakfast starts at 7:00").
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_dated_ends import find_clock_until
from sources.adapters._page_dates import ClockHit, find_clock, find_dates

# A check-in's or a registration's word: what runners do before the start.
CHECK_IN_WORD = re.compile(
    r"\b(?:check[ \t-]?in|registration|register|sign[ \t-]?(?:in|on)|(?:packet|bib|race[ \t]pack|number)s?"
    r"[ \t]{1,3}(?:pick[ \t-]?up|collection)|warm[ \t-]?up|assembl(?:y|e)|doors(?:[ \t]open)?|arrivals?)\b",
    re.IGNORECASE,
)
# A start's word and the words between it and its clock: "Start 09:30", "Race starts at 9:30am", "start time: 9:30",
# "gun time 9:30", "kick-off at 10:00", "the race begins at 9:30".
START_WORD = re.compile(
    r"\b(?:start(?:s|ing)?(?:[ \t]time)?|begins?|gun[ \t]time|kick[ \t-]?off)(?:[ \t]{1,3}(?:at|from|is))?"
    r"[ \t]{0,3}[:\-–]?[ \t]{0,3}",
    re.IGNORECASE,
)
# What may stand right before a start's word: the line's or a clause's opening, or what starts ("Race starts at",
# "the ride begins at"), not another thing's start ("Breakfast starts at 7:00", "Bar service starts …").
START_LEAD = re.compile(
    r"(?:^|[.,;:!?()|–—-]|\b(?:race|run|walk|ride|swim|event|match|game|tour|relay|sportive|triathlon|marathon|"
    r"10k|5k|parkrun|heats?|wave|sessions?|talks?|conference|summit|symposium|programme|program|workshops?|seminar|"
    r"lectures?|keynote|proceedings|meeting|show|music|concert|performance|screening|film|ceremony|service|tours))"
    r"[ \t]{0,3}$",
    re.IGNORECASE,
)
LEAD_REACH = 12  # the characters looked at before a start's word
REACH = 3  # lines under the date where the check-in and the start may be written


def _start_in(text: str) -> ClockHit | None:
    """The clock a start's word governs in ``text`` (right after the word), or None."""
    for word in START_WORD.finditer(text):
        if not START_LEAD.search(text[max(0, word.start() - LEAD_REACH) : word.start()]):
            continue  # "Breakfast starts at 7:00": another thing's start
        hit = find_clock(text[word.end() :])
        if hit is not None and hit.span[0] == 0:
            return hit
    return None


def race_start(lines: list[Any], date_line: Any, today: Any) -> ClockHit | None:
    """The start's clock of a race whose check-in is written beside it (see the module), or None."""
    under = [line for line in lines if 0 < line.index - date_line.index <= REACH]
    under = [line for line in under if not find_dates(line.text, year_hint=None, today=today)]
    texts = [date_line.text, *(line.text for line in under)]
    if not any(CHECK_IN_WORD.search(text) for text in texts):
        return None
    for text in texts:
        start = _start_in(text)
        if start is not None:
            return start
    return None


def own_clock(lines: list[Any], date_line: Any, hit: Any) -> ClockHit | None:
    """The clock of the date's own line (after the date, else before it), or a race's start under its check-in."""
    started = race_start(lines, date_line, hit.date)
    if started is not None:
        return started
    return find_clock_until(date_line.text[hit.end :]) or find_clock(date_line.text[: hit.start])
