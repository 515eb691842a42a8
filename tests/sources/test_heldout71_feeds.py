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
from sources.adapters._json_mapping import read_moment
from sources.adapters._json_nameless import SPORTS_EVENT, sports_event
from sources.adapters._json_serials import serial_items
from sources.adapters._json_zone_words import zone_worded
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


# --- part 2, batch 71: a tour's cities, each an "Event" at a date with its zone's abbreviation ------------------------
def tour(*stops: tuple[str, str]) -> str:
    return (
        "<?xml version='1.0' encoding='UTF-8'?><events>"
        + "".join(
            f"<event><city>{city}</city><image>p.png</image><date>{when}</date><latitude>45.39</latitude>"
            f"<longitude>-75.69</longitude><registration><![CDATA[https://tour.example/register]]></registration>"
            "<body><![CDATA[An evening of talks and a social hour.]]></body></event>"
            for city, when in stops
        )
        + "</events>"
    )


def test_a_tours_cities_with_zoned_dates_are_events_at_their_city() -> None:
    events = read_new_york(
        tour(
            ("Ottawa", "Nov 5, 2031 06:00:00 PM EST"),
            ("Montreal", "November 6, 2031 6:00:00 PM EST"),
            ("Chicago", "Nov 7, 2031 06:30:00 PM CST"),
            ("Boston", "Nov 8, 2031 09:30:00 PM EST"),
        )
    )
    assert [(event["title"], event["city"], event["start"]) for event in events] == [
        ("Event", "Ottawa", "2031-11-05T18:00:00-05:00"),
        ("Event", "Montreal", "2031-11-06T18:00:00-05:00"),
        ("Event", "Chicago", "2031-11-07T19:30:00-05:00"),  # 18:30 Central: the instant, in the source zone
        ("Event", "Boston", "2031-11-08T21:30:00-05:00"),
    ]


def test_a_list_of_dates_per_event_id_with_no_place_stays_unread() -> None:
    unreadable(
        "<?xml version='1.0'?><event_dates>"
        '<event id="17"><indate>20310704</indate><indate>20310711</indate></event>'
        '<event id="18"><indate>20310426</indate></event></event_dates>'
    )


def test_a_qualified_event_key_with_places_stays_unread() -> None:
    # an analytics log's events, each with the visitor's city: a log, not a programme
    unreadable(
        "<?xml version='1.0'?><log>"
        + "".join(
            f"<auditEvent><city>Ottawa</city><date>Nov {day}, 2031 06:00:00 PM EST</date></auditEvent>"
            for day in (5, 6, 7)
        )
        + "</log>"
    )


@pytest.mark.parametrize("stamp", ["timestamp", "created_at", "occurredAt"])
def test_an_analytics_log_keyed_only_as_events_stays_unread(stamp: str) -> None:
    """The lead's mend: page views and clicks under "events", stamped when recorded, at each visitor's city."""
    rows = ",".join(
        f'{{"type": "{kind}", "city": "{city}", "country": "DE", "{stamp}": "2031-05-01T10:0{minute}:17Z", '
        f'"session_id": "s{minute}"}}'
        for minute, (kind, city) in enumerate((("pageview", "Berlin"), ("click", "Paris"), ("signup", "Rome")))
    )
    unreadable('{"events": [' + rows + "]}")


@pytest.mark.parametrize(
    ("text", "offset_hours"),
    [
        ("Nov 5, 2031 06:00:00 PM EST", -5),
        ("2031-07-01 19:30 CEST", 2),
        ("July 1, 2031 7pm PDT", -7),
        ("01/07/2031 19:30 GMT", 0),
        # the lead's mend: "EST" in July is Eastern time on the wall clock (EDT), as listings mean it; "EDT" in
        # January is EST; "MST" is Arizona's all year, and a zone that keeps no summer time stays fixed
        ("July 4, 2031 7:00 PM EST", -4),
        ("January 4, 2031 7:00 PM EDT", -5),
        ("July 4, 2031 7:00 PM MST", -7),
        ("July 4, 2031 7:00 PM JST", 9),
    ],
)
def test_zone_abbreviations_after_a_clock_name_their_offset(text: str, offset_hours: int) -> None:
    worded = zone_worded(text)
    assert worded is not None
    month = 7 if text.startswith(("Jul", "2031-07")) else 11 if text.startswith("Nov") else 1
    on_its_day = dt.datetime(2031, month, 4, 19)  # noqa: DTZ001 (the wall clock the text writes)
    assert worded[1].utcoffset(on_its_day) == dt.timedelta(hours=offset_hours)


def test_a_listing_of_est_times_in_summer_reads_new_yorks_clock() -> None:
    """The lead's mend, end to end: a summer evening labelled "EST" is 19:00 on New York's clocks (23:00 UTC)."""
    start = read_moment("July 4, 2031 7:00 PM EST", "%B %d, %Y %I:%M %p", None)
    assert isinstance(start, dt.datetime)
    assert start.astimezone(dt.UTC) == dt.datetime(2031, 7, 4, 23, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "text",
    [
        "Nov 5, 2031 06:00:00 PM XST",  # no such zone
        "Nov 5 WEST END",  # a word, not after a clock
        "2031-11-05 18:00PEST",  # glued
        "Nov 5, 2031 06:00:00 PM IST",  # India, Ireland or Israel: not guessed
    ],
)
def test_texts_with_no_zone_abbreviation_read(text: str) -> None:
    assert zone_worded(text) is None


# --- part 2, batch 71: a catalogue of serials is no programme -------------------------------------------------------
def catalogue(count_key: str) -> str:
    return (
        '<?xml version="1.0" encoding="utf-8" ?><anime>'
        + "".join(
            f"<entry><id>{n}</id><title>Series {n}</title><{count_key}>{12 * n}</{count_key}><score>7.8</score>"
            f"<type>TV</type><status>Finished Airing</status><start_date>2031-0{n}-08</start_date>"
            f"<end_date>2031-0{n + 4}-18</end_date><synopsis>A story.</synopsis></entry>"
            for n in (1, 2)
        )
        + "</anime>"
    )


def test_series_counting_their_episodes_are_no_events_but_a_runs_programme_is_read() -> None:
    unreadable(catalogue("episodes"))
    runs = read_new_york(catalogue("rooms"))  # the same runs, counting something else: exhibitions, say
    assert [event["title"] for event in runs] == ["Series 1", "Series 2"]


def test_which_records_count_their_parts() -> None:
    assert serial_items([{"title": "A", "episodes": "24"}, {"title": "B", "num_episodes": 12}])
    assert serial_items([{"title": "A", "total_chapters": 40}, {"title": "B", "volumes": "3"}])
    assert not serial_items([{"title": "A", "episode": 5}, {"title": "B", "episode": "6"}])  # one broadcast's number
    assert not serial_items([{"title": "A", "episodes": "see the list"}, {"title": "B", "episodes": None}])
