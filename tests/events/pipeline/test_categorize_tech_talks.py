"""A developers' meetup titled by its talk (helper cats26, issue #13; events/pipeline/categorize/rules_tech_talks.py).
What missed: candidate rows of the training side (events/pipeline/data/candidates/handwritten_cats10.jsonl) read as
exhibitions, classes and public meetings. Left out on purpose: "compiler" alone, a city's garbage collection day, a
class or a workshop on the same subject."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def _reading(title: str, venue: str | None = None) -> tuple[str, str]:
    result = categorize_batch([{"title": title, "venue_name": venue, "description": None}])[0]
    return result.category, result.method


@pytest.mark.parametrize(
    "title",
    [
        "A Gentle Tour of WebAssembly",
        "Writing a Compiler in a Weekend",
        "Our Journey to Continuous Deployment",
        "State Machines in the Browser",
    ],
)
def test_a_talk_on_a_programmers_subject_is_a_tech_meetup(title):
    assert _reading(title) == ("tech_business", "rules")


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("The Compiler of Dreams: A Play", "Riverside Theatre"),
        ("Compilers Anonymous Poetry Night", "Corner Bookshop"),
        ("Garbage Collection Day", "Public Works Yard"),
        ("Intro to WebAssembly Workshop", "Northfield Branch Library"),
    ],
)
def test_ordinary_titles_are_not_decided_by_the_subjects(title, venue):
    assert _reading(title, venue) != ("tech_business", "rules")
