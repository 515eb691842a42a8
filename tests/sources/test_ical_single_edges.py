"""Review of the single-event fast path (perfreview35): the brief's iCalendar edge cases, each start form against each
end form, in calendars with and without X-WR-TIMEZONE / a VTIMEZONE of their own, read with the fast path and with the
library alone must give the same records (events, refusals, raw text, order)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import zoneinfo

import pytest

from sources.adapters import ics
from sources.adapters.base import AdapterContext, FetchWindow

STARTS = [
    "DTSTART;VALUE=DATE:20310309",  # all day
    "DTSTART:20310309T013000",  # floating
    "DTSTART;TZID=America/New_York:20310309T013000",  # the night the clocks go forward
    "DTSTART;TZID=America/New_York:20311102T013000",  # an ambiguous hour (clocks go back)
    "DTSTART;TZID=America/New_York:20310309T023000",  # a time that does not exist
    "DTSTART;TZID=Not/AZone:20310309T190000",  # TZID nowhere in the calendar
    "DTSTART;TZID=Custom Zone:20310309T190000",  # the calendar's own VTIMEZONE (when present)
    "DTSTART;VALUE=DATE-TIME:20310309T190000Z,20310310T190000Z",  # a list in DTSTART
    "DTSTART:20310309T190000Z",
    "DTSTART;TZID=UTC:20310309T190000",
    "DTSTART;VALUE=DATE:20310309,20310310",
    "DTSTART:",
]
ENDS = [
    "",
    "DTEND;VALUE=DATE:20310309",  # equal to an all-day start
    "DTEND;VALUE=DATE:20310308",  # before it
    "DTEND;VALUE=DATE:20310312",
    "DTEND:20310308T190000Z",  # before a timed start
    "DTEND;TZID=Europe/Paris:20310310T120000",  # another zone, across the change
    "DTEND:20310309T050000",  # floating
    "DTEND;TZID=Not/AZone:20310309T210000",
    "DTEND:20310309T190000Z,20310309T200000Z",
    "DTEND:garbage",
]
VTIMEZONE = (
    "BEGIN:VTIMEZONE\nTZID:Custom Zone\nBEGIN:STANDARD\nDTSTART:19700101T000000\nTZOFFSETFROM:+0300\n"
    "TZOFFSETTO:+0300\nTZNAME:CZ\nEND:STANDARD\nEND:VTIMEZONE\n"
)
HEADS = ["", "X-WR-TIMEZONE:Pacific/Auckland\n", VTIMEZONE, "X-WR-TIMEZONE:Nowhere/Atall\n" + VTIMEZONE]


def _calendar(head: str) -> bytes:
    events = [
        f"BEGIN:VEVENT\nUID:e{index}\nSUMMARY:Event {index}\n{start}\n{end + chr(10) if end else ''}END:VEVENT\n"
        for index, (start, end) in enumerate(itertools.product(STARTS, ENDS))
    ]
    # Duplicate UIDs across components (one single, one a moved occurrence; two singles) and a nested VEVENT.
    events += [
        "BEGIN:VEVENT\nUID:dup\nDTSTART:20310401T190000Z\nSUMMARY:First\nEND:VEVENT\n",
        "BEGIN:VEVENT\nUID:dup\nDTSTART:20310402T190000Z\nSUMMARY:Second\nEND:VEVENT\n",
        "BEGIN:VEVENT\nUID:moved\nDTSTART:20310403T190000Z\nSUMMARY:Plain\nEND:VEVENT\n",
        "BEGIN:VEVENT\nUID:moved\nRECURRENCE-ID:20310403T190000Z\nDTSTART:20310404T190000Z\nSUMMARY:Moved\nEND:VEVENT\n",
        "BEGIN:VEVENT\nUID:lone-rid\nRECURRENCE-ID:20310405T190000Z\nDTSTART:20310405T200000Z\nSUMMARY:R\nEND:VEVENT\n",
        "BEGIN:VEVENT\nUID:dur\nDTSTART;TZID=America/New_York:20310308T230000\nDURATION:PT5H\nSUMMARY:D\nEND:VEVENT\n",
        "BEGIN:VEVENT\nUID:dur2\nDTSTART;VALUE=DATE:20310308\nDURATION:P2D\nDTEND;VALUE=DATE:20310309\nEND:VEVENT\n",
        "BEGIN:VEVENT\nUID:outer\nDTSTART:20310406T190000Z\nSUMMARY:Outer\n"
        "BEGIN:VEVENT\nUID:inner\nDTSTART:20310407T190000Z\nSUMMARY:Inner\nEND:VEVENT\nEND:VEVENT\n",
        "BEGIN:VEVENT\nUID:inner\nDTSTART:20310408T190000Z\nSUMMARY:Inner again\nEND:VEVENT\n",
    ]
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:test\n{head}{''.join(events)}END:VCALENDAR\n".encode()


UTC = dt.UTC
WINDOWS = [
    (dt.datetime(2031, 2, 1, tzinfo=UTC), dt.datetime(2032, 1, 1, tzinfo=UTC)),
    # Bounds on events' own starts and ends, on a clock change, on a day's edge, naive (read in the feed's zone).
    (dt.datetime(2031, 3, 9, 6, 30, tzinfo=UTC), dt.datetime(2031, 3, 10, tzinfo=UTC)),
    (dt.datetime(2031, 3, 9, 19, 0, tzinfo=UTC), dt.datetime(2031, 3, 9, 21, 0, tzinfo=UTC)),
    (dt.datetime(2031, 3, 9), dt.datetime(2031, 3, 9, 12)),  # noqa: DTZ001 - naive bounds are a case
    (dt.datetime(2031, 3, 8, 23, 59, tzinfo=zoneinfo.ZoneInfo("Pacific/Kiritimati")), dt.datetime(2031, 4, 8, 19, 0)),  # noqa: DTZ001
]


def _records(payload: bytes, zone: str | None, window: tuple[dt.datetime, dt.datetime]) -> list[tuple[str, str]]:
    context = AdapterContext(
        source="ics", window=FetchWindow(*window), default_timezone=zoneinfo.ZoneInfo(zone) if zone else None
    )
    adapter = ics.ICalendarAdapter(config={}, context=context)
    return [
        (type(record).__name__, json.dumps(dataclasses.asdict(record), default=repr, sort_keys=True))
        for record in adapter.parse(payload)
    ]


@pytest.mark.parametrize("window", WINDOWS)
@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("zone", [None, "Australia/Lord_Howe"])
def test_edge_cases_read_as_the_library_reads_them(monkeypatch, head, zone, window):
    payload = _calendar(head)
    fast = _records(payload, zone, window)
    monkeypatch.setattr(ics, "singles", lambda calendar: {})
    slow = _records(payload, zone, window)
    assert len(fast) == len(slow)
    for one, other in zip(fast, slow, strict=True):
        assert one == other
    if window == WINDOWS[0]:
        assert sum(kind == "RawEvent" for kind, _ in fast) > 50
