"""XML documents whose repeated elements are events, in schemas nobody configured, and xCal calendars.

Agenda systems and calendars publish XML that is neither RSS nor Atom: BoardDocs' ``<meetings><meeting>``
exports, ``<events><event>`` lists of venue sites, a CMS's ``<calendar><item>``. Such a document is read
into plain data (``_xml_data``: attributes as keys, repeated elements as lists, text leaves) and then exactly
like a JSON API nobody configured: ``_json_infer`` finds the list of event-like records and infers a
``json_api`` mapping, which is ``self.inferred`` (``extract --show-mapping`` prints it). A source may also
give the mapping itself (``items`` and ``mapping`` as for ``json_api``, paths into the data above; ``parents`` and
``also``, more lists of the same records, as there). Records
the document flags as deleted or unpublished are skipped with a note as ``json_api`` skips them (its docstring
says which flags; ``skip_gone: false`` turns it off).

xCal (RFC 6321, iCalendar in XML, and the draft before it) is a standard, not a guess: it is written back as
iCalendar text (``_xml_xcal``) and read by the ``ics`` adapter, recurrence rules and time zones included. So are
calendars carried whole as element text (a CalDAV REPORT answer's ``calendar-data``, ``_xml_icalendar``). A series
stated in words (Exchange's ``<Recurrence><WeeklyRecurrence>…``) is read as its rule (``_json_pattern_rules``).

Records whose structured date has no time of day often say it in words: a description "… on Thursday,
October 18, 2018 at 9:30 A.M." or a title "Board Business Meeting - 6:30 PM". A time written with the
record's own date (or at the end of its title) is taken, with the evidence, and a title's trailing time is
cut (the source's title kept as ``source_title``).

Sniffed after RSS/Atom and iCalendar and before HTML: a document whose root element is a feed's or a web
page's is never claimed (a ``<feed>`` in another namespace than Atom's is some API's data, ``foreign_feed_root``),
and one in which no list of events is found is not either.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator, Mapping
from typing import Any

from sources.adapters._feed_guard import decode_feed, foreign_feed_root, is_feed_root, root_element
from sources.adapters._feed_intl import intl_time_on_day
from sources.adapters._feed_when import time_on_day
from sources.adapters._json_config import read_config
from sources.adapters._json_dayless import near_reference, reference
from sources.adapters._json_infer import infer
from sources.adapters._json_mapping import resolve
from sources.adapters._json_pattern_rules import with_pattern_rules
from sources.adapters._xml_data import XmlDocument, read_document
from sources.adapters._xml_icalendar import calendar_texts, holds_calendars, joined
from sources.adapters._xml_plain_rdf import plain_rdf
from sources.adapters._xml_tracks import refuse_tracks
from sources.adapters._xml_xcal import XCAL_DRAFT_NAMESPACE, XCAL_NAMESPACE, is_xcal, to_icalendar
from sources.adapters.base import (
    COMPLETE_FIELD,
    PATH_FIELD,
    URL_FIELD,
    Adapter,
    AdapterError,
    ConfigFieldError,
    ParsedRecord,
    RawEvent,
)
from sources.adapters.common import zone as common_zone
from sources.adapters.ics import ICalendarAdapter
from sources.adapters.json_api import JsonApiAdapter, check_reading_options
from sources.adapters.registry import register

SNIFF_BYTES = 4096
NO_EVENTS = "No list of event-like records (each with a title and a date) was found in the XML document."
NO_LOCATION = "An xml source needs a 'url' or a 'path'."
UNKNOWN_KEY = "Unknown xml config key {key!r}; known keys: {known}."
CONFIG_KEYS = frozenset(
    {"url", "path", "items", "mapping", "timezone", "complete_listing", "allow_private_network", "skip_gone", "parents",
     "also", "utc_clocks", "wall_epochs", "wall_offsets"}  # "also": _json_siblings; the others: their modules
)  # fmt: skip
TIME_FROM_TEXT = "start time {time} read from the {field} ('{excerpt}'); the structured date has no time"
TITLE_TIME_CUT = "time cut from the title"
TIMED_CONFIDENCE = 0.8  # a time read from words beside a structured date: right as a rule, not stated as data

# Root elements that are never this adapter's: web pages and the feed formats other adapters read.
NOT_MINE = frozenset({"html", "rss", "feed", "rdf", "svg", "kml", "gpx", "urlset", "sitemapindex", "opml"})
# "Board Business Meeting - 6:30 PM", "Council Meeting at 7 p.m.", "Work Session, 5:30pm". It starts at the
# separator, not at the spaces before it: a search starting at every space of a long run of them would take
# quadratic time (the spaces are cut from the title anyway).
_TITLE_TIME = re.compile(
    r"(?:[-–—,@|]|\bat\b)\s*(?P<time>(?:[01]?\d)(?::[0-5]\d)?\s*[ap]\.?\s?m\.?)\s*$",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"(?P<hour>\d{1,2})(?::(?P<minute>\d{2}))?\s*(?P<half>[ap])", re.IGNORECASE)


@register
class XmlDocumentAdapter(JsonApiAdapter):
    name = "xml"
    label = "XML document of events (agenda exports, custom schemas, xCal)"
    source_kind = "feed"
    config_fields = (URL_FIELD, PATH_FIELD, COMPLETE_FIELD)
    config_needs_location = True
    config_passthrough = True  # an operator's items/mapping objects, checked by read_config
    complete_listing = False
    sniff_priority = 60  # after rss and ics (50), before html and json_api (90)

    @classmethod
    def check_config(cls, config: Mapping[str, Any]) -> None:
        if not (config.get("url") or config.get("path")):
            raise ConfigFieldError("url", NO_LOCATION)
        unknown = sorted(set(config) - CONFIG_KEYS)
        if unknown:
            raise AdapterError(UNKNOWN_KEY.format(key=unknown[0], known=", ".join(sorted(CONFIG_KEYS))))
        check_reading_options(config)
        if config.get("mapping") or config.get("items"):
            read_config(config)

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        """An XML document (not a page or a feed) that is xCal, holds calendars as text, or in which a list of
        events is found."""
        head = decode_feed(payload[:SNIFF_BYTES])
        if not head.lstrip().startswith("<"):
            return False
        root, attributes = root_element(head)
        if root is None or is_feed_root(root, attributes, head):
            return False
        local = root.rpartition(":")[2].lower()
        if local in NOT_MINE and not foreign_feed_root(root, attributes) and not plain_rdf(root, head):
            return False  # an RDF/XML document that is no RSS 1.0 feed is data (_xml_plain_rdf)
        if local == "icalendar" and (XCAL_NAMESPACE in attributes or XCAL_DRAFT_NAMESPACE in attributes):
            return True
        try:
            document = read_document(payload)
        except AdapterError:
            return False
        # read as the parse reads it: a series stated in words as its rule (a run on listed weekdays: feeds 75)
        return holds_calendars(document.root) or infer(with_pattern_rules(document.data)) is not None

    def fetch(self) -> Iterator[ParsedRecord]:
        return Adapter.fetch(self)  # one document, not json_api's pages

    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        day = self.context.window.reading_day()  # where year-less dates are read near (_json_dayless)
        with reference(day):
            records = self._parse_document(payload)
        return near_reference(records, day)

    def _parse_document(self, payload: bytes) -> Iterator[ParsedRecord]:
        document = read_document(payload)
        self.notes.extend(document.problems)
        if is_xcal(document.root):
            return self._calendar(to_icalendar(document.root))
        calendars = calendar_texts(document.root)
        # iCalendar is a standard, not a guess: it wins over records inferred around it, unless those records are
        # more than the calendars (one record's attached invitation is that record's field, not the document).
        if calendars and not _records_outnumber(document.data, len(calendars)):
            return self._calendar(joined(calendars))
        return self._timed(self._records_of(document))

    def _records_of(self, document: XmlDocument) -> Iterator[ParsedRecord]:
        base_url = str(self.config.get("url") or self.context.base_url or "")
        if self.config.get("mapping"):
            return self._records(self._items(document.data), base_url=base_url)
        data = with_pattern_rules(document.data)  # a series stated in words is read as its rule (RRULE)
        found = infer(data)
        refuse_tracks(document.root_name, data, found.config["items"] if found else None)  # GPS (_xml_tracks)
        if found is None:
            raise AdapterError(NO_EVENTS)
        location = {key: self.config[key] for key in ("url", "path") if self.config.get(key)}
        # the document as read: json_api writes its rules and runs once, by the whole document's order (left45)
        records = self._parse_inferred(document.data)
        if self.inferred is not None:
            self.inferred = {**location, **self.inferred}  # what an operator would save: where, and how
        return records

    def _items(self, data: Any) -> list[Any]:
        """The configured list; one record where a list is expected is a list of one (XML cannot tell them apart)."""
        found = resolve(data, self.spec.items)
        nested = self.config.get("parents") or self.config.get("join")
        return [found] if isinstance(found, Mapping) and not nested else super()._items(data)

    def _calendar(self, text: str) -> Iterator[ParsedRecord]:
        """xCal, or calendars the document carries as text, read as the iCalendar they are."""
        calendar = ICalendarAdapter(config={}, context=self.context)
        records = list(calendar.parse(text.encode("utf-8")))
        self.notes.extend(calendar.notes)
        return iter(records)

    def _timed(self, records: Iterator[ParsedRecord]) -> Iterator[ParsedRecord]:
        for record in records:
            yield with_written_time(record, self.context.default_timezone) if isinstance(record, RawEvent) else record


def _records_outnumber(data: Any, calendars: int) -> bool:
    """Whether the list of records inferred in the document holds more items than it carries calendars."""
    inference = infer(data)
    items = resolve(data, inference.config["items"]) if inference is not None else None
    return isinstance(items, list) and len(items) > calendars


# --- a time written beside a date ------------------------------------------------------------------------
def with_written_time(record: RawEvent, default_zone: Any) -> RawEvent:
    """The record with the time of day its description or title states for its date-only start."""
    if record.all_day and not isinstance(record.start, dt.datetime) and _later_day(record.start, record.end):
        return _run_timed(record, common_zone(record.timezone, default_zone))
    if not record.all_day or isinstance(record.start, dt.datetime) or record.end is not None:
        return record
    zone = common_zone(record.timezone, default_zone)
    title_match = _TITLE_TIME.search(record.title)
    found = _from_description(record, zone) or _from_title(record, title_match, zone)
    if found is None:
        return record
    record = _retimed(record, *found)
    if title_match is not None and title_match.start() > 0:
        record = dataclasses.replace(
            record,
            title=record.title[: title_match.start()].rstrip(" -–—,@|"),
            source_title=record.source_title or record.title,
            evidence=[*record.evidence, TITLE_TIME_CUT],
        )
    return record


Timed = tuple[dt.datetime, dt.datetime | None, str]


def _from_description(record: RawEvent, zone: Any) -> Timed | None:
    # In English ("on Thursday, October 18, 2018 at 9:30 A.M."), else another language ("samedi 12 décembre à 19h")
    when = time_on_day(record.start, [record.description], zone=zone) or intl_time_on_day(
        record.start, [record.description], zone=zone
    )
    if when is None or not isinstance(when.start, dt.datetime):
        return None
    end = when.end if isinstance(when.end, dt.datetime) else None
    excerpt = _excerpt(record.description or "", when.start)
    return when.start, end, TIME_FROM_TEXT.format(time=f"{when.start:%H:%M}", field="description", excerpt=excerpt)


def _later_day(start: dt.date, end: Any) -> bool:
    return isinstance(end, dt.date) and not isinstance(end, dt.datetime) and end > start


def _run_timed(record: RawEvent, zone: Any) -> RawEvent:
    """A run of days whose description states the clock on its first day and on its last ("beginnt am Freitag, den
    30. September um 18:00 Uhr und endet am Sonntag, den 2. Oktober um 18:00 Uhr", "opens on … at 6 pm and closes on
    … at 4 pm"): from the one to the other (left42). A clock on one of the two days only leaves the days as given (a
    first day's doors, a last day's closing: no run's start and end)."""
    texts, end_day = [record.description], record.end
    first = time_on_day(record.start, texts, zone=zone) or intl_time_on_day(record.start, texts, zone=zone)
    last = time_on_day(end_day, texts, zone=zone) or intl_time_on_day(end_day, texts, zone=zone)  # type: ignore[arg-type]
    if first is None or last is None or not isinstance(first.start, dt.datetime):
        return record
    if not isinstance(last.start, dt.datetime) or last.start <= first.start:
        return record
    excerpt = _excerpt(record.description or "", first.start)
    evidence = TIME_FROM_TEXT.format(time=f"{first.start:%H:%M}", field="description", excerpt=excerpt)
    return _retimed(record, first.start, last.start, f"{evidence}; its last day's clock {last.start:%H:%M} the end")


def _from_title(record: RawEvent, title_match: re.Match[str] | None, zone: Any) -> Timed | None:
    start = _at(record.start, title_match.group("time"), zone) if title_match is not None else None
    if start is None or title_match is None:
        return None
    return (
        start,
        None,
        TIME_FROM_TEXT.format(time=f"{start:%H:%M}", field="title", excerpt=title_match.group(0).strip()),
    )


def _retimed(record: RawEvent, start: dt.datetime, end: dt.datetime | None, evidence: str) -> RawEvent:
    confidence = TIMED_CONFIDENCE if record.confidence is None else min(record.confidence, TIMED_CONFIDENCE)
    zone_name = getattr(start.tzinfo, "key", None) or record.timezone
    return dataclasses.replace(
        record,
        start=start,
        end=end,
        all_day=False,
        timezone=zone_name,
        confidence=confidence,
        evidence=[*record.evidence, evidence],
    )


def _at(day: dt.date, clock: str, zone: Any) -> dt.datetime | None:
    """``day`` at a clock time written "6:30 PM" / "7 p.m."; None when it is not a time."""
    match = _CLOCK.search(clock)
    if match is None:
        return None
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    if not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if match.group("half").lower() == "p" else 0)
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=zone or dt.UTC)


def _excerpt(text: str, moment: dt.datetime) -> str:
    """The words around where the text states the time (for the evidence), at most 80 characters."""
    flat = " ".join(text.split())
    hour = moment.hour % 12 or 12
    position = flat.find(f"{hour}:{moment:%M}") if moment.minute or f"{hour}:" in flat else -1
    position = flat.find(str(hour)) if position < 0 else position
    start = max(0, position - 50)
    return flat[start : start + 80].strip()
