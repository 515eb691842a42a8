"""The forty-ninth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout49.json, each file measured
once before these rules), on small documents of our own.

A festival's set times as a flat list with each set's stage, a Meetup events answer keyed by index, Microsoft Graph
events, Google Calendar events under an app's own "message" key, and a Meetup groups list as the hard negative. The
cold measure (found 20/21, fields 71/83, extra 0) taught:

- a set's stage ("stage": "Neumos Stage") is where it is when no venue or location names a place
  (``_json_stages.stage_place``); a competition's phase or a pipeline's step under the same key is not.

Left by design: an item its source marks private ("visibility": "private") is kept from the public
(``_json_gone``), a Gmail-made calendar entry among them.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

SEATTLE = zoneinfo.ZoneInfo("America/Los_Angeles")
NOW = dt.datetime(2031, 7, 1, 12, 0, tzinfo=SEATTLE)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=SEATTLE)


def _sets(stages: list[str], *, extra: dict[str, str] | None = None) -> list[dict[str, str]]:
    return [
        {
            "start_time": f"2031-07-{18 + index} 20:00",
            "end_time": f"2031-07-{18 + index} 21:00",
            "stage": stage,
            "artist": f"Band Number {chr(65 + index)}",
            **(extra or {}),
        }
        for index, stage in enumerate(stages)
    ]


def _places(found: list[dict[str, object]]) -> list[object]:
    return [event.get("venue_name") for event in found]


def test_a_sets_stage_is_its_place() -> None:
    found = events(_sets(["Main Stage", "Garden Stage", "Main Stage"]))
    assert [event["title"] for event in found] == ["Band Number A", "Band Number B", "Band Number C"]
    assert _places(found) == ["Main Stage", "Garden Stage", "Main Stage"]


def test_a_stage_named_under_its_own_object_is_the_place_too() -> None:
    found = events([{**item, "stage": {"name": item["stage"]}} for item in _sets(["Tent", "Courtyard"])])
    assert [event["title"] for event in found] == ["Band Number A", "Band Number B"]  # not the stage's name
    assert _places(found) == ["Tent", "Courtyard"]


def test_not_a_competitions_phase_or_a_numbered_stage() -> None:
    for stages in (["Group Stage", "Round of 16", "Final"], ["Stage 5", "Stage 6", "Stage 7"]):
        found = events(_sets(stages))
        assert len(found) == 3
        assert _places(found) == [None, None, None], stages


def test_not_a_pipelines_step() -> None:
    for stages in (["draft", "review", "draft"], ["Closed Won", "Negotiation", "Prospect"]):
        found = events(_sets(stages))
        assert _places(found) == [None, None, None], stages


def test_a_venue_beside_the_stage_is_still_the_place() -> None:
    found = events(_sets(["Main Stage", "Garden Stage"], extra={"venue": "Volunteer Park Amphitheater"}))
    assert all("Volunteer Park Amphitheater" in str(place) for place in _places(found))


def test_groups_with_their_founding_stamps_are_no_events() -> None:
    groups = {
        "meta": {"method": "Groups", "count": 2, "updated": 1940000000000},
        "results": [
            {"name": f"The Harbour {topic} Group", "created": 1940000000000 + index, "city": "Auckland",
             "country": "NZ", "link": f"https://example.org/{topic.lower()}/", "members": 300 + index,
             "timezone": "Pacific/Auckland", "who": f"{topic} people"}
            for index, topic in enumerate(["Rust", "Chess", "Kayak"])
        ],
    }  # fmt: skip
    assert events(groups) == []
