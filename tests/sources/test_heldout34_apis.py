"""The thirty-fourth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout34.json, each file
measured once before these rules), on small documents of our own.

Its misses:

- a list of search-engine event results (the Google Events shape search APIs relay: ``"date": "Fri, 6 Sept,
  20:00 – Sat, 7 Sept, 01:00"``, ``"Wed, 4 Sept, 19:30–23:00"``) was unreadable: a day written with its weekday
  and no year (``_json_dayless``) is now read in the year in which that weekday fits, near the reading's day, and
  the end after its dash is the end;
- a listing whose records write ``"venue_display": "1"`` (a switch) beside ``"venue_name"`` and
  ``"venue_address"`` took the flag, then the street, for the venue's name: a place column of flags is no place
  (``_json_shapes.flag_column`` in ``_json_extras._venue_score``), and on a tie a key naming a street gives way to the place's name
  (``_json_venue_first.street_tie``).
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from sources.adapters.base import AdapterError
from tests.sources.helpers import parse_json

LONDON = zoneinfo.ZoneInfo("Europe/London")
DENVER = zoneinfo.ZoneInfo("America/Denver")
NOW = dt.datetime(2031, 8, 31, 12, 0, tzinfo=dt.UTC)  # 2031: 5 September is a Friday, 3 September a Wednesday


def window(now: dt.datetime = NOW):
    from sources.adapters.base import FetchWindow

    return FetchWindow(start=now - dt.timedelta(days=1), end=now + dt.timedelta(days=365))


def result(title: str, date: str, venue: str | None = "Quay Hall") -> dict:
    record: dict = {
        "title": title,
        "date": date,
        "address": f"{venue or 'Pier 4'}, 1 Quay St, Porthaven",
        "link": f"https://tickets.example.org/{title.lower().replace(' ', '-')}",
        "description": f"{title} live at the quay.",
        "ticket_info": "from £8",
    }
    if venue:
        record["venue"] = {"name": venue, "rating": 4.5, "reviews": 210}
    return record


def read(document: object, now: dt.datetime = NOW, zone: dt.tzinfo = LONDON) -> list:
    return parse_json(document, window=window(now), zone=zone)[1]


def moments(events: list) -> list[tuple[str, str | None]]:
    return [(event.start.isoformat(), event.end.isoformat() if event.end is not None else None) for event in events]


# --- a day written with its weekday and no year ----------------------------------------------------------------


def test_a_weekday_day_and_month_are_read_in_the_year_they_fit() -> None:
    document = [
        result("Harbour Lights", "Fri, 5 Sept, 20:00 – Sat, 6 Sept, 01:00"),
        result("Tide Table", "Wed, 3 Sept, 19:30–23:00"),
        result("Rope Walk", "Sun, 7 Sept, 16:00–20:00"),
    ]

    events = read(document)

    assert [event.title for event in events] == ["Harbour Lights", "Tide Table", "Rope Walk"]
    assert moments(events) == [
        ("2031-09-05T20:00:00+01:00", "2031-09-06T01:00:00+01:00"),
        ("2031-09-03T19:30:00+01:00", "2031-09-03T23:00:00+01:00"),
        ("2031-09-07T16:00:00+01:00", "2031-09-07T20:00:00+01:00"),
    ]
    assert [event.venue_name for event in events] == ["Quay Hall"] * 3


def test_the_month_may_come_first_and_the_clock_be_on_twelve_hours() -> None:
    document = [result("Net Loft", "Fri, Sep 5, 7:30 PM"), result("Slipway", "Sat, Sep 6, 8 pm")]

    assert moments(read(document)) == [("2031-09-05T19:30:00+01:00", None), ("2031-09-06T20:00:00+01:00", None)]


def test_an_end_clock_earlier_than_the_start_is_past_midnight() -> None:
    document = [result("Night Ferry", "Fri, 5 Sept, 22:00–02:00"), result("Dawn Chorus", "Sat, 6 Sept, 21:00–23:00")]

    assert moments(read(document)) == [
        ("2031-09-05T22:00:00+01:00", "2031-09-06T02:00:00+01:00"),
        ("2031-09-06T21:00:00+01:00", "2031-09-06T23:00:00+01:00"),
    ]


def test_the_year_is_the_one_the_weekday_fits_near_the_reading_day() -> None:
    """Read late in 2031, "Fri, 2 Jan" is 2032's first Friday, not a day past."""
    document = [result("New Year Reel", "Fri, 2 Jan, 20:00"), result("Twelfth Night", "Tue, 6 Jan, 19:00")]
    late = dt.datetime(2031, 12, 20, 12, 0, tzinfo=dt.UTC)

    assert moments(read(document, now=late)) == [
        ("2032-01-02T20:00:00+00:00", None),
        ("2032-01-06T19:00:00+00:00", None),
    ]


def test_a_listing_of_such_days_is_found_when_its_kind_is_not_given() -> None:
    """The document's kind is found from its shape, before any reading day is known (``extract --kind auto``)."""
    from sources.extraction import default_window, extract_document

    document = [result("Harbour Lights", "Fri, 5 Sept, 20:00"), result("Tide Table", "Wed, 3 Sept, 19:30–23:00")]
    extraction = extract_document(json.dumps(document).encode(), window=default_window(NOW), zone=LONDON)

    assert [(event["title"], event["start"]) for event in extraction.events] == [
        ("Harbour Lights", "2031-09-05T20:00:00+01:00"),
        ("Tide Table", "2031-09-03T19:30:00+01:00"),
    ]


def test_an_xml_listing_of_such_days_is_read_alike() -> None:
    from sources.adapters.xml_doc import XmlDocumentAdapter
    from tests.sources.helpers import make_adapter

    rows = "".join(
        f"<event><title>{title}</title><date>{date}</date><venue>Quay Hall</venue></event>"
        for title, date in (("Harbour Lights", "Fri, 5 Sept, 20:00"), ("Tide Table", "Wed, 3 Sept, 19:30–23:00"))
    )
    adapter = make_adapter(XmlDocumentAdapter, {}, window=window(), default_timezone=LONDON)
    events = [record for record in adapter.parse(f"<events>{rows}</events>".encode()) if hasattr(record, "title")]

    assert moments(events) == [
        ("2031-09-05T20:00:00+01:00", None),
        ("2031-09-03T19:30:00+01:00", "2031-09-03T23:00:00+01:00"),
    ]


# Hard negatives.


def test_a_weekday_that_fits_no_nearby_year_is_no_date() -> None:
    """Guards the year's choice: "Mon, 5 Sept" (a Friday in 2031, a Monday only years away) is not read."""
    document = [result("Wrong Day", "Mon, 5 Sept, 20:00"), result("Also Wrong", "Mon, 4 Sept, 19:00")]

    with pytest.raises(AdapterError):  # no list of dated records: nothing is read as an event
        read(document)


def test_a_word_that_is_no_weekday_reads_nothing() -> None:
    """Guards the weekday: a status or a place before the day ("Venue, 5 Sept") is not a weekday."""
    document = [result("Pier Dance", "Sold, 5 Sept, 20:00"), result("Quay Jazz", "Venue, 6 Sept, 19:00")]

    with pytest.raises(AdapterError):
        read(document)


def test_a_written_year_is_read_as_written() -> None:
    """Guards the year-less reading: a day with its year is read in that year, not moved to the nearby one."""
    document = [result("Old Tide", "Fri, 05 Sep 2036 20:00:00"), result("Old Ebb", "Sat, 06 Sep 2036 19:00:00")]

    assert [event.start.date() for event in read(document)] == [dt.date(2036, 9, 5), dt.date(2036, 9, 6)]


def test_a_clock_alone_after_a_dash_without_a_start_clock_is_no_end() -> None:
    """Guards the end: a day with no time has no end from a bare clock ("Fri, 5 Sept – 23:00")."""
    document = [result("Fair Day", "Fri, 5 Sept – 23:00"), result("Fair Night", "Sat, 6 Sept – 22:00")]

    assert moments(read(document)) == [("2031-09-05", None), ("2031-09-06", None)]


# --- a venue's flag and its street beside its name --------------------------------------------------------------


def listing(*, with_name: bool = True) -> dict:
    def record(number: int, day: int) -> dict:
        record: dict = {
            "id": f"E0-{number}",
            "title": f"Canal Session {number}",
            "start_time": f"2031-03-{day:02d} 19:30:00",
            "stop_time": None,
            "venue_display": "1",
            "venue_address": f"{100 + number} Lock Street",
            "venue_id": f"V0-{number}",
            "city_name": "Millbrook",
            "postal_code": "80999",
            "url": f"https://listings.example.org/events/E0-{number}",
        }
        if with_name:
            record["venue_name"] = "Lock Keeper's Hall"
        return record

    return {"total_items": "3", "events": {"event": [record(1, 3), record(2, 10), record(3, 17)]}}


def test_the_venues_name_is_its_name_not_its_flag_or_its_street() -> None:
    events = read(listing(), zone=DENVER)

    assert [event.venue_name for event in events] == ["Lock Keeper's Hall"] * 3
    assert all(event.address.startswith(f"{100 + n} Lock Street") for n, event in enumerate(events, 1))


# Hard negatives.


def test_a_flag_is_never_the_venue_even_alone() -> None:
    """Guards the flag rule: with no name at all, "1" is still no venue (the street may stand for it)."""
    events = read(listing(with_name=False), zone=DENVER)

    assert len(events) == 3
    assert all(event.venue_name != "1" for event in events)


def test_a_place_key_with_real_names_is_still_read() -> None:
    """Guards the flag rule against names that happen to be short words: "Yes Bar" is a place, "yes" is not."""
    document = listing()
    for record, name in zip(document["events"]["event"], ("Yes Bar", "The One", "No. 9"), strict=True):
        record["venue_name"] = name

    assert [event.venue_name for event in read(document, zone=DENVER)] == ["Yes Bar", "The One", "No. 9"]
