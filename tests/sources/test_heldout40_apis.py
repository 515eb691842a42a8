"""The fortieth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout40.json, each file measured
once before these rules), on small documents of our own.

The cold measure (found 16/50, fields 21/22, extra 3, six files unreadable, three of them hard negatives that should
be) taught four rules:

- records of one shape kept under names beside a plain value or two (a calendar client's fixture: ``{"description":
  "…", "timed": {"summary", "start": {"dateTime"}}, "allday": {...}, "cancelled": {...}}``) are read through ``*``
  like records under names with nothing beside them, and the keys they share are those most of them have, so one
  cancelled record with no start does not split them (``_json_named_records``);
- a to-do's "due" date is a deadline, never a start (``NOT_DATE`` in ``_json_fields``): the same client's Google
  Tasks, read the same way, stay unread;
- items with a start and a venue and no name, in a list whose key names a kind of occurrence (``"concerts": [{"venue",
  "startsAt"}]``), are each read as one ("Concert"), and a "venue" key wins a tie with a "location" key, a town
  beside it (``_json_nameless.list_kind``, ``_json_venue_first.venue_key_tie``);
- a name that is only the item's own day and clock (``"name": "12/09/22 17:00"`` beside ``"timestart"`` at that
  moment, a duration and a place) is the item's label, read as written (``_json_nameless.clock_name``).

And hard negatives: two records under names beside a plain value are one record's parts; tasks with "due" dates;
nameless "sessions" with no venue (a log of logins); nameless items in a list whose key is no occurrence ("orders");
a name that is a date other than the start; a date-only name; a log named by its own stamps, saying neither where
nor how long.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._json_infer import infer
from sources.adapters._json_named_records import named_records
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

KOLKATA = zoneinfo.ZoneInfo("Asia/Kolkata")
NOW = dt.datetime(2031, 5, 1, 12, 0, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def events(document: object, zone: zoneinfo.ZoneInfo = KOLKATA) -> list[dict]:
    return json_events(document, window=WINDOW, zone=zone)


def titles(document: object, zone: zoneinfo.ZoneInfo = KOLKATA) -> list[str]:
    return sorted(event["title"] for event in events(document, zone))


def local(event: dict, zone: zoneinfo.ZoneInfo = KOLKATA) -> str:
    start = str(event["start"])
    if "T" not in start:
        return start  # a day
    return dt.datetime.fromisoformat(start).astimezone(zone).strftime("%Y-%m-%d %H:%M")


# --- records under names beside a plain value ----------------------------------------------------------------------


def gcal(summary: str, day: int, hour: int | None = None, **extra: object) -> dict:
    if hour is None:
        when = {"start": {"date": f"2031-06-{day:02d}"}, "end": {"date": f"2031-06-{day + 1:02d}"}}
    else:
        when = {
            "start": {"dateTime": f"2031-06-{day:02d}T{hour:02d}:00:00+05:30", "timeZone": "Asia/Kolkata"},
            "end": {"dateTime": f"2031-06-{day:02d}T{hour + 1:02d}:00:00+05:30", "timeZone": "Asia/Kolkata"},
        }
    return {"kind": "calendar#event", "id": summary.lower().replace(" ", "_"), "status": "confirmed",
            "summary": summary, **when, **extra}  # fmt: skip


FIXTURE = {
    "description": "Recorded calendar answers, one of each shape.",
    "timed": gcal("Board review", 3, 9, location="Room 4"),
    "all_day": gcal("Founders day", 5),
    "evening": gcal("Choir rehearsal", 6, 19),
    "cancelled": {"kind": "calendar#event", "id": "gone", "status": "cancelled", "summary": "Deleted event"},
}


def test_records_under_names_beside_a_description_are_read():
    found = {event["title"]: event for event in events(FIXTURE)}
    assert sorted(found) == ["Board review", "Choir rehearsal", "Founders day"]
    assert local(found["Board review"]) == "2031-06-03 09:00"
    assert found["Board review"]["venue_name"] == "Room 4"
    assert local(found["Founders day"]) == "2031-06-05"


def test_without_the_description_the_same_records_were_already_read():
    plain = {key: value for key, value in FIXTURE.items() if key != "description"}
    assert titles(plain) == titles(FIXTURE)


def test_two_records_beside_a_title_are_one_records_parts():
    one = {"title": "Harbour Walk", "start": {"date": "2031-06-03", "time": "10:00"},
           "end": {"date": "2031-06-03", "time": "12:00"}}  # fmt: skip
    assert not named_records(list(one.values()), min_keyed=2, shared_share=0.6)


def test_many_plain_values_beside_records_are_no_records_under_names():
    values = ["a", "b", "c", {"x": 1, "y": 2}, {"x": 3, "y": 4}, {"x": 5, "y": 6}]
    assert not named_records(values, min_keyed=2, shared_share=0.6)
    assert named_records(values[2:], min_keyed=2, shared_share=0.6)


# --- a due date is no start ----------------------------------------------------------------------------------------


def test_tasks_with_due_dates_are_no_events():
    tasks = {
        "description": "Recorded task answers.",
        "reply": {"kind": "tasks#task", "id": "t1", "title": "Reply to email", "status": "needsAction",
                  "due": "2031-06-03T00:00:00.000Z"},
        "slides": {"kind": "tasks#task", "id": "t2", "title": "Prepare slides", "status": "needsAction",
                   "due": "2031-06-09T00:00:00.000Z", "notes": "Use last quarter's deck"},
        "old": {"kind": "tasks#task", "id": "t3", "title": "Old task", "status": "completed",
                "completed": "2031-05-01T10:00:00.000Z"},
    }  # fmt: skip
    assert events(tasks) == []
    assert events({"items": list(tasks.values())[1:]}) == []


def test_a_start_beside_a_due_date_is_still_the_start():
    talks = {"items": [{"title": f"Talk {n}", "starts_at": f"2031-06-0{n}T18:00:00+05:30",
                        "abstract_due": f"2031-05-2{n}T00:00:00+05:30"} for n in range(1, 4)]}  # fmt: skip
    assert [local(event) for event in sorted(events(talks), key=lambda e: e["title"])] == [
        "2031-06-01 18:00", "2031-06-02 18:00", "2031-06-03 18:00"]  # fmt: skip


# --- nameless items in a list that says what they are ----------------------------------------------------------------

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")


def tour(key: str = "concerts", venue_key: str = "venue") -> dict:
    stops = [("Osaka", "Zepp Namba", "2031-06-10T18:30:00+09:00"), ("Tokyo", "Budokan", "2031-06-14T18:00:00+09:00"),
             ("Nagoya", "Diamond Hall", "2031-06-20T19:00:00+09:00")]  # fmt: skip
    return {key: [{"location": city, venue_key: hall, "startsAt": when, "timeZone": "Asia/Tokyo"}
                  for city, hall, when in stops]}  # fmt: skip


def test_tour_stops_are_read_as_the_kind_their_list_names():
    found = sorted(events(tour(), TOKYO), key=local)
    assert [event["title"] for event in found] == ["Concert", "Concert", "Concert"]
    assert [event["venue_name"] for event in found] == ["Zepp Namba", "Budokan", "Diamond Hall"]
    assert local(found[1], TOKYO) == "2031-06-14 18:00"


def test_an_items_own_name_wins_over_the_kind():
    document = tour("gigs")
    document["gigs"][0]["name"] = "Release party"
    assert "Release party" in titles(document, TOKYO)


def test_a_list_whose_key_names_no_occurrence_stays_unread():
    assert events(tour("orders"), TOKYO) == []


def test_nameless_sessions_with_no_venue_are_no_events():
    logins = {"sessions": [{"location": city, "started_at": f"2031-06-0{n}T08:0{n}:00Z", "ip": f"10.0.0.{n}"}
                           for n, city in enumerate(["Berlin", "Paris", "Rome"], start=1)]}  # fmt: skip
    assert events(logins) == []


def test_a_venue_key_wins_a_tie_with_a_location_key():
    mapping = infer(tour())
    assert mapping is not None
    assert mapping.config["mapping"]["venue_name"] == "venue"


# --- a name that is only the item's own day and clock ----------------------------------------------------------------

PERTH = zoneinfo.ZoneInfo("Australia/Perth")


def session(day: int, hour: int, *, name: str | None = None, **extra: object) -> dict:
    moment = dt.datetime(2031, 6, day, hour, tzinfo=PERTH)
    return {"name": name if name is not None else moment.strftime("%d/%m/%y %H:%M"),
            "timestart": int(moment.timestamp()), "eventtype": "group", **extra}  # fmt: skip


def timetable(**extra: object) -> list[dict]:
    return [session(day, hour, **extra) for day, hour in [(2, 17), (3, 16), (9, 17), (10, 18)]]


def test_names_that_are_the_items_own_day_and_clock_are_read_as_written():
    found = sorted(events(timetable(timeduration=3600, location="345 Fake Street"), PERTH), key=local)
    assert [event["title"] for event in found] == ["02/06/31 17:00", "03/06/31 16:00", "09/06/31 17:00",
                                                   "10/06/31 18:00"]  # fmt: skip
    assert local(found[0], PERTH) == "2031-06-02 17:00"
    assert found[0]["venue_name"] == "345 Fake Street"


def test_a_log_named_by_its_own_stamps_stays_unread():
    assert events(timetable(level="info", message="backup done"), PERTH) == []


def test_a_name_that_is_another_date_names_nothing():
    records = [session(day, hour, name=f"0{day - 1}/05/31 09:00", timeduration=3600, location="Hall")
               for day, hour in [(2, 17), (3, 16), (4, 17)]]  # fmt: skip
    assert events(records, PERTH) == []


def test_a_date_only_name_names_nothing():
    records = [session(day, 17, name=f"0{day}/06/31", timeduration=3600, location="Hall") for day in (2, 3, 4)]
    assert events(records, PERTH) == []
