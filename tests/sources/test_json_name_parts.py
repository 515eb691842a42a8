"""A game whose two sides are a list's two elements, each named in parts (``_json_name_parts``), and the mapping's
path entry that is itself a list of paths, a name's parts joined by a space (``_json_config``, ``json_api``).

Documents of our own, JSON and XML (a SportsML-like schedule: ``<team><team-metadata alignment="away"><name
first="…" last="…"/>``, whose games were all titled with the schedule's own name). Hard negatives: a talk's speaker
named in parts (one person, no list of two), a list of three competitors, a list of two named for no side
("speakers"), and sides with a full name beside the parts (the full name kept).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from events.vocabulary import GAME_CATEGORY
from sources.adapters._json_config import read_config
from sources.adapters._json_infer import infer
from sources.adapters.base import AdapterError, FetchWindow
from sources.extraction import extract_document
from tests.sources.helpers import parse_json

NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
WINDOW = FetchWindow(dt.datetime(2031, 2, 1, tzinfo=dt.UTC), dt.datetime(2032, 2, 1, tzinfo=dt.UTC))
CLUBS = [("Aldoria", "Hawks"), ("Brenvik", "Otters"), ("Corvana", "Lynx"), ("Dunmoor", "Rooks"), ("Estal", "Foxes")]


def read(document: object, config: dict | None = None) -> list:
    try:
        return parse_json(document, config, window=WINDOW, zone=NEW_YORK)[1]
    except AdapterError:
        return []


def titles(document: object) -> list[str]:
    return [event.title for event in read(document)]


# --- SportsML-like XML: two <team>s, each <name first last>, "alignment" away/home --------------------------------


def sportsml(*games: tuple[str, str, str, str], full: bool = False) -> bytes:
    """A team's schedule: (away first, away last, home first, home last) per game, under the schedule's title."""

    def team(first: str, last: str, side: str) -> str:
        whole = f' full="{first} {last} Club"' if full else ""
        return (
            f'<team><team-metadata team-key="t.{last.lower()}" alignment="{side}">'
            f'<name{whole} first="{first}" last="{last}"/></team-metadata><team-stats score="2"/></team>'
        )

    events = "".join(
        f'<sports-event><event-metadata event-key="e.{n}" start-date-time="203103{n + 1:02d}T190000-0500">'
        f'<site><site-metadata><name full="{home_last} Arena"/></site-metadata></site></event-metadata>'
        f"{team(away_first, away_last, 'away')}{team(home_first, home_last, 'home')}</sports-event>"
        for n, (away_first, away_last, home_first, home_last) in enumerate(games)
    )
    return (
        '<?xml version="1.0"?><sports-content><sports-metadata>'
        "<sports-title>2031 Aldoria Hawks Schedule</sports-title></sports-metadata>"
        f"<schedule>{events}</schedule></sports-content>"
    ).encode()


SCHEDULE = [
    ("Aldoria", "Hawks", "Brenvik", "Otters"),
    ("Corvana", "Lynx", "Aldoria", "Hawks"),
    ("Aldoria", "Hawks", "Dunmoor", "Rooks"),
    ("Estal", "Foxes", "Aldoria", "Hawks"),
]


def test_xml_sides_named_in_parts_name_each_game_home_vs_away() -> None:
    events = extract_document(sportsml(*SCHEDULE), window=WINDOW, kind="xml", zone=NEW_YORK).events
    assert [event["title"] for event in events] == [
        "Brenvik Otters vs Aldoria Hawks",
        "Aldoria Hawks vs Corvana Lynx",
        "Dunmoor Rooks vs Aldoria Hawks",
        "Aldoria Hawks vs Estal Foxes",
    ]
    assert {event["source_category"] for event in events} == {GAME_CATEGORY}


def test_xml_sides_with_a_full_name_beside_the_parts_keep_the_full_name() -> None:
    events = extract_document(sportsml(*SCHEDULE, full=True), window=WINDOW, kind="xml", zone=NEW_YORK).events
    assert events[0]["title"] == "Brenvik Otters Club vs Aldoria Hawks Club"


# --- JSON: a list of two named for its sides, each with its name in parts -----------------------------------------


def games(side, count: int = 5, per_game: int = 2) -> dict:
    return {
        "games": [
            {
                "id": n,
                "date": f"2031-03-{n + 1:02d}T19:00:00Z",
                "competitors": [side(*CLUBS[(n + k) % len(CLUBS)], k) for k in range(per_game)],
            }
            for n in range(count)
        ]
    }


@pytest.mark.parametrize(
    "side",
    [
        lambda first, last, _k: {"firstName": first, "lastName": last, "seed": 3},
        lambda first, last, _k: {"player": {"first_name": first, "last_name": last}},
        lambda first, last, _k: {"name": {"First": first, "Last": last}},
    ],
)
def test_json_sides_named_in_parts_are_joined_by_a_space_in_their_order(side) -> None:
    assert titles(games(side))[:2] == ["Aldoria Hawks vs Brenvik Otters", "Brenvik Otters vs Corvana Lynx"]
    found = infer(games(side))
    assert found is not None
    assert found.config["mapping"]["source_category"] == {"default": GAME_CATEGORY}
    read_config(found.config)  # what was inferred is a config an operator can save


def test_home_first_in_every_game_is_still_read_home_vs_away() -> None:
    document = games(
        lambda first, last, k: {"homeAway": "home" if k == 0 else "away", "firstName": first, "lastName": last}
    )
    assert titles(document)[0] == "Aldoria Hawks vs Brenvik Otters"


def test_sides_in_no_constant_order_are_read_in_the_listed_order() -> None:
    document = games(lambda first, last, k: {"qualifier": ("home", "away")[k], "firstName": first, "lastName": last})
    document["games"][1]["competitors"].reverse()
    document["games"][1]["competitors"][0]["qualifier"], document["games"][1]["competitors"][1]["qualifier"] = (
        "away",
        "home",
    )
    document["games"][2]["competitors"][0]["qualifier"] = "away"  # now away, away: says nothing
    assert titles(document)[0] == "Aldoria Hawks vs Brenvik Otters"


def test_sides_with_a_full_name_key_keep_using_it() -> None:
    side = lambda first, last, _k: {"name": f"{first} {last} FC", "firstName": first, "lastName": last}  # noqa: E731
    assert titles(games(side))[0] == "Aldoria Hawks FC vs Brenvik Otters FC"


# --- hard negatives -------------------------------------------------------------------------------------------------


def test_a_talks_speaker_named_in_parts_is_no_side() -> None:
    talks = {
        "talks": [
            {
                "id": n,
                "start": f"2031-03-0{n}T19:00:00Z",
                "room": "B",
                "speaker": {"firstName": "Ana", "lastName": "Ruiz"},
            }
            for n in range(1, 6)
        ]
    }
    found = infer(talks)
    assert found is None or " vs " not in str(found.config["mapping"]["title"])
    assert all(" vs " not in title and " at " not in title for title in titles(talks))


def test_two_speakers_of_a_listed_session_are_no_pair_of_sides() -> None:
    person = lambda first, last, _k: {"firstName": first, "lastName": last}  # noqa: E731
    sessions = games(person)["games"]
    document = {"sessions": [{"speakers": session.pop("competitors"), **session} for session in sessions]}
    found = infer(document)
    assert found is None or "source_category" not in found.config["mapping"]
    assert all(" vs " not in title for title in titles(document))


def test_a_list_of_three_competitors_is_no_pair() -> None:
    document = games(lambda first, last, _k: {"firstName": first, "lastName": last}, per_game=3)
    found = infer(document)
    assert found is None or GAME_CATEGORY not in str(found.config["mapping"].get("source_category"))
    assert all(" vs " not in title for title in titles(document))


# --- the mapping: a path entry that is a list of paths -------------------------------------------------------------


def parted_config(**title: object) -> dict:
    return {"items": "games", "mapping": {"title": title, "start": "date"}}


def test_a_path_entry_list_is_read_as_its_parts_joined_by_a_space() -> None:
    document = {
        "games": [
            {"date": "2031-03-01T19:00:00Z", "t": [{"f": "Aldoria", "l": "Hawks"}, {"f": "Brenvik", "l": "Otters"}]},
            {"date": "2031-03-02T19:00:00Z", "t": [{"f": "Corvana"}, {"f": "Dunmoor", "l": "Rooks"}]},
        ]
    }
    config = parted_config(path=[["t.0.f", "t.0.l"], ["t.1.f", "t.1.l"]], join=" at ")
    assert [event.title for event in read(document, config)] == [
        "Aldoria Hawks at Brenvik Otters",
        "Corvana at Dunmoor Rooks",
    ]


def test_a_path_entry_list_may_stand_beside_plain_paths_and_in_a_fallback() -> None:
    spec = read_config(parted_config(path=["code", ["t.0.f", "t.0.l"]], fallback={"path": [["a", "b"]]})).mapping[
        "title"
    ]
    assert spec.paths == ("code", "t.0.f")
    assert spec.entries() == (("code",), ("t.0.f", "t.0.l"))
    assert spec.fallback is not None
    assert spec.fallback.entries() == (("a", "b"),)
    plain = read_config(parted_config(path=["a", "b"], join=" ")).mapping["title"]
    assert plain.parts == ()
    assert plain.entries() == (("a",), ("b",))


@pytest.mark.parametrize(
    "config",
    [
        parted_config(path=[[]]),
        parted_config(path=[["a", 3]]),
        parted_config(path=[["a", ["b"]]]),
        {"items": "games", "mapping": {"title": "name", "start": {"path": [["date", "time"]]}}},
        {"items": "games", "mapping": {"title": "name", "start": "date", "latitude": {"path": [["a", "b"]]}}},
    ],
)
def test_a_path_entry_list_is_refused_where_it_cannot_be_read(config: dict) -> None:
    with pytest.raises(AdapterError, match="a name in parts"):
        read_config(config)


def test_a_side_named_in_parts_and_missing_gives_way_to_its_label() -> None:
    document = {
        "games": [
            {"date": "2031-03-01T19:00:00Z", "home": {"f": "Aldoria", "l": "Hawks"}, "away_label": "Winner Game 4"},
        ]
    }
    config = parted_config(
        path=[["away.f", "away.l"], ["home.f", "home.l"]],
        join=" at ",
        fallback={"path": ["away_label", "home_label"], "join": " at "},
    )
    assert [event.title for event in read(document, config)] == ["Winner Game 4 at Aldoria Hawks"]
