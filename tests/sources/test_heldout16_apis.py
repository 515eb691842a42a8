"""The sixteenth held-out batch's misses, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout16.json, measured
once before these rules), each rule on small documents of our own:

- a name given in several forms ("name": {"full": …, "abbreviation": …}) is its full form: a game's two sides and
  its ground are read through it, where the list of games was not taken for events at all;
- a name every game carries that is named for its competition ("tournamentName" on each match, a "leagueName")
  does not name the game: the game is named by its two sides; games with names of their own keep them.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._json_shapes import Column
from sources.adapters._json_sides import competition_name
from sources.adapters._json_text_keys import full_form, says_nothing
from sources.adapters.base import FetchWindow, RawEvent
from tests.sources.helpers import parse_json

LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2027, 3, 1, tzinfo=LONDON)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def json_events(document: object) -> list[RawEvent]:
    return parse_json(document, window=WINDOW, zone=LONDON)[1]  # inferred: no config


def forms(full: str, short: str) -> dict[str, str]:
    return {"first": full, "full": full, "abbreviation": short}


def side(full: str, short: str, score: int | None = None) -> dict:
    return {"key": short.upper(), "scores": {"score": score, "halfTime": None}, "name": forms(full, short)}


def match(day: str, clock: str, home: tuple[str, str], away: tuple[str, str], ground: str, **extra: object) -> dict:
    return {
        "eventKey": f"{day}-{home[1]}",
        "startTime": f"{day}T{clock}:00+00:00",
        "eventStatus": "pre-event",
        "homeTeam": side(*home),
        "awayTeam": side(*away),
        "venue": {"name": {"abbreviation": ground, "full": ground}, "homeCountry": None},
        **extra,
    }


def fixtures(*games: dict) -> dict:
    """A scores-and-fixtures answer of our own: a list of tournaments, each its days keyed by name, each day its
    rounds, each round its games."""
    return {"fixtureListMeta": {"scorers": True},
            "matchData": [{"tournamentMeta": {"tournamentSlug": "county-league"},
                           "tournamentDatesWithEvents": {"Saturday-13th-March": [{"round": {"key": "R1"},
                                                                                   "events": list(games)}]}}]}  # fmt: skip


# --- 1. a name in several forms -------------------------------------------------------------------------------
def test_a_name_given_in_several_forms_is_its_full_form() -> None:
    document = fixtures(
        match(
            "2027-03-13", "15:00", ("Millbrook Rovers", "Millbrook"), ("Eastfield Athletic", "Eastfield"), "Mill Lane"
        ),
        match("2027-03-13", "17:30", ("Harbour Town", "Harbour"), ("Northgate United", "Northgate"), "Quayside Park"),
    )

    events = json_events(document)

    assert [(event.title, event.start, event.venue_name) for event in events] == [
        ("Millbrook Rovers vs Eastfield Athletic", dt.datetime(2027, 3, 13, 15, 0, tzinfo=dt.UTC), "Mill Lane"),
        ("Harbour Town vs Northgate United", dt.datetime(2027, 3, 13, 17, 30, tzinfo=dt.UTC), "Quayside Park"),
    ]
    assert {event.source_category for event in events} == {"Sports / Game"}


def test_only_the_full_form_under_a_name_speaks_for_it() -> None:
    assert full_form("full", "name")
    assert full_form("long", "teamName")
    assert full_form("official", "title")
    assert says_nothing("full", "name")
    # a name's other forms keep their words; "full" under anything but a name or title is its own key
    assert not full_form("abbreviation", "name")
    assert not full_form("first", "name")
    assert not full_form("full", "address")
    assert not says_nothing("full", "capacity")
    assert not says_nothing("full")
    assert Column("homeTeam.name.full", []).key_words == ["name"]
    assert Column("homeTeam.name.abbreviation", []).key_words == ["abbreviation"]
    assert Column("address.full", []).key_words == ["full"]


# --- 2. the competition's name is not the game's ----------------------------------------------------------------
def test_a_competition_name_on_every_game_yields_to_the_two_sides() -> None:
    league = {"tournamentName": forms("County League", "County")}
    one = fixtures(match("2027-03-13", "15:00", ("Millbrook Rovers", "M"), ("Eastfield Athletic", "E"), "Mill Lane",
                         **league))  # fmt: skip
    several = {"games": [
        {"leagueName": "Spring League", "kickoff": "2027-04-03T14:00:00+01:00",
         "home": {"name": "Harbour Town"}, "away": {"name": "Northgate United"}},
        {"leagueName": "Spring League", "kickoff": "2027-04-10T14:00:00+01:00",
         "home": {"name": "Northgate United"}, "away": {"name": "Millbrook Rovers"}},
    ]}  # fmt: skip

    assert [event.title for event in json_events(one)] == ["Millbrook Rovers vs Eastfield Athletic"]
    assert [event.title for event in json_events(several)] == [
        "Harbour Town vs Northgate United",
        "Northgate United vs Millbrook Rovers",
    ]


def test_games_with_names_of_their_own_keep_them() -> None:
    document = {"games": [
        {"title": "Charity Shield", "kickoff": "2027-04-03T14:00:00+01:00",
         "home": {"name": "Harbour Town"}, "away": {"name": "Northgate United"}},
        {"title": "Founders' Trophy", "kickoff": "2027-04-10T14:00:00+01:00",
         "home": {"name": "Northgate United"}, "away": {"name": "Millbrook Rovers"}},
    ]}  # fmt: skip

    assert [event.title for event in json_events(document)] == ["Charity Shield", "Founders' Trophy"]
    # a name column is the competition's by what it is named for, never by its text
    assert not competition_name(Column("title", ["Charity Shield", "Founders' Trophy"]))
    assert not competition_name(Column("title", ["Spring Cup", "Spring Cup"]))  # two games may share a name
    assert competition_name(Column("leagueName", ["County League"]))
    assert competition_name(Column("tournament.name", ["County Cup"]))
