"""A library's or a senior centre's help with technology is a class (helper cats25, issue #13;
events/pipeline/categorize/rules_library_help.py). What missed: "Tech Help Drop-In" at a public library, a listing of
our own in a library calendar's shape, read as a wellness drop-in. Left out on purpose: a developers' help night, a
meetup's tech talk, "basics" alone."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def _category(title: str, venue: str | None = None) -> str:
    return categorize_batch([{"title": title, "venue_name": venue, "description": None}])[0].category


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Tech Help Drop-In", "Eastside Public Library"),
        ("One-on-One Computer Help", None),
        ("Smartphone Basics for Seniors", "Maple Grove Senior Center"),
        ("Gadget Clinic", "Northfield Branch Library"),
    ],
)
def test_help_with_technology_is_a_class(title, venue):
    assert _category(title, venue) == "education"


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Python Help Night", "tech_business"),
        ("Tech Talk: Scaling Postgres", "tech_business"),
        ("Storytime for Toddlers", "family_kids"),
    ],
)
def test_other_library_and_tech_titles_keep_their_reading(title, category):
    assert _category(title) == category
