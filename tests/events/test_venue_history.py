"""A bare performer name the text model can only guess at takes the category its venue usually hosts."""

from __future__ import annotations

import pytest

from events.models import Event, StagedEvent
from events.pipeline.categorize import CategoryResult
from events.pipeline.categorize.venue_history import VenueHistoryConfig, venue_prior, with_venue_history
from tests.events.helpers import day, load_bengaluru, make_source, record, run

GUESS = CategoryResult("arts_culture", None, 0.3, [], "model", True)
SURE = CategoryResult("food_drink", "beer_wine", 0.93, [], "model", False)


# --- the rule, pure --------------------------------------------------------------------------------------------
def test_a_venue_prior_needs_enough_events_and_a_clear_majority():
    assert venue_prior({"music": 4}) is None  # too few to say
    assert venue_prior({"music": 3, "comedy": 3}) is None  # no main category
    assert venue_prior({"music": 9, "comedy": 1}) == ("music", 0.8)  # capped: never as sure as the words
    assert venue_prior({"music": 4, "comedy": 2}, VenueHistoryConfig(max_confidence=1)) == ("music", 0.6667)


def test_only_a_guess_is_replaced_and_only_at_a_known_venue():
    history = {7: {"music": 10}, 8: {"comedy": 2}}
    guess_at_club, guess_nowhere, guess_new_venue, sure_at_club = with_venue_history(
        [GUESS, GUESS, GUESS, SURE], [7, None, 8, 7], history
    )
    assert (guess_at_club.category, guess_at_club.method, guess_at_club.low_confidence) == ("music", "venue", False)
    assert guess_nowhere == guess_new_venue == GUESS
    assert sure_at_club == SURE
    rules = CategoryResult("community_civic", None, 0.4, [], "rules", True)
    assert with_venue_history([rules], [7], history) == [rules]  # a keyword rule's answer is the words' own


# --- in the pipeline -------------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_a_bare_name_at_a_club_that_hosts_comedy_is_comedy():
    city = load_bengaluru()
    ticketing = make_source("ticketing", city, adapter="ticketmaster")
    club = {"venue_name": "The Laughing Tree", "address": "12th Main, Indiranagar, Bengaluru", "description": None}
    shows = [
        record(f"s{n}", f"Headliner Number {n}", day(days=2 + n), source_category="Comedy", **club) for n in range(6)
    ]
    run(ticketing, *shows)
    known = Event.objects.filter(venue__name="The Laughing Tree", category__slug="comedy")
    assert known.count() == 6
    assert set(known.values_list("category_method", flat=True)) == {"source_label"}

    aggregator = make_source("aggregator", city)
    run(aggregator, record("x1", "Zorblax Quintessa", day(days=12), **club))
    staged = StagedEvent.objects.get(external_id="x1")
    assert staged.normalized["category"] == "comedy"
    assert staged.normalized["category_method"] == "venue"
    assert not any("low confidence" in reason for reason in staged.reasons)

    # The same name somewhere with no history stays a low-confidence guess, flagged for a moderator.
    elsewhere = {"venue_name": "Hall Nobody Knows", "address": "1 Unknown Road, Bengaluru", "description": None}
    run(aggregator, record("x2", "Zorblax Quintessa", day(days=14), latitude=12.99, longitude=77.59, **elsewhere))
    other = StagedEvent.objects.get(external_id="x2")
    assert other.normalized["category"] != "comedy"
    assert other.normalized["category_method"] == "model"
    assert any("guessed with low confidence" in reason for reason in other.reasons)
