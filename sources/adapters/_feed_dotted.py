"""Numeric day-first dates written with dots in an item's words, for the ``rss`` adapter. Pure.

Feeds written in German, Dutch, the Nordic languages, Polish, Czech, Russian … give the event's day as
"31.03.2015" or, without a year, "31.03." — a TV guide's tip "Rentnercops - Das Erste, 31.03., 18:50 Uhr" over
the description "Das Erste, am 31.03.2015 um 18:50 Uhr". The prose reader (``_feed_when.text_when``) reads month
names, and slashed dates only as a whole value; nobody writes a dotted date month first, so it is read day first:

- ``dotted_text_when`` reads the first such date in the texts (title first) with the clock written after it
  ("18:50", "18:50 Uhr", "18.50 Uhr", "19 Uhr", "19h", and after the Nordic "kl." "kl. 19.00", "kl 19"; "20 h 15"
  is not one), and an end clock after a dash or "bis"
  ("19:00 - 21:00 Uhr"): a date with a four-digit year, with or without a clock; a year-less date ("31.03.") only
  with its clock, as "3.2." alone is a section or a score as often as a day. A year-less date is the first such day
  from the day the item was published (``_feed_when.year_less`` holds one that may be months past). Like the prose
  reader: the first date not before that day, else the first one before it.
- A range of days ("12.12.–30.01.2032", "01.12. - 15.12.2031", "5.–7.12.2031", "12.-14.12.2031", "24. bis
  28.11.2031") is one span, from its first day to its last: the last date alone writes the year (and the month), and
  is never the start. The first day takes the last's year, or the year before when it would fall after the last day
  ("12.12.–30.01.2032"); a first day that still falls after it makes no span. A first day written with its clock
  ("12.12., 20:00 Uhr – 14.12.2031") is read as a start as before, and an end with a clock is not read.
- ``without_dotted_date`` takes such a date out of the title when it is the event's own day and time, with the comma
  or dash that set it apart ("Rentnercops - Das Erste, 31.03., 18:50 Uhr" → "Rentnercops - Das Erste"), and a whole
  range when it is the event's own span ("Sommerkurs 01.12. - 15.12.2031" → "Sommerkurs").

Not dates: a version, an address or a number with more dotted parts ("1.10.2019.3", "192.168.1.1"), a decimal
("12.50"), a date glued to letters ("v31.03.2015"), a year-less date with no clock, a number after the words of a
version, a release or a section ("Version 1.10.2031", "Release 2.3.2032", "v. 3.1.2031": the page reader's
``_page_number_years.NUMBERED_THING``). Not a clock: a score written like one, a clock followed by a match word or
a half-time score in brackets ("25.11. 21:19 Halbzeit", "21:19 (10:9)", "23:20 FT": ``SCORE_AFTER``). Not a
start (left35): a sale's, a booking's, a sign-up's or a submission's day, right after its words ("Vorverkauf bis
15.11. 12:00", "Anmeldung bis 15.11.2031", "Kartenverkauf ab 16.11. um 10:00": ``SALE_BEFORE``). Not a
start: a date whose clock goes on with seconds that are not zero ("07.08.2019 17:17:04", a recorded instant:
``_feed_recorded.seconds_follow``).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Callable, Iterator

from sources.adapters._feed_cut_date import cut_out
from sources.adapters._feed_recorded import seconds_follow
from sources.adapters._feed_stamps import stamped
from sources.adapters._feed_tail_clock import with_one_clock
from sources.adapters._feed_tail_day import closing_tail, tail_when
from sources.adapters._feed_when import TEXT_SCAN_LIMIT, When, coming_or_past, make_when, year_less
from sources.adapters._page_number_years import NUMBERED_THING

# Every part is bounded and no quantifier is nested: linear on any text.
# "18:50"; "18.50" and "19" before "Uhr"/"h" ("19 Uhr", "19h"; not "20 h 15", nor the duration "4h de marche");
# after the Nordic "kl." (a group ``kl`` of the pattern) any of them: "kl. 19.00", "kl 19", "kl. 19:30" (not
# "kl. 19.5", "kl 1930", nor a German class "Kl. 5a").
_CLOCK = (
    r"(?:[01]?\d|2[0-3])(?::[0-5]\d(?!\d)|\.[0-5]\d(?(kl)(?![\w.,:]\d|\d)|(?=\s?(?:uhr|h)\b))"
    r"|(?(kl)(?![\w.,:]\d|\d|[^\W\d_])|(?=[ \t]?(?:uhr|h)\b(?![ \t]?\d|[ \t]{1,3}(?:de[ \t]|d['’])))))"
)
DOTTED_DATE = re.compile(
    r"(?:(?<![\w.,/:-])|(?<=\d\.-))(?P<day>0?[1-9]|[12]\d|3[01])\.(?P<month>0?[1-9]|1[0-2])\."
    r"(?P<year>(?:19|20)\d\d)?(?![\w/:-]|[.,]\d)"
    r"(?P<time>,?[ \t]{1,3}(?:(?:um|ab|at|om|(?P<kl>kl\.?|klo|kello|klokken|klockan)|à|alle|o|в)[ \t]{1,3})?"
    rf"(?P<start>{_CLOCK})(?:[ \t]?(?:-|–|—|bis)[ \t]?(?P<end>{_CLOCK}))?(?:[ \t]?(?:uhr|h)\b)?)?",
    re.IGNORECASE,
)
# A range's first day, right before its last date ("12.12.–", "5.–", "01.12.2031 - ", "24. bis "), looked for in
# the ``RANGE_REACH`` characters before it; and what follows a first day that is a range's ("– 30.01.2032").
_DASH = r"[ \t]{0,3}(?:[-–—]|bis)[ \t]{0,3}"
RANGE_FROM = re.compile(
    r"(?<![\w.,/:-])(?P<day>0?[1-9]|[12]\d|3[01])\.(?:(?P<month>0?[1-9]|1[0-2])\.(?P<year>(?:19|20)\d\d)?)?"
    + _DASH
    + "$",
    re.IGNORECASE,
)
RANGE_TO = re.compile(_DASH + r"(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.", re.IGNORECASE)
RANGE_REACH = 24
# What follows a score written like a clock: a match word ("21:19 Halbzeit", "23:20 FT", "12:10 (HT)", "20:18 Tore:
# Müller") or the half-time score in brackets ("21:19 (10:9)").
SCORE_AFTER = re.compile(
    r"[ \t,;]{0,3}(?:\(?[ \t]?(?:halbzeit\w{0,8}|half[- ]?time|endstand|endergebnis|full[- ]?time|ft|ht|tore)(?!\w)"
    r"|\([ \t]?\d{1,2}[ \t]?:[ \t]?\d{1,2}[ \t]?\))",
    re.IGNORECASE,
)
# What a dated clause closes or opens that is no start (left35): a sale's, a booking's, a sign-up's or a submission's
# day ("Vorverkauf bis 15.11. 12:00", "Anmeldung bis 15.11.", "Kartenverkauf ab 16.11. um 10:00", "Einsendeschluss
# 16.11.", "Tickets on sale 16.11. 10:00"), right before the date (a few words between at most).
SALE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:(?:karten|ticket|online)?(?:vor)?verkauf|presale|pre-sale|on[ \t]sale|anmeld(?:ung|efrist|eschluss)|"
    r"[^\W\d_]{0,12}schluss|(?:bewerbungs|einsende|anmelde)?frist|deadline|registration|booking|bookings|"
    r"inscriptions?|inschrijving|aanmelden|r[ée]servations?)"
    r"[ \t:]{0,3}(?:(?:bis|until|till|by|ab|from|vor|before|open|closes?|ends?|endet|jusqu'au|t/m|tot)[ \t:]{1,3})?"
    r"(?:(?:zum|am|dem|den|le|op|the)[ \t]{1,3})?$",
    re.IGNORECASE,
)
SALE_REACH = 40
# How far before a date a version's or a section's word may stand ("Version ", "v. "), as the page reader looks.
NUMBERED_REACH = 20
MAX_DOTTED_ATTEMPTS = 20  # as prose dates (``_feed_when.MAX_PROSE_ATTEMPTS``)


def dotted_text_when(
    texts: list[str | None],
    *,
    zone: zoneinfo.ZoneInfo | None,
    reference: dt.datetime,
    reported: Callable[[When, re.Match[str]], bool] | None = None,
) -> When | None:
    """The first dotted day-first date written in the texts that is not before the day of ``reference``, else the
    first one before it; None when the texts write none. A date ``reported`` calls a news post's day is skipped.
    A title's own year-less day written last ("… - am Do 27.08.": ``_feed_tail_day``) is the fallback when the texts
    date nothing more fully (mend59b: "Samstag, 30.08.2031, 19:30 Uhr" keeps its clock, "verschoben auf 06.09.2031"
    its new day), at the item's one clock when it writes one (left45: ``_feed_tail_clock``)."""
    found = coming_or_past(_dotted_whens(texts, zone, reference, reported), reference)
    if found is not None or not texts:
        return found
    return with_one_clock(tail_when(texts[0], zone, reference), texts, zone)  # its one clock (left45)


def _dotted_whens(
    texts: list[str | None],
    zone: zoneinfo.ZoneInfo | None,
    reference: dt.datetime,
    reported: Callable[[When, re.Match[str]], bool] | None,
) -> Iterator[When]:
    tried = 0
    for text in texts:
        for match in DOTTED_DATE.finditer((text or "")[:TEXT_SCAN_LIMIT]):
            if tried >= MAX_DOTTED_ATTEMPTS:
                return
            tried += 1
            if _numbered(match):
                continue  # "Version 1.10.2031": a version's number
            if SALE_BEFORE.search(match.string[max(0, match.start() - SALE_REACH) : match.start()]):
                continue  # "Vorverkauf bis 15.11. 12:00": a sale's close, no start (left35)
            if _range_start(match):
                continue  # "12.12.–30.01.2032": the span is read at its last date
            if closing_tail(match.string, match.start(), match.end()):
                continue  # "Ausstellung - bis 17.01.2027": the day it closes (_feed_tail_day)
            if match["start"] is not None and seconds_follow(match.string, match.end("start")):
                continue  # "07.08.2019 17:17:04": an instant recorded to the second (_feed_recorded)
            when = None if stamped(match.string, match.start()) else _when(match, zone, reference)  # _feed_stamps
            if when is not None and (reported is None or not reported(when, match)):
                yield when


def _numbered(match: re.Match[str]) -> bool:
    """Whether the dotted number follows a version's, a release's or a section's word ("Version 1.10.2031")."""
    return NUMBERED_THING.search(match.string[max(0, match.start() - NUMBERED_REACH) : match.start()]) is not None


def _clocked(match: re.Match[str]) -> bool:
    """Whether the date is written with its clock: one that is no score ("25.11. 21:19 Halbzeit")."""
    return match["start"] is not None and SCORE_AFTER.match(match.string, match.end()) is None


def _range_start(match: re.Match[str]) -> bool:
    """Whether a dotted date without a clock is the first day of a range whose last date follows."""
    return not _clocked(match) and RANGE_TO.match(match.string, match.end()) is not None


def _range_from(match: re.Match[str]) -> re.Match[str] | None:
    """The first day of the range a dotted date is the last of, or None."""
    return RANGE_FROM.search(match.string, max(0, match.start() - RANGE_REACH), match.start())


def _span(match: re.Match[str], first: re.Match[str]) -> tuple[dt.date, dt.date] | None:
    """The first and the last day of a range ("12.12.–30.01.2032"), or None when it is not one."""
    if match["year"] is None or _clocked(match):
        return None  # a year-less last day, or one with a clock: not read
    last = _date(int(match["year"]), int(match["month"]), int(match["day"]))
    if last is None:
        return None
    month = int(first["month"] or match["month"])
    year = int(first["year"] or match["year"])
    start = _date(year, month, int(first["day"]))
    if start is not None and start > last and first["year"] is None and month > last.month:
        start = _date(year - 1, month, int(first["day"]))  # "12.12.–30.01.2032": December of the year before
    if start is None or start >= last:
        return None  # "30.12.–02.12.2031": no span
    return start, last


def _when(match: re.Match[str], zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> When | None:
    first = _range_from(match)
    if first is not None:
        span = _span(match, first)
        return None if span is None else make_when(span[0], span[1], zone=zone, exclusive_end=False)
    if match["year"] is None and not _clocked(match):
        return None  # "3.2." alone: a section, a score, as often as a day
    day, month = int(match["day"]), int(match["month"])
    doubt = None
    if match["year"] is not None:
        found = _date(int(match["year"]), month, day)
    else:
        posted = reference.date()
        found = _date(posted.year, month, day)
        if found is not None and found < posted:
            found = _date(posted.year + 1, month, day)
        if found is not None:
            back, doubt = year_less(match.group(0), found, posted)
            found = _date(found.year - back, month, day) if back else found
    if found is None:
        return None
    if not _clocked(match):
        return When(found, None, True, zone.key if zone else None)
    start = dt.datetime.combine(found, _clock(match["start"]), tzinfo=zone or dt.UTC)
    end = dt.datetime.combine(found, _clock(match["end"]), tzinfo=zone or dt.UTC) if match["end"] else None
    if end is not None and end <= start:
        end += dt.timedelta(days=1)  # "22:00 - 01:00" ends the next day
    when = make_when(start, end, zone=zone, exclusive_end=False)
    return When(when.start, when.end, when.all_day, when.timezone, doubt)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:  # 31.02., 29.02. in a year that has none
        return None


def _clock(written: str) -> dt.time:
    """ "18:50", "18.50" or an hour alone ("19" of "19 Uhr", "kl 19")."""
    hour, _, minute = written.replace(".", ":").partition(":")
    return dt.time(int(hour), int(minute or 0))


def _day(moment: dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def without_dotted_date(title: str, start: dt.date) -> str | None:
    """The title without a dotted date (and its clock) that is the event's own ``start`` ("Tatort - Das Erste,
    31.03., 20:15 Uhr" → "Tatort - Das Erste"), or None when it writes none, another day or time, or nothing is
    left."""
    for match in DOTTED_DATE.finditer(title):
        if _numbered(match) or _range_start(match):
            continue  # the range is taken out whole at its last date
        first = _range_from(match)
        if first is not None:
            span = _span(match, first)
            if span is None or isinstance(start, dt.datetime) or span[0] != start:
                continue
            begin = first.start()
        elif not _is_own(match, start):
            continue
        else:
            begin = match.start()
        return cut_out(title, begin, match.end())
    return None


def _is_own(match: re.Match[str], start: dt.date) -> bool:
    day = _day(start)
    if (int(match["day"]), int(match["month"])) != (day.day, day.month):
        return False
    if match["year"] is not None and int(match["year"]) != day.year:
        return False
    if not _clocked(match):
        return True  # the day alone, its clock read elsewhere ("am 12.03.2031" … "findet um 18.00 Uhr": review51)
    return isinstance(start, dt.datetime) and _clock(match["start"]) == start.time().replace(second=0)
