"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds of events, read with feedparser.

A feed item is an event only when it says when the event happens. The date is taken, in this order, from:
1. the xCal namespace (``xcal:dtstart``/``xcal:dtend``, urn:ietf:params:xml:ns:xcal);
2. the RSS event module (``ev:startdate``/``ev:enddate``, http://purl.org/rss/1.0/modules/event/);
3. Google Calendar's Atom feeds (``gd:when startTime/endTime``, with the calendar's ``gCal:timezone``);
4. an event feed's own elements, found by local name whatever their namespace (``calendarEvent:EventDates``
   with ``EventTimes``, ``s:localstartdate``, ``bc:start_date``, a bare ``<startdate>``: see ``_feed_extras``);
5. a date written in the title or description ("Saturday, December 5, 7:30 PM"), read in the source's zone.
An item's pubDate/updated is when it was *published*, never when the event is: it only anchors dates
written without a year ("December 5" in a post of 20 November is this December 5, "Feb 20" in a post of 2 March
the one just past, and one that may be months past or months ahead is held: ``_feed_when.year_less``); a date
before the post gives way to a later one in the same text. One exception, for an item
with no date anywhere else, prose included: in a feed that says it lists events (an /events/ page or self link,
a calendar's namespace such as x-trumba, event pages as most items' guids or links, or most items dated well
after the fetch), a pubDate later than both the feed's own build time (its lastBuildDate, or the channel's
pubDate/updated) and the fetch cannot be a publication; such a date is the event's (The Events Calendar's
WordPress feed and Trumba write the event's start there), read with lower confidence and said so in the evidence.
A feed with no build time: so is an item's pubDate well after the fetch when the item's page is an event's, or
when most of the feed's items give their dates in the event module's (or xCal's, gd:when's) elements.
A feed with no build time whose pubDates are a programme (most later than the fetch, and the feed calling itself
a list of events, "Veranstaltungen", or its pubDates in date order where a blog's run newest first) has every
item's pubDate read as its start, past ones included: published with both signs, held with one
(``_feed_dates.pubdate_programme``). Dates to come alone, or a blog's past pubDates, are never a start.

Items that are not articles: a title that is only a date ("Saturday, March 2, 2024 8:00 PM") is read as the
start, and the event is named after the item's performer, else its description's first line, else the
feed's title, else "Event at <venue>" (the source's title kept as ``source_title``; ``confidence`` says how
good a name each is, and the last two are held for a moderator: ``_feed_extras.TITLE_CONFIDENCE``). Venue,
address, price, coordinates and organizer are read from extension elements by local name too. An item whose
guid or link is a calendar page every item links to is told apart by its start: see
``_feed_extras.distinct_id``. An item repeating an earlier one (the same start, end, title and place, written
with other case, spacing, dashes or accents) is set aside: ``_feed_repeats``.

Feeds are untrusted XML: ``_feed_guard`` refuses any document that declares entities or an internal DTD,
or that it cannot check, before feedparser sees it (feedparser's own parsers expand entities). This module maps
feedparser's entries to RawEvents: ``_feed_item`` holds the namespaces and an item's plain values, ``_feed_dates``
chooses an item's dates (``_feed_when`` reads each one), ``_feed_fields`` reads its other fields.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from collections.abc import Iterator, Mapping
from typing import Any

import feedparser
from django.conf import settings

from sources.adapters._feed_agenda_end import event_end
from sources.adapters._feed_alerts import ALERT_ITEM, alert_feed
from sources.adapters._feed_attr_whens import attribute_whens
from sources.adapters._feed_body_calendar import body_event_lines
from sources.adapters._feed_build_time import copied_build, fetched_build, item_stamps
from sources.adapters._feed_clock_place import clock_place
from sources.adapters._feed_closing_place import closing_place
from sources.adapters._feed_date_place import date_place
from sources.adapters._feed_dates import (
    BAD_DATE,
    PROSE_EVIDENCE,
    dated_feed,
    is_event_feed,
    item_dates,
    occurrence_whens,
    pubdate_ends,
    pubdate_programme,
)
from sources.adapters._feed_day_heads import day_head_dates, head_place
from sources.adapters._feed_day_programme import day_programme
from sources.adapters._feed_extras import (
    TYPE_NAMES,
    IdCounts,
    distinct_id,
    local_value,
    qualify_shared_ids,
)
from sources.adapters._feed_fields import (
    amount,
    item_categories,
    item_coordinates,
    item_currency,
    item_image,
    item_meeting_links,
    item_naming,
    item_organizer,
    item_price,
    item_status,
    item_venue,
)
from sources.adapters._feed_flags import item_gone
from sources.adapters._feed_guard import (
    ENTITIES_FORBIDDEN,
    check_with_xml_parser,
    decode_feed,
    is_feed_root,
    root_element,
    safe_feed,
)
from sources.adapters._feed_item import (
    DEFAULT_PREFIXES,
    EVENT_MODULE,
    GCAL,
    GDATA,
    FeedInfo,
    attribute,
    clean,
    external_id,
    item_description,
    namespaced,
    plain_text,
    raw_item,
    stamp_of,
    text_field,
)
from sources.adapters._feed_kicker_town import kicker_town
from sources.adapters._feed_link_day import with_link_day
from sources.adapters._feed_links import item_url
from sources.adapters._feed_listing import currency_element, item_image_link, item_labels
from sources.adapters._feed_live_items import live_items
from sources.adapters._feed_midnight_days import midnight_offset
from sources.adapters._feed_notice_window import notice_windows
from sources.adapters._feed_overrides import Replaced, is_replaced, replaced_for, replaced_starts
from sources.adapters._feed_overview_events import drop_overview_twins, overview_dates
from sources.adapters._feed_overview_title import overview_naming
from sources.adapters._feed_podcast import day_stamp_recording, podcast_feed
from sources.adapters._feed_post_stamps import post_stamped
from sources.adapters._feed_range_place import range_place
from sources.adapters._feed_recordings import recorded_before
from sources.adapters._feed_relative_links import site_path_url
from sources.adapters._feed_release_plan import release_plan
from sources.adapters._feed_repeats import drop_repeats
from sources.adapters._feed_showtimes import showtime_dates
from sources.adapters._feed_slug_place import slug_place
from sources.adapters._feed_tail_day import online_tag
from sources.adapters._feed_title_status import named_status
from sources.adapters._feed_tree import item_elements, occurrences, with_element_texts
from sources.adapters._feed_utc_days import utc_day_feed
from sources.adapters._feed_when import MAX_LISTED_DATES, When, text_when
from sources.adapters._feed_whole_days import whole_day
from sources.adapters._feed_zero_stamps import drop_zero_stamps
from sources.adapters._record_series import recurrence_calendar
from sources.adapters._recurrence import FileBudget
from sources.adapters._title_place import title_place
from sources.adapters.base import (
    COMPLETE_FIELD,
    PATH_FIELD,
    URL_FIELD,
    Adapter,
    AdapterError,
    ParsedRecord,
    RawEvent,
    RejectedRecord,
)
from sources.adapters.common import http_url, join, zone
from sources.adapters.ics import ICalendarAdapter
from sources.adapters.registry import register

# The adapter, and what tests and other modules read from this module since before its item readers moved out.
__all__ = ("BAD_DATE", "ENTITIES_FORBIDDEN", "PROSE_EVIDENCE", "FeedAdapter", "FeedInfo", "is_event_feed", "text_when")

EMPTY = "The feed is empty."
NOT_A_FEED = "Not an RSS or Atom feed: the document's root element is <{root}>."
NO_ROOT = "Not an RSS or Atom feed: no XML root element found."
UNREADABLE = "Unreadable feed: {error}"
NO_TITLE = "The item has no title."
DATE_TITLE = "The item's title is only its date, and no performer, description or feed title names it."
# A post whose first date is not among the dates a sentence of it lists: the list is read, and held.
LIST_DOUBT = 0.45
LIST_CUT = (
    "{count} item(s) list more than {limit} dates in one sentence; only the first {limit} of each are read "
    "(first: {first})."
)
SCHEDULED_CONFIDENCE = 0.7
NO_DATE = (
    "The item gives no event date: no xCal, ev:, gd:when or other start element, and none written in its title "
    "or description."
)
BAD_ITEM = "The item could not be read ({error})."
# A gd:recurrence the iCalendar reader refuses or cannot read: said, never dropped without a trace.
SERIES_REFUSED = "The recurrence of item {id} was refused: {reason}"
SERIES_UNREAD = "The recurrence of item {id} could not be read ({reason}); the item was read from its other dates."
NO_SERIES_START = "no DTSTART line"
SERIES_NOTE = "{count} item(s) had a recurrence that was refused or could not be read. First: {first}"
SNIFF_BYTES = 4096
# Occurrences of gd:recurrence series per feed document, all its items together, as an iCalendar file has one
# cap for all its series: 50 items of FREQ=HOURLY (6 KB) must not become 100,000 events. A feed lists its
# latest items (tens, a few hundred); 10,000 is 27 daily series over a year's window.
MAX_FEED_OCCURRENCES = 10_000


def feed_budget() -> FileBudget:
    return FileBudget(seconds=float(settings.RECURRENCE_BUDGET_SECONDS), max_occurrences=MAX_FEED_OCCURRENCES)


@register
class FeedAdapter(Adapter):
    name = "rss"
    label = "RSS / Atom feed of events"
    source_kind = "feed"
    config_needs_location = True
    config_fields = (URL_FIELD, PATH_FIELD, COMPLETE_FIELD)
    # A feed lists its latest N items, not every upcoming event: an event missing from it is not withdrawn.
    complete_listing = False

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        head = decode_feed(payload[:SNIFF_BYTES])
        root, attributes = root_element(head)
        return root is not None and is_feed_root(root, attributes, head)

    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        if not payload.strip():
            raise AdapterError(EMPTY)
        text, document = safe_feed(payload)
        root, attributes = root_element(text[:SNIFF_BYTES])
        if root is None:
            raise AdapterError(NO_ROOT)
        if not is_feed_root(root, attributes, text[:SNIFF_BYTES]):
            raise AdapterError(NOT_A_FEED.format(root=root))
        check_with_xml_parser(document, text)
        headers = {"content-location": self.context.base_url} if self.context.base_url else None
        result = feedparser.parse(io.BytesIO(document), response_headers=headers)
        drop_zero_stamps(result)  # Hugo's "01 Jan 0001" for an undated page: no date (_feed_zero_stamps)
        if not result.get("version") and not result.get("entries"):
            raise AdapterError(UNREADABLE.format(error=result.get("bozo_exception") or "unknown format"))
        info = self._feed_info(result)
        entries = result.get("entries", [])
        if alert_feed(result.get("namespaces")):
            # An alerting service's warnings (the Common Alerting Protocol's namespace): no item is an event.
            for entry in entries:
                yield RejectedRecord(external_id=external_id(entry), reason=ALERT_ITEM, raw=raw_item(entry))
            return
        podcast = podcast_feed(entries, result)  # episodes: _feed_podcast
        event_feed = is_event_feed(result, info.now) and not podcast
        info = dataclasses.replace(
            info,
            podcast=podcast,
            ids=IdCounts.of(entries),
            event_feed=event_feed,
            programme=pubdate_programme(result, info.now, info.built),
            post_stamps=post_stamped(entries),  # pubDates at odd seconds: posts' (_feed_post_stamps)
            ended=pubdate_ends(result, info.zone, event_feed=event_feed),
            day_programme=day_programme(entries, info.now, info.built),  # RSS 1.0 <date> days: _feed_day_programme
            notice_windows=notice_windows(entries),  # ev: dates that are display windows: _feed_notice_window
            utc_days=utc_day_feed(entries),  # every pubDate at midnight UTC: day stamps (_feed_utc_days)
            day_offset=midnight_offset(entries, info.zone, event_feed=event_feed),  # _feed_midnight_days
        )
        info = dataclasses.replace(info, dated=dated_feed(entries, info))
        self._cut_lists: list[str] = []
        self._series_problems: list[str] = []
        # Each item's own element, for what feedparser's flat entry loses (repeated blocks, a place's parts).
        elements = item_elements(document, len(entries)) or [None] * len(entries)
        # Occurrences of a series that an exception item moves or cancels (gd:originalEvent): not the series' too.
        self._replaced = replaced_starts(elements)
        # All of the feed's records first: an id two of them share is known only once every item is read.
        records = list(self._all_records(entries, elements, info))
        # A podcast's live shows, written beside the items with their schedule as attributes (_feed_live_items).
        for live in live_items(document, info.zone):
            identifier = f"{live.entry.get('id') or live.entry['title']}@{live.when.start.isoformat()}"
            records.append(self._record(live.entry, info, live.when, live.element, identifier=identifier))
        if self._cut_lists:
            self.notes.append(
                LIST_CUT.format(count=len(self._cut_lists), limit=MAX_LISTED_DATES, first=self._cut_lists[0])
            )
        if self._series_problems:
            self.notes.append(SERIES_NOTE.format(count=len(self._series_problems), first=self._series_problems[0]))
        yield from qualify_shared_ids(drop_repeats(drop_overview_twins(records)))  # _feed_overview_events

    def _all_records(
        self, entries: list[Mapping[str, Any]], elements: list[Any], info: FeedInfo
    ) -> Iterator[ParsedRecord]:
        for entry, element in zip(entries, elements, strict=True):
            try:
                yield from self._entry_records(with_element_texts(entry, element), element, info)
            except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as exc:
                yield RejectedRecord(
                    external_id=external_id(entry),
                    reason=BAD_ITEM.format(error=type(exc).__name__),
                    raw=raw_item(entry),
                )

    def _feed_info(self, result: Mapping[str, Any]) -> FeedInfo:
        prefixes: dict[str, tuple[str, ...]] = {}
        declared = result.get("namespaces") or {}
        for namespace, default in DEFAULT_PREFIXES.items():
            found = [str(prefix).lower() for prefix, uri in declared.items() if prefix and uri == namespace]
            prefixes[namespace] = tuple(dict.fromkeys([*found, default]))
        # Google's calendar zone outranks the source's: it is what the calendar's own times mean.
        calendar_zone = zone(attribute(namespaced(result.get("feed") or {}, prefixes, GCAL, "timezone"), "value"))
        feed_zone = calendar_zone or self.context.default_timezone
        window_start = self.context.window.start
        reference = window_start if window_start.tzinfo else window_start.replace(tzinfo=feed_zone or dt.UTC)
        now = reference + dt.timedelta(days=1)  # the window is yesterday to a year on (default_window)
        channel = result.get("feed") or {}
        return FeedInfo(
            prefixes=prefixes,
            zone=feed_zone,
            fallback_reference=reference,
            budget=feed_budget(),
            now=now,
            channel_title=clean(channel.get("title")),
            page=http_url(channel.get("link")),
            built=copied_build(  # none still to come, nor the newest item's own date (_feed_build_time)
                fetched_build(
                    max(
                        filter(None, (stamp_of(channel, key) for key in ("updated_parsed", "published_parsed"))),
                        default=None,
                    ),
                    now,
                    self.context.window.fetched,
                ),
                now,
                item_stamps(result),
            ),
        )

    def _entry_records(self, entry: Mapping[str, Any], element: Any, info: FeedInfo) -> Iterator[ParsedRecord]:
        """The item's event; for a series given only as recurrence lines, each occurrence in the window; for an
        item whose element lists its sessions (one block each, with its start and end), one event on each; for a
        post that lists the dates of several events in one sentence, one event on each."""
        series = self._occurrences(entry, info)
        if series is not None:
            replaced = Replaced.of(replaced_for(entry, getattr(self, "_replaced", {})))
            # A series with no occurrence in the window yields nothing, as a calendar file's would.
            for occurrence in series:
                if not isinstance(occurrence, RawEvent):
                    yield occurrence  # the series was refused: the item's own rejection, with the reader's reason
                    continue
                if is_replaced(occurrence.start, replaced):
                    continue  # another item is this occurrence now (moved or cancelled)
                when = When(occurrence.start, occurrence.end, occurrence.all_day, occurrence.timezone)
                yield self._record(
                    entry, info, when, element, identifier=occurrence.external_id, rrule=occurrence.rrule
                )
            return
        sessions = occurrence_whens(occurrences(element), info) or attribute_whens(element, info.zone)
        if sessions:
            for when in sessions:
                session = f"{external_id(entry)}@{when.start.isoformat()}"
                yield self._record(entry, info, when, element, identifier=session)
            return
        dates = with_link_day(item_dates(entry, info, element), entry, info)  # a day only in its address: feeds83
        dates = overview_dates(dates, entry, info)  # each day of an overview (left36)
        dates = showtime_dates(dates, entry, info)  # each showing of a "Showtimes:" line (feeds85)
        dates = day_head_dates(dates, entry, info)  # "Sat 10/3 · 7 PM | Venue |" opening the text (feeds86)
        if not dates.whens:
            yield RejectedRecord(external_id=external_id(entry), reason=dates.problem or NO_DATE, raw=raw_item(entry))
            return
        recorded = recorded_before(entry, dates.whens, info.zone)  # an episode of a day past (_feed_recordings)
        recorded = recorded or (day_stamp_recording(entry, dates.whens) if info.podcast else None)  # _feed_podcast
        recorded = recorded or release_plan(entry, [entry.get("title"), item_description(entry)])  # "weekly from …"
        if recorded is not None:
            yield RejectedRecord(external_id=external_id(entry), reason=recorded, raw=raw_item(entry))
            return
        if dates.cut:
            self._cut_lists.append(external_id(entry))
        for index, when in enumerate(dates.whens):
            when = event_end(when, item_description(entry)) if len(dates.whens) == 1 else when  # "23:30 - Ende"
            # The date the item is read by alone keeps the item's id, so adding a date to a post adds an event.
            identifier = None if index == dates.own else f"{external_id(entry)}@{when.start.isoformat()}"
            yield self._record(
                entry, info, when, element, identifier=identifier, scheduled=dates.scheduled, doubt=dates.doubt
            )

    def _occurrences(self, entry: Mapping[str, Any], info: FeedInfo) -> list[ParsedRecord] | None:
        """A gd:recurrence series (no gd:when) read by the iCalendar reader: its occurrences in the window,
        with its TZIDs, exceptions and expansion bounds. None when the item is not such a series or its lines
        cannot be read (the item is then read like any other, and a note says why its recurrence was not).
        A series the reader refuses (an RRULE it cannot expand, a DTSTART that is no date) is the item's
        rejection, with the reader's reason, and a note: never an item gone without a trace.

        Every series of the document spends the document's one budget: once it is spent (the reader's note
        says which bound), later series yield nothing, as later series of an iCalendar file do.
        """
        if info.field(entry, GDATA, "when"):
            return None
        # gd:recurrence's lines, else those of a VEVENT written in the item's body (_feed_body_calendar)
        text = text_field(info.field(entry, GDATA, "recurrence")) or body_event_lines(entry)
        calendar = recurrence_calendar(text, external_id(entry)) if text else None
        if calendar is None:
            if text:
                self._series_problems.append(SERIES_UNREAD.format(id=external_id(entry), reason=NO_SERIES_START))
            return None
        if info.budget.stopped:
            return []
        reader = ICalendarAdapter(config={}, context=dataclasses.replace(self.context, default_timezone=info.zone))
        try:
            records = list(reader.parse_within(calendar.encode("utf-8"), info.budget))
        except AdapterError as exc:
            self._series_problems.append(SERIES_UNREAD.format(id=external_id(entry), reason=exc))
            return None
        self.notes.extend(reader.notes)
        self.listing_truncated = self.listing_truncated or reader.listing_truncated
        events: list[ParsedRecord] = [record for record in records if isinstance(record, RawEvent)]
        refused = [record.reason for record in records if isinstance(record, RejectedRecord)]
        if not refused:
            return events
        reason = SERIES_REFUSED.format(id=external_id(entry), reason=refused[0])
        self._series_problems.append(reason)
        return events or [RejectedRecord(external_id=external_id(entry), reason=reason, raw=raw_item(entry))]

    def _record(
        self,
        entry: Mapping[str, Any],
        info: FeedInfo,
        when: When,
        element: Any = None,
        *,
        identifier: str | None = None,
        rrule: str | None = None,
        scheduled: str | None = None,
        doubt: str | None = None,
    ) -> ParsedRecord:
        when = whole_day(when)  # 00:00 to 23:59 is the day (_feed_whole_days)
        title = clean(entry.get("title"))
        description = item_description(entry)
        identifier = identifier or distinct_id(entry, info.ids, when.start.isoformat(), feed_page=info.page)
        venue_name, address, online = item_venue(entry, info, element)
        online = online or online_tag(title)  # "[Online] Python Workshop": _feed_tail_day (mend59b)
        venue_name = venue_name or (None if address or online else range_place(description))  # "19:00–21:00 Room 4B"
        venue_name = venue_name or (
            None if address or online else clock_place(description) or date_place(description)
        )  # "8 AM at Oak Park", "on April 14 in Franklin Hall" (_feed_date_place)
        venue_name = venue_name or (None if address or online else head_place(description, info))  # "Sat 10/3 | Hall |"
        city = None
        if not (venue_name or address or online):  # "Skunk D.F. @ Sala Arena, Madrid": the title's place
            venue_name, address, city = title_place(title)
            if venue_name is None:  # "NAME at PLACE", its page named for NAME: _feed_slug_place
                title, venue_name, address, city = slug_place(title, entry.get("link"))
        if not (venue_name or address or online or city):  # "10–11 OCTOBRE · BEAUNE": _feed_kicker_town
            links = [entry.get("link"), entry.get("id")]
            city = kicker_town(description, links, when.start, info.zone, info.fallback_reference, title=title)
        if not (venue_name or address or online or city):  # "… Flucht. Polit-Forum Bern, Bern.": _feed_closing_place
            venue_name, city = closing_place(plain_text(description), title) or (None, None)
        if title is None:  # an item without a title is a CMS slip, not an event to name ourselves
            return RejectedRecord(external_id=identifier, reason=NO_TITLE, raw=raw_item(entry))
        naming = item_naming(entry, info, title, description, venue_name, start=when.start)
        if naming is None:
            return RejectedRecord(external_id=identifier, reason=DATE_TITLE, raw=raw_item(entry))
        naming, status = named_status(naming)  # "Board - Cancellation" (_feed_title_status)
        naming = overview_naming(naming, description, when.start, info.zone)  # "Jahresprogramm": _feed_overview_title
        # Labels one element each (Google Base's g:label) are lost by feedparser but the last: read from the item.
        categories = list(dict.fromkeys([*item_categories(entry), *item_labels(element)]))
        event_type = text_field(info.field(entry, EVENT_MODULE, "type")) or local_value(entry, TYPE_NAMES)
        latitude, longitude = item_coordinates(entry)
        price = item_price(entry)
        return RawEvent(
            source=self.context.source,
            external_id=identifier,
            title=naming.title,
            source_title=naming.source_title,
            confidence=_confidence(naming.confidence, scheduled, doubt),
            evidence=[*naming.evidence, *filter(None, (scheduled, doubt))],
            description=description,
            start=when.start,
            end=when.end,
            all_day=when.all_day,
            timezone=when.timezone,
            venue_name=venue_name,
            address=address,
            city=city,
            latitude=latitude,
            longitude=longitude,
            url=item_url(entry, element) or site_path_url(entry.get("link"), info.page),  # _feed_relative_links
            image_url=item_image(entry) or item_image_link(entry),
            organizer=item_organizer(entry, info),
            cost_type=price.cost_type,
            price_min=amount(price.price_min),
            price_max=amount(price.price_max),
            currency=currency_element(entry)
            or (item_currency(entry) if price.price_min is not None or price.price_max else None),
            status=status
            or item_status(naming.title, info.field(entry, GDATA, "eventstatus"), deleted=item_gone(entry, info)),
            online=online,
            links=item_meeting_links(entry, info) if online else [],  # "Virtual Meeting - https://zoom.us/j/…"
            rrule=rrule,
            source_category=join(categories) or event_type,
            tags=list(dict.fromkeys(label.lower() for label in [*categories, *([event_type] if event_type else [])])),
        )


def _confidence(named: float | None, scheduled: str | None, doubt: str | None) -> float | None:
    """The name's confidence, lowered when the date is the pubDate's guess or one of two readings."""
    if doubt:
        return min(named or 1.0, LIST_DOUBT)
    return min(named or 1.0, SCHEDULED_CONFIDENCE) if scheduled else named
