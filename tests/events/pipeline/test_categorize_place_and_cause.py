"""What a title's words mean where they stand (helper cats7, chosen on dev and dev2): a concert named as the title's
head is music; a park naturalist leads a nature programme; a campaign's trainings, phone banks and canvasses are
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
        {"title": "Autumn Winds – Concert at the Grand Opera House"},
        {"title": "Harbour Town Brass Band Spring Concert"},
        {"title": "Valley Community Orchestra: Winter Concert"},
        {"title": "Riverside Choir Concert for Peace", "description": "Tickets at the theatre's box office."},
    ],
)
def test_a_concert_named_as_the_titles_head_is_music(record):
    assert result(record) == ("music", "rules")


@pytest.mark.parametrize(
    "record",
    [
        # A show, a ballet or a musical sung "in concert" is the stage work's: the model decides.
        {"title": "Phantom Nights in Concert"},
        # A concert named inside a longer title is not its head.
        {"title": "Concert Hall Architecture Tour"},
    ],
)
def test_in_concert_and_a_concert_inside_a_name_do_not_decide(record):
    assert result(record) != ("music", "rules")


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
