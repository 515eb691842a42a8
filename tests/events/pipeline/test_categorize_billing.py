"""A performer billed with a show's or a tour's name at a theatre (venues.billed_person, model._from_text): the theatre's
prior counts as a weak one, as for a person's name alone. Every example is invented here (none is a row of
bench/corpus/categories); the model's reading is set by read_as, so the tests do not depend on a retrained model."""

from __future__ import annotations

import pytest

from events.pipeline import categorize
from events.pipeline.categorize import CategorizeConfig, categorize_batch

from .test_categorize_review import read_as

THEATRE = "Telliph Playhouse"  # a theatre by its kind of place ("playhouse"), no real venue's name
UNSURE = {"music": 0.3}  # a reading without conviction: the venue's prior counts in full


@pytest.mark.parametrize(
    "title",
    [
        "Peter Quorvane: The Long Way Tour",
        "Nina Telliph - Unrepeatable",
        "Tom Quorvane | Live at Last",
        "Peter Quorvane — Songs from the Attic",
        "Nina Rae Telliph: Tour 2027",
    ],
)
def test_a_person_billed_with_a_show_reads_as_billed(title):
    assert categorize.billed_person(title)


@pytest.mark.parametrize(
    "title",
    [
        "Peter Quorvane",  # a name alone: reads_as_person's, not a billing
        "Peter Quorvane:",  # nothing after the mark
        "Romeo and Juliet: A New Staging",  # two characters joined by a lower-case word
        "Summer Nights: Jazz on the Lawn",  # a first name that is also a word
        "Mark Your Calendar - Open House",
        "The Nutcracker - Holiday Tour",  # a show's title before the mark
        "Quorvane Telliph: The Long Way Tour",  # no first name before the mark
        "Budget Forum - Ward 3",
        "Peter Quorvane and Friends: Holiday Show",  # a company's name, not a person's
        "Peter-Quorvane Tour",  # a hyphen inside a word is no mark
    ],
)
def test_look_alikes_are_not_a_billed_person(title):
    assert not categorize.billed_person(title)


def test_a_billed_person_at_a_theatre_keeps_a_reduced_prior():
    """The theatre's prior is a weak one: the strong weight no longer moves the reading, the weak one does. (A billed
    person's named tour is narrowed to music and comedy since touring.py, so the show here is no tour.)"""
    record = {"title": "Peter Quorvane: The Long Way Home", "venue_name": THEATRE}
    assert read_as(record, UNSURE, venue_weak_weight=0.0, venue_strong_weight=5.0).category == "music"
    assert read_as(record, UNSURE, venue_weak_weight=5.0, venue_strong_weight=0.0).category == "arts_culture"


def test_a_show_title_at_a_theatre_keeps_the_strong_prior():
    """A look-alike ("The Nutcracker - Holiday Tour", no person before the mark) is the theatre's own kind as before."""
    record = {"title": "Quorvane Telliph: The Long Way Tour", "venue_name": THEATRE}
    assert read_as(record, UNSURE, venue_weak_weight=0.0, venue_strong_weight=5.0).category == "arts_culture"
    record = {"title": "The Nutcracker - Holiday Tour", "venue_name": THEATRE}
    assert read_as(record, UNSURE, venue_weak_weight=0.0, venue_strong_weight=5.0).category == "arts_culture"


def test_a_billing_elsewhere_is_unchanged():
    """Only a theatre's prior is reduced: at a comedy club the same billing keeps the club's strong prior."""
    record = {"title": "Peter Quorvane: The Long Way Tour", "venue_name": "Telliph Comedy Club"}
    assert read_as(record, UNSURE, venue_weak_weight=0.0, venue_strong_weight=5.0).category == "comedy"


def test_a_show_named_for_its_hero_is_still_the_show():
    """A show named for its hero says so in words the rules read ("The Musical"): they decide before the venue."""
    result = categorize_batch(
        [{"title": "Peter Quorvane: The Musical", "venue_name": THEATRE}], config=CategorizeConfig()
    )[0]
    assert (result.category, result.method) == ("arts_culture", "rules")
