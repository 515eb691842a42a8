"""Hard negatives for the JSON and feed rules that landed with helpers apis30, feeds27 and leftdata (helper review2):
ordinary documents each rule misread, on documents of our own.

- a response's side table of categories, or a venue's own kinds, is no label of the events inside it
  (``_json_nested._carried_list``);
- a web address keying a list of events (a calendar's feed) is no page of each (``_json_nested._page_key``);
- a pair of scores ("287/6") is no pair of sides, however long (``_json_sides.numbered_sides``);
- a sparse top-level "place" holding placings ("4th") is no venue (``_json_places_read._named_place``);
- a venue named with an everyday word a stream or a meeting also has ("The Stream", "Stream Room") is a venue
  (``_online_place.online_only``);
- "midnight" in a name ("Midnight Oil", "Midnight Mass") or beside the item's own clock is no midnight start
  (``_feed_stated_clock.says_midnight_start``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._feed_stated_clock import says_midnight_start
from sources.adapters._online_place import online_only
from tests.hostile import superlinear_shape
from tests.sources.test_left_data import events, feed, item, local, parse


def ev(title: str, start: str) -> dict[str, Any]:
    return {"title": title, "start": start}


def test_a_side_table_of_categories_beside_the_days_labels_no_event() -> None:
    read = events(
        {
            "categories": [{"id": 1, "name": "Music"}, {"id": 2, "name": "Sports"}, {"id": 3, "name": "Theatre"}],
            "days": [
                {"date": "2031-06-14", "events": [ev("Concert", "2031-06-14T20:00"), ev("Match", "2031-06-14T15:00")]},
                {"date": "2031-06-15", "events": [ev("Play", "2031-06-15T19:00"), ev("Gig", "2031-06-15T21:00")]},
            ],
        }
    )
    assert len(read) == 4
    assert [r.source_category for r in read] == [None] * 4


def test_a_venues_own_kinds_are_no_label_of_its_events() -> None:
    read = events(
        {
            "venues": [
                {"name": "The Crown", "categories": [{"name": "Pub"}, {"name": "Restaurant"}],
                 "events": [ev("Quiz Night", "2031-06-14T20:00"), ev("Open Mic", "2031-06-15T20:00")]},
                {"name": "Riverside Hall", "categories": [{"name": "Concert hall"}],
                 "events": [ev("Symphony", "2031-06-16T19:30"), ev("Recital", "2031-06-17T19:30")]},
            ]
        }
    )  # fmt: skip
    assert [(r.venue_name, r.source_category) for r in read] == [
        ("The Crown", None),
        ("The Crown", None),
        ("Riverside Hall", None),
        ("Riverside Hall", None),
    ]


def test_a_web_address_keying_a_list_of_events_is_no_page_of_each() -> None:
    read = events(
        {
            "https://cal.example.org/library.ics": [ev("Story Time", "2031-06-14T10:00"), ev("Book Club", "2031-06-15T18:00")],
            "https://cal.example.org/parks.ics": [ev("Park Run", "2031-06-14T09:00"), ev("Bird Walk", "2031-06-16T07:00")],
        }
    )  # fmt: skip
    assert len(read) == 4
    assert [r.url for r in read] == [None] * 4


def test_scores_are_no_sides_however_long() -> None:
    def game(first: str, second: str, scores: tuple[str, str], day: int) -> dict[str, Any]:
        return {"date": f"2031-06-{day}T10:00", "team1": first, "team2": second,
                "score": {"team1": scores[0], "team2": scores[1]}}  # fmt: skip

    read = events(
        {"matches": [game("IND", "AUS", ("287/6", "245/9"), 14), game("ENG", "NZ", ("301/8", "298/7"), 15),
                     game("SA", "PAK", ("199/9", "200/4"), 16)]}
    )  # fmt: skip
    assert [r.title for r in read] == ["IND vs AUS", "ENG vs NZ", "SA vs PAK"]


def test_a_sparse_place_of_placings_is_no_venue() -> None:
    races = [ev(title, f"2031-{month:02d}-14T10:00") for month, title in enumerate(
        ("County XC", "Park Run", "Half Marathon", "Relays", "Track Open", "10K", "Mile"), start=1)]  # fmt: skip
    races[0]["place"] = "4th"
    races[3]["place"] = "12th"
    read = events({"races": races})
    assert len(read) == 7
    assert [r.venue_name for r in read] == [None] * 7


def test_a_venue_named_with_a_word_streams_and_meetings_share_is_a_venue() -> None:
    for name in ("The Stream", "Stream Room", "Digital Room", "The Meet", "The Digital"):
        assert not online_only(name), name
    for name in ("Stream", "Livestream", "Remote", "Google Meet", "Digital", "Streamed on YouTube", "Zoom Room"):
        assert online_only(name), name  # still online rooms
    read = parse(feed(item("Quiz", "2031-06-14T18:00:00+02:00", location="The Stream")))
    assert [(r.venue_name, r.online) for r in read] == [("The Stream", False)]


def test_midnight_in_a_name_or_beside_the_items_own_clock_is_no_midnight_start() -> None:
    read = parse(
        feed(
            item("Midnight Oil", "2031-06-14T00:00:00+02:00", "2031-06-14T00:00:00+02:00", "The band, live."),
            item("Midnight Madness Sale", "2031-06-20T00:00:00+02:00", "2031-06-20T00:00:00+02:00", "All day."),
            item("Christmas Eve", "2031-12-24T00:00:00+01:00", "2031-12-24T00:00:00+01:00", "Carols, Midnight Mass."),
            item("Silvester", "2031-12-31T00:00:00+01:00", "2031-12-31T00:00:00+01:00", "Ab 21:00 Uhr, um Mitternacht Feuerwerk"),
        )
    )  # fmt: skip
    assert [(local(r), r.all_day) for r in read] == [
        (dt.date(2031, 6, 14), True),
        (dt.date(2031, 6, 20), True),
        (dt.date(2031, 12, 24), True),
        (dt.date(2031, 12, 31), True),
    ]
    assert says_midnight_start(["Our cult classic, at midnight."])
    assert says_midnight_start(["Ab Mitternacht: Tanz"])
    assert not says_midnight_start(["Midnight Oil"])


def test_the_new_patterns_stay_linear() -> None:
    from sources.adapters._json_places_read import _RANK
    from sources.adapters._midnight_words import AT_BEFORE

    for pattern in (*AT_BEFORE.values(), _RANK):
        assert superlinear_shape(pattern) is None
