"""De-duplication of one event listed by several real sources: a partnership's list that names the site and
gives only the day, a city feed that gives the street address and the time, an organiser's own calendar. The
corpus case is bench/corpus/dedup/real/seattle_crossref.jsonl; the documents below are our own."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench.eval_pipeline import evaluate_cross_listed
from events.pipeline.dedup import OWN_OTHER_START, OWN_PARTS, PLACE_AMBIGUOUS, dedupe_batch, score_pair

REAL = Path(__file__).resolve().parents[3] / "bench" / "corpus" / "dedup" / "real"
SEATTLE = {"city": "Seattle", "timezone": "America/Los_Angeles"}


def listing(source: str, external_id: str, title: str, start: str, **fields: Any) -> dict[str, Any]:
    return {"source": source, "external_id": external_id, "title": title, "start": start, **SEATTLE, **fields}


# --- a site's name beside a street address -------------------------------------------------------------------
def named_and_addressed(title: str, day: str, site: str, clock: str, address: str) -> tuple[dict[str, Any], ...]:
    """A partnership's listing that names the site and gives only the day; a city feed's listing of the same event
    that gives the street address and the time."""
    return (
        listing("partnership", "1", title, day, venue_name=site),
        listing("city_feed", "2", title, f"{day}T{clock}:00-07:00", address=address),
    )


def test_a_named_site_and_a_street_address_are_two_ways_of_saying_where():
    named, addressed = named_and_addressed(
        "Riverside Ravine Work Party", "2025-09-13", "Riverside Ravine", "09:30", "4100 Shore Ave NW, Seattle, WA 98117"
    )
    unplaced = {key: value for key, value in addressed.items() if key != "address"}
    assert score_pair(named, unplaced).band == "merge"
    # Giving the address must not make the listing look less like the event than giving nothing.
    pair = score_pair(named, addressed)
    assert pair.band == "merge"
    assert "venue" not in pair.scores


def test_a_site_name_written_in_the_address_still_counts_for_the_pair():
    named, addressed = named_and_addressed(
        "Big Day of Play", "2025-08-16", "Rainier Playfield", "12:00", "Rainier Playfield, 3700 S Alaska St, Seattle"
    )
    assert score_pair(named, addressed).scores["venue"] >= 0.8


def test_two_names_or_two_addresses_that_disagree_still_count_against_the_pair():
    a = listing("one", "1", "Creek Cleanup", "2025-08-16T10:00:00-07:00", venue_name="Hillcrest Park")
    b = listing("two", "2", "Creek Cleanup", "2025-08-16T10:00:00-07:00", venue_name="Meadowbrook Pond")
    assert score_pair(a, b).band != "merge"
    c = listing("one", "1", "Creek Cleanup", "2025-08-16T10:00:00-07:00", address="4100 Shore Ave NW")
    d = listing("two", "2", "Creek Cleanup", "2025-08-16T10:00:00-07:00", address="9000 Lake Ridge Dr S")
    assert score_pair(c, d).scores["venue"] == 0.0


def test_work_parties_at_other_sites_on_the_same_morning_stay_apart():
    batch = [
        listing("partnership", "1", "Riverside Ravine Work Party", "2025-08-09", venue_name="Riverside Ravine"),
        listing("partnership", "2", "Hillcrest Park Restoration Event", "2025-08-09", venue_name="Hillcrest Park"),
        listing("partnership", "3", "Meadowbrook Pond Work Party", "2025-08-09", venue_name="Meadowbrook Pond"),
        listing(
            "city_feed", "a", "Riverside Ravine Work Party", "2025-08-09T10:00:00-07:00", address="4100 Shore Ave NW"
        ),
        listing(
            "city_feed",
            "b",
            "Hillcrest Park Restoration Event",
            "2025-08-09T10:00:00-07:00",
            address="2200 Hill St, Seattle, WA 98106",
        ),
        listing(
            "city_feed", "c", "Meadowbrook Pond Work Party", "2025-08-09T09:00:00-07:00", address="10750 30th Ave NE"
        ),
    ]
    clusters = [result.cluster for result in dedupe_batch(batch)]
    assert clusters[0] == clusters[3]
    assert clusters[1] == clusters[4]
    assert clusters[2] == clusters[5]
    assert len(set(clusters)) == 3


# --- the corpus case -----------------------------------------------------------------------------------------
def committed_case(case_id: str, licence: str) -> list[dict[str, Any]]:
    """The case's file as committed (its sha256), its origin pinned to commits, one key a listing, its unsure pairs
    among them, and the truth of a listing that names another's id that id: not our reading. Its records."""
    manifest = json.loads((REAL / "manifest.json").read_text(encoding="utf-8"))
    (case,) = [case for case in manifest["cases"] if case["id"] == case_id]
    data = (REAL / case["file"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == case["sha256"]
    assert case["origin"]["licence"] == licence
    assert all(len(part["commit"]) == 40 for part in case["origin"]["files"])
    records = [json.loads(line) for line in data.decode("utf-8").splitlines()]
    keys = {f"{record['source']}:{record['external_id']}" for record in records}
    assert len(keys) == len(records)
    assert all(key in keys for pair in case["unsure"] for key in pair)
    for record in records:
        if record.get("links_to"):
            assert record["truth"] == record["links_to"]
    return records


def test_the_cross_listed_records_are_the_committed_file_with_their_origin():
    # An SPR item that names a GSP listing is that listing's event.
    assert len(committed_case("seattle-volunteering-cross-listed", "MIT")) == 183


def test_real_cross_listed_sources_hold_their_floor():
    pooled = evaluate_cross_listed()
    assert pooled is not None
    figures = pooled["cases"]["seattle-volunteering-cross-listed"]
    assert figures["records"] == 183
    assert figures["true_pairs"] == 64
    # Measured 1.000 / 0.969 (0.328 before a site's name and a street address stopped counting against a pair;
    # 0.906 before the titles' own sites counted: one park given two street addresses, and EarthCorps' own
    # 'Seattle: Kubota Garden' beside a listing crediting EarthCorps there). Left: 'Lake Washington Blvd: South
    # Seattle' beside 'Join EarthCorps on Lake Washington Blvd!', the road named in neither after a name.
    assert figures["precision"] >= 0.97
    assert figures["recall"] >= 0.96


# --- one title at one hour at several branches of one library system ------------------------------------------
BRANCHES = ("Elmwood", "Birch Hill", "Fernbrook")


def branch_listings(title: str, start: str) -> list[dict[str, Any]]:
    """A newspaper calendar's listing of each branch's event (the branch's name), then the library's own (the room
    at the branch): the names share only what kind of place they are."""
    paper = [
        listing("paper", f"p{n}", title, start, venue_name=f"{name} Regional Library")
        for n, name in enumerate(BRANCHES)
    ]
    own = [
        listing("library", f"l{n}", title, start, venue_name=f"{name} Meeting Room at {name} Regional Library")
        for n, name in enumerate(BRANCHES)
    ]
    return paper + own


def test_one_title_at_one_hour_at_several_branches_is_one_event_a_branch():
    batch = branch_listings("Lunch at the Library", "2025-07-22T12:00:00-07:00")
    clusters = [result.cluster for result in dedupe_batch(batch)]
    assert len(set(clusters)) == len(BRANCHES)
    for n in range(len(BRANCHES)):  # the paper's listing of a branch is the library's listing of that branch
        assert clusters[n] == clusters[n + len(BRANCHES)]
    children = [
        listing("library", "c1", "Read to a Dog", "2025-07-22T13:00:00-07:00", venue_name="Children's Area (Elmwood) at Elmwood Regional Library"),
        listing("library", "c2", "Read to a Dog", "2025-07-22T13:30:00-07:00", venue_name="Children's Room (Fernbrook) at Fernbrook Regional Library"),
    ]  # fmt: skip
    assert score_pair(*children).band != "merge"


def test_two_branch_names_are_one_place_when_their_addresses_agree():
    at = "2025-07-22T12:00:00-07:00"
    renamed = listing(
        "paper", "p", "Lunch at the Library", at, venue_name="Elmwood Regional Library", address="400 Oak St"
    )
    own = listing("library", "l", "Lunch at the Library", at, venue_name="Lakeside Branch", address="400 Oak Street")
    assert score_pair(renamed, own).band == "merge"
    elsewhere = {**own, "address": "9 Pine Ave"}
    assert score_pair(renamed, elsewhere).band != "merge"


# --- a listing that states no place, beside one title at one hour at several named places ----------------------
def test_a_listing_without_a_place_beside_one_title_at_several_places_goes_to_a_moderator():
    # A neighbouring county's "Lunch at the Library", no place given, at the hour every branch holds its own: it
    # could be any of them (or none), and nothing it states says which.
    at = "2025-07-22T12:00:00-07:00"
    batch = [*branch_listings("Lunch at the Library", at), listing("paper", "x", "Lunch at the Library", at)]
    results = dedupe_batch(batch)
    unplaced = results[-1]
    assert (unplaced.band, unplaced.reason) == ("review", PLACE_AMBIGUOUS)
    assert unplaced.duplicate_of is None
    assert all(result.cluster != unplaced.cluster for result in results[:-1])
    clusters = [result.cluster for result in results[:-1]]  # the branches still pair up, one cluster a branch
    assert len(set(clusters)) == len(BRANCHES)


def test_two_clean_ups_at_different_sites_at_one_hour_and_a_third_listing_that_names_neither():
    at = "2025-09-20T10:00:00-07:00"
    batch = [
        listing("parks", "1", "Beach Clean-up", at, venue_name="Alki Beach"),
        listing("parks", "2", "Beach Clean-up", at, venue_name="Golden Gardens"),
        listing("volunteers", "3", "Beach Clean-up", at),
    ]
    results = dedupe_batch(batch)
    assert len({result.cluster for result in results}) == 3
    assert (results[2].band, results[2].reason) == ("review", PLACE_AMBIGUOUS)


def test_a_listing_without_a_place_still_joins_the_one_place_that_holds_its_event():
    at = "2025-09-20T10:00:00-07:00"
    batch = [
        listing("parks", "1", "Beach Clean-up", at, venue_name="Alki Beach"),
        listing("city", "2", "Beach Clean-up", at, venue_name="Alki Beach Park", address="1702 Alki Ave SW"),
        listing("volunteers", "3", "Beach Clean-up", at),
        listing("parks", "4", "Dune Planting", at, venue_name="Golden Gardens"),  # another title elsewhere
    ]
    clusters = [result.cluster for result in dedupe_batch(batch)]
    assert clusters[0] == clusters[1] == clusters[2] != clusters[3]


# --- one series, two sessions at one place ----------------------------------------------------------------------
CLUB = {"venue_name": "Maple Grove Library"}


SESSIONS = (
    ("Contract Bridge Club: Open Play", "Contract Bridge Club 101"),
    ("Community Watercolor Workshop - Open Studio", "Community Watercolor Workshop: Portraits"),
)


def test_one_name_with_two_parts_of_its_own_at_two_starts_goes_to_a_moderator():
    # A club's open play at 14:00 and its beginners' class at 14:15 in one room (each pair scores above the
    # merge band on title, time and place alone): the name they share is the series. Listed by two sources, a
    # moderator decides; listed by one, the source's two starts already say two sessions (OWN_OTHER_START).
    for first, second in SESSIONS:
        pair = [
            listing("paper", "1", first, "2025-07-21T14:00:00-07:00", **CLUB),
            listing("library", "2", second, "2025-07-21T14:15:00-07:00", **CLUB),
        ]
        assert score_pair(*pair).similarity >= 0.85
        early, late = dedupe_batch(pair)
        assert (early.band, early.reason, early.candidate) == ("review", OWN_PARTS, "2")
        assert early.cluster != late.cluster
        one_source = [pair[0], {**pair[1], "source": "paper"}]
        assert score_pair(*one_source).reason == OWN_OTHER_START
        assert len({result.cluster for result in dedupe_batch(one_source)}) == 2


def test_one_title_adding_words_or_two_parts_at_one_start_still_link():
    at, later = "2025-07-21T14:00:00-07:00", "2025-07-21T14:15:00-07:00"
    # One title only adds a word: the other's whole name is in it.
    added = score_pair(
        listing("a", "1", "Contract Bridge Club", at, **CLUB),
        listing("b", "2", "Contract Bridge Club Open Play", later, **CLUB),
    )
    assert added.band == "merge"
    # At one start, two parts may be two ways of describing the one event.
    same_start = score_pair(
        listing("a", "1", "Contract Bridge Club: Open Play", at, **CLUB),
        listing("b", "2", "Contract Bridge Club 101", at, **CLUB),
    )
    assert same_start.reason != OWN_PARTS
    # Reworded in another order: no shared leading name.
    reworded = score_pair(
        listing("a", "1", "Forest Restoration at EC Hughes", at),
        listing("b", "2", "EC Hughes Restoration Event", later),
    )
    assert reworded.band == "merge"


# --- the second corpus case: a newspaper calendar and a county library ---------------------------------------
def test_the_library_case_is_the_committed_transcription_with_its_origin():
    records = committed_case("santarosa-library-cross-listed", "Apache-2.0")
    assert all("url" not in record for record in records)  # the URL a listing names is the truth, not an input
    assert_transcribed_by("santarosa_build.py")


def assert_transcribed_by(script: str) -> None:
    """The case's build script, run with --check, finds the committed records to be its transcription."""
    build = subprocess.run([sys.executable, str(REAL / script), "--check"], capture_output=True, text=True, check=False)
    assert build.returncode == 0, build.stdout + build.stderr


def test_the_library_case_holds_its_floor():
    pooled = evaluate_cross_listed()
    assert pooled is not None
    figures = pooled["cases"]["santarosa-library-cross-listed"]
    assert (figures["records"], figures["true_pairs"], figures["unsure"]) == (214, 31, 11)
    # Measured 0.228 / 0.935 before branch names that share only 'Regional Library' counted as two places; 0.853 /
    # 0.935 after; 0.967 / 0.935 once a placeless listing matching several named places and one name with two parts
    # of its own at two starts went to a moderator; 1.000 / 1.000 once the titles' own sites counted (a branch
    # event held 'Offsite' or on the 'BiblioBus' at the park or centre both titles name; a placeless 'Storytime in
    # the Park' is not 'Family Storytime at Ives Park').
    assert figures["precision"] >= 0.99
    assert figures["recall"] >= 0.99


# --- the third corpus case, held out: an arts aggregator beside a theatre's and a nightclub's own calendars ----
BLOOMINGTON = {
    "bloomington-arts-cross-listed-mayjune": (72, 11, 3),
    "bloomington-arts-cross-listed-april": (133, 14, 2),
}


def test_the_held_out_aggregator_case_is_the_committed_transcription_with_its_origin():
    for case_id, (count, _true, _unsure) in BLOOMINGTON.items():
        records = committed_case(case_id, "Apache-2.0")
        assert len(records) == count
        assert all("url" not in record for record in records)  # the page an aggregator names is the truth
    assert_transcribed_by("bloomington_build.py")


def test_the_held_out_aggregator_case_holds_its_first_measure():
    pooled = evaluate_cross_listed()
    assert pooled is not None
    for case_id, (count, true_pairs, unsure) in BLOOMINGTON.items():
        figures = pooled["cases"][case_id]
        assert (figures["records"], figures["true_pairs"], figures["unsure"]) == (count, true_pairs, unsure)
        # Held out, measured once: May-June 1.000 / 0.909 (a concert the theatre lists at its own address but
        # holds in a park), April 1.000 / 0.929 (a 16:00 show the aggregator puts at its default 19:00). No rule
        # was written from these files. After session 16's title-site rules (not written from them): May-June
        # 1.000 / 1.000 (both titles name the park), April unchanged.
        assert figures["precision"] >= 0.97
        assert figures["recall"] >= 0.9


# --- the fourth corpus case, held out: an electronic-music listings site beside four venues' own calendars -------
def test_the_held_out_nightlife_case_is_the_committed_transcription_with_its_origin():
    records = committed_case("seattle-nightlife-cross-listed", "MIT")
    assert len(records) == 295
    assert all("url" not in record for record in records)  # the ticket page a listing names is the truth
    assert_transcribed_by("seattle_nightlife_build.py")


def test_the_held_out_nightlife_case_holds_its_first_measure():
    pooled = evaluate_cross_listed()
    assert pooled is not None
    figures = pooled["cases"]["seattle-nightlife-cross-listed"]
    assert (figures["records"], figures["true_pairs"], figures["unsure"]) == (295, 7, 1)
    # Held out, measured once: 1.000 / 1.000 (7 ticket-linked pairs, two of them an hour apart; Chop Suey's weekly
    # 'Flammable' and the many same-hour club nights stay apart). No rule was written from this file; unchanged
    # after the title-site rules written the same session from the seen sets.
    assert figures["precision"] >= 0.97
    assert figures["recall"] >= 0.99


# --- the fifth corpus case, held out: a town newspaper's calendar beside a cinema's, a brewery's, a house's ----
def test_the_held_out_newspaper_case_is_the_committed_transcription_with_its_origin():
    records = committed_case("montclair-newspaper-cross-listed", "Apache-2.0")
    assert len(records) == 169
    # URL, description and organiser are the truth; none of them is handed to dedup.
    assert all(not {"url", "description", "organizer"} & set(record) for record in records)
    assert {record["tied_by"] for record in records if record.get("links_to")} == {
        "ORGANIZER Montclair Brewery",
        "the organiser's own description",
        "ORGANIZER Gotta Sing Events, one place and start",
    }
    assert_transcribed_by("montclair_build.py")


def test_the_held_out_newspaper_case_holds_its_first_measure():
    pooled = evaluate_cross_listed()
    assert pooled is not None
    figures = pooled["cases"]["montclair-newspaper-cross-listed"]
    assert (figures["records"], figures["true_pairs"], figures["unsure"]) == (169, 6, 1)
    # Held out, measured once: 0.750 / 1.000 (every tied pair joined; two false pairs, one film on two screens of
    # one cinema under two hours apart, the shared street address outweighing the two screens' names). Then SEEN:
    # two rules written from those false pairs (one source's two starts are two showings; two numbered rooms of one
    # building are two places, tests/events/pipeline/test_dedup_showings.py): 1.000 / 1.000.
    assert figures["precision"] >= 0.99
    assert figures["recall"] >= 0.99
