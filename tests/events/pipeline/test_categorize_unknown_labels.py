"""A source's own label that the label table does not know ("Nature Hike", "Tree Planting", "Planning Commission") is
read by the keyword rules as words of the title (CategorizeConfig.read_unknown_labels)."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import CategorizeConfig, categorize_batch, load_categorizer, load_source_labels

# A title that says nothing of its kind, as a feed's entry often does: the label is then the only sign.
BLAND = "Saturday Morning at Magnuson"


def one(record, **config):
    return categorize_batch([record], config=CategorizeConfig(**config))[0]


@pytest.mark.parametrize(
    ("label", "category", "subcategory"),
    [
        ("Nature Hike", "outdoors_nature", "hiking"),
        ("Beach Cleanup", "outdoors_nature", "clean-ups"),
        ("Habitat Restoration", "outdoors_nature", "clean-ups"),
        ("Volunteer Opportunities", "community_civic", "volunteering"),
        ("Planning Commission", "community_civic", "government-boards"),
        ("Tech Talks", "tech_business", "meetups"),
    ],
)
def test_an_unknown_label_decides_where_the_title_is_silent(label, category, subcategory):
    assert load_source_labels().resolve(label) is None  # the table does not know it: the rules read it
    result = one({"title": BLAND, "source_category": label})
    assert (result.category, result.subcategory, result.method) == (category, subcategory, "rules")
    assert not result.low_confidence
    assert one({"title": BLAND}).method == "model"  # without the label the title alone decides nothing


def test_a_label_the_table_knows_is_read_by_the_table_not_the_rules():
    result = one({"title": BLAND, "source_category": "Music / Jazz"})
    assert (result.category, result.method) == ("music", "source_label")


def test_an_unknown_label_joins_the_titles_rules_instead_of_overruling_them():
    record = {"title": "Stand-Up Comedy Night", "source_category": "Beach Cleanup"}
    assert one({"title": record["title"]}).category == "comedy"
    result = one(record)
    # Two rules disagree: the model chooses between their categories, as it does for two title rules.
    assert result.method == "model"
    assert result.category in {"comedy", "outdoors_nature"}
    agreeing = one({"title": "Stand-Up Comedy Night", "source_category": "Comedy Showcase Series"})
    assert (agreeing.category, agreeing.method) == ("comedy", "rules")


def test_a_label_without_rule_words_changes_nothing():
    for label in ("Featured", "Action", "In-Person", "2026/04/19 (Sun)"):
        with_label, without = one({"title": BLAND, "source_category": label}), one({"title": BLAND})
        assert (with_label.category, with_label.category_confidence) == (without.category, without.category_confidence)


def test_reading_unknown_labels_can_be_switched_off_and_goes_with_the_source_labels():
    record = {"title": BLAND, "source_category": "Nature Hike"}
    assert one(record, read_unknown_labels=False).method == "model"
    assert one(record, use_source_labels=False).method == "model"


def test_each_label_is_read_once_and_the_memory_stays_bounded(monkeypatch):
    categorizer = load_categorizer()
    monkeypatch.setattr("events.pipeline.categorize.model.LABEL_CACHE_LIMIT", 2)
    monkeypatch.setattr(categorizer, "_label_hits", {})
    first = categorizer.label_hits("Nature Hike")
    assert categorizer.label_hits("Nature Hike") is first
    for label in ("Bird Walk", "Beach Cleanup", "Tree Planting"):
        categorizer.label_hits(label)
    assert len(categorizer._label_hits) <= 2
