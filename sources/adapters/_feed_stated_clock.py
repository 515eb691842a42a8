"""A feed item's date element read against the clock its own words state, for the ``rss`` adapter. Pure.

Two things an element's date-time cannot say by itself, and the item's title or description can:

- **A UTC mark on a local clock.** Some CMS templates (TYPO3's, among others) print the event's wall time with a
  "Z" it does not mean: ``<ev:startdate>2031-06-14T20:00:00Z</ev:startdate>`` for a concert the description says
  starts at "20:00 Uhr" in Berlin. Read as UTC it is 22:00 there. When the element is written in UTC (Z, +00:00),
  the feed's zone is not UTC then, the item's words state the clock as written (20:00) and not the clock the UTC
  reading gives (22:00), the written clock is the local one (``wall_clock``): the start, and an end written in UTC
  too, are read in the feed's zone. Words that state the local clock, or no clock, leave the instant as it is.
- **A real midnight.** A feed that writes its all-day items as midnight (one instant at local midnight as start and
  end, a pubDate at 00:00) has them read as days (``_feed_when.make_when``, ``_feed_dates._pubdate_when``); an item
  whose words say it starts at midnight ("Midnight screening", "at midnight", "ab Mitternacht") is that moment
  (``real_midnight``). Only the word after "at", "from", "ab", "à"…: a template that prints "00:00" or "12:00 AM"
  beside every all-day item says nothing, a name ("Midnight Oil", "Midnight Mass") says nothing, "until midnight",
  "bis Mitternacht" is an end, and an item whose words state another clock ("ab 21:00, um Mitternacht Feuerwerk")
  starts then, not at midnight. A midnight the words tie to a day is the end of that day (``midnight_tie``): the
  year's turn ("ring in the new year at midnight", "Silvester") ends 31 December, "tonight at midnight" ends the
  item's own day, "Friday at midnight" or "July 4 at midnight" ends the day named. The item's midnight is then its
  start only when it is that moment (the tied day is the one before the item's: "Saturday at midnight" on a
  Sunday's item, "the new year at midnight" on 1 January's); a midnight that ends the item's own day (the new year's
  on 31 December's item) or another day keeps the item's day: the stamp is the day, not the midnight the words state.
  The words are read in English, German, French, Spanish, Italian, Dutch and Portuguese (``_midnight_words``).
- **A day written as its midnight.** An item whose only date is a start at its day's midnight (no end), whose words
  say it lasts all day ("All day", "ganztägig", "toute la journée", "todo el día", "tutto il giorno", "de hele dag",
  "o dia todo") and state no clock nor a midnight start, is that day (``all_day_midnight``).

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Mapping, Sequence
from typing import Any

from sources.adapters._feed_extras import START_NAMES, local_value
from sources.adapters._feed_item import EVENT_MODULE, GDATA, XCAL, FeedInfo, attribute, text_field
from sources.adapters._feed_when import When, read_moment
from sources.adapters._midnight_words import (
    DATE_BEFORE,
    END_BEFORE,
    MIDNIGHT_WORD,
    TONIGHT,
    WEEKDAY_BEFORE,
    YEAR_TURN,
    at_before,
    month_number,
    says_all_day,
    weekday_number,
)

# A time of day as prose writes it: "20:00", "8:30 pm", "8 p.m.", "20 Uhr", "20.30 Uhr", "20h30", "20h".
CLOCK = re.compile(
    r"(?<![\d:.,/-])(?P<hour>2[0-3]|[01]?\d)(?!\d)"
    r"(?:(?P<colon>:)(?P<minute>[0-5]\d)(?!\d)|[.h](?P<dotted>[0-5]\d)(?=\s?(?:uhr|h)\b)|h(?P<hminute>[0-5]\d)\b)?"
    r"(?P<tail>\s?[ap]\.?\s?m\b\.?|\s?(?:uhr|h)\b)?",
    re.IGNORECASE,
)
MAX_TEXT = 20_000  # characters of an item's words read for clocks
END_REACH = 24  # characters before a clock looked at for an end's word
LEAD_REACH = 40  # characters before "at midnight" looked at for the day it ends


def stated_clocks(texts: Sequence[str | None]) -> set[tuple[int, int]]:
    """Every (hour, minute) the texts write as a time of day: with a colon, a meridiem or the word for o'clock."""
    found: set[tuple[int, int]] = set()
    for text in texts:
        for match in CLOCK.finditer((text or "")[:MAX_TEXT]):
            minute = match["minute"] or match["dotted"] or match["hminute"]
            tail = (match["tail"] or "").strip().lower().replace(".", "").replace(" ", "")
            if not (match["colon"] or tail or match["hminute"]):
                continue
            hour = int(match["hour"])
            if tail in ("am", "pm"):
                if not 1 <= hour <= 12:
                    continue
                hour = hour % 12 + (12 if tail == "pm" else 0)
            found.add((hour, int(minute or 0)))
    return found


def says_midnight_start(texts: Sequence[str | None]) -> bool:
    """Whether the texts say, in words, that the item starts at midnight ("at midnight", "ab Mitternacht"; not that it
    runs until then, nor a name: "Midnight Oil")."""
    for text in texts:
        text = (text or "")[:MAX_TEXT]
        for match in MIDNIGHT_WORD.finditer(text):
            before = text[max(0, match.start() - END_REACH) : match.start()]
            if at_before(match.group(), before) and not END_BEFORE.search(before):
                return True
    return False


def written_start(entry: Mapping[str, Any], info: FeedInfo) -> str | None:
    """The start as the item's date element writes it (xCal, the event module, GData, a start-named element)."""
    for value in (
        text_field(info.field(entry, XCAL, "dtstart")),
        text_field(info.field(entry, EVENT_MODULE, "startdate")),
        attribute(info.field(entry, GDATA, "when"), "starttime"),
        local_value(entry, START_NAMES),
    ):
        if value:
            return str(value)
    return None


def wall_clock(when: When, written: str | None, texts: Sequence[str | None], zone: zoneinfo.ZoneInfo | None) -> When:
    """The When read in the feed's zone when its start was written in UTC with the clock the item's words state
    (see the module's note); else itself."""
    if zone is None or when.all_day or not isinstance(when.start, dt.datetime) or not written:
        return when
    moment = read_moment(written.strip()[:100], None)
    if not isinstance(moment, dt.datetime) or moment.utcoffset() != dt.timedelta(0):
        return when
    local = moment.astimezone(zone)
    if local.utcoffset() == dt.timedelta(0):
        return when
    clocks = stated_clocks(texts)
    if (moment.hour, moment.minute) not in clocks or (local.hour, local.minute) in clocks:
        return when
    start = moment.replace(tzinfo=zone)
    end = when.end
    if isinstance(end, dt.datetime) and end.utcoffset() is not None:
        end_utc = end.astimezone(dt.UTC)
        end = end_utc.replace(tzinfo=zone) if end_utc > moment else end
    return dataclasses.replace(when, start=start, end=end if end is None or end > start else None)


def real_midnight(when: When, written: str | None, texts: Sequence[str | None], zone: zoneinfo.ZoneInfo | None) -> When:
    """The item's midnight as a time when it was read as a day and its words say it starts at midnight."""
    if not when.all_day or when.end is not None or isinstance(when.start, dt.datetime) or not written:
        return when
    moment = read_moment(written.strip()[:100], zone)
    if not isinstance(moment, dt.datetime):
        return when
    local = moment.astimezone(zone) if zone is not None and moment.tzinfo is not None else moment
    if local.time() != dt.time(0, 0) or local.date() != when.start or not says_midnight_start(texts):
        return when
    if stated_clocks(texts) - {(0, 0)}:
        return when  # "ab 21:00 Uhr, um Mitternacht Feuerwerk": the midnight is a moment in it, not its start
    tied = midnight_tie(texts, local.date())
    if tied is not None and tied != local.date() - dt.timedelta(days=1):
        return when  # "ring in the new year at midnight" on 31 December: the night after the day, not its start
    return dataclasses.replace(when, start=local, all_day=False)


def midnight_tie(texts: Sequence[str | None], day: dt.date) -> dt.date | None:
    """The day whose end the words' starting midnight is, when they tie it to one, for an item written on ``day``:
    the year's turn (31 December of ``day``'s year, or of the year before on 1 January), "tonight" (``day``), a
    weekday or a date written just before it (the nearest such day on or before ``day``; a day after it as itself).
    None when nothing ties it: the midnight is read as the item's own."""
    for text in texts:
        text = (text or "")[:MAX_TEXT]
        for match in MIDNIGHT_WORD.finditer(text):
            before = text[max(0, match.start() - END_REACH) : match.start()]
            at = at_before(match.group(), before)
            if at is None or END_BEFORE.search(before):
                continue
            lead = text[max(0, match.start() - END_REACH - LEAD_REACH) : match.start() - len(before) + at.start()]
            tied = _lead_day(lead, day)
            if tied is None and (
                TONIGHT.search(lead[-16:]) or TONIGHT.match(text[match.end() : match.end() + 12].strip())
            ):
                tied = day
            if tied is not None:
                return tied
    if (day.month, day.day) in ((12, 31), (1, 1)) and any(YEAR_TURN.search((text or "")[:MAX_TEXT]) for text in texts):
        return dt.date(day.year if day.month == 12 else day.year - 1, 12, 31)
    return None


def _lead_day(lead: str, day: dt.date) -> dt.date | None:
    """The day a weekday or a date just before "at midnight" names, the nearest on or before ``day``."""
    weekday = WEEKDAY_BEFORE.search(lead)
    if weekday is not None:
        number = weekday_number(weekday["day"])
        return None if number is None else day - dt.timedelta(days=(day.weekday() - number) % 7)
    date = DATE_BEFORE.search(lead)
    if date is None:
        return None
    month = month_number(date)
    number = int(date["day"] or date["day2"] or date["day3"] or date["day4"])
    for year in (day.year, day.year - 1):
        try:
            named = dt.date(year, month or 0, number)
        except ValueError:
            return day + dt.timedelta(days=1)  # no such day ("31.02."): tied to none the item could be
        if named <= day:
            return named
    return day + dt.timedelta(days=1)


def all_day_midnight(when: When, texts: Sequence[str | None], zone: zoneinfo.ZoneInfo | None) -> When:
    """The When as its day when its lone start is that day's midnight and the words say it lasts all day (see the
    module's note); else itself. Words that state any clock, or a midnight start, keep the time."""
    start = when.start
    if when.all_day or when.end is not None or not isinstance(start, dt.datetime):
        return when
    local = start.astimezone(zone) if zone is not None and start.tzinfo is not None else start
    if local.time() != dt.time(0, 0) or not says_all_day(texts):
        return when
    if stated_clocks(texts) or says_midnight_start(texts):
        return when
    return dataclasses.replace(when, start=local.date(), end=None, all_day=True)
