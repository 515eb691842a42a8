"""The forty-seventh held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout47.json, each file measured
once before these rules), on small documents of our own.

A chess broadcast's rounds (Unix milliseconds, each round at its own page), a tournament platform's answer (a
tournament with its events, phases and brackets, times in Unix seconds), a festival event whose one performance
carries the only title, a church's events in its management system's own capitalised field names, and hard
negatives (a player's page of played games, a railway station board). The cold measure (found 36/36, fields 33/36
with the tournament's three events titled "Stats", extra 2, the games page unreadable) taught:

- a title key two objects or more below the item whose value is the same in every item (``"pageConfig": {"tabs":
  {"stats": {"title": "Stats"}}}``) labels a part of each item's page, not the item, where a shallower key names
  them apart (``"name": "Tekken 7 Singles"``) (``_json_tab_titles``);
- a list named only by where its items go (``"terminal": {"name": "Zweisimmen"}``) whose items carry a timetable's
  words (a track, a delay, a line) is a station board's departures, no events (``_json_departures``).

Hard negatives here: one key deep (a show's title beside each performance's name) and a deep title under an event
word stay the title; a deep title that differs per item stays; a trip with its own title beside its destination and
coach line, a travel club's outings named by their destination, and a list with one timetable word stay read.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._json_fields import Sample, title_score
from sources.adapters._json_tab_titles import own_name_over_tab
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")
NOW = dt.datetime(2031, 5, 1, 12, 0, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=ZURICH)


def titles(document: object) -> list[str]:
    return [event["title"] for event in events(document)]


# --- a deep title, the same in every item, is a label of their page --------------------------------------------------


def bracket(name: str, hour: int, tab: str = "Stats") -> dict:
    return {"id": hour, "name": name, "startAt": f"2031-06-14T{hour}:00:00", "entryFee": 5,
            "pageConfig": {"header": [], "tabs": {"stats": {"title": tab, "path": "stats"}}}}  # fmt: skip


def test_each_event_is_named_by_its_own_name_not_by_its_pages_tab() -> None:
    document = {"entities": {"event": [bracket("Tekken Singles", 14), bracket("Chess Blitz", 16)]}}
    assert titles(document) == ["Tekken Singles", "Chess Blitz"]


def test_a_deep_title_that_differs_per_item_stays_the_title() -> None:
    # each item's tab says something of its own: no label common to all, the deeper "title" is still chosen
    sample = Sample("", [bracket("Tekken Singles", 14, "Tekken finals"), bracket("Chess Blitz", 16, "Blitz finals")])
    deep = sample.columns["pageConfig.tabs.stats.title"]
    assert own_name_over_tab(sample, deep, title_score) is None


def test_a_shows_title_one_key_deep_stays_every_performances_title() -> None:
    items = [{"name": name, "start": f"2031-06-{day}T19:30:00", "show": {"title": "Hamlet"}}
             for name, day in (("Preview", 12), ("Opening night", 13))]  # fmt: skip
    sample = Sample("", items)
    assert own_name_over_tab(sample, sample.columns["show.title"], title_score) is None


def test_a_deep_title_under_an_event_word_stays_the_title() -> None:
    items = [{"name": name, "start": f"2031-06-{day}T19:30:00", "event": {"details": {"title": "Hamlet"}}}
             for name, day in (("Preview", 12), ("Opening night", 13))]  # fmt: skip
    sample = Sample("", items)
    assert own_name_over_tab(sample, sample.columns["event.details.title"], title_score) is None


def test_one_item_keeps_its_deep_title() -> None:
    sample = Sample("", [bracket("Tekken Singles", 14)])
    assert own_name_over_tab(sample, sample.columns["pageConfig.tabs.stats.title"], title_score) is None


# --- a station board's departures ------------------------------------------------------------------------------------


def departure(hour: int, terminal: str) -> dict:
    return {"time": f"2031-06-14 {hour}:50:00", "line": "RE", "number": f"RE {hour}81", "operator": "BLS",
            "terminal": {"id": str(hour), "name": terminal}, "track": "1", "dep_delay": "+0"}  # fmt: skip


def test_a_station_boards_departures_are_no_events() -> None:
    document = {"stop": {"name": "Münsingen"}, "connections": [departure(17, "Zweisimmen"), departure(18, "Thun")]}
    assert events(document) == []


def test_a_trip_with_its_own_title_beside_its_destination_and_coach_line_is_read() -> None:
    document = {"trips": [{"title": title, "start": f"2031-06-{day}T08:00:00", "line": "Coach 3", "track": "Bay 2",
                           "destination": {"name": town}}
                          for title, day, town in (("Day trip to Bath", 14, "Bath"), ("Cathedral outing", 21, "Wells"))]}  # fmt: skip
    assert titles(document) == ["Day trip to Bath", "Cathedral outing"]


def test_outings_named_by_their_destination_without_a_timetable_are_read() -> None:
    document = {"outings": [{"destination": {"name": town}, "start": f"2031-06-{day}T09:00:00", "price": 20}
                            for town, day in (("Isle of Skye", 14), ("Loch Ness", 21))]}  # fmt: skip
    assert titles(document) == ["Isle of Skye", "Loch Ness"]


def test_one_timetable_word_alone_is_no_station_board() -> None:
    document = {"outings": [{"destination": {"name": town}, "start": f"2031-06-{day}T09:00:00", "route": "coastal"}
                            for town, day in (("Isle of Skye", 14), ("Loch Ness", 21))]}  # fmt: skip
    assert titles(document) == ["Isle of Skye", "Loch Ness"]
