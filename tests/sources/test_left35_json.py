"""left35, JSON answers: a short description (under 20 characters) is read when nothing longer describes the event
(``_json_short_descriptions``), unless it only repeats the title or the day (dates 2031)."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from typing import Any

import pytest

from sources.adapters import _json_extras
from tests.sources.helpers import read_feed

BOSTON = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2031, 1, 20, 9)  # noqa: DTZ001 (read_feed sets the zone)


def _read(items: list[dict[str, Any]]) -> list[tuple[str, str]]:
    document = json.dumps({"events": items})
    return [(event["title"], event["description"]) for event in read_feed(document, zone=BOSTON, start=START)]


SHORT = [
    {"title": "Boston Pops", "start": "2031-03-12T20:00:00", "description": "Boston Pops concert", "location": "Hall"},
    {"title": "Jazz trio", "start": "2031-03-14T20:00:00", "description": "Late-night jazz", "location": "Hall"},
]


def test_a_short_description_is_read() -> None:
    assert _read(SHORT) == [("Boston Pops", "Boston Pops concert"), ("Jazz trio", "Late-night jazz")]


def test_without_the_rule_it_was_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_json_extras, "short_description", lambda *args: None)
    assert _read(SHORT) == [("Boston Pops", None), ("Jazz trio", None)]


@pytest.mark.parametrize(
    "items",
    [
        [  # the title again, the day again
            {"title": "Boston Pops", "start": "2031-03-12T20:00:00", "description": "Boston Pops"},
            {"title": "Jazz trio", "start": "2031-03-14T20:00:00", "description": "14 March 2031"},
        ],
        [  # a seat zone's, a link's: not the item's own key
            {"title": "Boston Pops", "start": "2031-03-12T20:00:00", "zones": [{"description": "A+ Orchestra"}]},
            {"title": "Jazz trio", "start": "2031-03-14T20:00:00", "links": [{"description": "Universal Link"}]},
        ],
        [  # codes
            {"title": "Boston Pops", "start": "2031-03-12T20:00:00", "description": "A1"},
            {"title": "Jazz trio", "start": "2031-03-14T20:00:00", "description": "#204"},
        ],
    ],
    ids=["repeats", "nested", "codes"],
)
def test_what_is_no_description_stays_unread(items: list[dict[str, Any]]) -> None:
    assert [description for _, description in _read(items)] == [None, None]


def test_a_longer_description_still_wins() -> None:
    items = [
        {**item, "summary": "Short one", "description": f"A long evening of music, the {index}th of the season."}
        for index, item in enumerate(SHORT, start=4)
    ]
    assert [description[:6] for _, description in _read(items)] == ["A long", "A long"]
