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
- A run of days ("du 12 au 14 décembre", "vom 12. bis 14. Dezember", "12.–14. desember", "van 12 t/m 14 december",
  "12 dec – 3 jan") is joined as the page reader joins it (``_page_ranges.joined_ranges``): the first day to the
  last, all day, at most 31 days as ``_feed_day_span`` reads English ones (``day_run`` for the prose reader's day);
  with hours ("de 10h à 18h"), from the first day's start to the last day's end.
- ``intl_time_on_day``: the time written with a given day's date, for a date element or a record that gives the day
  alone (``_feed_element_clock``, ``xml_doc``), as ``_feed_when.time_on_day`` reads English.

Not dates: a month name that is an English word or name ("5 Mars facts", "2 Mai Tais", "3 Juni Smith"), an
abbreviation that is a word ("12 des concerts", "5 out of 6"), unless a year or a weekday stands beside it
(``_page_intl.intl_accepted``); nor, in an item's English words, such a name in lower case ("Get 2 mai tais", "10
mars missions") unless its language shows: an article before the day ("le 2 mars", "am 3 mai"), "de" before the
month ("2 de mayo") or a clock after it ("2 mars à 19h") (``_english_word``).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Callable, Iterator, Sequence

from sources.adapters._feed_clock_after import clock_after
from sources.adapters._feed_day_span import last_day
from sources.adapters._feed_not_event_dates import deadline_date
from sources.adapters._feed_stamps import stamped
from sources.adapters._feed_when import TEXT_SCAN_LIMIT, When, coming_or_past, make_when, year_less
from sources.adapters._intl_names import AMBIGUOUS, NAMES_TOO
from sources.adapters._page_dates import DateHit, find_dates, range_end
from sources.adapters._page_intl import CJK_DATE, DOTTED_DAY_SHARED_MONTH, INTL_DATE, INTL_WEEKDAY_DATE, fold
from sources.adapters._page_ranges import joined_ranges

# "lørdag den 12. desember" (a weekday and a month's name in another language), "12 décembre", "12. december 2026"
# (a day closed by its dot before a month spelled as English spells it).
FEED_PATTERNS = (INTL_WEEKDAY_DATE, INTL_DATE, DOTTED_DAY_SHARED_MONTH, CJK_DATE)
MAX_INTL_ATTEMPTS = 20  # as prose dates (``_feed_when.MAX_PROSE_ATTEMPTS``)
# A stand-in match over a date the page reader found, for the feed's checks of the words around a date (stamps,
# deadlines, a news post's day), which read a match's text and position.
_SPAN = re.compile(r"[\s\S]+")
# An article or a preposition of the month's language right before its day: "le 2 mars", "am 3 mai", "el 5 mayo".
_ARTICLE_BEFORE = re.compile(r"(?<!\w)(?:le|du|au|dès|el|del|al|il|dal|am|vom|ab|bis|den|à|na|od|do)[ \t]{1,3}$", re.I)
ARTICLE_REACH = 8
_JOINED = re.compile(r"\s(?:de|di)\s", re.IGNORECASE)  # "2 de mayo": the month joined to its day by "de"


def intl_text_when(
    texts: list[str | None],
    *,
    zone: zoneinfo.ZoneInfo | None,
    reference: dt.datetime,
    reported: Callable[[When, re.Match[str]], bool] | None = None,
) -> When | None:
    """The first date in another language written in the texts that is not before the day of ``reference``, else
    the first one before it; None when the texts write none."""
    return coming_or_past(_intl_whens(texts, zone, reference, reported), reference)


def _intl_whens(
    texts: list[str | None],
    zone: zoneinfo.ZoneInfo | None,
    reference: dt.datetime,
    reported: Callable[[When, re.Match[str]], bool] | None,
) -> Iterator[When]:
    tried = 0
    for text in texts:
        scanned = (text or "")[:TEXT_SCAN_LIMIT]
        hits = find_dates(scanned, year_hint=None, today=reference.date(), patterns=FEED_PATTERNS)
        for hit in joined_ranges(scanned, hits):  # "du 12 au 14 décembre": one hit from the 12th to the 14th
            if tried >= MAX_INTL_ATTEMPTS:
                return
            tried += 1
            match = _SPAN.match(scanned, hit.start, hit.end)
            if match is None or _stamps_date(scanned, hit.start) or deadline_date(match):
                continue
            if _english_word(scanned, hit.start, hit.end):
                continue  # "Get 2 mai tais": an English word, no month
            when = _when(hit, scanned, zone, reference)
            if when is not None and (reported is None or not reported(when, match)):
                yield when


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


def _english_word(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start`` is a day before a lower-case month name that is an English word or name ("2
    mai tais", "10 mars missions"), with no sign of its language: no year, weekday, day's dot, "de", article before
    the day, nor clock after the date."""
    found = INTL_DATE.match(text, start)
    if found is None or found.end() != end or fold(found["month"]) not in AMBIGUOUS | NAMES_TOO:
        return False
    if not found["month"].islower() or found["year"] or found["weekday"] or found["mark"]:
        return False
    if _JOINED.search(found.group(0)):
        return False  # "2 de mayo"
    return not _ARTICLE_BEFORE.search(text, max(0, start - ARTICLE_REACH), start) and clock_after(text, end) is None


def _when(hit: DateHit, text: str, zone: zoneinfo.ZoneInfo | None, reference: dt.datetime) -> When | None:
    day: dt.date | None = hit.date
    doubt = None
    if not hit.year_written and hit.weekday_agrees is None:  # a weekday has picked the year already
        back, doubt = year_less(text[hit.start : hit.end], hit.date, reference.date())
        day = _years_before(hit.date, back)
    if day is None:
        return None
    clock = clock_after(text, hit.end)
    # A run of days ("12.–14. desember", "du 12 au 14 décembre de 10h à 18h") ends on its last day, as the page
    # reader and _feed_day_span read one.
    last = last_day(day, hit.end_date and _years_before(hit.end_date, hit.date.year - day.year))
    if clock is None:
        return When(day, last, True, zone.key if zone else None, doubt)
    start = dt.datetime.combine(day, clock.start, tzinfo=zone or dt.UTC)
    end_clock = range_end(clock.start, clock.end) if clock.end is not None else None
    end = dt.datetime.combine(last or day, end_clock, tzinfo=zone or dt.UTC) if end_clock is not None else None
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


def with_intl(
    english: When | None, intl: When | None, reference: dt.datetime, texts: Sequence[str | None] = ()
) -> When | None:
    """The prose reader's date (``english``) or this reader's (``intl``): the prose reader's unless it gives none,
    only a day past while ``intl`` is to come, or the same day without ``intl``'s clock; a single whole day that the
    texts write as a run of days from or to it, that run (``day_run``)."""
    if english is None or intl is None:
        return day_run(english or intl, texts, reference)
    today = reference.date()
    if _day(english.start) < today <= _day(intl.start):
        return intl
    if english.all_day and not intl.all_day and _day(english.start) == _day(intl.start):
        return intl
    return day_run(english, texts, reference)


def day_run(when: When | None, texts: Sequence[str | None], reference: dt.datetime) -> When | None:
    """A single whole day that the texts write as the first or the last day of a run of days ("van 12 t/m 14
    december 2026", "12 dec 2026 – 3 jan 2027": the prose reader reads one of them), the whole run, read as the
    page reader joins two dates (``_page_ranges.joined_ranges``; at most 31 days, as ``_feed_day_span``); else
    ``when`` itself."""
    if when is None or not when.all_day or when.end is not None:
        return when
    for text in texts:
        scanned = (text or "")[:TEXT_SCAN_LIMIT]
        hits = find_dates(scanned, year_hint=None, today=reference.date())[:MAX_INTL_ATTEMPTS]
        for hit in joined_ranges(scanned, hits):
            last = last_day(hit.date, hit.end_date)
            if last is not None and when.start in (hit.date, last):
                return dataclasses.replace(when, start=hit.date, end=last)
    return when


def intl_time_on_day(day: dt.date, texts: list[str | None], *, zone: zoneinfo.ZoneInfo | None) -> When | None:
    """A time of day written in another language with ``day``'s own date ("le samedi 12 décembre 2026 à 19h",
    "Samstag, 12. Dezember, 19 Uhr"), for a record whose structured date has no time, as ``_feed_when.time_on_day``
    reads one in English; None when the first such date from ``day`` on is another day or has no clock."""
    # The day before, so a year-less "12 décembre" in the text resolves to this very day.
    reference = dt.datetime.combine(day - dt.timedelta(days=1), dt.time(), tzinfo=zone or dt.UTC)
    when = intl_text_when(texts, zone=zone, reference=reference)
    if when is None or when.all_day or not isinstance(when.start, dt.datetime) or when.start.date() != day:
        return None
    return when
