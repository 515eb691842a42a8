"""A card's two days of one month written as a list: two events, one on each day (left30). Pure.

A club's card gives its open days as "Sat 21 and 28 June" (or "June 21 & 28"): the card's date pattern reads the day
written next to the month ("28 June", "June 21") and the other day was lost. Two days of one month, a week or two
apart (two to fourteen days), joined by "&", "and" or "+", a weekday before either or not, are two events: the
card's event on each day, at its time when it has one, with an id naming the day. Consecutive days ("17th & 18th
June", "June 17 & 18") are one event over both (``_page_day_pairs``) and are not listed here.

Not: a range the card states ("21–28 June": an end), three days or more ("7, 14 & 21 June"), days farther apart
("2 & 18 June": more likely a count or another number), a number glued to a price or a time ("£5 and 28 June",
"7 & 8pm"), two months' days ("21 June and 5 July": two dates the readers see apart).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

from sources.adapters._page_cards import block_text
from sources.adapters._page_dates import MONTHS, safe_date
from sources.adapters._page_day_pairs import CLOCK_AFTER, DASH_AFTER, DASH_BEFORE, DAYS_AFTER, DAYS_BEFORE
from sources.adapters.base import RawEvent

MIN_GAP, MAX_GAP = 2, 14  # days apart: a week or two, not one run of days, not a count before a date
EVIDENCE = "one of the card's two days {days!r}: an event on each"


def _number(day: str) -> int:
    return int("".join(char for char in day if char.isdigit()) or 0)


def _listed(text: str, day: dt.date) -> list[dt.date] | None:
    """The two days of ``day``'s month the text lists with ``day`` among them, or None (see the module)."""
    found: list[list[dt.date]] = []
    for pattern in (DAYS_BEFORE, DAYS_AFTER, DASH_BEFORE, DASH_AFTER):  # a dash's two days with a clock (left32)
        for match in pattern.finditer(text):
            if MONTHS.get(match.group("month").lower().rstrip(".")[:3]) != day.month:
                continue
            first, second = _number(match.group("first")), _number(match.group("second"))
            least = 1 if CLOCK_AFTER.match(text, match.end()) else MIN_GAP  # "June 17 and 18th at 7:30pm" (left31)
            most = 1 if pattern in (DASH_BEFORE, DASH_AFTER) else MAX_GAP  # "June 17 – 18 at 7:30pm" only
            if day.day not in (first, second) or not least <= second - first <= most:
                continue
            days = [safe_date(day.year, day.month, first), safe_date(day.year, day.month, second)]
            if all(days):
                found.append([d for d in days if d is not None])
    return found[0] if len(found) == 1 else None


def listed_days(block: Any, record: RawEvent) -> list[RawEvent] | None:
    """The card's event on each of the two days its text lists (see the module), or None."""
    start = record.start
    day = start.date() if isinstance(start, dt.datetime) else start
    end_day = record.end.date() if isinstance(record.end, dt.datetime) else record.end
    if end_day is not None and end_day != day:
        return None  # a run of days: its own range
    days = _listed(block_text(block), day)
    if days is None:
        return None
    evidence = EVIDENCE.format(days=" & ".join(d.isoformat() for d in days))
    return [
        dataclasses.replace(
            record,
            external_id=f"{record.external_id}#{on.isoformat()}",
            start=start + (on - day),
            end=record.end + (on - day) if record.end is not None else None,
            evidence=[*record.evidence, evidence],
        )
        for on in days
    ]
