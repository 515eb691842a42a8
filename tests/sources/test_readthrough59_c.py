"""Read-through 59's JSON findings, mended (helper mend59c, issue #13). The reviewer's probe inputs, each failing
without its mend, and the original rules' own shapes beside them.

2. An organiser's office address became the event's place whenever the record gave no other
   (``_json_organiser_home.at_the_organiser``): only a host, or an organiser named as a place to go.
5. A numeric day run was read per value (``_json_day_runs`` with ``_json_written_hints``): the document's order, and a
   month from numbers that read either way is none.
6. A clock range without a meridiem was read as a morning (``_json_clock_spans``).
7. ``only_field``'s end guard matched "topic", "town", "weekend" (``_json_day_runs.names_end``).
11. A label in a moment list's text made one object several events (``_json_moment_parts``).
12. A race's start under its live "tracking" was refused as a parcel's (``_json_tracked_records``).
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from typing import Any

import pytest

from sources.adapters._json_clock_spans import clock_range
from sources.adapters._json_day_runs import names_end, numeric_run
from sources.adapters._json_tracked_records import tracked_record
from sources.adapters._json_written_hints import written_hints
from tests.sources.helpers import json_reader, read_feed

LONDON = zoneinfo.ZoneInfo("Europe/London")
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
JANUARY = dt.datetime(2031, 1, 2, 9)  # noqa: DTZ001 (read_feed sets the zone)
read_uk = json_reader(LONDON)
read_de = json_reader(BERLIN)
read_us = json_reader(CHICAGO)


def addresses(events: list[dict[str, Any]]) -> list[object]:
    return [event.get("address") for event in events]


# 2. An organiser's address is the event's only where the organiser is a place to go ----------------------------

LAW_SOCIETY = {"name": "Law Society", "address": "113 Chancery Lane, London WC2A 1PL"}


def two(extra: dict[str, Any], organiser: dict[str, Any] = LAW_SOCIETY) -> list[dict[str, Any]]:
    return [
        {"title": "Contract law update", "start": "2031-04-18T18:00:00", **extra, "organizer": organiser},
        {"title": "Ethics refresher", "start": "2031-05-18T18:00:00", **extra, "organizer": organiser},
    ]


@pytest.mark.parametrize(
    "extra",
    [{"is_online": True, "join_url": "https://zoom.us/j/123"}, {"format": "Webinar"}, {"type": "online"}],
)
def test_an_online_events_organiser_address_is_not_its_place(extra: dict[str, Any]) -> None:
    events = read_uk(two(extra))
    assert len(events) == 2
    assert addresses(events) == [None, None]


def test_a_federations_races_are_not_at_its_headquarters() -> None:
    hq = {"name": "British Cycling", "address": "National Cycling Centre, Stuart Street, Manchester",
          "city": "Manchester"}  # fmt: skip
    events = read_uk([
        {"name": "Yorkshire Road Race", "date": "2031-04-18", "course": "Harrogate Circuit", "organiser": hq},
        {"name": "Cotswold Classic", "date": "2031-05-18", "course": "Cirencester loop", "organiser": hq},
    ])  # fmt: skip
    assert len(events) == 2
    assert addresses(events) == [None, None]
    assert not any(event.get("city") == "Manchester" for event in events)


def test_a_hike_from_its_meeting_point_is_not_at_the_clubs_office() -> None:
    office = {"name": "Schwarzwaldverein", "anschrift": "Schlossbergring 15, 79098 Freiburg"}
    events = read_de([
        {"titel": "Wanderung Feldberg", "datum": "2031-04-18", "treffpunkt": "Bahnhof Titisee", "veranstalter": office},
        {"titel": "Wanderung Belchen", "datum": "2031-05-18", "treffpunkt": "Parkplatz Belchenhaus",
         "veranstalter": office},
    ])  # fmt: skip
    assert len(events) == 2
    assert addresses(events) == [None, None]


def test_a_promoters_tour_is_not_at_the_promoters_unit() -> None:
    promoter = {"name": "XYZ Promotions Ltd", "address": "Unit 4, 10 Trade Park, Leeds LS1 1AA"}
    events = read_uk([
        {"title": "Live in Glasgow", "date": "2031-04-18", "organizer": promoter},
        {"title": "Live in Cardiff", "date": "2031-05-18", "organizer": promoter},
    ])  # fmt: skip
    assert len(events) == 2
    assert addresses(events) == [None, None]


def test_a_club_or_a_host_named_as_a_place_is_still_the_events_place() -> None:  # left44's, read-through 58's
    club = {"name": "Riverside Tennis Club", "address": "12 Club Road"}
    assert addresses(read_uk(two({}, club))) == ["12 Club Road", "12 Club Road"]
    host = [
        {"title": "Story time", "start": "2031-04-18T10:00:00", "host": {"name": "Friends", "address": "1 Main St"}},
        {"title": "Book club", "start": "2031-05-18T10:00:00", "host": {"name": "Friends", "address": "1 Main St"}},
    ]
    assert addresses(read_uk(host)) == ["1 Main St", "1 Main St"]


# 5. Numeric day runs: the document's order; a month from numbers read either way is none -------------------------


def club_xml(values: list[str]) -> str:
    items = "".join(
        f"<event><title>Open {index}</title><date>{value}</date><venue>Club ground</venue></event>"
        for index, value in enumerate(values)
    )
    return f"<?xml version='1.0'?><events>{items}</events>"


def test_a_uk_clubs_weekends_are_read_day_first() -> None:  # the reviewer's probe (review59's shorter run too)
    assert numeric_run("1/5-2/5/31") == (dt.date(2031, 5, 1), dt.date(2031, 5, 2))
    assert numeric_run("3/4-4/4/31") == (dt.date(2031, 4, 3), dt.date(2031, 4, 4))
    document = club_xml(["1/5-2/5/31", "12/6-13/6/31", "3/7-4/7/31", "20/9-21/9/31"])
    events = read_feed(document, zone=LONDON, start=JANUARY)
    assert [(event["start"], event["end"]) for event in events] == [
        ("2031-05-01", "2031-05-02"),
        ("2031-06-12", "2031-06-13"),
        ("2031-07-03", "2031-07-04"),
        ("2031-09-20", "2031-09-21"),
    ]


def test_the_document_decides_the_order() -> None:
    assert written_hints({"events": [{"date": "12/6-13/6/31"}, {"date": "1/5-2/5/31"}]}).day_first is True
    assert written_hints({"events": [{"date": "1/18-1/19/31"}, {"date": "3/01-3/02/31"}]}).day_first is False
    assert written_hints({"events": [{"date": "1/18-1/19/31"}, {"date": "20/9-21/9/31"}]}).day_first is None
    assert written_hints({"events": [{"date": "3/01-3/02/31"}]}).day_first is None
    assert numeric_run("5/6-6/6/31", day_first=False) is None  # a month-first list: 6 May to 6 June, suspect
    assert numeric_run("1/5-2/5/31", day_first=True) == (dt.date(2031, 5, 1), dt.date(2031, 5, 2))


def test_a_month_from_numbers_read_either_way_is_no_run() -> None:
    assert numeric_run("3/4-4/3/31") is None  # 4 March to 3 April month first, nothing day first
    document = club_xml(["1/18-1/19/31", "3/4-4/3/31", "3/01-3/02/31", "6/20-6/21/31"])
    events = read_feed(document, zone=CHICAGO, start=JANUARY)
    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        ("Open 0", "2031-01-18", "2031-01-19"),
        ("Open 2", "2031-03-01", "2031-03-02"),
        ("Open 3", "2031-06-20", "2031-06-21"),
    ]
    assert numeric_run("1/18-2/5/31") == (dt.date(2031, 1, 18), dt.date(2031, 2, 5))  # its own numbers decide


# 6. A clock range without a meridiem: a 24-hour clock only where the range or the document writes one -----------


def meetings(*times: str) -> list[dict[str, Any]]:
    return [
        {"title": f"Meeting {index}", "date": f"2031-0{index + 3}-04", "time": time} for index, time in enumerate(times)
    ]


def starts(events: list[dict[str, Any]]) -> list[str]:
    return [event["start"][11:16] if "T" in event["start"] else "all day" for event in events]


def test_an_evening_without_its_pm_is_no_morning() -> None:  # the reviewer's probe
    events = read_us(meetings("7:00-9:00", "7:00-9:00"))
    assert len(events) == 2
    assert starts(events) == ["all day", "all day"]
    assert clock_range("7:00-9:00") is None


def test_the_documents_clocks_decide() -> None:
    assert starts(read_us(meetings("7:00-9:00", "7:30-9:00pm"))) == ["19:00", "19:30"]  # its only meridiem
    assert starts(read_us(meetings("7:00-9:00", "18:00-20:00"))) == ["07:00", "18:00"]  # a 24-hour clock
    assert starts(read_us(meetings("7:30-9:00pm", "18:00-20:00"))) == ["19:30", "18:00"]  # "pm" stays evening
    assert clock_range("07:00-09:00") == (7 * 60, 9 * 60)  # a leading zero
    assert clock_range("11:00-1:00", meridiem="p") == (11 * 60, 13 * 60)
    assert clock_range("7:00-9:00", clock_24=True) == (7 * 60, 9 * 60)


# 7. The end guard matches a key's words, not its letters -----------------------------------------------------------


def test_topic_town_and_weekend_name_no_end() -> None:
    topic = read_us([{"title": "Meeting 1", "date": "2031-03-04", "time": "7:30-9:00pm", "topic": "Birds"},
                     {"title": "Meeting 2", "date": "2031-04-01", "time": "7:30-9:00pm", "topic": "Bats"}])  # fmt: skip
    assert starts(topic) == ["19:30", "19:30"]
    town = read_us([{"title": "Meeting 1", "date": "2031-03-04", "time": "7:30-9:00pm", "town": "Springfield"},
                    {"title": "Meeting 2", "date": "2031-04-01", "time": "7:30-9:00pm", "town": "Shelbyville"}])  # fmt: skip
    assert starts(town) == ["19:30", "19:30"]
    weekend_records = [{"title": "Meeting 1", "date": "1/18-1/19/31", "weekend": True},
                       {"title": "Meeting 2", "date": "2/01/31-2/02/31", "weekend": True}]  # fmt: skip
    weekend = read_feed(json.dumps(weekend_records), zone=CHICAGO, start=JANUARY, kind="json_api")
    assert [(event["start"], event["end"]) for event in weekend] == [
        ("2031-01-18", "2031-01-19"),
        ("2031-02-01", "2031-02-02"),
    ]


@pytest.mark.parametrize(
    "key", ["end", "end_date", "ends_at", "endTime", "enddate", "dateEnd", "to", "toDate", "until"]
)
def test_an_end_key_still_names_the_end(key: str) -> None:
    assert names_end(key)


@pytest.mark.parametrize("key", ["topic", "town", "total", "tour", "tooltip", "weekend", "legend", "attend", "today"])
def test_words_ending_or_starting_alike_name_no_end(key: str) -> None:
    assert not names_end(key)


# 11. A label in a moment list is no occurrence ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "document",
    [
        {"title": "Hamlet", "venue": "Globe",
         "dates": [{"date": "2031-03-01", "text": "Booking opens"}, {"date": "2031-04-18", "text": "Performance"}]},
        {"title": "The Band", "venue": "The Hall",
         "times": [{"start": "2031-04-18T19:00:00", "text": "Doors"}, {"start": "2031-04-18T20:00:00", "text": "Main act"}]},
        {"title": "Gift card", "price": 20, "times": [{"iso": "2031-04-18T10:00:00", "text": "Dispatch"}]},
    ],
)  # fmt: skip
def test_one_object_with_labelled_moments_is_not_several_events(document: dict[str, Any]) -> None:
    assert len(read_uk(document)) <= 1


# 12. A race's start under its live tracking ----------------------------------------------------------------------


def test_a_races_start_under_its_live_tracking_is_read() -> None:
    races = {"races": [
        {"name": "City Marathon", "tracking": {"start": "2031-04-18T09:00:00", "url": "https://live.example/1"}},
        {"name": "Half Marathon", "tracking": {"start": "2031-05-18T09:00:00", "url": "https://live.example/2"}},
    ]}  # fmt: skip
    assert [(event["title"], event["start"]) for event in read_uk(races)] == [
        ("City Marathon", "2031-04-18T09:00:00+01:00"),
        ("Half Marathon", "2031-05-18T09:00:00+01:00"),
    ]


def test_a_tracked_path_with_a_shipments_signs_is_still_refused() -> None:
    title, start = ["track_info.tracking.providers.0.provider.name"], ["track_info.latest_event.time_iso"]
    assert tracked_record(title, start, signs=["number", "carrier", *title, *start])
    assert tracked_record(["name"], ["tracking.eta"], signs=["tracking_number", "name", "tracking.eta"])
    assert not tracked_record(["name"], ["tracking.start"], signs=["name", "tracking.start", "tracking.url"])
    assert tracked_record(["name"], ["shipment.delivered_at"], signs=[])  # a shipment's own word needs no sign
