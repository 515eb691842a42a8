"""Any HTML page without structured data: a best-effort reading of its event-like blocks.

A block is an ``<article>``, an ``<li>`` or a card-like element (class "card", "event", "gig"…) that holds a
heading (h1–h4) and a date; the innermost such blocks are events (``_page_cards``: finding and reading them). A
year-less date is the next one from the start of the fetch window; a date without a time is an all-day event.
Blocks without a date are skipped, not rejected: this is a guess at a page's layout, and a navigation list is
not a bad record.

Without such blocks the page is read as a schedule (``_page_tables``, ``_page_schedule_lines``: tables and
lines whose rows carry dates, with the documents beside each meeting as labelled ``links``), else through its
add-to-calendar links, else as a page about one event (``_page_single``: the main heading and the nearest date, time and
place; its own calendar link, when it starts when the text says, fills in the end and place the text leaves out). A
"schedule" whose rows all give that one event's day and hour is the event written twice, not a schedule. A page that
shows no event at all is read from the JSON one of its scripts assigns, else from the JSON a data attribute holds. Every record read this way says how sure the reading is (``confidence``) and why (``evidence``);
the pipeline holds the unsure ones for a moderator.

Because it guesses, one run may miss a block another run found, so the listing is not trusted to be
complete: nothing is cancelled because it went missing from such a page.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

import lxml.html

from sources.adapters._calendar_links import LinkedEvent, in_page_zone, page_calendar_links, read_calendar_link
from sources.adapters._page_card_fields import card_title, section_heading, status_of, venue_of, with_untitled
from sources.adapters._page_card_prices import prices_of
from sources.adapters._page_card_tail import last_day_line, place_after_clock
from sources.adapters._page_cards import BlockReader, block_text, event_blocks, heading_of
from sources.adapters._page_classes import post_class
from sources.adapters._page_dates import DOTTED_DAY_FIRST, dotted_day_first, end_moment, find_dates
from sources.adapters._page_day_cells import cell_moments
from sources.adapters._page_intl import (
    ENGLISH_PAGE,
    PAGE_LANGUAGE,
    SLASHED_DAY_FIRST,
    english_page,
    page_language,
    reading_language,
    slashed_day_first,
)
from sources.adapters._page_lines import names_a_part, page_lines
from sources.adapters._page_lone_card import timed_by_page
from sources.adapters._page_more_dates import further_dates
from sources.adapters._page_placeholders import midnight_placeholders
from sources.adapters._page_prepare import page_root, prepared
from sources.adapters._page_schedule import (
    MIN_ROWS,
    NEWS_CONFIDENCE,
    Entry,
    apply_defaults,
    documents_body,
    merge_same_meeting,
    one_occasion,
    page_defaults,
    same_body,
)
from sources.adapters._page_schedule_lines import line_entries
from sources.adapters._page_scripts import attribute_markup, embedded_values, once_each
from sources.adapters._page_sections import apply_section_links
from sources.adapters._page_single import (
    PageInfo,
    linked_fields,
    page_description,
    page_info,
    read_beside,
    read_single,
    site_venue,
    starts_together,
)
from sources.adapters._page_single_place import heading_place
from sources.adapters._page_tables import ONE_ROW, table_entries
from sources.adapters._page_titles import is_tagline, without_site_affix
from sources.adapters._page_words import (
    DOCUMENT_WORD,
    FIELD_LABEL,
    GENERIC_HEADING,
    meaningful,
    meeting_title,
    reads_as_closure,
    reads_as_news,
    residue,
    without_status,
)
from sources.adapters.base import (
    PATH_FIELD,
    RECORD_ERRORS,
    URL_FIELD,
    Adapter,
    AdapterError,
    ParsedRecord,
    RawEvent,
    RejectedRecord,
)
from sources.adapters.json_api import JsonApiAdapter
from sources.adapters.registry import register
from sources.adapters.webpage import (
    absolute_url,
    clean_paragraphs,
    decode_page,
    fallback_id,
    finalize,
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
SITE_VENUE = "place the page states once (its own name over its address, or under a 'Location' heading): {venue!r}"
DOCUMENTS_TITLE = "title from the body the row's documents name, {body!r}, not the schedule's {title!r}"
# A card (an <article> or "event" block with a heading and a date) is a fair guess; a calendar link states it.
BLOCK_CONFIDENCE = 0.6
# A card's own add-to-calendar link states its end and place when the card's text does not show them.
LINKED_FIELDS = "end and place taken from the card's own {kind} calendar link (it starts when the card does)"
MAX_CARD_LINKS = 200  # links looked at in one card
# A card that reads as news (under a news heading, linking to an article, a headline): held for a moderator.
NEWS_EVIDENCE = "held: the card reads as news, not an event ({why}); its date is when it was published"
# A row or card that says a place is closed or gives its hours ("Library Closed", "Holiday Hours"): held.
CLOSURE_EVIDENCE = "held: {title!r} is a closure or opening-hours notice, not an event"
LINK_CONFIDENCE = 0.8
# How much of a rejected block's text is kept to find it again.
RAW_TEXT = 2000


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
        root = page_root(decode_page(payload))
        scripts = list(root.iter("script"))  # kept for read_scripts: a page may hold its listing in one
        records = self.read_page(root)
        if not any(isinstance(record, RawEvent) for record in records):
            records = self.read_scripts(scripts, root) or self.read_attribute(root) or records
        yield from records

    def read_attribute(self, root: Any) -> list[ParsedRecord]:
        """A page that shows no event in its markup but keeps its listing as JSON in a widget's data attribute
        (items with a title and a description in HTML): that JSON's markup read as the page. Empty when none."""
        markup = attribute_markup(root)
        records = self.read_page(page_root(markup)) if markup is not None else []
        if not any(isinstance(record, RawEvent) for record in records):
            return []
        self.notes.append(READ_ATTRIBUTE.format(page=self.page_url() or "the page"))
        return records

    def read_page(self, root: Any) -> list[ParsedRecord]:
        """The records of a parsed page (see page_root), made ready to be read first (_page_prepare)."""
        prepared(root)
        zone = self.context.default_timezone
        text = " ".join(root.itertext())
        lang = reading_language(root, text)  # what it declares, unless its own words are another language's
        day_first = dotted_day_first(text, lang=lang, zone=getattr(zone, "key", None) if zone else None)
        token = DOTTED_DAY_FIRST.set(day_first)  # how this page writes "05.03.2025", for every reader below
        language = PAGE_LANGUAGE.set(page_language(lang))  # whose short weekdays "so", "ma" are
        english = ENGLISH_PAGE.set(english_page(text, lang))  # whether "June 3 12.50" is a price
        slashed = SLASHED_DAY_FIRST.set(slashed_day_first(root, text))  # "10/08/2025" beside "13/08/2025"
        try:
            return list(self.page_records(root))
        finally:
            SLASHED_DAY_FIRST.reset(slashed)
            ENGLISH_PAGE.reset(english)
            PAGE_LANGUAGE.reset(language)
            DOTTED_DAY_FIRST.reset(token)

    def read_scripts(self, scripts: list[Any], root: Any) -> list[ParsedRecord]:
        """A page that shows no event in its markup but keeps its listing as JSON in a script ("var Events = {...}")
        or its widgets' data attributes: the JSON reader's events from the first such value with any, else empty."""
        for value, origin in embedded_values(scripts, root):
            reader = JsonApiAdapter(config={}, context=self.context)
            try:
                records = once_each(list(reader.parse(json.dumps(value).encode())))  # a show listed twice: once
            except AdapterError:
                continue
            if any(isinstance(record, RawEvent) for record in records):
                self.notes.append(READ_SCRIPT.format(page=self.page_url() or "the page", origin=origin))
                return records
        return []

    def page_records(self, root: Any) -> Iterator[ParsedRecord]:
        page_url = self.page_url()
        base = link_base(root, page_url)
        info = page_info(root, base=base)

        def text() -> str:
            return " ".join(root.itertext())

        reader = BlockReader(zone=self.context.default_timezone, now=self.now(), base=base)
        blocks = with_untitled(event_blocks(root))
        if blocks and all(related_block(block) for block in blocks):
            # The cards are another list's ("Ook interessant voor jou", "Related events"): the page's own event
            # is the one its heading and date name, and those cards are left to their own pages.
            try:
                own = self.own_event(root, page_url, base, info)
            except RECORD_ERRORS as exc:
                self.notes.append(UNREADABLE_LAYOUT.format(error=type(exc).__name__))
                own = []
            if own:
                yield from finalize(midnight_placeholders(without_site_affix(own, info), text))
                return
        if len(blocks) >= MIN_ROWS:
            records = (self.guarded_block(block, index, reader, page_url) for index, block in enumerate(blocks))
            yield from finalize(
                midnight_placeholders(without_site_affix((r for r in records if r is not None), info), text)
            )
            return
        try:
            guessed = self.guessed_events(root, page_url, base, info)
        except RECORD_ERRORS as exc:  # a hostile layout costs the guess, not the run
            self.notes.append(UNREADABLE_LAYOUT.format(error=type(exc).__name__))
            guessed = []
        if blocks and len(guessed) < MIN_ROWS:
            # One card and no schedule beside it: the card is the page's event (at the time the page's own reading
            # gives it, when only that has one). A schedule of several dates beside one card-like block (a toggle
            # of one meeting's materials) is the page's list instead.
            records = (self.guarded_block(block, index, reader, page_url) for index, block in enumerate(blocks))
            cards = timed_by_page([r for r in records if r is not None], guessed)
            yield from finalize(midnight_placeholders(without_site_affix(cards, info), text))
            return
        yield from finalize(midnight_placeholders(without_site_affix(guessed, info), text))

    def own_event(self, root: Any, page_url: str | None, base: str | None, info: PageInfo) -> list[ParsedRecord]:
        """The one event the page is about (its main heading and the date nearest it), or none."""
        base = base or page_url
        body = root.find("body")
        lines = page_lines(body if body is not None else root, base=base)
        single = read_single(lines, info, today=self.now().date(), url=info.canonical or page_url) or read_beside(
            lines, fact_box(root, base, info), info, today=self.now().date(), url=info.canonical or page_url
        )
        if single is None:
            return []
        description = clean_paragraphs(page_description(lines, info))
        url = info.canonical or page_url
        entries = [single, *further_dates(lines, single, today=self.now().date())]
        return [self.entry_event(entry, info, page_url, description=description, url=url) for entry in entries]

    def guessed_events(self, root: Any, page_url: str | None, base: str | None, info: PageInfo) -> list[ParsedRecord]:
        """A schedule's meetings, else the events of the page's calendar links, else the one event it is about."""
        base = base or page_url
        body = root.find("body")
        body = body if body is not None else root
        lines = page_lines(body, base=base)
        today = self.now().date()
        tables, read = table_entries(body, base=base, today=today)
        schedule = [
            entry
            for entry in (*tables, *line_entries(lines, today=today, skip_blocks=read))
            if entry.structure != "lone"
        ]
        single = read_single(lines, info, today=today, url=info.canonical or page_url) or read_beside(
            lines, fact_box(root, base, info), info, today=today, url=info.canonical or page_url
        )
        # A schedule that is all news (a ticker's stamped headlines) is no listing beside the page's one event, when
        # that event is read from a line of its own (not one of the news lines: a news page is its news).
        news_only = (
            single is not None
            and all(entry.news for entry in schedule)
            and all(entry.line != single.line for entry in schedule)
        )
        # The page's event with its "Additional Dates" (past editions too) is its occurrences, not a schedule of them.
        more = single is not None and bool(further_dates(lines, single, today=today, past_editions=True))
        # One table row under a header naming its date, or a listing of one (ONE_ROW): a schedule on no event's page.
        enough = len(schedule) >= MIN_ROWS or (single is None and [e.structure for e in schedule] in ONE_ROW)
        if enough and not news_only and not more and not (single and one_occasion(schedule, single)):
            schedule = merge_same_meeting(schedule)
            defaults = page_defaults(lines)
            apply_defaults(schedule, defaults, lines)
            apply_section_links(schedule, lines)
            venue = (site_venue(lines, info) or heading_place(lines)) if all(not e.location for e in schedule) else None
            for entry in schedule if venue else ():  # a venue's own page: its name over its address, once
                entry.location = venue
                entry.evidence.append(SITE_VENUE.format(venue=venue))
            return [self.entry_event(entry, info, page_url, subject=defaults.subject) for entry in schedule]
        # In the source's zone: a floating Google link's time is the page's local time, not a naive one.
        zone = self.context.default_timezone
        links = page_calendar_links(root, base_url=base, zone=zone)
        linked = [event for event in links if event.title and event.start]
        # The page's one calendar link for the event its text is about: the text's reading (its documents, its
        # heading), with what only the link says; other links are events of their own.
        if linked and not (single is not None and len(linked) == 1 and starts_together(single, linked[0])):
            return [self.linked_event(event, page_url) for event in linked]
        if single is None:
            return []
        linked_fields(single, linked)
        # The lines under the heading, not the whole body: navigation and footers are not the event's.
        description = clean_paragraphs(page_description(lines, info))
        url = info.canonical or page_url
        entries = [single, *further_dates(lines, single, today=today)]  # "Additional Dates" under its first
        return [self.entry_event(entry, info, page_url, description=description, url=url) for entry in entries]

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
            body = documents_body(entry)
            if body is not None and not same_body(body, title):  # another body's agenda under the council's
                evidence.append(DOCUMENTS_TITLE.format(body=body, title=title))
                title, wording = meeting_title(body), body
            else:
                evidence.append((SUBJECT_TITLE if from_subject else SCHEDULE_TITLE).format(title=title))
            if entry.qualifier:  # one body's hearings for each town: "… - Parma", "… - Berea"
                title, wording = f"{title} - {entry.qualifier}", f"{wording} - {entry.qualifier}"
                evidence.append(QUALIFIED_TITLE.format(qualifier=entry.qualifier))
        start: dt.date = entry.day
        end: dt.date | None = None
        if entry.time is not None:
            start = dt.datetime.combine(entry.day, entry.time, tzinfo=zone or dt.UTC)
            # a run of days' last day, the next day past midnight, or the day the range names
            end = end_moment(entry.day, entry.time, entry.end_time, zone or dt.UTC, entry.end_days, entry.end_day)
        elif entry.end_day is not None:  # a range of days ("January 6 – March 15, 2026")
            end = entry.end_day
        start, zone_name = in_zone(start, zone)
        event_url = entry.url or url
        confidence = entry.confidence()
        if reads_as_closure(title, timed=has_clock(start)):
            evidence.append(CLOSURE_EVIDENCE.format(title=title))
            confidence = min(confidence, NEWS_CONFIDENCE)
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
            confidence=confidence,
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
        heading, text = heading_of(block), block_text(block)
        raw_title = card_title(block, heading, text)
        heading = block if heading is None else heading  # an untitled card's links and text are its own
        moments = cell_moments(reader, block, text) if raw_title else None  # a day cell's card: _page_day_cells
        if not raw_title or moments is None:
            return None
        status, title = status_of(block, raw_title)
        start, zone_name = in_zone(moments.start, self.context.default_timezone)
        title = without_own_day(title, start)
        url = reader.link(block, heading)
        tickets = reader.tickets(block, heading)
        cost_type, price_min, price_max, currency = prices_of(text)
        evidence = [BLOCK_EVIDENCE.format(tag=block.tag), *([moments.evidence] if moments.evidence else [])]
        end, venue = moments.end or last_day_line(block, start), venue_of(block) or place_after_clock(block)
        linked = self.same_events_link(block, start)
        if linked is not None and (end is None and linked.end or venue is None and linked.location):
            end, venue = end or self.linked_end(linked, start), venue or linked.location
            evidence.append(LINKED_FIELDS.format(kind=linked.kind))
        timed = isinstance(start, dt.datetime)
        news = reads_as_news(text, title, section_heading(block), [url] if url else [], timed=timed) or (
            post_class(block) if not timed else None  # "newsItem": a post, dated when it was published
        )
        if news:
            evidence.append(NEWS_EVIDENCE.format(why=news))
        closure = reads_as_closure(title, timed=has_clock(start))
        if closure:
            evidence.append(CLOSURE_EVIDENCE.format(title=title))
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
            ticket_url=tickets[0]["url"] if tickets else None,
            links=[*tickets, *reader.documents(block)],
            image_url=reader.image(block),
            cost_type=cost_type,
            price_min=price_min,
            price_max=price_max,
            currency=currency,
            status=status,
            confidence=NEWS_CONFIDENCE if news or closure else BLOCK_CONFIDENCE,
            evidence=evidence,
            # "RESCHEDULED: Luke Bryan" is published as "Luke Bryan" (rescheduled); the card's own words are kept
            source_title=raw_title if title != raw_title else None,
        )


def without_own_day(title: str, start: dt.date) -> str:
    """A card's title that ends with the card's own day, set off by a dash or a bar ("CHANTEUSE - 28 Mai 2027"):
    the name alone. A day inside the name ("Concert du 12 décembre"), another day, or a title that is nothing but
    its day is kept as written."""
    day = start.date() if isinstance(start, dt.datetime) else start
    hits = find_dates(title, year_hint=day.year, today=day)
    last = hits[-1] if hits else None
    if (
        last is None
        or last.date != day
        or title[last.end :].strip(" .)")
        or not OWN_DAY_SEPARATOR.search(title[: last.start])
    ):
        return title
    rest = residue(title, [(last.start, last.end)], [])
    return rest if meaningful(rest) else title


OWN_DAY_SEPARATOR = re.compile(r"\s(?:-|–|—|\||·)\s*$")  # what sets a day off after a card's name


def has_clock(start: dt.date) -> bool:
    """Whether a start has a time of its own (midnight is a table's empty time as often as a time)."""
    return isinstance(start, dt.datetime) and start.time() != dt.time(0)


def _same_moment(linked: dt.date | None, start: dt.date) -> bool:
    if isinstance(linked, dt.datetime) and isinstance(start, dt.datetime):
        return linked == start
    as_day = linked.date() if isinstance(linked, dt.datetime) else linked
    return as_day == (start.date() if isinstance(start, dt.datetime) else start)


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
        if FIELD_LABEL.match(candidate):  # "When?" over the dates: a field's label, not the events' name
            continue
        if DOCUMENT_WORD.fullmatch(candidate.strip()) or (info.site_name and candidate == info.site_name):
            continue
        if is_tagline(candidate):  # "Live music since 1987": the site's slogan, not its events' name
            continue
        wording = without_status(candidate)
        return meeting_title(wording), wording, candidate is subject and candidate != heading
    wording = info.site_name or "Meeting"
    return meeting_title(wording), wording, False


# A container of other events shown beside a page's own ("related-proditems", "recommended-events", "similar"):
# its cards are not the page's event.
RELATED_CLASS = re.compile(r"(?:^|[\s_-])(?:related|recommended|recommendations|similar|suggested)(?:$|[\s_-])", re.I)
RELATED_DEPTH = 8  # ancestors looked at


def related_block(block: Any) -> bool:
    """Whether a card sits in a container of related events (its own class or one of its near ancestors')."""
    for depth, node in enumerate((block, *block.iterancestors())):
        if depth > RELATED_DEPTH:
            break
        if RELATED_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


READ_SCRIPT = "{page} shows no event in its markup: its events were read from the JSON {origin}"
READ_ATTRIBUTE = "{page} shows no event in its markup: its events were read from the JSON a data attribute holds"


# A column of the page's facts beside its text ("col-md-4 sidebar"): dropped with the page's furniture, yet on a
# production's page it holds the date, time and hall.
SIDEBAR_WORDS = frozenset({"sidebar"})
SIDEBAR_LEVELS = 4  # ancestors of the main heading whose siblings are looked at


def fact_box(root: Any, base: str | None, info: PageInfo) -> list[Any]:
    """The lines of a sidebar beside the column of the page's main heading that names one day, and only one: one
    event's facts, not a list of upcoming ones. [] when there is none."""
    heading = next(
        (
            node
            for node in root.iter("h1", "h2")
            if info.heading and " ".join(node.text_content().split()) == info.heading
        ),
        None,
    )
    if heading is None:
        return []
    for ancestor in [heading, *heading.iterancestors()][:SIDEBAR_LEVELS]:
        for sibling in [*ancestor.itersiblings(preceding=True), *ancestor.itersiblings()]:
            if not isinstance(sibling.tag, str):
                continue
            marks = f"{sibling.get('class') or ''} {sibling.get('id') or ''}"
            if not names_a_part(marks, SIDEBAR_WORDS):
                continue
            text = " ".join(" ".join(sibling.itertext()).split())
            days = {hit.date for hit in find_dates(text[:MAX_FACT_BOX], year_hint=None, today=_FACT_EPOCH)}
            if len(days) != 1:
                return []
            holder = lxml.html.Element("div")
            for child in sibling:
                holder.append(copy.deepcopy(child))
            return page_lines(holder, base=base)
    return []


MAX_FACT_BOX = 2_000  # characters of a sidebar read for its day
_FACT_EPOCH = dt.date(2000, 1, 1)
