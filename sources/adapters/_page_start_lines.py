"""A short line saying when the page's meetings start, with no verb of meeting in it ("Status call starts at
11:00 am", "Roll call begins at 6:30 PM"): the time of every listed meeting that states none, as "All meetings
begin at 9 AM" is (_page_schedule.page_defaults). Pure."""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import ClockHit, find_clock, find_dates

# A few words naming what starts, a start verb, "at" and the time: the whole line.
START_LINE = re.compile(
    r"^(?:[^\W\d_][\w'-]*\s+){0,3}(?:starts?|begins?|commences?)\s+(?:promptly\s+)?at\s+(?P<rest>[^\n]{1,30})$", re.I
)
# What starts is not the meeting: its registration, doors, sales or a deadline.
NOT_THE_MEETING = re.compile(
    r"\b(?:registration|check-?in|doors?|sales?|tickets?|deadline|voting|polls?|sign-?ups?|office)\b", re.I
)
MAX_LINE = 60


def said_start(text: str) -> ClockHit | None:
    """The time a short line gives as when the meetings start, or None."""
    line = " ".join(text.split()).strip(" .")
    if len(line) > MAX_LINE or NOT_THE_MEETING.search(line):
        return None
    match = START_LINE.match(line)
    if match is None or find_dates(line, year_hint=2000, today=dt.date(2000, 1, 1)):
        return None
    return find_clock(match.group("rest"))
