"""Times a key says are UTC (issue #13): "startTimeUtc": "23:30:00" beside a date, "utc_start_date":
"2027-03-01 23:30:00" without an offset, are read as UTC and shown in the source's zone; a time under a plain
key stays the source's own wall time, and a value with an offset keeps it."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from sources.adapters._json_utc import names_utc
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter

SYDNEY = zoneinfo.ZoneInfo("Australia/Sydney")
START = dt.datetime(2027, 1, 1, tzinfo=SYDNEY)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def events(document: object, config: dict | None = None) -> list[RawEvent]:
    context = AdapterContext(source="json_api", window=WINDOW, default_timezone=SYDNEY)
    records = list(JsonApiAdapter(config=config or {}, context=context).parse(json.dumps(document).encode()))
    return [record for record in records if isinstance(record, RawEvent)]


def races(time_key: str) -> dict[str, object]:
    return {
        "races": [
            {"raceId": day, "name": f"Sprint {day}", "raceDate": f"2027-03-0{day}", time_key: "23:30:00"}
            for day in (1, 2, 3)
        ]
    }


def test_a_clock_under_a_key_naming_utc_is_read_as_utc_and_shown_in_the_sources_zone() -> None:
    for key in ("startTimeUtc", "start_time_utc", "StartTimeUTC", "timeGMT"):
        found = events(races(key))
        assert [event.start for event in found] == [
            dt.datetime(2027, 3, day + 1, 10, 30, tzinfo=SYDNEY) for day in (1, 2, 3)
        ], key
        assert {event.timezone for event in found} == {"Australia/Sydney"}


def test_a_clock_under_a_plain_key_is_the_sources_wall_time() -> None:
    found = events(races("startTime"))
    assert [event.start for event in found] == [dt.datetime(2027, 3, day, 23, 30, tzinfo=SYDNEY) for day in (1, 2, 3)]


def test_a_configured_utc_field_without_an_offset_and_one_with_an_offset() -> None:
    items = {
        "events": [
            {"title": "Bare", "utc_start_date": "2027-03-01 23:30:00", "utc_end_date": "2027-03-02 01:00:00"},
            {"title": "Offset", "utc_start_date": "2027-03-01T23:30:00+02:00", "utc_end_date": None},
        ]
    }
    config = {"items": "events", "mapping": {"title": "title", "start": "utc_start_date", "end": "utc_end_date"}}
    bare, offset = events(items, config)
    assert (bare.start, bare.end) == (
        dt.datetime(2027, 3, 2, 10, 30, tzinfo=SYDNEY),
        dt.datetime(2027, 3, 2, 12, 0, tzinfo=SYDNEY),
    )
    assert offset.start == dt.datetime(2027, 3, 2, 8, 30, tzinfo=SYDNEY)


def test_only_a_keys_own_words_name_utc() -> None:
    assert names_utc(["startUtc"])
    assert names_utc(["dates.start.utc"])
    assert names_utc(["date", "time_gmt"])
    assert not names_utc(["utcOffsets.start"])  # a field under a UTC-named object is not said to be UTC
    assert not names_utc(["mutcStart", "startTime"])
