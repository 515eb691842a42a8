"""The twenty-eighth held-out batch, feeds (issue #13, bench/corpus/feeds/manifest-heldout28.json: a CivicPlus
calendar RSS and a Springshare LibCal RSS from a town guide's ingest tests, measured once before these rules:
found 7/7, fields 21/23), on small documents of our own. What the first measure missed:

- a feed item that names the building its event is in (LibCal's ``libcal:campus``, a ``<branch>``, a
  ``<building>``) beside the room (``libcal:location``) is at that building, the room after it ("Carbon Valley
  Regional Library, Carbon Valley Storytime Room"); with no room, at the building alone. The building was dropped.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._feed_rooms import in_building
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document

DENVER = zoneinfo.ZoneInfo("America/Denver")
START = dt.datetime(2031, 6, 1, tzinfo=DENVER)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def read(document: str) -> list[dict]:
    return extract_document(document.encode(), window=WINDOW, kind="auto", zone=DENVER).events


def lib_feed(items: str) -> str:
    return (
        '<?xml version="1.0"?><rss version="2.0" xmlns:lib="https://calendar.example.org/rss_xmlns">'
        "<channel><title>Events - Prairie Libraries</title><link>https://prairie.example.org/</link>"
        f"<description>Programs</description>{items}</channel></rss>"
    )


def lib_item(title: str, eid: int, building: str, room: str, tag: str = "campus") -> str:
    return (
        f"<item><title>{title}</title><link>https://prairie.example.org/event/{eid}</link>"
        f"<lib:date>2031-06-12</lib:date><lib:start>10:00:00</lib:start><lib:end>11:00:00</lib:end>"
        f"<lib:{tag}>{building}</lib:{tag}><lib:location>{room}</lib:location></item>"
    )


def test_a_room_is_in_the_building_the_item_names():
    (event,) = read(lib_feed(lib_item("Lego Club", 1, "Eastside Branch Library", "Maker Room")))
    assert event["venue_name"] == "Eastside Branch Library, Maker Room"


def test_with_no_room_the_building_is_the_place():
    (event,) = read(lib_feed(lib_item("Chair Yoga", 2, "Eastside Branch Library", "")))
    assert event["venue_name"] == "Eastside Branch Library"


def test_a_branch_or_building_element_names_the_building_too():
    (event,) = read(lib_feed(lib_item("Chess", 3, "Old Mill Annex", "Room 2", tag="building")))
    assert event["venue_name"] == "Old Mill Annex, Room 2"


def test_a_room_that_already_names_its_building_is_not_named_twice():
    (event,) = read(lib_feed(lib_item("Book Talk", 4, "Main Library", "Main Library - Auditorium")))
    assert event["venue_name"] == "Main Library - Auditorium"


def test_a_street_address_beside_the_building_is_its_address():
    (event,) = read(lib_feed(lib_item("Seed Swap", 5, "Eastside Branch Library", "410 Pine St, Greeley, CO 80631")))
    assert event["venue_name"] == "Eastside Branch Library"
    assert event["address"] == "410 Pine St, Greeley, CO 80631"


def test_what_is_not_a_building_name_is_left_alone():
    # A link or a long text under a building-named element names no building.
    assert in_building("Maker Room", "https://prairie.example.org/branches/east") == ("Maker Room", None)
    long_text = "Our branch is open every day of the week except holidays, with free parking behind it"
    assert in_building("Maker Room", long_text) == ("Maker Room", None)
    assert in_building(None, None) == (None, None)
