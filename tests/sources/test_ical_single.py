"""Single iCalendar events are read without a recurring-ical-events Series each (sources/adapters/_ical_single.py),
to exactly the records (and reasons, raw text, order) the library's path gives."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import zoneinfo

import pytest

from sources.adapters import _ical_single, ics
from sources.adapters.base import AdapterContext, FetchWindow

EVENTS = [
    "UID:a\nDTSTART:20310301T190000Z\nDTEND:20310301T210000Z\nSUMMARY:Timed",
    "UID:b\nDTSTART;VALUE=DATE:20310302\nSUMMARY:All day, no end",
    "UID:c\nDTSTART;TZID=America/Chicago:20310303T130000\nSUMMARY:Zoned, no end\nSEQUENCE:2",
    "UID:d\nDTSTART:20310304T190000Z\nDTEND:20310304T180000Z\nSUMMARY:Ends before it starts",
    "UID:e\nDTSTART;VALUE=DATE:20310305\nDTEND:20310305T100000Z\nSUMMARY:Date start, timed end",
    "UID:f\nDTSTART:20310306T190000\nDTEND:20310306T200000\nSUMMARY:Floating",
    "UID:g\nDTSTART:20310307T190000Z\nDESCRIPTION:No summary\\nsecond line",
    "UID:h\nDTSTART:19990101T190000Z\nSUMMARY:Placeholder year",
    "UID:i\nDTSTART:20310308T190000Z\nSUMMARY:Alarmed\nBEGIN:VALARM\nACTION:DISPLAY\nTRIGGER:-PT15M\nEND:VALARM",
    "UID:j\nDTSTART:20310309T190000Z\nRRULE:FREQ=DAILY;COUNT=3\nSUMMARY:Series",
    "UID:j\nRECURRENCE-ID:20310310T190000Z\nDTSTART:20310310T200000Z\nSUMMARY:Moved",
    "UID:k\nDTSTART:20310311T190000Z\nSUMMARY:Twice\nDTEND:20310311T200000Z",
    "UID:k\nDTSTART:20310312T190000Z\nSUMMARY:Twice again",
    "UID:l\nDTSTART:20310313T190000Z\nDURATION:PT2H\nSUMMARY:With a duration",
    "DTSTART:20310314T190000Z\nSUMMARY:No uid",
    "UID:m\nSUMMARY:No start",
    "UID:n\nDTSTART:20350101T190000Z\nSUMMARY:After the window",
    "UID:o\nDTSTART:20310228T230000Z\nDTEND:20310301T010000Z\nSUMMARY:Across the window's start",
]
WINDOW = FetchWindow(
    start=dt.datetime(2031, 3, 1, tzinfo=dt.UTC) - dt.timedelta(hours=1), end=dt.datetime(2032, 1, 1, tzinfo=dt.UTC)
)


def _calendar(head: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\n{event}\nEND:VEVENT\n" for event in EVENTS)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:test\n{head}{body}END:VCALENDAR\n".encode()


def _records(payload: bytes, zone: str | None) -> list[tuple[str, str]]:
    context = AdapterContext(source="ics", window=WINDOW, default_timezone=zoneinfo.ZoneInfo(zone) if zone else None)
    adapter = ics.ICalendarAdapter(config={}, context=context)
    return [
        (type(record).__name__, json.dumps(dataclasses.asdict(record), default=repr, sort_keys=True))
        for record in adapter.parse(payload)
    ]


@pytest.mark.parametrize("head", ["", "X-WR-TIMEZONE:Europe/Paris\n", "CALSCALE:JULIAN\n"])
@pytest.mark.parametrize("zone", [None, "Asia/Kolkata"])
def test_same_records_as_the_library(monkeypatch, head, zone):
    fast = _records(_calendar(head), zone)
    monkeypatch.setattr(ics, "singles", lambda calendar: {})
    assert _records(_calendar(head), zone) == fast
    kinds = [kind for kind, _ in fast]
    assert kinds.count("RawEvent") >= 12
    assert "RejectedRecord" in kinds


def test_only_single_events_skip_the_library(monkeypatch):
    taken: list[str] = []
    as_component = _ical_single.Single.as_component

    def noted(self, start, end):
        taken.append(str(self.uid))
        return as_component(self, start, end)

    monkeypatch.setattr(_ical_single.Single, "as_component", noted)
    _records(_calendar(), None)
    # Not j (a series and its moved occurrence), k (two VEVENTs of one UID), l (a DURATION), m (no DTSTART),
    # n (after the window: dropped before), nor h (a single event before the window: no occurrence).
    singles = sorted(uid for uid in set(taken) if len(uid) == 1)  # the one without a UID gets a long one
    assert singles == ["a", "b", "c", "d", "e", "f", "g", "i", "o"]
    assert len(taken) == len(singles) + 1
