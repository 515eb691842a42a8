"""Misreadings of the JSON and XML readers left from earlier batches (issue #13; docs/real-world-sources-log.md, "Left
items from earlier batches, APIs and feeds"), each on a small document of our own:

- a list named by a config's ``also`` that is not in the response is said on the run, not silently unread;
- a Microsoft Graph series whose range ends before it starts is kept as the one event it states, with a note;
- a yearly series is read in the window even when most of its years are past it;
- sibling prices named by kind of ticket (``<price name="Adult">12.00</price><price name="Child">6.00</price>``,
  or a JSON list of them) are the event's prices, the lowest to the highest, each name kept in its evidence;
- a record's own id wins over the ids of the objects nested in it (a facility's, a room's, a host's, its status's);
- showings titled only by their format ("IMAX", "3D", "OV", "Dolby Atmos") are titled by the film above them.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from decimal import Decimal

import pytest

from sources.adapters import _json_format_titles, _record_series
from sources.adapters._api import cost_type
from sources.adapters._json_format_titles import format_label
from sources.adapters._json_prices import every_element
from sources.adapters._xml_data import priced_siblings
from sources.adapters.base import FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter
from sources.extraction import extract_document
from tests.hostile import module_patterns, superlinear_shape
from tests.sources.conftest import RecordedServer
from tests.sources.helpers import fetch_with, parse_json

OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
START = dt.datetime(2031, 9, 1, tzinfo=OSLO)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def read(document: str) -> list[dict[str, object]]:
    return extract_document(document.encode(), window=WINDOW, kind="auto", zone=OSLO).events


def booking(number: int, title: str, start: str) -> dict[str, object]:
    return {"id": number, "title": title, "start": start}


def test_an_also_list_missing_from_the_response_is_said_on_the_run() -> None:
    document = {"bookings": [booking(1, "Yoga", "2031-10-04T10:00:00"), booking(2, "Pilates", "2031-10-05T10:00:00")]}
    config = {
        "items": "bookings",
        "also": ["waitingBookings", "bookings.0.title"],
        "mapping": {"title": "title", "start": "start", "external_id": "id"},
    }

    adapter, events = parse_json(document, config, window=WINDOW, zone=OSLO)

    assert [event.title for event in events] == ["Yoga", "Pilates"]
    missing, not_a_list = adapter.notes
    assert "'waitingBookings'" in missing
    assert "found nothing" in missing
    assert "'bookings.0.title'" in not_a_list
    assert "found str" in not_a_list
    document["waitingBookings"] = [booking(3, "Spin", "2031-10-06T10:00:00")]
    config["also"] = ["waitingBookings"]
    adapter, events = parse_json(document, config, window=WINDOW, zone=OSLO)
    assert [event.title for event in events] == ["Yoga", "Pilates", "Spin"]
    assert adapter.notes == []


def test_an_also_list_on_the_first_page_only_is_not_said_missing_on_every_later_page(recorded) -> None:
    # A paged answer whose first page alone carries the featured list: pages 2 and 3 lacking it renamed nothing.
    def page(request):  # type: ignore[no-untyped-def]
        number = int(request.query.get("page", "1"))
        body: dict[str, object] = {"bookings": [booking(number, f"Class {number}", f"2031-10-0{number}T10:00:00")]}
        if number == 1:
            body["featured"] = [booking(9, "Open day", "2031-10-09T10:00:00")]
        if number < 3:
            body["next"] = recorded.url(f"/bookings?page={number + 1}")
        return RecordedServer.reply(json_body=body)

    recorded.add("/bookings", page)
    config = {
        "url": recorded.url("/bookings"),
        "items": "bookings",
        "also": ["featured"],
        "pagination": {"type": "link", "next": "next"},
        "mapping": {"title": "title", "start": "start", "external_id": "id"},
        "allow_private_network": True,
    }
    adapter, records = fetch_with(JsonApiAdapter, config, window=WINDOW, default_timezone=OSLO)

    titles = [record.title for record in records if isinstance(record, RawEvent)]

    assert titles == ["Class 1", "Open day", "Class 2", "Class 3"]
    assert adapter.notes == []


def graph_event(subject: str, start: str, end: str, recurrence: dict[str, object] | None = None) -> dict[str, object]:
    event: dict[str, object] = {
        "id": f"AAMk-{subject[:4]}",
        "subject": subject,
        "start": {"dateTime": start, "timeZone": "Europe/Oslo"},
        "end": {"dateTime": end, "timeZone": "Europe/Oslo"},
        "location": {"displayName": "Old library"},
    }
    if recurrence is not None:
        event["recurrence"] = recurrence
    return event


def weekly(start_date: str, end_date: str) -> dict[str, object]:
    return {
        "pattern": {"type": "weekly", "interval": 1, "daysOfWeek": ["monday"], "firstDayOfWeek": "sunday"},
        "range": {"type": "endDate", "startDate": start_date, "endDate": end_date},
    }


def test_a_graph_event_ending_before_it_starts_is_kept() -> None:
    answer = {
        "value": [
            graph_event("Repair café", "2031-10-04T10:00:00", "2031-10-04T13:00:00"),
            graph_event("Book swap", "2031-10-05T10:00:00", "2031-08-04T09:00:00"),  # an end before its start
            graph_event("Knitting", "2031-10-06T10:00:00", "2031-10-06T12:00:00", weekly("2031-10-06", "2031-09-01")),
            graph_event("Chess", "2031-10-13T18:00:00", "2031-10-13T20:00:00", weekly("2031-10-13", "2031-10-20")),
        ]
    }

    events = read(json.dumps(answer))

    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        ("Repair café", "2031-10-04T10:00:00+02:00", "2031-10-04T13:00:00+02:00"),
        ("Book swap", "2031-10-05T10:00:00+02:00", None),  # the impossible end dropped, the event kept
        ("Knitting", "2031-10-06T10:00:00+02:00", "2031-10-06T12:00:00+02:00"),  # its series' impossible end
        ("Chess", "2031-10-13T18:00:00+02:00", "2031-10-13T20:00:00+02:00"),  # a series read as before
        ("Chess", "2031-10-20T18:00:00+02:00", "2031-10-20T20:00:00+02:00"),
    ]
    knitting = events[2]
    assert knitting["rrule"] is None
    assert any("before" in note and "2031-09-01" in note for note in knitting["evidence"])


def yearly(start_date: str, range_part: dict[str, object]) -> dict[str, object]:
    return {
        "pattern": {"type": "absoluteYearly", "interval": 1, "month": 5, "dayOfMonth": 17},
        "range": {"startDate": start_date, **range_part},
    }


def test_a_yearly_series_past_the_window_still_gives_its_occurrence_in_it() -> None:
    answer = {
        "value": [
            # begun before the window, with no end: this year's meeting is in it
            graph_event(
                "Founders' day", "2030-05-17T12:00:00", "2030-05-17T14:00:00", yearly("2030-05-17", {"type": "noEnd"})
            ),
            # begun in the window, ending 24 years later: its first meeting is in it, the others past it
            graph_event(
                "Harbour festival",
                "2032-05-17T10:00:00",
                "2032-05-17T18:00:00",
                yearly("2032-05-17", {"type": "endDate", "endDate": "2055-05-17"}),
            ),
            graph_event(
                "Regatta",
                "2031-05-17T09:00:00",
                "2031-05-17T17:00:00",
                yearly("2031-05-17", {"type": "numbered", "numberOfOccurrences": 30}),
            ),
        ]
    }

    events = read(json.dumps(answer))

    assert sorted((event["title"], event["start"]) for event in events) == [
        ("Founders' day", "2032-05-17T12:00:00+02:00"),
        ("Harbour festival", "2032-05-17T10:00:00+02:00"),
        ("Regatta", "2032-05-17T09:00:00+02:00"),
    ]

    exchange = (
        '<Items xmlns="http://schemas.microsoft.com/exchange/services/2006/types"><CalendarItem>'
        "<ItemId Id='y1'/><Subject>Harbour festival</Subject><Start>2032-05-17T08:00:00Z</Start>"
        "<End>2032-05-17T16:00:00Z</End><Location>Quay</Location><Recurrence><AbsoluteYearlyRecurrence>"
        "<DayOfMonth>17</DayOfMonth><Month>May</Month></AbsoluteYearlyRecurrence><EndDateRecurrence>"
        "<StartDate>2032-05-17Z</StartDate><EndDate>2055-05-17Z</EndDate></EndDateRecurrence></Recurrence>"
        "</CalendarItem><CalendarItem><ItemId Id='y2'/><Subject>Quay clean-up</Subject>"
        "<Start>2031-10-02T08:00:00Z</Start><End>2031-10-02T10:00:00Z</End><Location>Quay</Location>"
        "</CalendarItem></Items>"
    )
    assert sorted((event["title"], event["start"]) for event in read(exchange)) == [
        ("Harbour festival", "2032-05-17T10:00:00+02:00"),
        ("Quay clean-up", "2031-10-02T10:00:00+02:00"),
    ]


def performance(number: int, title: str, start: str, facility: tuple[int, str], status: tuple[int, str]) -> dict:
    return {
        "PerformanceId": number,
        "PerformanceDate": start,
        "PerformanceShortName": title,
        "Facility": {"Id": facility[0], "Description": facility[1]},
        "PerformanceStatus": {"Id": status[0], "Description": status[1]},
        "BusinessUnitId": 1,
    }


def test_a_records_own_id_wins_over_its_nested_objects_ids() -> None:
    one = [performance(4849, "La Traviata", "2031-10-19T19:30:00+02:00", (47, "Harbour Opera House"), (1, "On Sale"))]
    two = [
        *one,
        performance(4850, "Tosca", "2031-10-20T19:30:00+02:00", (48, "Harbour Studio"), (2, "Sold Out")),
    ]
    for document in (one, two):
        events = parse_json(document, window=WINDOW, zone=OSLO)[1]
        assert [(event.external_id, event.title) for event in events] == [
            ("4849", "La Traviata"),
            ("4850", "Tosca"),
        ][: len(document)]

    talks = {
        "sessions": [
            {"sessionKey": "k1", "name": "Opening", "start": "2031-10-04T09:00:00+02:00", "room": {"uid": "r1"}},
            {"sessionKey": "k2", "name": "Keynote", "start": "2031-10-04T10:00:00+02:00", "host": {"uid": "h2"}},
        ]
    }
    events = parse_json(talks, window=WINDOW, zone=OSLO)[1]
    assert [event.external_id for event in events] == ["k1", "k2"]
    wrapped = {"data": [{"node": {"id": "n1", "title": "Quiz", "start": "2031-10-04T19:00:00+02:00"}}]}
    assert [event.external_id for event in parse_json(wrapped, window=WINDOW, zone=OSLO)[1]] == ["n1"]


def concert(number: int, title: str, day: str, prices: str) -> str:
    return (
        f"<concert><id>{number}</id><title>{title}</title><start>2031-10-{day}T19:30:00</start>"
        f"<venue>Harbour hall</venue>{prices}</concert>"
    )


def test_sibling_prices_named_by_ticket_are_the_events_prices() -> None:
    document = (
        "<concerts>"
        + concert(1, "Brass band", "04", '<price name="Adult">12.00</price><price name="Child">6.00</price>')
        + concert(2, "Choir", "05", '<price name="Adult">10.00</price><price name="Concession">8.50</price>')
        + concert(3, "Organ recital", "06", '<price name="Adult">5</price><price name="Child">Free</price>')
        + "</concerts>"
    )

    events = read(document)

    assert [(event["title"], event["price_min"], event["price_max"], event["cost_type"]) for event in events] == [
        ("Brass band", 6.0, 12.0, "paid"),
        ("Choir", 8.5, 10.0, "paid"),
        ("Organ recital", 5.0, 5.0, "paid"),
    ]
    assert "prices as named: Adult 12.00; Child 6.00" in events[0]["evidence"]
    assert "prices as named: Adult 5; Child Free" in events[2]["evidence"]
    assert not any(key in events[0] for key in ("Adult", "Child"))

    answer = {
        "events": [
            {"id": 1, "name": "Brass band", "start": "2031-10-04T19:30:00", "prices": [
                {"label": "Adult", "amount": 12}, {"label": "Child", "amount": 6}]},
            {"id": 2, "name": "Choir", "start": "2031-10-05T19:30:00", "prices": [{"label": "Adult", "amount": 10}]},
        ]
    }  # fmt: skip
    events = read(json.dumps(answer))
    assert [(event["title"], event["price_min"], event["price_max"]) for event in events] == [
        ("Brass band", 6.0, 12.0),
        ("Choir", 10.0, 10.0),
    ]
    assert "prices as named: Adult 12; Child 6" in events[0]["evidence"]


def test_prices_in_lists_within_lists_are_read_over_all_of_them() -> None:
    # Offers, each with its list of ticket prices: the lowest is the least of every offer's prices, not of each
    # offer's first one.
    answer = {
        "events": [
            {"id": 1, "name": "Brass band", "start": "2031-10-04T19:30:00", "offers": [
                {"prices": [{"label": "Adult", "amount": 12}, {"label": "Child", "amount": 6}]},
                {"prices": [{"label": "Box", "amount": 50}]}]},
            {"id": 2, "name": "Choir", "start": "2031-10-05T19:30:00", "offers": [
                {"prices": [{"label": "Adult", "amount": 10}, {"label": "Child", "amount": 4}]},
                {"prices": [{"label": "Box", "amount": 30}]}]},
        ]
    }  # fmt: skip

    events = read(json.dumps(answer))

    assert [(event["title"], event["price_min"], event["price_max"]) for event in events] == [
        ("Brass band", 6.0, 50.0),
        ("Choir", 4.0, 30.0),
    ]
    assert every_element("offers.0.prices.0.amount") == "offers.prices.amount"
    assert every_element("prices.0.amount") == "prices.amount"
    assert every_element("price.amount") is None


def test_siblings_naming_fields_that_are_no_prices_are_still_fields() -> None:
    document = (
        "<events><event><field name='title'>Jazz night</field><field name='start'>2031-10-04T20:00:00</field>"
        "</event><event><field name='title'>Folk night</field><field name='start'>2031-10-05T20:00:00</field>"
        "</event></events>"
    )
    assert [event["title"] for event in read(document)] == ["Jazz night", "Folk night"]
    assert priced_siblings("price", {"Adult": "12.00", "Child": "6"})
    assert not priced_siblings("price", {"Adult": "12.00", "Note": "bring a cushion"})
    assert not priced_siblings("data", {"DTSTART": "20311004T200000", "SEQUENCE": "2"})


def showing(number: int, title: str, start: str) -> dict[str, object]:
    return {"id": f"s{number}", "title": title, "startsAt": start, "screen": "Screen 1"}


def test_showings_named_by_their_format_are_titled_by_the_film() -> None:
    one_film = {
        "film": {
            "title": "Solaris",
            "showtimes": [
                showing(1, "IMAX", "2031-10-04T18:00:00+02:00"),
                showing(2, "Dolby Atmos", "2031-10-04T21:00:00+02:00"),
                showing(3, "IMAX 3D (OV)", "2031-10-05T18:00:00+02:00"),
            ],
        }
    }
    films = {
        "data": {
            "films": [
                {"title": "Solaris", "showings": [showing(1, "Laser", "2031-10-04T18:00:00+02:00")]},
                {"title": "Stalker", "showings": [showing(2, "3D", "2031-10-05T18:00:00+02:00")]},
            ]
        }
    }
    own_key = {
        "sessions": [
            {**showing(1, "OV", "2031-10-04T18:00:00+02:00"), "movieTitle": "Solaris"},
            {**showing(2, "Dubbed", "2031-10-05T18:00:00+02:00"), "movieTitle": "Stalker"},
        ]
    }
    for document, titles in (
        (one_film, ["Solaris", "Solaris", "Solaris"]),
        (films, ["Solaris", "Stalker"]),
        (own_key, ["Solaris", "Stalker"]),
    ):
        assert [event["title"] for event in read(json.dumps(document))] == titles

    # a title with a word of its own stays; a theatre's name is no film's
    named = {"film": {"title": "Solaris", "showtimes": [showing(1, "Solaris in IMAX", "2031-10-04T18:00:00+02:00")]}}
    assert [event["title"] for event in read(json.dumps(named))] == ["Solaris in IMAX"]
    theatre = {"cinema": {"name": "Cinema Tejo", "showtimes": [showing(1, "IMAX", "2031-10-04T18:00:00+02:00")]}}
    assert [event["title"] for event in read(json.dumps(theatre))] == ["IMAX"]
    assert all(map(format_label, ["IMAX", "3D", "Laser", "OV", "Dolby Atmos", "4DX", "OmU", "D-Box", "Dublado"]))
    assert not any(map(format_label, ["Solaris", "Original", "Digital cinema night", "Atmos and Solaris", "", None]))


def test_one_rule_says_free_or_paid_for_every_reader() -> None:
    """Every stated price 0 is free, one above 0 is paid, none is unknown: the JSON reader and the APIs (SeatGeek,
    Ticketmaster) share one rule, so a lone price of 0 ("from 0.00", no top price) is free for both."""
    zero, ten = Decimal("0"), Decimal("10")
    assert [cost_type(*prices) for prices in ((zero, None), (None, zero), (zero, zero))] == ["free"] * 3
    assert [cost_type(*prices) for prices in ((zero, ten), (ten, None), (None, ten))] == ["paid"] * 3
    assert cost_type(None, None) == "unknown"
    document = {"events": [{"title": "Open rehearsal", "start": "2031-10-04T18:00:00+02:00", "price": 0}]}
    assert [event["cost_type"] for event in read(json.dumps(document))] == ["free"]


PATTERNS = {
    **module_patterns(_record_series, "_record_series."),
    **module_patterns(_json_format_titles, "_json_format_titles."),
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_patterns_stay_linear(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None
