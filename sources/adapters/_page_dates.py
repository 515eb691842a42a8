"""Dates as people write them on pages without structured data. Pure.

"Tuesday, February 17, 2015 at 3:00 p.m.", "Feb. 6", "1/23/2019", "9.16.2022", "14 January 2024". Times of day
("9:30 AM – 12:00 PM", "3:pm") are ``_page_date_clocks``'s; the names other modules read from here are re-exported
(``find_clock``, ``ClockHit``, ``CLOCK_RANGE_24``, ...). A date without a year takes it from its context (a "2019"
line above it), else it is the next such date from the reader's clock (the fetch window's start). A weekday written
beside the date is a check: when it disagrees with the year, a year-less date takes the nearest year that agrees,
and a dated one is flagged. In a list sorted by date, the rows after a turn of the year are in the next year, and a
season's heading ("2024–2025 Meeting Schedule") gives its two years to the rows under it (``in_page_order``).
"""

from __future__ import annotations

import bisect
import contextvars
import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

from sources.adapters._page_dashed_days import dashed_day_first
from sources.adapters._page_date_clocks import CLOCK as CLOCK  # re-exported
from sources.adapters._page_date_clocks import CLOCK_RANGE_24 as CLOCK_RANGE_24  # re-exported
from sources.adapters._page_date_clocks import ClockHit as ClockHit  # re-exported
from sources.adapters._page_date_clocks import DatedEnd as DatedEnd  # re-exported
from sources.adapters._page_date_clocks import clock_ranges as clock_ranges  # re-exported
from sources.adapters._page_date_clocks import doors_clock as doors_clock  # re-exported
from sources.adapters._page_date_clocks import doors_show as doors_show  # re-exported
from sources.adapters._page_date_clocks import end_moment as end_moment  # re-exported
from sources.adapters._page_date_clocks import find_clock as find_clock  # re-exported
from sources.adapters._page_date_clocks import range_end as range_end  # re-exported
from sources.adapters._page_date_matches import pattern_matches
from sources.adapters._page_glued_months import GLUED_MONTH_DAY
from sources.adapters._page_intl import (
    DAY_MONTH_DOTTED,
    DAY_MONTH_WEEKDAY,
    INTL_DATE,
    INTL_WEEKDAY_DATE,
    NUMERIC_PATTERNS,
    NUMERIC_WEEKDAY_DATE,
    intl_accepted,
    intl_month,
    intl_weekday,
    numeric_accepted,
    numeric_weekday,
)
from sources.adapters._page_joined_days import joined_days
from sources.adapters._page_month_badges import DAY_FIRST_BADGE, MONTH_BADGE, badge_month
from sources.adapters._page_month_end_spans import month_end_span
from sources.adapters._page_number_years import dotted_rejected, short_year_far
from sources.adapters._page_slashed_days import slashed_days
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS, WEEKDAY_SLASHED, weekday_slashed_day

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS = ENGLISH_WEEKDAYS

_MONTH = r"(?P<{name}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_WEEKDAY = r"(?:(?P<weekday>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:s|nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?,?\s+)?"
_DAY = r"(?P<{name}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|:[ae](?=\s))?"  # "1:a", "5:e": Swedish ordinals
_YEAR = r"(?:,?\s*(?P<{name}>(?:19|20)\d\d))?"
# A weekday's letters in brackets after the day ("November 3(TH), 2022", "September 16(T) - 17(W), 2019").
_DAY_MARK = r"(?:\s?\((?:[mtwfs]|tu|th|sa|su|mon|tues?|wed|thu|thurs?|fri|sat|sun)\.?\))?"
# The last day of a span in one month ("October 12 - 13, 2022", "March 6–8"): the event's last day, and the
# year written after it is the span's. Not an hour ("May 6 - 8 pm", "May 6 - 8:30").
_DAY_SPAN = (
    rf"(?:\s?[-–—]\s?(?P<day_to>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:])\b{_DAY_MARK}"
    r"(?!\s?(?:[ap]\.?m\b|o'?clock\b|h\b|[.:]\d)))?"
)
# The first day of a span written day first ("6-8 March 2027", "6 – 8 March", "Dates:6-8 March"); not a clock's
# minutes ("19:30 - 9 Mar 2014", "19.30 - 9 Mar": the 9th, after a time), nor a price ("Tickets £6 - 8 March": the
# 8th; left40).
_DAY_FROM = r"(?:(?<!\d)(?<!\d[:.])(?<![£$€¥])(?P<day_from>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s?[-–—]\s?)?"
# "9.16.2022 SPECIAL AGENDA", "7.21.22 Regular Agenda", "05.03.2025 19:00 Lesung": dotted, in the order the
# page writes its dotted dates (see dotted_day_first); not a version number (nothing dotted or alphanumeric on
# either side, no "Version"/"Section" before it).
DOTTED = re.compile(
    r"(?<![\w.])(?P<dot_a>3[01]|[12]\d|0?[1-9])\.(?P<dot_b>3[01]|[12]\d|0?[1-9])\.(?P<year>(?:19|20)\d\d|\d\d)"
    r"(?![\w]|\.\d)"
)
# Whether the page at hand writes dotted dates day first: set by the page reader for one page (None: undecided,
# read month first, as the slashed form).
DOTTED_DAY_FIRST: contextvars.ContextVar[bool | None] = contextvars.ContextVar("dotted_day_first", default=None)
US_ZONE = re.compile(
    r"^(?:US/|Pacific/Honolulu$|America/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Adak|Boise|"
    r"Detroit|Juneau|Sitka|Nome|Metlakatla|Yakutat|Menominee|Indiana/|Kentucky/|North_Dakota/))"
)


def dotted_day_first(text: str, *, lang: str | None, zone: str | None) -> bool:
    """Whether a page writes its dotted dates day first ("14.03.2025"): a first part over 12 anywhere says so,
    a second part over 12 says month first ("9.16.2022"); else a US page (its language, else its zone) is
    month first and any other day first."""
    month_first_seen = False
    for count, match in enumerate(DOTTED.finditer(text)):
        if count >= MAX_DATES:
            break
        if int(match.group("dot_a")) > 12:
            return True
        month_first_seen = month_first_seen or int(match.group("dot_b")) > 12
    if month_first_seen:
        return False
    language = (lang or "").strip().lower().replace("_", "-")
    if language:
        return language != "en-us" and not (language == "en" and US_ZONE.match(zone or ""))
    return not US_ZONE.match(zone or "")


def _dotted_month_day(match: re.Match[str]) -> tuple[int, int] | None:
    first, second = int(match.group("dot_a")), int(match.group("dot_b"))
    day_first = first > 12 or (second <= 12 and bool(DOTTED_DAY_FIRST.get()))
    month, day = (second, first) if day_first else (first, second)
    return (month, day) if month <= 12 else None


DAY_MONTH_SHORT_YEAR = re.compile(
    rf"\b{_WEEKDAY}{_DAY_FROM}{_DAY.format(name='day')}\s+{_MONTH.format(name='month')}\s+(?P<year>\d\d)"
    r"(?![\d:.]|\s*(?:[ap]\.?\s?m\b|o'?clock\b|h\b|hrs?\b|uhr\b)|\s+(?-i:[a-z]))",
    re.IGNORECASE,
)
# "12-Mar-2005", "04-May-26" (an ASP.NET calendar's two-digit year: 2026, near the reader's clock only: not
# "Updated 14-Feb-99"), "10-Mar to 12-Mar-2005": day and month abbreviation joined by dashes, as a database prints
# them; year-less only as a range's first day ("Room 3-May" is no date)
DAY_MONTH_DASHED = re.compile(
    rf"\b{_DAY.format(name='day')}-{_MONTH.format(name='month')}"
    r"(?:-(?P<year>(?:19|20)?\d\d)(?![\w-])|(?=\s(?:to|-|–|—)\s\d))",
    re.IGNORECASE,
)

DATE_PATTERNS = (
    # "samedi 27 juin 2026", "Samstag, 27. Juni", "27 de junio de 2026": another language's month name (first, so
    # that a French "mar." for mardi is not read as March)
    INTL_DATE,
    # "Dienstag, 26. September", "Samstag, 30, September", "Sonntag, 01.Oktober": another language's weekday
    # before a month it shares with English, a comma after the day, or the day's dot glued to the month
    INTL_WEEKDAY_DATE,
    # "torsdag 05/02", "2026/08/12", "2026年8月12日", "25/12/2026" (day first): numeric dates as Europe and East
    # Asia write them, before the month-first slashed form (see _page_intl)
    *NUMERIC_PATTERNS,
    # "Thursday, 7/3": year-less, month or day first as the weekday says (see _page_weekday_numbers)
    WEEKDAY_SLASHED,
    # "26 Aug 13", "03-18 Aug 13": day first with a two-digit year, as a listing abbreviates it (before the
    # month-first form, which would read "Aug 13" as the 13th); a year near the reader's clock only (see
    # find_dates), and not a time ("14 Jan 10 am", "14 Jan 10:30")
    DAY_MONTH_SHORT_YEAR,
    # "Tuesday, February 17, 2015", "Feb. 6", "September 9th 2019", "November 3(TH), 2022", "May 18 - 19, 2022";
    # not "June 10.00" ("Sat 6 June 10.00": a time or a price after the date, not the 10th), nor "an august
    # 19th-century hall" (the adjective), nor "March 7 PM" ("Monday 17 March<br>7 PM": the clock's, review50)
    re.compile(
        rf"\b{_WEEKDAY}{_MONTH.format(name='month')}\s+{_DAY.format(name='day')}(?![\d:]|\.\d|[-–]centur|\s?[ap]\.?m\b)\b{_DAY_MARK}{_DAY_SPAN}"
        rf"{_YEAR.format(name='year')}",
        re.IGNORECASE,
    ),
    GLUED_MONTH_DAY,  # "Thursday, Feb.19": the abbreviation's dot glued to the day (see _page_glued_months)
    # "Saturday 5 December 2026", "14 Jan", "Sa. 9. Apr 2022" (a dot after the day, as German writes it)
    re.compile(
        rf"\b{_WEEKDAY}{_DAY_FROM}{_DAY.format(name='day')}(?:\.(?=\s))?\s+(?:of\s+)?{_MONTH.format(name='month')}"
        rf"(?:\b|(?<=\.)){_YEAR.format(name='year')}",
        re.IGNORECASE,
    ),
    DAY_MONTH_DASHED,  # "12-Mar-2005", "04-May-26"
    # "Sunday 15, February" (a cinema's day heading): the comma after the day only with a weekday before it
    re.compile(
        rf"\b{_WEEKDAY.removesuffix('?')}{_DAY.format(name='day')},\s+{_MONTH.format(name='month')}"
        rf"(?:\b|(?<=\.)){_YEAR.format(name='year')}",
        re.IGNORECASE,
    ),
    # "1/23/2019", "01-23-19", "Wed 1/23/2019", "9/5/2019-9:00 AM" (a time glued on by a dash); one separator
    # throughout ("1/26-27" is two days of January, not 2027)
    re.compile(
        rf"\b{_WEEKDAY}(?P<num_month>1[0-2]|0?[1-9])(?P<sep>[/-])(?P<day>3[01]|[12]\d|0?[1-9])(?P=sep)(?P<year>(?:19|20)?\d\d)"
        r"(?![\d/])(?!-(?!\s*\d{1,2}:\d\d))",
        re.IGNORECASE,
    ),
    # "2019-01-23"
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<num_month>1[0-2]|0[1-9])-(?P<day>3[01]|[12]\d|0[1-9])\b"),
    DOTTED,
    # "18.07.": a year-less day and month on a page that writes dotted dates day first
    DAY_MONTH_DOTTED,
    MONTH_BADGE,  # "Únor14": a nominative month over its day, a line of its own (see _page_month_badges)
    DAY_FIRST_BADGE,  # "14Únor": the day over its month (review35)
)
BARE_YEAR = re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")
MONTH_HEADING = re.compile(rf"^\s*{_MONTH.format(name='month')},?\s+(?P<year>(?:19|20)\d\d)\s*:?\s*$", re.IGNORECASE)
# A date in a page's address ("/events/2019/03/21/board-meeting", "/2019-03-21-agenda"): the page's own day.
URL_DATE = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)[/_-](?P<month>1[0-2]|0?[1-9])[/_-](?P<day>3[01]|[12]\d|0?[1-9])(?!\d)"
)
DAY_LEAD = re.compile(r"^\s*(?:\w{3,9}\.?,?\s+)?(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?!\s*[:/.-]\s*\d)")


@dataclasses.dataclass(frozen=True, slots=True)
class DateHit:
    """A date found in a text: where it is, and whether its year was written or inferred."""

    date: dt.date
    start: int
    end: int
    year_written: bool
    weekday_agrees: bool | None  # None: no weekday written
    end_date: dt.date | None = None  # the last day of a range written as two dates ("January 6 – March 15, 2026")


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    value = int(raw)
    return value + 2000 if value < 100 else value


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _year_after(today: dt.date) -> dt.date:
    return safe_date(today.year + 1, today.month, today.day) or today + dt.timedelta(days=365)


# How far before the reading day a year-less date is still this year's (the past days a listing or a news page
# still shows: "8 maj" read on 10 May), not the same day a year ahead: the two days before it (the window starts
# the day before "now", so up to three days before "now"). Further back it is the next one, as before ("March 3"
# read on March 10 is next year's, a run that ended five days ago its next time: earlier batches' decisions).
JUST_PAST = dt.timedelta(days=3)


def just_past(month: int, day: int, *, weekday: int | None, today: dt.date) -> dt.date | None:
    """The year-less date in the two days before ``today`` (across New Year too: "Dec 30" read on Jan 2), when it
    falls there and its weekday, if written, agrees; else None."""
    for year in (today.year, today.year - 1):
        found = safe_date(year, month, day)
        if found is not None and today - JUST_PAST < found < today and weekday in (None, found.weekday()):
            return found
    return None


def resolve_year(month: int, day: int, *, weekday: int | None, year_hint: int | None, today: dt.date) -> dt.date | None:
    """A year-less date: the hinted year, else the next such date from ``today`` (or one just past it: a listing's
    "8 May" read on the 10th is two days ago, not next year's); a weekday picks among years."""
    if not year_hint and (past := just_past(month, day, weekday=weekday, today=today)) is not None:
        return past
    candidates = [year_hint] if year_hint else [today.year, today.year + 1]
    if weekday is not None:
        around = [*candidates, *(year for base in candidates for year in (base - 1, base + 1, base - 2, base + 2))]
        for year in around:
            found = safe_date(year, month, day)
            # Not more than a year ahead: a page lists the coming year, and a weekday that only fits later is
            # a wrong weekday, not a date two years away (the date stays the next one, flagged).
            if found is not None and found.weekday() == weekday and (year_hint or found <= _year_after(today)):
                return found
    for year in candidates:
        found = safe_date(year, month, day)
        if found is not None and (year_hint or found >= today):
            return found
    return safe_date(candidates[-1], month, day)


def month_of(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    numeric = groups.get("num_month") or groups.get("dm_month") or groups.get("yf_month")
    if numeric:
        return int(numeric)
    name = (groups.get("month") or "").lower().rstrip(".")
    if match.re is MONTH_BADGE or match.re is DAY_FIRST_BADGE:
        return badge_month(name)
    return MONTHS.get(name) or intl_month(name) or MONTHS.get(name[:3])


def _weekday_of(pattern: re.Pattern[str], name: str) -> int | None:
    if pattern in (NUMERIC_WEEKDAY_DATE, DAY_MONTH_WEEKDAY):
        return numeric_weekday(name)
    return WEEKDAYS.get(name, intl_weekday(name))


# A month name just before or after: "January 14 March 18 April 15" lists days of months, no two-digit years.
_MONTH_BEFORE = re.compile(_MONTH.format(name="before") + r"\s+$", re.IGNORECASE)
_MONTH_AFTER = re.compile(r"^\s+" + _MONTH.format(name="after") + r"(?![a-z])", re.IGNORECASE)


def _short_year_rejected(text: str, match: re.Match[str], today: dt.date) -> bool:
    """Whether "26 Aug 13" or "14-Feb-99" is no day, month and two-digit year: the year far from the reader's clock,
    or (not dashed) the numbers inside a run of month-day pairs ("January 14 March 18 April 15")."""
    far = short_year_far(match.group("year"), today)
    if far or match.re is DAY_MONTH_DASHED:
        return far
    return bool(_MONTH_BEFORE.search(text[max(0, match.start() - 12) : match.start()])) or bool(
        _MONTH_AFTER.match(text[match.end() : match.end() + 12])
    )


def _hit(match: re.Match[str], *, year_hint: int | None, today: dt.date) -> DateHit | None:
    dotted = _dotted_month_day(match) if match.groupdict().get("dot_a") else None
    month: int | None = dotted[0] if dotted else month_of(match)
    day = dotted[1] if dotted else int(match.groupdict().get("day") or 0)
    weekday_name = (match.groupdict().get("weekday") or "").lower().rstrip(".")
    weekday = _weekday_of(match.re, weekday_name) if weekday_name else None
    year = _year(match.groupdict().get("year"))
    if match.re is WEEKDAY_SLASHED:
        found = weekday_slashed_day(match, year_hint=year_hint, today=today, day_first=DOTTED_DAY_FIRST.get())
        return DateHit(found, match.start(), match.end(), False, True) if found else None
    if month is None:
        return None
    if year is not None:
        found = safe_date(year, month, day)
    else:
        found = resolve_year(month, day, weekday=weekday, year_hint=year_hint, today=today)
    if found is None:
        return None
    agrees = None if weekday is None else found.weekday() == weekday
    first, last = _span_days(found, match)
    if last is None:
        last = _span_end(match, first)
    return DateHit(first, match.start(), match.end(), year is not None, agrees, last)


def _span_days(found: dt.date, match: re.Match[str]) -> tuple[dt.date, dt.date | None]:
    """The first and last day of a span in one month around the day ``found`` ("March 6 – 8": the 6th to the 8th;
    "6-8 March": the 8th is found, the 6th is the first); a span that runs backwards is the day alone, but for one
    over a month's end ("Sep 30 - 01, 2013": the 30th to the 1st of the next month; _month_end_span)."""
    groups = match.groupdict()
    if groups.get("day_to"):
        last = safe_date(found.year, found.month, int(groups["day_to"]))
        if last is not None and last > found:
            return found, last
        return found, month_end_span(found, int(groups["day_to"]))
    if groups.get("day_from"):
        first = safe_date(found.year, found.month, int(groups["day_from"]))
        return (first, found) if first is not None and first < found else (found, None)
    return found, None


def _span_end(match: re.Match[str], first: dt.date) -> dt.date | None:
    """The last day of a range a pattern reads whole ("8月12日-14日"): in the first day's month unless its own is
    written, in the next year when that month is earlier ("12月30日-1月2日"); None when no later day is written."""
    day = match.groupdict().get("span_day")
    if day is None:
        return None
    month = int(match.group("span_month") or first.month)
    last = safe_date(first.year + (month < first.month), month, int(day))
    return last if last is not None and first < last <= first + dt.timedelta(days=366) else None


# The most dates one text (a line, a cell, a block) is read for: a year's weekly meetings fit with room to
# spare; a hostile line of thousands of dates would otherwise cost a quadratic overlap check.
MAX_DATES = 400


# The numeric forms of other languages (see _page_intl): what a card's own English-first reading leaves; with the
# weekday-led year-less numbers ("Fri 9.18"), which tell a card's date from other numbers only by the weekday.
NON_ENGLISH_PATTERNS = (*NUMERIC_PATTERNS, DOTTED, DAY_MONTH_DOTTED, WEEKDAY_SLASHED)


def find_dates(
    text: str, *, year_hint: int | None, today: dt.date, patterns: tuple[re.Pattern[str], ...] = DATE_PATTERNS
) -> list[DateHit]:
    """Every date in ``text``, in order, overlapping matches resolved in favour of the earlier pattern."""
    return sorted(iter_dates(text, year_hint=year_hint, today=today, patterns=patterns), key=lambda hit: hit.start)


def iter_dates(
    text: str, *, year_hint: int | None, today: dt.date, patterns: tuple[re.Pattern[str], ...] = DATE_PATTERNS
) -> Iterator[DateHit]:
    """The dates of ``find_dates`` as they are found (pattern by pattern, not in order): a caller that needs only
    the first few stops reading there. A match overlapping one taken is found by bisection over the taken spans
    (disjoint, so their ends rise with their starts): a text of many dates costs their number, not its square."""
    found = 0
    starts: list[int] = []
    ends: list[int] = []
    for pattern in patterns:
        for match in pattern_matches(pattern, text):  # found once per text (_page_date_matches)
            if found >= MAX_DATES:  # no page lists more in one text
                return
            before = bisect.bisect_left(starts, match.end())  # the taken spans that start before this one ends
            if before and ends[before - 1] > match.start():
                continue
            if pattern is DOTTED and dotted_rejected(text, match, today=today):
                continue
            if pattern is INTL_DATE and not intl_accepted(match):
                continue
            day_first = DOTTED_DAY_FIRST.get()
            if not numeric_accepted(match, day_first=day_first) and not dashed_day_first(match, day_first=day_first):
                continue
            if pattern is DAY_MONTH_DOTTED and dotted_rejected(text, match, year_less=True):
                continue
            if pattern in (DAY_MONTH_SHORT_YEAR, DAY_MONTH_DASHED) and _short_year_rejected(text, match, today):
                continue
            hit = _hit(match, year_hint=year_hint, today=today)
            if hit is not None:
                hit = joined_days(text, slashed_days(text, hit))  # "19/20 Settembre", "29th and 30th April"
                found += 1
                starts.insert(before, match.start())
                ends.insert(before, match.end())
                yield hit
