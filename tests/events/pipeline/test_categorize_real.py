"""The categorizer on real third-party events (bench/corpus/categories): the set's provenance, its separation from the
training corpus, and the shipped model's accuracy on it."""

from __future__ import annotations

import collections
import json
import re
from pathlib import Path

import pytest

from events.pipeline.categorize import (
    CATEGORIES,
    DEFAULT_MODEL_DIR,
    categorize_batch,
    evaluate,
    load_categorizer,
    load_corpus,
    load_source_labels,
    make_doc,
    words,
)
from events.pipeline.categorize.config import KNOWN_WORDS_FILE, TITLE_END, UNKNOWN
from events.pipeline.categorize.model import Categorizer
from events.pipeline.categorize.tokens import subwords
from events.pipeline.categorize.training import _row_counts, _training_check

CATEGORY_CORPUS = Path(__file__).resolve().parents[3] / "bench" / "corpus" / "categories"
PERMISSIVE = {"MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "CC0-1.0", "CC-BY-4.0"}
COMMIT = re.compile(r"^[0-9a-f]{40}$")
DESCRIPTION_LIMIT = 600
# Floors under the shipped model's figures on the first three sources (0.93 overall; civic 0.98, tech 0.97 when they
# were set): a retrained model that falls below them has lost what the real-world training rows taught it.
FIRST_SOURCES = {"City-Bureau/city-scrapers", "python/pythondotorg", "predicthq/sdk-py"}
ACCURACY_FLOOR = 0.9
RECALL_FLOORS = {"community_civic": 0.95, "tech_business": 0.9}
# Floors under the shipped model on the whole set once PredictHQ's Chicago exports were added (0.773 overall, 0.692
# on the exports, music recall 0.77, tech 0.86, arts 0.42 when set; before the <unknown> token 0.539, 0.339, 0.22).
WHOLE_SET_FLOOR = 0.75
EXPORTS = "predicthq/phq-data-science-docs"
EXPORTS_FLOOR = 0.66
WHOLE_SET_RECALL_FLOORS = {"music": 0.72, "tech_business": 0.82, "community_civic": 0.95, "arts_culture": 0.35}


@pytest.fixture(scope="module")
def labelled():
    lines = (CATEGORY_CORPUS / "labelled.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def manifest():
    return json.loads((CATEGORY_CORPUS / "manifest.json").read_text(encoding="utf-8"))


def title_key(title: str) -> str:
    return " ".join(title.casefold().split())


# --- the labelled set ---------------------------------------------------------------------------------------------


def test_no_evaluation_title_is_in_the_training_corpus(labelled):
    training = {title_key(row["title"]) for row in load_corpus()}
    assert labelled
    assert sorted(title for title in {title_key(row["title"]) for row in labelled} if title in training) == []


def test_training_rows_from_real_files_come_from_other_repositories(labelled):
    evaluation_repos = {row["origin"]["repo"] for row in labelled}
    real_rows = [row for row in load_corpus() if "origin" in row]
    assert real_rows
    for row in real_rows:
        assert row["origin"]["repo"] not in evaluation_repos, row["title"]
        assert row["origin"]["licence"] in PERMISSIVE
        assert COMMIT.match(row["origin"]["commit"])


def test_every_row_has_provenance_a_permissive_licence_and_a_mapped_label(labelled, manifest):
    mapping = {row["source_label"]: row["category"] for row in manifest["mapping"]}
    listed = {
        (source["repo"], file["path"], file["commit"]) for source in manifest["sources"] for file in source["files"]
    }
    licences = {source["repo"]: source["licence"] for source in manifest["sources"]}
    for row in labelled:
        origin = row["origin"]
        assert row["title"].strip()
        assert row["category"] in CATEGORIES
        assert mapping[row["source_label"]] == row["category"], row["title"]
        assert (origin["repo"], origin["path"], origin["commit"]) in listed, row["title"]
        assert origin["licence"] == licences[origin["repo"]]
        assert origin["licence"] in PERMISSIVE
        assert row["description"] is None or 0 < len(row["description"]) <= DESCRIPTION_LIMIT
        # None of these sources hands our adapters a category: the text model is what the set measures.
        assert row["source_category"] is None


def test_a_title_is_kept_once_per_file(labelled):
    per_file = collections.Counter((row["origin"]["path"], title_key(row["title"])) for row in labelled)
    assert [key for key, count in per_file.items() if count > 1] == []


def test_every_mapping_row_is_used_and_names_a_category(labelled, manifest):
    used = {row["source_label"] for row in labelled}
    for row in manifest["mapping"]:
        assert row["category"] in CATEGORIES
        assert row["source_label"] in used


# --- the shipped model on it -------------------------------------------------------------------------------------


def test_shipped_model_holds_on_real_events(labelled):
    first = [row for row in labelled if row["origin"]["repo"] in FIRST_SOURCES]
    evaluation = evaluate(load_categorizer(), first)
    assert evaluation.count == len(first) == 100
    assert evaluation.accuracy >= ACCURACY_FLOOR
    for category, floor in RECALL_FLOORS.items():
        assert evaluation.per_category[category].recall >= floor, category


def test_shipped_model_holds_on_the_whole_set(labelled):
    evaluation = evaluate(load_categorizer(), labelled)
    assert evaluation.count == len(labelled) == 295
    assert evaluation.accuracy >= WHOLE_SET_FLOOR
    for category, floor in WHOLE_SET_RECALL_FLOORS.items():
        assert evaluation.per_category[category].recall >= floor, category
    exports = [row for row in labelled if row["origin"]["repo"] == EXPORTS]
    assert evaluate(load_categorizer(), exports).accuracy >= EXPORTS_FLOOR


def test_training_figures_read_back_exactly():
    # spaCy's own reader turns some saved floats into their neighbours (0.8812 → 0.8812000000000001).
    saved = json.loads((DEFAULT_MODEL_DIR / "meta.json").read_text(encoding="utf-8"))["whatson"]
    assert load_categorizer().nlp.meta["whatson"] == saved


# --- what changed to get there -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "parts"),
    [
        ("PyCon APAC 2014", ["py", "con"]),
        ("KubeCon + CloudNativeCon", ["kube", "con", "cloud", "native", "con"]),
        ("EuroSciPy", ["euro", "sci", "py"]),
        ("PyConZA 2013", ["py", "con", "za"]),
        ("City Council", []),
        ("TRAFFIC & PEDESTRIAN STOP TASK FORCE", []),
    ],
)
def test_subwords_split_joined_up_names(title, parts):
    assert subwords(title) == parts


def test_name_parts_follow_the_description_and_never_count_as_title():
    categorizer = load_categorizer()
    doc = make_doc(categorizer.nlp.vocab, {"title": "DevFest Lagos", "description": "Talks and codelabs"})
    tokens = [token.text for token in doc]
    assert tokens[: doc.user_data[TITLE_END]] == [*words("DevFest Lagos"), "|", *words("DevFest Lagos")]
    assert tokens[-3:] == ["|", "dev", "fest"]
    assert tokens.index("codelab") < tokens.index("fest")


@pytest.mark.parametrize("label", ["BOARD", "COMMITTEE", "ADVISORY_COMMITTEE", "Boards & Commissions", "FORUM"])
def test_civic_classification_labels_decide_community_civic(label):
    match = load_source_labels().resolve(label)
    assert match is not None
    assert match.category == "community_civic"


def test_a_board_game_is_not_a_board_meeting():
    assert load_source_labels().resolve("Board Games") is None


# --- listings that are only a name ------------------------------------------------------------------------------


def title_tokens(doc):
    return [token.text for token in doc][: doc.user_data[TITLE_END]]


@pytest.mark.parametrize(
    ("record", "marked"),
    [
        ({"title": "Zorblax Quintessa"}, True),  # nothing the model knows, nothing else to read
        ({"title": "Zorblax Quintessa", "description": ""}, True),
        ({"title": "Zorblax Quintessa", "description": "  "}, True),
        ({"title": "Zorblax Quintessa", "description": "Jazz quartet, two sets."}, False),  # the description decides
        ({"title": "City Council Meeting"}, False),  # every word known
        ({"title": "Zorblax 2019"}, True),
        ({"title": "Meeting 2019"}, False),  # numbers are not names
    ],
)
def test_unknown_marks_a_bare_listing_once(record, marked):
    categorizer = load_categorizer()
    known = categorizer.word_check
    doc = make_doc(categorizer.nlp.vocab, record, known=known)
    title = title_tokens(doc)
    assert title.count(UNKNOWN) == (2 if marked else 0)  # once per copy of the title
    # the words themselves stay, so keyword rules and known words still count
    assert [word for word in title if word not in (UNKNOWN, "|")] == 2 * words(record["title"])


def test_without_known_words_the_doc_is_as_before():
    # A model saved before the list existed (or a caller without one) reads docs exactly as it was trained on them.
    categorizer = load_categorizer()
    record = {"title": "Zorblax Quintessa"}
    doc = make_doc(categorizer.nlp.vocab, record)
    assert UNKNOWN not in [token.text for token in doc]
    assert Categorizer(categorizer.nlp, known_words=None).word_check is None


def test_the_shipped_model_knows_its_training_words():
    categorizer = load_categorizer()
    assert (DEFAULT_MODEL_DIR / KNOWN_WORDS_FILE).is_file()
    assert categorizer.known_words is not None
    assert {"council", "concert", "conference", "hike"} <= categorizer.known_words
    # every evaluation event's bare name is new to it: none of them was trained on
    assert "marias" not in categorizer.known_words


def test_training_marks_rare_words_in_every_other_title_deterministically():
    rows = [
        {"title": "Jazz Night", "description": "Live jazz."},
        {"title": "Jazz Brunch", "description": "Jazz and eggs."},
        *({"title": f"Quorvan {index}", "description": ""} for index in range(40)),
    ]
    counts = _row_counts(rows)
    assert counts["jazz"] == 2
    assert counts["quorvan"] == 40
    check = _training_check(counts)
    assert check("jazz", "anything")  # common enough: always known
    rare = [check("zeltique", f"Zeltique {index}") for index in range(200)]
    assert 60 < sum(rare) < 140  # about half the titles see the rare word as unknown
    assert rare == [_training_check(counts)("zeltique", f"Zeltique {index}") for index in range(200)]


def test_categorizer_writes_its_known_words_beside_the_pipeline(tmp_path):
    categorizer = load_categorizer()
    Categorizer(categorizer.nlp, known_words=frozenset({"gig", "council"})).to_disk(tmp_path)
    assert (tmp_path / KNOWN_WORDS_FILE).read_text(encoding="utf-8").split() == ["council", "gig"]
    assert (tmp_path / "config.cfg").is_file()


@pytest.mark.parametrize(
    "title",
    ["Maren Quillfeather", "Odessa Quillfeather with Parker Zorn", "Thornwick Vale w/ The Birchmen"],
)
def test_an_unseen_performer_name_reads_as_a_gig(title):
    # No description and no word the model knows: box offices and aggregators list gigs this way more than anything.
    assert categorize_batch([{"title": title}])[0].category == "music"


# --- rules added for the broadened set --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "description", "category"),
    [
        ("Annual Pharmacy Practice Conference", "", "tech_business"),
        ("Wound Care Symposium", "", "tech_business"),
        ("Special Committee on Parks", "", "community_civic"),
        ("Housing Task Force", "", "community_civic"),
        ("Pretrial Practices Working Group", "", "community_civic"),
        ("Rockford IceHogs vs Chicago Wolves", "", "sports_fitness"),
        ("Midwest Ballet: Coppelia", "", "arts_culture"),
    ],
)
def test_titles_naming_the_kind_of_event_decide(title, description, category):
    result = categorize_batch([{"title": title, "description": description}])[0]
    assert (result.category, result.method) == (category, "rules")


def test_a_conference_room_in_a_description_decides_nothing():
    # The rule reads titles only: here the model alone decides, and is not sure.
    result = categorize_batch([{"title": "Quilting Circle", "description": "Meets in the conference room."}])[0]
    assert result.method == "model"
    assert result.low_confidence


def test_a_mountain_summit_is_not_a_conference():
    result = categorize_batch([{"title": "Sunrise Hike to the Summit", "description": "Five miles, bring water."}])[0]
    assert result.category == "outdoors_nature"
