"""Dates written as spans on pages without structured data: two dates joined by a dash ("January 6 – March 15,
2026") and cells of weekday and day number under a month row ("Wed 18 - Sun 22" under "February 2026"). Pure."""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dated_ends import timed_range
from sources.adapters._page_dates import DateHit, safe_date
from sources.adapters._page_month_year_spans import month_year_spans
from sources.adapters._page_slashed_ranges import slashed_start
from sources.adapters._page_weekday_lists import weekday_lists

# What stands between the two dates of a range ("January 6 – March 15", "Apr 29 through May 3", "8月30日 至 9月2日"),
# in English or another language ("del 01/09/2026 al 30/06/2027", "du … au …", "vom … bis …", "dal … al …", "van …
# tot en met …", "de … a/à/até …", "desde … hasta …"). "de", "del" and "van" are no joiner: they lead a range.
RANGE_JOIN = re.compile(
    r"(?:-|–|—|to|through|thru|until|till|至|~|～|〜|al|au|bis|a|à|até|ate|hasta|tot|tot en met|t/m|jusqu'au|fino al)",
    re.IGNORECASE,
)
RANGE_GAP = 12  # the most characters between them: a dash or a word with its spaces
# The word that leads a range, just before its first date ("Del 01/09/2026 al …", "vom 1.9. bis …", "from … to …"):
# part of the range, so that it is not left behind in a name ("Del al").
RANGE_LEAD = re.compile(
    r"(?<![\w'])(?:from|del|de|desde|du|vom|von|ab|dal|dallo|dalla|van|das?|dès)[ \t]{1,3}$", re.IGNORECASE
)
LONGEST_RANGE = dt.timedelta(days=366)


def _joins(text: str, end: int, start: int) -> bool:
    return start - end <= RANGE_GAP and bool(RANGE_JOIN.fullmatch(text[end:start].strip()))


# The first day of a numeric range written without its year, before the dash ("21. 9. – 20. 12. 2026", "7.12.–
# 20.12.2026"): a day and a month, each closed by its dot, which alone would be no date ("9." is a number as often).
BARE_START = re.compile(
    r"(?<![\w.])(?P<day>[12]\d|3[01]|0?[1-9])\.\s?(?P<month>1[0-2]|0?[1-9])\.\s{0,3}(?:-|–|—)\s{0,3}$"
)
# The first day of a range led by a word and written as its number alone, the month and year only after the last
# day ("du 1er au 5 mars 2027", "vom 1. bis 5. März 2027", "dal 1 al 5 marzo", "van 1 tot en met 5 maart", "del 1
# al 5 de marzo"): without its lead word a number before a date is no day ("Saal 2 bis 5. März"), except before
# an English joining word ("12 to 20 April 2027", "1st through 5th March") or Dutch "t/m" ("6 t/m 8 maart"), and
# not after a currency's sign ("Tickets £6 - 8 March": a price; left40).
LEAD_DAY = re.compile(
    r"(?:(?<![\w'])(?:from|del|desde|du|vom|von|dal|van|de)[ \t]{1,3}"
    r"(?P<day>[12]\d|3[01]|0?[1-9])(?:er|\.|º|°|st|nd|rd|th)?(?P<end>)[ \t]{1,3}"
    r"(?:al|au|bis|a|até|hasta|tot en met|t/m|tot|to|until|through)"
    r"|(?<![\w'/.:£$€¥-])(?P<bare_day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?P<bare_end>)[ \t]{1,3}"
    r"(?:to|until|through|thru|till|t/m|tot en met))[ \t]{1,3}$"
    # The text's first words: "3 al 5 de marzo de 2031", "3-5 de marzo", "3 a 5 de março" (a line that opens with
    # the range; a number after a word is the word's: "Sala 2 al 5 de marzo").
    r"|^[ \t]{0,3}(?P<head_day>[12]\d|3[01]|0?[1-9])(?:º|°|er)?(?P<head_end>)"
    r"(?:[ \t]{0,3}[-–—][ \t]{0,3}|[ \t]{1,3}(?:al|au|a|à|até|hasta)[ \t]{1,3})$"
    # A day before a dash, the month written after the last day only ("12.–14. Dezember 2026", "12.–14. desember",
    # "12–14 décembre"), as "6-8 March" is read in English; not after a number's marks ("1.12.–14.", "9:00 - 14").
    r"|(?<![\w'/.:,£$€¥-])(?P<dash_day>[12]\d|3[01]|0?[1-9])\.?(?P<dash_end>)[ \t]{0,3}[-–—][ \t]{0,3}$"
    # A day closed by its dot before "bis", as a German programme writes a run without "vom" ("09. bis 12.08.2018"):
    # the dot says it is a day, not a count ("Saal 2 bis 5. März" stays no range).
    r"|(?<![\w'/.:,-])(?P<bis_day>[12]\d|3[01]|0?[1-9])\.(?P<bis_end>)[ \t]{1,3}bis[ \t]{1,3}$",
    re.IGNORECASE,
)
# LEAD_DAY's day and its end
_LEAD_GROUPS = (
    ("day", "end"),
    ("bare_day", "bare_end"),
    ("head_day", "head_end"),
    ("dash_day", "dash_end"),
    ("bis_day", "bis_end"),
)
_NUMERIC_END = re.compile(r"\d\.?\s{0,3}(?:19|20)\d\d$")  # the range's last day written in numbers to its year


def _bare_starts(text: str, hits: list[DateHit]) -> list[DateHit]:
    """The hits, each numeric one with its year ("20. 12. 2026") that a day and month without a year lead into
    by a dash given that first day too, as the range's start (read with the range's year)."""
    found: list[DateHit] = []
    for hit in hits:
        lead = BARE_START.search(text, max(0, hit.start - RANGE_GAP), hit.start)
        taken = found and found[-1].end > (lead.start() if lead else hit.start)
        if lead is not None and hit.year_written and not taken and _NUMERIC_END.search(text, hit.start, hit.end):
            start = safe_date(hit.date.year, int(lead.group("month")), int(lead.group("day")))
            if start is not None:
                found.append(
                    DateHit(start, lead.start(), lead.start() + len(lead.group(0).rstrip(" -–—")), False, None)
                )
        elif (slashed := slashed_start(text, hit, RANGE_GAP)) is not None and not (
            found and found[-1].end > slashed.start
        ):
            found.append(slashed)  # "7/7 – 11/7/2026" (_page_slashed_ranges)
        else:
            found.extend(_lead_day(text, hit, found))
        found.append(hit)
    return found


def _lead_day(text: str, hit: DateHit, found: list[DateHit]) -> list[DateHit]:
    """The range's first day written as its number alone before the hit, as a hit in the hit's month and year
    (none when there is no such day, it is not before the hit, or an earlier hit already covers it)."""
    if not text[hit.start : hit.start + 1].isdigit():
        return []
    lead = LEAD_DAY.search(text, max(0, hit.start - 2 * RANGE_GAP), hit.start)
    if lead is None or (found and found[-1].end > lead.start()):
        return []
    day, end = next(names for names in _LEAD_GROUPS if lead.group(names[0]) is not None)
    start = safe_date(hit.date.year, hit.date.month, int(lead.group(day)))
    if start is None or start >= hit.date:
        return []
    return [DateHit(start, lead.start(), lead.end(end), False, None)]


def joined_ranges(text: str, hits: list[DateHit]) -> list[DateHit]:
    """Two dates joined by a dash or "through" as one hit from the first to the second ("January 6 – March 15,
    2026"; the first takes the second's year, the year before when it falls later in the year: "December 28 –
    January 3, 2028"). A chain of three ("Jan 5 - Feb 2 - Mar 2") is a list of days, not a range."""
    hits = weekday_lists(
        text, _bare_starts(text, month_year_spans(text, hits))
    )  # "Fri 18th - Sat 19th March" (_page_weekday_lists)
    joined: list[DateHit] = []
    index = 0
    while index < len(hits):
        first = hits[index]
        second = hits[index + 1] if index + 1 < len(hits) else None
        third = hits[index + 2] if index + 2 < len(hits) else None
        if second is not None and timed_range(text, first, second):  # the second is the end, read with its time
            joined.append(first)
            index += 2
            continue
        if (
            second is None
            or not _joins(text, first.end, second.start)
            or (third is not None and _joins(text, second.end, third.start))
            or (index and _joins(text, hits[index - 1].end, first.start))
        ):
            joined.append(first)
            index += 1
            continue
        start = first.date
        if not first.year_written and (second.year_written or start > second.date):  # a run on now: _page_ongoing_runs
            start = safe_date(second.date.year, start.month, start.day) or start
            if start > second.date:
                start = safe_date(start.year - 1, start.month, start.day) or start
        if not start < second.date <= start + LONGEST_RANGE:
            joined.append(first)
            index += 1
            continue
        written = first.year_written or second.year_written
        lead = RANGE_LEAD.search(text, max(0, first.start - RANGE_GAP), first.start)
        begins = lead.start() if lead is not None and (not joined or joined[-1].end <= lead.start()) else first.start
        joined.append(DateHit(start, begins, second.end, written, first.weekday_agrees, second.date))
        index += 2
    return joined


# A cell of weekday and day number, or a range of them ("Wed 18 - Sun 22", "Thu 12"), under a month row.
_WEEKDAY_NAME = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?,?"
DAY_CELL = re.compile(
    rf"^\s*{_WEEKDAY_NAME}\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    rf"(?:\s*(?:-|–|—|to|through)\s*{_WEEKDAY_NAME}\s+(?P<last>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?)?\s*$",
    re.IGNORECASE,
)


def day_cell(text: str, month: tuple[int, int]) -> tuple[dt.date, dt.date | None] | None:
    """The first and last day of a cell that is only weekdays and day numbers ("Wed 18 - Sun 22") in the
    month a row above names ((2026, 2): 18 and 22 February 2026); a last day below the first is in the next
    month ("Sat 30 - Mon 2"). None when the cell is anything else or a day does not exist."""
    match = DAY_CELL.match(text)
    if not match:
        return None
    year, month_number = month
    first = safe_date(year, month_number, int(match.group("day")))
    if first is None:
        return None
    if not match.group("last"):
        return first, None
    last_day = int(match.group("last"))
    if last_day > first.day:
        return first, safe_date(year, month_number, last_day)
    following = first.replace(day=1) + dt.timedelta(days=32)
    return first, safe_date(following.year, following.month, last_day)


# The marks written between a date's numbers ("11/27/2024": "/", "11.22.24": "."): how a date is written.
NUMBER_MARKS = re.compile(r"\d([^\w\s]+)(?=\d)")


def written_alike(text: str, hits: list[DateHit]) -> bool:
    """Whether the dates of one line are written in one notation: a list of meeting dates is ("3/4/2027,
    4/1/2027", "Jan 14, Feb 11"); a later date written otherwise ("11/27/2024 Notice and Agenda 11.22.24") is a
    date inside the name (a document's), not another meeting."""
    return len({tuple(NUMBER_MARKS.findall(text[hit.start : hit.end])) for hit in hits}) <= 1
