"""Dates written in other languages than English in a feed item's words, for the ``rss`` adapter. Pure.

The prose reader (``_feed_when.text_when``) reads English month names; a feed of a French, German, Spanish, Italian,
Dutch, Portuguese, Polish, Czech, Nordic or Finnish club writes "samedi 12 décembre 2026 à 19h", "Samstag, 12.
Dezember, 19 Uhr", "sábado 12 de diciembre a las 19:00", "sabato 12 dicembre alle 19", "zaterdag 12 december om
19.00 uur", "sábado, 12 de dezembro às 19h", "12 grudnia 2026, godz. 19:00", "12. prosince v 19.00", "lørdag den 12.
desember kl. 19.00". They are read with the page reader's patterns and its one table of names (``_page_intl``,
``_intl_names``: the same words on pages and in feeds), with the clock written right after the date as the page
reader reads it, or a bare hour after a word that says it is one (``_feed_clock_after``).

- ``intl_text_when`` reads the first such date in the texts (title first) that is not before the day of the
  reference (when the item was published), else the first one before it, as the prose reader does; a year-less date
  is the first such day from the reference, a weekday written with it picks the year, and one read more than half a
  year ahead is held as the prose reader holds it (``_feed_when.year_less``). A date a stamp's or a deadline's words
  introduce ("Publié le 3 décembre", "Anmeldeschluss: 1. Dezember"; "Uppdaterad 2022-02-09 08:20:44 09 februari
  08:11": a stamp's date-time restated in words) or that ``reported`` calls a news post's day is passed over, as by
  the prose reader.
- ``with_intl`` chooses between the prose reader's date and this one: the prose reader's, as before, unless it gives
  none, or only a day past while this one is to come, or the same day without the clock this one writes ("lördag 12
  december 2026 kl. 19.00": the English reading of "12 december 2026" has no clock).

Not dates: a month name that is an English word or name ("5 Mars facts", "2 Mai Tais", "3 Juni Smith"), an
abbreviation that is a word ("12 des concerts", "5 out of 6"), unless a year or a weekday stands beside it
(``_page_intl.intl_accepted``).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Callable

from sources.adapters._feed_clock_after import clock_after
from sources.adapters._feed_not_event_dates import deadline_date
from sources.adapters._feed_stamps import stamped
from sources.adapters._feed_when import TEXT_SCAN_LIMIT, When, make_when, year_less
from sources.adapters._page_dates import DateHit, iter_dates, range_end
from sources.adapters._page_intl import DOTTED_DAY_SHARED_MONTH, INTL_DATE, INTL_WEEKDAY_DATE

# "lørdag den 12. desember" (a weekday and a month's name in another language), "12 décembre", "12. december 2026"
# (a day closed by its dot before a month spelled as English spells it).
FEED_PATTERNS = (INTL_WEEKDAY_DATE, INTL_DATE, DOTTED_DAY_SHARED_MONTH)
MAX_INTL_ATTEMPTS = 20  # as prose dates (``_feed_when.MAX_PROSE_ATTEMPTS``)
# A stand-in match over a date the page reader found, for the feed's checks of the words around a date (stamps,
# deadlines, a news post's day), which read a match's text and position.
_SPAN = re.compile(r"[\s\S]+")


def intl_text_when(
    texts: list[str | None],
    *,
    zone: zoneinfo.ZoneInfo | None,
    reference: dt.datetime,
    reported: Callable[[When, re.Match[str]], bool] | None = None,
) -> When | None:
    """The first date in another language written in the texts that is not before the day of ``reference``, else
    the first one before it; None when the texts write none."""
    tried = 0
    past: When | None = None
    for text in texts:
        scanned = (text or "")[:TEXT_SCAN_LIMIT]
        hits = iter_dates(scanned, year_hint=None, today=reference.date(), patterns=FEED_PATTERNS)
        for hit in sorted(hits, key=lambda found: found.start):
            if tried >= MAX_INTL_ATTEMPTS:
                return past
            tried += 1
            match = _SPAN.match(scanned, hit.start, hit.end)
            if match is None or _stamps_date(scanned, hit.start) or deadline_date(match):
                continue
            when = _when(hit, scanned, zone, reference)
            if when is None or (reported is not None and reported(when, match)):
                continue
            if _day(when.start) >= reference.date():
                return when
            past = past or when
    return past


# A date-time right before a date ("2022-02-09 08:20:44 ", "08:20 "): the date restates it when a stamp's word leads it.
_DATE_TIME_BEFORE = re.compile(
    r"(?:(?:19|20)\d\d-[01]\d-[0-3]\d(?:[ T][0-2]?\d:[0-5]\d(?::[0-5]\d)?)?|[0-2]?\d:[0-5]\d(?::[0-5]\d)?)"
    r"[ \t,;]{1,3}$"
)
RESTATED_REACH = 32


def _stamps_date(text: str, start: int) -> bool:
    """Whether the date at ``start`` is a stamp's (``_feed_stamps``): its word right before it, or before a date-time
    the date restates ("Uppdaterad 2022-02-09 08:20:44 09 februari 08:11": the police report's own stamp)."""
    if stamped(text, start):
        return True
    before = _DATE_TIME_BEFORE.search(text, max(0, start - RESTATED_REACH), start)
    return before is not None and stamped(text, before.start())


def _when(hit: DateHit, text: str, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> When | None:
    day: dt.date | None = hit.date
    doubt = None
    if not hit.year_written and hit.weekday_agrees is None:  # a weekday has picked the year already
        back, doubt = year_less(text[hit.start : hit.end], hit.date, reference.date())
        day = _years_before(hit.date, back)
    if day is None:
        return None
    clock = clock_after(text, hit.end)
    if clock is None:
        return When(day, None, True, zone.key if zone else None, doubt)
    start = dt.datetime.combine(day, clock.start, tzinfo=zone or dt.UTC)
    end_clock = range_end(clock.start, clock.end) if clock.end is not None else None
    end = dt.datetime.combine(day, end_clock, tzinfo=zone or dt.UTC) if end_clock is not None else None
    if end is not None and end <= start:
        end += dt.timedelta(days=1)  # "22h - 2h" ends the next day
    return dataclasses.replace(make_when(start, end, zone=zone, exclusive_end=False), doubt=doubt)


def _years_before(day: dt.date, years: int) -> dt.date | None:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February in a year that has none
        return None


def _day(moment: dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def with_intl(english: When | None, intl: When | None, reference: dt.datetime) -> When | None:
    """The prose reader's date (``english``) or this reader's (``intl``): the prose reader's unless it gives none,
    only a day past while ``intl`` is to come, or the same day without ``intl``'s clock."""
    if english is None or intl is None:
        return english or intl
    today = reference.date()
    if _day(english.start) < today <= _day(intl.start):
        return intl
    if english.all_day and not intl.all_day and _day(english.start) == _day(intl.start):
        return intl
    return english
