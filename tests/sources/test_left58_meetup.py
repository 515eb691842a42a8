"""A Meetup event with no id is still an event, read under a stable id made from it (issue #13, helper left58)."""

from __future__ import annotations

import json

from tests.sources.helpers import extract_events


def _graphql(nodes: list[dict]) -> dict:
    group = {"id": "77", "name": "Lisbon Rust", "urlname": "lisbon-rust", "timezone": "Europe/Lisbon"}
    edges = [{"node": node} for node in nodes]
    return {"data": {"groupByUrlname": {**group, "events": {"pageInfo": {"hasNextPage": False}, "edges": edges}}}}


def _node(**fields) -> dict:
    node = {
        "title": "Rust Lisbon #12",
        "dateTime": "2026-12-10T19:00:00Z",
        "eventType": "PHYSICAL",
        "status": "ACTIVE",
        "venues": [{"name": "LX Factory", "city": "Lisboa", "country": "pt", "venueType": ""}],
        "eventUrl": "https://www.meetup.com/lisbon-rust/events/",
    }
    return {**node, **fields}


def _extract(tmp_path, document) -> list[dict]:
    path = tmp_path / "meetup.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return extract_events(str(path), "--kind", "meetup")


def test_a_graphql_event_with_no_id_is_read_under_a_stable_id(tmp_path):
    first = _extract(tmp_path, _graphql([_node(), _node(title="Rust Lisbon #13", dateTime="2027-01-14T19:00:00Z")]))
    again = _extract(tmp_path, _graphql([_node(), _node(title="Rust Lisbon #13", dateTime="2027-01-14T19:00:00Z")]))
    assert [event["title"] for event in first] == ["Rust Lisbon #12", "Rust Lisbon #13"]
    assert first[0]["external_id"].startswith("sha-")
    assert first[0]["external_id"] != first[1]["external_id"]
    assert [event["external_id"] for event in first] == [event["external_id"] for event in again]
    assert first[0]["venue_name"] == "LX Factory"


def test_a_legacy_event_with_no_id_is_read(tmp_path):
    legacy = [
        {
            "name": "Python Night",
            "local_date": "2026-12-05",
            "local_time": "18:00",
            "time": 1796515200000,
            "utc_offset": -21600000,
            "status": "upcoming",
            "group": {"name": "Py", "timezone": "America/Chicago"},
            "link": "https://www.meetup.com/py/events/1/",
        }
    ]
    events = _extract(tmp_path, legacy)
    assert [(event["title"], event["external_id"][:4]) for event in events] == [("Python Night", "sha-")]


def test_hard_negatives_a_stated_id_is_kept_and_no_title_or_start_is_still_refused(tmp_path):
    events = _extract(
        tmp_path,
        _graphql([_node(id="999"), _node(title=""), _node(dateTime=None, title="No start")]),
    )
    assert [(event["external_id"], event["title"]) for event in events] == [("999", "Rust Lisbon #12")]
