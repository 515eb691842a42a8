"""De-duplication on real-world listings: the decorations aggregators add (promoter, status, age limit, date,
agency, trailing venue), places named or addressed, UTC beside local time and a local time mislabelled UTC,
and the hard negatives of real schedules (bench/corpus/dedup: City Bureau fixtures, schema.org samples)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from typing import Any

import pytest

from events.pipeline.dedup import (
    DIFFERENT_NUMBERS,
    TOO_FAR_IN_TIME,
    DedupConfig,
    dedupe_batch,
    pair_metrics,
    score_pair,
)
from events.pipeline.dedup.config import ZONE_SLIP

CORPUS = Path(__file__).resolve().parents[3] / "bench" / "corpus" / "dedup"
COOK = {
    "city": "Chicago",
    "timezone": "America/Chicago",
    "venue_name": "Cook County Building, Board Room",
    "address": "118 North Clark Street, Chicago, Illinois",
}


def listing(source: str, external_id: str, title: str, start: str, **fields: Any) -> dict[str, Any]:
    return {"source": source, "external_id": external_id, "title": title, "start": start, **COOK, **fields}


def linked(a: dict[str, Any], b: dict[str, Any]) -> bool:
    first, second = dedupe_batch([a, b])
    return first.cluster == second.cluster


# --- the corpus ------------------------------------------------------------------------------------------------
def load_build() -> Any:
    spec = importlib.util.spec_from_file_location("dedup_corpus_build", CORPUS / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_records_are_what_the_seeds_and_rules_give():
    build = load_build()
    records = build.build(json.loads((CORPUS / "seeds.json").read_text(encoding="utf-8")))
    committed = [json.loads(line) for line in (CORPUS / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert records == committed
    assert len(records) >= 400
    assert {record["split"] for record in records} == {"dev", "test"}
    for record in records:  # every listing says where it came from, and whether it is real
        assert record["origin"].startswith(("real:", "derived:"))


@pytest.mark.parametrize("split", ["dev", "test"])
def test_the_real_world_set_keeps_its_figures(split: str):
    records = [json.loads(line) for line in (CORPUS / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    part = [record for record in records if record["split"] == split]
    metrics = pair_metrics(dedupe_batch(part), [record["truth"] for record in part])
    assert metrics.precision >= 0.97
    assert metrics.f1 >= 0.95


# --- decorations -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("decorated", "plain"),
    [
        ("Live Nation presents: The Mountain Goats", "The Mountain Goats"),
        ("XYZ Presents - Bear Grillz & Phiso", "BEAR GRILLZ AND PHISO"),
        ("An Evening with Bill Maher", "Bill Maher"),
        ("CANCELLED - Typhoon with Radiation City", "Typhoon with Radiation City"),
        ("ANGELS & AIRWAVES - **SOLD OUT**", "Angels and Airwaves (18+)"),
        ("Finance Committee (June 7, 2017)", "FINANCE COMMITTEE"),
        ("Rules & Administration Committee - 04.12.2017 - 10:00", "Rules and Administration Committee"),
        ("Cook County Board: Health & Hospitals Committee Meeting", "Health and Hospitals Committee"),
        ("Finance Subcommittee on Litigation @ Board Room, Cook County Building", "Finance Subcommittee on Litigation"),
        ("Zoning and Building Committee [Rescheduled]", "Zoning and Building Committee"),
        ("Café Tacvba", "CAFE TACVBA!"),
    ],
)
def test_an_aggregator_decoration_does_not_hide_the_same_event(decorated: str, plain: str):
    at = "2017-06-07T10:00:00-05:00"
    assert linked(listing("aggregator", "a1", decorated, at), listing("cook_legistar", "527299", plain, at))


def test_a_trailing_venue_is_dropped_only_when_it_is_a_place_of_the_listings():
    globe = {"venue_name": "Shakespeare's Globe", "address": "London, UK", "city": "London"}
    at = "2014-10-01T19:30:00+01:00"
    plays = [
        listing("webpage", "008", "Julius Caesar at Shakespeare's Globe", at, **globe),
        listing("aggregator", "g1", "Julius Caesar", at, **globe),
    ]
    assert linked(*plays)
    arena = {"venue_name": "Wells Fargo Center", "address": "Philadelphia, PA", "city": "Philadelphia"}
    game = "2016-04-21T20:00:00-04:00"
    games = [
        listing("webpage", "001", "Miami Heat at Philadelphia 76ers - Game 3", game, **arena),
        listing("aggregator", "n1", "Miami Heat at Philadelphia 76ers - Game 4", game, **arena),
    ]
    assert score_pair(*games).reason == DIFFERENT_NUMBERS  # "at Philadelphia 76ers" is a team, not the venue


def test_a_venue_named_one_way_and_addressed_another_agrees():
    at = "2017-06-07T10:00:00-05:00"
    named = listing("cook_legistar", "524545", "Finance Committee", at)
    addressed = listing("aggregator", "f1", "Finance Committee", at, venue_name="118 N. Clark St.", address=None)
    assert score_pair(named, addressed).scores["venue"] == 1.0
    assert linked(named, addressed)


# --- times -----------------------------------------------------------------------------------------------------
def test_utc_and_local_time_of_one_instant_agree():
    local = listing("citybureau", "c1", "Committee on Finance", "2023-10-02T10:00:00-05:00")
    utc = listing("chicago_clerk", "B4FDE714", "Committee on Finance", "2023-10-02T15:00:00+00:00")
    assert score_pair(local, utc).scores["time"] == 1.0
    assert linked(local, utc)


def test_local_time_mislabelled_utc_agrees_at_a_lower_score_when_title_and_place_agree():
    local = listing("cook_legistar", "524545", "Finance Committee", "2017-06-07T10:00:00-05:00")
    slipped = listing("feed", "f1", "FINANCE COMMITTEE", "2017-06-07T10:00:00Z")
    pair = score_pair(local, slipped)
    assert pair.scores["time"] == DedupConfig().zone_slip_time_score < 1.0
    assert pair.band == "merge"
    assert linked(local, slipped)


@pytest.mark.parametrize(
    ("title", "fields"),
    [
        ("Finance Subcommittee on Litigation", {}),  # another committee in the same room
        ("Finance Committee", {"venue_name": None, "address": None}),  # nothing says it is the same room
    ],
)
def test_a_mislabelled_utc_time_does_not_link_on_a_weaker_match(title: str, fields: dict[str, Any]):
    local = listing("cook_legistar", "524545", "Finance Committee", "2017-06-07T10:00:00-05:00")
    slipped = listing("feed", "f1", title, "2017-06-07T10:00:00Z", **fields)
    pair = score_pair(local, slipped)
    assert (pair.band, pair.reason) == ("distinct", ZONE_SLIP)


def test_a_gap_that_is_not_the_zone_offset_stays_too_far_apart():
    local = listing("cook_legistar", "524545", "Finance Committee", "2017-06-07T10:00:00-05:00")
    other = listing("feed", "f1", "Finance Committee", "2017-06-07T11:00:00Z")  # four hours before
    assert score_pair(local, other).reason == TOO_FAR_IN_TIME


# --- hard negatives from real schedules ---------------------------------------------------------------------------
COOK_DECEMBER_13 = [  # cook_board.json: four bodies in one room at 10:00, the Board at 11:00
    ("Finance Committee", "10:00"),
    ("Zoning and Building Committee", "10:00"),
    ("Roads and Bridges Committee", "10:00"),
    ("Rules and Administration Committee", "10:00"),
    ("Board of Commissioners", "11:00"),
]


def test_committees_meeting_in_one_room_at_one_hour_stay_apart_even_with_one_aggregators_prefix():
    records = []
    for n, (name, clock) in enumerate(COOK_DECEMBER_13):
        start = f"2017-12-13T{clock}:00-06:00"
        records.append(listing("cook_legistar", f"c{n}", name, start))
        records.append(listing("aggregator", f"a{n}", f"Cook County Board: {name.upper()} Meeting", start))
    results = dedupe_batch(records)
    clusters = [result.cluster for result in results]
    assert len(set(clusters)) == len(COOK_DECEMBER_13)
    assert all(clusters[2 * n] == clusters[2 * n + 1] for n in range(len(COOK_DECEMBER_13)))


def test_the_board_and_the_committee_of_the_whole_five_minutes_apart_stay_apart():
    mwrd = {"venue_name": "Board Room", "address": None}
    board = listing("citybureau_mwrd", "b", "Board of Commissioners", "2018-04-05T10:30:00-05:00", **mwrd)
    whole = listing("citybureau_mwrd", "w", "Committee of the Whole", "2018-04-05T10:35:00-05:00", **mwrd)
    assert not linked(board, whole)


def test_part_one_and_part_two_at_one_time_stay_apart():
    start = "2017-05-10T11:00:00-05:00"
    one = listing("cook_legistar", "548266", "Board of Commissioners - Part 1 of 2", start)
    two = listing("aggregator", "p2", "BOARD OF COMMISSIONERS - PART 2 OF 2", start)
    assert score_pair(one, two).reason == DIFFERENT_NUMBERS


def test_the_same_body_two_weeks_apart_stays_apart():
    first = listing("citybureau_mwrd", "1", "Board of Commissioners", "2018-03-01T10:30:00-06:00")
    second = listing("aggregator", "2", "MWRD: Board of Commissioners", "2018-03-15T10:30:00-05:00")
    assert not linked(first, second)
