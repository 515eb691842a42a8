"""A meetup is a group's word for a gathering; its kind is the group's subject (helper cats11).

"Knitting Meetup", "Runners Meetup", "Moms Meetup at the Park": the subject decides, as our taxonomy files that
activity. A meetup with a tech subject, or with none, stays a tech meetup. Texts of our own; where the test is about
the rules against the model's pull, the model's reading is set (test_categorize_groups.read_as) so it does not depend
on a retrained model: a sure tech reading, as the shipped model gives every "… Meetup" title."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch

from .test_categorize_groups import UNSURE, read_as

TECH = {"tech_business": 0.85}  # how the model reads any "… Meetup" title: what a subject must overrule


@pytest.mark.parametrize(
    ("title", "category", "subcategory"),
    [
        ("Moms Meetup at the Park", "family_kids", "kids-activities"),
        ("New Parents Meetup", "family_kids", "kids-activities"),
        ("Singles Meetup: Speed Dating", "nightlife", "bars"),
        ("Dog Owners Meetup", "outdoors_nature", "parks-gardens"),
        ("Photography Meetup", "arts_culture", None),
        ("Board Game Meetup", "nightlife", "trivia-games"),
        ("Chess Meetup", "nightlife", "trivia-games"),
        ("Knitting meetup", "education", "workshops"),
        ("Crochet & Sewing Meet-up", "education", "workshops"),
        ("Language Exchange Meetup", "education", "classes"),
        ("Runners Meetup", "sports_fitness", "running"),
        ("Cyclists Meetup: Sunday Spin", "sports_fitness", "cycling"),
        ("Wine Lovers Meetup", "food_drink", "tastings"),
        ("Writers Meetup", "arts_culture", "literature"),
        ("Hikers Meetup", "outdoors_nature", "hiking"),
        ("Gardeners Meetup", "outdoors_nature", "parks-gardens"),
        ("Grief Meetup", "health_wellness", "mental-health"),
        # existing rules already decide these: kept
        ("Book Club Meetup", "arts_culture", "literature"),
        ("Hiking Meetup: Mount Tam loop", "outdoors_nature", "hiking"),
        ("Yoga Meetup", "health_wellness", "yoga"),
    ],
)
def test_a_meetup_takes_its_subjects_kind(title, category, subcategory):
    result = read_as({"title": title}, TECH)
    assert (result.method, result.category) == ("rules", category)
    if subcategory:
        assert result.subcategory == subcategory


def test_a_meetup_groups_name_gives_its_subject():
    result = read_as({"title": "Monthly Meetup", "organizer": "Quorvane Valley Knitters Meetup"}, TECH)
    assert (result.method, result.category) == ("rules", "education")


@pytest.mark.parametrize(
    ("record", "category", "why"),
    [
        # a subject word without a group's word is left to the model and the other rules as before
        ({"title": "Dog Owners"}, "tech_business", "no meetup: the subject is only a hint"),
        ({"title": "Photography"}, "tech_business", "no meetup"),
        ({"title": "Parents' Evening"}, "tech_business", "a school's parents' evening is no meetup"),
        # the meetup word and the subject must name the same gathering
        (
            {"title": "Photos at Scale: Storage Tiers", "organizer": "Bay Area DevOps Meetup"},
            "tech_business",
            "a talk-titled meetup with a tech organizer: the talk's 'photos' is no photography group",
        ),
        (
            {"title": "Photography Meetup", "organizer": "Quorvane Dog Lovers"},
            "arts_culture",
            "no group's word in the organizer: its 'dog' does not compete with the title's subject",
        ),
        (
            {"title": "Single Page Apps Meetup"},
            "tech_business",
            "'single' alone is no singles' night",
        ),
        (
            {"title": "Screen Readers Meetup: Accessible Forms"},
            "tech_business",
            "the longer tech phrase hides 'readers'",
        ),
    ],
)
def test_a_subject_word_that_does_not_decide(record, category, why):
    assert read_as(record, TECH).category == category, why


@pytest.mark.parametrize(
    "title",
    [
        "Rust Meetup",
        "PyData Meetup",
        "DevOps Meetup: Kubernetes at scale",
        "Startup Founders Meetup",
        "Technical Writers Meetup",  # the longer tech phrase hides "writers"
        "Data Science Meetup: Running models on GPUs",  # a tech subject beside a word of another's
        "Java User Group Meetup",
    ],
)
def test_a_tech_meetup_stays_tech(title):
    result = categorize_batch([{"title": title}])[0]
    assert (result.category, result.subcategory) == ("tech_business", "meetups")


def test_a_talk_titled_meetup_with_a_tech_organizer_stays_tech():
    result = categorize_batch([{"title": "Building resilient systems", "organizer": "Seattle Rust Developers Meetup"}])
    assert result[0].category == "tech_business"


def test_a_meetup_with_no_subject_is_still_a_tech_meetup():
    result = read_as({"title": "Quorvane Meetup"}, UNSURE)
    assert (result.category, result.subcategory) == ("tech_business", "meetups")
