"""A span of days written day first with slashes between "from" and "to" words, for the ``rss`` adapter. Pure.

Feeds written in Italian, Spanish, French, Portuguese or German often give a weekend's days in their words, not in
any element: "Dal 29/05 al 31/05, un fine settimana …" (a capoeira group's Hugo feed, whose pubDate is only when
the post went up), "del 3/10 al 5/10", "du 12/06 au 14/06", "de 2/8 a 4/8", "vom 3/10 bis 5/10". The prose
readers take month names (``_feed_when``, ``_feed_intl``), dotted dates (``_feed_dotted``) and a slashed date only
as a whole value with its year; this reads the span:

- both days written day/month (a year after either is allowed), joined by a "from" word before the first and a
  "to" word between them: the words make it a span and, in these languages, the order day first. In English
  ("from 29/05 to 31/05") the order is read day first only when one of the numbers cannot be a month;
- a span without a year is the first such span from the day the item was published (``_feed_when.year_less``
  holds one that may be months past); the last day is after the first and at most ``_feed_day_span.MAX_DAYS``
  later (a season's two dates are no event's days);
- the first day's clock is read where the words come back to that day's number with a clock on the same line
  ("Venerdì 29 dalle 18:00", "Friday 29 from 6:00 pm", "sábado 3 a las 18.30"): the event then starts at that
  clock, with no end (the words give the last day, not the clock it ends at: an end of mixed kinds is no end);
  else it is whole days, first to last.

Not a span: one slashed date ("29/05"), two dates without the words ("29/05 31/05", a list), a date after a "from"
word with no "to" word, a fraction or a score ("3/4 al 5/4 del campionato" still reads as days: the words say so),
days that do not exist ("31/02").

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo

from sources.adapters._feed_day_span import last_day
from sources.adapters._feed_when import TEXT_SCAN_LIMIT, When, year_less

_ENGLISH_FROM = frozenset({"from"})
SLASH_SPAN = re.compile(
    r"\b(?P<from>dal|dall'|dai|del|desde|de|du|vom|von|van|from)\s++"
    r"(?P<d1>[0-3]?\d)/(?P<m1>[01]?\d)(?:/(?P<y1>\d{4}))?\s*+"
    r"(?:al|all'|a|au|bis|até|tot|to|until|till|[-–])\s*+"
    r"(?P<d2>[0-3]?\d)/(?P<m2>[01]?\d)(?:/(?P<y2>\d{4}))?(?![/\d])",
    re.IGNORECASE,
)
# A day's number come back to, on one line, with a clock: "Venerdì 29 dalle 18:00", "Friday 29 from 6:00 pm".
DAY_CLOCK = re.compile(
    r"(?<![\d/.:])(?P<day>[0-3]?\d)(?![\d/.:])[^\d\n]{0,24}?(?<![\d.:])(?P<hour>2[0-3]|[01]?\d)[:.h](?P<minute>[0-5]\d)\b"
    r"(?P<rest>[^\S\n]*+[ap]\.?[^\S\n]?m\b)?",
    re.IGNORECASE,
)
MAX_SPANS = 10  # spans tried per item
MAX_CLOCKS = 20  # day-and-clock pairs tried after a span
CLOCK_REACH = 600  # how far after the span its first day's clock is looked for


def slash_span_when(texts: list[str | None], zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> When | None:
    """The first slashed span the texts write (title first), read in ``zone``; None when they write none."""
    tried = 0
    for text in texts:
        for match in SLASH_SPAN.finditer((text or "")[:TEXT_SCAN_LIMIT]):
            tried += 1
            if tried > MAX_SPANS:
                return None
            when = _span(match, zone, reference)
            if when is not None:
                return when
    return None


def _span(match: re.Match[str], zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> When | None:
    numbers = [int(match[name]) for name in ("d1", "m1", "d2", "m2")]
    if match["from"].lower() in _ENGLISH_FROM and max(numbers) <= 12:
        return None  # "from 5/6 to 7/6": May or June, the words do not say
    first, last = _days(match, reference)
    if first is None or last_day(first, last) is None or last is None:
        return None
    zone_name = zone.key if zone else None
    clock = _first_clock(match, first)
    if clock is None:
        return When(first, last, True, zone_name)
    start = dt.datetime.combine(first, clock, tzinfo=zone or dt.UTC)
    return When(start, None, False, zone_name)  # a timed start's end is a clock the words do not give


def _days(match: re.Match[str], reference: dt.datetime) -> tuple[dt.date | None, dt.date | None]:
    d1, m1, d2, m2 = (int(match[name]) for name in ("d1", "m1", "d2", "m2"))
    year = match["y2"] or match["y1"]
    if year is not None:
        last = _date(int(year), m2, d2)
        first = _date(int(match["y1"] or year), m1, d1)
        if first is not None and last is not None and first > last and match["y1"] is None:
            first = _date(int(year) - 1, m1, d1)  # "dal 28/12 al 3/01/2032"
        return first, last
    posted = reference.date()
    first = _date(posted.year, m1, d1)
    if first is not None and first < posted:
        first = _date(posted.year + 1, m1, d1)
    if first is None:
        return None, None
    back, _doubt = year_less(match.group(0), first, posted)
    first = _date(first.year - back, m1, d1) if back else first
    if first is None:
        return None, None
    last = _date(first.year, m2, d2)
    if last is not None and last < first:
        last = _date(first.year + 1, m2, d2)
    return first, last


def _first_clock(match: re.Match[str], first: dt.date) -> dt.time | None:
    """The clock written with the first day's number after the span, on one line; None when there is none."""
    found = None
    for tried, candidate in enumerate(DAY_CLOCK.finditer(match.string, match.end(), match.end() + CLOCK_REACH)):
        if tried >= MAX_CLOCKS:
            return None
        if int(candidate["day"]) == first.day:
            found = candidate
            break
    if found is None:
        return None
    hour, minute = int(found["hour"]), int(found["minute"])
    meridiem = (found["rest"] or "").strip().lower()
    if meridiem.startswith("p") and hour < 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    return dt.time(hour, minute)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None
