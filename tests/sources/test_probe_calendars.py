"""Hostile calendars found by the probe: nesting that would exhaust memory."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import ics
from sources.adapters._ical_read import MAX_COMPONENT_DEPTH
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, RawEvent

DECEMBER = FetchWindow(start=dt.datetime(2026, 12, 1, tzinfo=dt.UTC), end=dt.datetime(2026, 12, 20, tzinfo=dt.UTC))
EVENT = "BEGIN:VEVENT\nUID:chess-1@club.example\nSUMMARY:Chess night\nDTSTART:20261209T190000Z\n{inner}END:VEVENT\n"
ALARM = "BEGIN:VALARM\nACTION:DISPLAY\nTRIGGER:-PT15M\nEND:VALARM\n"


def parse(text: str) -> list[RawEvent]:
    context = AdapterContext(source="ics", window=DECEMBER, default_timezone=zoneinfo.ZoneInfo("UTC"))
    records = ics.ICalendarAdapter(config={}, context=context).parse(text.encode())
    return [record for record in records if isinstance(record, RawEvent)]


def calendar(body: str) -> str:
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:x\n{body}END:VCALENDAR\n"


def test_thousands_of_nested_events_are_refused_before_parsing():
    nested = "BEGIN:VEVENT\n" * 4000 + "UID:x\nDTSTART:20261209T190000Z\n" + "END:VEVENT\n" * 4000

    with pytest.raises(AdapterError, match=f"nested more than {MAX_COMPONENT_DEPTH} deep"):
        parse(calendar(nested))


def test_an_event_with_an_alarm_and_many_events_in_a_row_still_read():
    # Depth counts nesting, not components: a long calendar of flat events is not "deep".
    body = EVENT.format(inner=ALARM) + "".join(
        EVENT.replace("chess-1", f"chess-{n}").format(inner="") for n in range(2, 40)
    )

    events = parse(calendar(body))

    assert len(events) == 39
    assert events[0].title == "Chess night"


def test_nesting_just_within_the_bound_is_read():
    inner = "BEGIN:X-WRAP\n" * (MAX_COMPONENT_DEPTH - 2) + "END:X-WRAP\n" * (MAX_COMPONENT_DEPTH - 2)

    (event,) = parse(calendar(EVENT.format(inner=ALARM + inner)))

    assert event.external_id == "chess-1@club.example"
