"""Add-to-calendar links as evidence of an event: Google Calendar, Outlook, Yahoo, AddEvent, linked ``.ics``.

Pure. ``read_calendar_link(href)`` reads one link's query into a ``LinkedEvent``; ``page_calendar_links(root,
base_url=…)`` reads every such link under an lxml element (a page or one event block), and AddEvent's
``<div class="addeventatc">`` widgets (and the older AddToCalendar ``<var class="atc_event">`` ones).

How each service writes its parameters (as their generators and the add-event-to-calendar-docs project
describe them):

* Google ``calendar.google.com/calendar/render?action=TEMPLATE`` (also ``/calendar/event``, ``/r/eventedit``):
  ``text``, ``dates=START/END`` in ``20231214T093000Z`` (UTC), ``20231214T093000`` (floating: the reader's
  zone, unless ``ctz`` names one) or ``20231214/20231215`` (all day, the end day exclusive), ``location``,
  ``details``.
* Outlook ``outlook.live.com`` / ``outlook.office.com`` (``path=/calendar/action/compose`` or a
  ``/calendar/…/compose`` path): ``subject``, ``startdt``/``enddt`` in ISO 8601 (``Z``, an offset, floating,
  or a date with ``allday=true``), ``location``, ``body``.
* Yahoo ``calendar.yahoo.com/?v=60``: ``title``, ``st`` (as Google's), ``et`` or ``dur`` (``HHMM``),
  ``in_loc``, ``desc``.
* AddEvent ``addevent.com`` links and widgets: ``start``/``end`` as ``MM/DD/YYYY hh:mm AM`` (or
  ``date_format`` ``DD/MM/YYYY``, or ISO), ``timezone``, ``title``, ``location``, ``description``,
  ``all_day_event``.
* A link to a ``.ics`` file (or ``webcal:``) says nothing by itself: kind "ics", only ``href``; the
  ``jsonld`` adapter fetches it when the source may follow links.

Times: aware when the link states UTC, an offset or a zone; naive ("floating") when it states none, which
a calendar reads in its user's zone, so a page reads it in the page's zone: ``page_calendar_links(…,
zone=…)`` does that. An all-day ``end`` is the last day, inclusive (None for a single day), as in RawEvent.
Anything unreadable in a link leaves that field None; a link with neither a title nor a start is not an
event.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import zoneinfo
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sources.adapters._calendar_data_attrs import data_attribute_values
from sources.adapters._ical_basic import basic_day, basic_moment
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters.common import absolute_url, on_24_hour_clock, plausible
from sources.adapters.webpage import clean_paragraphs, clean_text

GOOGLE, OUTLOOK, YAHOO, ADDEVENT, ICS = "google", "outlook", "yahoo", "addevent", "ics"
MAX_LINKS = 500  # calendar links read per page: more is a hostile page, not a calendar
# Links looked at per page, calendar or not: a long page's menus and archives do not hide its calendar
# links (MAX_LINKS counted every <a>), but a hostile page's million links are not all read.
MAX_ANCHORS = 100_000

_DURATION = re.compile(r"^(\d{1,2})(\d{2})$")
# AddEvent's default "12/14/2023 09:30 AM"; the time part optional.
_SLASHED = re.compile(
    r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp])?\.?[Mm]?\.?)?$"
)
_TRUE = frozenset({"true", "1", "yes"})
_GOOGLE_PATHS = ("/calendar/render", "/calendar/event", "/calendar/r/eventedit", "/calendar/u/")


@dataclasses.dataclass(frozen=True, slots=True)
class LinkedEvent:
    """What one calendar link states. Times are aware (UTC or the link's zone), naive when the link gives no
    zone (floating), or dates for all-day events (``end`` then the last day, inclusive)."""

    kind: str  # "google", "outlook", "yahoo", "addevent" or "ics"
    href: str  # the link itself, absolute
    title: str | None = None
    start: dt.datetime | dt.date | None = None
    end: dt.datetime | dt.date | None = None
    all_day: bool = False
    timezone: str | None = None
    location: str | None = None
    details: str | None = None
    widget: bool = False  # read from a widget's hidden fields on the page, not from a link


# --- values ------------------------------------------------------------------------------------------------
def named_zone(value: str | None) -> zoneinfo.ZoneInfo | None:
    if not value or len(value) > 64:
        return None
    try:
        return zoneinfo.ZoneInfo(value.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def compact_moment(value: str | None, zone: zoneinfo.ZoneInfo | None) -> dt.datetime | dt.date | None:
    """``20231214T093000Z`` (UTC), ``20231214T093000`` (floating, or in ``zone``), ``20231214`` (a date): iCalendar's
    basic forms, read by ``_ical_basic`` as the iCalendar reader reads them (a "t" or "z" in either case)."""
    text = (value or "").strip().upper()
    moment: dt.datetime | dt.date | None = basic_day(text) or basic_moment(text)
    if isinstance(moment, dt.datetime) and moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)  # None: floating, as the link wrote it
    return moment if moment is not None and plausible(moment) else None


def iso_moment(value: str | None, zone: zoneinfo.ZoneInfo | None) -> dt.datetime | dt.date | None:
    """ISO 8601 as Outlook writes it. A "+" in an offset often arrives decoded to a space: put it back."""
    text = re.sub(r" (\d{2}:?\d{2})$", r"+\1", (value or "").strip())
    if not text:
        return None
    try:
        moment: dt.datetime | dt.date = (
            dt.date.fromisoformat(text) if len(text) == 10 else dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        )
    except ValueError:
        return compact_moment(text, zone)
    if isinstance(moment, dt.datetime) and moment.tzinfo is None and zone is not None:
        moment = moment.replace(tzinfo=zone)
    return moment if plausible(moment) else None


def slashed_moment(
    value: str | None, zone: zoneinfo.ZoneInfo | None, *, day_first: bool
) -> dt.datetime | dt.date | None:
    """AddEvent's ``12/14/2023 09:30 AM`` (or day first), else ISO."""
    text = " ".join((value or "").split())
    match = _SLASHED.match(text)
    if not match:
        return iso_moment(text, zone) or written_moment(text, zone)
    first_part, second_part, year, hour, minute, second, half = match.groups()
    month, day = (second_part, first_part) if day_first else (first_part, second_part)
    try:
        if hour is None:
            return dt.date(int(year), int(month), int(day))
        hours = on_24_hour_clock(int(hour), half)
        moment = dt.datetime(int(year), int(month), int(day), hours, int(minute), int(second or 0), tzinfo=zone)
    except ValueError:
        return None
    return moment if plausible(moment) else None


def written_moment(text: str, zone: zoneinfo.ZoneInfo | None) -> dt.datetime | dt.date | None:
    """A widget's start or end as the page shows it ("Thursday, February 22, 2024 12:00 PM": an AddEvent widget's
    spans are visible text, and sites fill them in their own words): read as the page reader reads a date, only
    with its year written (a widget's date is not guessed at)."""
    hits = find_dates(text, year_hint=None, today=_ANY_DAY)
    if not hits or not hits[0].year_written:
        return None
    clock = find_clock(text[hits[0].end :])
    if clock is None:
        return hits[0].date
    moment = dt.datetime.combine(hits[0].date, clock.start, tzinfo=zone)
    return moment if plausible(moment) else None


_ANY_DAY = dt.date(2000, 1, 1)  # the reader's clock, unused: only a date with its year written is taken


def inclusive_end(start: dt.date | None, end: dt.date | None) -> dt.date | None:
    """An all-day end given exclusive (the day after, as Google and iCalendar write it) as the last day."""
    if start is None or end is None or isinstance(end, dt.datetime) or isinstance(start, dt.datetime):
        return None
    last = end - dt.timedelta(days=1)
    return last if last > start else None


def text_param(params: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in params.get(key, []):
            text = clean_text(value)
            if text:
                return text
    return None


def paragraph_param(params: dict[str, list[str]], *keys: str) -> str | None:
    for key in keys:
        for value in params.get(key, []):
            text = clean_paragraphs(value)
            if text:
                return text.strip() or None
    return None


# --- one link ----------------------------------------------------------------------------------------------
def link_kind(href: str) -> str | None:
    try:
        parts = urlsplit(href)
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    path = parts.path.lower()
    query = parts.query.lower()
    if parts.scheme.lower() == "webcal" or path.endswith(".ics") or re.search(r"(?:^|&)(?:outlook-)?ical=1\b", query):
        return ICS
    if re.search(r"(?:^|\.)google\.[a-z.]+$", host) and (path.startswith(_GOOGLE_PATHS) or "action=template" in query):
        return GOOGLE
    if host.startswith("outlook.") and "/calendar" in (path + "?" + query.replace("%2f", "/")):
        return OUTLOOK
    if host == "calendar.yahoo.com":
        return YAHOO
    if host == "addevent.com" or host.endswith(".addevent.com"):
        return ADDEVENT
    return None


def read_calendar_link(href: str) -> LinkedEvent | None:
    """The event one add-to-calendar link describes; None for any other link."""
    if not isinstance(href, str) or len(href) > 8192:
        return None
    href = href.strip()
    kind = link_kind(href)
    if kind is None:
        return None
    if kind == ICS:
        return LinkedEvent(kind=ICS, href=re.sub(r"^webcal:", "https:", href, flags=re.IGNORECASE))
    try:
        params = parse_qs(urlsplit(href).query, keep_blank_values=False)
    except ValueError:
        return None
    readers = {GOOGLE: google, OUTLOOK: outlook, YAHOO: yahoo, ADDEVENT: addevent}
    event = readers[kind](href, params)
    return event if event.title or event.start else None


def google(href: str, params: dict[str, list[str]]) -> LinkedEvent:
    zone_name = text_param(params, "ctz")
    zone = named_zone(zone_name)
    start_text, _, end_text = (text_param(params, "dates") or "").partition("/")
    start, end = compact_moment(start_text, zone), compact_moment(end_text, zone)
    all_day = start is not None and not isinstance(start, dt.datetime)
    return LinkedEvent(
        kind=GOOGLE,
        href=href,
        title=text_param(params, "text"),
        start=start,
        end=inclusive_end(start, end) if all_day else end,
        all_day=all_day,
        timezone=zone.key if zone else None,
        location=text_param(params, "location"),
        details=paragraph_param(params, "details"),
    )


def outlook(href: str, params: dict[str, list[str]]) -> LinkedEvent:
    start = iso_moment(text_param(params, "startdt"), None)
    end = iso_moment(text_param(params, "enddt"), None)
    all_day = (text_param(params, "allday") or "").lower() in _TRUE or (
        start is not None and not isinstance(start, dt.datetime)
    )
    if all_day:
        # Outlook's all-day end is the day after, as in iCalendar.
        start, end = as_date(start), inclusive_end(as_date(start), as_date(end))
    elif not isinstance(end, dt.datetime):
        end = None  # a date alone says nothing about a timed event's end
    return LinkedEvent(
        kind=OUTLOOK,
        href=href,
        title=text_param(params, "subject"),
        start=start,
        end=end,
        all_day=all_day,
        location=text_param(params, "location"),
        details=paragraph_param(params, "body"),
    )


def as_date(moment: dt.datetime | dt.date | None) -> dt.date | None:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def yahoo(href: str, params: dict[str, list[str]]) -> LinkedEvent:
    start = compact_moment(text_param(params, "st"), None)
    end = compact_moment(text_param(params, "et"), None)
    duration = _DURATION.match(text_param(params, "dur") or "")
    if end is None and duration and isinstance(start, dt.datetime):
        end = start + dt.timedelta(hours=int(duration.group(1)), minutes=int(duration.group(2)))
    all_day = start is not None and not isinstance(start, dt.datetime)
    return LinkedEvent(
        kind=YAHOO,
        href=href,
        title=text_param(params, "title", "TITLE"),
        start=start,
        end=None if all_day else end,
        all_day=all_day,
        location=text_param(params, "in_loc"),
        details=paragraph_param(params, "desc"),
    )


def addevent(href: str, params: dict[str, list[str]]) -> LinkedEvent:
    return addevent_fields(ADDEVENT, href, {key: values[0] for key, values in params.items() if values})


def addevent_fields(kind: str, href: str, values: dict[str, str]) -> LinkedEvent:
    """AddEvent's fields, from a link's query or a widget's spans (the same names)."""
    zone_name = clean_text(values.get("timezone"))
    zone = named_zone(zone_name)
    day_first = (values.get("date_format") or "").strip().upper().startswith("DD")
    start = slashed_moment(values.get("start"), zone, day_first=day_first)
    end = slashed_moment(values.get("end"), zone, day_first=day_first)
    all_day = (values.get("all_day_event") or "").strip().lower() in _TRUE or (
        start is not None and not isinstance(start, dt.datetime)
    )
    if all_day:  # AddEvent's end is the last day itself
        start, end = as_date(start), as_date(end)
        end = end if start is not None and end is not None and end > start else None
    return LinkedEvent(
        kind=kind,
        href=href,
        title=clean_text(values.get("title")),
        start=start,
        end=end,
        all_day=all_day,
        timezone=zone.key if zone else None,
        location=clean_text(values.get("location")),
        details=clean_paragraphs(values.get("description")),
    )


# --- a page --------------------------------------------------------------------------------------------------
_WIDGET_FIELDS = ("start", "end", "timezone", "title", "description", "location", "all_day_event", "date_format")


def widget_events(root: Any, base_url: str | None) -> Iterator[LinkedEvent]:
    """AddEvent widgets (``<div class="addeventatc">`` with ``<span class="start">``…) and AddToCalendar's
    ``<var class="atc_event">`` (``atc_date_start``…), which carry the event in the page instead of a link."""
    href = base_url or "page"
    for element in root.iter():
        classes = str(element.get("class") or "").split() if isinstance(element.tag, str) else []
        if "addeventatc" in classes:
            values = {name: child_text(element, name) for name in _WIDGET_FIELDS}
            event = addevent_fields(ADDEVENT, href, {key: value for key, value in values.items() if value})
            yield dataclasses.replace(event, widget=True)
        elif "atc_event" in classes:
            values = {
                "start": child_text(element, "atc_date_start"),
                "end": child_text(element, "atc_date_end"),
                "timezone": child_text(element, "atc_timezone"),
                "title": child_text(element, "atc_title"),
                "description": child_text(element, "atc_description"),
                "location": child_text(element, "atc_location"),
            }
            event = addevent_fields(ADDEVENT, href, {key: value for key, value in values.items() if value})
            yield dataclasses.replace(event, widget=True)
        elif (carried := data_attribute_values(element)) is not None:  # a button's data-start (_calendar_data_attrs)
            yield dataclasses.replace(addevent_fields(ADDEVENT, href, carried), widget=True)


# The widgets' own classes: AddEvent's button, AddToCalendar's wrapper and its hidden event.
WIDGET_CLASSES = frozenset({"addeventatc", "addtocalendar", "atc_event"})


def in_calendar_widget(element: Any) -> bool:
    """Whether an element is (or is inside) an add-to-calendar widget: the page's data for an event, read by
    ``widget_events``, not an event card of its own (its hidden title and dates look like one)."""
    for node in (element, *element.iterancestors()):
        if isinstance(node.tag, str) and WIDGET_CLASSES.intersection(str(node.get("class") or "").split()):
            return True
    return False


def child_text(element: Any, name: str) -> str | None:
    for child in element.iter():
        if isinstance(child.tag, str) and name in str(child.get("class") or "").split():
            return " ".join(child.text_content().split()) or None
    return None


def resolved(moment: dt.datetime | dt.date | None, zone: zoneinfo.ZoneInfo | None) -> dt.datetime | dt.date | None:
    if isinstance(moment, dt.datetime) and moment.tzinfo is None and zone is not None:
        return moment.replace(tzinfo=zone)
    return moment


def in_page_zone(event: LinkedEvent, zone: zoneinfo.ZoneInfo | None) -> LinkedEvent:
    """Floating times read in the page's zone (a calendar reads them in its user's)."""
    start, end = resolved(event.start, zone), resolved(event.end, zone)
    if start is event.start and end is event.end:
        return event
    return dataclasses.replace(event, start=start, end=end, timezone=event.timezone or (zone.key if zone else None))


def event_key(event: LinkedEvent) -> tuple[str, str]:
    """Which event a link describes: its title and its start instant (UTC when aware)."""
    start = event.start
    if isinstance(start, dt.datetime) and start.tzinfo is not None:
        start = start.astimezone(dt.UTC).replace(tzinfo=None)
    return (" ".join((event.title or "").casefold().split()), start.isoformat() if start is not None else "")


def merged(first: LinkedEvent, other: LinkedEvent) -> LinkedEvent:
    """The first link's reading, completed with what another link to the same event adds."""
    missing = {
        field: getattr(other, field)
        for field in ("end", "timezone", "location", "details")
        if getattr(first, field) in (None, "") and getattr(other, field) not in (None, "")
    }
    return dataclasses.replace(first, **missing) if missing else first


def page_calendar_links(root: Any, *, base_url: str | None, zone: zoneinfo.ZoneInfo | None = None) -> list[LinkedEvent]:
    """Every add-to-calendar link under ``root`` (an lxml element), read; links to ``.ics`` files as kind "ics".

    One LinkedEvent per distinct event: the same event offered as Google, Outlook and Yahoo links is one
    (the first link's reading, completed by the others). ``zone`` is the page's: floating times are read
    in it, which is also what lets a floating Outlook link and a UTC Google link be seen as one event.
    """
    found: dict[tuple[str, str], LinkedEvent] = {}
    calendars: dict[str, LinkedEvent] = {}
    read = 0
    for count, element in enumerate(root.iter("a", "link", "area")):
        if count >= MAX_ANCHORS or read >= MAX_LINKS:
            break
        raw = element.get("href")
        if not raw:
            continue
        href = raw.strip() if raw.strip().lower().startswith("webcal:") else absolute_url(raw, base_url)
        event = read_calendar_link(href) if href else None
        if event is None:
            continue
        read += 1
        if event.kind == ICS:
            calendars.setdefault(event.href, event)
            continue
        add(found, in_page_zone(event, zone))
    for event in widget_events(root, base_url):
        if event.title or event.start:
            add(found, in_page_zone(event, zone))
    return [*found.values(), *calendars.values()]


def add(found: dict[tuple[str, str], LinkedEvent], event: LinkedEvent) -> None:
    key = event_key(event)
    found[key] = merged(found[key], event) if key in found else event
