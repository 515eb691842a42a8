"""A volunteer centre's listing that opens with the volunteers' duties ("Volunteers will help with …") is a call for
volunteers (events/pipeline/categorize/rules_volunteers.py), and a call for a kids' event's helpers is the call, not a
kids' event: the title's audience word is set aside as the other rules are. Guides leading a walk, stewards on hand
and a duty named after the event's own words decide nothing."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.rules_volunteers import calls_for_volunteers


def one(title, description):
    return categorize_batch([{"title": title, "description": description}])[0]


@pytest.mark.parametrize(
    ("title", "description"),
    [
        (
            "Carnival for Kids benefitting the Academy",
            "Volunteers will help with carnival games, registration or children activities such as face painting.",
        ),
        ("Pantry Packing Night", "Volunteers will pack boxes of groceries for families in need."),
        ("Holiday Toy Drive", "Volunteers will sort donated toys by age group."),
        ("Kids' Science Camp", "Volunteers are needed to help the campers with their experiments."),
    ],
)
def test_the_volunteers_duties_or_a_call_decide_volunteering(title, description):
    assert calls_for_volunteers(description)
    result = one(title, description)
    assert (result.category, result.subcategory, result.method) == ("community_civic", "volunteering", "rules")
    assert "volunteering" in result.tags


@pytest.mark.parametrize(
    "description",
    [
        "Volunteers will lead the walk along the ridge.",  # the guides of a guided walk
        "Volunteers will be on hand to guide visitors.",  # a festival's stewards
        "Three bands and dinner on the lawn. Volunteers will help with the coat check.",  # after the event's own words
        "Our volunteers will help you find a seat.",  # a venue's ushers, after a subject that is no call's
    ],
)
def test_volunteers_named_at_work_are_no_call(description):
    assert not calls_for_volunteers(description)


def test_a_kids_event_without_a_call_keeps_its_audience():
    result = one("Kids' Science Camp", "Experiments, slime and rockets for ages 6-10.")
    assert result.category == "family_kids"
