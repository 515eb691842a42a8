"""What a title's words mean where they stand (helper cats7, chosen on dev and dev2): a park naturalist or a nature
centre leads a nature programme; a campaign's trainings, phone banks and canvasses are
activism. Texts of our own."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def result(record: dict[str, str]) -> tuple[str, str]:
    found = categorize_batch([record])[0]
    return found.category, found.method


@pytest.mark.parametrize(
    "record",
    [
        {
            "title": "Owls of the Hollow, Pine Ridge State Park",
            "description": "Join a park naturalist to meet the owls that live in our woods.",
        },
        {"title": "Winter Tracks", "description": "Walk with a naturalist and learn to read the tracks in the snow."},
        {"title": "Meet the Box Turtle", "description": "Come to the Nature Center for a close look at a turtle."},
    ],
)
def test_a_naturalists_programme_is_nature(record):
    assert result(record) == ("outdoors_nature", "rules")


@pytest.mark.parametrize(
    "title",
    [
        "Civic Action Fair",
        "Advocacy Training: After the Session",
        "Saturday Phone Bank for Fair Maps",
        "Neighbourhood Canvass",
        "Canvassing for the School Levy",
        "Lobby Day at the Statehouse",
        "Organizer Training Series",
    ],
)
def test_a_campaigns_civic_action_is_activism(title):
    assert result({"title": title}) == ("community_civic", "rules")


@pytest.mark.parametrize(
    "record",
    [
        {"title": "Friday on Main", "description": "Join the Lakeside Big Band for two sets of swing standards."},
        {"title": "Veterans Day Celebration", "description": "Music by a jazz combo from the high school."},
        {"title": "Saturday Nights @ The Anchor", "description": "The Blue Note Jazz Quartet plays from 8."},
    ],
)
def test_a_description_naming_the_band_that_plays_is_a_gig(record):
    assert result(record) == ("music", "rules")


def test_a_brass_band_among_a_fetes_attractions_does_not_decide():
    record = {"title": "Summer Fete", "description": "Tombola, cake stall, dog show and a brass band on the green."}
    assert result(record) != ("music", "rules")


@pytest.mark.parametrize(
    "title",
    ["Men's Golf vs Conference Championships", "Women's Volleyball at Northern State", "Mens Lacrosse Senior Day"],
)
def test_a_mens_or_womens_team_sport_is_sport(title):
    assert result({"title": title}) == ("sports_fitness", "rules")


@pytest.mark.parametrize(
    "record",
    [
        {"title": "First Thursdays on Elm", "description": "An evening of live jazz on the patio, with local art."},
    ],
)
def test_a_meal_or_an_evening_named_for_its_music_is_music(record):
    assert result(record) == ("music", "rules")
