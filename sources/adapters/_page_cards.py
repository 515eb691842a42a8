"""Event-like blocks on pages without structured data (cards): finding them, and reading one's date, link, image
and time. Pure. Its place, status and section heading are read in _page_card_fields, its prices in _page_card_prices.

A block is an ``<article>``, an ``<li>`` or a card-like element (class "card", "event", "gig"…) that holds a heading
(h1–h4) and a date; the innermost such blocks are events. The date comes from ``<time datetime>`` first, else from
text like "Sat 12 Dec, 8pm" read in the source's timezone. The adapter (html.py) turns a block into a record.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
import zoneinfo
from typing import Any
from urllib.parse import urlsplit

from sources.adapters import _page_dates as dates
from sources.adapters._page_aria import card_label_clock
from sources.adapters._page_card_dates import CLOCK, TEXT_DATE, clock, day_range, ending, with_weekday
from sources.adapters._page_classes import CARD_CLASS, alike_entries, class_variants, in_dialog, in_menu, inner_name
from sources.adapters._page_dated_ends import clock_end, find_clock_until
from sources.adapters._page_dates import NON_ENGLISH_PATTERNS, ClockHit, DateHit, find_clock, find_dates
from sources.adapters._page_intl import INTL_DATE, INTL_WEEKDAY_DATE, weekday_alone
from sources.adapters._page_iso_days import digits_apart, in_cell, iso_days
from sources.adapters._page_label_names import labelled_link, labels_an_event
from sources.adapters._page_lines import CAMEL_BREAK, show_time_line
from sources.adapters._page_ranges import joined_ranges
from sources.adapters._page_schedule import POST_META, POSTING
from sources.adapters._page_time_lines import card_time, label_rank, time_alone
from sources.adapters._page_weekday_numbers import weekday_numbers_shaped
from sources.adapters._page_words import (
    DOCUMENT_FILE,
    DOCUMENT_WORD,
    FIELD_LABEL,
    meaningful,
    residue,
    without_deadlines,
)
from sources.adapters.common import parse_datetime, parse_text_datetime
from sources.adapters.webpage import absolute_url, clean_text

# A block listing this many different days is a schedule (a list of meetings), not one event's card.
SCHEDULE_DAYS = 3
SHOWINGS = 2  # links that are a time alone: a list of showings
_EPOCH = dt.date(2000, 1, 1)  # any clock: only which days a block names matters

HEADINGS = frozenset({"h1", "h2", "h3", "h4"})
# Elements after which text starts a new line, so block text keeps its lines apart.
BREAKS = frozenset(
    {"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
     "tr", "td", "th", "dd", "dt", "ul", "ol", "time", "address", "figure", "figcaption"}
)  # fmt: skip
# Blocks of one tag and class side by side, this many or more: a repeated card ("views-row"), whatever its class;
# not table rows, cells or the page's frame (a table of rows is a schedule, read by _page_tables).
MIN_SIBLINGS = 3
NOT_REPEATED = frozenset({"html", "body", "head", "tr", "td", "th", "thead", "tbody", "tfoot", "option"})
# Without a heading, a card's title is an element classed as its name ("ev-name", "title", "summary")…
NAME_CLASS = re.compile(r"(?:^|[\s_-])(?:title|name|summary|headline)(?:$|[\s_-])", re.IGNORECASE)
# …or styled as a heading by a class of its own ("<p class='label h4'>", a CSS framework's heading class)…
HEADING_CLASS = re.compile(r"(?:^|\s)h[1-4](?:$|\s)")
# …that is not a label before a value ("When", "Where"), nor a call to action ("More Details", "Buy Tickets").
NOT_A_TITLE = re.compile(
    r"^(?:when|where|date|dates|time|times|location|venue|address|price|prices|cost|tickets?|details|"
    r"more\s+(?:info|information|details)|learn\s+more|read\s+more|buy\s+tickets?|get\s+tickets?|"
    r"book\s+now|register|rsvp|description|add\s+to\s+calendar)\s*:?$",
    re.IGNORECASE,
)
MAX_NAME_LENGTH = 200  # a name, not a paragraph
WHEN_LABEL = re.compile(r"^(?:when|date|dates)\s*:?$", re.IGNORECASE)
# The label over a card's place, in English and in the other languages whose cards the reader meets ("Ort", "Lieu",
# "Sted"/"Stad", "Plats", "Lugar", "Luogo", "Locatie"): the same words a "Place: …" line may start with.
WHERE_LABEL = re.compile(
    r"^(?:where|location|venue|place|ort|lieu|sted|stad|plats|lugar|luogo|locatie)\s*:?$", re.IGNORECASE
)

SENTENCE_WORDS = 6  # a line of more words is prose ("Doors close at 8 p.m. so please arrive early."), not a time
DOORS = re.compile(r"\bdoors\b", re.IGNORECASE)


def prose_around(line: str, hit: ClockHit | None) -> bool:
    """A line of more than SENTENCE_WORDS words besides its time is prose, not a time line: the time's own words
    do not count ("Doors: 6:00 PM / Show: 8:00 PM" is one word and a time; "Doors close at 8 p.m. so please
    arrive early." seven words and a time)."""
    if hit is None:
        return len(line.split()) > SENTENCE_WORDS
    return len((line[: hit.span[0]] + " " + line[hit.span[1] :]).split()) > SENTENCE_WORDS


NEXT_LINE_TIME = "time read from the line under the date"
OTHER_LINE_TIME = "time read from another line of the card"
ISO_DATE = re.compile(r"\b20\d\d-[01]\d-[0-3]\d(?:[T ][0-2]\d:[0-5]\d(?::[0-5]\d)?(?:Z|[+-][0-2]\d:?[0-5]\d)?)?")


def block_text(element: Any, skip: Any = None) -> str:
    """The element's text with a line break around block elements, leaving out ``skip`` (the title)."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        if node is not skip and isinstance(node.tag, str):
            breaks = node.tag in BREAKS
            parts.append("\n" if breaks else digits_apart(parts, node))
            parts.append(node.text or "")
            for child in node:
                walk(child)
                parts.append(child.tail or "")
            parts.append("\n" if breaks else "")

    walk(element)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)


def heading_of(block: Any) -> Any:
    """The block's first heading (h1–h4) that is not a call to action, else its first element classed as a
    name ("<div class="ev-name"><a>…</a></div>") or as a heading ("<p class="h4">") that is not a label ("<p
    class="title">When</p>")."""
    for node in block.iter(*HEADINGS):
        text = clean_text(block_text(node)) or ""
        if not NOT_A_TITLE.match(text) and not FIELD_LABEL.match(text) and not date_alone(text):
            return node
    if (labelled := labelled_link(block)) is not None:  # an empty link named by its label (_page_label_names)
        return labelled
    for node in block.iterdescendants():
        classes = CAMEL_BREAK.sub(" ", node.get("class") or "") if isinstance(node.tag, str) else ""
        if not NAME_CLASS.search(classes) and not HEADING_CLASS.search(classes):
            continue
        name = clean_text(block_text(node)) or ""
        if (
            name
            and len(name) <= MAX_NAME_LENGTH
            and not NOT_A_TITLE.match(name)
            and not FIELD_LABEL.match(name)
            and not CLOCK.fullmatch(name)
            and not weekday_alone(name)
        ):
            return inner_name(node, NAME_CLASS)  # "tw-name" in its "tw-event-name-container" with the times
    return None


def date_alone(text: str) -> bool:
    """A heading that is only a day ("za 11 feb", "Fri 12 Dec"): the card's date, printed large, not its name."""
    if len(text) > MAX_NAME_LENGTH:
        return False
    hits = find_dates(text, year_hint=None, today=_EPOCH)
    return bool(hits) and not meaningful(residue(text, [(hit.start, hit.end) for hit in hits], []))


def has_date_hint(block: Any) -> bool:
    """Cheap: a <time datetime> or something shaped like a date, before any real parsing."""
    if next(block.iterfind(".//time[@datetime]"), None) is not None:
        return True
    # Each piece of text apart: "<h3>The Quartet</h3><p>Dec 12" is not "The QuartetDec 12" (no word boundary).
    text = " ".join(" ".join(block.itertext()).split())
    shaped = TEXT_DATE.search(text) or ISO_DATE.search(text) or numeric_dates(text, _EPOCH) or in_cell(block, text)
    return bool(shaped or weekday_numbers_shaped(text))  # "Fri 9.18": its year is the reader's to find


def is_candidate(element: Any, repeated: set[Any] | frozenset[Any] = frozenset()) -> bool:
    if element.tag in ("article", "li") or element in repeated or labels_an_event(element):
        return True
    if element.tag in ("html", "body"):
        return False
    classes = element.get("class") or ""
    if CARD_CLASS.search(classes):
        return True
    # A component's test id names it as a class would ('<div data-testid="showCard">', a React page's markup).
    classes = f"{classes} {element.get('data-testid') or ''}"
    # A camel-case name ("eventItem") makes a card of a block, not of a table's cell ("COE-EventName").
    return element.tag not in NOT_REPEATED and bool(CARD_CLASS.search(CAMEL_BREAK.sub(" ", classes)))


def repeated_blocks(root: Any) -> set[Any]:
    """Elements with a class that MIN_SIBLINGS or more siblings of the same tag share, most of them dated: a
    list's repeated cards. A group where most have no date of their own is a layout whose dates are bars over
    the rows (a "February 15" bar in the first section of a day), read by the schedule readers instead."""
    repeated: set[Any] = set()
    for parent in root.iter():
        groups: dict[tuple[str, str], list[Any]] = {}
        for child in parent:
            classes = " ".join((child.get("class") or "").split()) if isinstance(child.tag, str) else ""
            if classes and child.tag not in NOT_REPEATED:
                groups.setdefault((child.tag, classes), []).append(child)
        for group in groups.values():
            if len(group) >= MIN_SIBLINGS and 2 * sum(1 for block in group if has_date_hint(block)) > len(group):
                repeated.update(group + class_variants(parent, group, has_date_hint))  # 'entry alt'
            elif len(group) == PAIR and all(has_date_hint(block) for block in group) and shows_apart(group):
                repeated.update(group)  # a venue's two rows ("tw-section"), each dated, each its own show's link
    return repeated


PAIR = MIN_SIBLINGS - 1


def shows_apart(group: list[Any]) -> bool:
    """Whether each block names its own show by a link: a heading (or a name-classed element) linking to a page,
    another for each."""
    targets = set()
    for block in group:
        heading = heading_of(block)
        link = (
            None if heading is None else heading if heading.tag == "a" else next(heading.iterfind(".//a[@href]"), None)
        )
        if link is None or not link.get("href"):
            return False
        targets.add(link.get("href"))
    return len(targets) == len(group)


def dated_by_byline(block: Any) -> bool:
    """A block dated in its byline ("<ul class="meta"><li>March 3, 2027</li><li>By Anna</li>"): a post."""
    for node in block.iterdescendants():
        if isinstance(node.tag, str) and POST_META.search(node.get("class") or "") and has_date_hint(node):
            return True
    return False


# Navigation ("<nav>", "megaMenu", "menuItem", "main-nav"): its dated links lead to events, they are not cards.
def event_blocks(root: Any) -> list[Any]:
    """The innermost candidate blocks holding a heading and a date, in document order. A block that is one
    only by being repeated (its class says nothing of events) is not one when its date is a post's byline."""
    repeated = {block for block in repeated_blocks(root) if not dated_by_byline(block)}
    blocks = [
        element
        for element in root.iter()
        if isinstance(element.tag, str) and is_candidate(element, repeated) and heading_of(element) is not None
    ]
    blocks = [block for block in blocks if has_date_hint(block) and not in_dialog(block) and not in_menu(block)]
    outer: set[Any] = set()
    for block in blocks:
        outer.update(block.iterancestors())
    innermost = [
        block
        for block in blocks
        if block not in outer
        and (not lists_days(block) or labelled(block, WHEN_LABEL))
        and not lists_times(block)
        and not lists_names(block)
    ]
    # a day's box holding two alike entries, each named and dated (two meetings on one day): each entry is a card
    return [entry for block in innermost for entry in alike_entries(block, _entry, heading_of) or [block]]


def _entry(node: Any) -> bool:
    return heading_of(node) is not None and has_date_hint(node)


def lists_names(block: Any) -> bool:
    """Whether a block holds its heading's like twice or more, each linking to a page of its own: a day's item
    listing its shows ("15 апреля · сб" beside two show titles, each its own link), each an event read by the
    schedule readers, not one card."""
    heading = heading_of(block)
    if heading is None:
        return False
    targets = set()
    for node in block.iter(heading.tag):
        if node.get("class") != heading.get("class"):
            continue
        link = next(node.iterfind(".//a[@href]"), None)
        if link is None and node.tag == "a":
            link = node
        if link is not None:
            targets.add(link.get("href"))
        if len(targets) >= SHOWINGS:
            return True
    return False


# A card's link to buy or book its tickets ("Buy Tickets", "Get tickets", "Book now", "Billets", "Tickets →").
TICKET_LABEL = re.compile(
    r"^(?:(?:buy|get|book|purchase|order|reserve)\s+(?:your\s+)?)?(?:tickets?|billets?|entradas|karten)\b"
    r"|^(?:book|buy|reserve)(?:\s+now)?$|^(?:acheter|réserver)$",
    re.IGNORECASE,
)
EMPTY_TARGET = re.compile(r"/(?:null|undefined|none)/?(?:[?#].*)?$", re.IGNORECASE)  # a template's empty value
MAX_TICKET_LINKS = 40  # links looked at in one card for its tickets


def lists_days(block: Any) -> bool:
    """Whether a block's lines name several different days: an article holding a year's meeting dates."""
    days: set[dt.date] = set()
    for line in block_text(block).splitlines():
        hits = find_dates(line, year_hint=_EPOCH.year, today=_EPOCH)
        days.update(hit.date for hit in hits[:1])
        if len(days) >= SCHEDULE_DAYS:
            return True
    return False


def lists_times(block: Any) -> bool:
    """Whether a block has two or more links that are a time alone ("<a href=/purchase/1>12:45 PM</a>"): a
    film's showings, each an event of its own (read by the schedule readers), not one card; or two or more
    headings, each with a line that is a time alone ("<p>10:00 a.m.</p><h2>Storytime</h2>"): a day's rows."""
    headings = list(block.iter(*HEADINGS))
    if len(headings) >= SHOWINGS and not _programme(headings):
        if sum(1 for line in block_text(block).splitlines() if time_alone(line)) >= SHOWINGS:
            return True
    alone = 0
    for anchor in block.iter("a"):
        text = " ".join(anchor.text_content().split())
        found = CLOCK.search(text)
        if found and not text.replace(found.group(0), "").strip(" ()–-"):
            alone += 1
            if alone >= SHOWINGS:
                return True
    return False


def _programme(headings: list[Any]) -> bool:
    """Whether a block's headings are one event's name over its programme: the first heading outranks every other
    ("<h2>Annual Gala</h2>" over "<h3>Reception</h3>", "<h3>Dinner</h3>") and names no day, so the timed lines
    under the smaller headings are that event's parts, not a day's rows (each row's heading is of one rank)."""
    first, *rest = headings
    rank = int(first.tag[1])
    if not rest or any(int(node.tag[1]) <= rank for node in rest):
        return False
    name = clean_text(block_text(first)) or ""
    return not find_dates(name, year_hint=_EPOCH.year, today=_EPOCH) and not time_alone(name)


LAST_MINUTE = dt.time(23, 59)  # a span from a midnight to this minute of a day is whole days


@dataclasses.dataclass(frozen=True, slots=True)
class Moments:
    start: dt.date
    end: dt.date | None
    evidence: str | None = None  # where a time not on the date's own line came from


class BlockReader:
    """Reads one block's event, in the page's zone, with year-less dates resolved from ``now``."""

    def __init__(self, *, zone: zoneinfo.ZoneInfo | None, now: dt.datetime, base: str | None) -> None:
        self.zone = zone
        self.now = now
        self.base = base

    def moments(self, block: Any, text: str) -> Moments | None:
        """The block's start and end; a day with no time takes the time its title link's aria-label gives with
        that day (_page_aria)."""
        found = self.written_moments(block, text)
        if found is None or isinstance(found.start, dt.datetime) or found.end is not None:
            return found
        labelled_clock = card_label_clock(block, heading_of(block), found.start)
        if labelled_clock is None:
            return found
        hit, evidence = labelled_clock
        zone = self.zone or dt.UTC
        end = clock_end(found.start, hit, zone)
        return Moments(start=dt.datetime.combine(found.start, hit.start, tzinfo=zone), end=end, evidence=evidence)

    def written_moments(self, block: Any, text: str) -> Moments | None:
        stamps = [parse_datetime(node.get("datetime"), tz=self.zone) for node in block.iterfind(".//time[@datetime]")]
        found = [stamp for stamp in stamps if stamp is not None]
        if found:
            start = self.with_clock(found[0], text)
            # the start's own <time> again (a date badge, then the time range "8:00 AM - 5:00 PM") is no end
            rest = [stamp for stamp in found[1:] if stamp != start]
            end = rest[0] if rest and type(rest[0]) is type(start) and rest[0] > start else None
            if isinstance(end, dt.datetime) and isinstance(start, dt.datetime):
                end = end.astimezone(start.tzinfo)
                if start.time() == dt.time(0) and end.time() >= LAST_MINUTE:  # "T00:00:00" to "T23:59:59": days
                    return Moments(start=start.date(), end=end.date())
            return Moments(start=start, end=end)
        return self.text_moments(labelled_dates(block) + text)

    def with_clock(self, moment: dt.date, text: str) -> dt.date:
        """A date-only <time> plus a time written next to it ("<time datetime=2026-12-12>Sat 12 Dec</time> 8pm")."""
        if isinstance(moment, dt.datetime):
            return moment
        time_of_day = clock(text)
        if time_of_day is None:
            return moment
        return dt.datetime.combine(moment, time_of_day, tzinfo=self.zone or dt.UTC)

    def text_moments(self, text: str) -> Moments | None:
        """The first date in ``text`` with its time: on the date's line, else on another short line of the block
        ("Sat 12 Dec" on one line, "Doors 7:30pm" or "5–8 p.m." on another; a range gives the end, its meridiem
        the start), never from a sentence nor a deadline's or an office's line ("Register by 5 p.m."). A year-less date ranging to a dated one ("January 6 – March 15,
        2026") is one event from the first day to the last."""
        iso = ISO_DATE.search(text)
        if iso and (days := iso_days(text, iso, self.zone or dt.UTC, self.time_of)) is not None:
            return Moments(*days)
        if iso:
            parsed_iso = parse_datetime(iso.group(0), tz=self.zone)
            return Moments(start=parsed_iso, end=None) if parsed_iso is not None else None
        match = TEXT_DATE.search(text)
        if not match:
            return self.numeric_moments(text)
        day, month = match.group("day") or match.group("day2"), match.group("month") or match.group("month2")
        first = self.day_of(day, month, match.group("year"))
        if first is None:
            return None
        if not match.group("year"):
            first = with_weekday(first, text[max(0, match.start() - 12) : match.start()])
        ranged = day_range(first, text, match)
        if ranged is not None:
            return Moments(start=ranged[0], end=ranged[1])
        found = self.time_of(text, match)
        if found is None:
            return Moments(start=first, end=None)
        hit, evidence = found
        zone = self.zone or dt.UTC
        start = dt.datetime.combine(first, hit.start, tzinfo=zone)
        return Moments(start=start, end=clock_end(first, hit, zone), evidence=evidence)

    def numeric_moments(self, text: str) -> Moments | None:
        """A date as other languages write it ("2026/08/12 - 2026/08/14", "18.07.", "2026年8月12日"), with a
        range's last day, else a time on the date's own line ("17.3.2030 19.00")."""
        hits = numeric_dates(text, self.now.date())
        if not hits:
            return None
        hit = hits[0]
        if hit.end_date is not None:
            return Moments(start=hit.date, end=hit.end_date)
        line_end = text.find("\n", hit.end)
        found = find_clock(text[hit.end : line_end if line_end >= 0 else len(text)], dated=True)
        evidence = None
        if found is None:  # a time alone on another line of the card ("<td>19:00</td>" in its table)
            # "Beginn" over "17:30", not "Einlass"; "Show: 9:00 PM" as "9:00 PM"
            found, evidence = card_time([show_time_line(line) for line in text.splitlines()]), OTHER_LINE_TIME
        if found is None:
            return Moments(start=hit.date, end=None)
        zone = self.zone or dt.UTC
        end = clock_end(hit.date, found, zone)
        return Moments(start=dt.datetime.combine(hit.date, found.start, tzinfo=zone), end=end, evidence=evidence)

    def day_of(self, day: str, month: str, year: str | None) -> dt.date | None:
        words = " ".join(part for part in (day, month, year) if part)
        parsed = parse_text_datetime(words, tz=self.zone, now=self.now, languages=["en"])
        return parsed.date() if parsed is not None else None

    @staticmethod
    def time_of(text: str, match: re.Match[str]) -> tuple[ClockHit, str | None] | None:
        # The date itself blanked out: its day is no hour ("Dec 12 - 8pm" is not noon to 8). A time the date led
        # into as the doors' ("Dec 12 · Doors 7pm / Show 8pm") is read with its words: the show's is the start.
        date_end = match.start("time") if match.group("time") else match.end()
        doors = DOORS.search(text, match.start(), date_end) if match.group("time") else None
        date_end = doors.start() if doors else date_end
        blanked = text[: match.start()] + " " * (date_end - match.start()) + text[date_end:]
        date_line = text.count("\n", 0, match.start())
        lines = blanked.split("\n")
        # the date's own line, then a start's label ("Show: 8:00 pm") before a plain time before the doors' ("Doors:
        # 7:00 pm /" on the line above it)
        others = sorted(
            (index for index in range(len(lines)) if index != date_line), key=lambda i: label_rank(lines[i])
        )
        order = [date_line, *others]
        pending: dt.time | None = None  # an end read before any start
        for index in order:
            line = without_deadlines(lines[index])  # "Register by 5 p.m.", "Registration 6:30 pm, show 7:30 pm"
            posted = POSTING.search(line)  # "Sep 4, 2024 — Posted Aug 30, 2024 10:49 AM": the posting's time
            line = line[: posted.start()] if posted else line
            hit = find_clock_until(line)  # with the end a range writes with its own date
            dotted = clock(line) if hit is None else None  # "7.30pm", which find_clock leaves
            hit = ClockHit(dotted, None, (0, 0)) if dotted is not None else hit
            if index != date_line and prose_around(line, hit):
                continue
            if hit is not None and hit.start is not None:
                start, end = ending(line, hit)
                if start is None:  # an end alone ("(ends 11:00 pm)"): a start may be on another line
                    pending = pending or end
                    continue
                end = end or dates.range_end(start, pending)
                evidence = None if index == date_line else NEXT_LINE_TIME if index == date_line + 1 else OTHER_LINE_TIME
                kept = end == hit.end  # the range's own end, with the day it names or writes
                return ClockHit(start, end, hit.span, hit.days if kept else 0, hit.until if kept else None), evidence
        return None

    def link(self, block: Any, heading: Any) -> str | None:
        """The heading's link, else the block's (a whole card may be one <a>), else its first link."""
        return self.own_link(block, heading, fallback=True)

    def own_link(self, block: Any, heading: Any, *, fallback: bool = False) -> str | None:
        """The link that is the event's own page: the heading's, the block's, or one below the listing's page;
        with ``fallback``, else the block's first link (which may be a ticket seller's: a card a script opens)."""
        candidates = [
            next(heading.iterfind(".//a[@href]"), None),
            next((node for node in heading.iterancestors("a") if node.get("href")), None),
            block if block.tag == "a" else None,
            next((node for node in block.iterfind(".//a[@href]") if self.under_page(node.get("href"))), None),
            *(itertools.islice(block.iterfind(".//a[@href]"), MAX_TICKET_LINKS) if fallback else ()),
        ]
        for anchor in candidates:
            url = absolute_url(anchor.get("href"), self.base) if anchor is not None else None
            # A notice's PDF is a document of the event, not its page; a link back to the listing itself, to an
            # anchor on it ("/agenda/#fakear"), is no page of the event's: the card's next link may be.
            if url and not DOCUMENT_FILE.search(url) and not self.listing_itself(url) and not only_a_document(anchor):
                return url
        return None

    def listing_itself(self, url: str) -> bool:
        """Whether ``url`` is the page being read, but for a fragment."""
        if not self.base:
            return False
        return bool(url.split("#", 1)[0].rstrip("/") == self.base.split("#", 1)[0].rstrip("/"))

    def documents(self, block: Any) -> list[dict[str, str]]:
        """The block's documents ("Meeting Notice (PDF)", "Agenda"): links to files, labelled by their own text."""
        found: list[dict[str, str]] = []
        for index, anchor in enumerate(block.iterfind(".//a[@href]")):
            if index >= MAX_TICKET_LINKS:
                break
            target = absolute_url(anchor.get("href"), self.base)
            if not target or not (DOCUMENT_FILE.search(target) or only_a_document(anchor)):
                continue
            if any(link["url"] == target for link in found):
                continue
            # The link's own words, before a screen reader's span ("Meeting Notice (PDF)<span> for the …</span>")
            label = " ".join((anchor.text or "").split()) or " ".join((anchor.text_content() or "").split())
            found.append({"label": label[:MAX_NAME_LENGTH] or "Document", "url": target})
        return found

    def tickets(self, block: Any, heading: Any) -> list[dict[str, str]]:
        """The card's ticket links ("Buy Tickets", "Get tickets", "Book now"), as labelled links: not the event's
        own page, nor a template's empty target ("/tickets/seats/null"). A card without a page of its own (one a
        script opens in a modal) keeps its "Buy Tickets" link, though its first link stands in for its page."""
        own = self.own_link(block, heading)
        found: list[dict[str, str]] = []
        for index, anchor in enumerate(block.iterfind(".//a[@href]")):
            if index >= MAX_TICKET_LINKS:
                break
            label = " ".join((anchor.text_content() or "").split())
            target = absolute_url(anchor.get("href"), self.base)
            if not target or target == own or not TICKET_LABEL.match(label) or EMPTY_TARGET.search(target):
                continue
            if all(link["url"] != target for link in found):
                found.append({"label": label, "url": target})
        return found

    def under_page(self, href: str | None) -> bool:
        """A link to a page below the listing's own ("/local-events" -> "/local-events/events/805"): the
        event's page, where a card's first link may be a map or a ticket seller."""
        url = absolute_url(href, self.base) if href else None
        if not url or not self.base:
            return False
        listing = urlsplit(self.base)
        target = urlsplit(url)
        below = listing.path.rstrip("/") + "/"
        return target.netloc == listing.netloc and target.path.startswith(below) and target.path != below

    def image(self, block: Any) -> str | None:
        for image in block.iterfind(".//img[@src]"):
            url = absolute_url(image.get("src"), self.base)
            if url:
                return url
        return None


# Dates as other languages write them: numbers ("18.07.", "2026/08/12"), then a day and a month's name in another
# language ("jeu. 08 octobre", "Dienstag, 26. September"), which the English card pattern (TEXT_DATE) leaves.
_OTHER_LANGUAGES = (*NON_ENGLISH_PATTERNS, INTL_WEEKDAY_DATE, INTL_DATE)


def numeric_dates(text: str, today: dt.date) -> list[DateHit]:
    """The dates of ``text`` written as other languages write them, ranges joined."""
    return joined_ranges(text, find_dates(text, year_hint=None, today=today, patterns=_OTHER_LANGUAGES))


def labelled_dates(block: Any) -> str:
    """The dates a block writes only in an aria-label ("<div aria-label="May  6 2026">May 6</div>"), each on a
    line of its own ahead of the block's text: the label holds the year the visible text leaves out."""
    labels = []
    for node in block.iterfind(".//*[@aria-label]"):
        label = " ".join((node.get("aria-label") or "").split())
        match = TEXT_DATE.search(label)
        if match and match.group("year"):
            labels.append(label + "\n")
    return "".join(labels[:1])


def labelled(block: Any, label: re.Pattern[str]) -> str | None:
    """The value a block writes under (or beside) a label of its own ("<p>When</p><p>May 23rd</p>"): the text of
    the label's next element. A card that labels its date is one event, however many days its prose names."""
    for node in block.iterdescendants():
        if not isinstance(node.tag, str) or len(node) or not label.match(clean_text(node.text_content()) or ""):
            continue
        value = node.getnext()
        while value is not None and not isinstance(value.tag, str):
            value = value.getnext()
        text = clean_text(block_text(value)) if value is not None else None
        if text and len(text) <= MAX_NAME_LENGTH:
            return text
    return None


def only_a_document(anchor: Any) -> bool:
    """A link whose words are only a meeting document's name ("Agenda", "Minutes", "Agenda Packet"): one of the
    meeting's documents, though its address names no file ("/AgendaCenter/ViewFile/Agenda/_09042024-1447")."""
    text = " ".join((anchor.text_content() or "").split())
    return bool(text) and len(text) <= DOCUMENT_NAME and DOCUMENT_WORD.fullmatch(text) is not None


DOCUMENT_NAME = 40  # a document's name is short
