"""Times of day as people write them, for the page reader (and the feed and JSON readers that read a clock as
pages do): "9:30 AM", "3 p.m.", "7.30pm", "15:00", "noon"; ranges ("9:30 AM – 12:00 PM", "6-8 pm", "19:00 - 21:00",
one past midnight: ``overnight``); a range's end written with an end's word or on the day it names ("19:00, Ende
22:00", "Wed 6th 18:30 – Thu 7th 7:30"); the show's time after the doors' (``find_clock``, ``doors_show``); and when
a range ends (``end_moment``). Dates are ``_page_dates``'s, which re-exports the names other modules read. Pure.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from sources.adapters._page_between_clocks import between_dotted, between_joint
from sources.adapters._page_doors import bare_doors_show, show_after_doors
from sources.adapters._page_duration_clocks import MAX_DURATIONS, running_time
from sources.adapters._page_end_words import END_WORD_AFTER, NAMED_AFTER, NAMED_BEFORE, days_named, end_word
from sources.adapters._page_intl import ENGLISH_PAGE, intl_clock
from sources.adapters.common import on_24_hour_clock

# "9:30 AM", "3 p.m.", "3pm", "3:pm" (a typo seen on real pages), "7.30pm" (as Britain writes it), "15:00", "noon"
# (a word of its own: "Afternoon session (01:30pm - 04:00pm)" is no noon; helper left29). A time glued to its
# label's colon is one too ("Hora:18:30h", "Time:7pm"; pages batch 102), not the end of a longer time ("12:30:45").
_CLOCK = r"(?:(?P<{h}>1[0-2]|0?[1-9])(?:[:.](?P<{m}>[0-5]\d))?:?\s*(?P<{ap}>[ap])\.?\s*m\b\.?|(?P<{h24}>[01]?\d|2[0-3]):(?P<{m24}>[0-5]\d)(?!\d)|(?P<{noon}>(?<![^\W\d_])noon))"
CLOCK = re.compile(
    r"(?:(?<![\d:])|(?<=[^\W\d_]:))" + _CLOCK.format(h="h", m="m", ap="ap", h24="h24", m24="m24", noon="noon"), re.I
)
# "9:30 AM – 12:00 PM", "6-8 pm", "6:00 to 8:00 p.m.", "7.30-9.30pm" (as Britain writes it; not after a currency
# sign: "£7.50 - 9.30pm") (the first takes the second's meridiem when it has none)
CLOCK_RANGE = re.compile(
    r"(?<![\d:.$€£])(?P<h1>1[0-2]|0?[1-9]|[01]\d|2[0-3])(?:[:.](?P<m1>[0-5]\d))?\s*(?:(?P<ap1>[ap]\.?\s*m\b\.?)\s*)?"
    r"(?:-|–|—|to|until)\s*"
    r"(?P<h2>1[0-2]|0?[1-9]|[01]\d|2[0-3])(?:[:.](?P<m2>[0-5]\d))?\s*(?P<ap2>[ap]\.?\s*m\b\.?)",
    re.IGNORECASE,
)
# "19:00 - 21:00", "19.00 – 21.00 Uhr", "9 - 11:30", "13:00～22:00" (Japanese writes a wave dash), "12:00 a 14:00
# hrs", "de 10:00 a 13:00", "14:00 às 16:00" (Spanish and Portuguese join times by a word between spaces): a range on a
# 24-hour clock (the end's minutes written,
# so "ages 9 - 11" is not one, nor "€19.00 - 21.00" with a currency sign before it) Calendar software writes zero seconds on both
# ends ("11:00:00 - 12:00:00", KDE's invitation view): the same range. Not: other seconds ("1:02:33 - 1:05:10", a
# race's splits), read as before.
CLOCK_RANGE_24 = re.compile(
    r"(?<![\d:.$€£/])(?P<h1>[01]?\d|2[0-3])(?:[:.h](?P<m1>[0-5]\d)(?::00)?)?\s*"
    r"(?:-|–|—|～|〜|to|until|bis|(?<=\s)(?:a|al|à|às|até|ate|hasta)(?=\s))\s*"
    r"(?P<h2>[01]?\d|2[0-3])[:.h](?P<m2>[0-5]\d)(?::00)?(?!\d|\s*[ap]\.?\s?m\b)",
    re.IGNORECASE,
)


@dataclasses.dataclass(frozen=True, slots=True)
class DatedEnd:
    """A range's end written with its own date ("– Thu, Oct 8, 2026 07:30"; see _page_dated_ends)."""

    day: dt.date
    year_written: bool
    time: dt.time


@dataclasses.dataclass(frozen=True, slots=True)
class ClockHit:
    start: dt.time
    end: dt.time | None  # earlier than the start only past midnight (see overnight): the next morning
    span: tuple[int, int]
    days: int = 0  # the end is this many days after the start's day, as the range names them ("Wed 6th – Thu 7th")
    until: DatedEnd | None = (
        None  # the end with its own date (``end`` is None then: a reader that reads no date has none)
    )


# A range past midnight starts in the afternoon or the evening, written unmistakably (13:00 on: "12:30 - 1:30" is
# no such range) and ends before noon: "8:00 PM to 2:00 AM", "22:00–04:00", "18:30 – 7:30".
OVERNIGHT_FROM, OVERNIGHT_UNTIL = dt.time(13), dt.time(12)
NAMED_REACH = 20  # the most characters the day named before a range's start takes ("Wednesday 16th ")


def overnight(start: dt.time, end: dt.time) -> bool:
    """Whether a range from ``start`` to an earlier ``end`` ends the next morning."""
    return end < start and start >= OVERNIGHT_FROM and end < OVERNIGHT_UNTIL


def range_end(start: dt.time, end: dt.time | None) -> dt.time | None:
    """A range's end: later the same day, or the next morning (overnight); else none."""
    return end if end is not None and (end > start or overnight(start, end)) else None


def end_moment(
    day: dt.date, start: dt.time, end: dt.time | None, tzinfo: dt.tzinfo, days: int = 0, last: dt.date | None = None
) -> dt.datetime | None:
    """When a range that starts at ``start`` on ``day`` ends: on the ``last`` day of a run of days with these hours,
    the next day when it runs past midnight, ``days`` later when it names the day it ends on."""
    if end is not None and last is not None:
        return dt.datetime.combine(last, end, tzinfo=tzinfo)
    if end is None or not days and range_end(start, end) is None:
        return None
    return dt.datetime.combine(day + dt.timedelta(days=days or end < start), end, tzinfo=tzinfo)


def _clock_time(hour: str | None, minute: str | None, meridiem: str | None) -> dt.time | None:
    if hour is None:
        return None
    value = int(hour)
    value = on_24_hour_clock(value, meridiem)
    return dt.time(value, int(minute or 0)) if value < 24 else None


def _range(ranged: re.Match[str]) -> ClockHit | None:
    end = _clock_time(ranged.group("h2"), ranged.group("m2"), ranged.group("ap2"))
    start = _clock_time(ranged.group("h1"), ranged.group("m1"), ranged.group("ap1") or ranged.group("ap2"))
    if start is None or end is None:
        return None
    if start > end and not ranged.group("ap1"):  # "11-1 pm": the start is the morning
        start = _clock_time(ranged.group("h1"), ranged.group("m1"), "am") or start
    return ClockHit(start, range_end(start, end), ranged.span())


def clock_ranges(text: str) -> list[ClockHit]:
    """Every range of times of day in ``text`` ("7:00 - 8:00pm", "2:00 - 7:00 PM", "19.00 - 21:00"), in order."""
    hits = [hit for match in CLOCK_RANGE.finditer(text) if (hit := _range(match)) is not None]
    for match in CLOCK_RANGE_24.finditer(text):
        start, end = match.span()
        if not _is_range_24(text, match) or any(start < hit.span[1] and hit.span[0] < end for hit in hits):
            continue
        first = dt.time(int(match.group("h1")), int(match.group("m1") or 0))
        last = dt.time(int(match.group("h2")), int(match.group("m2")))
        hits.append(ClockHit(first, range_end(first, last), match.span()))
    return sorted(hits, key=lambda hit: hit.span)


def _is_range_24(text: str, match: re.Match[str]) -> bool:
    """A bare first hour ("9 - 11:30") after a word or number is a date's day ("March 3 - 19:00"), not a start."""
    if match.group("m1"):
        return True
    before = text[: match.start()].rstrip()
    return not before or not before[-1].isalnum() and before[-1] != ","


def find_clock(text: str, *, dated: bool = False) -> ClockHit | None:
    """The first time of day in ``text``, with the end of a range ("6-8 pm") when one is written; after the
    doors' time, the show's ("Doors 7pm / Show 8pm": 8 pm, its span covering both). ``dated``: the text stands
    beside a date, so a bare dotted "19.00" is its time (see _page_intl.intl_clock). A running time ("Duration
    2:30 h") is passed over (_page_duration_clocks)."""
    hit, offset, passed = _time_of_day(text, dated=dated), 0, 0
    while hit is not None and running_time(text, (offset + hit.span[0], offset + hit.span[1])):
        if passed == MAX_DURATIONS:
            return None
        passed, offset = passed + 1, offset + hit.span[1]
        hit = _time_of_day(text[offset:], dated=dated)
    if hit is None:
        return hit
    span = (offset + hit.span[0], offset + hit.span[1])
    zero = ZERO_SECONDS.match(text, span[1]) if hit.end is None else None
    span = (span[0], zero.end()) if zero is not None else span
    return hit if span == hit.span else dataclasses.replace(hit, span=span)


def _time_of_day(text: str, *, dated: bool) -> ClockHit | None:
    hit = _earliest(_first_clock(text), _intl_clock_hit(text, dated=dated))
    bare = bare_doors_show(text)  # "Doors at 7, show at 8": the evening's show
    if bare is not None and (hit is None or bare[1][0] < hit.span[0]):
        return ClockHit(bare[0], None, bare[1])
    shown = show_after_doors(text, hit, _show_clock) if hit is not None else None
    if shown is None:
        return _with_end(text, _with_clock_word(text, hit))
    later, span = shown  # the doors' (or meeting's) words too
    return _with_end(text, _with_clock_word(text, ClockHit(later.start, later.end, span)))


def doors_show(text: str) -> ClockHit | None:
    """The show's time when the first time in ``text`` is the doors' and the show's follows it ("7pm doors, 8pm
    show", "Doors 7pm / Show 8pm"), its span from the doors' words; None otherwise (a feed's prose reads it)."""
    hit = _show_clock(text)
    shown = show_after_doors(text, hit, _show_clock) if hit is not None else None
    return ClockHit(shown[0].start, shown[0].end, shown[1]) if shown is not None else None


def doors_clock(text: str) -> ClockHit | None:
    """The doors' time where ``text`` writes the doors' and then the show's (``doors_show``): its first time."""
    return _show_clock(text) if doors_show(text) is not None else None


def _show_clock(text: str) -> ClockHit | None:
    """The first time in ``text``, as a show's time after the doors' is written ("Beginn 20 Uhr", "Show 8pm")."""
    return _earliest(_first_clock(text), _intl_clock_hit(text, dated=True))


def _with_end(text: str, hit: ClockHit | None) -> ClockHit | None:
    """A start's end written after it with an end's word ("19:00, Ende 22:00", "7pm, ends 10pm", "19h, fin 22h"),
    or on the day a range names ("Wed 6th 18:30 – Thu 7th 7:30"); the hit as found otherwise."""
    if hit is None or hit.end is not None:
        return hit
    between = between_joint(text, hit.span)  # "zwischen 10:00 und 17:00 Uhr" (_page_between_clocks)
    word = between or END_WORD_AFTER.match(text, hit.span[1])
    named = None if word is not None else NAMED_AFTER.match(text, hit.span[1])
    joint = word if between or end_word(word) else named
    if joint is None:
        return hit
    rest = text[joint.end() :]
    later = _with_clock_word(rest, _earliest(_first_clock(rest), _intl_clock_hit(rest, dated=True)))
    if later is None or later.span[0] != 0:
        return hit
    span = (hit.span[0], joint.end() + later.span[1])
    if named is None:
        end = range_end(hit.start, later.start)
        return ClockHit(hit.start, end, span) if end is not None else hit
    reach = max(0, hit.span[0] - NAMED_REACH)
    before = NAMED_BEFORE.search(text[reach : hit.span[0]])
    days = days_named(before, named) if before is not None else None
    return ClockHit(hit.start, later.start, (reach + before.start(), span[1]), days) if before and days else hit


# The word for o'clock written after a time or a range ("13:45 – 15:30 Uhr", "20:00 h", "19.30 hrs", Dutch "20.30
# uur"): part of the time, not of the name beside it.
# A machine's zero seconds after a time of day ("TID: 30-12-2013 10:00:00", a shop's CMS; batch 124): part of the
# time, as the range's are (CLOCK_RANGE_24), so no ":00" is left over as a line's words. Not: other seconds
# ("19:30:01"), a timecode ("10:00:00:00"), a colon after a space ("10:00 :00").
ZERO_SECONDS = re.compile(r"(?<=\d\d):00(?![\d:])")
CLOCK_WORD_AFTER = re.compile(r"\s?(?:uhr|uur|hrs?|h|heures?|godz|hod(?:in)?)\b\.?", re.IGNORECASE)


def _with_clock_word(text: str, hit: ClockHit | None) -> ClockHit | None:
    if hit is None:
        return None
    word = CLOCK_WORD_AFTER.match(text, hit.span[1])
    return hit if word is None else ClockHit(hit.start, hit.end, (hit.span[0], word.end()))


def _intl_clock_hit(text: str, *, dated: bool) -> ClockHit | None:
    """ "kl. 19.00", "Kl.12-17", "20h30", "19 Uhr": a 24-hour time as Europe writes it."""
    found = intl_clock(text, dated=dated)
    between = between_dotted(text, english=ENGLISH_PAGE.get())  # "tussen 10.00 en 17.00 uur" (_page_between_clocks)
    if between is not None and (found is None or between[4][0] < found[4][0]):
        found = between
    if found is None:
        return None
    hour, minute, end_hour, end_minute, span = found
    start = dt.time(hour, minute)
    end = dt.time(end_hour, end_minute or 0) if end_hour is not None else None
    return ClockHit(start, range_end(start, end), span)


def _earliest(first: ClockHit | None, other: ClockHit | None) -> ClockHit | None:
    if first is None or other is None:
        return first or other
    return other if other.span[0] < first.span[0] else first


def _first_clock(text: str) -> ClockHit | None:
    ranged = CLOCK_RANGE.search(text)
    single = CLOCK.search(text)
    if ranged and (single is None or ranged.start() <= single.start()):
        found = _range(ranged)
        if found is not None:
            return found
    # "9 - 11:30" without am/pm: the 24-hour range's start, not its end read as the first time.
    bare = next((match for match in CLOCK_RANGE_24.finditer(text) if _is_range_24(text, match)), None)
    if bare and single and bare.start() <= single.start() and not single.group("ap"):
        first = dt.time(int(bare.group("h1")), int(bare.group("m1") or 0))
        last = dt.time(int(bare.group("h2")), int(bare.group("m2")))
        if range_end(first, last) is not None:
            return ClockHit(first, last, bare.span())
    if single is None:
        return None
    if single.group("noon"):
        return ClockHit(dt.time(12, 0), None, single.span())
    moment = _clock_time(single.group("h"), single.group("m"), single.group("ap")) or _clock_time(
        single.group("h24"), single.group("m24"), None
    )
    return ClockHit(moment, None, single.span()) if moment is not None else None
