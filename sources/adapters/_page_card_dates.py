"""A card's date written as text ("Sat 12 Dec, 8pm", "March 6 – 8, 2027", "6-8 March 2027"): the pattern that
finds it, the range of days it may start or end, the weekday that places a year-less one. Pure; the card
reader (_page_block_reader.BlockReader) resolves the day itself in the page's zone."""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import MONTHS, ClockHit, find_clock, safe_date
from sources.adapters._page_day_pairs import dash_nights, paired_last, paired_run
from sources.adapters._page_duration_clocks import running_time
from sources.adapters._page_end_words import END_REACH, END_WORD, END_WORD_BEFORE, end_word
from sources.adapters.common import on_24_hour_clock

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\.|\b)"
)
# A day is not the hour of a time ("February\n12:30 PM"); "15, February" is a day and its month.
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b(?![:.]\d|[-–]centur)"  # "an august 19th-century hall": no day
_CLOCK = r"\b(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*[ap]\.?m\.?|(?:[01]?\d|2[0-3]):[0-5]\d)(?!\d)"
TEXT_DATE = re.compile(
    rf"\b(?:(?P<day>{_DAY}),?\s+(?P<month>{_MONTH})|(?P<month2>{_MONTH})\s+(?P<day2>{_DAY}))"
    rf"(?:,?\s+(?P<year>20\d\d)\b)?"
    # Each run of spaces is read by one \s* only: three optional \s* in a row made a run of spaces cubic.
    rf"(?:\s*(?:(?:,|·|\||@|-|–|—)\s*)?(?:(?:at|from|doors(?:\s+open)?|starts?)\s*)?(?P<time>{_CLOCK}))?",
    re.IGNORECASE,
)
CLOCK = re.compile(_CLOCK, re.IGNORECASE)
_JOIN = r"(?:-|–|—|~|～|〜|to|through|until)"  # "Sep 18 ~ Sep 27": the wave dash of Japanese and Korean pages
# The weekday a run writes before each of its days ("Fri 30 - Sat 31 May", "Wed 30 Jul - Fri 1 Aug").
_WEEKDAY = r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\.?,?"
# What follows a date to make it a range: "January 6 – March 15, 2026", "May 18 – 19, 2026", "6 March – 8 March
# 2027", "Wed 30 Jul - Fri 1 Aug" (the last day's weekday after the dash); a day that is an hour ("until 8 pm") is
# none.
RANGE_TAIL = re.compile(
    rf"(?<!\s)\s*{_JOIN}\s*(?:{_WEEKDAY}\s+)?"
    rf"(?:(?P<month>{_MONTH})\s+(?P<day>{_DAY})|(?P<day2>{_DAY})(?:\s+(?P<month2>{_MONTH}))?)"
    rf"(?!\s*(?:[ap]\.?m\b|o'?clock\b|hrs?\b))(?:,?\s+(?P<year>20\d\d)\b)?",
    re.IGNORECASE,
)
# The first day of a range written before a day and its month ("6-8 March 2027", "6 – 8 March", "Fri 30 - Sat
# 31 May": the last day's weekday between the dash and the day), or joined to it by a word: an English one ("12 to
# 20 April", "from 1 to 5 March", "1st through 5th March"), or another language's after its lead word ("van 12 t/m
# 20 december 2026", "du 1er au 5 mars" when the month is spelled as in English). Without a lead word another
# language's joiner before a date is no range ("Saal 2 bis 5 March").
RANGE_HEAD = re.compile(
    r"(?<![\w/.:-])(?:"
    r"(?:(?:from|van|vom|von|du|dal|del|desde|de)[ \t]{1,3})?(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|\.)?"
    r"(?:\s*(?:-|–|—|~|～|〜)|[ \t]{1,3}(?:to|through|thru|until|till))"
    r"|(?:van|vom|von|du|dal|del|desde|de)[ \t]{1,3}(?P<lead_day>[12]\d|3[01]|0?[1-9])(?:er|\.|º)?"
    r"[ \t]{1,3}(?:tot en met|t/m|tot|bis|au|al|a|hasta))"
    rf"\s*(?:{_WEEKDAY}\s+)?$",
    re.IGNORECASE,
)
HEAD_REACH = 32  # the most characters such a first day, its dash and the last day's weekday take
MAX_RANGE_DAYS = 366  # a season or an exhibition's run, not two unrelated dates


def clock(text: str) -> dt.time | None:
    """ "8pm", "7.30 p.m.", "20:00" → a time of day (not a running time's "Duration 2:30 h")."""
    match = next((found for found in CLOCK.finditer(text) if not running_time(text, found.span())), None)
    if not match:
        return None
    raw = match.group(0).lower().replace(".", ":").replace(" ", "")
    meridiem = "pm" if "p" in raw else "am" if "a" in raw else ""
    hours, _, minutes = raw.rstrip(":apm").partition(":")
    hour = on_24_hour_clock(int(hours), meridiem)
    return dt.time(hour, int(minutes or 0))


def _number(day: str) -> int:
    digits = re.match(r"\d+", day)
    return int(digits.group(0)) if digits else 0


def _month(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip(".")[:3])


def day_range(first: dt.date, text: str, match: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    """(first, last day) of a range of days the card's date (``first``, read from ``match`` in ``text``) is
    part of, when it has no time: a day before it ("6-8 March 2027"), or a day, a date or a dated date after it
    ("March 6 - 8, 2027": the 8th of March; "March 30 - April 2"; "Dec 30, 2026 - Jan 2, 2027"). A year-less
    first day is in the last one's year, or the year before when the range turns the year; a year-less last day
    is the next such day after the first. A chain of three dates is a list of days, not a range."""
    head = RANGE_HEAD.search(text, max(0, match.start() - HEAD_REACH), match.start())
    if match.group("time") and (head is None or not match.group("day")):
        return None
    if head is not None and match.group("day"):
        start = safe_date(first.year, first.month, _number(head.group("day") or head.group("lead_day")))
        nights = start is not None and dash_nights(start, first, text, match.end())  # "17–18 June at 7:30pm"
        # "17-28 June, 19:30": a run whose clock the date holds (left33, _page_nightly_runs); two days are two shows
        nights = nights or (start is not None and bool(match.group("time")) and (first - start).days < 2)
        return (start, first) if start is not None and start < first and not nights else None
    pair = paired_run(first, text, match.start()) if match.group("day") else None
    if pair is not None:  # "17th & 18th June": one event over both days (_page_day_pairs)
        return pair, first
    last = paired_last(first, text, match.end()) if match.group("day2") else None
    if last is not None:  # "June 17 & 18": the same after the month (left30)
        return first, last
    tail = RANGE_TAIL.match(text, match.end())
    if tail is None or RANGE_TAIL.match(text, tail.end()):
        return None
    month = _month(tail.group("month") or tail.group("month2") or "") or first.month
    day = _number(tail.group("day") or tail.group("day2"))
    start = first
    if tail.group("year"):
        last = safe_date(int(tail.group("year")), month, day)
        if last is not None and not match.group("year"):
            moved = safe_date(last.year, first.month, first.day)
            start = moved if moved is None or moved < last else safe_date(last.year - 1, first.month, first.day)
    else:
        last = safe_date(first.year, month, day)
        if last is not None and last <= first and month != first.month:
            last = safe_date(first.year + 1, month, day)
    if start is None or last is None or not start < last or dash_nights(start, last, text, tail.end()):
        return None  # "June 17 – 18 at 7:30pm": two shows (left32, _page_two_days)
    return (start, last) if (last - start).days <= MAX_RANGE_DAYS else None


def end_label(line: str) -> bool:
    """A line that is only an end's word ("Ende", "Until:"): the label of the time under it."""
    return end_word(END_WORD.fullmatch(line.strip()))


def ending(line: str, hit: ClockHit) -> tuple[dt.time | None, dt.time | None]:
    """(start, end) of a line's first clock ``hit`` read with the words around it: a clock an end word leads
    ("Friday, April 9 (ends 11:00 pm)") is the end, the start unknown; a start followed by one ("7 pm (ends
    11 pm)") ends there. A range ("7 pm until 11 pm") is read by find_clock already."""
    if end_word(END_WORD_BEFORE.search(line, max(0, hit.span[0] - END_REACH), hit.span[0])):
        return None, hit.end or hit.start
    if hit.end is not None:
        return hit.start, hit.end
    for word in END_WORD.finditer(line, hit.span[1]):
        if not end_word(word):
            continue
        later = find_clock(line[word.end() :])
        if later is not None and later.span[0] == 0 and later.start is not None:
            return hit.start, later.start
    return hit.start, None


# The weekday written just before a date ("Sat, Nov 7"): the year a year-less date is in.
WEEKDAY_BEFORE = re.compile(
    r"\b(?P<day>mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|r|rs|rsday|urday)?\.?,?\s{0,3}$", re.IGNORECASE
)
WEEKDAY_INDEX = {name: index for index, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}


def with_weekday(day: dt.date, before: str) -> dt.date:
    """A year-less date in the year before or after the one guessed, when only there it falls on the weekday
    written before it ("Sat, Nov 7" among next year's dates: a Saturday in this year, a Sunday in the next)."""
    written = WEEKDAY_BEFORE.search(before)
    weekday = WEEKDAY_INDEX[written.group("day").lower()] if written else None
    if weekday is None or day.weekday() == weekday:
        return day
    for year in (day.year - 1, day.year + 1):
        try:
            other = day.replace(year=year)
        except ValueError:  # February 29th
            continue
        if other.weekday() == weekday:
            return other
    return day
