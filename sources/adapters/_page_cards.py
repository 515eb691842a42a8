"""Event-like blocks on pages without structured data (cards): finding them, and reading one's date, link,
image, venue, status and prices. Pure.

A block is an ``<article>``, an ``<li>`` or a card-like element (class "card", "event", "gig"…) that holds a
heading (h1–h4) and a date; the innermost such blocks are events. The date comes from ``<time datetime>``
first, else from text like "Sat 12 Dec, 8pm" read in the source's timezone. The adapter (html.py) turns a
block into a record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from decimal import Decimal
from typing import Any

from sources.adapters._page_dates import find_dates
from sources.adapters.common import STATUS_WORDS, money, parse_datetime, parse_text_datetime
from sources.adapters.webpage import absolute_url, clean_text

# A block listing this many different days is a schedule (a list of meetings), not one event's card.
SCHEDULE_DAYS = 3
_EPOCH = dt.date(2000, 1, 1)  # any clock: only which days a block names matters

HEADINGS = frozenset({"h1", "h2", "h3", "h4"})
# Elements after which text starts a new line, so block text keeps its lines apart.
BREAKS = frozenset(
    {"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
     "tr", "td", "th", "dd", "dt", "ul", "ol", "time", "address", "figure", "figcaption"}
)  # fmt: skip
CARD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:card|event|gig|show|listing|performance|item|tile|teaser)(?:$|[\s_-])", re.IGNORECASE
)
VENUE_HINTS = ("venue", "location")
TITLE_STATUS = re.compile(r"^(cancelled|canceled|postponed|rescheduled)\s*[:\-–—!]\s*", re.IGNORECASE)
CURRENCY_SIGNS = {"£": "GBP", "€": "EUR", "$": None}  # "$" alone does not say which dollar

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\.|\b)"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
_CLOCK = r"\b(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s*[ap]\.?m\.?|(?:[01]?\d|2[0-3]):[0-5]\d)(?!\d)"
TEXT_DATE = re.compile(
    rf"\b(?:(?P<day>{_DAY})\s+(?P<month>{_MONTH})|(?P<month2>{_MONTH})\s+(?P<day2>{_DAY}))"
    rf"(?:,?\s+(?P<year>20\d\d)\b)?"
    # Each run of spaces is read by one \s* only: three optional \s* in a row made a run of spaces cubic.
    rf"(?:\s*(?:(?:,|·|\||@|-|–|—)\s*)?(?:(?:at|from|doors(?:\s+open)?|starts?)\s*)?(?P<time>{_CLOCK}))?",
    re.IGNORECASE,
)
ISO_DATE = re.compile(r"\b20\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?")
CLOCK = re.compile(_CLOCK, re.IGNORECASE)
PRICE = re.compile(r"(?P<sign>[£€$])\s?(?P<amount>\d+(?:[.,]\d{2})?)")
FREE = re.compile(
    r"^free$|\bfree (?:entry|admission|event|show|gig)\b|\b(?:entry|admission)(?: is)? free\b", re.I | re.M
)


def block_text(element: Any, skip: Any = None) -> str:
    """The element's text with a line break around block elements, leaving out ``skip`` (the title)."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node is not skip and isinstance(node.tag, str):
            breaks = node.tag in BREAKS
            parts.append("\n" if breaks else "")
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")
            parts.append("\n" if breaks else "")

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def heading_of(block: Any) -> Any:
    return next((node for node in block.iter(*HEADINGS)), None)


def has_date_hint(block: Any) -> bool:
    """Cheap: a <time datetime> or something shaped like a date, before any real parsing."""
    if next(block.iterfind(".//time[@datetime]"), None) is not None:
        return True
    # Each piece of text apart: "<h3>The Quartet</h3><p>Dec 12" is not "The QuartetDec 12" (no word boundary).
    text = " ".join(" ".join(block.itertext()).split())
    return bool(TEXT_DATE.search(text) or ISO_DATE.search(text))


def is_candidate(element: Any) -> bool:
    if element.tag in ("article", "li"):
        return True
    return element.tag not in ("html", "body") and bool(CARD_CLASS.search(element.get("class") or ""))


def event_blocks(root: Any) -> list[Any]:
    """The innermost candidate blocks holding a heading and a date, in document order."""
    blocks = [
        element
        for element in root.iter()
        if isinstance(element.tag, str) and is_candidate(element) and heading_of(element) is not None
    ]
    blocks = [block for block in blocks if has_date_hint(block)]
    outer: set[Any] = set()
    for block in blocks:
        outer.update(block.iterancestors())
    return [block for block in blocks if block not in outer and not lists_days(block)]


def lists_days(block: Any) -> bool:
    """Whether a block's lines name several different days: an article holding a year's meeting dates."""
    days: set[dt.date] = set()
    for line in block_text(block).splitlines():
        hits = find_dates(line, year_hint=_EPOCH.year, today=_EPOCH)
        days.update(hit.date for hit in hits[:1])
        if len(days) >= SCHEDULE_DAYS:
            return True
    return False


def clock(text: str) -> dt.time | None:
    """ "8pm", "7.30 p.m.", "20:00" → a time of day."""
    match = CLOCK.search(text)
    if not match:
        return None
    raw = match.group(0).lower().replace(".", ":").replace(" ", "")
    meridiem = "pm" if "p" in raw else "am" if "a" in raw else ""
    hours, _, minutes = raw.rstrip(":apm").partition(":")
    hour = int(hours) % 12 + (12 if meridiem == "pm" else 0) if meridiem else int(hours)
    return dt.time(hour, int(minutes or 0))


@dataclasses.dataclass(frozen=True, slots=True)
class Moments:
    start: dt.date
    end: dt.date | None


class BlockReader:
    """Reads one block's event, in the page's zone, with year-less dates resolved from ``now``."""

    def __init__(self, *, zone: zoneinfo.ZoneInfo | None, now: dt.datetime, base: str | None) -> None:
        self.zone = zone
        self.now = now
        self.base = base

    def moments(self, block: Any, text: str) -> Moments | None:
        stamps = [parse_datetime(node.get("datetime"), tz=self.zone) for node in block.iterfind(".//time[@datetime]")]
        found = [stamp for stamp in stamps if stamp is not None]
        if found:
            start = self.with_clock(found[0], text)
            end = found[1] if len(found) > 1 and type(found[1]) is type(start) and found[1] > start else None
            if isinstance(end, dt.datetime) and isinstance(start, dt.datetime):
                end = end.astimezone(start.tzinfo)
            return Moments(start=start, end=end)
        from_text = self.text_date(text)
        return Moments(start=from_text, end=None) if from_text is not None else None

    def with_clock(self, moment: dt.date, text: str) -> dt.date:
        """A date-only <time> plus a time written next to it ("<time datetime=2026-12-12>Sat 12 Dec</time> 8pm")."""
        if isinstance(moment, dt.datetime):
            return moment
        time_of_day = clock(text)
        if time_of_day is None:
            return moment
        return dt.datetime.combine(moment, time_of_day, tzinfo=self.zone or dt.UTC)

    def text_date(self, text: str) -> dt.date | None:
        iso = ISO_DATE.search(text)
        if iso:
            return parse_datetime(iso.group(0), tz=self.zone)
        match = TEXT_DATE.search(text)
        if not match:
            return None
        day, month = match.group("day") or match.group("day2"), match.group("month") or match.group("month2")
        elsewhere = CLOCK.search(text)  # "Sat 12 Dec" on one line, "Doors 7:30pm" on another
        time_text = match.group("time") or (elsewhere.group(0) if elsewhere else "")
        words = " ".join(part for part in (day, month, match.group("year"), time_text) if part)
        parsed = parse_text_datetime(words, tz=self.zone, now=self.now, languages=["en"])
        if parsed is None:
            return None
        return parsed.astimezone(self.zone or dt.UTC) if time_text else parsed.date()

    def link(self, block: Any, heading: Any) -> str | None:
        """The heading's link, else the block's (a whole card may be one <a>), else its first link."""
        candidates = [
            next(heading.iterfind(".//a[@href]"), None),
            next((node for node in heading.iterancestors("a") if node.get("href")), None),
            block if block.tag == "a" else None,
            next(block.iterfind(".//a[@href]"), None),
        ]
        for anchor in candidates:
            url = absolute_url(anchor.get("href"), self.base) if anchor is not None else None
            if url:
                return url
        return None

    def image(self, block: Any) -> str | None:
        for image in block.iterfind(".//img[@src]"):
            url = absolute_url(image.get("src"), self.base)
            if url:
                return url
        return None


def venue_of(block: Any) -> str | None:
    for node in block.iterdescendants():
        hints = f"{node.get('class') or ''} {node.get('itemprop') or ''}".lower() if isinstance(node.tag, str) else ""
        if any(hint in hints for hint in VENUE_HINTS):
            name = clean_text(block_text(node))
            if name:
                return name
    return None


def status_of(block: Any, title: str) -> tuple[str, str]:
    """A "CANCELLED" badge in the block, or a "Cancelled:" title prefix (removed from the title)."""
    prefix = TITLE_STATUS.match(title)
    if prefix:
        return STATUS_WORDS[prefix.group(1).lower()], title[prefix.end() :].strip() or title
    for node in block.iterdescendants():
        word = (clean_text(block_text(node)) or "").casefold() if isinstance(node.tag, str) else ""
        if word in STATUS_WORDS:
            return STATUS_WORDS[word], title
    return "scheduled", title


def prices_of(text: str) -> tuple[str, Decimal | None, Decimal | None, str | None]:
    amounts: list[Decimal] = []
    currency = None
    for match in PRICE.finditer(text):
        value = money(match.group("amount"))
        if value is not None:
            amounts.append(value)
            currency = currency or CURRENCY_SIGNS[match.group("sign")]
    if amounts:
        low, high = min(amounts), max(amounts)
        return ("free" if high == 0 else "paid"), low, high, (currency if high else None)
    return ("free" if FREE.search(text) else "unknown"), None, None, None


def section_heading(block: Any) -> str | None:
    """The heading of the section a card is in: the nearest heading above it that is not another card's."""
    found = block.xpath(
        f"preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][not(ancestor::{block.tag})][1]"
    )
    return clean_text(block_text(found[0])) if found else None
