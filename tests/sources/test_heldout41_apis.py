"""The forty-first held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout41.json, each file measured
once before these rules), on small documents of our own.

The cold measure (found 46/50, fields 49/50, extra 17, four files unreadable, three of them hard negatives that
should be) taught four rules:

- a cinema chain's "reservabilityStart" / "reservabilityEnd" (when seats can be booked, up to the showing) is a
  sale window like "bookable", never the showing's start or end (``NOT_DATE`` in ``_json_fields``): Pathé's
  showtimes were read at the day booking opened, a year before;
- an address whose last part is an action word ("…/V0014S52532/booking") or the same words for every item names
  no item (``_json_infer_columns.names_each``), and a cinema's nameless showtimes of one film, each in its auditorium and
  flagged as a film's, are read as screenings (``_json_nameless.screening``);
- one event whose start, end and place sit in a "details" object beside its title and stamps (a GOV.UK-style
  content API's event artefact) is read as the document's one event, as a "dates" object is
  (``_json_one_event.DETAILS_WORDS``): it was unreadable;
- in a column of ISO 8601 moments with their offsets, where the offsets are a place's own (some other than
  zero: "+01:00" in summer beside "+00:00" in winter), a value at exactly 00:00 is a day whose time was never
  entered, as in a column without a zone (``_json_fields.zoned_wall_times``): a course list's "2014-02-27T00:00:00
  +00:00" was printed at midnight.

And hard negatives: a showtimes list flagged as no film, a conference's nameless room slots and a film catalogue
(no screening); items whose addresses have distinct last parts keep them as names; a blog post whose "details"
hold only its publication and a profile whose "attributes" hold a place and a join date (no event); a column
written in UTC throughout keeps its midnights as moments.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._json_fields import zoned_wall_times
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
LONDON = zoneinfo.ZoneInfo("Europe/London")
NOW = dt.datetime(2031, 5, 1, 12, 0, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def events(document: object, zone: zoneinfo.ZoneInfo = AMSTERDAM) -> list[dict]:
    return json_events(document, window=WINDOW, zone=zone)


def local(event: dict, zone: zoneinfo.ZoneInfo = AMSTERDAM) -> str:
    start = str(event["start"])
    if "T" not in start:
        return start  # a day
    return dt.datetime.fromisoformat(start).astimezone(zone).strftime("%Y-%m-%d %H:%M")


# --- a booking window is no start -----------------------------------------------------------------------------------


def showing(time: str, end: str, **more: object) -> dict:
    return {"time": time, "endTime": end, "reservabilityStart": "2030-04-16T10:52:03+02:00",
            "reservabilityEnd": time.replace(" ", "T") + "+02:00", **more}  # fmt: skip


def test_a_reservability_window_is_not_the_start() -> None:
    document = [
        {"name": "Jazz evening", **showing("2031-05-10 20:00:00", "2031-05-10 22:00:00")},
        {"name": "Folk evening", **showing("2031-05-11 19:30:00", "2031-05-11 21:30:00")},
    ]
    read = events(document)
    assert sorted((event["title"], local(event)) for event in read) == [
        ("Folk evening", "2031-05-11 19:30"),
        ("Jazz evening", "2031-05-10 20:00"),
    ]


def test_a_reservability_window_alone_dates_nothing() -> None:
    document = [{"name": "Seat map", "reservableFrom": "2031-05-02T10:00:00+02:00"}] * 2
    assert events(document) == []


# --- a cinema's showtimes of one film -------------------------------------------------------------------------------

PATHE_LIKE = [
    {**showing("2031-05-10 12:40:00", "2031-05-10 15:25:00"), "version": "ov", "isMovie": True,
     "refCmd": "https://s.example.nl/nl/V0014S52532/booking", "auditoriumName": "4", "auditoriumCapacity": "148"},
    {**showing("2031-05-10 19:50:00", "2031-05-10 22:35:00"), "version": "ov", "isMovie": True,
     "refCmd": "https://s.example.nl/nl/V0014S52519/booking", "auditoriumName": "2", "auditoriumCapacity": "148"},
]  # fmt: skip


def test_a_cinemas_showtimes_of_one_film_are_screenings() -> None:
    read = events(PATHE_LIKE)
    assert [(event["title"], local(event)) for event in read] == [
        ("Screening", "2031-05-10 12:40"),
        ("Screening", "2031-05-10 19:50"),
    ]
    assert all(event["title"] != "booking" for event in read)


def test_showtimes_flagged_as_no_film_are_not_screenings() -> None:
    document = [{**item, "isMovie": False} for item in PATHE_LIKE]
    assert events(document) == []


def test_nameless_room_slots_are_not_screenings() -> None:
    document = [
        {"room": "Hall A", "starts_at": "2031-05-10T10:00:00+02:00", "ends_at": "2031-05-10T10:45:00+02:00"},
        {"room": "Hall B", "starts_at": "2031-05-10T11:00:00+02:00", "ends_at": "2031-05-10T11:45:00+02:00"},
    ]
    assert events(document) == []


def test_a_film_catalogue_is_no_screening() -> None:
    document = {"shows": [
        {"slug": "the-odyssey-44019", "title": "The Odyssey", "releaseAt": {"NL_NL": "2031-07-16"}, "isMovie": False,
         "duration": 173, "salesOpeningDatetime": "2031-06-15T09:30:00+02:00"},
        {"slug": "mutiny-48084", "title": "Mutiny", "releaseAt": {"NL_NL": "2031-08-20"}, "isMovie": False,
         "duration": 96, "salesOpeningDatetime": None},
    ]}  # fmt: skip
    assert events(document) == []


def test_an_action_word_at_the_end_of_each_address_names_no_item() -> None:
    document = [
        {"url": "https://tickets.example.org/e/8812/booking", "date": "2031-05-10T20:00:00+02:00"},
        {"url": "https://tickets.example.org/e/8813/booking", "date": "2031-05-11T20:00:00+02:00"},
    ]
    assert [event["title"] for event in events(document)] == []


def test_addresses_with_their_own_last_parts_still_name_their_items() -> None:
    document = [
        {"url": "https://example.org/workshops/jazz-night", "start_date": "2031-05-10", "venue": "Hall"},
        {"url": "https://example.org/workshops/folk-night", "start_date": "2031-05-11", "venue": "Hall"},
    ]
    assert sorted(event["title"].casefold() for event in events(document)) == ["folk night", "jazz night"]


# --- one event whose details sit in a "details" object --------------------------------------------------------------


def test_one_event_with_its_start_in_a_details_object() -> None:
    document = {
        "_response_info": {"status": "ok"},
        "details": {"start_date": "2031-05-15T13:00:00+01:00", "end_date": "2031-05-15T13:45:00+01:00",
                    "location": "Open Data Institute, 65 Clifton Street, London", "livestream": "true"},
        "related": [{"title": "Friday Lunchtime Lectures", "format": "article", "updated_at": "2031-04-23T15:52:06+01:00"}],
        "title": "Friday lunchtime lecture: How politicians lie with data",
        "format": "event",
        "updated_at": "2031-04-23T17:46:14+01:00",
    }  # fmt: skip
    (read,) = events(document, LONDON)
    assert read["title"] == "Friday lunchtime lecture: How politicians lie with data"
    assert local(read, LONDON) == "2031-05-15 13:00"


def test_a_post_whose_details_hold_its_publication_is_no_event() -> None:
    document = {"title": "Collaborating on election data", "updated_at": "2031-05-23T15:19:13+01:00",
                "details": {"published_at": "2031-05-23T13:16:56+01:00", "excerpt": "At the ODI we love GitHub."}}  # fmt: skip
    assert events(document, LONDON) == []


def test_a_profile_whose_attributes_say_where_is_no_event() -> None:
    document = {"name": "Ann Example", "attributes": {"location": "Berlin", "created_at": "2031-05-02T10:00:00Z"}}
    assert events(document, LONDON) == []


# --- a place's wall clock at exactly midnight is a day --------------------------------------------------------------


def course(title: str, date: str) -> dict:
    return {"title": title, "format": "course_instance", "details": {"date": date, "course": title.lower()}}


def test_midnight_among_local_offsets_is_a_day() -> None:
    document = {"results": [
        course("Open Data in Practice", "2031-06-02T09:30:00+01:00"),
        course("Open Data, Law and Licensing", "2031-10-22T09:30:00+01:00"),
        course("Open Data in a Day", "2031-11-18T00:00:00+00:00"),
        course("Data for journalists", "2032-02-27T00:00:00+00:00"),
    ]}  # fmt: skip
    read = {event["title"]: local(event, LONDON) for event in events(document, LONDON)}
    assert read == {
        "Open Data in Practice": "2031-06-02 09:30",
        "Open Data, Law and Licensing": "2031-10-22 09:30",
        "Open Data in a Day": "2031-11-18",
        "Data for journalists": "2032-02-27",
    }


def test_midnight_in_a_column_written_in_utc_stays_a_moment() -> None:
    document = {"results": [
        course("Webinar one", "2031-06-02T17:30:00+00:00"),
        course("Webinar two", "2031-10-22T18:30:00+00:00"),
        course("Webinar three", "2031-11-18T00:00:00+00:00"),
    ]}  # fmt: skip
    read = {event["title"]: str(event["start"]) for event in events(document, LONDON)}
    assert "T" in read["Webinar three"]  # 00:00 UTC: some other place's evening, a moment


def test_zoned_wall_times_needs_every_value_zoned_and_a_local_offset() -> None:
    assert zoned_wall_times(["2031-06-02T09:30:00+01:00", "2031-11-18T00:00:00+00:00"])
    assert zoned_wall_times(["2031-06-02T09:30:00+09:00", "2031-11-18T00:00:00+09:00"])
    assert not zoned_wall_times(["2031-06-02T09:30:00+00:00", "2031-11-18T00:00:00+00:00"])
    assert not zoned_wall_times(["2031-06-02T09:30:00+01:00", "2031-11-18 00:00"])
    assert not zoned_wall_times([])
