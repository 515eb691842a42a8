"""An event's online address as a JSON API gives it (issue #13; Mobilizon's "onlineAddress" beside a
"physicalAddress" that is null for an event held online): an item with an online address and no place is online;
one that names a place is held there, its address kept as a link."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from sources.adapters._json_infer import infer
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter

ZONE = zoneinfo.ZoneInfo("Europe/Lisbon")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))
HALL = {"street": "3 Quay Road", "locality": "Porto", "postalCode": "4000-001", "country": "Portugal"}


def events(document: object, config: dict | None = None) -> list[RawEvent]:
    context = AdapterContext(source="json_api", window=WINDOW, default_timezone=ZONE)
    records = list(JsonApiAdapter(config=config or {}, context=context).parse(json.dumps(document).encode()))
    return [record for record in records if isinstance(record, RawEvent)]


def group_events(online: list[object], places: list[object]) -> dict[str, object]:
    def event(index: int, address: object, place: object) -> dict[str, object]:
        return {
            "uuid": f"e{index}",
            "title": f"Gathering {index}",
            "url": f"https://social.example/events/e{index}",
            "beginsOn": f"2027-03-0{index + 1}T18:00:00Z",
            "endsOn": f"2027-03-0{index + 1}T20:00:00Z",
            "onlineAddress": address,
            "physicalAddress": place,
        }

    listed = [event(index, *pair) for index, pair in enumerate(zip(online, places, strict=True))]
    return {"data": {"group": {"organizedEvents": {"total": len(listed), "elements": listed}}}}


def test_an_item_with_an_online_address_and_no_place_is_online() -> None:
    document = group_events([None, "https://meet.example/reading", "https://meet.example/assembly"], [HALL, None, HALL])
    inference = infer(document)
    found = events(document)

    assert inference is not None
    assert inference.config["mapping"]["online"] == "onlineAddress"
    assert [(event.title, event.online) for event in found] == [
        ("Gathering 0", False),
        ("Gathering 1", True),
        ("Gathering 2", False),
    ]
    assert found[1].address is None
    assert {"label": "Online address", "url": "https://meet.example/reading"} in found[1].links
    assert found[2].address == "3 Quay Road, Porto, 4000-001"


def test_an_online_field_that_holds_no_web_address_is_not_the_online_address() -> None:
    document = group_events(["See description", "Ask the organisers", None], [None, None, HALL])
    inference = infer(document)

    assert inference is not None
    assert "online" not in inference.config["mapping"]
    found = events(document)
    assert len(found) == 3
    assert not any(event.online for event in found)


def test_a_configured_online_path_holding_an_address_or_a_flag() -> None:
    items = {
        "items": [
            {"name": "Webinar", "when": "2027-04-01T10:00:00Z", "join": "https://meet.example/w", "hall": None},
            {"name": "Talk", "when": "2027-04-02T10:00:00Z", "join": "https://meet.example/t", "hall": "Library"},
            {"name": "Relative", "when": "2027-04-03T10:00:00Z", "join": "/stream", "hall": None},
            {"name": "Flagged", "when": "2027-04-04T10:00:00Z", "join": "yes", "hall": None},
        ]
    }
    config = {"items": "items", "mapping": {"title": "name", "start": "when", "online": "join", "venue_name": "hall"}}
    assert [(event.title, event.online) for event in events(items, config)] == [
        ("Webinar", True),
        ("Talk", False),
        ("Relative", False),
        ("Flagged", True),
    ]


def kind_events(key: str, kinds: list[str]) -> list[dict[str, object]]:
    return [
        {
            "id": index,
            "name": f"Evening talk {index}",
            "starts_at": f"2027-04-{index + 1:02d}T18:00:00Z",
            "ends_at": f"2027-04-{index + 1:02d}T20:00:00Z",
            key: kind,
        }
        for index, kind in enumerate(kinds)
    ]


def test_an_item_whose_own_kind_names_it_online_is_online() -> None:
    """A text column of a few kinds ("event_type": "virtual" | "in_person" | "hybrid"): the items whose kind says
    online, virtual, remote or webinar are online; a hybrid one is also held in its place, so not online-only."""
    for key, online_kind in (
        ("event_type", "virtual"),
        ("type", "online"),
        ("format", "Virtual"),
        ("attendance_mode", "online"),
    ):
        document = {"events": kind_events(key, [online_kind, "in_person", "hybrid", online_kind, "in_person"])}
        found = events(document)
        assert [event.online for event in found] == [True, False, False, True, False], key


def test_a_wordy_text_column_mentioning_online_is_not_a_kind() -> None:
    """Free text (one description per item) is not a set of kinds, even when one says "online"."""
    described = kind_events("summary", ["online", "Bring a friend", "Doors at six", "Free entry", "Room 4"])
    found = events({"events": described})
    assert [event.online for event in found] == [False] * 5
