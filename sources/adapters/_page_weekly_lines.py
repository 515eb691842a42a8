"""A weekly timetable written as lines: each a time, a name and the weekday it recurs on. Pure.

Studios, libraries, churches, clubs and parks list their regular programme without dates: "8:30am Fusion Sundays
in-person with Katie Clay", "Thursdays 6:30pm Chess Night", "7pm Choir Practice every Wednesday", "9am Gentle Yoga
Mondays & Wednesdays", "6am Boot Camp Mondays - Fridays". Each such line is a weekly series: the name is the words left once the time, the weekdays,
the leader ("with Katie Clay") and the attendance mode ("in-person", "hybrid (in-person and livestream)") are cut.

Read only as a run: at least ``MIN_WEEKLY`` consecutive lines that each state a time, a recurring weekday (plural,
"Sundays", or "every/each Sunday") and a name, and no date (a dated line is a schedule's, read elsewhere). Inside
such a run a line with a time and a name but no weekday is the weekday of the line before it ("10am Fusion
in-person with Dudley Flores" among the Wednesdays); a bare time with no am/pm ("5:45") that would come before the
time of the line before it on the same day is the evening's, as a timetable runs from morning to night.
Not read: opening hours ("Mondays 9am - 8pm", "Open Saturdays 10am - 5pm": no name, or only "open"/"closed"; a run
under a heading that names hours, "Hours", "Opening times": "Kitchen Tuesdays - Saturdays 5pm - 10pm" is when a part
of the place is open), a deadline ("Recycling collected Mondays by 7am"),
a weekday heading over untimed lines, a singular weekday without "every" ("Sunday 10am": a date's weekday), a bus's
or a train's run ("Mondays 6:10am Depart Central Station", "Route 5 to Airport": _page_weekly_transit).

The leading underscore keeps this helper module out of the adapter registry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_weekly_transit import transit_name

MIN_WEEKLY = 3  # lines that state their weekday: fewer is a sentence or two, not a timetable
MAX_LINE = 160  # a timetable's line; a longer text is prose
DAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
_DAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# "Sundays", "every Sunday", "each Tuesday": a weekday the line recurs on (a bare "Sunday" is a date's weekday).
WEEKDAYS = re.compile(rf"\b(?:(?:every|each)\s{{1,3}}(?P<one>{_DAY})|(?P<many>{_DAY})s)\b", re.IGNORECASE)
# Inside a timetable the page names as one and dates nowhere (_page_weekly_singular), a bare "Tuesday" recurs too.
SINGULAR_WEEKDAYS = re.compile(rf"\b(?:(?:every|each)\s{{1,3}}(?P<one>{_DAY})|(?P<many>{_DAY})s?)\b", re.IGNORECASE)
# " with Katie Clay", " w/ Ana", a bracket: who leads it or a remark, after the name.
LEADER = re.compile(r"(?:^|\s)(?:with|w/)\s|\(|\[", re.IGNORECASE)
# How one attends, at the end of a name: "in-person", "hybrid", "online", "livestream", "virtual", "on Zoom".
MODE = re.compile(r"(?:\s|^)(?:in[\s-]person|hybrid|online|live[\s-]?stream(?:ed)?|virtual|on\s+zoom)\s*$", re.I)
# What joins a name to the time or weekday cut beside it: "at", "from", "on", dashes, colons, commas, bars, "&".
JOINERS = " \t-–—:,;|/&@·•"
JOIN_WORDS = frozenset({"at", "from", "on", "and", "until", "to"})
THROUGH = frozenset({"-", "–", "—", "to", "through", "thru"})  # between two weekdays: the days from one to the other
NOT_NAMES = frozenset({"open", "opens", "closed", "hours", "opening hours", "open hours", "and"})
# A heading over a place's hours ("Hours", "Opening times", "Branch hours", "Öffnungszeiten", "Horaires"): the lines
# under it are when its parts are open ("Kitchen Tuesdays - Saturdays 5pm - 10pm"), not a programme.
HOURS_HEADING = re.compile(
    r"\b(?:hours|opening\s+times|öffnungszeiten|horaires?|horarios?|orari|openingstijden|åpningstider|öppettider)\b",
    re.IGNORECASE,
)
# A time something must be done by, not when it starts: "collected Mondays by 7am", "before 7am".
DEADLINE = re.compile(r"\b(?:by|before|no\s+later\s+than)\s+$", re.IGNORECASE)


@dataclasses.dataclass(slots=True)
class WeeklyLine:
    """One line of a weekly timetable: its name, weekdays (0 = Monday), time and end, and its own words."""

    title: str
    days: tuple[int, ...]
    time: dt.time
    end: dt.time | None
    text: str
    inherited: bool = False  # its weekday is the line before it's

    @property
    def byday(self) -> str:
        return ",".join(BYDAY[day] for day in self.days)

    def first_day(self, today: dt.date) -> dt.date:
        """The first of its weekdays on or after ``today``."""
        return min(today + dt.timedelta(days=(day - today.weekday()) % 7) for day in self.days)


def _weekdays(text: str, pattern: re.Pattern[str] = WEEKDAYS) -> tuple[list[int], list[tuple[int, int]]]:
    """The weekdays ``text`` recurs on, in week order, and their spans."""
    days: set[int] = set()
    spans: list[tuple[int, int]] = []
    previous: int | None = None
    for match in pattern.finditer(text):
        day = DAY_NAMES.index((match.group("one") or match.group("many")).lower())
        between = text[spans[-1][1] : match.start()].strip().casefold() if spans else ""
        if previous is not None and between in THROUGH:  # "Mondays - Fridays": every day from one to the other
            days.update((previous + step) % 7 for step in range((day - previous) % 7 + 1))
        days.add(day)
        spans.append(match.span())
        previous = day
    return sorted(days), spans


def _without_joins(text: str) -> str:
    """``text`` without the joining words at either end ("at", "from", "on"…): "at 7 - Choir" less its "at"."""
    words = text.split()
    while words and words[0].casefold() in JOIN_WORDS:
        words.pop(0)
    while words and words[-1].casefold() in JOIN_WORDS:
        words.pop()
    return " ".join(words)


def _name(text: str, cuts: Sequence[tuple[int, int]]) -> str | None:
    """The words left in ``text`` once the ``cuts`` (time, weekdays) are taken out: the first piece with letters,
    without the leader or remark after it, nor how one attends."""
    pieces, at = [], 0
    for start, end in sorted(cuts):
        pieces.append(text[at:start])
        at = max(at, end)
    pieces.append(text[at:])
    for piece in pieces:
        leader = LEADER.search(piece)
        name = piece[: leader.start()] if leader is not None else piece
        for _ in range(3):  # "Fusion hybrid", "at 7 - Choir": the joins and modes at either end
            name = _without_joins(name.strip(JOINERS)).strip(JOINERS)
            name = MODE.sub("", name)
        if any(char.isalpha() for char in name):
            return name if name.casefold() not in NOT_NAMES else None
    return None


def _bare(text: str, span: tuple[int, int]) -> bool:
    """Whether the time at ``span`` is written without am/pm, noon or a 24-hour hour ("5:45", not "17:45")."""
    written = text[span[0] : span[1]].lower()
    hour = re.match(r"\s*(\d{1,2})", written)
    return "m" not in written and "noon" not in written and hour is not None and 1 <= int(hour.group(1)) <= 11


def _read(line: Line, today: dt.date, pattern: re.Pattern[str]) -> tuple[WeeklyLine | None, bool]:
    """The line as a timetable's (None when it is not one), and whether its time is bare."""
    text = line.text
    if line.is_heading or len(text) > MAX_LINE or find_dates(text, year_hint=None, today=today):
        return None, False
    clock = find_clock(text)
    if clock is None or DEADLINE.search(text, 0, clock.span[0]):
        return None, False
    days, spans = _weekdays(text, pattern)
    title = _name(text, [clock.span, *spans])
    if title is None or transit_name(title):  # "Depart Central Station", "Route 5 to Airport": a run, no event
        return None, False
    weekly = WeeklyLine(title=title, days=tuple(days), time=clock.start, end=clock.end, text=text)
    return weekly, _bare(text, clock.span)


def weekly_lines(lines: Sequence[Line], today: dt.date, *, singular: bool = False) -> list[WeeklyLine]:
    """The lines of the page's weekly timetables: runs of at least MIN_WEEKLY lines stating their weekday; with
    ``singular``, a bare weekday ("Tuesday 7pm – Beginners' class") states it too."""
    pattern = SINGULAR_WEEKDAYS if singular else WEEKDAYS
    found: list[WeeklyLine] = []
    run: list[WeeklyLine] = []
    heading = ""  # the nearest heading above the run

    def close() -> None:
        if sum(not each.inherited for each in run) >= MIN_WEEKLY and not HOURS_HEADING.search(heading):
            found.extend(run)
        run.clear()

    for line in lines:
        if line.is_heading:
            close()
            heading = line.text
            continue
        weekly, bare = _read(line, today, pattern)
        if weekly is None:
            close()
            continue
        if not weekly.days:
            if not run:
                continue
            weekly.days, weekly.inherited = run[-1].days, True
        same_day = [each for each in run if each.days == weekly.days]
        if bare and same_day and weekly.time < same_day[-1].time:
            evening = weekly.time.replace(hour=weekly.time.hour + 12)
            weekly.time = evening
            if weekly.end is not None and weekly.end.hour < 12:
                weekly.end = weekly.end.replace(hour=weekly.end.hour + 12)
        if weekly.end is not None and weekly.end <= weekly.time:
            weekly.end = None
        run.append(weekly)
    close()
    return found
