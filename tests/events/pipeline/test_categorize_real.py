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
    evaluate,
    load_categorizer,
    load_corpus,
    load_source_labels,
    make_doc,
    words,
)
from events.pipeline.categorize.config import TITLE_END
from events.pipeline.categorize.tokens import subwords

CATEGORY_CORPUS = Path(__file__).resolve().parents[3] / "bench" / "corpus" / "categories"
PERMISSIVE = {"MIT", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "ISC", "CC0-1.0", "CC-BY-4.0"}
COMMIT = re.compile(r"^[0-9a-f]{40}$")
DESCRIPTION_LIMIT = 600
# Floors under the shipped model's figures on the first three sources (0.93 overall; civic 0.98, tech 0.97 when they
# were set): a retrained model that falls below them has lost what the real-world training rows taught it.
FIRST_SOURCES = {"City-Bureau/city-scrapers", "python/pythondotorg", "predicthq/sdk-py"}
ACCURACY_FLOOR = 0.9
RECALL_FLOORS = {"community_civic": 0.95, "tech_business": 0.9}


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
