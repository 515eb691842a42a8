"""The seventy-ninth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout79.json: a dance sport
federation's event with its tournaments and its list of coming events; API-Football's fixtures; hard negatives, a
shop's activity log and an e-mail service's delivery log), on small documents of our own.

The cold measure found 4 of 9 events, fields 10/12. By cause:

- Days written as their local midnight with the place's offset ("datumVon": "2014-04-18T00:00:00+0200"): a clock in
  a key of its own ("startzeitPlan": "09:15") could not join the day, and an end under "datumBis" was read as a
  calendar's exclusive end (a festival of 18 to 21 April ended on the 20th; one of 13 to 14 June lost its end):
  ``_json_zoned_midnights``.
- A document that is one event, dated by the first of the tournaments it holds (no name of their own): nothing was
  read; its parts are now, each with the event's name and place (``_json_root_parts``).
- The host club's name ("ausrichter": {"name"}) was the tournaments' title: who holds an event names no event (an
  organiser's word in ``OTHER_NOT_TITLE``). The venue under "turnierstaette" was not a place: German "-stätte"
  compounds are (``VENUE_COMPOUNDS``), and "anschrift" is an address.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from sources.adapters._json_fields import title_score
from sources.adapters._json_shapes import Column
from sources.adapters._json_zoned_midnights import zoned_midnights
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

ZONE = zoneinfo.ZoneInfo("Europe/Berlin")
YEAR = FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=ZONE), end=dt.datetime(2031, 12, 30, tzinfo=ZONE))


def events(document: object) -> list[dict[str, Any]]:
    """What --kind auto reads from the document, in Berlin, over 2031."""
    return json_events(document, window=YEAR, zone=ZONE)


def seen(read: list[dict[str, Any]], *keys: str) -> list[tuple[Any, ...]]:
    return [tuple(each[key] for key in keys) for each in read]


# --- days written as their local midnight -------------------------------------------------------------------------


def test_days_written_as_local_midnights_are_days_and_the_last_is_inclusive() -> None:
    listing = [
        {"id": 1, "datumVon": "2031-04-18T00:00:00+0200", "datumBis": "2031-04-21T00:00:00+0200", "ort": "Berlin",
         "titel": "Frühlingspokal"},
        {"id": 2, "datumVon": "2031-06-13T00:00:00+0200", "datumBis": "2031-06-14T00:00:00+0200", "ort": "Potsdam",
         "titel": "Sommerball"},
    ]  # fmt: skip
    assert seen(events(listing), "title", "start", "end", "all_day") == [
        ("Frühlingspokal", "2031-04-18", "2031-04-21", True),
        ("Sommerball", "2031-06-13", "2031-06-14", True),
    ]


def test_a_clock_in_its_own_key_joins_a_day_written_as_its_midnight() -> None:
    listing = [
        {"titel": "Konzert im Park", "datum": "2031-05-02T00:00:00+0200", "uhrzeit": "19:30"},
        {"titel": "Orgelnacht", "datum": "2031-11-08T00:00:00+0100", "uhrzeit": "20:00"},
    ]
    assert seen(events(listing), "title", "start") == [
        ("Konzert im Park", "2031-05-02T19:30:00+02:00"),
        ("Orgelnacht", "2031-11-08T20:00:00+01:00"),
    ]


def test_a_calendars_instants_keep_their_exclusive_end() -> None:
    # hard negative: "end": {"dateTime": "…T00:00:00+01:00"} is the instant the all-day event ends (a calendar API's
    # all-day events as times): the 5th alone, and the 8th and 9th; the key names a date-time, not a day
    listing = {"value": [
        {"subject": "Closed for inventory", "start": {"dateTime": "2031-03-05T00:00:00+01:00"},
         "end": {"dateTime": "2031-03-06T00:00:00+01:00"}},
        {"subject": "Staff retreat", "start": {"dateTime": "2031-03-08T00:00:00+01:00"},
         "end": {"dateTime": "2031-03-10T00:00:00+01:00"}},
    ]}  # fmt: skip
    assert seen(events(listing), "title", "start", "end") == [
        ("Closed for inventory", "2031-03-05", None),
        ("Staff retreat", "2031-03-08", "2031-03-09"),
    ]


def test_unnamed_start_and_end_midnights_stay_moments_that_bound_days() -> None:
    # hard negative: "start"/"end" name no day: the end midnight is the moment the days end, as before
    listing = [
        {"title": "Book fair", "start": "2031-04-18T00:00:00+02:00", "end": "2031-04-21T00:00:00+02:00"},
        {"title": "Print fair", "start": "2031-05-09T00:00:00+02:00", "end": "2031-05-11T00:00:00+02:00"},
    ]
    assert seen(events(listing), "title", "start", "end") == [
        ("Book fair", "2031-04-18", "2031-04-20"),
        ("Print fair", "2031-05-09", "2031-05-10"),
    ]


def test_which_columns_are_days_written_as_midnights() -> None:
    days = ["2031-04-18T00:00:00+0200", "2031-11-08T00:00:00+01:00"]
    assert zoned_midnights("datumVon", days)
    assert zoned_midnights("event.startDate", days)
    assert zoned_midnights("fecha_fin", days)
    # hard negatives: a clock or an instant in the key, a record's own stamp, UTC throughout, a time of day among them
    assert not zoned_midnights("start.dateTime", days)
    assert not zoned_midnights("startTime", days)
    assert not zoned_midnights("createdDate", days)
    assert not zoned_midnights("start", days)
    assert not zoned_midnights("datumVon", ["2031-04-18T00:00:00+0000", "2031-04-19T00:00:00-00:00"])
    assert not zoned_midnights("datumVon", ["2031-04-18T00:00:00+0200", "2031-04-19T09:30:00+0200"])
    assert not zoned_midnights("datumVon", ["2031-04-18T00:00:00Z"])
    assert not zoned_midnights("datumVon", [])


# --- a document that is one event, dated by the first of its parts ------------------------------------------------


def tournament(ident: int, day: str, clock: str, group: str) -> dict[str, Any]:
    return {"id": ident, "datumVon": f"{day}T00:00:00+0200", "datumBis": f"{day}T00:00:00+0200",
            "startzeitPlan": clock, "titel": None, "ausrichter": {"id": 8, "name": "TSC Blau-Gold Nord e.V."},
            "startgruppe": group, "startklasseLiga": "D", "turnierart": "Std"}  # fmt: skip


def event_document(parts: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": 900, "datumVon": "2031-04-18T00:00:00+0200", "datumBis": "2031-04-20T00:00:00+0200",
        "turnierstaette": {"name": "Sporthalle Nord", "anschrift": "Hauptstr. 1", "plz": 10115, "ort": "Berlin"},
        "veranstalter": {"id": 80, "name": "Landesverband Nord e.V."},
        "ausrichter": {"id": 8, "name": "TSC Blau-Gold Nord e.V."},
        "titel": "Nordpokal", "bemerkungen": None, "turniere": parts,
    }  # fmt: skip


def test_a_document_dated_by_the_first_of_its_parts_is_read_as_its_parts() -> None:
    read = events(event_document([
        tournament(1, "2031-04-18", "09:00", "Hgr"),
        tournament(2, "2031-04-18", "10:15", "Sen I"),
        tournament(3, "2031-04-19", "11:30", "Hgr II"),
    ]))  # fmt: skip
    # left43: the venue's "ort" beside its "plz" is its town (_json_postal_towns), read into the address
    assert seen(read, "title", "start", "venue_name", "address") == [
        ("Nordpokal", "2031-04-18T09:00:00+02:00", "Sporthalle Nord", "Hauptstr. 1, Berlin"),
        ("Nordpokal", "2031-04-18T10:15:00+02:00", "Sporthalle Nord", "Hauptstr. 1, Berlin"),
        ("Nordpokal", "2031-04-19T11:30:00+02:00", "Sporthalle Nord", "Hauptstr. 1, Berlin"),
    ]
    assert {each["end"] for each in read} == {None}  # the part's own day, no clock: no end


def test_a_document_dated_by_its_own_fields_keeps_its_list_unread() -> None:
    # hard negative: a concert whose start is its own, holding its ticket sales, each dated before it: the sales do
    # not date the document, so they are not its parts; the concert is read as the one event, as before
    document = {
        "title": "Spring Concert", "start": "2031-05-02T19:30:00+02:00", "venue": {"name": "Town Hall"},
        "ticket_sales": [{"opens": "2031-03-01T10:00:00+01:00", "price": 20}, {"opens": "2031-04-01T10:00:00+02:00", "price": 25}],
    }  # fmt: skip
    assert seen(events(document), "title", "start") == [("Spring Concert", "2031-05-02T19:30:00+02:00")]


def test_parts_that_do_not_date_the_document_are_not_read_as_its_parts() -> None:
    # hard negative: the same concert keyed in German ("beginn", "vorverkauf"): no part dates it, so nothing is made
    # of its ticket sales (the document alone is not read as one event with German keys, as on main)
    document = {
        "titel": "Frühjahrskonzert", "beginn": "2031-05-02T19:30:00+02:00", "spielstaette": {"name": "Stadthalle"},
        "vorverkauf": [{"ab": "2031-03-01T10:00:00+01:00", "preis": 20}, {"ab": "2031-04-01T10:00:00+02:00", "preis": 25}],
    }  # fmt: skip
    assert events(document) == []


def test_a_programmes_steps_on_the_documents_own_day_are_not_its_parts() -> None:
    # hard negative: "Doors" at 19:00 and "Show" at 20:00 are clocks on the gala's own day, steps of one evening, not
    # events of their own: the parts must carry their own day too (as each tournament does); nothing is read, as on
    # main (not two "Gala Night"s at 19:00 and 20:00)
    document = {"title": "Gala Night", "date": "2031-05-01",
                "schedule": [{"time": "19:00", "what": "Doors"}, {"time": "20:00", "what": "Show"}]}  # fmt: skip
    assert events(document) == []


# --- who holds an event, and where ----------------------------------------------------------------------------------


def test_a_host_clubs_name_does_not_name_its_events() -> None:
    # hard negative for the title: "ausrichter" (the host) and "veranstalter" (the organiser) name who, not what
    listing = [
        {"bezeichnung": "Herbstpokal Latein", "ausrichter": {"name": "TSC Blau-Gold Nord e.V."},
         "start": "2031-10-04T10:00:00+02:00"},
        {"bezeichnung": "Herbstpokal Standard", "ausrichter": {"name": "TSC Rot-Weiss Süd e.V."},
         "start": "2031-10-05T10:00:00+02:00"},
    ]  # fmt: skip
    assert seen(events(listing), "title") == [("Herbstpokal Latein",), ("Herbstpokal Standard",)]
    hosts = ["TSC Blau-Gold Nord e.V.", "TSC Rot-Weiss Süd e.V."]
    assert title_score(Column("ausrichter.name", hosts)) == 0.0
    assert title_score(Column("veranstalter.name", hosts)) == 0.0
    assert title_score(Column("turnier.name", ["Herbstpokal Latein", "Herbstpokal Standard"])) > 0.0


def test_a_venue_named_as_a_stätte_compound_is_the_place() -> None:
    listing = [
        {"name": "Herbstpokal", "start": "2031-10-04T10:00:00+02:00",
         "spielstaette": {"name": "Sporthalle Nord", "anschrift": "Hauptstr. 1"}},
        {"name": "Winterball", "start": "2031-12-06T19:00:00+01:00",
         "spielstaette": {"name": "Kurhaus", "anschrift": "Kurplatz 2"}},
    ]  # fmt: skip
    assert seen(events(listing), "title", "venue_name", "address") == [
        ("Herbstpokal", "Sporthalle Nord", "Hauptstr. 1"),
        ("Winterball", "Kurhaus", "Kurplatz 2"),
    ]


def test_a_shops_activity_log_is_no_events() -> None:
    # the batch's committed hard negative, in our words: an order's steps under "events", each a verb and a stamp
    log = {"events": [
        {"verb": "placed", "created_at": "2031-01-10T11:00:00-05:00", "subject_type": "Order", "id": 1,
         "message": "Order was placed"},
        {"verb": "confirmed", "created_at": "2031-01-10T11:05:00-05:00", "subject_type": "Order", "id": 2,
         "message": "Received new order #1001 by Jo Doe"},
    ]}  # fmt: skip
    assert events(log) == []
