"""Keyword rules read the raw title too: inflections the model's crude stemming misses or mangles, and a developers'
subject inside a joined-up name (issue #13, categories on real data)."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch, make_doc
from events.pipeline.categorize.tokens import fold, title_folds, words


def one(title: str, description: str | None = None):
    return categorize_batch([{"title": title, "description": description}])[0]


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("APIs", "api"),  # an abbreviation's plural: words() keeps "apis", as it keeps "tennis"
        ("DJs", "dj"),
        ("Classes", "class"),  # words() gives "classe"
        ("Quizzes", "quiz"),
        ("Brunches", "brunch"),
        ("Boxes", "box"),
        ("Dockers", "docker"),  # what words() gives already
        ("Markets", "market"),
        ("Tennis", "tennis"),
        ("Analysis", "analysis"),
        ("TENNIS", "tennis"),  # capitals and a capital S: not an abbreviation's plural
        ("Laravel's", "laravel"),
    ],
)
def test_fold_reads_the_inflections_the_stem_misses(raw, folded):
    assert fold(raw) == folded


def test_title_folds_line_up_with_the_model_words():
    title = "CPR Classes & Pub Quizzes for DJs"
    assert len(title_folds(title)) == len(words(title))
    assert title_folds(title) == ("cpr", "class", "pub", "quiz", "for", "dj")


def test_the_model_reads_the_same_words_as_before():
    # The folded reading goes to NORM; the text categorizers read ORTH, which is words() as before.
    from spacy.lang.en import English

    doc = make_doc(English().vocab, {"title": "Scaling APIs", "description": "Two talks"})
    assert [token.text for token in doc][:2] == words("Scaling APIs")
    assert [token.norm_ for token in doc][:2] == ["scaling", "api"]


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("APIs at Scale", "tech_business"),
        ("CPR Classes", "education"),
        ("Pub Quizzes", "nightlife"),
    ],
)
def test_an_inflected_rule_phrase_in_a_title_decides(title, category):
    result = one(title)
    assert (result.category, result.method) == (category, "rules")


def test_a_folded_phrase_in_a_description_decides_nothing_new():
    # Only the title is read raw: a description's "APIs" stays as words() reads it.
    result = one("Spring social", "We will talk about APIs")
    assert not (result.category == "tech_business" and result.method == "rules")


@pytest.mark.parametrize("title", ["NSCoder Night", "PHPUnit Tips and Tricks", "IndieWebClub #12"])
def test_a_developers_subject_inside_a_joined_up_name_decides(title):
    result = one(title)
    assert (result.category, result.method) == ("tech_business", "rules")


def test_a_joined_up_name_without_a_subject_decides_nothing():
    result = one("McDonald Family Picnic")
    assert not (result.category == "tech_business" and result.method == "rules")


def test_a_subject_inside_a_name_is_silent_beside_a_class():
    # mode "field": a class or a workshop on a subject is teaching, whatever the subject
    result = one("PHPUnit Workshop")
    assert not (result.category == "tech_business" and result.method == "rules")
