"""The twenty-eighth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout28.json, each file
measured once before these rules): 7/7 found, fields 13/13. Nothing the tests assert was scored wrong; what was
read wrong, on small documents of our own:

- a place written as one string of parts joined by "|" ("Town Hall|12 Main Street|Springfield|MA": a CMS view's
  place, address, city and region in one field) is split: the first part is the place's name, the next the
  street, the third the city; an empty part is skipped ("||Springfield|MA" has a city and no name);
- a Drupal REST serialisation writes every field as a list of {"value"} objects ("field_city": [{"value":
  "Springfield"}]): such a field sits where its key sits, so a city written that way beside the place
  ("field_location": [{"value": ...}]) is the place's city;
- the URL of an entity reference ({"target_id": 24, "target_type": "user", "url": "/user/24"}: the author of a
  revision, a taxonomy term, a related project) is the referenced thing's page, never the item's own.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from typing import Any

from sources.adapters.base import FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter
from tests.hostile import superlinear_shape
from tests.sources.helpers import make_adapter

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
WINDOW = FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2032, 1, 1, tzinfo=dt.UTC))
BASE = "https://transit.example.org/api/events"


def events(document: Any, url: str | None = None) -> list[Any]:
    adapter = make_adapter(JsonApiAdapter, {}, window=WINDOW, default_timezone=CHICAGO, base_url=url)
    return [record for record in adapter.parse(json.dumps(document).encode()) if isinstance(record, RawEvent)]


# --- a place joined by pipes ----------------------------------------------------------------------------------


def rows(*places: str) -> list[dict[str, Any]]:
    titles = ("Budget hearing", "Rail plan open house", "Riders' council", "Board meeting")
    return [
        {"title": titles[n], "start": f"2031-05-{10 + n:02d}T18:00:00-05:00", "location": place}
        for n, place in enumerate(places)
    ]


def test_a_place_joined_by_pipes_is_split_into_name_street_and_city() -> None:
    read = events(rows("Union Hall|48 Wells Street, 3rd Floor|Springfield|IL", "Depot Annex|9 Lake Road|Marion|IL"))
    assert [(e.venue_name, e.address, e.city) for e in read] == [
        ("Union Hall", "48 Wells Street, 3rd Floor", "Springfield"),
        ("Depot Annex", "9 Lake Road", "Marion"),
    ]


def test_an_empty_part_of_a_piped_place_is_skipped() -> None:
    read = events(rows("||Quincy|IL", "Union Hall||Springfield|IL"))
    assert [(e.venue_name, e.address, e.city) for e in read] == [
        (None, None, "Quincy"),
        ("Union Hall", None, "Springfield"),
    ]


def test_a_place_with_no_pipe_is_left_as_it_is() -> None:
    read = events(rows("Union Hall", "Depot Annex, 9 Lake Road"))
    assert [e.venue_name for e in read] == ["Union Hall", "Depot Annex, 9 Lake Road"]


# --- Drupal's field lists -------------------------------------------------------------------------------------


def values(value: Any) -> list[dict[str, Any]]:
    return [{"value": value}] if value is not None else []


def node(n: int, title: str, place: str, street: str, city: str, *, alias: str | None) -> dict[str, Any]:
    return {
        "nid": values(100 + n),
        "type": [{"target_id": "event", "target_type": "node_type"}],
        "title": values(title),
        "uid": [{"target_id": 7, "target_type": "user", "url": "/user/7"}],
        "revision_uid": [{"target_id": 7, "target_type": "user", "url": "/user/7"}],
        "path": [{"alias": alias, "langcode": "en"}] if alias else [],
        "field_start_time": values(f"2031-06-{n + 3:02d}T17:00:00"),
        "field_location": values(place),
        "field_street_address": values(street),
        "field_city": values(city),
        "field_state": values("IL"),
        "field_event_type": [{"target_id": 3, "target_type": "taxonomy_term", "url": "/taxonomy/term/3"}]
        if n % 2
        else [],
    }


NODES = [
    node(0, "Budget hearing", "Union Hall, Room 2", "48 Wells Street", "Springfield", alias="/events/budget-hearing"),
    node(1, "Rail plan open house", "Depot Annex", "9 Lake Road", "Marion", alias="/events/rail-plan"),
    node(2, "Riders' council", "Union Hall, Room 4", "48 Wells Street", "Springfield", alias="/events/riders"),
    node(3, "Board meeting", "Harbor Library", "1 Dock Street", "Cairo", alias="/events/board"),
]


def test_a_city_written_as_a_field_list_beside_the_place_is_the_places_city() -> None:
    read = events(NODES)
    assert [(e.title, e.venue_name, e.city) for e in read] == [
        ("Budget hearing", "Union Hall, Room 2", "Springfield"),
        ("Rail plan open house", "Depot Annex", "Marion"),
        ("Riders' council", "Union Hall, Room 4", "Springfield"),
        ("Board meeting", "Harbor Library", "Cairo"),
    ]


def test_an_entity_references_url_is_not_the_items_page() -> None:
    read = events(NODES, url=BASE)
    assert [e.url for e in read] == [
        "https://transit.example.org/events/budget-hearing",
        "https://transit.example.org/events/rail-plan",
        "https://transit.example.org/events/riders",
        "https://transit.example.org/events/board",
    ]


def test_a_reference_to_a_person_gives_no_url_when_nothing_else_does() -> None:
    bare = [{k: v for k, v in item.items() if k != "path"} for item in NODES]
    assert [e.url for e in events(bare, url=BASE)] == [None, None, None, None]


def test_the_field_list_wrapper_pattern_stays_linear() -> None:
    from sources.adapters._json_field_lists import _WRAPPER

    assert superlinear_shape(_WRAPPER) is None
