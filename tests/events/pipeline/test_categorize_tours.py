"""A performer's named tour is a musician's or a comedian's (events/pipeline/categorize/touring.py, helper cats23):
chosen on the dev split's and the training corpus's held-out misses (a comedian's tour at a theatre read as theatre),
never on a test row. The titles are ours; each look-alike must not be narrowed."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.touring import TOURING_KINDS, performer_tour

TOURS = [
    "Dana Quorvane: The Big Little Tour",
    "Tom Telliph - Overthinking It World Tour",
    "Megan Quorvane — Hot Summer Tour",
    "Karen Quorvane: Unrepeatable Tour!",
]

# No person before the tour, a tour that is not last, a writer's, a speaker's, a podcast's or a place's tour, and a
# person's show that is no tour.
NOT_TOURS = [
    "Garden Tour",
    "Hamilton: The National Tour",
    "Ghost Tour: Old Town",
    "Historic Homes Walking Tour",
    "Tom Quill: Tour of Duty Reading",
    "Sally Quorvane: Intermezzo Book Tour",
    "Dana Telliph: Lecture Tour",
    "Tom Telliph: My Quorvane Podcast Live Tour",
    "Karen Quorvane: Open Studio Tour",
    "Karen Quorvane - Unrepeatable",
    "Tour de Quorvane Bike Ride",
]


@pytest.mark.parametrize("title", TOURS)
def test_a_performers_tour_is_read(title):
    assert performer_tour(title)


@pytest.mark.parametrize("title", NOT_TOURS)
def test_look_alikes_are_no_performers_tour(title):
    assert not performer_tour(title)


def test_the_model_chooses_only_between_music_and_comedy():
    records = [{"title": title, "description": None, "venue_name": "The Quorvane Theatre"} for title in TOURS]
    assert {result.category for result in categorize_batch(records)} <= set(TOURING_KINDS)


def test_a_source_label_and_a_title_rule_still_decide():
    # The narrowing is the model's only: a source's label (Ticketmaster's segment) and a title's rule keep deciding.
    labelled = {"title": "Dana Quorvane: The Big Little Tour", "source_category": "Sports / Basketball"}
    assert categorize_batch([labelled])[0].method == "source_label"
    ruled = {"title": "Dana Quorvane: Stand-Up Comedy Tour", "description": None}
    assert categorize_batch([ruled])[0].category == "comedy"
