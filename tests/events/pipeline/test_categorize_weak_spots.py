"""Sports jargon the categorizer used to read as music (issue #13's weak spots): a riding club's competitions are
decided by their own words, and the words' other senses are left to the model. Titles of our own."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


@pytest.mark.parametrize(
    "title",
    [
        "Brackenfield Horse Trials",
        "Ashgrove Summer Horse Trials - Day 2",
        "Unaffiliated Dressage: Prelim & Novice",
        "Dressage to Music Freestyle",
        "Show Jumping Clear Round",
        "Showjumping League Final",
        "Hunter Trials at Meadow Farm",
        "Autumn Hunter Pace",
    ],
)
def test_a_riding_clubs_competitions_are_sport(title):
    result = categorize_batch([{"title": title}])[0]
    assert (result.category, result.method) == ("sports_fitness", "rules")
    assert result.subcategory == "spectator-sports"


@pytest.mark.parametrize(
    "record",
    [
        {"title": "Clinical Trials Information Session", "description": "Ask the research nurses about our studies."},
        {"title": "Time Trials", "description": "Club 10-mile cycling time trial."},
        {"title": "Pony Club Summer Camp", "description": "A week of riding lessons for children aged 8 to 12."},
    ],
)
def test_other_trials_and_a_childrens_camp_are_left_to_the_model(record):
    assert "equestrian" not in categorize_batch([record])[0].tags


@pytest.mark.parametrize(
    "title",
    ["Clinical Trial Info Session", "Clinical trials information evening", "Drug Trial Volunteers: Open Evening"],
)
def test_a_clinical_trials_session_is_health_not_sport(title):
    """The retrained model read "trial" as sport (the riding rows' "Mini Trials", the "Time Trial" rows): a
    clinical trial's information session went to martial arts (review of categories test4)."""
    result = categorize_batch([{"title": title}])[0]
    assert result.category == "health_wellness"
