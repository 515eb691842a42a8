"""The years and months a page states around its dates rather than with them: a heading's year ("2024 Meeting
Schedule") or month ("Spielplan Juni 2025"), a season's span ("2025-26 Season"), a line's leading day, and the date
an event page's URL carries. Pure; the dates themselves are read by _page_dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from urllib.parse import urlsplit

from sources.adapters._page_dates import (
    BARE_YEAR,
    DAY_LEAD,
    MONTH_HEADING,
    MONTHS,
    URL_DATE,
    DateHit,
    find_dates,
    month_of,
    safe_date,
)
from sources.adapters._page_intl import AMBIGUOUS, heading_month

# A heading's year is the year of the dates under it only when the heading is the year alone or names a schedule
# ("2024 Meeting Schedule", "2022 JDAMA Meetings"); not a span ("2025-26 Season": season_years), not a history
# ("Live music since 1987", "© 2019").
YEAR_SPAN = re.compile(r"\b(?:19|20)\d\d\s*(?:[-–—/]|to|through|until)\s*(?:(?:19|20)?\d\d)\b", re.I)
YEAR_HISTORY = re.compile(
    r"\b(?:since|est|established|founded|opened|copyright|anniversary|class\s+of|born|until|before|after)\b|©", re.I
)
SCHEDULE_NOUNS = re.compile(
    r"\b(?:meetings?|schedules?|calendars?|dates|events?|agendas?|minutes|fixtures|programs?|programmes?|"
    r"concerts?|shows?|hearings?|sessions?|classes|courses|workshops?|performances?|games|matches|lineup|"
    r"board|commission|committee|council|authority|trustees|task\s+force|caucus|panel|assembly|directors|"
    # An archive's year ("Archief 2021", "Archiv 2019", "Archives 2018") and other languages' listings ("Termine
    # 2024", "Konzerte 2023", "Concerten 2022", "Conciertos 2021"): helper pages100, an organist's agenda
    r"archives?|archief|archiv|archivio|archivo|termine|konzerte|concerten|conciertos|concerti|veranstaltungen|"
    # A calendar in the languages of the held-out pages ("Kalender 2013", a Danish singer's; "Kalendarz 2026")
    r"kalender|kalendarz|kalenteri|calendario|calendrier|koncerter|konserter)\b",
    re.I,
)


def bare_year(text: str, today: dt.date | None = None) -> int | None:
    """The year a short heading-like line names ("2019", "2024 Meeting Schedule"), when it names no day: the
    year alone or with schedule words, not a span or a history, and not more than a year after ``today``."""
    if len(text) > 60 or YEAR_SPAN.search(text) or YEAR_HISTORY.search(text):
        return None
    if find_dates(text, year_hint=2000, today=dt.date(2000, 1, 1)):
        return None
    years = {int(match.group("year")) for match in BARE_YEAR.finditer(text)}
    if len(years) != 1:
        return None
    year = years.pop()
    if today is not None and year > today.year + 1:
        return None
    alone = not re.sub(r"[\W_]", "", BARE_YEAR.sub("", text))
    return year if alone or SCHEDULE_NOUNS.search(text) else None


def month_heading(text: str, today: dt.date | None = None) -> tuple[int, int] | None:
    """(year, month) of a line that is only a month and year ("January 2024"); given ``today``, also of a short
    heading that ends with a month in any language read here, its year written or not ("Репертуар на май",
    "Spielplan Juni 2025", "Events in July"; see month_named_last)."""
    match = MONTH_HEADING.match(text)
    if match:
        month = month_of(match)
        return (int(match.group("year")), month) if month else None
    return month_named_last(text, today) if today is not None else None


# A programme's heading that ends with its month ("Репертуар на май", "Spielplan Juni 2025", "Events in July"): at
# most three words before the month, its year after it or not. Bounded repetition, no nested quantifier.
MONTH_LAST = re.compile(
    r"^\s*(?P<lead>(?:[^\W\d_]+[.:]?\s+){0,3})(?P<month>[^\W\d_]{3,12})\.?(?:,?\s+(?P<year>(?:19|20)\d\d))?\s*(?::\s*)?$"
)
# English month names that are words as well ("the Women's March", "you may"): a heading's last word only with a year.
ENGLISH_WORD_MONTHS = frozenset({"march", "may"})


def month_named_last(text: str, today: dt.date) -> tuple[int, int] | None:
    """(year, month) of a short heading ending with a full month name; a year-less one (words before the month) is
    this year's month, or the next year's when the month is more than a month past."""
    match = MONTH_LAST.match(text)
    if not match:
        return None
    name = match.group("month").lower()
    month = (MONTHS.get(name) if len(name) > 3 else None) or heading_month(name)
    if month is None:
        return None
    year, lead = match.group("year"), match.group("lead").strip()
    if not year and (not lead or name in AMBIGUOUS or name in ENGLISH_WORD_MONTHS):
        return None  # a month alone ("februari") heads a listing's dates, which write their own day and month
    if year:
        return int(year), month
    return (today.year if month >= today.month - 1 else today.year + 1), month


# A line that is only a month's name and its year, in any language read here ("Květen 2012", "HELMIKUU 2012"):
# a month heading however it is marked up (bold text in a table cell, a heading). One name, then the year.
MONTH_YEAR_ALONE = re.compile(r"^\s*[^\W\d_]{3,12}\.?,?\s+(?:19|20)\d\d\s*:?\s*$")
# "18.2. Band", "1.5. Úterý 19:30": a day and a month, each closed by its dot, leading a line (see dotted_lead).
DOTTED_LEAD = re.compile(r"^\s*(?P<day>[12]\d|3[01]|0?[1-9])\.(?P<month>1[0-2]|0?[1-9])\.(?=\s|$)")


def month_year_line(text: str, today: dt.date) -> tuple[int, int] | None:
    """(year, month) of a line that is only a month and its year (MONTH_YEAR_ALONE), in any language read here."""
    return month_named_last(text, today) if MONTH_YEAR_ALONE.match(text) else None


def dotted_lead(text: str, month: int) -> tuple[int, int, int] | None:
    """The day of a line that starts with a year-less dotted day and month ("18.2. Diz Watson …") when the month is
    the one the heading above names ("HELMIKUU 2012"): (day, start, end); None for another month or none."""
    match = DOTTED_LEAD.match(text)
    if match is None or int(match.group("month")) != month:
        return None
    return int(match.group("day")), match.start("day"), match.end()


def leading_day(text: str) -> tuple[int, int, int] | None:
    """The day number a line under a month heading starts with ("14 – Regular meeting"): (day, start, end)."""
    match = DAY_LEAD.match(text)
    return (int(match.group("day")), match.start("day"), match.end()) if match else None


def url_date(url: str | None) -> dt.date | None:
    """The date a page's address carries in its path ("/events/2019/03/21/…"), when it carries one."""
    if not url:
        return None
    path = urlsplit(url).path
    match = URL_DATE.search(path)
    if not match:
        return None
    return safe_date(int(match.group("year")), int(match.group("month")), int(match.group("day")))


def year_from_url(hit: DateHit, url: str | None) -> DateHit:
    """A year-less date whose month and day the page's address also names takes the address's year."""
    found = url_date(url)
    if hit.year_written or found is None or (found.month, found.day) != (hit.date.month, hit.date.day):
        return hit
    return dataclasses.replace(hit, date=found, year_written=True)


# A season's heading names two years in a row ("2024–2025 Meeting Schedule", "Season 2024/25", "FY 2025-26"):
# its rows run from the first into the second.
SEASON_SPAN = re.compile(r"\b(?P<first>(?:19|20)\d\d)\s*(?:[-–—/]|to|through)\s*(?P<last>(?:19|20)?\d\d)\b", re.I)
SEASON_WORDS = re.compile(r"\b(?:seasons?|fiscal|fy|school\s+year|academic\s+year|terms?)\b", re.I)


def season_years(text: str, today: dt.date | None = None) -> tuple[int, int] | None:
    """The two years a short heading-like line names as one season ("2024–2025 Meeting Schedule", "Season
    2024/25"): two years in a row, alone or with schedule or season words, no day, no history, and not more than
    a year after ``today``."""
    if len(text) > 60 or YEAR_HISTORY.search(text):
        return None
    spans = list(SEASON_SPAN.finditer(text))
    if len(spans) != 1:
        return None
    match = spans[0]
    first, last = int(match.group("first")), match.group("last")
    second = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
    if second != first + 1 or (today is not None and first > today.year + 1):
        return None
    rest = text[: match.start()] + " " + text[match.end() :]
    if BARE_YEAR.search(rest) or find_dates(text, year_hint=2000, today=dt.date(2000, 1, 1)):
        return None
    alone = not re.sub(r"[\W_]", "", rest)
    return (first, second) if alone or SCHEDULE_NOUNS.search(rest) or SEASON_WORDS.search(rest) else None
