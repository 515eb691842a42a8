"""A year-less numeric date with an English weekday before it ("Thursday, 7/3: Tisket Tasket", "Fri 9.18"). Pure.

Written without a year, "7/3" is July 3 in the United States and 7 March almost everywhere else, and either in this
year or the next. The weekday settles both: of the two readings (one, on a page whose order of numeric dates is
known), in the years around the reader's clock, the day that falls on the weekday written is the one meant. When no
reading agrees, the text is no date: nothing is guessed.

With several readings and years, one falls on the weekday about every other time, so the weekday alone does not
tell a date from a weekday and a fraction ("Fri 1/2 price", "Sat 3/4 cup of flour"): numbers followed by a word in
lower case, as a quantity's noun follows, are none (a word that joins a date to its time or place may follow).
"""

from __future__ import annotations

import datetime as dt
import re

ENGLISH_WEEKDAYS = {
    "mon": 0, "monday": 0, "tue": 1, "tues": 1, "tuesday": 1, "wed": 2, "weds": 2, "wednesday": 2, "thu": 3,
    "thur": 3, "thurs": 3, "thursday": 3, "fri": 4, "friday": 4, "sat": 5, "saturday": 5, "sun": 6, "sunday": 6,
}  # fmt: skip
# "Thursday, 7/3", "Sat 7/5:", "Fri. 12/19", "Fri 9.18" (a club's listing, dotted): a weekday, then two numbers
# joined by one slash or one dot and no third (a written year is the numeric forms' with a year, read elsewhere).
WEEKDAY_SLASHED = re.compile(
    r"(?<![\w.])(?P<weekday>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?)\.?,?\s{1,3}(?P<sl_a>3[01]|[12]\d|0?[1-9])(?P<sl_sep>[/.])"
    r"(?P<sl_b>3[01]|[12]\d|0?[1-9])(?![\w/]|[.,]?\d)",
    re.IGNORECASE,
)
# How far from the reader's clock the agreeing day may lie: a page lists the weeks around it, not other years.
REACH = dt.timedelta(days=366)


# A word in lower case after the numbers, other than one joining a date to its time or place: a quantity's noun.
QUANTITY_AFTER = re.compile(
    r"\s{1,3}(?!(?:at|from|to|until|till|thru|through|and|or|in|on|with|by|@)\b)(?-i:[a-z])", re.IGNORECASE
)


# After dotted numbers, what makes them a time of day: a range to another clock, "Uhr", "h", "hrs", "o'clock".
CLOCK_AFTER = re.compile(r"\s{0,3}(?:[-–—]\s{0,3}\d{1,2}[.:]\d\d|(?:uhr|h|hrs?|o'?clock)\b)", re.IGNORECASE)


def weekday_slashed_day(
    match: re.Match[str], *, year_hint: int | None, today: dt.date, day_first: bool | None = None
) -> dt.date | None:
    """The day a WEEKDAY_SLASHED match names: month first or day first (only the page's order when ``day_first``
    is known), in the hinted year or the years around ``today``, whichever falls on its weekday, the nearest to
    ``today`` when several do; None when none does, or when a lower-case word goes on from the numbers."""
    if QUANTITY_AFTER.match(match.string, match.end()):
        return None
    if match.group("sl_sep") == "." and CLOCK_AFTER.match(match.string, match.end()):  # "Sat 9.30 - 11.00": hours
        return None
    weekday = ENGLISH_WEEKDAYS.get(match.group("weekday").lower().rstrip("."))
    first, second = int(match.group("sl_a")), int(match.group("sl_b"))
    readings = (
        {(first, second), (second, first)} if day_first is None else {(second, first) if day_first else (first, second)}
    )
    years = [year_hint] if year_hint else [today.year - 1, today.year, today.year + 1]
    agreeing = [
        day
        for month, number in readings
        for year in years
        if (day := _date(year, month, number)) is not None and day.weekday() == weekday
    ]
    if not year_hint:
        agreeing = [day for day in agreeing if abs(day - today) <= REACH]
    return min(agreeing, key=lambda day: (abs(day - today), day), default=None)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_numbers_shaped(text: str) -> bool:
    """Cheap: whether ``text`` holds a weekday and two numbers shaped as a WEEKDAY_SLASHED date, not a quantity or
    hours after them (which day it names depends on the reader's clock: weekday_slashed_day)."""
    for match in WEEKDAY_SLASHED.finditer(text):
        if QUANTITY_AFTER.match(text, match.end()):
            continue
        if match.group("sl_sep") == "." and CLOCK_AFTER.match(text, match.end()):
            continue
        return True
    return False
