"""iCalendar (RFC 5545) feeds: single events, recurring series and all-day events.

Time zones, in order of authority: an event's own TZID; the calendar's X-WR-TIMEZONE (Google and Outlook
exports declare it and write UTC or floating times); the source's timezone (``--tz``, or its city's);
UTC. Series are expanded over the context's window with recurring-ical-events, which applies RRULE,
RDATE, EXDATE and moved occurrences (RECURRENCE-ID). An occurrence's id is "<UID>@<original start in
UTC>", keyed on its RECURRENCE-ID, so a moved occurrence keeps its id and can be seen as rescheduled.

Files in the wild are often malformed; what is repaired rather than refused:
- CRLF, LF, lone CR or mixed line endings; lines folded with a tab; lowercase names; no VERSION/PRODID.
- A VCALENDAR missing only its END:VCALENDAR (every VEVENT complete) is closed. A truncated VEVENT is not
  guessed at: the file is refused as incomplete.
- Invalid UTF-8 is replaced (U+FFFD) instead of failing the feed.
- A VTIMEZONE that cannot be read (garbage offsets) is dropped: its events then use the IANA zone of that
  name when it is one (or a Windows/"globally unique" name icalendar maps to IANA), else the calendar's
  X-WR-TIMEZONE or the source's zone. With none of those the event is quarantined, not guessed as UTC.
- Placeholder dates (1900, 9999) fall outside the window; a series starting decades ago is moved forward
  (in whole periods of its rule) so its expansion does not walk every minute since 1900.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import re
import warnings
import zoneinfo
from collections.abc import Iterator
from typing import Any

import icalendar
import recurring_ical_events
import x_wr_timezone
from icalendar.cal import Component
from icalendar.timezone import tzids_from_tzinfo
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from sources.adapters.base import Adapter, AdapterError, ParsedRecord, RawEvent, RejectedRecord
from sources.adapters.common import LATEST_YEAR, plausible
from sources.adapters.registry import register

NOT_ICALENDAR = "Not an iCalendar file: it does not start with BEGIN:VCALENDAR."
EMPTY = "The calendar is empty."
INCOMPLETE = "Unreadable iCalendar data: no complete VCALENDAR (is the file truncated?)"
UNPARSABLE = "Unreadable iCalendar data: {error}"
BAD_SERIES = "Cannot expand this series: {error}"
NO_TITLE = "The event has no SUMMARY (title)."
NO_START = "The event has no DTSTART."
UNKNOWN_TZID = (
    "Unknown timezone {tzid!r} (no readable VTIMEZONE, not an IANA name) and neither the calendar "
    "(X-WR-TIMEZONE) nor the source has a timezone to read it in."
)
IMPLAUSIBLE_START = "The event starts in {year}, outside the years 2000-2100: a placeholder date, not an event."
IMPLAUSIBLE_END = "The event ends in {year}, after 2100: a placeholder date, not an event."
PARSE_ERRORS = (ValueError, KeyError, IndexError, TypeError)
# Occurrences listed per series and window: an every-minute rule must not flood the pipeline.
MAX_OCCURRENCES = 2000
# Rules whose expansion costs one step per period since DTSTART: these are moved forward (see _rebase).
REBASE_PERIODS = {
    "SECONDLY": dt.timedelta(seconds=1),
    "MINUTELY": dt.timedelta(minutes=1),
    "HOURLY": dt.timedelta(hours=1),
    "DAILY": dt.timedelta(days=1),
    "WEEKLY": dt.timedelta(weeks=1),
}
REBASE_MARGIN = dt.timedelta(days=1)
_LINE_BREAK = re.compile(r"\r\n?")
_VTIMEZONE = re.compile(r"^BEGIN:VTIMEZONE\n.*?^END:VTIMEZONE[ \t]*(?:\n|$)", re.IGNORECASE | re.MULTILINE | re.DOTALL)
_COMPONENT_EDGE = re.compile(r"^(BEGIN|END):([A-Za-z0-9-]+)[ \t]*$", re.IGNORECASE | re.MULTILINE)
ICAL_STATUS = {"CANCELLED": "cancelled", "TENTATIVE": "scheduled", "CONFIRMED": "scheduled"}
BOM = b"\xef\xbb\xbf"


def decode_calendar(payload: bytes) -> str:
    """Text of a calendar with LF line ends. Invalid UTF-8 is replaced rather than failing the whole feed.

    icalendar splits lines on LF, so a lone CR (classic Mac exports) would make the file one long line.
    """
    text_value = payload.removeprefix(BOM).decode("utf-8", errors="replace")
    return _LINE_BREAK.sub("\n", text_value)


def read_calendars(content: str) -> list[icalendar.Calendar]:
    """The calendars in the text, repairing what is commonly broken (see the module docstring)."""
    content = close_calendar(content)
    try:
        return _from_ical(content)
    except PARSE_ERRORS as exc:
        first_error: Exception = exc
    repaired = drop_broken_timezones(content)
    if repaired != content:
        try:
            return _from_ical(repaired)
        except PARSE_ERRORS:
            pass  # report the original problem, not one the repair may have caused
    raise AdapterError(UNPARSABLE.format(error=_first_line(first_error))) from first_error


def _from_ical(content: str) -> list[icalendar.Calendar]:
    with warnings.catch_warnings():
        # Guessing "Europe/Paris" from Evolution's "/freeassociation.sourceforge.net/Europe/Paris" is the
        # reading we want; icalendar warns about it, and warnings must not fail a feed.
        warnings.simplefilter("ignore", icalendar.GloballyUniqueTZIDGuessed)
        return list(icalendar.Calendar.from_ical(content, multiple=True))


def close_calendar(content: str) -> str:
    """Append END:VCALENDAR when it is the only thing missing (every other component is closed).

    A file cut inside a VEVENT is left alone: guessing where that event ended would invent data.
    """
    open_components: list[str] = []
    for match in _COMPONENT_EDGE.finditer(content):
        kind, name = match.group(1).upper(), match.group(2).upper()
        if kind == "BEGIN":
            open_components.append(name)
        elif open_components and open_components[-1] == name:
            open_components.pop()
    if open_components == ["VCALENDAR"]:
        return content.rstrip("\n") + "\nEND:VCALENDAR\n"
    return content


def drop_broken_timezones(content: str) -> str:
    """The text without the VTIMEZONE blocks icalendar cannot read (garbage offsets and the like)."""

    def keep_if_readable(match: re.Match[str]) -> str:
        try:
            _from_ical(f"BEGIN:VCALENDAR\n{match.group(0).rstrip()}\nEND:VCALENDAR\n")
        except PARSE_ERRORS:
            return ""
        return match.group(0)

    return _VTIMEZONE.sub(keep_if_readable, content)


def _first_line(exc: Exception) -> str:
    return str(exc).splitlines()[0] if str(exc) else repr(exc)


def zone_or_none(name: object) -> zoneinfo.ZoneInfo | None:
    """The IANA zone of that name, or None when the name is missing or not a real zone."""
    if not name:
        return None
    try:
        return zoneinfo.ZoneInfo(str(name).strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


def iana_name(tzinfo: dt.tzinfo | None) -> str | None:
    """The IANA name of a zone: ZoneInfo's key, or the TZID of a VTIMEZONE when it is (or maps to) one.

    A VTIMEZONE named "Eastern Standard Time" (Outlook) maps to America/New_York; one with a made-up
    TZID still gives correct offsets, we just cannot name it.
    """
    key = getattr(tzinfo, "key", None)
    if key:
        return str(key)
    for tzid in tzids_from_tzinfo(tzinfo):
        zone = zone_or_none(WINDOWS_TO_OLSON.get(tzid, tzid))
        if zone is not None:
            return zone.key
    return None


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
        calendars = read_calendars(content)
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
        refused = _prepare(calendar, start, end)
        series_list, broken = _collect_series(calendar)
        for uid, reason in refused.items():
            yield RejectedRecord(external_id=uid, reason=reason)
        for uid, reason in broken.items():
            yield RejectedRecord(external_id=uid, reason=BAD_SERIES.format(error=reason))
        for series in series_list:
            try:
                found = itertools.islice(series.between(start, end), MAX_OCCURRENCES)
                occurrences = sorted(found, key=lambda occurrence: occurrence.start)
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
        if not plausible(start):
            reason = IMPLAUSIBLE_START.format(year=start.year)
            return RejectedRecord(external_id=external_id, reason=reason, raw=_raw(component))
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


def _prepare(calendar: icalendar.Calendar, start: dt.datetime, end: dt.datetime) -> dict[str, str]:
    """Prepare the calendar's events for expansion over [start, end); returns UID -> reason for the refused.

    - An event whose TZID nobody could resolve is refused: a naive time with a TZID is left only when
      the calendar and the source have no zone either (x_wr_timezone applies the feed's zone otherwise),
      and reading it as UTC could be hours off.
    - Events (and series) that begin after the window cannot occur in it: they are dropped before the
      library builds them, so a placeholder DTSTART of 9999-12-31 never reaches date arithmetic that
      overflows.
    - Series that began long before the window are moved forward (see _rebase).
    """
    kept: list[Component] = []
    refused: dict[str, str] = {}
    for component in calendar.subcomponents:
        begin = moment(component, "DTSTART") if component.name == "VEVENT" else None
        if begin is None:
            kept.append(component)
            continue
        if "RECURRENCE-ID" not in component and _as_datetime(begin, start.tzinfo) >= end:
            continue
        reason = _refusal(component, begin)
        if reason:
            refused[str(component.get("UID", ""))] = reason
            continue
        if "RECURRENCE-ID" not in component:
            _rebase(component, begin, start)
        kept.append(component)
    calendar.subcomponents[:] = kept
    return refused


def _refusal(component: Component, begin: dt.date) -> str | None:
    """Why an event that may fall in the window cannot be read, or None."""
    if isinstance(begin, dt.datetime) and begin.tzinfo is None:
        tzid = getattr(component.get("DTSTART"), "params", {}).get("TZID")
        if tzid:
            return UNKNOWN_TZID.format(tzid=str(tzid))
    finish = moment(component, "DTEND")
    if finish is not None and finish.year > LATEST_YEAR:
        # "Until 9999-12-31" is a placeholder for "permanent", and the library's date arithmetic overflows.
        return IMPLAUSIBLE_END.format(year=finish.year)
    return None


def _rebase(component: Component, begin: dt.date, window_start: dt.datetime) -> None:
    """Move an open-ended series' DTSTART forward by whole periods of its rule, to just before the window.

    The expansion library steps from DTSTART one period at a time: an every-30-minutes rule starting in
    1900 means millions of steps before the window. For a rule without COUNT the occurrences are the
    same from any DTSTART shifted by a multiple of FREQ x INTERVAL (the INTERVAL phase, the weekday and
    time of day all stay put), so the window sees exactly the same occurrences. Monthly and yearly rules
    are cheap enough (a few thousand steps) to leave alone.
    """
    rules = component.get("RRULE")
    if rules is None or isinstance(rules, list) or "COUNT" in rules:
        return
    unit = REBASE_PERIODS.get(str((rules.get("FREQ") or [""])[0]).upper())
    if unit is None:
        return
    interval = int((rules.get("INTERVAL") or [1])[0] or 1)
    period = unit * max(interval, 1)
    begin_dt = _as_datetime(begin, window_start.tzinfo)
    finish = moment(component, "DTEND")
    duration = _duration(component, begin_dt, finish, window_start.tzinfo)
    # Margin: the event's length (an occurrence running into the window stays), one period, and a day,
    # because the shift is in wall-clock time while this arithmetic is absolute (DST, a 1900 LMT offset).
    steps = (window_start - duration - period - REBASE_MARGIN - begin_dt) // period
    if steps < 1 or (not isinstance(begin, dt.datetime) and period % dt.timedelta(days=1)):
        return
    shift = period * steps
    for name, value in (("DTSTART", begin), ("DTEND", finish)):
        if value is not None:
            params = dict(component[name].params)
            component.pop(name)
            component.add(name, value + shift, parameters={k: v for k, v in params.items() if k != "TZID"})


def _duration(component: Component, begin: dt.datetime, finish: dt.date | None, zone: dt.tzinfo | None) -> dt.timedelta:
    if finish is not None:
        return max(_as_datetime(finish, zone) - begin, dt.timedelta(0))
    length = getattr(component.get("DURATION"), "dt", None)
    return length if isinstance(length, dt.timedelta) and length > dt.timedelta(0) else dt.timedelta(0)


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
