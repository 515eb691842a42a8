"""The third held-out batch of event feeds (issue #13, bench/corpus/feeds/manifest-heldout3.json: a venue's WP
Event Manager RSS, two Pentabarf schedules) and what it asked for, each on a small synthetic feed:

- a plugin's event element is the start, not the item's pubDate (when the listing was posted): kept as it was;
- a location element holding only punctuation ("-": the plugin's placeholder when none was entered) is no venue;
- a schedule's talks in several rooms of several days, with their durations, are each an event (the nested-lists
  reading of ``_json_nested``, shared with JSON: tests/sources/test_json_heldout3.py), talks of one title kept
  apart by their times and rooms.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import rss
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, RawEvent
from sources.adapters.xml_doc import XmlDocumentAdapter
from sources.extraction import extract_document

LA = zoneinfo.ZoneInfo("America/Los_Angeles")
WINDOW = FetchWindow(start=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2027, 1, 1, tzinfo=dt.UTC))


def listings(*items: tuple[str, str, str]) -> bytes:
    body = "".join(
        f"<item><title>{title}</title><link>https://venue.example/event/{n}/</link>"
        f"<pubDate>Wed, 22 Apr 2026 06:35:25 +0000</pubDate>"
        f"<event_listing:location><![CDATA[{place}]]></event_listing:location>"
        f"<event_listing:start_date><![CDATA[{start}]]></event_listing:start_date></item>"
        for n, (title, start, place) in enumerate(items)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:event_listing="https://venue.example">'
        f"<channel>{body}</channel></rss>"
    ).encode()


def parse(payload: bytes) -> list[RawEvent]:
    context = AdapterContext(source="rss", window=WINDOW, default_timezone=LA)
    return [
        record for record in rss.FeedAdapter(config={}, context=context).parse(payload) if isinstance(record, RawEvent)
    ]


def test_an_event_listing_start_date_is_the_start_and_a_dash_is_no_venue():
    events = parse(
        listings(
            ("Jazz Trio", "2026-05-10 19:30:00", "-"),
            ("Happy Hour", "2026-05-15 16:00:00", "—"),
            ("Folk Night", "2026-06-01 20:00:00", "The Back Room"),
        )
    )

    assert [(event.title, event.start) for event in events] == [
        ("Jazz Trio", dt.datetime(2026, 5, 10, 19, 30, tzinfo=LA)),
        ("Happy Hour", dt.datetime(2026, 5, 15, 16, 0, tzinfo=LA)),
        ("Folk Night", dt.datetime(2026, 6, 1, 20, 0, tzinfo=LA)),
    ]
    assert [event.venue_name for event in events] == [None, None, "The Back Room"]


SCHEDULE = b"""<?xml version="1.0" encoding="UTF-8"?>
<schedule><conference><title>Testcon</title></conference>
<day index="1" date="2026-02-07"><room name="Room 1">
  <event id="E1"><start>09:00</start><duration>00:15</duration><room>Room 1</room><title>Opening Remarks</title></event>
  <event id="E2"><start>09:15</start><duration>00:30</duration><room>Room 1</room><title>Opening Remarks</title></event>
</room><room name="Room 2">
  <event id="E3"><start>09:45</start><duration>00:30</duration><room>Room 2</room><title>Opening Remarks</title></event>
</room></day>
<day index="2" date="2026-02-08"><room name="Room 1">
  <event id="E4"><start>10:00</start><duration>01:00</duration><room>Room 1</room><title>Closing</title></event>
</room></day></schedule>"""


def test_a_schedules_talks_of_one_title_in_several_rooms_and_days_are_each_an_event():
    events = extract_document(SCHEDULE, window=WINDOW, kind="auto", zone=LA).events

    assert [(event["title"], event["start"], event["end"], event["venue_name"]) for event in events] == [
        ("Opening Remarks", "2026-02-07T09:00:00-08:00", "2026-02-07T09:15:00-08:00", "Room 1"),
        ("Opening Remarks", "2026-02-07T09:15:00-08:00", "2026-02-07T09:45:00-08:00", "Room 1"),
        ("Opening Remarks", "2026-02-07T09:45:00-08:00", "2026-02-07T10:15:00-08:00", "Room 2"),
        ("Closing", "2026-02-08T10:00:00-08:00", "2026-02-08T11:00:00-08:00", "Room 1"),
    ]


DAY_SPAN = b"""<schedule><conference><title>Conf</title><time_zone_name>America/Los_Angeles</time_zone_name></conference>
<day index="1" date="2026-02-07" start="2026-02-07T09:00:00-08:00" end="2026-02-08T08:59:00-08:00">
<room name="Janson"><event id="1"><date>2026-02-07T09:00:00-08:00</date><start>09:00</start><duration>00:25</duration>
<room>Janson</room><title>Welcome</title></event></room>
<room name="Extra"><event id="2"><date>2026-02-07T10:00:00-08:00</date><start>10:00</start><duration>00:25</duration>
<room>Extra</room><title>Welcome</title></event></room></day></schedule>"""


def test_a_days_own_start_and_end_are_not_each_talks():
    # The day's start="…" and end="…" span the whole day: each talk has its own date and length.
    events = extract_document(DAY_SPAN, window=WINDOW, kind="auto", zone=LA).events

    assert [(event["start"], event["end"], event["venue_name"]) for event in events] == [
        ("2026-02-07T09:00:00-08:00", "2026-02-07T09:25:00-08:00", "Janson"),
        ("2026-02-07T10:00:00-08:00", "2026-02-07T10:25:00-08:00", "Extra"),
    ]


def test_the_xml_adapter_checks_the_nested_and_join_keys():
    config = {"url": "https://example.org/schedule.xml", "items": "schedule.day.room.event", "parents": True,
              "mapping": {"title": "title", "start": "date"}}  # fmt: skip

    XmlDocumentAdapter.check_config(config)
    with pytest.raises(AdapterError, match="parents"):
        XmlDocumentAdapter.check_config({**config, "parents": "yes"})
    with pytest.raises(AdapterError, match="join"):
        XmlDocumentAdapter.check_config({**config, "join": {"list": "rooms"}})
