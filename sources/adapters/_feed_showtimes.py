"""Each showing a labelled line of an item lists ("Showtimes: June 21st Sunday 10:00 am, June 21st Sunday 2:00 pm"):
one event a showing (feeds85). Pure.

Held-out batch 85's cinema feeds (a Hollywood cinema's, a revival house's, a film festival's, three Italian
cinemas') give one film an item and its showings on one line of the item's text, after a label: "Orari: June 21st
Sunday ore 10:00 am, June 21st Sunday ore 2:00 pm, …", "Orari: Sun Feb 15 18:15 - Zoo Palast 1, Mon Feb 16 10:45 -
Haus der Berliner Festspiele, …", "Orari: martedì 21 Apr. ore 20.30, martedì 21 Apr. ore 21.00". Each film was one
event, at its first showing's day, its clock lost where a weekday came between the day and the clock. A line that
starts with a label of showings (showtimes, screenings, performances, times, dates; "Orari", "Spielzeiten",
"Vorstellungen", "Horaires", "Séances", "Funciones", "Horarios") and lists dates, each with its clock, is read one
showing at a time (one alone gives its clock to the item's day): a weekday written after the day ("June 21st
Sunday") and a joining word ("ore", "um", "à") are set aside before the English reader reads it (the other
languages' reader reads it as written), and a comma inside a showing ("Friday, October 16 at 7 pm") joins it to
the next piece. The item's own first reading must be among the showings (``overview_dates`` asks the same), and
its id stays with that one.

Not (``tests/sources/test_heldout85_feeds.py``): "Release dates: June 5, June 12" (the label not the line's first
words), a line of opening hours by weekday ("Times: Mon 9:00, Tue 9:00": no date), a line of days without a clock
("Dates: June 5, June 12": a list ``listed_whens`` reads already, its own way), a showing on another day than the
item's own first reading.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import re
from collections.abc import Mapping
from typing import Any

from sources.adapters._feed_dates import Dates
from sources.adapters._feed_intl import intl_text_when
from sources.adapters._feed_item import FeedInfo, item_description
from sources.adapters._feed_when import When, text_when

MAX_TEXT = 20_000  # characters of an item's text looked at
MAX_LINE = 4_000
MAX_SHOWINGS = 60
MAX_PIECES = 3  # commas one showing may hold ("Friday, October 16, 2026 at 7 pm")

BREAK = re.compile(r"<br\s*/?>|</p>|</li>", re.IGNORECASE)
TAG = re.compile(r"<[^>]{0,2000}>")
LABELLED = re.compile(
    r"^[ \t*•-]{0,4}(?:show\s?times|screenings|performances|times|dates|orari|spielzeiten|vorstellungen|horaires"
    r"|s[ée]ances|funciones|horarios)[ \t]{0,3}:[ \t]{0,3}(?P<list>[^\n]{1,4000})",
    re.IGNORECASE | re.MULTILINE,
)
CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2}\s?(?:[ap]\.?m\.?)?|\s?[ap]\.?m\.?)(?![\w.])", re.IGNORECASE)
WEEKDAY = re.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?", re.IGNORECASE)
JOINER = re.compile(r"\s(?:ore|alle(?:\s+ore)?|um|à|a\s+las)\s", re.IGNORECASE)
NOTE = re.compile(r"\([^()]{0,40}\)")  # "(Sold Out)"


def showtime_dates(dates: Dates, entry: Mapping[str, Any], info: FeedInfo) -> Dates:
    """``dates`` with each showing a labelled line lists (see the module) when the item's first reading is one of
    them; else ``dates``."""
    if not dates.whens:
        return dates
    whens = showtime_whens(item_description(entry), info)
    first = dates.whens[0].start
    own = next((index for index, when in enumerate(whens) if _day(when.start) == _day(first)), None)
    return dates if own is None else dataclasses.replace(dates, whens=whens, own=own)  # the item's id stays its own


def showtime_whens(markup: str | None, info: FeedInfo) -> list[When]:
    """The showings of the first labelled line that lists dated clocks, or []."""
    text = TAG.sub(" ", BREAK.sub("\n", (markup or "")[:MAX_TEXT]))
    for line in LABELLED.finditer(html.unescape(text)):
        whens = _showings(line.group("list")[:MAX_LINE], info)
        if whens and len({when.start for when in whens}) == len(whens):
            return whens
    return []


def _showings(line: str, info: FeedInfo) -> list[When]:
    whens: list[When] = []
    pieces: list[str] = []
    for piece in line.split(","):
        pieces.append(piece)
        when = _showing(",".join(pieces), info)
        if when is None and len(pieces) < MAX_PIECES:
            continue
        if when is None:
            return []  # a piece that is no showing: not a line of showings
        whens.append(when)
        pieces = []
        if len(whens) >= MAX_SHOWINGS:
            break
    return whens if not "".join(pieces).strip() else []


def _showing(text: str, info: FeedInfo) -> When | None:
    """One showing, a day with its clock, or None."""
    if CLOCK.search(text) is None:
        return None
    reference = info.fallback_reference
    english = JOINER.sub(" at ", WEEKDAY.sub(" ", NOTE.sub(" ", text)))
    when = text_when([english], zone=info.zone, reference=reference)
    if when is None or when.all_day:
        when = intl_text_when([text], zone=info.zone, reference=reference)
    return None if when is None or when.all_day else when


def _day(moment: dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment
