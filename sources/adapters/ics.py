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
- UTF-16 and UTF-32 files with a byte-order mark (Outlook, Windows tools) are decoded.

One bad event never sinks the file: a TZID that names a folder of the tz database ("Europe") or is 300
characters long, X-WR-TIMEZONE:America, 30 February, month 13, hour 25, an absurd INTERVAL, year 1 in a
zone: each becomes a rejected record with its reason and the rest of the file goes on. Expansion is lazy
and bounded in occurrences, work and time (see _recurrence.py): a series past its own bound is a rejected
record (the occurrences found before it stay), a file-wide bound is a run note; either way the listing
counts as incomplete, so nothing is cancelled for not having been expanded.
"""

from __future__ import annotations

import datetime as dt
import itertools
import zoneinfo
from collections.abc import Iterator
from typing import Any

import icalendar
import recurring_ical_events
import x_wr_timezone
from django.conf import settings
from icalendar.cal import Component
from recurring_ical_events.selection.name import ComponentsWithName

from sources.adapters import _ical_fields as fields
from sources.adapters._feed_extras import DESCRIPTION_TITLE_CONFIDENCE
from sources.adapters._feed_extras import first_line as title_line
from sources.adapters._ical_fields import text
from sources.adapters._ical_read import PARSE_ERRORS, decode_calendar, first_line, read_calendars
from sources.adapters._ical_read import close_calendar as close_calendar  # re-exported: part of this module's API
from sources.adapters._ical_single import Single, in_order, singles
from sources.adapters._ical_time import (
    as_datetime,
    broken,
    defuse_tzids,
    event_times,
    in_zone,
    moment,
    utc_key,
    zone_or_none,
)
from sources.adapters._jcal import jcal_text, looks_like_jcal
from sources.adapters._recurrence import (
    MAX_OCCURRENCES,
    BoundedSeries,
    ExpansionStoppedError,
    FileBudget,
    expand,
    is_recurring,
    rebase,
    rule_refusal,
)
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
from sources.adapters.common import LATEST_YEAR, http_url, plausible
from sources.adapters.registry import register
from sources.decoding import decode_document

NOT_ICALENDAR = "Not an iCalendar file: it does not start with BEGIN:VCALENDAR."
EMPTY = "The calendar is empty."
INCOMPLETE = "Unreadable iCalendar data: no complete VCALENDAR (is the file truncated?)"
BAD_SERIES = "Cannot expand this series: {error}"
NO_TITLE = "The event has no SUMMARY (title), and no DESCRIPTION whose first line could name it."
TITLE_FROM_DESCRIPTION = "the event has no SUMMARY; title taken from its DESCRIPTION's first line"
NO_START = "The event has no DTSTART."
UNKNOWN_TZID = (
    "Unknown timezone {tzid!r} (no readable VTIMEZONE, not an IANA name) and neither the calendar "
    "(X-WR-TIMEZONE) nor the source has a timezone to read it in."
)
IMPLAUSIBLE_START = "The event starts in {year}, outside the years 2000-2100: a placeholder date, not an event."
IMPLAUSIBLE_END = "The event ends in {year}, after 2100: a placeholder date, not an event."
INVALID_DATE = "The event's {name} is not a valid date or time: {value!r}."
UNREADABLE_EVENT = "Cannot read this event: {error}"
# What one event's data can make the libraries raise (dates past datetime's range, a zone lookup).
EVENT_ERRORS = (*PARSE_ERRORS, OverflowError, OSError, AttributeError)
ICAL_STATUS = {"CANCELLED": "cancelled", "TENTATIVE": "scheduled", "CONFIRMED": "scheduled"}


@register
class ICalendarAdapter(Adapter):
    name = "ics"
    label = "iCalendar feed (.ics, webcal://)"
    source_kind = "calendar"
    config_needs_location = True
    config_fields = (URL_FIELD, PATH_FIELD, COMPLETE_FIELD)

    @classmethod
    def sniff(cls, payload: bytes) -> bool:
        head = decode_document(payload[:512]).lstrip()
        if head[:15].upper() == "BEGIN:VCALENDAR":
            return True
        return looks_like_jcal(head) and jcal_text(decode_calendar(payload)) is not None  # jCal: _jcal.py

    def parse(self, payload: bytes) -> Iterator[ParsedRecord]:
        yield from self.parse_within(payload, FileBudget(seconds=float(settings.RECURRENCE_BUDGET_SECONDS)))

    def parse_within(self, payload: bytes, budget: FileBudget) -> Iterator[ParsedRecord]:
        """``parse`` spending a budget the caller holds: a document that carries several calendars (a feed whose
        items are series, see rss.py) shares one budget and one occurrence cap across them, as one file does."""
        content = decode_calendar(payload)
        if looks_like_jcal(content):
            content = jcal_text(content) or content  # the calendar a jCal document stands for (_jcal.py)
        if not content.strip():
            raise AdapterError(EMPTY)
        if content.lstrip()[:15].upper() != "BEGIN:VCALENDAR":
            raise AdapterError(NOT_ICALENDAR)
        content, self._renamed_tzids = defuse_tzids(content)
        calendars = read_calendars(content)
        if not calendars:
            raise AdapterError(INCOMPLETE)
        for calendar in calendars:
            yield from self._parse_calendar(calendar, budget)

    def _parse_calendar(self, calendar: icalendar.Calendar, budget: FileBudget) -> Iterator[ParsedRecord]:
        feed_zone = zone_or_none(text(calendar, "X-WR-TIMEZONE")) or self.context.default_timezone
        refused: dict[str, str] = {}
        if feed_zone is not None:
            # Puts UTC and floating times into the feed's zone, so they read as local times.
            calendar = _standardize(calendar, feed_zone, refused)
        _name_uidless(calendar)
        series_rules = _series_rules(calendar)
        window_zone = feed_zone or dt.UTC
        # Naive bounds (``extract --from 2026-12-01``) are read in the feed's own zone.
        start = in_zone(self.context.window.start, window_zone)
        end = in_zone(self.context.window.end, window_zone)
        _prepare(calendar, start, end, refused, renamed=self._renamed_tzids)
        series_list, broken_series = _collect_series(calendar)
        for uid, reason in refused.items():
            yield RejectedRecord(external_id=uid, reason=reason)
        for uid, reason in broken_series.items():
            yield RejectedRecord(external_id=uid, reason=BAD_SERIES.format(error=reason))
        for series in series_list:
            if budget.stopped and is_recurring(series):
                continue  # past a file-wide bound only single events, one step each, are still read
            yield from self._series_records(series, start, end, budget, feed_zone=feed_zone, series_rules=series_rules)

    def _series_records(
        self,
        series: Any,
        start: dt.datetime,
        end: dt.datetime,
        budget: FileBudget,
        *,
        feed_zone: zoneinfo.ZoneInfo | None,
        series_rules: dict[str, str | None],
    ) -> Iterator[ParsedRecord]:
        """The records of one series' occurrences in the window; a bound reached keeps what came before it."""
        if isinstance(series, Single):
            yield from self._single_records(series, start, end, feed_zone=feed_zone, series_rules=series_rules)
            return
        found: list[Any] = []
        stop: ExpansionStoppedError | None = None
        try:
            for occurrence in itertools.islice(expand(series, start, end, budget), MAX_OCCURRENCES):
                found.append(occurrence)
            found.sort(key=lambda occurrence: as_datetime(occurrence.start, start.tzinfo))
        except ExpansionStoppedError as exc:
            stop = exc
        except Exception as exc:  # noqa: BLE001 - any library failure is this series' problem only
            yield RejectedRecord(external_id=str(series.uid), reason=BAD_SERIES.format(error=first_line(exc)))
            return
        for occurrence in found:
            try:
                component = occurrence.as_component(True)
                if self._overlaps(component, start, end):
                    yield self._record(component, feed_zone=feed_zone, series_rules=series_rules)
            except EVENT_ERRORS as exc:
                yield RejectedRecord(external_id=str(series.uid), reason=UNREADABLE_EVENT.format(error=first_line(exc)))
        if stop is not None:
            self.listing_truncated = True  # what was not expanded must not read as withdrawn
            if stop.whole_file:
                budget.stopped = True
                self.notes.append(stop.reason)
            else:
                yield RejectedRecord(external_id=str(series.uid), reason=stop.reason)

    def _single_records(
        self,
        single: Single,
        start: dt.datetime,
        end: dt.datetime,
        *,
        feed_zone: zoneinfo.ZoneInfo | None,
        series_rules: dict[str, str | None],
    ) -> Iterator[ParsedRecord]:
        """_series_records' steps for a Single (_ical_single.py): the same records and reasons, in the same order."""
        try:
            found = single.occurrence(start, end)
            if found is not None:
                as_datetime(found[0], start.tzinfo)  # the key _series_records sorts by, read as it reads it
        except Exception as exc:  # noqa: BLE001 - as _series_records: this event's problem only
            yield RejectedRecord(external_id=str(single.uid), reason=BAD_SERIES.format(error=first_line(exc)))
            return
        if found is None:
            return
        try:
            component = single.as_component(*found)
            if self._overlaps(component, start, end):
                yield self._record(component, feed_zone=feed_zone, series_rules=series_rules)
        except EVENT_ERRORS as exc:
            yield RejectedRecord(external_id=str(single.uid), reason=UNREADABLE_EVENT.format(error=first_line(exc)))

    @staticmethod
    def _overlaps(component: Component, start: dt.datetime, end: dt.datetime) -> bool:
        """Half-open overlap with [start, end); the library's own bounds are inclusive at both ends."""
        begin = moment(component, "DTSTART")
        if begin is None:
            return False
        finish = moment(component, "DTEND") or begin
        begin_dt = as_datetime(begin, start.tzinfo)
        finish_dt = as_datetime(finish, start.tzinfo)
        if finish_dt <= begin_dt:
            return start <= begin_dt < end
        return begin_dt < end and finish_dt > start

    def _record(
        self, component: Component, *, feed_zone: zoneinfo.ZoneInfo | None, series_rules: dict[str, str | None]
    ) -> ParsedRecord:
        title = text(component, "SUMMARY")
        # No SUMMARY (a typo such as "SUMARRY", an export that drops it): the description's first line names
        # the event, as a guess a moderator checks (held: DESCRIPTION_TITLE_CONFIDENCE).
        guessed = not title and bool(title := title_line(text(component, "DESCRIPTION")))
        start = moment(component, "DTSTART")
        uid = text(component, "UID") or fields.fallback_uid(title, start)
        recurrence_id = moment(component, "RECURRENCE-ID") or start
        is_series = uid in series_rules
        external_id = f"{uid}@{utc_key(recurrence_id)}" if is_series and recurrence_id is not None else uid
        if start is None:
            return RejectedRecord(external_id=external_id, reason=NO_START, raw=fields.raw(component))
        if not title:
            return RejectedRecord(external_id=external_id, reason=NO_TITLE, raw=fields.raw(component))
        if not plausible(start):
            reason = IMPLAUSIBLE_START.format(year=start.year)
            return RejectedRecord(external_id=external_id, reason=reason, raw=fields.raw(component))
        start, end, zone_name = event_times(start, moment(component, "DTEND"), feed_zone)
        all_day = not isinstance(start, dt.datetime)
        venue_name, address, online = fields.location(text(component, "LOCATION"))
        latitude, longitude = fields.geo(component)
        categories = fields.categories(component)
        return RawEvent(
            source=self.context.source,
            external_id=external_id,
            title=title,
            confidence=DESCRIPTION_TITLE_CONFIDENCE if guessed else None,
            evidence=[TITLE_FROM_DESCRIPTION] if guessed else [],
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
            organizer=fields.organizer(component),
            status=ICAL_STATUS.get((text(component, "STATUS") or "").upper(), "scheduled"),
            online=online,
            rrule=series_rules.get(uid) if is_series else None,
            source_category=", ".join(categories) or None,
            tags=[category.lower() for category in categories],
        )


def _uid(component: Component) -> str:
    return str(component.get("UID", ""))


def _name_uidless(calendar: icalendar.Calendar) -> None:
    """Give each VEVENT without a UID (against the RFC, but common) the stable id _record would give it, before
    expansion: every occurrence of such a series then shares it, keeps its RRULE and gets the occurrence id
    ``<uid>@<start>``, instead of each occurrence passing for a separate event."""
    for component in calendar.walk("VEVENT"):
        if text(component, "UID"):
            continue
        title = text(component, "SUMMARY") or title_line(text(component, "DESCRIPTION"))
        try:
            component["UID"] = fields.fallback_uid(title, moment(component, "DTSTART"))
        except EVENT_ERRORS:
            continue  # an unreadable start is refused in _record, with its reason


def _series_rules(calendar: icalendar.Calendar) -> dict[str, str | None]:
    """UID → RRULE text (or None for an RDATE-only series) for every recurring series."""
    rules: dict[str, str | None] = {}
    for component in calendar.walk("VEVENT"):
        uid = _uid(component)
        try:
            if "RECURRENCE-ID" in component or ("RDATE" in component and "RRULE" not in component):
                rules.setdefault(uid, None)
            elif "RRULE" in component:
                rule = component["RRULE"].to_ical()
                rules[uid] = rule.decode() if isinstance(rule, bytes) else str(rule)
        except EVENT_ERRORS:
            rules.setdefault(uid, None)  # an unreadable rule is refused in _prepare, with its reason
    return rules


def _standardize(calendar: icalendar.Calendar, zone: zoneinfo.ZoneInfo, refused: dict[str, str]) -> icalendar.Calendar:
    """x_wr_timezone over the calendar; when one event makes it fail (year 1 in a zone), event by event."""
    try:
        whole: icalendar.Calendar | None = x_wr_timezone.to_standard(calendar, timezone=zone)
    except Exception:  # noqa: BLE001 - find the culprit(s) below
        whole = None
    if whole is not None:
        return whole
    kept: list[Component] = []
    for component in calendar.subcomponents:
        if component.name != "VEVENT":
            kept.append(component)
            continue
        single = icalendar.Calendar()
        single.add_component(component)
        try:
            kept.extend(x_wr_timezone.to_standard(single, timezone=zone).subcomponents)
        except Exception as exc:  # noqa: BLE001 - reported as this event's reason
            refused[_uid(component)] = UNREADABLE_EVENT.format(error=first_line(exc))
    calendar.subcomponents[:] = kept
    return calendar


def _query(calendar: icalendar.Calendar) -> recurring_ical_events.CalendarQuery:
    vevents = ComponentsWithName("VEVENT", series=BoundedSeries)
    return recurring_ical_events.CalendarQuery(calendar, keep_recurrence_attributes=True, components=(vevents,))


def _prepare(
    calendar: icalendar.Calendar,
    start: dt.datetime,
    end: dt.datetime,
    refused: dict[str, str],
    *,
    renamed: dict[str, str],
) -> None:
    """Prepare the calendar's events for expansion over [start, end); the refused go into ``refused``.

    - An event whose TZID nobody could resolve is refused: a naive time with a TZID is left only when
      the calendar and the source have no zone either (x_wr_timezone applies the feed's zone otherwise),
      and reading it as UTC could be hours off.
    - Events (and series) that begin after the window cannot occur in it: they are dropped before the
      library builds them, so a placeholder DTSTART of 9999-12-31 never reaches date arithmetic that
      overflows.
    - Series that began long before the window are moved forward (see _recurrence.rebase).
    - Anything else one event's data makes fail refuses that event only.
    """
    kept: list[Component] = []
    for component in calendar.subcomponents:
        if component.name != "VEVENT":
            kept.append(component)
            continue
        try:
            keep, reason = _screen(component, start, end, renamed)
        except EVENT_ERRORS as exc:
            keep, reason = False, UNREADABLE_EVENT.format(error=first_line(exc))
        if reason:
            refused[_uid(component)] = reason
        elif keep:
            kept.append(component)
    calendar.subcomponents[:] = kept


def _screen(
    component: Component, start: dt.datetime, end: dt.datetime, renamed: dict[str, str]
) -> tuple[bool, str | None]:
    """(keep?, reason to refuse) for one VEVENT."""
    for name in ("DTSTART", "DTEND", "RECURRENCE-ID"):
        raw = broken(component, name)
        if raw is not None:
            return False, INVALID_DATE.format(name=name, value=raw)
    begin = moment(component, "DTSTART")
    if begin is None:
        return True, None  # reported as NO_START with the event's id
    if "RECURRENCE-ID" not in component and as_datetime(begin, start.tzinfo) >= end:
        return False, None
    reason = _refusal(component, begin, renamed)
    if reason:
        return False, reason
    if "RECURRENCE-ID" not in component:
        return rebase(component, begin, start), None  # False: a COUNT series that ended before the window
    return True, None


def _refusal(component: Component, begin: dt.date, renamed: dict[str, str]) -> str | None:
    """Why an event that may fall in the window cannot be read, or None."""
    if isinstance(begin, dt.datetime) and begin.tzinfo is None:
        tzid = getattr(component.get("DTSTART"), "params", {}).get("TZID")
        if tzid:
            return UNKNOWN_TZID.format(tzid=renamed.get(str(tzid), str(tzid)))
    finish = moment(component, "DTEND")
    if finish is not None and finish.year > LATEST_YEAR:
        # "Until 9999-12-31" is a placeholder for "permanent", and the library's date arithmetic overflows.
        return IMPLAUSIBLE_END.format(year=finish.year)
    try:
        return rule_refusal(component)
    except ValueError as exc:  # icalendar keeps an unreadable RRULE as a broken property that raises
        return BAD_SERIES.format(error=first_line(exc))


def _collect_series(calendar: icalendar.Calendar) -> tuple[list[Any], dict[str, str]]:
    """The calendar's series (a Single for each single event, _ical_single.py), in the library's order, and the
    UIDs whose series cannot be built, with the reason."""
    found = singles(calendar)
    if not found:
        return _library_series(calendar)
    everything = calendar.subcomponents
    calendar.subcomponents = [component for index, component in enumerate(everything) if index not in found]
    try:
        series, broken_series = _library_series(calendar)
    finally:
        calendar.subcomponents = everything
    return in_order(calendar, found, series), broken_series


def _library_series(calendar: icalendar.Calendar) -> tuple[list[Any], dict[str, str]]:
    """The library's series of the calendar, and the UIDs whose series cannot be built, with the reason.

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
        by_uid.setdefault(_uid(component), []).append(component)
    timezones = calendar.walk("VTIMEZONE")
    series: list[Any] = []
    broken_series: dict[str, str] = {}
    for uid, components in by_uid.items():
        single = icalendar.Calendar()
        for component in [*timezones, *components]:
            single.add_component(component)
        try:
            series.extend(_query(single).series)
        except Exception as exc:  # noqa: BLE001 - reported as this series' reason
            broken_series[uid] = first_line(exc)
    return series, broken_series
