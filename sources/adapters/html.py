"""Any HTML page without structured data: a best-effort reading of its event-like blocks.

A block is an ``<article>``, an ``<li>`` or a card-like element (class "card", "event", "gig"…) that holds a
heading (h1–h4) and a date; the innermost such blocks are events. The date comes from ``<time datetime>``
first, else from text like "Sat 12 Dec, 8pm" read in the source's timezone (a year-less date is the next
one from the start of the fetch window). A date without a time is an all-day event. Blocks without a date
are skipped, not rejected: this is a guess at a page's layout, and a navigation list is not a bad record.

Without such blocks the page is read as a schedule (``_page_tables``, ``_page_schedule_lines``: tables and
lines whose rows carry dates, with the documents beside each meeting as labelled ``links``), else through its
add-to-calendar links, else as a page about one event (``_page_single``: the main heading and the nearest date, time and
place). Every record read this way says how sure the reading is (``confidence``) and why (``evidence``);
the pipeline holds the unsure ones for a moderator.

Because it guesses, one run may miss a block another run found, so the listing is not trusted to be
complete: nothing is cancelled because it went missing from such a page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import lxml.html

from sources.adapters._calendar_links import LinkedEvent, in_page_zone, page_calendar_links, read_calendar_link
from sources.adapters._page_dates import DOTTED_DAY_FIRST, dotted_day_first, find_dates
from sources.adapters._page_lines import page_lines
from sources.adapters._page_schedule import (
    MIN_ROWS,
    NEWS_CONFIDENCE,
    Entry,
    apply_defaults,
    merge_same_meeting,
    page_defaults,
)
from sources.adapters._page_schedule_lines import line_entries
from sources.adapters._page_single import PageInfo, page_description, page_info, read_single
from sources.adapters._page_tables import table_entries
from sources.adapters._page_words import (
    DOCUMENT_WORD,
    GENERIC_HEADING,
    VIDEO_HOSTS,
    meeting_title,
    reads_as_news,
    without_status,
)
from sources.adapters.base import PATH_FIELD, RECORD_ERRORS, URL_FIELD, Adapter, ParsedRecord, RawEvent, RejectedRecord
from sources.adapters.common import money, parse_datetime, parse_text_datetime
from sources.adapters.registry import register
from sources.adapters.webpage import (
    absolute_url,
    clean_paragraphs,
    clean_text,
    decode_page,
    fallback_id,
    finalize,
    html_tree,
    in_zone,
    looks_like_html,
)

BAD_BLOCK = "The event block could not be read ({error})."
UNREADABLE_LAYOUT = "The page's layout could not be read as a schedule ({error}); nothing was taken from it."
BLOCK_EVIDENCE = "heading and date read from an event-like <{tag}> block"
LINK_EVIDENCE = "read from an add-to-calendar link ({kind})"
SCHEDULE_TITLE = "title from the heading above the schedule: {title!r}"
QUALIFIED_TITLE = "the row's own cell tells it from the body's other meetings: {qualifier!r}"
SUBJECT_TITLE = "title from the page's own sentence about who meets: {title!r}"
# A card (an <article> or "event" block with a heading and a date) is a fair guess; a calendar link states it.
BLOCK_CONFIDENCE = 0.6
# A card's own add-to-calendar link states its end and place when the card's text does not show them.
LINKED_FIELDS = "end and place taken from the card's own {kind} calendar link (it starts when the card does)"
MAX_CARD_LINKS = 200  # links looked at in one card
# A card that reads as news (under a news heading, linking to an article, a headline): held for a moderator.
NEWS_EVIDENCE = "held: the card reads as news, not an event ({why}); its date is when it was published"
LINK_CONFIDENCE = 0.8
EMBEDDED_VIDEO = "Video"  # the label of a meeting's embedded video player, kept as a link
# How much of a rejected block's text is kept to find it again.
RAW_TEXT = 2000
# A block listing this many different days is a schedule (a list of meetings), not one event's card.
SCHEDULE_DAYS = 3
_EPOCH = dt.date(2000, 1, 1)  # any clock: only which days a block names matters

HEADINGS = frozenset({"h1", "h2", "h3", "h4"})
# Elements whose content is never page text; removed before anything is read.
INERT = ("script", "style", "noscript", "template", "svg", "iframe", "object", "embed")
# A small element hidden by its own style ("<span style="display:none;">1671588000</span>December 20, 2022",
# a table's sort key): not what a reader sees, and glued to the date it would hide it. Only leaves with a
# short text: a hidden tab or accordion of meetings is content, shown by a script.
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
HIDDEN_SNIPPET = 40
# Inline elements only: a hidden heading is still the page's name for what follows (read by screen readers).
HIDDEN_INLINE = frozenset({"span", "small", "font", "i", "em", "b", "strong", "abbr", "sup", "sub", "label"})
MAX_HIDDEN = 20_000  # styled elements looked at: a hostile page of millions of them costs no more
# Elements after which text starts a new line, so block text keeps its lines apart.
BREAKS = frozenset(
    {"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer",
     "tr", "td", "th", "dd", "dt", "ul", "ol", "time", "address", "figure", "figcaption"}
)  # fmt: skip
CARD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:card|event|gig|show|listing|performance|item|tile|teaser)(?:$|[\s_-])", re.IGNORECASE
)
VENUE_HINTS = ("venue", "location")
STATUS_WORDS = {
    "cancelled": "cancelled",
    "canceled": "cancelled",
    "postponed": "postponed",
    "rescheduled": "rescheduled",
}
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
    text = " ".join(block.text_content().split())
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


@register
class GenericPageAdapter(Adapter):
    name = "html"
    label = "Web page without structured data (best effort)"
    source_kind = "web_page"
    config_needs_location = True
    config_fields = (URL_FIELD, PATH_FIELD)
    # A guess at the layout: a block it misses once must not be taken for a cancelled event.
    complete_listing = False
    sniff_priority = 90

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        """Any HTML document: one with no events (a template, a page with no heading) is read as none, not refused."""
        return looks_like_html(payload)

    def page_url(self) -> str | None:
        return self.context.base_url or self.config.get("url") or None

    def now(self) -> dt.datetime:
        """Year-less dates ("Sat 12 Dec") are the next such date from the start of the fetch window."""
        start = self.context.window.start
        return start if start.tzinfo else start.replace(tzinfo=self.context.default_timezone or dt.UTC)

    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        # Comments and processing instructions are not text; a hostile page may hide markup in them.
        root = html_tree(
            decode_page(payload), lxml.html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True)
        )
        embedded_videos_as_links(root)
        for element in list(root.iter(*INERT)):
            element.drop_tree()
        drop_hidden_snippets(root)
        zone = self.context.default_timezone
        day_first = dotted_day_first(
            " ".join(root.itertext()), lang=root.get("lang"), zone=getattr(zone, "key", None) if zone else None
        )
        token = DOTTED_DAY_FIRST.set(day_first)  # how this page writes "05.03.2025", for every reader below
        try:
            records = list(self.page_records(root))
        finally:
            DOTTED_DAY_FIRST.reset(token)
        yield from records

    def page_records(self, root: Any) -> Iterator[ParsedRecord]:
        page_url = self.page_url()
        base = link_base(root, page_url)
        reader = BlockReader(zone=self.context.default_timezone, now=self.now(), base=base)
        blocks = event_blocks(root)
        if len(blocks) >= MIN_ROWS:
            records = (self.guarded_block(block, index, reader, page_url) for index, block in enumerate(blocks))
            yield from finalize(record for record in records if record is not None)
            return
        try:
            guessed = self.guessed_events(root, page_url, base)
        except RECORD_ERRORS as exc:  # a hostile layout costs the guess, not the run
            self.notes.append(UNREADABLE_LAYOUT.format(error=type(exc).__name__))
            guessed = []
        if blocks and len(guessed) < MIN_ROWS:
            # One card and no schedule beside it: the card is the page's event. A schedule of several dates
            # beside one card-like block (a toggle of one meeting's materials) is the page's list instead.
            records = (self.guarded_block(block, index, reader, page_url) for index, block in enumerate(blocks))
            yield from finalize(record for record in records if record is not None)
            return
        yield from finalize(guessed)

    def guessed_events(self, root: Any, page_url: str | None, base: str | None = None) -> list[ParsedRecord]:
        """A schedule's meetings, else the events of the page's calendar links, else the one event it is about."""
        base = base or page_url
        body = root.find("body")
        body = body if body is not None else root
        info = page_info(root, base=base)
        lines = page_lines(body, base=base)
        today = self.now().date()
        tables, read = table_entries(body, base=base, today=today)
        schedule = [
            entry
            for entry in (*tables, *line_entries(lines, today=today, skip_blocks=read))
            if entry.structure != "lone"
        ]
        if len(schedule) >= MIN_ROWS:
            schedule = merge_same_meeting(schedule)
            defaults = page_defaults(lines)
            apply_defaults(schedule, defaults, lines)
            return [self.entry_event(entry, info, page_url, subject=defaults.subject) for entry in schedule]
        # In the source's zone: a floating Google link's time is the page's local time, not a naive one.
        zone = self.context.default_timezone
        links = page_calendar_links(root, base_url=base, zone=zone)
        linked = [event for event in links if event.title and event.start]
        if linked:
            return [self.linked_event(event, page_url) for event in linked]
        single = read_single(lines, info, today=today, url=info.canonical or page_url)
        if single is None:
            return []
        # The lines under the heading, not the whole body: navigation and footers are not the event's.
        description = clean_paragraphs(page_description(lines, info))
        return [self.entry_event(single, info, page_url, description=description, url=info.canonical or page_url)]

    def entry_event(
        self,
        entry: Entry,
        info: PageInfo,
        page_url: str | None,
        *,
        description: str | None = None,
        url: str | None = None,
        subject: str | None = None,
    ) -> RawEvent:
        """A schedule row or a single page's event as a record, in the source's zone, with its confidence."""
        zone = self.context.default_timezone
        title, evidence, wording = entry.title, list(entry.evidence), entry.wording
        if title is None:
            title, wording, from_subject = schedule_title(entry.heading, info, subject)
            evidence.append((SUBJECT_TITLE if from_subject else SCHEDULE_TITLE).format(title=title))
            if entry.qualifier:  # one body's hearings for each town: "… - Parma", "… - Berea"
                title, wording = f"{title} - {entry.qualifier}", f"{wording} - {entry.qualifier}"
                evidence.append(QUALIFIED_TITLE.format(qualifier=entry.qualifier))
        start: dt.date = entry.day
        end: dt.date | None = None
        if entry.time is not None:
            start = dt.datetime.combine(entry.day, entry.time, tzinfo=zone or dt.UTC)
            if entry.end_time is not None:
                end = dt.datetime.combine(entry.day, entry.end_time, tzinfo=zone or dt.UTC)
        start, zone_name = in_zone(start, zone)
        event_url = entry.url or url
        return RawEvent(
            source=self.context.source,
            external_id=event_url or fallback_id(page_url, title, start),
            title=title,
            description=description or entry.text or None,
            start=start,
            end=end,
            all_day=not isinstance(start, dt.datetime),
            timezone=zone_name,
            venue_name=entry.location,
            url=event_url,
            status=entry.status,
            links=entry.links,
            confidence=entry.confidence(),
            evidence=evidence,
            source_title=wording if wording and wording != title else None,
        )

    def linked_event(self, event: LinkedEvent, page_url: str | None) -> RawEvent:
        """An add-to-calendar link's event: stated by the link, so only the page's reading of it is a guess."""
        start, zone_name = in_zone(event.start, self.context.default_timezone)  # type: ignore[arg-type]
        title = event.title or ""
        return RawEvent(
            source=self.context.source,
            external_id=fallback_id(page_url, title, start),
            title=title,
            description=event.details,
            start=start,
            end=event.end,
            all_day=event.all_day or not isinstance(start, dt.datetime),
            timezone=event.timezone or zone_name,
            venue_name=event.location,
            url=page_url,
            confidence=LINK_CONFIDENCE,
            evidence=[LINK_EVIDENCE.format(kind=event.kind)],
        )

    def guarded_block(self, block: Any, index: int, reader: BlockReader, page_url: str | None) -> ParsedRecord | None:
        """One block's event; a block that cannot be read (hostile values) is one rejected record."""
        try:
            return self.block_event(block, reader, page_url)
        except RECORD_ERRORS as exc:
            return RejectedRecord(
                external_id=f"{page_url or 'page'}#block-{index}",
                reason=BAD_BLOCK.format(error=type(exc).__name__),
                raw={"text": block_text(block)[:RAW_TEXT]},
            )

    def same_events_link(self, block: Any, start: dt.date) -> LinkedEvent | None:
        """The card's own add-to-calendar link (Google, Outlook, Yahoo…): one that starts when the card does."""
        for index, anchor in enumerate(block.iter("a")):
            if index >= MAX_CARD_LINKS:
                break
            linked = read_calendar_link(anchor.get("href") or "")
            if linked is None or linked.start is None:
                continue
            linked = in_page_zone(linked, self.context.default_timezone)
            if _same_moment(linked.start, start):
                return linked
        return None

    def linked_end(self, linked: LinkedEvent, start: dt.date) -> dt.date | None:
        """The link's end, in the card's zone, when it is of the card's kind (a time for a timed start)."""
        end = linked.end
        if isinstance(end, dt.datetime) and isinstance(start, dt.datetime):
            return end.astimezone(start.tzinfo) if end > start else None
        return None if isinstance(end, dt.datetime) or isinstance(start, dt.datetime) else end

    def block_event(self, block: Any, reader: BlockReader, page_url: str | None) -> RawEvent | None:
        heading = heading_of(block)
        raw_title = clean_text(block_text(heading)) if heading is not None else None
        text = block_text(block)
        moments = reader.moments(block, text) if raw_title else None
        if not raw_title or moments is None:
            return None
        status, title = status_of(block, raw_title)
        start, zone_name = in_zone(moments.start, self.context.default_timezone)
        url = reader.link(block, heading)
        cost_type, price_min, price_max, currency = prices_of(text)
        evidence = [BLOCK_EVIDENCE.format(tag=block.tag)]
        end, venue = moments.end, venue_of(block)
        linked = self.same_events_link(block, start)
        if linked is not None and (end is None and linked.end or venue is None and linked.location):
            end, venue = end or self.linked_end(linked, start), venue or linked.location
            evidence.append(LINKED_FIELDS.format(kind=linked.kind))
        news = reads_as_news(
            text, title, section_heading(block), [url] if url else [], timed=isinstance(start, dt.datetime)
        )
        if news:
            evidence.append(NEWS_EVIDENCE.format(why=news))
        return RawEvent(
            source=self.context.source,
            external_id=url or fallback_id(page_url, title, start),
            title=title,
            description=clean_paragraphs(block_text(block, skip=heading)),
            start=start,
            end=end,
            all_day=not isinstance(start, dt.datetime),
            timezone=zone_name,
            venue_name=venue,
            url=url,
            image_url=reader.image(block),
            cost_type=cost_type,
            price_min=price_min,
            price_max=price_max,
            currency=currency,
            status=status,
            confidence=NEWS_CONFIDENCE if news else BLOCK_CONFIDENCE,
            evidence=evidence,
        )


def _same_moment(linked: dt.date | None, start: dt.date) -> bool:
    if isinstance(linked, dt.datetime) and isinstance(start, dt.datetime):
        return linked == start
    as_day = linked.date() if isinstance(linked, dt.datetime) else linked
    return as_day == (start.date() if isinstance(start, dt.datetime) else start)


def drop_hidden_snippets(root: Any) -> None:
    """Drop the short leaf elements a page hides with its own style (their tail text stays)."""
    for index, element in enumerate(root.iterfind(".//*[@style]")):  # styled ones only: plain ones cost nothing
        if index >= MAX_HIDDEN:
            break
        style = element.get("style") if element.tag in HIDDEN_INLINE else None
        if not style or not HIDDEN_STYLE.search(style) or len(element) or element.getparent() is None:
            continue
        if len((element.text or "").strip()) <= HIDDEN_SNIPPET:
            element.set("data-hidden-snippet", "1")
    for element in list(root.iterfind(".//*[@data-hidden-snippet]")):
        element.drop_tree()


def section_heading(block: Any) -> str | None:
    """The heading of the section a card is in: the nearest heading above it that is not another card's."""
    found = block.xpath(
        f"preceding::*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][not(ancestor::{block.tag})][1]"
    )
    return clean_text(block_text(found[0])) if found else None


def embedded_videos_as_links(root: Any) -> None:
    """A meeting's video embedded as a player (<iframe src="https://www.youtube.com/embed/…">) is one of its
    documents: it becomes a "Video" link where it stood, before frames are dropped as inert."""
    for frame in list(root.iter("iframe")):
        source = (frame.get("src") or "").strip()
        parent = frame.getparent()
        if not source or parent is None or not VIDEO_HOSTS.search(source):
            continue
        link = lxml.html.Element("a", href=source)
        link.text, link.tail = EMBEDDED_VIDEO, frame.tail
        parent.replace(frame, link)


def link_base(root: Any, page_url: str | None) -> str | None:
    """What relative links resolve against: the page's <base href> (itself relative to the page), else its URL."""
    node = next(root.iter("base"), None)
    href = (node.get("href") or "").strip() if node is not None else ""
    return (absolute_url(href, page_url) or page_url) if href else page_url


def schedule_title(heading: str | None, info: PageInfo, subject: str | None = None) -> tuple[str, str, bool]:
    """A schedule row's title when it has none, the page's own wording of it, and whether the page's "… meets"
    sentence gave it: the section heading, else who the page says meets, else the page's heading or title."""
    for candidate in (heading, subject, info.heading, info.og_title, info.doc_title):
        if not candidate or not re.search(r"[^\W\d_]{2,}", candidate) or GENERIC_HEADING.match(candidate):
            continue
        if DOCUMENT_WORD.fullmatch(candidate.strip()) or (info.site_name and candidate == info.site_name):
            continue
        wording = without_status(candidate)
        return meeting_title(wording), wording, candidate is subject and candidate != heading
    wording = info.site_name or "Meeting"
    return meeting_title(wording), wording, False
