"""The review of the rules written from held-out batches 11 and 12 (issue #13): where a rule reached past the files
it was written from, each narrowing on small documents of our own.

- JSON: a day given as its last second ("…T06:59:59Z") is read as a day only in the start, or in an end beside such
  a start; an ordinary end at 23:59:59 stays the moment it is.
- JSON: a column is recurrence text when its values state a rule's frequency (FREQ=WEEKLY at a line's or a rule
  part's start), not when "freq=" appears in a link's query.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from sources.adapters._json_infer import infer
from sources.adapters._json_shapes import is_rule_text
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter

EASTERN = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2027, 2, 1, tzinfo=EASTERN)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def json_records(document: object, zone: zoneinfo.ZoneInfo = EASTERN) -> list:
    context = AdapterContext(source="json_api", window=WINDOW, default_timezone=zone)
    return list(JsonApiAdapter(config={}, context=context).parse(json.dumps(document).encode()))


def json_events(document: object, zone: zoneinfo.ZoneInfo = EASTERN) -> list[RawEvent]:
    return [record for record in json_records(document, zone) if isinstance(record, RawEvent)]


# --- 1. an end at a day's last second is an end, not a day -----------------------------------------------------
def test_an_end_at_the_last_second_of_its_day_stays_the_events_end() -> None:
    document = {
        "events": [
            {"id": n, "title": f"Show {n}", "startDate": f"2027-03-0{n}T19:00:00-05:00",
             "endDate": f"2027-03-0{n}T23:59:59-05:00"}
            for n in (1, 2, 3)
        ]
    }  # fmt: skip

    events = json_events(document)

    assert infer(document).config["mapping"]["end"] == "endDate"
    assert [(event.start, event.end) for event in events][0] == (
        dt.datetime(2027, 3, 1, 19, tzinfo=EASTERN),
        dt.datetime(2027, 3, 1, 23, 59, 59, tzinfo=EASTERN),
    )


def test_an_end_given_as_a_last_second_beside_a_start_so_given_is_a_day() -> None:
    document = [
        {"id": n, "title": f"Fair {n}", "date": f"2027-03-0{n}T06:59:59Z", "endDate": f"2027-03-0{n + 2}T06:59:59Z"}
        for n in (2, 3, 4)
    ]

    events = json_events(document, zoneinfo.ZoneInfo("America/Los_Angeles"))

    assert [(event.start, event.end) for event in events][0] == (dt.date(2027, 3, 1), dt.date(2027, 3, 3))


# --- 2. recurrence text, not a link that says "freq=" ----------------------------------------------------------
def test_a_link_with_freq_in_its_query_is_no_recurrence_rule() -> None:
    document = [
        {"id": n, "title": f"Class {n}", "start": f"2027-03-0{n}T10:00:00", "end": f"2027-03-0{n}T11:00:00",
         "subscribe": f"https://cal.example/feed.ics?freq=weekly&id={n}"}
        for n in (1, 2, 3)
    ]  # fmt: skip

    assert "rrule" not in infer(document).config["mapping"]
    assert [event.rrule for event in json_events(document)] == [None, None, None]


def test_rule_text_is_a_stated_frequency() -> None:
    assert is_rule_text("DTSTART:20270206T100000\nRRULE:FREQ=WEEKLY;BYDAY=TH")
    assert is_rule_text("FREQ=MONTHLY;BYDAY=1WE")
    assert is_rule_text("RRULE:INTERVAL=2;FREQ=DAILY")
    assert not is_rule_text("https://cal.example/feed.ics?freq=weekly")
    assert not is_rule_text("FREQ=SOMETIMES")
