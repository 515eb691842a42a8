"""An item whose text opens with its when, a weekday and a numeric month/day, before the place ("Sat 10/3 · 10:00 PM
(doors 9:00 PM) | Vinyl Music Hall | No published price."): each showing the head lists (feeds86). Pure.

Held-out batch 86's regional events guide gives every item the listing day as its pubDate (12:00 GMT, the same for
all) and opens each description with when, where and price between bars, the day written as a weekday and a
month/day with no year: "Saturday 10/3 · 4:00 PM (doors 3:00 PM) · 7:00 PM show sold out | Crescent Theater |",
"Fri 10/2 7 PM · Sat 10/3 1:30 PM and 7 PM · Sun 10/4 1:30 PM | Ballet Pensacola, The Center |". Items whose prose
named no month were dropped; the others were read once, from a sentence of their prose. A numeric month/day alone
is no date ("10/3" is also a score, a ratio, the 10th of March), but with its weekday it is one when the weekday
agrees with the day in the year nearest the feed's reference: the head (the text before the first bar, which must
start with such a day) is read piece by piece between middle dots. A piece that starts with a day sets the day
(a range of days, "Sat 10/3 – Mon 10/5", is one event across them) and its clocks are that day's showings; a piece
that starts with a clock adds showings to the day before it; a clock after "to" or "until" is the showing's end;
"(doors 9:00 PM)" and any other note in brackets is set aside, and a piece that starts with a word ("heats 9 AM to
11 AM") is no showing. A day without a clock is a day. Any day whose weekday disagrees refuses the whole head.

The piece after the first bar of such a head is the place ("| Crescent Theater |"), and so it is after a day
written as a relative word the feed was built with ("Vandaag | WZC De Mey - Wachtebeke (Lochristi) |", batch 86's
Flemish agenda; "Today", "Tonight", "Tomorrow", "Morgen", "Heute", "Demain"): a piece with a second bar after it, of
at most MAX_PLACE characters, with no price in it ("| from $30 |", "| Free |").

Not (``tests/sources/test_heldout86_feeds.py``): a weekday that disagrees with its month/day, a month/day without a
weekday, a head that is not the text's start or is not followed by a bar ("Join us Sat 10/3 · 7 PM at the hall").
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._feed_dates import Dates
from sources.adapters._feed_item import FeedInfo, clean, item_description, plain_text
from sources.adapters._feed_item_kinds import item_kind_note
from sources.adapters._feed_when import When

MAX_HEAD = 240  # characters before the first bar
MAX_SHOWINGS = 24
MAX_PLACE = 120

TAG = re.compile(r"<[^>]{0,2000}>")
NOTE = re.compile(r"\([^()]{0,60}\)")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
DAY = re.compile(
    r"(?P<weekday>mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]{1,3}(?P<month>\d{1,2})/(?P<day>\d{1,2})(?![/\d])",
    re.IGNORECASE,
)
THROUGH = re.compile(r"[ \t]{0,3}(?:[–—-]|through|thru)[ \t]{0,3}", re.IGNORECASE)
CLOCK = re.compile(r"(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?[ \t]?(?P<half>[ap])\.?m\.?(?![a-z])", re.IGNORECASE)
RELATIVE = re.compile(
    r"(?:today|tonight|tomorrow|this evening|vandaag|vanavond|morgen|heute(?: abend)?|aujourd'hui|ce soir|demain"
    r"|hoy|esta noche|mañana)",
    re.IGNORECASE,
)
PRICE = re.compile(r"[$€£]|\b(?:free|gratis|sold out|no published price|tickets?)\b|\d", re.IGNORECASE)
UNTIL = re.compile(r"\b(?:to|until|till)\b|[–—-]", re.IGNORECASE)


def day_head_dates(dates: Dates, entry: Mapping[str, Any], info: FeedInfo) -> Dates:
    """The showings of the item's day head (see the module) in place of ``dates``; ``dates`` when there is none or
    the item is refused for its kind (a job ad, a release: ``item_kind_note``)."""
    whens = head_whens(item_description(entry), info)
    if not whens:
        return dates
    text = plain_text(item_description(entry))
    return dates if item_kind_note(clean(entry.get("title")), text, info.channel_title) else Dates(whens)


def head_place(markup: str | None, info: FeedInfo) -> str | None:
    """The place a head of when (a day head, a relative day) names after its first bar, or None."""
    head, rest = _head(markup)
    if rest is None or not (RELATIVE.fullmatch(head.strip()) or head_whens(markup, info)):
        return None
    place, bar, _ = rest.partition("|")
    place = " ".join(place.split())
    return place if bar and 1 < len(place) <= MAX_PLACE and PRICE.search(place) is None else None


def head_whens(markup: str | None, info: FeedInfo) -> list[When]:
    """Each showing the head of ``markup`` lists, or []."""
    head, rest = _head(markup)
    if rest is None or "\n" in head.strip() or DAY.match(head) is None:
        return []
    whens: list[When] = []
    day: tuple[dt.date, dt.date | None] | None = None
    timed = False
    for piece in NOTE.sub(" ", head).split("·"):
        piece = piece.strip()
        found = DAY.match(piece)
        if found is not None:
            if day is not None and not timed:
                whens.append(_all_day(day, info))
            span = _day_span(piece, found, info)
            if span is None:
                return []  # a weekday that disagrees: not a day head
            day, piece, timed = span[:2], piece[span[2] :], False
        elif day is None or CLOCK.match(piece) is None:
            continue  # words ("heats 9 AM to 11 AM", "times not yet published"): no showing
        showings = _showings(piece, day[0], info)
        whens.extend(showings)
        timed = timed or bool(showings)
    if day is not None and not timed:
        whens.append(_all_day(day, info))
    return whens[:MAX_SHOWINGS]


def _head(markup: str | None) -> tuple[str, str | None]:
    """The text before the first bar of ``markup``'s text, and the text after it (None without a bar)."""
    text = html.unescape(TAG.sub(" ", (markup or "")[: MAX_HEAD * 4])).lstrip()
    head, bar, rest = text[: MAX_HEAD * 2].partition("|")
    return (head, rest) if bar and len(head) <= MAX_HEAD else (head, None)


def _day_span(piece: str, found: re.Match[str], info: FeedInfo) -> tuple[dt.date, dt.date | None, int] | None:
    """The day ``found`` names (and the last of a range after it), with where the piece's rest starts; None when
    a weekday disagrees."""
    start = _agreeing_day(found, info.fallback_reference)
    if start is None:
        return None
    through = THROUGH.match(piece, found.end())
    last = DAY.match(piece, through.end()) if through else None
    if last is None:
        return start, None, found.end()
    end = _agreeing_day(last, info.fallback_reference)
    return (start, end, last.end()) if end is not None and end > start else None


def _agreeing_day(found: re.Match[str], reference: dt.datetime) -> dt.date | None:
    """The month/day in the year nearest ``reference`` whose weekday is the one written, or None."""
    weekday = WEEKDAYS.index(found["weekday"].lower())
    days = []
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            days.append(dt.date(year, int(found["month"]), int(found["day"])))
        except ValueError:
            return None
    near = min(days, key=lambda day: abs((day - reference.date()).days))
    return near if near.weekday() == weekday else None


def _showings(piece: str, day: dt.date, info: FeedInfo) -> list[When]:
    """A start at each clock before "to"/"until" ("1:30 PM and 7 PM"), the clock after it the end of a lone one."""
    until = UNTIL.search(piece)
    starts = [_clock(found) for found in CLOCK.finditer(piece[: until.start()] if until else piece)]
    ends = [_clock(found) for found in CLOCK.finditer(piece[until.end() :])] if until else []
    end = ends[0] if len(starts) == 1 and ends else None
    zone = info.zone
    whens = []
    for clock in starts:
        if clock is None:
            return []
        start = dt.datetime.combine(day, clock, tzinfo=zone)
        finish = dt.datetime.combine(day, end, tzinfo=zone) if end is not None and end > clock else None
        whens.append(When(start, finish, False, zone.key if zone else None))
    return whens


def _clock(found: re.Match[str]) -> dt.time | None:
    hour, minute = int(found["hour"]), int(found["minute"] or 0)
    if not 1 <= hour <= 12 or minute > 59:
        return None
    return dt.time(hour % 12 + (12 if found["half"].lower() == "p" else 0), minute)


def _all_day(day: tuple[dt.date, dt.date | None], info: FeedInfo) -> When:
    return When(day[0], day[1], True, info.zone.key if info.zone else None)
