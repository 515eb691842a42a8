"""When a bare weekday in a timetable's line recurs: "Tuesday 7pm – Beginners' class". Pure.

A weekday without "every" and not in the plural is, most of the time, a date's weekday: "Friday 8pm – The Lanterns"
on a festival's programme is that weekend's Friday, once. A studio's timetable writes the same shape for every week:
"Monday 6:00 pm – Vinyasa Flow", "Tuesday 7pm – Beginners' class". The reader takes the bare weekday as recurring only
when both hold:
- the page calls itself a timetable: its title, main heading or a heading names a timetable, a class schedule,
  weekly classes or sessions, or the regular programme ("Timetable", "Class schedule", "Weekly classes",
  "Stundenplan", "Horaire des cours"), not a bare "Schedule" or "Programme" (a festival's);
- nothing on the page is dated: no line names a day of a month (a programme of one weekend says which weekend).
Otherwise the line is left, as before: a bare weekday is no series.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sources.adapters._page_dates import find_dates
from sources.adapters._page_lines import Line

# What names a weekly timetable, in a title or a heading.
TIMETABLE = re.compile(
    r"\b(?:time\s?tables?|class\s+(?:schedules?|times|calendar)|schedule\s+of\s+classes|"
    r"weekly\s+(?:schedules?|classes|sessions|programm?e?s?|timetables?)|(?:regular|weekly|our)\s+classes|"
    r"every\s+week|stundenplan|kursplan|wochenplan|trainingszeiten|kurszeiten|horaires?\s+des\s+cours|"
    r"planning\s+des\s+cours|horarios?\s+de\s+(?:clases|cursos)|orario\s+(?:dei\s+corsi|delle\s+lezioni)|"
    r"lesrooster|rooster)\b",
    re.IGNORECASE,
)
MAX_DATED_LOOK = 400  # lines looked at for a date: a timetable page is short; a long page is read as before
SINGULAR_EVIDENCE = "a bare weekday read as weekly: the page is a timetable ({named!r}) and dates nothing"


def timetable_named(lines: Sequence[Line], titles: Sequence[str | None]) -> str | None:
    """The title or heading that names the page a timetable, or None."""
    for title in titles:
        if title and TIMETABLE.search(title):
            return title
    for line in lines:
        if line.is_heading and TIMETABLE.search(line.text):
            return line.text
    return None


def undated(lines: Sequence[Line], today: dt.date) -> bool:
    """Whether no line of the page names a date (and the page is short enough to say)."""
    if len(lines) > MAX_DATED_LOOK:
        return False
    return not any(find_dates(line.text, year_hint=None, today=today) for line in lines)


def singular_timetable(lines: Sequence[Line], titles: Sequence[str | None], today: dt.date) -> str | None:
    """What names the page a timetable when its bare weekdays recur (see the module); None when they do not."""
    named = timetable_named(lines, titles)
    return named if named is not None and undated(lines, today) else None
