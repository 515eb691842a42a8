"""The forty-third held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout43.json, each file measured
once before these rules), on small documents of our own.

Institutional calendars and schedulers: a university's room bookings and one event's detail from a room-booking
system, a university's events calendar, a school's timetable, and hard negatives (a room-availability check, a
resource's stock, a school's holidays and school years, a course's assignments). The cold measure (found 14/40,
fields 39/39, extra 1, five files unreadable, four of them hard negatives that should be) taught two rules:

- an assignment's window, "unlock_at" and "lock_at" beside "due_at" (when coursework opens and closes for hand-in,
  as an LMS writes it), is a deadline's window like "due", never a start (``NOT_DATE`` in ``_json_fields``): a
  course's assignments were printed as an event at the hour the first one locked;
- a list whose items say they are events (``"kind": "event"``, ``"type": "events"``) ranks before another list
  that reads as well and says nothing of itself (``_json_declared_kinds.declares_event``,
  ``_json_infer._list_rank``): an event detail's expanded references come first in the document, and the folder
  the event is filed in (2019 to 2050) was printed instead of the event.

Hard negatives here: items that declare another kind stay unread; a declared-event list with no dates reads
nothing; a list that says nothing of itself and reads alone is read as before; a window's "unlock" beside a real
start leaves the start alone.

Left: a school timetable's periods (``[{"date": 20130108, "startTime": 1155, "endTime": 1245, "su": [{"id": 5}],
…}]``): integer days and clock times, and nothing naming the period but ids of another call's subjects; reading
them would take a made-up title.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

TORONTO = zoneinfo.ZoneInfo("America/Toronto")
NOW = dt.datetime(2031, 5, 1, 12, 0, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def events(document: object) -> list[dict]:
    return json_events(document, window=WINDOW, zone=TORONTO)


def local(event: dict) -> str:
    return dt.datetime.fromisoformat(str(event["start"])).astimezone(TORONTO).strftime("%Y-%m-%d %H:%M")


# --- an assignment's window is no start ------------------------------------------------------------------------------


def assignment(name: str, due: str, lock: str | None, unlock: str | None) -> dict:
    return {"id": abs(hash(name)) % 10_000, "name": name, "due_at": due, "lock_at": lock, "unlock_at": unlock,
            "points_possible": 10, "grading_type": "points", "submission_types": ["online_upload"],
            "html_url": f"https://lms.example.edu/courses/7/assignments/{name.split()[-1]}"}  # fmt: skip


def test_a_courses_assignments_are_not_events() -> None:
    document = [
        assignment("Lab report 1", "2031-05-09T03:59:00Z", "2031-05-16T03:59:00Z", "2031-05-02T04:00:00Z"),
        assignment("Lab report 2", "2031-05-23T03:59:00Z", "2031-05-30T03:59:00Z", "2031-05-16T04:00:00Z"),
        assignment("Essay 3", "2031-06-06T03:59:00Z", "2031-06-13T03:59:00Z", None),
    ]
    assert events(document) == []


def test_an_unlock_beside_a_start_leaves_the_start() -> None:
    document = [
        {"title": "Robotics club night", "start_at": "2031-05-12T18:30:00-04:00", "unlock_at": "2031-05-05T09:00:00-04:00",
         "locked": False},
        {"title": "Chess club night", "start_at": "2031-05-13T19:00:00-04:00", "unlock_at": "2031-05-06T09:00:00-04:00",
         "locked": False},
    ]  # fmt: skip
    read = events(document)
    assert sorted((event["title"], local(event)) for event in read) == [
        ("Chess club night", "2031-05-13 19:00"),
        ("Robotics club night", "2031-05-12 18:30"),
    ]


# --- items that say they are events come first ------------------------------------------------------------------------


def detail(items: list[dict]) -> dict:
    """An event detail, its items then its expanded references (the folder the event is filed in), which the
    reader meets first."""
    return {
        "content": {
            "data": {"items": items},
            "expanded": {
                "parentNodes": [{"id": 900, "title": "Council folder", "nodeType": "folder",
                                 "startDt": "2030-01-01T00:00:00-05:00", "endDt": "2060-12-31T23:59:00-05:00"}],
            },
        }
    }  # fmt: skip


HEARING = {"kind": "event", "id": 1, "title": "Budget hearing", "locator": "2031-AAB",
           "dates": {"startDate": "2031-05-14T18:00:00-04:00", "endDate": "2031-05-14T20:00:00-04:00"}}  # fmt: skip


def test_items_that_say_they_are_events_come_before_a_folder() -> None:
    read = events(detail([HEARING]))
    assert [(event["title"], local(event)) for event in read] == [("Budget hearing", "2031-05-14 18:00")]


def test_a_plural_declared_type_is_an_event_too() -> None:
    item = {key: value for key, value in HEARING.items() if key != "kind"} | {"type": "events"}
    read = events(detail([item]))
    assert [event["title"] for event in read] == ["Budget hearing"]


def test_items_declaring_another_kind_stay_unread() -> None:
    item = {key: value for key, value in HEARING.items() if key != "kind"} | {"kind": "organization"}
    read = events(detail([item]))
    assert [event["title"] for event in read] != ["Budget hearing"]


def test_a_declared_event_list_without_dates_reads_nothing_of_its_own() -> None:
    document = {"data": {"items": [{"kind": "event", "id": 1, "title": "Budget hearing"},
                                   {"kind": "event", "id": 2, "title": "Zoning hearing"}]}}  # fmt: skip
    assert events(document) == []


def test_an_undeclared_list_reads_as_before() -> None:
    item = {key: value for key, value in HEARING.items() if key != "kind"}
    document = {"data": {"items": [item, {**item, "id": 2, "title": "Zoning hearing",
                                          "dates": {"startDate": "2031-05-21T18:00:00-04:00"}}]}}  # fmt: skip
    read = events(document)
    assert sorted((event["title"], local(event)) for event in read) == [
        ("Budget hearing", "2031-05-14 18:00"),
        ("Zoning hearing", "2031-05-21 18:00"),
    ]
