"""A programme of several days: each day's heading over rows of a time cell and a session cell, each session on the
heading's day at the row's hours (pages batch 88, helper left29). Pure.

``<h2>WORKSHOP DAY - FRIDAY, SEPTEMBER 21</h2><div class="row"><div>09:00am - 07:00pm</div><div><b><a
href="workshops.html#tdd">Pragmatic TDD</a></b><p>Trainer: <a>…</a></p></div><div><img alt="ROOM …"></div></div>…
<h2>CONFERENCE DAY - SATURDAY, SEPTEMBER 22</h2>…``. Read line by line, each heading was one event named by it, at
its first row's time. Here: a heading that is only a day, or a day and a label naming the day ("Workshop day",
"Day 2", "Konferenztag", "Jour 1"), its year written or not; its following siblings (up to the next heading of its
level or above) holding rows — an element whose first child is only a time or a range of times ("09:00am - 07:00pm")
and whose second child names something (its bold or linked words, else its first line): a ``<div>`` row of cells, a
table's ``<tr>``. A year-less heading takes the year the page writes for that day elsewhere ("September 21st & 22nd
2018" in its header), else the next such day from ``today`` (its weekday, when written, chooses among years).

**When the rows are sessions worth listing, not one event's own timetable (decided here).** A row is a session when
its name links to a page of its own (the talk's, the workshop's) or a line of it names who gives it ("Speaker:",
"Trainer:", "Referent:", "Intervenant :"); the day's other rows (doors open, breaks, lunch, socializing, closing
words, with no page and no speaker) are the day's frame, not events. And the page must be a programme of
**several days**: two or more day headings, each over at least one session. A page with one day's heading over its
rows is one event's page (a meetup's or a one-day symposium's own agenda: talks between doors and socializing): its
rows are that event's programme, left to the page's other readers, which read the one event. So are headings that
name an event with its date ("Meetup IV am 9. November 2022"): an event, not a day.

Not sessions: a row titled as a part of the day ("Morning session", "Session 2", "Teil 1", "Nachmittag": one
workshop's halves), a row that says a place is open or closed ("Museum – geöffnet"), any row under a heading about
opening hours ("Opening hours – Saturday 14 June"). Rooms (a third cell, often a sponsor's logo) are not read.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import find_dates
from sources.adapters._page_day_parts import DAY_PART
from sources.adapters._page_slot_grid import HEADINGS, SlotItem, block_lines, hours_only, text_of
from sources.adapters._page_week_grid import HOURS_TABLE
from sources.adapters.common import absolute_url

MAX_HEADINGS = 400  # headings looked at: a hostile page of many costs no more
MAX_ROWS = 400  # rows looked at under one heading
MAX_SESSIONS = 400
MIN_DAYS = 2  # a programme of several days; one day's rows are one event's own timetable
NAME = 200  # the longest session name
HEADING = 120  # the longest day heading
PAGE_TEXT = 20_000  # characters of the page read for the year it writes its days in
# The words that may stand beside a day heading's date: a label naming the day ("Workshop day", "Day 2",
# "Konferenztag", "Workshop-Tag", "Jour 1", "Dag 2", "Día 1"), and the separators around it. Not a weekday's own
# "-tag" ("Samstag": a name's weekday, not a label).
DAY_WORD = re.compile(
    r"(?<![^\W\d_])(?:(?:konferenz|kongress|workshop|tagungs|messe|fach|praxis|aktions|themen|studien|info)-?tag|"
    r"day|tag|jour|journée|dag|día|dia|giorno|dzień|päivä)(?![^\W\d_])",
    re.IGNORECASE,
)
LABEL_WORDS = 4  # a day's label is short: "Workshop day", "Day 2 of 3"
# A line naming who gives the session: "Speaker: …", "Trainers: …", "Referentin: …", "Intervenant : …".
PERSON_LINE = re.compile(
    r"^(?:speakers?|trainers?|presenters?|hosts?|moderators?|facilitators?|instructors?|panelists?|"
    r"referent(?:in|en|innen)?|sprecher(?:in|innen)?|dozent(?:in|en|innen)?|intervenant(?:e|es|s)?|orateurs?|"
    r"ponentes?|relatori?|relatrice|sprekers?|prelegen(?:t|ci))\s{0,3}:",
    re.IGNORECASE,
)
# A row that says a place is open or closed: its line is the state, or ends with it ("Stadtbibliothek geöffnet").
STATE_LINE = re.compile(
    r"(?:^|\s|[-–—:|])(?:open|opens|closed|geöffnet|geschlossen|ouvert|fermé|geopend|gesloten|abierto|cerrado|"
    r"aperto|chiuso|öppet|stängt)\.?$",
    re.IGNORECASE,
)
# A year written after a year-less date, with a second day between ("September 21st & 22nd 2018", "19 - 20, 2031").
TRAILING_YEAR = re.compile(
    r"\s{0,2}(?:(?:&|and|und|et|y|-|–)\s{0,2}(?P<day>[0-3]?\d)(?:st|nd|rd|th|\.)?\s{0,2})?,?\s{0,2}"
    r"(?P<year>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
EVIDENCE = "a session of the programme's day {day!r}, from its row at {hours}"


def _day_heading(text: str, today: dt.date, years: dict[tuple[int, int], int]) -> dt.date | None:
    """The day a heading names when it is only a day or a day's label and a day; None otherwise."""
    if len(text) > HEADING or HOURS_TABLE.search(text):
        return None
    hits = find_dates(text, year_hint=None, today=today)
    if len(hits) != 1 or hits[0].end_date is not None:
        return None
    rest = (text[: hits[0].start] + " " + text[hits[0].end :]).strip(" -–—|:,·•/")
    words = re.findall(r"[^\W_]+", rest)
    if words and (len(words) > LABEL_WORDS or not DAY_WORD.search(rest)):
        return None  # "Meetup IV/2022 am": an event's name with its date, not a day of a programme
    hit = hits[0]
    year = None if hit.year_written else years.get((hit.date.month, hit.date.day))
    if year is None or year == hit.date.year:
        return hit.date
    again = find_dates(text, year_hint=year, today=today)
    return again[0].date if len(again) == 1 else hit.date


def _written_years(root: Any, today: dt.date) -> dict[tuple[int, int], int]:
    """(month, day) → the year the page writes beside it ("September 21st & 22nd 2018": both days), the days of a
    written range too; a day written in two years is in neither."""
    text = " ".join(" ".join(root.itertext()).split())[:PAGE_TEXT]
    found: dict[tuple[int, int], set[int]] = {}
    for hit in find_dates(text, year_hint=None, today=today):
        after = TRAILING_YEAR.match(text, hit.end) if not hit.year_written else None
        if after is not None:  # "September 21st & 22nd 2018": the two days' one year after the second
            year, second = int(after.group("year")), int(after.group("day") or hit.date.day)
            found.setdefault((hit.date.month, hit.date.day), set()).add(year)
            found.setdefault((hit.date.month, second), set()).add(year)
        if not hit.year_written:
            continue
        last = hit.end_date if hit.end_date is not None and hit.end_date >= hit.date else hit.date
        day = hit.date
        while day <= min(last, hit.date + dt.timedelta(days=14)):
            found.setdefault((day.month, day.day), set()).add(day.year)
            day += dt.timedelta(days=1)
    return {key: years.pop() for key, years in found.items() if len(years) == 1}


def _rows(sibling: Any) -> list[Any]:
    """The rows a sibling of the heading holds: itself when it is one, else its table's rows or its children."""
    if sibling.tag == "table":
        return list(sibling.iter("tr"))[:MAX_ROWS]
    cells = [child for child in sibling if isinstance(child.tag, str)]
    if len(cells) >= 2 and hours_only(text_of(cells[0])) is not None:
        return [sibling]
    return [child for child in cells if isinstance(child.tag, str)][:MAX_ROWS]


def _session(row: Any, base: str | None) -> tuple[str, str | None] | None:
    """A row's session name and page, when the row is a session (see the module's docstring); else None."""
    cells = [child for child in row if isinstance(child.tag, str)]
    if len(cells) < 2:
        return None
    body = cells[1]
    lead = next((node for node in body.iter("b", "strong", "h3", "h4", "h5", "h6") if text_of(node)), None)
    anchor = next((node for node in (lead if lead is not None else body).iter("a") if text_of(node)), None)
    lines = block_lines(body)
    name = text_of(lead) if lead is not None else (lines[0] if lines else "")
    linked = anchor is not None and text_of(anchor) == name and bool(anchor.get("href"))
    person = any(PERSON_LINE.match(line) for line in lines)
    if not name or len(name) > NAME or not (linked or person) or DAY_PART.match(name):
        return None
    if not person and any(STATE_LINE.search(line) for line in (name, *lines)):
        return None  # "Museum – geöffnet": a place's hours, not a session (a talk with a speaker may say "Open")
    return name, absolute_url(anchor.get("href"), base) if linked and anchor is not None else None


def _day_items(heading: Any, day: dt.date, base: str | None) -> list[SlotItem]:
    level = HEADINGS.index(heading.tag)
    items: list[SlotItem] = []
    label = text_of(heading)
    for sibling in heading.itersiblings():
        if not isinstance(sibling.tag, str):
            continue
        if sibling.tag in HEADINGS and HEADINGS.index(sibling.tag) <= level:
            break
        for row in _rows(sibling):
            cells = [child for child in row if isinstance(child.tag, str)]
            hours = hours_only(text_of(cells[0])) if len(cells) >= 2 else None
            session = _session(row, base) if hours is not None else None
            if hours is None or session is None:
                continue
            start = dt.datetime.combine(day, hours[0])
            end = dt.datetime.combine(day, hours[1]) if hours[1] is not None and hours[1] > hours[0] else None
            evidence = EVIDENCE.format(day=label, hours=text_of(cells[0]))
            items.append(SlotItem(session[0], session[1], start, end, None, evidence))
    return items


def day_session_items(root: Any, base: str | None, today: dt.date) -> list[SlotItem]:
    """The sessions of a programme of several days (see the module's docstring); [] when the page is none."""
    years: dict[tuple[int, int], int] | None = None
    days: list[list[SlotItem]] = []
    for index, heading in enumerate(root.iter(*HEADINGS)):
        if index >= MAX_HEADINGS or sum(len(items) for items in days) >= MAX_SESSIONS:
            break
        text = text_of(heading)
        if len(text) > HEADING or not find_dates(text, year_hint=None, today=today):
            continue  # a longer one is no day's heading (_day_heading): an unclosed <h2> may hold the whole page
        years = _written_years(root, today) if years is None else years
        day = _day_heading(text, today, years)
        items = _day_items(heading, day, base) if day is not None else []
        if items:
            days.append(items)
    if len({items[0].start.date() for items in days}) < MIN_DAYS:
        return []
    return [item for items in days for item in items][:MAX_SESSIONS]
