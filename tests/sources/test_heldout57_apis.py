"""The fifty-seventh held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout57.json, each file
measured once before this rule), on small documents of our own.

Esports bracket platforms' answers kept in API clients' tests: Challonge v1 tournaments as a Go client replays them
from files (the single answer and the index of one-key wrappers) and as a Rust client's unit test keeps the
documented sample; the participants index as the hard negative. The cold measure found every scored event (3/3,
fields 7/7); the records showed one thing:

- the index answer's tournament lost its page (``tournament.full_challonge_url``) that the same tournament answered
  alone kept: an object a record keeps both its title and its start in is the event itself, and its URL is the
  event's page (``_json_record_holder``). Not: an object holding only the title (a film's page beside a showing's
  start) or only the place (a venue's page).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._json_record_holder import record_holder
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2031, 3, 1, 12, 0, tzinfo=BERLIN)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=BERLIN)


def _bracket(name: str, day: int, slug: str) -> dict[str, object]:
    return {
        "tournament": {
            "id": 100 + day,
            "name": name,
            "tournament_type": "double elimination",
            "state": "pending",
            "start_at": f"2031-04-{day:02d}T19:00:00.000+02:00",
            "created_at": "2031-02-01T10:00:00.000+01:00",
            "full_challonge_url": f"https://brackets.example.org/{slug}",
            "game_name": "Table Tennis",
        }
    }


INDEX = [
    _bracket("Spring table tennis cup", 4, "spring_cup"),
    _bracket("Club doubles night", 11, "doubles"),
    _bracket("Easter open", 18, "easter_open"),
]


def test_a_wrapped_records_own_page_is_the_events_page() -> None:
    found = events(INDEX)
    assert [(event["title"], event["url"]) for event in found] == [
        ("Spring table tennis cup", "https://brackets.example.org/spring_cup"),
        ("Club doubles night", "https://brackets.example.org/doubles"),
        ("Easter open", "https://brackets.example.org/easter_open"),
    ]
    # the same object answered alone was read with its page already
    assert events(INDEX[0])[0]["url"] == "https://brackets.example.org/spring_cup"


def test_the_holder_is_where_both_title_and_start_are_read() -> None:
    assert record_holder({"title": "tournament.name", "start": "tournament.start_at"}) == "tournament"
    assert record_holder({"title": "film.title", "start": "start"}) == ""  # the title's object only
    assert record_holder({"title": "name", "start": "start_at"}) == ""  # at the top: nothing to widen
    assert record_holder({"title": {"path": ["a.name", "a.title"]}, "start": "a.start"}) == ""  # alternatives


# HARD NEGATIVES: a showing's film keeps the title and the film's page, the showing its own start; a session keeps
# its title and start at the top and the venue keeps its name and its page.
SHOWINGS = [
    {
        "film": {"title": title, "url": f"https://films.example.org/{slug}", "runtime": 101},
        "starts": f"2031-04-0{day}T20:15:00+02:00",
        "screen": "Saal 2",
    }
    for title, slug, day in (("Nosferatu", "nosferatu", 3), ("Metropolis", "metropolis", 4), ("M", "m", 5))
]
SESSIONS = [
    {
        "name": name,
        "start": f"2031-05-0{day}T10:00:00+02:00",
        "venue": {"name": "Stadthalle", "url": "https://venues.example.org/stadthalle"},
    }
    for name, day in (("Keynote", 6), ("Workshop", 7), ("Panel", 8))
]


def test_a_films_page_is_not_its_showings() -> None:
    found = events(SHOWINGS)
    assert [event["title"] for event in found] == ["Nosferatu", "Metropolis", "M"]
    assert all(not event.get("url") for event in found)


def test_a_venues_page_is_not_the_sessions() -> None:
    found = events(SESSIONS)
    assert [event["title"] for event in found] == ["Keynote", "Workshop", "Panel"]
    assert all(event.get("url") != "https://venues.example.org/stadthalle" for event in found)


# ORDINARY documents the rule leaves as they were: a flat list with its pages at the top, and a list of
# {"event": {…}} wrappers (an event holder was read with its page before this rule).
FLAT = [
    {"title": t, "start": f"2031-06-0{d}T18:00:00+02:00", "url": f"https://club.example.org/{s}"}
    for t, d, s in (("Choir", 1, "choir"), ("Quiz", 2, "quiz"))
]
HELD = [{"event": {"name": "Choir", "start_at": "2031-06-01T18:00:00+02:00", "url": "https://club.example.org/c"}}]


def test_ordinary_documents_keep_their_pages() -> None:
    assert [event["url"] for event in events(FLAT)] == [
        "https://club.example.org/choir",
        "https://club.example.org/quiz",
    ]
    assert [event["url"] for event in events(HELD)] == ["https://club.example.org/c"]
