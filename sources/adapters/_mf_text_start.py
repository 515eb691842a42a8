"""An hCalendar event's start spelled in words in its own text, when it marks no ``dtstart`` (helper pages96).

Old WordPress event-calendar list views (The Events Calendar 3.x, still on many small venues' sites) mark each
event ``class="vevent"`` with its ``summary`` and ``url``, but print the date only as words in a plain element:
``<div class="updated published time-details">5 oktober 2024 20:00</div>``, no ``dtstart``. Such an event was
skipped for want of a start, and the page reader found nothing on the page either (a one-event list, the rest
navigation and a footer), so the venue's events were lost.

Before the microformats pass, a "vevent" (not an mf2 ``h-event``) with no start property of its own has one added
when exactly one element inside it is nothing but a date in words with its year (an optional weekday, the day and
the month's name in either order, the year, at most a clock): "5 oktober 2024 20:00", "Saturday, October 5, 2024",
"sam. 5 octobre 2024 20h30". The date is read by the shared text-date reader; a wall time is written without a
zone, so the page's zone applies as for any naive ``dtstart``, and a date without a clock as the day alone.

Not read: a vevent with two different dates in words (which is the start is a guess), a date with words around it
("Geplaatst op 5 oktober 2024", a posting's stamp, or a sentence), a date without its year, an element that holds
other elements' text besides the date, and any vevent inside another.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import lxml.html

from sources.adapters._mf_implied_name import DATES, STARTS
from sources.adapters.common import parse_text_datetime
from sources.adapters.webpage import html_tree

MAX_EVENTS = 500  # vevents looked into on one page
MAX_DATE_TEXT = 48  # characters: a date in words with its weekday and clock, not a sentence
# Words that make a date a stamp of the page's, not the event's day ("Posted 5 October 2024").
STAMP_WORDS = frozenset(
    "posted updated published modified geplaatst gepubliceerd bijgewerkt publié publie mis veröffentlicht "
    "aktualisiert publicado actualizado pubblicato aggiornato publicerad uppdaterad".split()
)
# A date in words alone: an optional weekday, the day and the month's name (either order), the year, a clock.
DATE_WORDS = re.compile(
    r"(?:(?P<lead>[^\W\d_]{2,12})\.?,?\s{1,3})?"
    r"(?:\d{1,2}\.?\s{1,3}[^\W\d_]{3,12}\.?|[^\W\d_]{3,12}\.?\s{1,3}\d{1,2}(?:st|nd|rd|th)?,?)"
    r"\s{1,3}(?P<year>(?:19|20)\d{2})"
    r"(?:,?\s{1,3}(?:[^\W\d_]{1,4}\.?\s{1,3})?(?P<clock>\d{1,2}(?:[:.h]\d{2})?\s?(?:[AaPp]\.?[Mm]\.?)?))?"
)
CLOCK = re.compile(r"\d[:.h]\d\d|\d\s?[AaPp]\.?[Mm]")


def with_text_starts(text: str) -> str:
    """The page with each start-less hCalendar event's one date in words marked as its ``dtstart``; the page as
    it is when none is."""
    if "vevent" not in text:
        return text
    tree = html_tree(text)
    changed = 0
    for seen, element in enumerate(tree.iter()):
        if seen > 200_000 or changed >= MAX_EVENTS:
            break
        if not isinstance(element.tag, str) or not _startless_event(element):
            continue
        stamp = _one_start(element)
        if stamp is None:
            continue
        marker = lxml.html.Element("time", {"class": "dtstart", "datetime": stamp})
        element.insert(0, marker)
        marker.tail, element.text = element.text, None
        changed += 1
    return lxml.html.tostring(tree, encoding="unicode") if changed else text


def _classes(element: Any) -> set[str]:
    value = element.get("class")
    return set(value.split()) if isinstance(value, str) else set()


def _startless_event(element: Any) -> bool:
    """A "vevent" (not an mf2 root) without events inside it and without a date property of its own."""
    own = _classes(element)
    if "vevent" not in own or "h-event" in own:
        return False
    for inner in element.iterdescendants():
        if not isinstance(inner.tag, str):
            continue
        inner_classes = _classes(inner)
        if inner_classes & {"vevent", "h-event"} or inner_classes & (DATES | STARTS):
            return False
    return True


def _one_start(element: Any) -> str | None:
    """The event's start as an ISO day or naive wall time, when exactly one date in words is inside it."""
    found: set[str] = set()
    for inner in element.iterdescendants():
        if not isinstance(inner.tag, str) or any(isinstance(child.tag, str) for child in inner):
            continue  # only an element holding text alone: a date, not a block that quotes one
        stamp = _date_in_words(" ".join(inner.text_content().split()))
        if stamp is not None:
            found.add(stamp)
        if len(found) > 1:
            return None
    return next(iter(found)) if found else None


def _date_in_words(text: str) -> str | None:
    if not 8 <= len(text) <= MAX_DATE_TEXT:
        return None
    match = DATE_WORDS.fullmatch(text)
    if match is None or (match["lead"] or "").casefold() in STAMP_WORDS:
        return None
    moment = parse_text_datetime(text)
    if moment is None or moment.year != int(match["year"]):
        return None
    wall = moment.replace(tzinfo=None)
    if match["clock"] and CLOCK.search(match["clock"]):
        return wall.isoformat(timespec="minutes")
    return dt.date(wall.year, wall.month, wall.day).isoformat() if wall.time() == dt.time(0) else None
