"""When a feed item's event happens, from ISO values or a date written in prose (for the ``rss`` adapter). Pure.

Dates in English prose ("Saturday, December 5, 7:30 PM", "Friday Dec 11 at 8pm", "December 20th, 2 - 4 PM")
are read in the feed's zone, relative to a reference moment (when the item was published), so a date
without a year is the next one after it, unless that is more than ROLLED_OVER away: then it is the one a few
weeks before (a report on a day just past), or a weekday written with it says which, or it is held for a
moderator (``year_less``).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import itertools
import re
import zoneinfo
from collections.abc import Callable, Iterable, Iterator

from sources.adapters._feed_clock_after import clock_after
from sources.adapters._feed_date_end import date_end
from sources.adapters._feed_day_span import last_day
from sources.adapters._feed_not_event_dates import check_in_start, deadline_date
from sources.adapters._feed_span_end import DAY_END, second_date, span_end
from sources.adapters._feed_stamps import stamped
from sources.adapters._feed_until import until_bound
from sources.adapters._feed_zone_words import in_stated_zone
from sources.adapters._page_dates import doors_show
from sources.adapters.common import matched_clock, on_24_hour_clock, parse_datetime, parse_text_datetime, plausible

TEXT_SCAN_LIMIT = 5000
_DATE_ONLY = re.compile(r"(\d{4})-?(\d{2})-?(\d{2})")
# An RFC 822 date-time, as RSS writes pubDate and many feeds write the event module's ev:startdate/ev:enddate
# (whose spec asks for W3CDTF): "Tue, 26 Apr 2016 18:00:00 +0200". Only this shape is handed to email.utils,
# whose reader is lenient with anything else.
_RFC822 = re.compile(
    r"(?:[A-Za-z]{3},\s*+)?\d{1,2}\s++[A-Za-z]{3}\s++\d{2,4}\s++\d{1,2}:\d{2}(?::\d{2})?(?:\s++[\w+-]{1,5})?"
)

# Dates written in English prose: "Saturday, December 5, 7:30 PM", "Friday Dec 11 at 8pm",
# "December 20th, 2 - 4 PM", "5 December 2026 19:30", "January 9, 2027 at 10 AM". A month's abbreviation is a whole
# word: "5 Mars facts", "3 Juni Smith" name no March, no June; "an august 19th-century hall" no August 19.
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?"
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
# Every run of spaces is read whole: what follows each is a word, a digit or a dash, never a space, so a run is
# never shared out between two "\s*" (quadratic after "Dec 12", cubic in _SHARED_CLOCK).
# The hours 20-23 are tried before one digit: "17:00 - 20:00" ends at 20:00, not at a bare "2" (an end a 24-hour
# clock then lost; held-out batch 44's radio programmes).
_CLOCK = r"(?:12\s*+(?:noon|midnight)\b|(?:2[0-3]|[01]?\d)(?::[0-5]\d)?(?:\s*+[ap]\.?\s?m\.?)?|noon|midnight)"
# A two-digit year counts only between the day and a clock: "Sat Nov 15 08  07:30 PM" (2008), never "Nov 15 08:00".
_SHORT_YEAR = r"\s++'?(?P<short_year>\d{2})(?=\s++(?:at\s++)?[012]?\d:[0-5]\d)"
PROSE_DATE = re.compile(
    rf"\b(?P<date>(?:{_WEEKDAY},?\s++)?(?:{_MONTH}\s++(?:the\s++)?{_DAY}\b(?![-–]centur)|{_DAY}\s++(?:of\s++)?{_MONTH}(?![^\W\d_]))"
    rf"(?:,?\s++\d{{4}}\b|{_SHORT_YEAR})?)"
    rf"(?:,?\s*+(?:at|from|@|-|–|—)?\s*+(?P<start>{_CLOCK})(?:\s*+(?:-|–|—|to|until|till)\s*+(?P<end>{_CLOCK}))?)?",
    re.IGNORECASE,
)
_NOON = re.compile(r"(?:\b12\s*)?\bnoon\b", re.IGNORECASE)
_MIDNIGHT = re.compile(r"(?:\b12\s*)?\bmidnight\b", re.IGNORECASE)
_HOUR = re.compile(r"\d{1,2}")
_MERIDIEM = re.compile(r"[ap]\.?\s?m\.?$", re.IGNORECASE)
# A numeric date, with a time: "3/2/2024 8:00 PM", "03/02/24, 20:00", "25/12/2024", "7/22/2026 10:30:00 AM" (seconds,
# as .NET writes a date-time: CivicEngage's eventStartDate). Month first, as pages' numeric dates are read
# (_page_dates), unless the first number cannot be a month.
SLASH_DATE = re.compile(
    r"(?P<first>\d{1,2})/(?P<second>\d{1,2})/(?P<year>\d{4}|\d{2})"
    r"(?:,?\s+(?:at\s+)?(?P<hour>\d{1,2})(?::(?P<minute>\d{2})(?::\d{2})?)?\s*(?:(?P<meridiem>[ap])\.?\s?m\b\.?)?)?",
    re.IGNORECASE,
)
EDGE_PUNCTUATION = " \t,.;:-–—|"
# A title that names a moment and ends on its clock, after a colon or a dash: "Candle lighting: 18:43", "Fast ends -
# 8:25 PM", "Doors: 7pm". A clock with minutes or a meridiem: a bare number ("Part 2") is no time.
_TITLE_CLOCK = re.compile(
    r"[:\-–—]\s*+(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d))?\s*+(?P<meridiem>[ap]\.?\s?m\.?)?\s*+$",
    re.IGNORECASE,
)
# What a clock range's first clock leaves before its dash: "10:00-12:00", "7pm - 9pm", "7-9pm" (a bare hour glued
# to the dash). The clock after the dash is then the range's end, not the title's time.
_RANGE_OPENING = re.compile(r"(?:\d[:.h]\d\d|\d\s?[ap]\.?\s?m\.?)\s*+$|\d$", re.IGNORECASE)


@dataclasses.dataclass(frozen=True, slots=True)
class When:
    """When an event happens, in the shape of RawEvent."""

    start: dt.date
    end: dt.date | None
    all_day: bool
    timezone: str | None
    doubt: str | None = None  # why the date is a guess (held for a moderator)


def read_moment(value: str | None, zone: zoneinfo.ZoneInfo | None) -> dt.date | None:
    """An ISO 8601 (extended or basic, as xCal writes it) date or date-time; naive times are read in ``zone``."""
    if not value:
        return None
    raw = value.strip()
    date_only = _DATE_ONLY.fullmatch(raw)
    if date_only:
        try:
            day = dt.date(*(int(part) for part in date_only.groups()))
        except ValueError:
            return None
        return day if plausible(day) else None
    parsed = parse_datetime(raw, tz=zone) or rfc822_moment(raw, zone)
    return parsed if isinstance(parsed, dt.datetime) else None


def rfc822_moment(raw: str, zone: dt.tzinfo | None) -> dt.datetime | None:
    """An RFC 822 date-time; one whose zone it cannot name ("-0000", "CEST") is read in ``zone``. The JSON and XML
    inference reads such values with it too (``_json_mapping.read_moment``, format "rfc2822")."""
    if _RFC822.fullmatch(raw) is None:
        return None
    try:
        moment = email.utils.parsedate_to_datetime(raw)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone or dt.UTC)
    return moment if plausible(moment) else None


def slash_moment(text: str, zone: zoneinfo.ZoneInfo | None) -> dt.date | None:
    """A text that is only a numeric date and maybe a time ("3/2/2024 8:00 PM"): that date or date-time, read in
    ``zone``; None for anything else, an impossible date, or a bare hour ("3/2/2024 8" says no time)."""
    match = SLASH_DATE.fullmatch(text.strip(EDGE_PUNCTUATION))
    if match is None:
        return None
    first, second, year = int(match["first"]), int(match["second"]), int(match["year"])
    month, day = (second, first) if first > 12 else (first, second)
    try:
        moment = dt.date(year + 2000 if year < 100 else year, month, day)
    except ValueError:
        return None
    if match["hour"] is not None:
        clock = _slash_clock(int(match["hour"]), int(match["minute"] or 0), match["minute"], match["meridiem"])
        if clock is None:
            return None
        moment = dt.datetime.combine(moment, clock, tzinfo=zone or dt.UTC)
    return moment if plausible(moment) else None


def _slash_clock(hour: int, minute: int, minutes: str | None, meridiem: str | None) -> dt.time | None:
    if meridiem is None:
        return dt.time(hour, minute) if minutes is not None and hour < 24 and minute < 60 else None
    if not 1 <= hour <= 12 or minute >= 60:
        return None
    return dt.time(on_24_hour_clock(hour, meridiem), minute)


def title_clock(title: str | None) -> dt.time | None:
    """The clock a title ends on after its moment's name ("Fast begins: 04:09", "Doors - 7pm"), else None."""
    match = _TITLE_CLOCK.search((title or "")[:200])
    if match is None or (match["minute"] is None and match["meridiem"] is None):
        return None
    if _RANGE_OPENING.search(match.string[max(0, match.start() - 12) : match.start()]):
        return None  # "10:00-12:00": the range's end
    return matched_clock(match)


def at_title_clock(when: When, title: str | None, zone: zoneinfo.ZoneInfo | None) -> When:
    """A day the prose gives, with no time, at the clock the item's title ends on: Hebcal's "Fast begins: 04:09"
    over "Sunday, June 27, 2021" is that day at 04:09. Any other date as it is."""
    clock = title_clock(title)
    if clock is None or not when.all_day or when.end is not None or isinstance(when.start, dt.datetime):
        return when
    start = dt.datetime.combine(when.start, clock, tzinfo=zone)
    return dataclasses.replace(make_when(start, None, zone=zone, exclusive_end=False), doubt=when.doubt)


def make_when(start: dt.date, end: dt.date | None, *, zone: zoneinfo.ZoneInfo | None, exclusive_end: bool) -> When:
    """Start and end in the event's zone; an all-day end becomes the inclusive last day (None for one day).

    Two ways feeds write days as date-times: a start and an end both at local midnight, days apart
    ("2026-08-06T00:00:00+02:00" to "2026-08-15T00:00:00+02:00"), are dates (a CMS's date-only fields written
    out as midnight), the end the last day unless the format's end is exclusive; an end at midnight of the start's
    own day, before an evening start ("18:00" to "00:00" the same day), is the midnight that ends that day."""
    if not isinstance(start, dt.datetime):
        last_day = None
        if end is not None and not isinstance(end, dt.datetime):
            last_day = end - dt.timedelta(days=1) if exclusive_end else end
        return When(start, last_day if last_day and last_day > start else None, True, zone.key if zone else None)
    if isinstance(end, dt.datetime) and _utc_midnights(start, end, zone):
        first_day = start.date()
        last_day = end.date() - dt.timedelta(days=1) if exclusive_end else end.date()
        if last_day >= first_day:
            return When(first_day, last_day if last_day > first_day else None, True, zone.key if zone else None)
    local_start, zone_name = localize(start, zone)
    local_end = (
        localize(end, zone)[0] if isinstance(end, dt.datetime) else date_end(local_start, end, zone, exclusive_end)
    )
    # (>=: one instant at local midnight as both start and end is a date too: _feed_whole_days)
    if local_end is not None and _midnight(local_start) and _midnight(local_end) and local_end >= local_start:
        first_day = local_start.date()
        last_day = local_end.date() - dt.timedelta(days=1) if exclusive_end else local_end.date()
        if last_day >= first_day:
            return When(first_day, last_day if last_day > first_day else None, True, zone_name)
    if local_end is not None and _ends_that_night(local_start, local_end):
        local_end = local_end + dt.timedelta(days=1)
    return When(local_start, local_end if local_end and local_end > local_start else None, False, zone_name)


def _midnight(moment: dt.datetime) -> bool:
    return moment.time() == dt.time(0, 0)


def _utc_midnights(start: dt.datetime, end: dt.datetime, zone: zoneinfo.ZoneInfo | None) -> bool:
    """A start and an end both written as midnight UTC, days apart, in a feed whose zone is not UTC then
    ("2031-09-07T00:00:00+00:00" to "2031-09-08T00:00:00+00:00", a WordPress plugin's event dates): the days as
    written, not the evenings before them in the feed's zone."""
    if zone is None or start.utcoffset() != dt.timedelta(0) or end.utcoffset() != dt.timedelta(0):
        return False
    if not (_midnight(start) and _midnight(end) and end > start):
        return False
    return start.astimezone(zone).utcoffset() != dt.timedelta(0)


def _ends_that_night(start: dt.datetime, end: dt.datetime) -> bool:
    """Whether ``end`` is midnight of ``start``'s own day with ``start`` later that day: the midnight that ends
    the day is meant (an end of 00:00 before the start means nothing else)."""
    return _midnight(end) and end.date() == start.date() and end < start


def localize(moment: dt.datetime, zone: zoneinfo.ZoneInfo | None) -> tuple[dt.datetime, str | None]:
    """The time in the feed's zone when that is what its offset means, and the zone's IANA name.

    UTC ("Z") is how machines write an instant, not a claim about the venue, so it is shown in the feed's
    zone. Another offset that the zone does not have at that instant is kept as written, with no name.
    """
    if zone is None:
        key = getattr(moment.tzinfo, "key", None)
        return moment, str(key) if key else None
    local = moment.astimezone(zone)
    if moment.utcoffset() in (local.utcoffset(), dt.timedelta(0)):
        return local, zone.key
    return moment, None


# Prose dates tried per item: a description of 700 impossible dates ("Feb 30") must not cost 700 parses.
MAX_PROSE_ATTEMPTS = 20


def text_when(
    texts: list[str | None],
    *,
    zone: zoneinfo.ZoneInfo | None,
    reference: dt.datetime,
    attempts: int = MAX_PROSE_ATTEMPTS,
    reported: Callable[[When, re.Match[str]], bool] | None = None,
) -> When | None:
    """The first date written in prose in the texts (title first), read in ``zone``, that is not before the day
    of ``reference`` (when the item was published); the first date before it when there is no other
    ("Registration closed Feb 20. The race is on March 16": the race). At most ``attempts`` dates are tried,
    so text full of impossible dates costs a bounded number of parses. A deadline's date ("a deadline of
    October 3") is never read (``_feed_not_event_dates``); nor, when ``reported`` is given (a news feed's post),
    a date it says the post reports, past dates included."""
    return coming_or_past(_prose_whens(texts, zone, reference, attempts, reported), reference)


def _prose_whens(
    texts: list[str | None],
    zone: zoneinfo.ZoneInfo | None,
    reference: dt.datetime,
    attempts: int,
    reported: Callable[[When, re.Match[str]], bool] | None,
) -> Iterator[When]:
    tried = 0
    bounds: list[When] = []  # a series' last day ("until 26 December"): read after every other date (_feed_until)
    for text in texts:
        for match in PROSE_DATE.finditer((text or "")[:TEXT_SCAN_LIMIT]):
            if tried >= attempts:
                break
            tried += 1
            if deadline_date(match) or stamped(match.string, match.start()):  # a deadline's, or the item's own
                continue
            when = _own_start(match, zone, reference) or _prose_when(match, zone=zone, reference=reference)
            if when is None or (reported is not None and reported(when, match)):
                continue
            if until_bound(match.string, match.start()):
                bounds.append(when)
            else:
                yield when
    yield from bounds


def _own_start(match: re.Match[str], zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> When | None:
    """A check-in's day at the event's own later start ("Sign-ups open June 7 at 6 pm, quiz starts 7 pm": 19:00;
    _feed_not_event_dates.check_in_start); None for any other date, or a start said before the check-in's clock."""
    clock = check_in_start(match)
    own = _prose_when(match, zone=zone, reference=reference, clock=(clock, None)) if clock else None
    opening = _prose_when(match, zone=zone, reference=reference) if own is not None else None
    if own is None or opening is None or opening.all_day:
        return own
    return own if own.start >= opening.start else None


def coming_or_past(whens: Iterable[When], reference: dt.datetime) -> When | None:
    """The first of ``whens`` (dates read from an item's words, in order) that is not before the day of
    ``reference``, else the first before it; None when there is none. Reads ``whens`` only as far as it must."""
    past: When | None = None
    for when in whens:
        if _day(when.start) >= reference.date():
            return when
        past = past or when
    return past


def date_of(match: re.Match[str]) -> str:
    """The date a PROSE_DATE match wrote, a two-digit year written out ("Sat Nov 15 08" → "Sat Nov 15 2008")."""
    date_text = match.group("date")
    if match.group("short_year") is None:
        return date_text
    return date_text[: match.start("short_year") - match.start("date")].rstrip("' ") + f" 20{match['short_year']}"


def _prose_when(
    match: re.Match[str],
    *,
    zone: zoneinfo.ZoneInfo | None,
    reference: dt.datetime,
    clock: tuple[str | None, str | None] | None = None,
) -> When | None:
    """The date of one match, with its own clock or the ``clock`` given (a time stated once for a list)."""
    date_text = date_of(match)
    raw_start, raw_end = clock or _show_clocks(match) or (match.group("start"), match.group("end"))
    start_clock, end_clock = _clocks(raw_start, raw_end)
    if start_clock is None and clock is None:  # "12 december 2026 kl. 19.00", "Dec 12 om 20.00 uur"
        start_clock, end_clock = _clock_after(match)
    start = _read_prose(f"{date_text} {start_clock or ''}", zone, reference)
    if start is None:
        return None
    years_back, doubt = year_less(date_text, start.date(), reference.date())
    start = _years_earlier(start, years_back)
    if start_clock is None:  # a date without a time of day: an all-day event, to a second date (_feed_day_span)
        last = _written_last_day(match, start.date(), zone, reference, years_back) if clock is None else None
        return When(start.date(), last, True, zone.key if zone else None, doubt)
    if _MIDNIGHT.search(raw_start or ""):  # "Dec. 31 at midnight" is the night after Dec. 31, not its start
        start += dt.timedelta(days=1)
    end = _read_prose(f"{date_text} {end_clock}", zone, reference) if end_clock else None
    end = _years_earlier(end, years_back) if end is not None else None
    while end is not None and end <= start:  # "9pm - 1am" ends the next day
        end += dt.timedelta(days=1)
    if end is None and clock is None:  # "Tue Oct 11, 2011 4pm to Tue Oct 11, 2011 6pm" (_feed_span_end)
        end = _written_end(match, start, zone, reference, years_back)
    # "4:30pm to 6pm PDT": the clock read in the zone it names (_feed_zone_words)
    return in_stated_zone(When(start, end, False, zone.key if zone else None, doubt), match.string, match.end())


def _clock_after(match: re.Match[str]) -> tuple[str | None, str | None]:
    """The clock written right after the date as Europe writes it (``_feed_clock_after``), as "19:00" strings."""
    after = clock_after(match.string, match.end("date"))
    if after is None:
        return None, None
    return f"{after.start:%H:%M}", f"{after.end:%H:%M}" if after.end is not None else None


def _written_end(
    match: re.Match[str], start: dt.datetime, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime, years: int
) -> dt.datetime | None:
    """The end a second full date with a clock writes right after the match ("to Tue Oct 11, 2011 6pm"), or the
    last minute of a later day written without one ("to Thursday 10th of November 2016"), else None; a year-less
    second date is shifted as the start was."""
    second = second_date(match.string, match.end(), PROSE_DATE)
    if second is None:  # "… at 10am to Thursday 10th of November 2016": to the last day's end (_feed_span_end)
        last = second_date(match.string, match.end(), PROSE_DATE, timed=False)
        end = _read_prose(f"{date_of(last)} {DAY_END:%H:%M}", zone, reference) if last is not None else None
        return span_end(start, _years_earlier(end, years) if end is not None else None, later_day=True)
    end_clock, _ = _clocks(second.group("start"), second.group("end"))
    end = _read_prose(f"{date_of(second)} {end_clock}", zone, reference) if end_clock else None
    return span_end(start, _years_earlier(end, years) if end is not None else None)


def _written_last_day(
    match: re.Match[str], first: dt.date, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime, years: int
) -> dt.date | None:
    """The last day a second date without a clock writes right after the match ("to Sat Jun 28, 2031"), else None."""
    second = second_date(match.string, match.end(), PROSE_DATE, timed=False)
    last = _read_prose(date_of(second), zone, reference) if second is not None else None
    return last_day(first, _years_earlier(last, years).date() if last is not None else None)


# What may stand between a date and the doors' words or time after it: ", ", " at ", " - ", ". ".
_DOORS_LEAD = re.compile(r"[\s,;:.@|/\-–—]{0,6}(?:(?:at|from)\s{1,3})?")
DOORS_TAIL = 120


def _show_clocks(match: re.Match[str]) -> tuple[str, str | None] | None:
    """The show's time when the date is followed by the doors' time and the show's ("Saturday, October 4, 7pm
    doors, 8pm show", "October 4. Doors 7pm / Show 8pm": _page_doors): the event starts at the show."""
    tail = match.string[match.end("date") : match.end("date") + DOORS_TAIL]
    shown = doors_show(tail)
    if shown is None or _DOORS_LEAD.fullmatch(tail[: shown.span[0]]) is None:
        return None
    return f"{shown.start:%H:%M}", f"{shown.end:%H:%M}" if shown.end is not None else None


def _day(moment: dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


_YEAR = re.compile(r"\b\d{4}\b")
# A date without a year read this far after the post is one already past ("closed Nov. 2" in a post of Nov. 20
# is not next November's): a list holding one is a report, not a schedule.
ROLLED_OVER = dt.timedelta(days=183)
# A year-less date read more than ROLLED_OVER after the post is most likely one already past: within RECENT_PAST
# before the post it is that one (a report: "thanks to all who came on Feb 20" in a post of March 2); further back,
# either reading is a guess, and the date to come is read and held for a moderator.
RECENT_PAST = dt.timedelta(weeks=6)
YEAR_DOUBT = (
    "the date is written without a year: {ahead} is {after} days after the item was published, {past} {before} "
    "days before it; the later one is read, and held: which of the two is meant is a guess"
)
_WEEKDAY_START = re.compile(r"^(mon|tue|wed|thu|fri|sat|sun)", re.IGNORECASE)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def year_less(date_text: str, ahead: dt.date, posted: dt.date) -> tuple[int, str | None]:
    """How many years before ``ahead`` (the first such day from the day the item was ``posted``) a date written
    as ``date_text`` is, and why that is a guess when it is one (``YEAR_DOUBT``); (0, None) for a written year."""
    if _YEAR.search(date_text):
        return 0, None
    back = next((years for years in range(1, 5) if _shifted(ahead, years) is not None), 0)
    past = _shifted(ahead, back)
    weekday = _WEEKDAY_START.match(date_text.strip()) if past is not None and ahead - posted > RECENT_PAST else None
    if weekday is not None and past is not None:  # last year's 79 days on (feeds83); within RECENT_PAST a slip (rt61)
        written = _WEEKDAYS.index(weekday.group(1).lower())
        if (written == past.weekday()) != (written == ahead.weekday()):  # the weekday fits one of the two
            return (back, None) if written == past.weekday() else (0, None)
    if past is None or ahead - posted <= ROLLED_OVER:
        return 0, None
    if posted - past <= RECENT_PAST:
        return back, None
    after, before = (ahead - posted).days, (posted - past).days
    return 0, YEAR_DOUBT.format(ahead=ahead.isoformat(), after=after, past=past.isoformat(), before=before)


def _shifted(day: dt.date, years: int) -> dt.date | None:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return None


def _years_earlier(moment: dt.datetime, years: int) -> dt.datetime:
    """The same wall-clock time ``years`` earlier (the zone gives its offset then)."""
    return moment.replace(year=moment.year - years) if years else moment


def _normal_clock(clock: str | None) -> str | None:
    """A clock as dateparser reads it: "noon" and "12 noon" are 12:00 pm, "midnight" is 12:00 am."""
    clock = (clock or "").strip() or None
    if clock is None:
        return None
    return _MIDNIGHT.sub("12:00 am", _NOON.sub("12:00 pm", clock))


def _clocks(start: str | None, end: str | None) -> tuple[str | None, str | None]:
    """Times of day from a match; a start without am/pm takes the end's ("2 - 4 PM", "7:30 - 9:30pm", "11 to
    noon"), an end without one the start's half of the day or the next ("noon-4" ends at 4 pm, "10am-2" at 2 pm).

    A bare hour with nothing to say it is a time ("December 5, 2 seats left") is not one.
    """
    start, end = _normal_clock(start), _normal_clock(end)
    if start is None:
        return None, None
    start_meridiem, end_meridiem = _MERIDIEM.search(start), _MERIDIEM.search(end or "")
    if start_meridiem:
        if end is not None and end_meridiem is None:
            end = _end_after(start, start_meridiem.group(0), end)
        return start, end
    if end is None or end_meridiem is None:
        return (start, end) if ":" in start else (None, None)  # "19:30" is a 24-hour time
    start_hour, end_hour = _hour(start), _hour(end)
    suffix = re.sub(r"[.\s]", "", end_meridiem.group(0).lower())
    if start_hour % 12 > end_hour % 12:  # "11 - 1 pm", "11 to noon": the start is in the other half of the day
        suffix = "am" if suffix == "pm" else "pm"
    return f"{start} {suffix}", end


def _end_after(start: str, meridiem: str, end: str) -> str:
    """An end written without am/pm after a start with one: the first such time after the start."""
    end_hour = _hour(end)
    if end_hour > 12:  # "14:00" is a 24-hour time
        return end
    start_hour = on_24_hour_clock(_hour(start), meridiem)
    after = next((hour for hour in (end_hour % 12, end_hour % 12 + 12) if hour > start_hour), end_hour % 12)
    return f"{end} {'pm' if after >= 12 else 'am'}"


def _hour(clock: str) -> int:
    found = _HOUR.match(clock.strip())
    return int(found.group(0)) if found else 0


def _read_prose(text: str, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> dt.datetime | None:
    # "Dec. 12 noon" was read as nothing (the 12 taken for an hour): the clock words are written as times.
    text = _MIDNIGHT.sub("12:00 am", _NOON.sub("12:00 pm", text))
    parsed = parse_text_datetime(text, tz=zone, now=reference, languages=["en"])
    if parsed is None:
        return None
    return parsed.astimezone(zone) if zone else parsed.astimezone(dt.UTC)


def time_on_day(day: dt.date, texts: list[str | None], *, zone: zoneinfo.ZoneInfo | None) -> When | None:
    """A time of day written in prose with ``day``'s own date ("on Thursday, October 18, 2018 at 9:30 A.M."),
    for a record whose structured date has no time. A date in the text that is another day says nothing."""
    # The day before, so a year-less "October 18" in the text resolves to this very day.
    reference = dt.datetime.combine(day - dt.timedelta(days=1), dt.time(), tzinfo=zone or dt.UTC)
    for text in texts:
        for match in PROSE_DATE.finditer((text or "")[:TEXT_SCAN_LIMIT]):
            if not match.group("start"):
                continue
            when = _prose_when(match, zone=zone, reference=reference)
            if when is not None and not when.all_day and isinstance(when.start, dt.datetime):
                if when.start.date() == day:
                    return when
    return None


# Several dates listed in one sentence ("on Sunday, Aug. 10, and Saturday, Aug. 16, both running from 9 a.m. to
# noon"): one event on each. Only list separators may stand between two dates, and a time stated once after the
# list is every date's. A span ("Aug. 10 to Aug. 16", "between Dec. 1 and Dec. 31") is not a list, nor are
# alternatives ("Saturday, Dec. 5, or Sunday, Dec. 6 if it rains": one of them happens).
_LIST_JOIN = re.compile(r"^\s*(?:,\s*|;\s*)?(?:(?:and|&|as well as|plus)\s+)?(?:on\s+)?$", re.IGNORECASE)
_SPAN_LEAD = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_SHARED_CLOCK = re.compile(
    rf"^\s*+,?\s*+(?:(?:both|each|all)\s++)?(?:(?:running|held|taking place|happening|starting|open)\s++)?"
    rf"(?:from|at|@)?\s*+(?P<start>{_CLOCK})(?:\s*+(?:-|–|—|to|until|till)\s*+(?P<end>{_CLOCK}))?",
    re.IGNORECASE,
)
MAX_LISTED_DATES = 12


@dataclasses.dataclass(frozen=True, slots=True)
class Listing:
    """The dates a sentence lists, and whether it listed more than MAX_LISTED_DATES (the rest left out)."""

    whens: list[When]
    cut: bool = False


def listed_whens(texts: list[str | None], *, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> Listing | None:
    """The first list of two or more dates written in one sentence of the texts (title first), each with the
    time stated once after the list (or its own), or None when no text lists dates, or the list is a span, or a
    listed date is before ``reference`` (the day the item was published)."""
    for raw in texts:
        text = (raw or "")[:TEXT_SCAN_LIMIT]
        matches = list(itertools.islice(PROSE_DATE.finditer(text), 4 * MAX_LISTED_DATES))
        for first in range(len(matches) - 1):
            run = [matches[first]]
            cut = False
            for match in matches[first + 1 :]:
                if not _LIST_JOIN.match(text[run[-1].end() : match.start()]):
                    break
                if len(run) >= MAX_LISTED_DATES:
                    cut = True
                    break
                run.append(match)
            if len(run) < 2:
                continue
            if _SPAN_LEAD.search(text[max(0, run[0].start() - 40) : run[0].start()]):
                return None
            whens = _listed(run, text, zone=zone, reference=reference)
            return Listing(whens, cut) if whens is not None else None
    return None


def _listed(
    run: list[re.Match[str]], text: str, *, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime
) -> list[When] | None:
    shared = _SHARED_CLOCK.match(text[run[-1].end() : run[-1].end() + 120])
    clock = (shared.group("start"), shared.group("end")) if shared is not None else None
    if clock is None and run[-1].group("start") and not any(match.group("start") for match in run[:-1]):
        clock = (run[-1].group("start"), run[-1].group("end"))  # "Dec. 4, and Dec. 5, at 7 p.m.": both at 7
    whens = []
    for match in run:
        when = _prose_when(match, zone=zone, reference=reference, clock=None if match.group("start") else clock)
        if when is None or _before(when, match, reference):
            return None
        whens.append(when)
    return whens if len({when.start for when in whens}) == len(whens) else None


def _before(when: When, match: re.Match[str], reference: dt.datetime) -> bool:
    """Whether the date is before the day of ``reference``, or, written without a year, rolled into next year."""
    day = when.start.date() if isinstance(when.start, dt.datetime) else when.start
    if day < reference.date():
        return True
    return not _YEAR.search(date_of(match)) and day - reference.date() > ROLLED_OVER
