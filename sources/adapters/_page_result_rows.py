"""A league's or a club's fixtures and results on one page: the games with a final score are results, not events to
list (left32). Pure.

"Fixtures & results": "Sat 7 June 2031 15:00 | Rovers | 2 – 1 | United", "Sat 21 June 2031 15:00 | Rovers | v |
Athletic". Every row was read as an event, the played games beside the coming ones. When a schedule's rows include
fixtures (two sides joined by "v" / "vs") and results (two sides with a score between them, "2 – 1", "0-0", "3:1"),
and no result is later than the first fixture, the results are left out (a note says how many): what has been
played is the page's record, not its calendar.

Not: a page of results only (nothing coming to set them against: read as before), a fixture list alone, a score
after the first fixture's day (no league's record; left as read), a single score, a number range that is no score
("ages 5–11", "years 7-9", "10-12pm", "19:30", "14-06-2031").
"""

from __future__ import annotations

import re

from sources.adapters._page_schedule import Entry

# A score between two sides: "Rovers 2 – 1 United", "City | 0-0 | Rovers", "Lions 3:1 Tigers" (one digit after a
# colon: "19:30" is a time).
SCORE = re.compile(
    r"[A-Za-z][^\d\n]{0,40}?(?<![\d:./£$€-])(?:\d{1,3}[ \t]?[-–—][ \t]?\d{1,3}|\d{1,2}:\d)(?![\d:./%-])"
    r"[ \t|,]{1,6}[A-Za-z]",
)
# A number range a word of measure leads: "ages 5-11", "years 7–9", "rooms 2-4", "from 10-12": no score.
MEASURE_BEFORE = re.compile(
    r"\b(?:ages?d?|years?|grades?|sizes?|rooms?|pages?|nos?\.?|numbers?|from|between|for|groups?|levels?|km|miles?)"
    r"[ \t]{1,3}$",
    re.IGNORECASE,
)
MIN_RESULTS = 2  # played games: one number range beside a fixture is no league's record
FIXTURE = re.compile(r"[A-Za-z][^\n]{0,40}?[ \t|]{1,6}(?:v|vs|versus)\.?[ \t|]{1,6}[A-Za-z]", re.IGNORECASE)
NOTE = "{count} played games with their scores left out: results, not events (the page's fixtures are read)"


def _scored(text: str) -> bool:
    for found in SCORE.finditer(text):
        number = re.search(r"\d", found.group(0))
        at = found.start() + (number.start() if number else 0)
        if not MEASURE_BEFORE.search(text[max(0, at - 12) : at]):
            return True
    return False


def _result(entry: Entry) -> bool:
    return _scored(entry.text) and FIXTURE.search(entry.text) is None


def results_off(schedule: list[Entry]) -> tuple[list[Entry], list[str]]:
    """The schedule without its played games when it lists fixtures beside them (see the module), with a note."""
    fixtures = [entry for entry in schedule if FIXTURE.search(entry.text) and not _scored(entry.text)]
    results = [entry for entry in schedule if _result(entry)]
    if not fixtures or len(results) < MIN_RESULTS or max(e.day for e in results) > min(e.day for e in fixtures):
        return schedule, []
    played = {id(entry) for entry in results}
    return [entry for entry in schedule if id(entry) not in played], [NOTE.format(count=len(played))]
