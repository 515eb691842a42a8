"""A card's hours day by day over its run: one event per day, each with its own hours. Pure.

A fair's or a market's card states its run of days and then each day's hours::

    December 5–6, 2026
    Sat 10am–2pm, Sun 12pm–4pm

The card was read as one event from the first day's start to the last day at the first day's end (Saturday 10:00
to Sunday 14:00). Each weekday of such a line that falls within the card's run is one day of it, at its own hours:
Saturday 10:00–14:00 and Sunday 12:00–16:00, read as the card's showings are (_page_showings).

Not such a line: a line with a weekday range ("Mon–Fri 9:00–17:00": a place's opening hours), a time with no end
(those are showings, read by _page_showings), a weekday that falls outside the run (a venue's hours beside a
one-day event), a line with anything else between its days.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters._page_dates import ClockHit, find_clock
from sources.adapters._page_intl import weekday_number

__all__ = ["day_hours"]

MIN_DAYS = 2
WEEK = 7
# A weekday's name opening a day's hours on a line ("Sat 10am–2pm, Sun 12pm–4pm"), after the one before.
_WEEKDAY_AT = re.compile(r"[ \t]{0,3}(?:[,;|/·•][ \t]{0,3})?(?P<wd>[^\W\d_]{2,9})\.?:?,?[ \t]{1,3}(?=\d)")


def day_hours(text: str, first: dt.date, last: dt.date) -> list[tuple[dt.date, ClockHit]] | None:
    """Each day's hours a line of ``text`` gives, weekday by weekday, every day within ``first``..``last`` (a run
    of two days at least) and each with a range of hours; None when no line does."""
    if last <= first or (last - first).days >= WEEK:
        return None
    for line in text.splitlines():
        found = _line(line.strip(), first, last)
        if found is not None and len(found) >= MIN_DAYS:
            return found
    return None


def _line(line: str, first: dt.date, last: dt.date) -> list[tuple[dt.date, ClockHit]] | None:
    found: list[tuple[dt.date, ClockHit]] = []
    at = 0
    while at < len(line):
        led = weekday_lead(_WEEKDAY_AT, line, at, first)
        if led is None:
            return None
        on, at = led
        if on > last or any(day == on for day, _ in found):
            return None
        clock = find_clock(line[at:], dated=True)
        if clock is None or clock.span[0] != 0 or clock.start is None or clock.end is None:
            return None
        found.append((on, clock))
        at += clock.span[1]
    return found


def weekday_lead(lead: re.Pattern[str], line: str, at: int, first: dt.date) -> tuple[dt.date, int] | None:
    """The day a weekday's name that ``lead`` matches at ``at`` (its group "wd") names, the first such day from
    ``first`` on, and where the match ends; None when no weekday's name leads there."""
    found = lead.match(line, at)
    weekday = weekday_number(found.group("wd")) if found is not None else None
    if found is None or weekday is None:
        return None
    return first + dt.timedelta(days=(weekday - first.weekday()) % WEEK), found.end()


# A daily clock after a run of days ("12.–14. Dezember 2026, jeweils 19 Uhr", "täglich 10–18 Uhr", "chaque jour à
# 20h", "every night at 8pm", "nightly 7:30pm"): each day of the run at that time.
DAILY = re.compile(
    r"\b(?:jeweils|t(?:ä|ae)glich|tägl\.|each[ \t](?:day|night|evening)|every[ \t](?:day|night|evening)|nightly|daily"
    r"|chaque[ \t](?:jour|soir)|tous[ \t]les[ \t](?:jours|soirs)|cada[ \t](?:d[íi]a|noche)|todos[ \t]los[ \t]d[íi]as"
    r"|ogni[ \t](?:giorno|sera)|tutti[ \t]i[ \t]giorni|dagelijks|elke[ \t](?:dag|avond))"
    r"(?:[ \t]{1,3}(?:um|at|à|a[ \t]las|alle|om|from|von|ab|de|dès))?[ \t]{0,3}[:,]?[ \t]{0,3}(?=\d)",
    re.IGNORECASE,
)


def daily_clock(text: str, first: dt.date, last: dt.date) -> list[tuple[dt.date, ClockHit]] | None:
    """Each day of the run ``first``..``last`` (two to seven days) at the daily time ``text`` states right after a
    word of each day ("jeweils", "täglich", "chaque jour", "every night"); None when it states none."""
    if last <= first or (last - first).days >= WEEK:
        return None
    for word in DAILY.finditer(text):
        clock = find_clock(text[word.end() :], dated=True)
        if clock is not None and clock.start is not None and clock.span[0] == 0:
            days = (last - first).days + 1
            return [(first + dt.timedelta(days=offset), clock) for offset in range(days)]
    return None
