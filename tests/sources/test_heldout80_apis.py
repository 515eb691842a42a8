"""The eightieth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout80.json: a university
agenda's activities and events, each dated by a list of days with their hours; a football data API's schedule and a
team's coming fixtures, naive UTC clocks beside epochs; a campaign platform's events; hard negatives, an LLM vendor's
cost report and an airport's flight board), on small documents of our own.

The cold measure found 11 of 16 events, fields 80.7%. By cause:

- One activity answered alone ("activity": {..., "dates": [{"day": "20200122", "hours": [{"hora_inicio": "02:00",
  "hora_termino": "06:00"}]}]}) was read as its three screenshots, dated by a "mime_type" that held a stamp: "mime"
  names a media type, no date (``OTHER_NOT_DATE``); a day whose clocks are a list of their own is still only a date
  (``_json_hour_lists``); and a "content" holding the record's marked-up body beside its "title" made the title look
  like a name/value pair's label (``_json_property_labels``).
- Naive kick-off clocks ("starting_at": "2025-07-31 01:30:00") were read as London's, an hour early, though the epoch
  beside each ("starting_at_timestamp") is the same clock in UTC (``_json_epoch_twins``).
- A page's HTML title ("Event - Foobar Softwares") was printed where the event's "name" and "headline" agree
  ("Foobar Event"): two names that agree outvote a title that drifts from them (``_json_title_votes``).
- Unscored, seen on the way: a side's "meta": {"location": "home"} was the fixtures' venue and a sign-up form's
  "address": "hidden" the first part of an address (``_json_not_places``).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from sources.adapters._json_epoch_twins import clocks_epoch_twin_utc
from sources.adapters._json_hour_lists import clock_list
from sources.adapters._json_property_labels import property_label
from sources.adapters._json_shapes import Column
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

SANTIAGO = zoneinfo.ZoneInfo("America/Santiago")
LONDON = zoneinfo.ZoneInfo("Europe/London")


def events(document: object, zone: zoneinfo.ZoneInfo = SANTIAGO) -> list[dict[str, Any]]:
    """What --kind auto reads from the document in ``zone``, over 2031."""
    year = FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=zone), end=dt.datetime(2031, 12, 30, tzinfo=zone))
    return json_events(document, window=year, zone=zone)


def seen(read: list[dict[str, Any]], *keys: str) -> list[tuple[Any, ...]]:
    return [tuple(each[key] for key in keys) for each in read]


def day(date: str, start: str, end: str) -> dict[str, Any]:
    return {"day": date, "hours": [{"hora_inicio": start, "hora_termino": end}]}


# --- one record answered alone, dated by its days and their hours ---------------------------------------------------


def test_one_activity_is_read_on_each_of_its_days_with_their_hours() -> None:
    answer = {"success": True, "activity": {
        "title": "Taller de grabado", "created_at": "2031-01-10 10:00:00", "status": "publish",
        "place": {"name": "Centro de Extensión", "addres": "Av Libertador Bernardo O'Higgins 390, Santiago"},
        "dates": [day("20310312", "15:00", "18:00"), day("20310319", "10:00", "12:00")],
    }}  # fmt: skip
    assert seen(events(answer), "title", "start", "end", "venue_name") == [
        ("Taller de grabado", "2031-03-12T15:00:00-03:00", "2031-03-12T18:00:00-03:00", "Centro de Extensión"),
        ("Taller de grabado", "2031-03-19T10:00:00-03:00", "2031-03-19T12:00:00-03:00", "Centro de Extensión"),
    ]


def test_a_marked_up_body_beside_the_title_is_no_property_value() -> None:
    answer = {"success": True, "activity": {
        "title": "Ciclo de cine", "content": "<p>Tres películas chilenas.</p>\n",
        "dates": [{"date": "2031-04-02", "time": "19:00"}, {"date": "2031-04-09", "time": "19:00"}],
    }}  # fmt: skip
    assert seen(events(answer), "title", "start") == [
        ("Ciclo de cine", "2031-04-02T19:00:00-03:00"),
        ("Ciclo de cine", "2031-04-09T19:00:00-04:00"),
    ]


def test_screenshots_dated_by_a_mime_type_are_no_events() -> None:
    # the activity's pictures, each with a stamp where its media type should be: no event, and nothing else is dated
    answer = {"success": True, "activity": {"title": "Actividad", "images": [
        {"id": 149, "title": "Captura de Pantalla 1", "created_at": "2031-01-15 11:47:28", "mime_type": "2031-02-05 12:19:29"},
        {"id": 148, "title": "Captura de Pantalla 2", "created_at": "2031-01-15 11:47:25", "mime_type": "2031-01-22 20:56:17"},
    ]}}  # fmt: skip
    assert events(answer) == []


def test_an_event_with_a_media_type_beside_its_start_still_reads() -> None:
    # hard negative: "mime" rules out its own key only; the start beside it is the event's
    listing = [
        {"title": "Open studio", "start": "2031-05-03T14:00:00", "image": {"url": "a.png", "mime_type": "image/png"}},
        {"title": "Print fair", "start": "2031-05-10T11:00:00", "image": {"url": "b.png", "mime_type": "image/png"}},
    ]
    assert seen(events(listing), "title", "start") == [
        ("Open studio", "2031-05-03T14:00:00-04:00"),
        ("Print fair", "2031-05-10T11:00:00-04:00"),
    ]


def test_which_values_are_a_days_clocks() -> None:
    def date_key(key: object) -> bool:
        return key in {"hora_inicio", "hora_termino", "start", "end"}

    assert clock_list([{"hora_inicio": "15:00", "hora_termino": "18:00"}], date_key)
    assert clock_list([{"start": "09:00"}, {"start": "14:00", "end": "16:00"}], date_key)
    # hard negatives: another key among the clocks, no objects, an empty list or object, one object alone
    assert not clock_list([{"start": "09:00", "note": "bring a pencil"}], date_key)
    assert not clock_list(["15:00", "18:00"], date_key)
    assert not clock_list([], date_key)
    assert not clock_list([{}], date_key)
    assert not clock_list({"start": "09:00"}, date_key)


def test_which_pairs_are_a_propertys_label_and_value() -> None:
    columns = {"title": Column("title", ["Ciclo", "Ciclo"]), "content": Column("content", ["<p>Uno</p>", "<p>Dos</p>"])}
    assert not property_label("title", ["Ciclo", "Ciclo"], columns)
    # hard negatives: a value that is plain text ("Ticket price": "12"), a value of which one text is not marked up
    plain = {"name": Column("name", ["Ticket price"] * 2), "content": Column("content", ["12", "15"])}
    assert property_label("name", ["Ticket price", "Ticket price"], plain)
    mixed = {"name": Column("name", ["Note"] * 2), "content": Column("content", ["<b>Late</b>", "on time"])}
    assert property_label("name", ["Note", "Note"], mixed)


# --- naive clocks that an epoch beside them says are UTC ----------------------------------------------------------


def fixture(name: str, clock: str, epoch_of: str | None) -> dict[str, Any]:
    epoch = int(dt.datetime.fromisoformat(epoch_of or clock).replace(tzinfo=dt.UTC).timestamp())
    return {"id": len(name), "name": name, "starting_at": clock, "leg": "1/1", "starting_at_timestamp": epoch,
            "participants": [{"name": name.split(" vs ")[0], "meta": {"location": "home"}}]}  # fmt: skip


def test_naive_clocks_beside_their_epochs_are_utc() -> None:
    listing = [
        fixture("Rovers vs United", "2031-07-31 01:30:00", None),
        fixture("Rovers vs Athletic", "2031-07-26 23:00:00", None),
    ]
    assert seen(events(listing, LONDON), "title", "start") == [
        ("Rovers vs United", "2031-07-31T02:30:00+01:00"),
        ("Rovers vs Athletic", "2031-07-27T00:00:00+01:00"),
    ]


def test_naive_clocks_whose_epochs_are_their_wall_clock_stay_local() -> None:
    # hard negative: the epoch is the naive clock read in London (01:30 BST = 00:30 UTC): the clocks are London's
    listing = [
        fixture("Rovers vs United", "2031-07-31 01:30:00", "2031-07-31 00:30:00"),
        fixture("Rovers vs Athletic", "2031-07-26 19:00:00", "2031-07-26 18:00:00"),
    ]
    assert seen(events(listing, LONDON), "title", "start") == [
        ("Rovers vs United", "2031-07-31T01:30:00+01:00"),
        ("Rovers vs Athletic", "2031-07-26T19:00:00+01:00"),
    ]


def test_which_epochs_say_the_clocks_are_utc() -> None:
    mapping = {"start": "kickoff"}
    utc = int(dt.datetime(2031, 7, 31, 1, 30, tzinfo=dt.UTC).timestamp())
    assert clocks_epoch_twin_utc([{"kickoff": "2031-07-31T01:30:00", "ts": utc}], mapping, LONDON)
    assert clocks_epoch_twin_utc([{"kickoff": "2031-07-31T01:30:00", "ms": utc * 1000}], mapping, LONDON)
    # hard negatives: an epoch at another moment, a bool, a number outside the years, an epoch nested in a part,
    # a start with an offset, no start mapped
    assert not clocks_epoch_twin_utc([{"kickoff": "2031-07-31T01:30:00", "updated": utc + 60}], mapping, LONDON)
    assert not clocks_epoch_twin_utc([{"kickoff": "2031-07-31T01:30:00", "flag": True}], mapping, LONDON)
    assert not clocks_epoch_twin_utc([{"kickoff": "2031-07-31T01:30:00", "n": 12345}], mapping, LONDON)
    assert not clocks_epoch_twin_utc([{"kickoff": "2031-07-31T01:30:00", "team": {"ts": utc}}], mapping, LONDON)
    assert not clocks_epoch_twin_utc([{"kickoff": "2031-07-31T01:30:00+00:00", "ts": utc}], mapping, LONDON)
    assert not clocks_epoch_twin_utc([{"kickoff": "2031-07-31T01:30:00", "ts": utc}], {}, LONDON)


# --- two names that agree outvote a drifting title ----------------------------------------------------------------


def titles(*pages: tuple[str, str, str]) -> list[tuple[Any, ...]]:
    """The titles read from a platform's pages, each (name, headline, title), one evening in 2031 apart."""
    results = [
        {"slug": name.lower().replace(" ", "_"), "name": name, "headline": headline, "title": title,
         "start_time": f"2031-0{3 + index}-08T18:00:00-00:00", "end_time": f"2031-0{3 + index}-08T21:00:00-00:00"}
        for index, (name, headline, title) in enumerate(pages)
    ]  # fmt: skip
    return seen(events({"results": results}), "title")


def test_a_name_and_a_headline_that_agree_outvote_a_pages_title() -> None:
    pages = [("Spring canvass",) * 3, ("Phone bank", "Phone bank", "Event - Riverside Action")]
    assert titles(*pages) == [("Spring canvass",), ("Phone bank",)]


def test_a_title_unlike_the_names_in_every_record_stays() -> None:
    # hard negatives: the title differs from the agreeing names in every record (another kind of name), and two
    # names that disagree with each other outvote nothing
    assert titles(("SC-1", "SC-1", "Spring canvass"), ("PB-2", "PB-2", "Phone bank")) == [
        ("Spring canvass",),
        ("Phone bank",),
    ]
    split = [("Spring canvass", "Canvass in spring", "Spring canvass"), ("Phone bank", "Calls", "Event - Riverside")]
    assert titles(*split) == [("Spring canvass",), ("Event - Riverside",)]


# --- a side of a match or a form's setting is no place ------------------------------------------------------------


def test_a_sides_home_and_a_forms_hidden_address_are_no_places() -> None:
    fixtures = [
        fixture("Rovers vs United", "2031-07-31 18:30:00", None),
        fixture("Rovers vs Athletic", "2031-08-06 19:00:00", None),
    ]
    assert seen(events(fixtures, LONDON), "venue_name", "address") == [(None, None), (None, None)]
    rsvp = {"phone": "hidden", "address": "hidden", "allow_guests": True}
    pages = {"results": [
        {"name": "Spring canvass", "start_time": "2031-05-08T18:00:00-00:00", "rsvp_form": rsvp,
         "venue": {"name": "", "address": {"city": "Pasadena", "state": "CA", "zip": "91101"}}},
        {"name": "Phone bank", "start_time": "2031-06-01T18:00:00-00:00", "rsvp_form": rsvp,
         "venue": {"name": "", "address": {"city": "Altadena", "state": "CA", "zip": "91001"}}},
    ]}  # fmt: skip
    assert seen(events(pages), "address") == [("Pasadena, CA, 91101",), ("Altadena, CA, 91001",)]


def test_a_venue_named_home_or_hidden_stays() -> None:
    # hard negatives: a record's own "location" that is a bar named "Home", a hall whose name holds "Hidden"
    listing = [
        {"title": "Quiz night", "start": "2031-03-04T20:00:00", "location": "Home"},
        {"title": "Vinyl night", "start": "2031-03-11T20:00:00", "location": "Home"},
        {"title": "Folk night", "start": "2031-03-18T20:00:00", "location": "Hidden Valley Hall"},
    ]
    assert seen(events(listing), "venue_name") == [("Home",), ("Home",), ("Hidden Valley Hall",)]


# --- the batch's hard negatives, in documents of our own ----------------------------------------------------------


def test_a_cost_report_in_day_buckets_is_no_events() -> None:
    report = {"data": [
        {"starting_at": "2031-08-01T00:00:00Z", "ending_at": "2031-08-02T00:00:00Z", "results": [
            {"amount": "123.78", "currency": "USD", "description": "Model Usage - Input Tokens", "model": "m-4"}]},
        {"starting_at": "2031-08-02T00:00:00Z", "ending_at": "2031-08-03T00:00:00Z", "results": [
            {"amount": "98.10", "currency": "USD", "description": "Model Usage - Output Tokens", "model": "m-4"}]},
    ], "has_more": False, "next_page": None}  # fmt: skip
    assert events(report) == []


def test_a_flight_board_is_no_events() -> None:
    board = [
        {"number": "KL1001", "airline": "KL", "direction": "departure", "city": "London (LHR)", "terminal": "D",
         "gate": "D04", "scheduled": "06:25", "delay_minutes": 0, "status": "on-time"},
        {"number": "AF1240", "airline": "AF", "direction": "arrival", "city": "Paris (CDG)", "terminal": "B",
         "gate": "B22", "scheduled": "11:30", "delay_minutes": 0, "status": "expected"},
    ]  # fmt: skip
    assert events(board) == []
