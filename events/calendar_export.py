"""Events as iCalendar (RFC 5545): one event's VEVENT, and a VCALENDAR of many for subscriptions.

The output is for calendar applications that subscribe to a filtered list (``/feeds/events.ics?city=…``) or
import one event (``/events/<id>.ics``). Every VEVENT has the same UID wherever it appears (any filter
combination, any request), so a client that sees an event in two subscriptions, or again after it changed,
updates it instead of adding a copy; SEQUENCE grows with each change so the client knows which copy is newer.

Times are written in the event's own zone (``DTSTART;TZID=Asia/Kolkata:…``) with a VTIMEZONE for every zone
used, so 19:00 in Bengaluru stays 19:00 in Bengaluru whatever the reader's zone; all-day events are dates
with the exclusive end the standard asks for.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Sequence

from icalendar import Calendar, Timezone
from icalendar import Event as VEvent
from icalendar.timezone import tzid_from_dt

from events.formatting import event_price_text
from events.links import site_host, site_url
from events.models import Event
from events.text import plain_text
from events.vocabulary import EventStatus

PRODID = "-//Whatson//Whatson events//EN"
# SEQUENCE is seconds since this moment at the event's last change: it only grows while updated_at does, and
# stays far below 2**31 (the limit some clients store it in) for decades.
SEQUENCE_EPOCH = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
MAX_SUMMARY = 300
END_CALENDAR = b"END:VCALENDAR\r\n"
MAX_DESCRIPTION = 4000

# Characters no calendar or XML reader accepts: C0 controls other than tab and newline, DEL, C1 controls,
# the line/paragraph separators (they break lines in some readers) and the two non-characters.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")
_WHITESPACE = re.compile(r"\s+")

STATUS: dict[str, str] = {
    EventStatus.CANCELLED: "CANCELLED",
    EventStatus.POSTPONED: "TENTATIVE",
}
SUMMARY_PREFIX: dict[str, str] = {
    EventStatus.CANCELLED: "Cancelled: ",
    EventStatus.POSTPONED: "Postponed: ",
}


def clean_text(value: str | None) -> str:
    """Text with control characters removed and line breaks normalised (kept: a description has paragraphs)."""
    if not value:
        return ""
    return _CONTROL.sub("", value.replace("\r\n", "\n").replace("\r", "\n")).strip()


def clean_line(value: str | None, *, max_length: int | None = None) -> str:
    """One line of text: control characters removed, every run of whitespace (newlines too) one space."""
    text = _WHITESPACE.sub(" ", clean_text(value)).strip()
    if max_length is not None and len(text) > max_length:
        text = text[: max_length - 1].rstrip() + "…"
    return text


def event_uid(event: Event) -> str:
    """The event's UID: the same in every feed and file, for as long as the event exists."""
    return f"event-{event.pk}@{site_host()}"


def event_sequence(event: Event) -> int:
    """A revision number that grows whenever the event is saved (seconds of updated_at since SEQUENCE_EPOCH)."""
    if event.updated_at is None:
        return 0
    return max(0, int((event.updated_at - SEQUENCE_EPOCH).total_seconds()))


def event_location(event: Event) -> str:
    """ "Venue, address" as one line; "Online" for an online event with no place."""
    venue = event.venue
    name = event.venue_name or (venue.name if venue else "")
    address = event.address or (venue.address if venue else "")
    parts = [clean_line(name), clean_line(address)]
    if address and name and clean_line(name).lower() in clean_line(address).lower():
        parts = [clean_line(address)]
    text = ", ".join(part for part in parts if part)
    return text or ("Online" if event.online else "")


def event_coordinates(event: Event) -> tuple[float, float] | None:
    if event.latitude is not None and event.longitude is not None:
        return event.latitude, event.longitude
    venue = event.venue
    if venue is not None and venue.latitude is not None and venue.longitude is not None:
        return venue.latitude, venue.longitude
    return None


def event_categories(event: Event) -> list[str]:
    """Category and subcategory names, then tags: each once, in that order."""
    names: list[str] = []
    for name in (
        event.category.name if event.category else "",
        event.subcategory.name if event.subcategory else "",
        *(str(tag) for tag in (event.tags or []) if isinstance(tag, str | int)),
    ):
        label = clean_line(name, max_length=60)
        if label and label.lower() not in {existing.lower() for existing in names}:
            names.append(label)
    return names


def event_description(event: Event) -> str:
    """Plain text for DESCRIPTION: the price and ticket link when known, then the event's own description."""
    lines = []
    price = event_price_text(event)
    if price:
        lines.append(f"Price: {price}")
    if event.sold_out:
        lines.append("Sold out")
    if event.ticket_url:
        lines.append(f"Tickets: {clean_line(event.ticket_url)}")
    text = clean_text(plain_text(event.description, max_length=MAX_DESCRIPTION))
    if text:
        lines.append(("\n" if lines else "") + text)
    return "\n".join(lines)


def event_summary(event: Event) -> str:
    return SUMMARY_PREFIX.get(event.status, "") + clean_line(event.title, max_length=MAX_SUMMARY)


def _add_times(vevent: VEvent, event: Event) -> None:
    local_start = event.local_start
    if event.all_day:
        first_day = local_start.date()
        # Stored ends of all-day events are the local midnight after the last day: already exclusive.
        end_day = event.end.astimezone(event.zone).date() if event.end else first_day
        vevent.add("dtstart", first_day)
        vevent.add("dtend", max(end_day, first_day + dt.timedelta(days=1)))
        return
    vevent.add("dtstart", local_start)
    if event.end is not None and event.end > event.start:
        vevent.add("dtend", event.end.astimezone(event.zone))


def event_vevent(event: Event) -> VEvent:
    """One event as a VEVENT (times in its zone; the VTIMEZONE is the calendar's job: ``calendar_ics``)."""
    vevent = VEvent()
    vevent.add("uid", event_uid(event))
    # DTSTAMP is the event's last change rather than the moment of the request: the same event gives the
    # same bytes, so an unchanged feed keeps its ETag and clients get 304s.
    changed = (event.updated_at or event.created_at or event.start).astimezone(dt.UTC)
    vevent.add("dtstamp", changed)
    vevent.add("last-modified", changed)
    vevent.add("sequence", event_sequence(event))
    _add_times(vevent, event)
    vevent.add("summary", event_summary(event))
    description = event_description(event)
    if description:
        vevent.add("description", description)
    location = event_location(event)
    if location:
        vevent.add("location", location)
    coordinates = event_coordinates(event)
    if coordinates is not None:
        vevent.add("geo", coordinates)
    vevent.add("url", site_url(event.get_absolute_url()))
    vevent.add("status", STATUS.get(event.status, "CONFIRMED"))
    categories = event_categories(event)
    if categories:
        vevent.add("categories", categories)
    if event.created_at is not None:
        vevent.add("created", event.created_at.astimezone(dt.UTC))
    return vevent


def _zone_span(events: Sequence[Event]) -> tuple[dt.date, dt.date]:
    """The years the VTIMEZONEs must cover: a year either side of the events (whole years, so the same
    events give the same bytes all year)."""
    if not events:
        year = dt.datetime.now(dt.UTC).year
        return dt.date(year - 1, 1, 1), dt.date(year + 2, 1, 1)
    first = min(event.start for event in events)
    last = max(event.end or event.start for event in events)
    return dt.date(first.year - 1, 1, 1), dt.date(last.year + 2, 1, 1)


def event_tzid(event: Event) -> str | None:
    """The TZID the event's DTSTART is written with; None for dates (all-day) and UTC times ("…Z")."""
    if event.all_day:
        return None
    tzid = tzid_from_dt(event.local_start)
    return None if tzid in (None, "UTC") else tzid


@functools.lru_cache(maxsize=256)
def vtimezone(tzid: str, first_day: dt.date, last_day: dt.date) -> bytes:
    """The VTIMEZONE of a zone over those days (b"" for a zone icalendar cannot describe). Kept per process:
    building one from the tz database is the dearest part of a small calendar."""
    try:
        return Timezone.from_tzid(tzid, first_date=first_day, last_date=last_day).to_ical()
    except ValueError:
        return b""


def event_vevent_bytes(event: Event) -> bytes:
    return event_vevent(event).to_ical()


def calendar_ics(
    events: Iterable[Event],
    *,
    name: str,
    description: str = "",
    timezone_name: str = "",
    refresh_minutes: int = 0,
    vevents: Sequence[bytes] | None = None,
) -> bytes:
    """A VCALENDAR (METHOD:PUBLISH) of these events, with a VTIMEZONE for every zone they use.

    ``timezone_name`` is the X-WR-TIMEZONE some clients show the calendar in (give it when the events belong to
    one city); ``refresh_minutes`` suggests how often subscribers should fetch it again. ``vevents`` are the
    events' VEVENTs already serialised (``event_vevent_bytes``, e.g. from a cache), in the same order.
    """
    events = list(events)
    header = Calendar()
    header.add("prodid", PRODID)
    header.add("version", "2.0")
    header.add("calscale", "GREGORIAN")
    header.add("method", "PUBLISH")
    header.add("x-wr-calname", clean_line(name, max_length=200))
    if description:
        header.add("x-wr-caldesc", clean_line(description, max_length=500))
    if timezone_name:
        header.add("x-wr-timezone", timezone_name)
    if refresh_minutes:
        header.add("refresh-interval", dt.timedelta(minutes=refresh_minutes), parameters={"VALUE": "DURATION"})
        header.add("x-published-ttl", f"PT{refresh_minutes}M")
    first_day, last_day = _zone_span(events)
    zones = sorted({tzid for tzid in map(event_tzid, events) if tzid})
    head = header.to_ical()
    if not head.endswith(END_CALENDAR):  # icalendar always ends with it; never splice into anything else
        raise ValueError("unexpected calendar serialisation")
    parts = [head[: -len(END_CALENDAR)]]
    parts += [vtimezone(tzid, first_day, last_day) for tzid in zones]
    parts += vevents if vevents is not None else [event_vevent_bytes(event) for event in events]
    parts.append(END_CALENDAR)
    return b"".join(parts)


def event_ics(event: Event) -> bytes:
    """One event's calendar file."""
    return calendar_ics([event], name=event.title, timezone_name=event.zone.key)
