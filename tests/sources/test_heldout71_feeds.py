"""Feeds helper 71 (issue #13): the feeds corpus's unreadable files, and the seventy-first held-out batch, feeds
(bench/corpus/feeds/manifest-heldout71.json), on small documents of our own.

Part 1, the committed feeds corpus's fifteen unreadable files, file by file (``bench/eval.py --kind feeds
--verbose``): fourteen are hard negatives that must print nothing (an Eventful venue search, a municipality list,
an orienteering membership list and start list, exhibitions with no date, an XMLTV channel list, an OpenADR
demand-response signal, a SportsML news article, two soccer league lists and a team, a school timetable definition,
two GPX tracks) and one is a real loss: IPTC's SportsML 3 summary of one game, ``<sports-event><event-metadata
start-date-time=… duration=…>`` with no name, team or site. A list its own key calls sports events is now read,
each item a "Sports event" (``_json_nameless.sports_event``), its end the start plus the duration the event's
metadata states (``_json_duration``: "metadata" is the event's own holder).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._json_fields import Sample
from sources.adapters._json_nameless import SPORTS_EVENT, sports_event
from sources.adapters.base import FetchWindow
from sources.extraction import ExtractionError, extract_document
from tests.sources.helpers import one_event, read_feed, wall_time

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
read_new_york = functools.partial(read_feed, zone=NEW_YORK, start=dt.datetime(2031, 1, 20, 12, 0, tzinfo=NEW_YORK))


def unreadable(document: str, zone: zoneinfo.ZoneInfo = NEW_YORK) -> None:
    window = FetchWindow(dt.datetime(2031, 1, 20, tzinfo=zone), dt.datetime(2032, 1, 20, tzinfo=zone))
    with pytest.raises(ExtractionError, match="cannot tell what kind"):
        extract_document(document.encode(), window=window, zone=zone)


# --- part 1: a list its key calls sports events ----------------------------------------------------------------------
def sports_summary(container: str, metadata: str) -> str:
    return (
        '<?xml version="1.0"?><sports-content xmlns="http://iptc.org/std/nar/2006-10-01/">'
        '<sports-metadata date-time="2031-02-03T00:35:00-05:00" document-class="spct:event-summary"/>'
        f'<{container}><event-metadata key="vendevent:l.example-2030-e.17" {metadata}/></{container}>'
        "</sports-content>"
    )


def test_a_nameless_sports_event_with_a_duration_is_read_as_a_sports_event() -> None:
    document = sports_summary(
        "sports-event",
        'event-status="speventstatus:post-event" duration="PT3H36M" start-date-time="2031-02-02T18:30:00-05:00"',
    )
    event = one_event(read_new_york(document))
    assert event["title"] == SPORTS_EVENT
    assert (wall_time(event["start"]), wall_time(event["end"])) == ("2031-02-02T18:30:00", "2031-02-02T22:06:00")
    assert any("sports event" in line for line in event["evidence"])


def test_a_sports_event_with_an_end_is_read_too() -> None:
    document = sports_summary(
        "sports-event", 'start-date-time="2031-02-02T18:30:00-05:00" end-date-time="2031-02-02T21:00:00-05:00"'
    )
    event = one_event(read_new_york(document))
    assert (event["title"], wall_time(event["end"])) == (SPORTS_EVENT, "2031-02-02T21:00:00")


def test_a_sports_event_saying_neither_how_long_nor_where_stays_unread() -> None:
    unreadable(sports_summary("sports-event", 'start-date-time="2031-02-02T18:30:00-05:00"'))


def test_a_nameless_event_of_no_sport_with_a_start_and_a_duration_stays_unread() -> None:
    # OpenADR's demand-response signal: an "event" with a status, a start and a duration, for a meter, not people
    openadr = (
        '<?xml version="1.0"?><oadrPayload><oadrDistributeEvent><oadrEvent><eiEvent>'
        "<eventDescriptor><eventID>e-17</eventID><eventStatus>far</eventStatus></eventDescriptor>"
        "<eiActivePeriod><properties><dtstart>2031-06-26T18:00:00Z</dtstart><duration>PT120M</duration>"
        "</properties></eiActivePeriod></eiEvent></oadrEvent></oadrDistributeEvent></oadrPayload>"
    )
    unreadable(openadr)
    unreadable(sports_summary("audit-event", 'start-date-time="2031-02-02T18:30:00-05:00" duration="PT1H"'))


@pytest.mark.parametrize(
    ("path", "found"),
    [
        ("sports-content.sports-event", True),
        ("data.sportEvents", True),
        ("sporting_events", True),
        ("sports", False),  # a catalogue of sports, no event
        ("events", False),  # events of no named sport: a log as often
        ("eiEvent", False),
    ],
)
def test_which_list_keys_name_sports_events(path: str, found: bool) -> None:
    items = [
        {"start": "2031-03-01T10:00:00Z", "duration": "PT2H"},
        {"start": "2031-03-02T10:00:00Z", "duration": "PT2H"},
    ]
    assert (sports_event(path, Sample(path, items)) is not None) is found
