"""iCalendar (RFC 5545) feeds: single events, recurring series and all-day events.

Time zones, in order of authority: an event's own TZID; the calendar's X-WR-TIMEZONE (Google and Outlook
exports declare it and write UTC or floating times); the source's timezone (``--tz``, or its city's);
UTC. Series are expanded over the context's window with recurring-ical-events, which applies RRULE,
RDATE, EXDATE and moved occurrences (RECURRENCE-ID). An occurrence's id is "<UID>@<original start in
UTC>", keyed on its RECURRENCE-ID, so a moved occurrence keeps its id and can be seen as rescheduled.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import zoneinfo
from collections.abc import Iterator
from typing import Any

import icalendar
import recurring_ical_events
import x_wr_timezone
from icalendar.cal import Component

from sources.adapters.base import Adapter, AdapterError, ParsedRecord, RawEvent, RejectedRecord
from sources.adapters.registry import register

NOT_ICALENDAR = "Not an iCalendar file: it does not start with BEGIN:VCALENDAR."
EMPTY = "The calendar is empty."
INCOMPLETE = "Unreadable iCalendar data: no complete VCALENDAR (is the file truncated?)"
UNPARSABLE = "Unreadable iCalendar data: {error}"
BAD_SERIES = "Cannot expand this series: {error}"
NO_TITLE = "The event has no SUMMARY (title)."
NO_START = "The event has no DTSTART."
ICAL_STATUS = {"CANCELLED": "cancelled", "TENTATIVE": "scheduled", "CONFIRMED": "scheduled"}
BOM = b"\xef\xbb\xbf"


def decode_calendar(payload: bytes) -> str:
    """Text of a calendar. Invalid UTF-8 is replaced rather than failing the whole feed."""
    return payload.removeprefix(BOM).decode("utf-8", errors="replace")


def zone_or_none(name: object) -> zoneinfo.ZoneInfo | None:
    """The IANA zone of that name, or None when the name is missing or not a real zone."""
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(str(name).strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def iana_name(tzinfo: dt.tzinfo | None) -> str | None:
    key = getattr(tzinfo, "key", None)
    if key:
        return str(key)
    # A VTIMEZONE with a non-IANA TZID still gives correct offsets; we just cannot name it.
    zone = zone_or_none(getattr(tzinfo, "zone", None) or (tzinfo.tzname(None) if tzinfo else None))
    return zone.key if zone else None


def utc_key(value: dt.date | dt.datetime) -> str:
    """The occurrence part of an external id: UTC ISO time, or the ISO date of an all-day occurrence."""
    if isinstance(value, dt.datetime):
        moment = value.astimezone(dt.UTC) if value.tzinfo else value
        return moment.strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def text(component: Component, name: str) -> str | None:
    value = component.get(name)
    if value is None:
        return None
    if isinstance(value, list):  # repeated property: the first one speaks
        value = value[0]
    cleaned = str(value).strip()
    return cleaned or None


def moment(component: Component, name: str) -> dt.date | None:
    """A DTSTART-like property as a date or datetime; None when missing or unreadable (vBroken)."""
    value = getattr(component.get(name), "dt", None)
    return value if isinstance(value, dt.date) else None


def http_url(value: str | None) -> str | None:
    if value and value.lower().startswith(("http://", "https://")):
        return value
    return None


@register
class ICalendarAdapter(Adapter):
    name = "ics"
    label = "iCalendar feed (.ics, webcal://)"

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        return payload.removeprefix(BOM).lstrip()[:15].upper() == b"BEGIN:VCALENDAR"

    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        content = decode_calendar(payload)
        if not content.strip():
            raise AdapterError(EMPTY)
        if not self.sniff(content.encode("utf-8", errors="replace")):
            raise AdapterError(NOT_ICALENDAR)
        try:
            calendars = icalendar.Calendar.from_ical(content, multiple=True)
        except (ValueError, KeyError, IndexError, TypeError) as exc:
            raise AdapterError(UNPARSABLE.format(error=str(exc).splitlines()[0] if str(exc) else repr(exc))) from exc
        if not calendars:
            raise AdapterError(INCOMPLETE)
        for calendar in calendars:
            yield from self._parse_calendar(calendar)

    def _parse_calendar(self, calendar: icalendar.Calendar) -> Iterator[ParsedRecord]:
        feed_zone = zone_or_none(calendar.get("X-WR-TIMEZONE")) or self.context.default_timezone
        if feed_zone is not None:
            # Puts UTC and floating times into the feed's zone, so they read as local times.
            calendar = x_wr_timezone.to_standard(calendar, timezone=feed_zone)
        series_rules = self._series_rules(calendar)
        window_zone = feed_zone or dt.UTC
        # Naive bounds (``extract --from 2026-12-01``) are read in the feed's own zone.
        start = _in_zone(self.context.window.start, window_zone)
        end = _in_zone(self.context.window.end, window_zone)
        series_list, broken = _collect_series(calendar)
        for uid, reason in broken.items():
            yield RejectedRecord(external_id=uid, reason=BAD_SERIES.format(error=reason))
        for series in series_list:
            try:
                occurrences = sorted(series.between(start, end), key=lambda occurrence: occurrence.start)
            except Exception as exc:  # noqa: BLE001 - any library failure is this series' problem only
                yield RejectedRecord(external_id=str(series.uid), reason=BAD_SERIES.format(error=exc))
                continue
            for occurrence in occurrences:
                component = occurrence.as_component(True)
                if not self._overlaps(component, start, end):
                    continue
                yield self._record(component, feed_zone=feed_zone, series_rules=series_rules)

    @staticmethod
    def _series_rules(calendar: icalendar.Calendar) -> dict[str, str | None]:
        """UID → RRULE text (or None for an RDATE-only series) for every recurring series."""
        rules: dict[str, str | None] = {}
        for component in calendar.walk("VEVENT"):
            uid = str(component.get("UID", ""))
            if "RECURRENCE-ID" in component:
                rules.setdefault(uid, None)
            elif "RRULE" in component:
                rule = component["RRULE"].to_ical()
                rules[uid] = rule.decode() if isinstance(rule, bytes) else str(rule)
            elif "RDATE" in component:
                rules.setdefault(uid, None)
        return rules

    @staticmethod
    def _overlaps(component: Component, start: dt.datetime, end: dt.datetime) -> bool:
        """Half-open overlap with [start, end); the library's own bounds are inclusive at both ends."""
        begin = moment(component, "DTSTART")
        if begin is None:
            return False
        finish = moment(component, "DTEND") or begin
        begin_dt = _as_datetime(begin, start.tzinfo)
        finish_dt = _as_datetime(finish, start.tzinfo)
        if finish_dt <= begin_dt:
            return start <= begin_dt < end
        return begin_dt < end and finish_dt > start

    def _record(
        self, component: Component, *, feed_zone: zoneinfo.ZoneInfo | None, series_rules: dict[str, str | None]
    ) -> ParsedRecord:
        title = text(component, "SUMMARY")
        start = moment(component, "DTSTART")
        uid = text(component, "UID") or _fallback_uid(title, start)
        recurrence_id = moment(component, "RECURRENCE-ID") or start
        is_series = uid in series_rules
        external_id = f"{uid}@{utc_key(recurrence_id)}" if is_series and recurrence_id is not None else uid
        if start is None:
            return RejectedRecord(external_id=external_id, reason=NO_START, raw=_raw(component))
        if not title:
            return RejectedRecord(external_id=external_id, reason=NO_TITLE, raw=_raw(component))
        start, end, zone_name = _times(start, moment(component, "DTEND"), feed_zone)
        all_day = not isinstance(start, dt.datetime)
        venue_name, address, online = _location(text(component, "LOCATION"))
        latitude, longitude = _geo(component)
        categories = _categories(component)
        return RawEvent(
            source=self.context.source,
            external_id=external_id,
            title=title,
            description=text(component, "DESCRIPTION"),
            start=start,
            end=end,
            all_day=all_day,
            timezone=zone_name,
            venue_name=venue_name,
            address=address,
            latitude=latitude,
            longitude=longitude,
            url=http_url(text(component, "URL")),
            image_url=http_url(text(component, "IMAGE")),
            organizer=_organizer(component),
            status=ICAL_STATUS.get((text(component, "STATUS") or "").upper(), "scheduled"),
            online=online,
            rrule=series_rules.get(uid) if is_series else None,
            source_category=", ".join(categories) or None,
            tags=[category.lower() for category in categories],
        )


def _query(calendar: icalendar.Calendar) -> recurring_ical_events.CalendarQuery:
    return recurring_ical_events.CalendarQuery(calendar, keep_recurrence_attributes=True, components=("VEVENT",))


def _collect_series(calendar: icalendar.Calendar) -> tuple[list[Any], dict[str, str]]:
    """The calendar's series, and the UIDs whose series cannot be built, with the reason.

    The library builds every series up front, so one bad RRULE would sink the whole feed; when that
    happens, each UID is built on its own to keep the good ones.
    """
    try:
        whole = list(_query(calendar).series)
    except Exception:  # noqa: BLE001 - isolate below to find the culprit(s)
        whole = None
    if whole is not None:
        return whole, {}
    by_uid: dict[str, list[Component]] = {}
    for component in calendar.walk("VEVENT"):
        by_uid.setdefault(str(component.get("UID", "")), []).append(component)
    timezones = calendar.walk("VTIMEZONE")
    series: list[Any] = []
    broken: dict[str, str] = {}
    for uid, components in by_uid.items():
        single = icalendar.Calendar()
        for component in [*timezones, *components]:
            single.add_component(component)
        try:
            series.extend(_query(single).series)
        except Exception as exc:  # noqa: BLE001 - reported as this series' reason
            broken[uid] = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return series, broken


def _times(
    start: dt.date, end: dt.date | None, feed_zone: zoneinfo.ZoneInfo | None
) -> tuple[dt.date, dt.date | None, str | None]:
    """Start, end and zone name of an occurrence, in the shape of RawEvent."""
    if not isinstance(start, dt.datetime):
        # iCalendar's all-day DTEND is exclusive; ours is the last day, and None for one day.
        last_day = end - dt.timedelta(days=1) if end is not None and not isinstance(end, dt.datetime) else None
        return start, (last_day if last_day and last_day > start else None), (feed_zone.key if feed_zone else None)
    if start.tzinfo is None:  # floating with no zone known anywhere: read as UTC
        start = start.replace(tzinfo=dt.UTC)
    if isinstance(end, dt.datetime) and end.tzinfo is None:
        end = end.replace(tzinfo=start.tzinfo)
    if end == start or not isinstance(end, dt.datetime):  # no DTEND/DURATION: the library fills in zero length
        end = None
    return start, end, iana_name(start.tzinfo) or (feed_zone.key if feed_zone else None)


def _in_zone(moment: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)


def _as_datetime(value: dt.date | dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=zone)
    return dt.datetime.combine(value, dt.time.min, tzinfo=zone)


def _fallback_uid(title: str | None, start: object) -> str:
    """A stable id for events without a UID (against the RFC, but common)."""
    digest = hashlib.sha256(f"{title}|{start}".encode()).hexdigest()[:24]
    return f"nouid-{digest}"


def _location(location: str | None) -> tuple[str | None, str | None, bool]:
    """ "Venue, street, city" → (venue, "street, city", online?). A bare URL means an online event."""
    if not location:
        return None, None, False
    if location.lower().startswith(("http://", "https://")):
        return None, None, True
    name, _, rest = location.partition(",")
    return name.strip() or None, rest.strip() or None, False


def _geo(component: Component) -> tuple[float | None, float | None]:
    geo = component.get("GEO")
    try:
        latitude, longitude = float(geo.latitude), float(geo.longitude)
    except (AttributeError, TypeError, ValueError):
        return None, None
    if -90 <= latitude <= 90 and -180 <= longitude <= 180:
        return latitude, longitude
    return None, None


def _categories(component: Component) -> list[str]:
    values = component.get("CATEGORIES")
    if values is None:
        return []
    found: list[str] = []
    for value in values if isinstance(values, list) else [values]:
        for category in getattr(value, "cats", [value]):
            label = str(category).strip()
            if label and label not in found:
                found.append(label)
    return found


def _organizer(component: Component) -> str | None:
    organizer = component.get("ORGANIZER")
    if organizer is None:
        return None
    name = getattr(organizer, "params", {}).get("CN")
    if name:
        return str(name).strip() or None
    value = str(organizer)
    return value.removeprefix("mailto:").removeprefix("MAILTO:") or None


def _raw(component: Component) -> dict[str, Any]:
    ical = component.to_ical()
    text_value = ical.decode("utf-8", errors="replace") if isinstance(ical, bytes) else str(ical)
    return {"ical": text_value[:20_000]}
