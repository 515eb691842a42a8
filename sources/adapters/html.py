"""Any HTML page without structured data: a best-effort reading of its event-like blocks.

A block is an ``<article>``, an ``<li>`` or a card-like element (class "card", "event", "gig"…) that holds a
heading (h1–h4) and a date; the innermost such blocks are events (``_page_cards`` finds them,
``_page_block_reader`` and ``_page_card_events`` read them). A year-less date is the next one from the start of
the fetch window; a date without a time is an all-day event.
Blocks without a date are skipped, not rejected: this is a guess at a page's layout, and a navigation list is
not a bad record.

Without such blocks the page is read as a schedule (``_page_tables``, ``_page_schedule_lines``: tables and
lines whose rows carry dates, with the documents beside each meeting as labelled ``links``), else through its
add-to-calendar links, else as a page about one event (``_page_info``: the main heading and the nearest date, time and
place; its own calendar link, when it starts when the text says, fills in the end and place the text leaves out). A
"schedule" whose rows all give that one event's day and hour is the event written twice, not a schedule. A page that
shows no event at all is read from the JSON one of its scripts assigns, else from the JSON a data attribute holds. Every record read this way says how sure the reading is (``confidence``) and why (``evidence``);
the pipeline holds the unsure ones for a moderator.

Because it guesses, one run may miss a block another run found, so the listing is not trusted to be
complete: nothing is cancelled because it went missing from such a page.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from collections.abc import Iterator
from typing import Any

from sources.adapters._calendar_links import LinkedEvent, page_calendar_links
from sources.adapters._data_xml import data_xml_document
from sources.adapters._page_after_reading import after_reading
from sources.adapters._page_afternoon_ranges import day_times
from sources.adapters._page_agenda_docs import agenda_dates_off
from sources.adapters._page_block_reader import BlockReader
from sources.adapters._page_card_events import BLOCK_CONFIDENCE, CLOSURE_EVIDENCE, guarded_block, has_clock
from sources.adapters._page_card_fields import with_untitled
from sources.adapters._page_card_sides import card_sides
from sources.adapters._page_card_twins import merge_card_twins
from sources.adapters._page_cards import event_blocks
from sources.adapters._page_dark_days import days_on
from sources.adapters._page_data_slots import slot_items
from sources.adapters._page_date_led_one import date_led_one
from sources.adapters._page_dates import DOTTED_DAY_FIRST, dotted_day_first, end_moment
from sources.adapters._page_day_panels import panel_items
from sources.adapters._page_event_parts import parts_off
from sources.adapters._page_fact_table import fact_table_entries, stamped
from sources.adapters._page_grid_cells import grid_items
from sources.adapters._page_heading_day import (
    HEADING_DAY_EVIDENCE,
    heading_day,
    on_heading_day,
    side_cards_only,
    side_days_only,
)
from sources.adapters._page_info import PageInfo, page_info
from sources.adapters._page_intl import (
    ENGLISH_PAGE,
    PAGE_LANGUAGE,
    SLASHED_DAY_FIRST,
    english_page,
    reading_language,
    slashed_day_first,
)
from sources.adapters._page_invited_places import invited_places
from sources.adapters._page_labelled_dates import labelled_dates
from sources.adapters._page_line_extras import line_extras
from sources.adapters._page_lines import Line, page_lines
from sources.adapters._page_link_news import news_rows
from sources.adapters._page_listing_one import listed_one
from sources.adapters._page_lone_card import timed_by_page
from sources.adapters._page_meeting_merge import documents_body, same_body
from sources.adapters._page_more_dates import further_dates, past_editions_below
from sources.adapters._page_night_programme import sessions_or_night
from sources.adapters._page_notice_rules import names_meeting
from sources.adapters._page_own_days import first_days, own_days
from sources.adapters._page_past_cards import past_cards_off
from sources.adapters._page_past_sections import listing_of_one, own_occasion, past_sections_off
from sources.adapters._page_places_apart import merge_places_apart
from sources.adapters._page_prepare import page_root, prepared
from sources.adapters._page_publication_stamp import publication_stamps, stamps_off
from sources.adapters._page_reading_day import days_from_reading_day
from sources.adapters._page_record_kinds import not_events_note
from sources.adapters._page_related import without_related
from sources.adapters._page_remote_meetings import online_rows
from sources.adapters._page_schedule import (
    MIN_ROWS,
    NEWS_CONFIDENCE,
    Entry,
    apply_defaults,
    page_defaults,
)
from sources.adapters._page_schedule_lines import line_entries
from sources.adapters._page_schedule_names import link_base, schedule_name, schedule_title
from sources.adapters._page_scripts import embedded_values, held_markup, once_each
from sources.adapters._page_section_index import SECTION_INDEX
from sources.adapters._page_sections import apply_section_links
from sources.adapters._page_showings import with_showings
from sources.adapters._page_sibling_places import sibling_place_lines
from sources.adapters._page_sidebars import fact_box, related_block
from sources.adapters._page_single import (
    linked_fields,
    page_description,
    read_beside,
    read_single,
    site_venue,
    starts_together,
)
from sources.adapters._page_single_place import heading_place
from sources.adapters._page_tables import table_entries
from sources.adapters._page_titles import without_site_affix
from sources.adapters._page_week_grid import week_grid_items
from sources.adapters._page_weekly_events import weekly_events
from sources.adapters._page_words import closing_day, meeting_title, reads_as_closure
from sources.adapters._page_work_screenings import work_screenings
from sources.adapters._page_work_sessions import titled_by_work
from sources.adapters._page_written_months import page_or_months_language
from sources.adapters.base import (
    PATH_FIELD,
    RECORD_ERRORS,
    URL_FIELD,
    Adapter,
    AdapterError,
    ParsedRecord,
    RawEvent,
)
from sources.adapters.json_api import JsonApiAdapter
from sources.adapters.registry import register
from sources.adapters.webpage import (
    clean_paragraphs,
    decode_page,
    fallback_id,
    finalize,
    in_zone,
    looks_like_html,
)

UNREADABLE_LAYOUT = "The page's layout could not be read as a schedule ({error}); nothing was taken from it."
LINK_EVIDENCE = "read from an add-to-calendar link ({kind})"
SCHEDULE_TITLE = "title from the heading above the schedule: {title!r}"
QUALIFIED_TITLE = "the row's own cell tells it from the body's other meetings: {qualifier!r}"
NAMED_ROW = "title from the row's own cell, a meeting's whole name: {name!r}"
SUBJECT_TITLE = "title from the page's own sentence about who meets: {title!r}"
DOCUMENT_NAME = "title from the row's own words, document words only, the page naming its meetings nowhere: {name!r}"
SITE_VENUE = "place the page states once (its own name over its address, or under a 'Location' heading): {venue!r}"
DOCUMENTS_TITLE = "title from the body the row's documents name, {body!r}, not the schedule's {title!r}"
LINK_CONFIDENCE = 0.8


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
        """Any HTML document (one with no events is read as none, not refused); not XML's records (_data_xml)."""
        return looks_like_html(payload) and not data_xml_document(payload)

    def page_url(self) -> str | None:
        return self.context.base_url or self.config.get("url") or None

    def now(self) -> dt.datetime:
        """Year-less dates ("Sat 12 Dec") are the next such date from the start of the fetch window."""
        start = self.context.window.start
        return start if start.tzinfo else start.replace(tzinfo=self.context.default_timezone or dt.UTC)

    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        root = page_root(decode_page(payload))
        scripts = list(root.iter("script"))  # kept for read_scripts: a page may hold its listing in one
        stamps = publication_stamps(
            root, scripts, self.now()
        )  # when the page says it was written (_page_publication_stamp)
        records = self.read_page(root)
        after_reading(records, root, self.context.default_timezone)  # sessions, named dates, notices (see module)
        if not any(isinstance(record, RawEvent) for record in records):
            records = self.read_scripts(scripts, root) or self.read_attribute(root, scripts) or records
        yield from stamps_off(records, stamps, self.notes)

    def read_attribute(self, root: Any, scripts: list[Any]) -> list[ParsedRecord]:
        """A page that shows no event in its markup but keeps its listing as JSON in a widget's data attribute
        (items with a title and a description in HTML), or an empty page's in a data block's strings (a site
        builder's page data): that JSON's markup read as the page. Empty when none."""
        held = held_markup(root, scripts)
        records = self.read_page(page_root(held[0])) if held is not None else []
        if held is None or not any(isinstance(record, RawEvent) for record in records):
            return []
        self.notes.append(READ_ATTRIBUTE.format(page=self.page_url() or "the page", origin=held[1]))
        return records

    def read_page(self, root: Any) -> list[ParsedRecord]:
        """The records of a parsed page (see page_root), made ready to be read first (_page_prepare)."""
        prepared(root, self.context.default_timezone)
        days_from_reading_day(root, today=self.context.window.reading_day())  # "THIS WEDNESDAY", a week's weekdays
        zone = self.context.default_timezone
        text = " ".join(root.itertext())
        lang = reading_language(root, text)  # what it declares, unless its own words are another language's
        day_first = dotted_day_first(text, lang=lang, zone=getattr(zone, "key", None) if zone else None)
        token = DOTTED_DAY_FIRST.set(day_first)  # how this page writes "05.03.2025", for every reader below
        language = PAGE_LANGUAGE.set(page_or_months_language(lang, text))  # _page_written_months
        english = ENGLISH_PAGE.set(english_page(text, lang))  # whether "June 3 12.50" is a price
        slashed = SLASHED_DAY_FIRST.set(slashed_day_first(root, text))  # "10/08/2025" beside "13/08/2025"
        sections = SECTION_INDEX.set({})  # the page's headings, indexed once for every card's section heading
        try:
            return list(self.page_records(root))
        finally:
            SECTION_INDEX.reset(sections)
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
        refused = not_events_note(root, info, page_url or "the page", self.now())  # a timetable (_page_record_kinds)
        if refused is not None:  # "Route 5 timetable", "Daily court list", "TV listings": no events
            self.notes.append(refused)
            return

        def text() -> str:
            return " ".join(root.itertext())

        grid = self.grid_events(root, page_url, base, info)  # a month grid naming its days in its cells' ids
        if len(grid) >= MIN_ROWS:
            yield from finalize(day_times(without_site_affix(grid, info), text))
            return
        reader = BlockReader(zone=self.context.default_timezone, now=self.now(), base=base, page=page_url)
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
                yield from finalize(day_times(without_site_affix(own, info), text))
                return
        own = self.heading_dated(root, blocks, reader, page_url, base, info) if blocks else []
        if own:  # one meeting's page, dated in its heading, with cards of other days beside it (_page_heading_day)
            yield from finalize(day_times(without_site_affix(own, info), text))
            return
        if len(blocks) >= MIN_ROWS:
            twins = merge_card_twins(  # a card's caption and its detail panel: one event (_page_card_twins)
                blocks,
                [guarded_block(block, index, reader, page_url, self.context) for index, block in enumerate(blocks)],
            )
            twins = past_cards_off(blocks, twins, reader.now.date(), self.notes)  # an archive's (_page_past_cards)
            twins = sibling_place_lines(blocks, twins)  # a bare place line under every card's date
            twins = with_showings(blocks, twins)  # a card's several showings: one event each (_page_showings)
            twins = parts_off(twins, info, page_url)  # a tournament's stages under its own page (_page_event_parts)
            yield from finalize(day_times(without_site_affix((r for r in twins if r is not None), info), text))
            return
        try:
            guessed = self.guessed_events(root, page_url, base, info)
        except RECORD_ERRORS as exc:  # a hostile layout costs the guess, not the run
            self.notes.append(UNREADABLE_LAYOUT.format(error=type(exc).__name__))
            guessed = []
        if blocks and len(first_days(guessed)) < MIN_ROWS:  # a page's two days are one event (_page_own_days)
            # One card and no schedule beside it: the card is the page's event (at the time the page's own reading
            # gives it, when only that has one). A schedule of several dates beside one card-like block (a toggle
            # of one meeting's materials) is the page's list instead.
            records = with_showings(
                blocks,
                [guarded_block(block, index, reader, page_url, self.context) for index, block in enumerate(blocks)],
            )
            cards = timed_by_page([r for r in records if r is not None], guessed)
            yield from finalize(day_times(without_site_affix(cards, info), text))
            return
        yield from finalize(day_times(without_site_affix(guessed, info), text))

    def grid_events(self, root: Any, page_url: str | None, base: str | None, info: PageInfo) -> list[ParsedRecord]:
        """The events of a month grid whose day cells carry their ISO day in their id (_page_grid_cells), else of a
        week's timetable or booking grid, days across and times down (_page_week_grid)."""
        try:
            today, named = self.now().date(), schedule_name(None, info)
            items: list[Any] = grid_items(root, base) or week_grid_items(root, base or page_url, today, named)
            items = items or slot_items(root, base or page_url, today) or panel_items(root)  # _page_day_panels
            items = items or sessions_or_night(root, base or page_url, today)  # days' headings over timed rows
        except RECORD_ERRORS as exc:  # a hostile grid costs the grid, not the run
            self.notes.append(UNREADABLE_LAYOUT.format(error=type(exc).__name__))
            return []
        zone = self.context.default_timezone
        records: list[ParsedRecord] = []
        keys = [item.url or f"{page_url or ''}#{item.title}" for item in items]  # a session with no page of its own
        shared = {key for key, count in Counter(keys).items() if count > 1}
        for item, key in zip(items, keys, strict=True):
            start, zone_name = (
                in_zone(item.start.replace(tzinfo=zone), zone)
                if isinstance(item.start, dt.datetime)
                else in_zone(item.start, zone)
            )
            end = item.end.replace(tzinfo=zone) if item.end is not None else None
            records.append(
                RawEvent(
                    source=self.context.source,
                    external_id=f"{key}#{item.start.isoformat()}" if key in shared else key,
                    title=item.title,
                    start=start,
                    end=end,
                    all_day=not isinstance(start, dt.datetime),
                    timezone=zone_name,
                    url=item.url or page_url,
                    venue_name=getattr(item, "place", None),
                    confidence=BLOCK_CONFIDENCE,
                    evidence=[item.evidence],
                )
            )
        return records

    def heading_dated(
        self, root: Any, blocks: list[Any], reader: BlockReader, page_url: str | None, base: str | None, info: PageInfo
    ) -> list[ParsedRecord]:
        """The page's own event when its main heading dates it and its few cards are all on other days; else []."""
        day = heading_day(info.heading, today=self.now().date())
        if day is None:
            return []
        cards = [guarded_block(block, index, reader, page_url, self.context) for index, block in enumerate(blocks)]
        count = side_cards_only(cards, day)
        if count is None:
            return []
        try:
            own = self.own_event(root, page_url, base, info)
        except RECORD_ERRORS as exc:
            self.notes.append(UNREADABLE_LAYOUT.format(error=type(exc).__name__))
            return []
        if not on_heading_day(own, day):
            return []
        for record in own:
            if isinstance(record, RawEvent):
                record.evidence.append(HEADING_DAY_EVIDENCE.format(count=count))
        return own

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
        entries = [*own_days(single), *further_dates(lines, single, today=self.now().date())]
        return [self.entry_event(entry, info, page_url, description=description, url=url) for entry in entries]

    def guessed_events(self, root: Any, page_url: str | None, base: str | None, info: PageInfo) -> list[ParsedRecord]:
        """A schedule's meetings, else the events of the page's calendar links, else the one event it is about."""
        base = base or page_url
        body = root.find("body")
        body = body if body is not None else root
        lines = page_lines(body, base=base)
        today = self.now().date()
        # one meeting's fact table (or two); the page's one event's start and end under its heading
        heading, zone = info.heading_name or info.heading, self.context.default_timezone
        facts, read = fact_table_entries(body, base=base, today=today, zone=zone, heading=heading)
        tables, table_read = table_entries(body, base=base, today=today, skip=read)
        read |= table_read
        # "04.10. | keine Vorstellung": nothing on; the dark rows still count towards a schedule (_page_dark_days)
        schedule, dark = days_on(*tables, *line_entries(lines, today=today, skip_blocks=read, title=info.doc_title))
        schedule, past_notes = past_sections_off(schedule, today, lines)  # a "Previous events" table, coming beside
        self.notes.extend(past_notes)
        url = info.canonical or page_url  # one line under "What's on" is named by its own words (_page_listing_one)
        if facts:  # the page's meetings; another table's or line's dates are a schedule's, or its documents'
            others = [entry for entry in schedule if not stamped(entry.text, today=today)]
            meetings: list[ParsedRecord] = [self.entry_event(entry, info, page_url, url=url) for entry in facts]
            return meetings + [
                self.entry_event(entry, info, page_url) for entry in (others if len(others) >= MIN_ROWS else [])
            ]
        single = listed_one(read_single(lines, info, today=today, url=url), lines, today=today) or read_beside(
            lines, fact_box(root, base, info), info, today=today, url=url
        )
        schedule = agenda_dates_off(lines, single, without_related(lines, single, schedule))  # related cards, agendas
        day = heading_day(info.heading, today=today) if single is not None and schedule else None
        if (
            day is not None
            and single is not None
            and single.day == day
            and side_days_only((entry.day for entry in schedule), day)
        ):
            single.evidence.append(HEADING_DAY_EVIDENCE.format(count=len(schedule)))
            schedule = []  # one meeting's page, dated in its heading: the lines beside it are other days'
        schedule, single = news_rows(schedule, lines, single)  # stamped headlines; a news list of links (left37)
        # A schedule that is all news (a ticker's stamped headlines) is no listing beside the page's one event, when
        # that event is read from a line of its own (not one of the news lines: a news page is its news).
        news_only = (
            single is not None
            and all(entry.news for entry in schedule)
            and all(entry.line != single.line for entry in schedule)
        )
        # The page's event with its "Additional Dates" (past editions too) is its occurrences, not a schedule of them.
        more = single is not None and bool(further_dates(lines, single, today=today, past_editions=True))
        # Its "Previous editions" / "Past events" under a label of their own, below it: its past, not a schedule.
        more = more or (single is not None and past_editions_below(lines, single, schedule))
        # One table row under a header naming its date, a listing of one (ONE_ROW) on no event's page, or beside its past
        enough = len(schedule) + dark >= MIN_ROWS or listing_of_one(schedule, single is None, past_notes)
        # In the source's zone: a floating Google link's time is the page's local time, not a naive one.
        zone = self.context.default_timezone
        links = page_calendar_links(root, base_url=base, zone=zone)
        linked = [event for event in links if event.title and event.start]
        widgets = [event for event in linked if event.widget]
        if enough and widgets and all(any(starts_together(entry, w) for w in widgets) for entry in schedule):
            # The schedule's lines are the page's add-to-calendar widgets' own text: the widgets say it whole.
            return [self.linked_event(event, page_url) for event in widgets]
        if enough and not news_only and not more and not own_occasion(schedule, single, past_notes):
            schedule = merge_places_apart(schedule)  # one meeting per day and time, but two places are two
            titled_by_work(schedule, lines)  # a film's sessions under each cinema's heading (_page_work_sessions)
            labelled_dates(schedule, lines, info)  # a production's "Daten": its heading, each line's place
            work_screenings(schedule, info)  # a film's own page: its screenings' halls (_page_work_screenings)
            card_sides(schedule, lines)  # a match card's "Vitality" | "vs" | "Spirit" under its date line
            defaults = page_defaults(lines)
            apply_defaults(schedule, defaults, lines)
            apply_section_links(schedule, lines)
            online_rows(schedule, (line.text for line in lines))  # "held remotely via Zoom" (_page_remote_meetings)
            schedule = line_extras(schedule, lines)  # italic names, listed days, "Held in …" (_page_line_extras)
            unplaced = all(not e.location and not e.online for e in schedule)
            venue = (site_venue(lines, info) or heading_place(lines)) if unplaced else None
            for entry in schedule if venue else ():  # a venue's own page: its name over its address, once
                entry.location = venue
                entry.evidence.append(SITE_VENUE.format(venue=venue))
            return [self.entry_event(entry, info, page_url, subject=defaults.subject) for entry in schedule]
        # The page's one calendar link for the event its text is about: the text's reading (its documents, its
        # heading), with what only the link says; other links are events of their own.
        if linked and not (single is not None and len(linked) == 1 and starts_together(single, linked[0])):
            return [self.linked_event(event, page_url) for event in linked]
        if single is None:  # nothing dated: the page's weekly timetable, if it has one
            return self.weekly_events(lines, info, page_url)
        linked_fields(single, linked)
        # The lines under the heading, not the whole body: navigation and footers are not the event's.
        description = clean_paragraphs(page_description(lines, info))
        entries = [*own_days(single), *further_dates(lines, single, today=today)]  # "Additional Dates" too
        entries = date_led_one(entries, lines)  # "<b>March 8, 15, 2031:</b> <i>Tree Walks</i>" alone
        invited_places(entries, lines)  # "Join us at The Old Mill for …" (_page_invited_places)
        online_rows(entries, (line.text for line in lines))
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
        if (
            title is None
            and entry.document_name
            and not info.site_name
            and schedule_name(entry.heading, info, subject) is None
        ):
            title = entry.document_name  # "Notice and Agenda": the row's own name, the page naming nothing else
            evidence.append(DOCUMENT_NAME.format(name=title))
        if title is None:
            title, wording, from_subject = schedule_title(entry.heading, info, subject)
            body = documents_body(entry)
            if body is not None and not same_body(body, title):  # another body's agenda under the council's
                evidence.append(DOCUMENTS_TITLE.format(body=body, title=title))
                title, wording = meeting_title(body), body
            else:
                evidence.append((SUBJECT_TITLE if from_subject else SCHEDULE_TITLE).format(title=title))
            if entry.qualifier and names_meeting(entry.qualifier):  # "Finance Committee": the row names its own
                title, wording = meeting_title(entry.qualifier), entry.qualifier
                evidence.append(NAMED_ROW.format(name=entry.qualifier))
            elif entry.qualifier:  # one body's hearings for each town: "… - Parma", "… - Berea"
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
        if reads_as_closure(title, timed=has_clock(start)) or closing_day(entry.closing, title):
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
            online=entry.online,
            url=event_url,
            status=entry.status,
            sold_out=entry.sold_out,
            links=entry.links,
            confidence=confidence,
            evidence=evidence,
            source_title=wording if wording and wording != title else None,
        )

    def weekly_events(self, lines: list[Line], info: PageInfo, page_url: str | None) -> list[ParsedRecord]:
        """A weekly timetable's lines, each the series it states expanded in the window (_page_weekly_events)."""
        return weekly_events(self, lines, info, page_url, self.now().date())

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


READ_SCRIPT = "{page} shows no event in its markup: its events were read from the JSON {origin}"
READ_ATTRIBUTE = "{page} shows no event in its markup: its events were read from {origin}"
