"""A record that states its series as iCalendar recurrence lines, expanded into its occurrences: shared by every
reader that builds such records (``json_api`` and ``xml`` from a record's ``rrule`` field, ``html`` from a weekly
timetable's lines, ``rss`` from a feed item's ``gd:recurrence``). It imports no page, JSON or feed reader: only
the iCalendar reader (``ics``), which does the expanding.

Some calendars list a series once, not its occurrences: Revize's calendar data writes
``"rrule": "DTSTART:20250206T100000\\nRRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20251231T000000\\nEXDATE:20250508T100000"``
beside the record's first start, and FullCalendar's rrule plugin takes ``"rrule": "FREQ=WEEKLY;BYDAY=MO"`` with the
record's own start as the series' first. Read as one event, such a record is its first meeting only, months gone,
and every later one is lost.

A record whose ``rrule`` field (mapped, or inferred: a column whose values hold ``FREQ=``) is such a rule is read
as the series it is: its lines (DTSTART, DTEND, DURATION, RRULE, RDATE, EXDATE; a DTSTART from the record's start
where the lines have none, a DURATION from its end) are handed to the iCalendar reader, which expands them in the
fetch window with its time zones, exceptions and bounds (``_recurrence``), and each occurrence is the record with
that start and end and the id ``<record id>@<start>``. Floating times are the record's zone. One budget is spent
by every series of a document, as one calendar file's is.

``recurrence_calendar`` wraps such lines (a feed item's Google ``gd:recurrence`` too) as a one-event calendar the
iCalendar reader can expand. ``is_rule_text`` (what counts as recurrence text) stays with the JSON value shapes
(``_json_shapes``), where inference uses it to find an ``rrule`` column.

The leading underscore keeps this helper module out of the adapter registry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from django.conf import settings

from sources.adapters._json_shapes import is_rule_text
from sources.adapters._recurrence import FileBudget
from sources.adapters.base import Adapter, AdapterError, ParsedRecord, RawEvent, RejectedRecord
from sources.adapters.common import zone as common_zone
from sources.adapters.ics import ICalendarAdapter

MAX_SERIES_OCCURRENCES = 10_000  # per document: as a feed's series are bounded
ENDS_BEFORE_START = (
    "its series' stated end ({until}) is before its start ({start}): read as the one event it states, without that end"
)
# A rule's UNTIL day (``UNTIL=20310901``, ``UNTIL=20310901T235959Z``): a fixed run of digits, no repetition.
_UNTIL = re.compile(r"\bUNTIL=(\d{4})(\d{2})(\d{2})", re.IGNORECASE)
SERIES = "a series: its recurrence lines ({rule}) expanded in the window, this occurrence {start}"


# A series written as iCalendar lines (a record's ``rrule``, Google Calendar's ``gd:recurrence``).
SERIES_PROPERTIES = frozenset({"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE"})
SERIES_PLACEHOLDER_TITLE = "series"  # the calendar needs a SUMMARY; the feed item's title is the event's


def recurrence_calendar(text: str, uid: str) -> str | None:
    """A one-event iCalendar text from a record's or feed item's recurrence lines (DTSTART, DTEND, RRULE, RDATE, EXDATE,
    then a VTIMEZONE Google writes several properties to a line); None without a DTSTART.

    Only those series properties are kept and the text stops at the first BEGIN: (the VTIMEZONE, whose
    TZID is an IANA name the calendar reader knows), so nothing in the item can add components to it.
    """
    lines: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.upper().startswith("BEGIN:"):
            break
        if line.partition(":")[0].partition(";")[0].upper() in SERIES_PROPERTIES:
            lines.append(line)
    if not any(line.upper().startswith("DTSTART") for line in lines):
        return None
    safe_uid = " ".join(uid.split()) or "feed-item"
    return "\r\n".join(
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Whatson//feed recurrence//EN", "BEGIN:VEVENT",
         f"UID:{safe_uid}", f"SUMMARY:{SERIES_PLACEHOLDER_TITLE}", *lines, "END:VEVENT", "END:VCALENDAR", ""]
    )  # fmt: skip


def _until_before(rule: str, start: dt.date) -> str | None:
    """The day a rule's UNTIL names ("2031-09-01"), when it is before the record's own start's day; else None.
    (Graph's and Exchange's range end dates are written as UNTIL, ``_json_pattern_rules``.)"""
    found = _UNTIL.search(rule)
    if found is None or "DTSTART" in rule.upper():  # lines with their own first day: that day, not the record's
        return None
    try:
        until = dt.date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        return None
    day = start.date() if isinstance(start, dt.datetime) else start
    return until.isoformat() if until < day else None


def series_budget() -> FileBudget:
    return FileBudget(seconds=float(settings.RECURRENCE_BUDGET_SECONDS), max_occurrences=MAX_SERIES_OCCURRENCES)


def series_lines(rule: str, start: dt.date, end: dt.date | None) -> str:
    """The record's recurrence as iCalendar lines: a bare "FREQ=…" is an RRULE; the record's start is the DTSTART
    (in its own wall time, read back in its zone) and its length the DURATION where the lines give neither."""
    lines = [f"RRULE:{token}" if token.upper().startswith("FREQ=") else token for token in rule.split()]
    names = {line.partition(":")[0].partition(";")[0].upper() for line in lines}
    if "DTSTART" not in names:
        if isinstance(start, dt.datetime):
            lines.insert(0, f"DTSTART:{start.replace(tzinfo=None):%Y%m%dT%H%M%S}")
        else:
            lines.insert(0, f"DTSTART;VALUE=DATE:{start:%Y%m%d}")
    if not names & {"DTEND", "DURATION"} and end is not None and _length(start, end):
        lines.append(f"DURATION:{_length(start, end)}")
    return "\n".join(lines)


def _length(start: dt.date, end: dt.date) -> str | None:
    """The record's length as an iCalendar DURATION ("PT5400S", "P3D"), or None when it has none."""
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        seconds = int((end - start).total_seconds())
        return f"PT{seconds}S" if seconds > 0 else None
    if not isinstance(start, dt.datetime) and not isinstance(end, dt.datetime):
        days = (end - start).days
        return f"P{days}D" if days > 0 else None
    return None


def occurrences(record: RawEvent, adapter: Adapter, budget: FileBudget) -> list[ParsedRecord] | None:
    """The record's occurrences in the window (none when the series has none there or the budget is spent), or
    None when its rule cannot be read (the record is then kept as the one event it states). A series the reader
    refuses (more often than every few minutes, a rule part it cannot read) is the record quarantined with the
    reader's reason. The reader's notes go to ``adapter``, and a spent budget marks its listing cut short: the
    occurrences not expanded must not read as withdrawn."""
    rule = record.rrule
    if not is_rule_text(rule):
        return None
    until = _until_before(str(rule), record.start)
    if until is not None:  # a series that would end before it starts: the one event it states, not none
        note = ENDS_BEFORE_START.format(until=until, start=record.start.isoformat())
        return [dataclasses.replace(record, rrule=None, evidence=[*record.evidence, note])]
    calendar = recurrence_calendar(series_lines(str(rule), record.start, record.end), record.external_id)
    if calendar is None:
        return None
    if budget.stopped:
        adapter.listing_truncated = True
        return []
    zone = common_zone(record.timezone, adapter.context.default_timezone)
    reader = ICalendarAdapter(config={}, context=dataclasses.replace(adapter.context, default_timezone=zone))
    try:
        found = list(reader.parse_within(calendar.encode("utf-8"), budget))
    except AdapterError:
        return None
    adapter.notes.extend(reader.notes)
    adapter.listing_truncated = adapter.listing_truncated or reader.listing_truncated
    shown = " ".join(str(rule).split())[:120]
    fixed = _fixed_offset(record.start, zone)
    return [
        _occurrence(record, each, shown, fixed) if isinstance(each, RawEvent) else _refused(record, each, str(rule))
        for each in found
    ]


def _fixed_offset(start: dt.date, zone: dt.tzinfo | None) -> dt.timezone | None:
    """A start's fixed offset ("18:00+01:00", no zone's name) that the zone the series is expanded in does not
    share at that start: each occurrence keeps it (read-through 58's F6: else 18:00+01:00 came out 18:00Z)."""
    if not isinstance(start, dt.datetime) or not isinstance(start.tzinfo, dt.timezone):
        return None
    shared = zone is not None and start.utcoffset() == start.replace(tzinfo=zone).utcoffset()
    return None if shared else start.tzinfo  # no zone: the rule's wall times were read as UTC's


def _refused(record: RawEvent, refusal: RejectedRecord, rule: str) -> RejectedRecord:
    """The record quarantined for the reason the reader refused its series (or one of its occurrences) for."""
    raw = {"title": record.title, "start": record.start.isoformat(), "rrule": rule}
    return RejectedRecord(external_id=record.external_id, reason=refusal.reason, raw=raw)


def _occurrence(record: RawEvent, each: RawEvent, rule: str, fixed: dt.timezone | None = None) -> RawEvent:
    """The record at one occurrence of its series. An all-day record's rule written with midnight times
    ("DTSTART:20270101T000000" beside "allDay": true) gives its days, not midnights. ``fixed``: the start's own
    offset, which the occurrence's wall time (the rule's, written from the start's) is read in."""
    start, end, all_day = each.start, each.end, each.all_day
    if fixed is not None and isinstance(start, dt.datetime):
        start = start.replace(tzinfo=fixed)
        end = end.replace(tzinfo=fixed) if isinstance(end, dt.datetime) else end
    if record.all_day and isinstance(start, dt.datetime) and start.time() == dt.time(0):
        start, end, all_day = start.date(), end.date() if isinstance(end, dt.datetime) else end, True
    return dataclasses.replace(
        record,
        external_id=each.external_id,
        start=start,
        end=end,
        all_day=all_day,
        timezone=record.timezone if fixed is not None else each.timezone or record.timezone,
        rrule=each.rrule or record.rrule,
        evidence=[*record.evidence, SERIES.format(rule=rule, start=start.isoformat())],
    )
