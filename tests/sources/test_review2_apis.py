"""Review of today's JSON rules (helper review2): a calendar API's either/or start objects, most items all-day."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

DENVER = zoneinfo.ZoneInfo("America/Denver")
WINDOW = FetchWindow(start=dt.datetime(2031, 6, 1, tzinfo=DENVER), end=dt.datetime(2032, 6, 1, tzinfo=DENVER))


def item(key: str, name: str, start: dict, end: dict) -> dict:
    return {"id": key, "summary": name, "htmlLink": f"https://cal.example/event?eid={key}", "start": start, "end": end}


def timed(day: str, first: str, last: str) -> tuple[dict, dict]:
    return {"dateTime": f"{day}T{first}:00-06:00"}, {"dateTime": f"{day}T{last}:00-06:00"}


def test_timed_items_beside_a_majority_of_all_day_ones_are_read_and_all_day_ends_are_the_day_after() -> None:
    # Most items all-day ("start": {"date"}), some timed ({"dateTime"}) in the same objects: the timed ones are
    # read, and the all-day end.date, after its start's day in every item, is the day after the last.
    document = {
        "timeZone": "America/Denver",
        "items": [
            item("a1", "Harvest Fair", {"date": "2031-09-05"}, {"date": "2031-09-08"}),
            item("a2", "Story Time", *timed("2031-09-06", "10:00", "11:00")),
            item("a3", "Library Closed", {"date": "2031-09-10"}, {"date": "2031-09-11"}),
            item("a4", "Book Club", *timed("2031-09-12", "18:00", "19:30")),
            item("a5", "Art Week", {"date": "2031-09-15"}, {"date": "2031-09-22"}),
        ],
    }
    events = extract_document(json.dumps(document).encode(), window=WINDOW, kind="auto", zone=DENVER).events
    read = {event["title"]: (str(event["start"]), str(event["end"]) if event["end"] else None) for event in events}
    assert read == {
        "Harvest Fair": ("2031-09-05", "2031-09-07"),
        "Story Time": ("2031-09-06T10:00:00-06:00", "2031-09-06T11:00:00-06:00"),
        "Library Closed": ("2031-09-10", None),
        "Book Club": ("2031-09-12T18:00:00-06:00", "2031-09-12T19:30:00-06:00"),
        "Art Week": ("2031-09-15", "2031-09-21"),
    }
