"""A card's several showings: each one an event of its own, not one run from the first to the last. Pure.

A cinema's or a venue's card lists the times it shows its film or its play::

    <ul class="subshows"><li>17 Jul 2026 <span>18:00</span> Sold out</li><li>17 Jul 2026 <span>20:00</span></li>…</ul>
    <ul class="times"><li>1:15 PM</li><li>4:30 PM</li><li>7:45 PM</li></ul>        (under the card's one date)
    Showtimes: 1:15 4:30 7:45                                                     (a line of the card)

Each showing is one event: the card's title, place and links, on the showing's day (its own, else the card's) at
its time, with an id of its own (the card's, with the showing's moment after a "#"), so that a sync sees each
showing stay where it is. A list counts when it has two items at least and every item is a time alone, or a date
and a time with at most a few words beside them ("Sold out", "Past event", "Book"); a line counts when a showings'
label ("Showtimes", "Screenings", "Times", "Séances", "Vorstellungen") stands before two times or more. Times with
no meridiem under such a label are a day's: the first before nine is in the afternoon ("1:15" is 13:15) and each
later one follows the one before it ("1:15 4:30 7:45" is 13:15, 16:30, 19:45).

Not showings: a range "7:00 PM - 9:00 PM" (one time with its end), "Doors 7 / Show 8" (labelled items, one event),
opening hours ("Mon–Fri 9:00–17:00" and "Sat 10:00–14:00": items with weekdays, not times alone), a programme's
items ("19:00 Welcome", "19:30 Talk": a time with a part of the evening), items with a heading (they are cards).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from sources.adapters._page_cards import block_text
from sources.adapters._page_dates import ClockHit, find_clock, find_dates
from sources.adapters._page_day_hours import daily_clock, day_hours, weekday_lead
from sources.adapters._page_intl import weekday_number
from sources.adapters._page_small_hours import next_day_after_midnight, past_midnight
from sources.adapters._page_sold_out import sold_out_words, without_labels
from sources.adapters._page_time_lines import clock_alone
from sources.adapters._page_two_days import listed_days  # "Sat 21 and 28 June": two events (left30)
from sources.adapters._page_two_runs import listed_runs  # "6–8 & 14–15 March 2026": two runs (pages111)
from sources.adapters._page_weekly_runs import weekly_run  # "04.09.-18.12." on Wednesdays (pages119)
from sources.adapters.base import ParsedRecord, RawEvent

SHOWINGS_EVIDENCE = "one of {count} showings listed on the card"
RUN_DAY_EVIDENCE = "one of the {count} days of the card's run, at the hours it states for each day"
MIN_SHOWINGS = 2
MAX_SHOWINGS = 40  # a card's showings for some weeks; more is a timetable
MAX_ITEM = 80  # an item's characters: a date, a time and a word or two
MAX_WORDS = 3  # the words an item may say beside its date and time ("Sold out", "Past event", "Few seats left")
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# A showings' label before its times ("Showtimes: 1:15 4:30 7:45", "Screenings 14:00, 17:30 & 20:15").
SHOWINGS_LABEL = re.compile(
    r"^[ \t]{0,3}(?:show[ \t]?times|screenings|screening[ \t]times|times|performances|séances|horaires"
    r"|vorstellungen|spielzeiten|vorführungen|funciones|horarios)[ \t]{0,3}:?[ \t]{0,3}(?=\d)",
    re.IGNORECASE,
)
# What stands between two times of such a line: spaces, a comma, a bar, a slash, an "and".
_JOIN = re.compile(r"[ \t]{0,3}(?:[,;|/·•&][ \t]{0,3}|(?:and|und|et|y)[ \t]{1,3})?")
# A bare time of such a line ("1:15", "19.30"), with its meridiem when written.
_SHOW_TIME = re.compile(
    r"(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)(?:[ \t]{0,2}(?P<mer>[ap])\.?[ \t]?m\b\.?)?(?![\d:])", re.IGNORECASE
)
_WORD = re.compile(r"[^\W\d_]{2,}")
AFTERNOON = 9  # a bare first hour before this is in the afternoon (a matinée at 1:15, not a showing at 1:15 am)
NOON = 12


def with_showings(blocks: list[Any], records: list[ParsedRecord | None]) -> list[ParsedRecord | None]:
    """``records`` (one per block, in the same order, None for a block with no event) with each card's event that
    lists several showings replaced by one event per showing."""
    kept: list[ParsedRecord | None] = []
    for block, record in zip(blocks, records, strict=False):
        found = (showings(block, record) or listed_days(block, record)) if isinstance(record, RawEvent) else None
        found = found or (listed_runs(block_text(block), record) if isinstance(record, RawEvent) else None)
        found = found or (weekly_run(block, record) if isinstance(record, RawEvent) else None)  # _page_weekly_runs
        kept.extend(found or [record])
    kept.extend(records[len(blocks) :])
    return kept


def showings(block: Any, record: RawEvent) -> list[RawEvent] | None:
    """One event per showing the card ``block`` lists (its event read as ``record``), or None when it lists none."""
    day = record.start.date() if isinstance(record.start, dt.datetime) else record.start
    zone = record.start.tzinfo if isinstance(record.start, dt.datetime) else None
    text = block_text(block)
    moments = _listed(block, day) or _labelled(text, day) or _weekday_lines(text, day) or _dated_lines(text, day)
    last = record.end.date() if isinstance(record.end, dt.datetime) else record.end
    note = SHOWINGS_EVIDENCE
    if not moments and last is not None:  # "Sat 10am–2pm, Sun 12pm–4pm" under the run's days (_page_day_hours)
        moments = day_hours(text, day, last) or daily_clock(text, day, last)  # "…, jeweils 19 Uhr" too
        note = RUN_DAY_EVIDENCE
    if not moments or len(moments) < MIN_SHOWINGS or len(moments) > MAX_SHOWINGS:
        return None
    if zone is None:
        zone = zone_of(record)
    if zone is None:
        return None
    moments = next_day_after_midnight(moments)  # "21:30, 23:45, 0:15": the last is the next day's (_page_small_hours)
    starts = sorted({dt.datetime.combine(on, clock.start, tzinfo=zone): clock for on, clock in moments}.items())
    note = note.format(count=len(starts))
    sold = _sold_out(block, day)  # "17 Jul 2026 18:00 Sold out": that showing's, not its siblings' (_page_sold_out)
    return [
        dataclasses.replace(
            record,
            external_id=f"{record.external_id}#{start.isoformat()}",
            start=start,
            end=_end(start, clock),
            all_day=False,
            sold_out=(start.date(), clock.start) in sold,
            description=without_labels(record.description) if sold else record.description,
            evidence=[*record.evidence, note],
        )
        for start, clock in starts
    ]


def zone_of(record: RawEvent) -> dt.tzinfo | None:
    import zoneinfo  # a day's card names its zone only by name

    try:
        return zoneinfo.ZoneInfo(record.timezone) if record.timezone else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def _end(start: dt.datetime, clock: ClockHit) -> dt.datetime | None:
    if clock.end is None:
        return None
    end = dt.datetime.combine(start.date(), clock.end, tzinfo=start.tzinfo)
    return end if end > start else end + dt.timedelta(days=1)


def _listed(block: Any, day: dt.date) -> list[tuple[dt.date, ClockHit]] | None:
    """The showings a list in the card gives: every item a time alone, or a date and a time and a few words."""
    return [showing for _, showing in _listed_items(block, day)] or None


def _sold_out(block: Any, day: dt.date) -> set[tuple[dt.date, dt.time]]:
    """The showings of the list _listed reads whose own words say they are sold out ("18:00 Sold out")."""
    return {(on, clock.start) for item, (on, clock) in _listed_items(block, day) if sold_out_words(block_text(item))}


def _listed_items(block: Any, day: dt.date) -> list[tuple[Any, tuple[dt.date, ClockHit]]]:
    """Each item of the card's first list that is all showings (MIN_SHOWINGS to MAX_SHOWINGS items, every one read
    by ``_item``), with its showing; [] when no list is."""
    for parent in block.iter("ul", "ol"):
        items = [child for child in parent if child.tag == "li"]
        if len(items) < MIN_SHOWINGS or len(items) > MAX_SHOWINGS:
            continue
        read = [_item(item, day) for item in items]
        if all(each is not None for each in read):
            return [(item, each) for item, each in zip(items, read, strict=True) if each is not None]
    return []


def _item(item: Any, day: dt.date) -> tuple[dt.date, ClockHit] | None:
    """A list item's showing: its date (else ``day``) and its time, when it says little else."""
    if any(True for _ in item.iter(*HEADINGS)):
        return None
    text = " ".join(block_text(item).split())
    if not text or len(text) > MAX_ITEM:
        return None
    alone = clock_alone(text)
    if alone is not None and alone.start is not None:
        return day, alone
    dates = find_dates(text, year_hint=day.year, today=day)
    if len(dates) != 1:
        return None
    hit = dates[0]
    rest = text[hit.end :]
    clock = find_clock(rest, dated=True)
    if clock is None or clock.start is None:
        return None
    words = text[: hit.start] + " " + rest[: clock.span[0]] + " " + rest[clock.span[1] :]
    if len(_WORD.findall(words)) > MAX_WORDS or find_clock(rest[clock.span[1] :]) is not None:
        return None
    return hit.date, clock


def _labelled(text: str, day: dt.date) -> list[tuple[dt.date, ClockHit]] | None:
    """The showings a line of the card gives under a showings' label ("Showtimes: 1:15 4:30 7:45")."""
    for line in text.splitlines():
        label = SHOWINGS_LABEL.match(line)
        if label is None:
            continue
        times = _times(line, label.end())
        if times is not None:
            return [(day, clock) for clock in times]
    return None


def _times(line: str, at: int) -> list[ClockHit] | None:
    """The times written from ``at`` to the line's end, nothing but joins between them, as the day's showings."""
    found: list[ClockHit] = []
    before: dt.time | None = None
    while at < len(line.rstrip()):
        time = _SHOW_TIME.match(line, at)
        if time is None:
            return None
        hour, minute, meridiem = int(time.group("h")), int(time.group("m")), (time.group("mer") or "").lower()
        if meridiem:
            hour = hour % NOON + (NOON if meridiem == "p" else 0)
        elif (
            hour < NOON
            and not past_midnight(before, hour)
            and (hour < AFTERNOON if before is None else dt.time(hour, minute) <= before)
        ):
            hour += NOON  # "1:15" first, or "4:30" after "1:15 pm": the afternoon's
        clock = dt.time(hour, minute)
        if before is not None and clock <= before and not past_midnight(before, hour):
            return None
        found.append(ClockHit(clock, None, time.span()))
        before = clock
        join = _JOIN.match(line, time.end())
        at = join.end() if join is not None else time.end()
    return found if len(found) >= MIN_SHOWINGS else None


# A weekday's name opening a day's showings on a line ("Fri 7:00 PM, Sat 2:00 PM & 7:00 PM"), after the one before.
_WEEKDAY_AT = re.compile(r"[ \t]{0,3}(?:[,;|/·•][ \t]{0,3})?(?P<wd>[^\W\d_]{2,9})\.?,?[ \t]{1,3}(?=\d)")


def _weekday_lines(text: str, day: dt.date) -> list[tuple[dt.date, ClockHit]] | None:
    """The showings a line of the card gives day by day ("Fri 7:00 PM, Sat 2:00 PM & 7:00 PM"), each weekday the
    first such day from the card's ``day`` on; the whole line must be weekdays and their times, none with an end
    (a day's hours are not its showings)."""
    for line in text.splitlines():
        found = _weekday_line(line.strip(), day)
        if found is not None and len(found) >= MIN_SHOWINGS:
            return found
    return None


def _weekday_line(line: str, day: dt.date) -> list[tuple[dt.date, ClockHit]] | None:
    found: list[tuple[dt.date, ClockHit]] = []
    at = 0
    while at < len(line):
        led = weekday_lead(_WEEKDAY_AT, line, at, day)
        if led is None:
            return None
        on, at = led
        while True:
            clock = find_clock(line[at:], dated=True)
            if clock is None or clock.span[0] != 0 or clock.start is None or clock.end is not None:
                return None
            found.append((on, clock))
            at += clock.span[1]
            join = _JOIN.match(line, at)
            if join is None or join.end() == at or _WEEKDAY_AT.match(line, at) is not None:
                break
            at = join.end()
    return found


# What may lead a time after its date ("Fri, October 9, 2026 7:00 PM", "Oct 9 at 7pm", "9 Oct · 19:00", "Sunday 8/2 -
# 6pm": a dash only with a space each side, so "Aug 2-6" stays a range of days).
_TIME_LEAD = re.compile(r"[ \t]{0,3}(?:,|·|@|at|um|à|(?<=[ \t])[-–—](?=[ \t]))?[ \t]{0,3}", re.IGNORECASE)


def _date_line_runs(text: str, day: dt.date) -> list[str]:
    """Runs of two lines or more in a row, each short and holding one date at its start (a weekday's name may lead
    it), joined by commas: a card's showings written a date a line (helper pages79). What follows each date is
    checked by _dated_lines."""
    runs: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = raw.strip()
        hits = find_dates(line, year_hint=day.year, today=day) if 0 < len(line) <= MAX_ITEM else []
        lead = line[: hits[0].start].strip(" \t,") if len(hits) == 1 else None
        if lead is not None and (not lead or weekday_number(lead) is not None):
            runs[-1].append(line)
        elif runs[-1]:
            runs.append([])
    return [", ".join(run) for run in runs if MIN_SHOWINGS <= len(run) <= MAX_SHOWINGS]


def _dated_lines(text: str, day: dt.date) -> list[tuple[dt.date, ClockHit]] | None:
    """The showings a line of the card gives date by date ("Fri, October 9, 2026 7:00 PM, Sat, October 10, 2026
    2:00 PM & 7:00 PM"): two dates or more, each with its times and nothing else between them but joins and the next
    date's weekday (a range "7:00 PM – Sunday, October 11, 2026 5:00 PM" is no such line). Lines of one date each,
    in a row, each starting with its date ("Sunday 8/2 - 6pm" / "Sunday 8/16 - 6pm"), are read as one such line."""
    for line in [*text.splitlines(), *_date_line_runs(text, day)]:
        hits = find_dates(line, year_hint=day.year, today=day)
        if len(hits) < MIN_SHOWINGS or any(hit.end_date is not None for hit in hits):
            continue
        found: list[tuple[dt.date, ClockHit]] = []
        for index, hit in enumerate(hits):
            stop = hits[index + 1].start if index + 1 < len(hits) else len(line)
            clocks = _clocks_between(line, hit.end, stop)
            if clocks is None:
                found = []
                break
            found.extend((hit.date, clock) for clock in clocks)
        if len(found) >= MIN_SHOWINGS:
            return found
    return None


def _clocks_between(line: str, at: int, stop: int) -> list[ClockHit] | None:
    """The times written from ``at`` (just after a date) to ``stop`` (the next date), joined to one another, with
    only a join and a weekday's name after the last; None when anything else stands there."""
    clocks: list[ClockHit] = []
    cursor = _TIME_LEAD.match(line, at, stop)
    at = cursor.end() if cursor is not None else at
    while True:
        clock = find_clock(line[at:stop], dated=True)
        if clock is None or clock.span[0] != 0 or clock.start is None or clock.end is not None:
            return None
        clocks.append(clock)
        at += clock.span[1]
        join = _JOIN.match(line, at, stop)
        at = join.end() if join is not None else at
        tail = line[at:stop].strip(" \t.,")
        if not tail or weekday_number(tail) is not None:  # the line's end, or the next date's weekday ("Sat, ")
            return clocks
