"""Quality gates: a weighted 0–1 score with a JSON-able report per gate, and the suggested routing."""

from __future__ import annotations

import datetime as dt
import json

from events.pipeline.places import PlaceIndex
from events.pipeline.quality import QualityConfig, assess, assess_batch, verdict

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)
GOOD = {
    "title": "Riverside Jazz Night",
    "description": "Three sets of live jazz by the river, with food trucks and a bar from six.",
    "start": "2026-12-05T19:30:00-05:00",
    "end": "2026-12-05T23:00:00-05:00",
    "timezone": "America/New_York",
    "venue_name": "Riverside Hall",
    "url": "https://riverside.example/jazz",
    "image_url": "https://riverside.example/jazz.jpg",
    "latitude": 40.72,
    "longitude": -74.0,
    "city_id": 1,
    "cost_type": "paid",
    "price_min": 10.0,
    "price_max": 25.0,
    "currency": "USD",
    "online": False,
}
PLACES = PlaceIndex(
    [{"id": 1, "name": "New York", "slug": "new-york", "latitude": 40.7128, "longitude": -74.006, "radius_km": 25}]
)


def test_a_good_record_passes_every_gate():
    report = assess(GOOD, now=NOW, places=PLACES)
    assert report.score == 1.0
    assert {name: gate["passed"] for name, gate in report.gates.items()} == {
        "completeness": True,
        "format": True,
        "business": True,
        "geography": True,
        "content": True,
    }
    assert verdict(report) == "publish"
    assert json.loads(json.dumps(report.to_json())) == report.to_json()  # stored on the StagedEvent as JSON


def test_completeness_counts_what_is_there():
    gate = assess({"title": "Jazz Night", "start": "2026-12-05", "online": True}, now=NOW).gates["completeness"]
    assert gate == {
        "passed": True,
        "score": 0.7,
        "reasons": ["missing description", "missing url or ticket_url", "missing image"],
    }
    assert assess({"title": "Jazz Night", "start": "2026-12-05"}, now=NOW).gates["completeness"]["passed"] is False


def test_format_accuracy():
    record = {**GOOD, "start": "5 Dec", "url": "ftp://x", "currency": "DOLLARS", "latitude": 123.0}
    gate = assess(record, now=NOW).gates["format"]
    assert gate["reasons"] == [
        "start is not an ISO 8601 date or datetime with a UTC offset",
        "url is not an absolute http(s) URL",
        "currency 'DOLLARS' is not an ISO 4217 code",
        "coordinates are out of range or only half given",
    ]
    assert gate["score"] == 0.5  # 4 of 8 checks failed
    assert assess({**GOOD, "longitude": None}, now=NOW).gates["format"]["passed"] is False


def test_business_logic():
    def reasons(**changes: object) -> list[str]:
        return assess({**GOOD, **changes}, now=NOW).gates["business"]["reasons"]

    assert reasons(end="2026-12-05T18:00:00-05:00") == ["end is before start"]
    assert reasons(start="2026-11-01T19:30:00-05:00", end="2026-11-01T23:00:00-05:00") == [
        "event is over (ended 18 days ago)"
    ]
    assert reasons(start="2029-01-01T19:30:00-05:00", end=None) == ["starts more than 730 days from now"]
    assert reasons(end="2027-02-05T23:00:00-05:00") == ["lasts 62 days (more than 30)"]
    assert reasons(price_min=-5.0) == ["a price is negative"]
    assert reasons(price_min=30.0) == ["price_min is above price_max"]
    assert reasons(cost_type="free") == ["free, but has a price above zero"]
    # An all-day event lasts its whole last day; a timed one without an end is assumed to run three hours.
    assert reasons(start="2026-11-20", end=None, timezone="UTC") == []
    assert reasons(start="2026-11-20T09:00:00+00:00", end=None) == []
    over = assess({**GOOD, "start": "2026-11-01T19:30:00-05:00", "end": None}, now=NOW)
    assert verdict(over) == "reject"  # an event that is over is never published


def test_geography():
    far = assess({**GOOD, "latitude": 40.3, "longitude": -74.0}, now=NOW, places=PLACES).gates["geography"]
    assert far == {
        "passed": False,
        "score": 0.5,
        "reasons": ["coordinates are 46 km from New York, outside its 25 km radius"],
    }
    wrong_city = assess({**GOOD, "latitude": 34.05, "longitude": -118.24}, now=NOW, places=PLACES)
    assert wrong_city.gates["geography"]["score"] == 0.0
    unchecked = assess(GOOD, now=NOW).gates["geography"]
    assert unchecked == {"passed": True, "score": 1.0, "reasons": ["not checked: needs coordinates and a matched city"]}


def test_content_quality():
    record = {
        **GOOD,
        "title": "BIG PARTY!!!!!",
        "description": "Click here to win http://a.example http://b.example http://c.example",
    }
    gate = assess(record, now=NOW).gates["content"]
    assert gate["reasons"] == [
        "title is in capitals",
        "description is mostly links (3 links in 7 words)",
        "repeated characters: '!!!!!'",
        "looks like spam: 'click here to win'",
    ]
    assert gate["score"] == 0.0
    assert assess({**GOOD, "title": "Gig"}, now=NOW).gates["content"]["reasons"] == ["title length 3 is outside 4–150"]


def test_weights_and_thresholds_come_from_the_config():
    config = QualityConfig(weights={"completeness": 1.0}, publish_at=0.9)
    sparse = {"title": "Jazz Night", "start": "2026-12-05", "online": True}
    report = assess(sparse, config=config, now=NOW)
    assert report.score == 0.7
    assert verdict(report, config=config) == "hold"
    assert [r.score for r in assess_batch([GOOD, sparse], config=config, now=NOW)] == [1.0, 0.7]
