"""The held-out parts of real labelled events beside the first test split (bench/corpus/categories/labelled_test2.jsonl,
labelled_test3.jsonl and labelled_test4.jsonl, manifest 'test2' to 'test4'): each part's provenance, its separation
from training and from every other labelled set, and the shipped model's floor on it. One module for every such part
(a new part is a line in PARTS; a part wholly measure-only, as test8, a line in MEASURE_ONLY_PARTS)."""

from __future__ import annotations

import collections
import json
import re
from typing import Any

import pytest

from events.pipeline.categorize import CATEGORIES, evaluate, load_categorizer, load_corpus
from events.pipeline.categorize.training import _row_counts

from .test_categorize_real import (
    CATEGORY_CORPUS,
    COMMIT,
    PERMISSIVE,
    leaks,
    real_corpus_rows,
    repo_side,
    title_key,
    training_names,
)

LABELLED = (
    "labelled.jsonl",
    "labelled_test2.jsonl",
    "labelled_test3.jsonl",
    "labelled_test4.jsonl",
    "labelled_test6.jsonl",
    "labelled_test7.jsonl",
    "labelled_test17.jsonl",
    "labelled_test32.jsonl",
)
# Each part's floor, under its first measure with the shipped model (manifest first_measure), taken once before any
# change: test2 84/95 = 0.884 (a retrain that loses the tech meetups shows), test3 25/37 = 0.676, test4 10/10 (its
# committed part: league fixtures; the measure-only rows are figures in the manifest, not rows here), test6 4/5 (its
# committed part: a volunteer centre's shifts; the Eventbrite rows are measure-only), test7 1/3 (its committed part:
# a developers' group's meetups; the other 47 rows are measure-only), test17 6/14 (its committed part: a geospatial tech
# community's meetups, talk nights and mapping parties; the heritage festival's 19 rows are measure-only), test32 20/31
# (its committed part: Bologna's tech communities' shared calendar; the Porto agenda's 12 rows are measure-only).
PARTS = {"test2": 0.85, "test3": 0.6, "test4": 0.9, "test6": 0.8, "test7": 0.3, "test17": 0.4, "test32": 0.6}


def rows_of(name: str) -> list[dict[str, Any]]:
    lines = (CATEGORY_CORPUS / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module", params=sorted(PARTS))
def split(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def rows(split: str) -> list[dict[str, Any]]:
    return rows_of(f"labelled_{split}.jsonl")


def test_every_row_has_provenance_a_permissive_licence_and_a_mapped_label(split, rows):
    part = json.loads((CATEGORY_CORPUS / "manifest.json").read_text(encoding="utf-8"))[split]
    mapping = {row["source_label"]: row["category"] for row in part["mapping"]}
    listed = {(source["repo"], file["path"], file["commit"]) for source in part["sources"] for file in source["files"]}
    licences = {source["repo"]: source["licence"] for source in part["sources"]}
    assert len(rows) == part["counts"][split]
    if "by_category" in part["counts"]:
        assert collections.Counter(row["category"] for row in rows) == part["counts"]["by_category"]
    for row in rows:
        origin = row["origin"]
        assert row["split"] == split
        assert row["category"] in CATEGORIES
        assert mapping[row["source_label"]] == row["category"], row["title"]
        assert (origin["repo"], origin["path"], origin["commit"]) in listed, row["title"]
        assert origin["licence"] == licences[origin["repo"]]
        assert origin["licence"] in PERMISSIVE
        assert COMMIT.match(origin["commit"])
        assert row["source_category"] is None  # the text model is what the part measures
        assert "venue_name" in row


def test_rows_come_from_test_side_repositories_no_other_set_uses(split, rows):
    repos = {row["origin"]["repo"] for row in rows}
    assert all(repo_side(repo) == "test" for repo in repos)
    for name in LABELLED:
        if name != f"labelled_{split}.jsonl":
            assert repos.isdisjoint(row["origin"]["repo"] for row in rows_of(name)), name
    assert repos.isdisjoint(row["origin"]["repo"] for _, row in real_corpus_rows())


def test_no_row_is_in_the_training_corpus_and_a_title_is_kept_once(rows):
    training = load_corpus()
    counts, names = _row_counts(training), training_names(training)
    assert {row["title"]: found for row in rows if (found := leaks(row["title"], training, counts, names))} == {}
    per_repo = collections.Counter((row["origin"]["repo"], title_key(row["title"])) for row in rows)
    assert [key for key, count in per_repo.items() if count > 1] == []


def test_shipped_model_holds_on_the_part(split, rows):
    assert evaluate(load_categorizer(), rows).accuracy >= PARTS[split]


# Parts whose rows are all measure-only (no source with a licence the index holds): the manifest's 'removed' block is
# what the repository keeps of them (its counts, the rows' sha256 and how to rebuild them), beside the first measure.
# test8 (helper cats13): a web developers' Meetup groups' talk meetups and a bird club's walks, 39/40 cold.
# test9 (helper cats14): a housing authority's board meetings, volunteer opportunities, a nature centre's programmes, a
# hiking club's hikes titled by the trail and a Rust group's meetups and hack nights, 26/44 cold (seen since helper
# cats15: its misses taught rules_series.py and rules_places.py; 42/44 after).
# test10 (helper cats15): tech groups' Meetup events, a Go group's meetups, a Friends Meeting's hikes titled by the place,
# a Lions club's meetings and fundraisers, a transit authority's board and committees, a reading club's numbered
# sessions; 28/41, measured once after that session's rules (seen since helper cats16: its misses taught
# rules_group_kinds.py; 38/41 after).
# test11 (helper cats16): a Ruby user group's monthly meetings, tech groups' Meetup events, a Linux group's
# presentation, a bookstore book club's meetings titled by their book, a service club's projects, public bodies'
# meetings and volunteer work parties; 34/41, measured once after that session's rule (seen since helper cats17: its
# misses taught rules_volunteers.invites_to_volunteer; 35/41 after).
# test12 (helper cats17): two German makerspaces' public calendars (open labs, hacker and Freifunk meetings, workshops,
# repair cafés, work parties, members' meetings, a youth lab) and a parish's vespers; 20/48, measured once after that
# session's rule. Its source is LGPL-3.0-or-later: a licence, but none the repository may commit rows under.
# test13 (helper cats18): a park district's public meetings, volunteer, naturalist, hike and children's farm programmes,
# Bend (OR) Meetup groups' listings and Space Coast tech groups' meetups; 40/65, measured once after that session's rules.
# test14 (helper cats19): a Canadian council's meetings, UK volunteers' task days, a wildlife trust's guided walks,
# JavaScript meetups outside the USA, a London neighbourhood's listings and French regional listings; 53/74, measured
# once with main's code before that session's changes.
# test15 (helper cats15): the City of Toronto's Festivals & Events feed (exhibitions, concerts, comedy, a world-music
# restaurant's bill, cooking classes, charity walks, an urban-forestry walk), labelled by the City's own keywords;
# 40/51, measured once with main's code before that session's changes (seen since: its misses taught
# rules_musicians.py and the music-festival rule; 45/51 after).
# test18 (helper cats21): a community calendar of Dallas advocacy groups (public bodies' meetings and hearings they
# follow, their own meetings, lobby day, press conference, socials, book club), labelled by the calendar's category;
# 26/37, measured once after that session's source-consensus change, before any other.
# test19 (helper cats22): Nashville Meetup groups' events (tech, outdoors, community), labelled by the group's Meetup
# category; 42/63 title only, 50/63 with the group as organizer, measured once before that session's changes.
# test20 (helper cats23): a week of Boulder-area Meetup listings (tech meetups, hikes, volunteering and faith, a bar's
# music, theatre, sports, wellness), labelled by each event's own kind; 47/68, 49/68 with the group as organizer,
# measured once with main's code before that session's change.
# test21 (helper cats24): a students' map of Bay Area volunteer workdays and hikes, Wichita's public meetings,
# Eventbrite's own categories; 46/64, measured once before that session's change (rebuilt by helper cats25, same figures).
# test22 (helper cats25): a business calendar's conferences, a comedy collective's EventFrog-labelled shows, a union
# local's and an advocacy group's meetings; 32/51, measured once with main's code before that session's changes.
# test23 (helper cats26): a county's Legistar meetings (bare body names) and a tech collective's dated workshops,
# labelled by the calendar's MEETING category and the site's own naming; 20/40, measured once with main's code before
# that session's changes.
# test26 (helper cats32): a developers' community's Eventbrite events (Science & Technology, Community & Culture), a
# forest preserve district's volunteer calendar (restoration workdays, programme trainings) and a city's and a county's
# public bodies' meetings; 46/55, measured once with main's code before that session's changes.
# test27 (helper cats33): a city's Eventful listings (a parks course catalogue's sports, dance and art classes,
# children's clubs, bar concerts and DJ nights by name, an author's reading), a ticket exchange's page (a band, college
# baseball, a golf practice day, family shows) and a city guide's tagged comedy, club nights and theatre; 28/55,
# measured once with main's code before that session's changes (seen since: its misses taught rules_pastimes.py and
# the venue table's bookshop; 38/55 after).
# test34 (helper cats40): a Fringe venue's programme (plays, many tagged Comedy beside Theatre, dance, circus, stand-up,
# improv, a clown's comedy), labelled by the venue's genre tags; 18/46, measured once with main's code before that
# session's changes.
# test35 (helper cats41): a Zen centre's programme calendar (ceremonies, meditation sittings, a recovery group, a
# volunteers' work party, classes), labelled by the publisher's type of each entry; 10/20, measured once with main's
# code before that session's changes.
MEASURE_ONLY_PARTS = {
    "test8": "test8-first-measure.txt",
    "test9": "test9-first-measure.txt",
    "test10": "test10-first-measure.txt",
    "test11": "test11-first-measure.txt",
    "test12": "test12-first-measure.txt",
    "test13": "test13-first-measure.txt",
    "test14": "test14-first-measure.txt",
    "test15": "test15-first-measure.txt",
    "test18": "test18-first-measure.txt",
    "test19": "test19-first-measure.txt",
    "test20": "test20-first-measure.txt",
    "test21": "test21-first-measure.txt",
    "test22": "test22-first-measure.txt",
    "test23": "test23-first-measure.txt",
    "test24": "test24-first-measure.txt",
    "test25": "test25-first-measure.txt",
    "test26": "test26-first-measure.txt",
    "test27": "test27-first-measure.txt",
    "test34": "test34-first-measure.txt",
    "test35": "test35-first-measure.txt",
    "test36": "test36-first-measure.txt",
}


@pytest.mark.parametrize(("part", "first_measure"), sorted(MEASURE_ONLY_PARTS.items()))
def test_a_measure_only_part_keeps_its_counts_checksum_and_first_measure(part, first_measure):
    manifest = json.loads((CATEGORY_CORPUS / "manifest.json").read_text(encoding="utf-8"))
    entry = manifest[part]
    removed = entry["removed"]
    assert not (CATEGORY_CORPUS / f"labelled_{part}.jsonl").exists()  # nothing of it committed
    assert re.fullmatch("[0-9a-f]{64}", removed["sha256"])
    assert sum(removed["by_source"].values()) == removed["rows"] == entry["counts"]["measure_only"]
    assert removed["by_category"] == entry["counts"]["by_category"]
    assert sum(removed["by_category"].values()) == removed["rows"]
    assert set(removed["by_category"]) <= set(CATEGORIES)
    sources = {source["repo"]: source for source in entry["sources"]}
    assert set(removed["by_source"]) == set(sources)
    assert all(source["committed"] is False and source["licence"] not in PERMISSIVE for source in sources.values())
    assert {row["category"] for row in entry["mapping"] if row["category"]} == set(removed["by_category"])
    # The part's repositories are in no committed labelled set and no training row's origin.
    for name in LABELLED:
        assert set(sources).isdisjoint(row["origin"]["repo"] for row in rows_of(name)), name
    assert set(sources).isdisjoint(row["origin"]["repo"] for _, row in real_corpus_rows())
    measured = (CATEGORY_CORPUS / first_measure).read_text(encoding="utf-8")
    assert f"{part}-measure-only" in measured
    assert f"/{removed['rows']} = " in measured
