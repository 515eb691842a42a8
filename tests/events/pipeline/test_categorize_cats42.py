"""The categories parts' shared builder, test36's table, and a performing dance group named alone read as dance (helper
cats42, issue #13; events/pipeline/categorize/rules_dance_groups.py).

bench/corpus/categories/_build_part.py is what build_test32.py to build_test36.py share: a record becomes a row through
the part's table; a title without a category, an ambiguous one, the same title again and a series past its cap are
dropped, across the files of one source. Checked here on a few inline records (no file is read).

The categorizer: the training corpus holds dance companies with their programme's words but almost no performing group
named by the group alone, and the shipped model reads invented such names ("Riverbend Folk Dancers", "Highland Youth
Dancers") as music or community_civic. 28 general training rows (24 invented folk, heritage and youth troupes of many
traditions; a clogging course, a folk dance class, a dance workout and a children's dance club as the near misses)
were trained in the repository's way and read on every part: the held-out split of the training corpus 0.8947 ->
0.8982 (Riverdance among the rows gained), but dev 156 -> 154 (two unrelated tech rows moved), test35 10 -> 9 and a
reviewed listing pinned in test_categorize_listings.py ("Oak Lawn Toastmasters") read as music. So they wait in
events/pipeline/data/candidates/handwritten_cats42.jsonl and the shipped model is unchanged
(bench/corpus/categories/cats42-candidates.txt). What ships is a rule: a title whose name ends in a dance group's noun
("… Dancers", "… Dance Ensemble", "… Cloggers") is the group's performance; its near misses (a class's, a club's, a
line-dancing session's dancers) are longer phrases that hide the noun and leave the title to the model.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from events.pipeline.categorize import categorize_batch, load_corpus

BUILD = Path(__file__).resolve().parents[3] / "bench" / "corpus" / "categories"
if str(BUILD) not in sys.path:
    sys.path.insert(0, str(BUILD))

from _build_part import Entry, Part, Seen, Source, cut, part_rows  # noqa: E402
from build_test36 import NOTICE, label  # noqa: E402

SOURCE = Source("owner/calendar", "data/events.yml", "0" * 40)
PART = Part(split="testNN", series_cap=2, ambiguous={"tea gathering": "a class or a social"})


def _entry(record: dict[str, object]) -> Entry:
    return Entry(
        title=record.get("title"),
        category=str(record["kind"]) if record.get("kind") else None,
        source_label="kind: " + str(record.get("kind")),
        description=record.get("text"),
        venue=record.get("place"),
    )


def test_part_rows_drop_what_the_table_does_not_label_and_repeats():
    records = [
        {"title": "Folk  Night &amp; Supper", "kind": "music", "place": " Hall ", "text": "<p>Fiddles</p>"},
        {"title": "Untyped", "kind": None},
        {"title": "Tea Gathering", "kind": "education"},
        {"title": "folk night & supper", "kind": "music"},  # the same title again
        {"title": "League: Game 1", "kind": "sports_fitness"},
        {"title": "League : Game 2", "kind": "sports_fitness"},
        {"title": "League: Game 3", "kind": "sports_fitness"},  # past the series cap of two
        {"title": "", "kind": "music"},
    ]
    rows = list(part_rows(PART, SOURCE, records, _entry))
    assert [row["title"] for row in rows] == ["Folk Night & Supper", "League: Game 1", "League : Game 2"]
    first = rows[0]
    assert (first["description"], first["venue_name"], first["organizer"]) == ("Fiddles", "Hall", None)
    assert first["split"] == "testNN"
    assert first["source_category"] is None
    assert first["origin"] == {"repo": "owner/calendar", "path": "data/events.yml", "commit": "0" * 40, "licence": None}


def test_a_shared_seen_carries_titles_and_series_across_files():
    seen = Seen()
    day1 = list(part_rows(PART, SOURCE, [{"title": "League: Game 1", "kind": "sports_fitness"}], _entry, seen))
    day2 = [
        {"title": "League: Game 1", "kind": "sports_fitness"},
        {"title": "League: Game 4", "kind": "sports_fitness"},
    ]
    assert len(day1) == 1
    assert [row["title"] for row in part_rows(PART, SOURCE, day2, _entry, seen)] == ["League: Game 4"]


def test_cut_keeps_whole_words():
    assert cut("one two three", 7) == "one two"
    assert cut("short", 300) == "short"


@pytest.mark.parametrize(
    ("record", "category"),
    [
        ({"title": "Riverside Dancers", "style": "culture"}, "arts_culture"),
        ({"title": "Division: Game 1", "style": "stickball"}, "sports_fitness"),
        ({"title": "Reptile Show", "style": "family"}, "family_kids"),
        ({"title": "A Band", "category": "Live Entertainment"}, "music"),
        ({"title": "A Band", "category": "Live Entertainment", "style": "pageant"}, None),  # a style decides first
        ({"title": "Cornhole Tournament", "style": "competitions"}, None),
        ({"title": "Midway Opens (Family Night)", "style": "family"}, None),  # a notice of hours
        ({"title": "Exhibit Hall Closes", "style": "culture"}, None),
    ],
)
def test_test36_table(record, category):
    assert label(record) == category


@pytest.mark.parametrize("title", ["Open House and Tours", "Closing Ceremonies", "Opening Night Gala", "Gates Opening"])
def test_what_is_no_notice_of_hours(title):
    assert not NOTICE.search(title)


CANDIDATES = Path(__file__).resolve().parents[3] / "events" / "pipeline" / "data" / "candidates"


def test_the_dance_rows_wait_as_valid_training_rows_outside_the_corpus(tmp_path):
    # Not shipped (see the module's docstring): the file is a move away from training, its rows valid as they stand.
    (tmp_path / "arts.jsonl").write_bytes((CANDIDATES / "handwritten_cats42.jsonl").read_bytes())
    rows = load_corpus(tmp_path)
    assert len(rows) == 28
    assert {row["split"] for row in rows} == {"train"}
    assert sum(row["subcategory"] == "dance" for row in rows) == 24
    assert not {row["title"].casefold() for row in rows} & {row["title"].casefold() for row in load_corpus()}


def _read(title: str, description: str | None = None):
    return categorize_batch([{"title": title, "venue_name": None, "description": description}])[0]


@pytest.mark.parametrize(
    "title",
    [
        "Riverbend Folk Dancers",  # music before
        "Highland Youth Dancers",  # community_civic before
        "Harbourside Cloggers",  # music before
        "Dancers of the Silk Road",
        "Westside Youth Dance Company",
        "Kalinka Dance Ensemble (Moscow)",
    ],
)
def test_a_dance_group_named_alone_is_its_performance(title):
    result = _read(title)
    assert (result.category, result.subcategory, result.method) == ("arts_culture", "dance", "rules")


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Stretching for Dancers", "A class for dancers. Bring a mat."),
        ("Calling All Dancers", None),
        ("Beginner Dancers", None),
        ("Tiny Dancers", "Ballet for ages 3-5."),
        ("Folk Dancers Workshop", "Learn three circle dances."),
        ("Line Dancers", None),
        ("Exotic Dancers", None),
        ("Dance Company Auditions", None),  # the noun before another word
        ("Dancers Wanted", None),
    ],
)
def test_dancers_that_are_no_group_on_stage_are_left_to_the_model(title, description):
    assert _read(title, description).method != "rules"
