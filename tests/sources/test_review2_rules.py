"""Today's JSON and feed rules read against ordinary documents they were not written for (helper review2).

Each test is a misreading found by trying a new rule on a document of our own, with what the rule is still for:

1. a "theatre" key naming a company beside the record's own place loses the tie (``_json_venue_first.theatre_tie``);
2. slots of something else in a multi-day record ("volunteerSlots", "parking_slots") are no dated windows
   (``_json_windows.WINDOW_QUALIFIERS``);
3. a name with a glued number before a room or a stand ("Studio54 Room #2") is not parted as a box line
   (``_feed_glued._parted``: a part must be a box line, not end in one);
4. an empty element whose name ends in "deleted" ("<date_deleted/>", "<is_deleted/>") is no tombstone: only
   GData's empty ``<gd:deleted/>`` is (``_feed_fields.item_deleted``).
"""

from __future__ import annotations

from typing import Any

from sources.adapters._feed_glued import unglued
from tests.sources.test_left_data2 import events, feed, item, parse

# --- 1. a theatre company beside the record's place ------------------------------------------------------------------


def plays(place_key: str, place: str, theatre_key: str = "theatre") -> list[dict[str, Any]]:
    return [
        {
            "title": f"Play {n}",
            "start": f"2031-05-0{n}T19:30:00+02:00",
            theatre_key: "Quorvane Ensemble",
            place_key: place,
        }
        for n in (1, 2, 3)
    ]


def test_a_theatre_key_naming_a_company_loses_to_the_records_place() -> None:
    assert {event.venue_name for event in events(plays("location", "Telliph Arts Centre"))} == {"Telliph Arts Centre"}
    assert {event.venue_name for event in events(plays("venue", "Telliph Hall", "theater"))} == {"Telliph Hall"}


def test_a_theatre_key_alone_is_still_the_place() -> None:
    # the cinema schedule feeds30 was written for: "Theatre" is the only place the records give
    records = [
        {"Title": f"Film {n}", "dttmShowStart": f"2031-05-0{n}T19:30:00", "Theatre": "Kino Quorvane"} for n in (1, 2)
    ]
    assert {event.venue_name for event in events(records)} == {"Kino Quorvane"}


# --- 2. slots of something else --------------------------------------------------------------------------------------


def festival(n: int, key: str) -> dict[str, Any]:
    slots = [
        {"id": f"s{day}", "start": f"2031-0{n}-0{day}T10:00:00+02:00", "end": f"2031-0{n}-0{day}T14:00:00+02:00"}
        for day in (5, 6, 7)
    ]
    return {
        "id": n,
        "title": f"Quorvane Folk Festival {n}",
        "start": f"2031-0{n}-05T10:00:00+02:00",
        "end": f"2031-0{n}-07T23:00:00+02:00",
        "location": "Telliph Meadow",
        key: slots,
    }


def test_volunteer_or_parking_slots_in_a_festival_are_not_its_windows() -> None:
    for key in ("volunteerSlots", "parking_slots", "vendor_time_slots"):
        found = events([festival(5, key), festival(6, key)])
        assert [(event.start.day, event.end.day) for event in found] == [(5, 7), (5, 7)], key


def test_time_slots_or_bare_windows_are_still_its_windows() -> None:
    for key in ("timeSlots", "windows", "bookingSlots"):
        assert len(events([festival(5, key), festival(6, key)])) == 6, key


# --- 3. a glued number before a room or a stand ----------------------------------------------------------------------


def test_a_name_with_a_glued_number_before_a_room_is_not_parted() -> None:
    for place in ("Studio54 Room #2", "Gallery21 Unit 3", "Kiosk5 Box 2"):
        assert unglued(place, None) == place


def test_box_lines_are_still_parted() -> None:
    assert unglued("Suite 100Erie, PA 16501", None) == "Suite 100, Erie, PA 16501"
    assert unglued("6th StreetP.O. Box 750", None) == "6th Street, P.O. Box 750"
    assert unglued("P.O. Box 750Erie, PA 16501", None) == "P.O. Box 750, Erie, PA 16501"
    assert unglued("123 Main St Suite 100Erie, PA 16501", None) == "123 Main St Suite 100, Erie, PA 16501"


# --- 4. an empty "…_deleted" field ------------------------------------------------------------------------------------


def with_element(element: str, gdata: bool = False) -> bytes:
    payload = feed(item("Quorvane Talk", "2031-05-03T19:00:00+02:00").replace("</item>", element + "</item>"))
    if gdata:
        payload = payload.replace(b"<rss ", b'<rss xmlns:gd="http://schemas.google.com/g/2005" ', 1)
    return payload


def test_an_empty_deleted_date_or_flag_is_no_tombstone() -> None:
    for element in ("<date_deleted></date_deleted>", "<is_deleted/>", "<deleted></deleted>"):
        assert [event.status for event in parse(with_element(element))] == ["scheduled"], element


def test_gdatas_empty_deleted_and_a_flag_saying_true_still_cancel() -> None:
    assert [event.status for event in parse(with_element("<gd:deleted/>", gdata=True))] == ["cancelled"]
    assert [event.status for event in parse(with_element("<is_deleted>true</is_deleted>"))] == ["cancelled"]
