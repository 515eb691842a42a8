"""Helper cats31, from the dev split's and the candidate rows' misses (never a test row; the titles here are ours):
a promoter's name before "presents" (rules_promoters.py), a near tie between a musician and a comedian on a bill or a
tour (touring.touring_kind), and a beer garden read as a park (venues.py). Each with the look-alikes that must read as before."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import DEFAULT_CONFIG, categorize_batch, venue_prior
from events.pipeline.categorize.model import _choose
from events.pipeline.categorize.rules_promoters import promoter_split
from events.pipeline.categorize.touring import TOURING_KINDS, touring_kind


def _category(title: str, description: str | None = None, venue: str | None = None) -> str:
    record = {"title": title, "description": description, "venue_name": venue}
    return categorize_batch([record])[0].category


# --- a promoter's name before "presents" ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "split"),
    [
        (
            "ICON Concerts Presents Dana Quorvane: The Long Way Tour",
            ("ICON Concerts", "Dana Quorvane: The Long Way Tour"),
        ),
        ("Tawoos Presents: Telliph", ("Tawoos", "Telliph")),
        ("MP Promociones Presenta Dana Quorvane", ("MP Promociones", "Dana Quorvane")),
        ("Kulturverein präsentiert: Telliph", ("Kulturverein", "Telliph")),
    ],
)
def test_a_promoter_is_split_from_what_it_presents(title, split):
    assert promoter_split(title) == split


@pytest.mark.parametrize(
    "title",
    [
        "Presents for Kids Drive",
        "Christmas Presents",
        "Student Presentations Night",
        "Dana Presents:",
        "Jazz Past and Present: A Talk",
    ],
)
def test_no_promoter_without_words_on_both_sides_of_presents(title):
    assert promoter_split(title) is None


@pytest.mark.parametrize(
    "description",
    ["Dana Quorvane is a stand-up comedian and podcast host.", "A comedian's night of new material."],
)
def test_a_promoters_concerts_do_not_outvote_a_comedians_description(description):
    assert _category("ICON Concerts Presents Dana Quorvane: The Long Way Tour", description) == "comedy"
    assert _category("Riverside Concerts Presents: Dana Quorvane", description) == "comedy"


@pytest.mark.parametrize(
    ("title", "description", "expected"),
    [
        # nothing else speaks: the promoter's word still decides
        ("Riverside Concerts Presents: Dana Quorvane", None, "music"),
        ("Comedy Works Presents Dana Quorvane", None, "comedy"),
        # the description says the same kind as the promoter
        ("Riverside Concerts Presents: Dana Quorvane", "The pianist plays Chopin and Liszt.", "music"),
        # the presented part fires the promoter's rule too
        ("Jazz Society Presents: A Night of Jazz", None, "music"),
        ("The Comedy Club Presents: Open Mic Night", "Sign up at 7, five minutes each, all welcome.", "comedy"),
        ("Yoga Studio Presents Sound Bath", "A guided meditation with singing bowls.", "health_wellness"),
    ],
)
def test_a_promoters_word_still_counts_where_nothing_says_otherwise(title, description, expected):
    assert _category(title, description) == expected


# --- a near tie on a bill or a tour is the musician's ------------------------------------------------------------


def test_a_near_tie_between_music_and_comedy_is_musics():
    assert touring_kind({"music": 0.086, "comedy": 0.094}, 0.6) == "music"
    assert touring_kind({"music": 0.0, "comedy": 0.0}, 0.6) == "music"
    assert touring_kind({"music": 0.091, "comedy": 0.261}, 0.6) == "comedy"  # a comic's tour the model reads as one


def test_only_a_listing_narrowed_as_a_bill_or_a_tour_takes_the_musicians_side():
    scores = {"music": 0.086, "comedy": 0.094}
    assert _choose(scores, [], TOURING_KINDS, DEFAULT_CONFIG)[0] == "music"
    # the same two kinds left by a source's label (not the touring narrowing) are the model's to choose, as before
    assert _choose(scores, [], ("music", "comedy"), DEFAULT_CONFIG)[0] == "comedy"


# --- a beer garden is no park -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "venue", ["Ounces Taproom & Beer Garden", "Queen Anne Beerhall", "Quorvane Beer Hall", "Telliph Biergarten"]
)
def test_a_beer_garden_or_a_beer_hall_is_a_drinking_place(venue):
    prior = venue_prior({"venue_name": venue})
    assert prior is not None
    assert (prior.category, prior.strength) == ("food_drink", "stage")


@pytest.mark.parametrize(
    ("venue", "category"),
    [
        ("Rose Garden", "outdoors_nature"),
        ("Quorvane Community Garden", "outdoors_nature"),
        ("Telliph Botanical Garden", "outdoors_nature"),
    ],
)
def test_other_gardens_stay_gardens(venue, category):
    prior = venue_prior({"venue_name": venue})
    assert prior is not None
    assert prior.category == category
