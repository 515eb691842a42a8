"""A bare performer name the text model can only guess at takes the category its venue usually hosts."""

from __future__ import annotations

import pytest

from events.models import Category, Event, StagedEvent, Venue
from events.pipeline.categorize import CategoryResult
from events.pipeline.categorize.venue_history import VenueHistoryConfig, venue_prior, with_venue_history
from events.services.processing import venue_category_counts, venue_key
from tests.events.helpers import day, load_bengaluru, make_source, record, run
from tests.factories import CityFactory, EventFactory

GUESS = CategoryResult("arts_culture", None, 0.3, [], "model", True)
SURE = CategoryResult("food_drink", "beer_wine", 0.93, [], "model", False)
LOW = "guessed with low confidence"


# --- the rule, pure --------------------------------------------------------------------------------------------
def test_a_venue_prior_needs_enough_events_and_a_clear_majority():
    assert venue_prior({"music": 1}) is None  # one event is too few to say
    assert venue_prior({"music": 2}) == ("music", 0.8, False)  # two that agree say it, as a guess
    assert venue_prior({"music": 1, "comedy": 1}) is None  # two that disagree do not
    assert venue_prior({"music": 3, "comedy": 3}) is None  # no main category
    assert venue_prior({"music": 6, "comedy": 4}) == ("music", 0.6, False)  # a majority, not a sure one
    assert venue_prior({"music": 9}) == ("music", 0.8, False)  # one-sided, but too few events to be sure
    assert venue_prior({"music": 19, "comedy": 1}) == ("music", 0.8, True)  # capped: never as sure as the words
    assert venue_prior({"music": 4, "comedy": 2}, VenueHistoryConfig(max_confidence=1)) == ("music", 0.6667, False)


def test_only_a_guess_is_replaced_and_only_a_sure_venue_lifts_the_flag():
    history = {7: {"music": 12}, 8: {"comedy": 1}, 9: {"comedy": 7, "music": 3}}
    at_club, nowhere, at_new_venue, sure_at_club, at_mixed = with_venue_history(
        [GUESS, GUESS, GUESS, SURE, GUESS], [7, None, 8, 7, 9], history
    )
    assert (at_club.category, at_club.method, at_club.low_confidence) == ("music", "venue", False)
    assert at_club.category_confidence == 0.8
    assert nowhere == at_new_venue == GUESS
    assert sure_at_club == SURE
    # A mixed venue pre-fills the moderator's choice; the result stays a flagged guess.
    assert (at_mixed.category, at_mixed.method, at_mixed.low_confidence) == ("comedy", "venue", True)
    assert at_mixed.category_confidence <= 0.45
    rules = CategoryResult("community_civic", None, 0.4, [], "rules", True)
    assert with_venue_history([rules], [7], history) == [rules]  # a keyword rule's answer is the words' own


@pytest.mark.parametrize(
    ("record_fields", "expected"),
    [
        ({"venue_id": 3, "venue_name": "Hall"}, 3),
        ({"venue_name": "The Laughing Tree", "city_id": 5}, ("name", 5, "the-laughing-tree")),
        ({"venue_name": "The Laughing Tree"}, ("name", 9, "the-laughing-tree")),  # the source's city, as written
        ({"venue_name": "The Laughing Tree", "outside_area": True}, None),  # outside every city: no row yet
        ({"venue_name": "TBA", "city_id": 5}, None),  # placeholders share nothing but the word
        ({"venue_name": "Online", "city_id": 5}, None),
        ({"venue_name": "The Laughing Tree", "city_id": 5, "online": True}, None),
    ],
)
def test_which_venue_a_record_is_at(record_fields, expected):
    assert venue_key(record_fields, 9) == expected


@pytest.mark.django_db
def test_venue_history_counts_confident_published_events_by_venue_id_and_by_name():
    one, two = CityFactory(), CityFactory()
    club, hall, other_city_club = (
        Venue.objects.create(city=one, slug="the-club", name="The Club"),
        Venue.objects.create(city=one, slug="the-hall", name="The Hall"),
        Venue.objects.create(city=two, slug="the-club", name="The Club"),
    )
    music, comedy = Category.objects.get(slug="music"), Category.objects.get(slug="comedy")

    def events(venue, category, count, method="rules", confidence=0.5, **fields):
        for _ in range(count):
            EventFactory(venue=venue, city=venue.city, category=category, category_method=method,
                         category_confidence=confidence, **fields)  # fmt: skip

    events(club, music, 3)
    events(club, comedy, 1, method="source_label")
    events(club, comedy, 2, method="model", confidence=0.9)  # the model, sure of itself
    events(club, music, 4, method="model", confidence=0.5)  # the model guessing: not history
    events(club, music, 2, moderation_status=Event.ModerationStatus.HELD)  # not published
    events(club, None, 2)  # no category
    events(hall, comedy, 5)
    events(other_city_club, comedy, 7)  # the same name in another city

    by_name = venue_category_counts({("name", one.pk, "the-club")})
    assert by_name == {club.pk: {"music": 3, "comedy": 3}, ("name", one.pk, "the-club"): {"music": 3, "comedy": 3}}
    by_id = venue_category_counts({hall.pk, ("name", two.pk, "the-club")})
    assert by_id[hall.pk] == by_id[("name", one.pk, "the-hall")] == {"comedy": 5}
    assert by_id[("name", two.pk, "the-club")] == {"comedy": 7}
    assert ("name", one.pk, "the-club") not in by_id  # the other city's club is not this one
    assert venue_category_counts({("name", one.pk, "nowhere"), 999_999}) == {}


# --- in the pipeline -------------------------------------------------------------------------------------------
@pytest.mark.django_db
def test_a_bare_name_at_a_club_that_hosts_comedy_is_comedy():
    city = load_bengaluru()
    ticketing = make_source("ticketing", city, adapter="ticketmaster")
    aggregator = make_source("aggregator", city)
    club = {"venue_name": "The Laughing Tree", "address": "12th Main, Indiranagar, Bengaluru", "description": None}

    def shows(first: int, count: int) -> list:
        return [
            record(f"s{n}", f"Headliner Number {n}", day(days=2 + n), source_category="Comedy", **club)
            for n in range(first, first + count)
        ]

    run(ticketing, *shows(0, 6))
    assert set(Event.objects.filter(venue__name="The Laughing Tree").values_list("category_method", flat=True)) == {
        "source_label"
    }
    # Six comedy shows: the venue pre-fills comedy, but a moderator is still told it is a guess.
    run(aggregator, record("x1", "Zorblax Quintessa", day(days=12), **club))
    staged = StagedEvent.objects.get(external_id="x1")
    assert (staged.normalized["category"], staged.normalized["category_method"]) == ("comedy", "venue")
    assert any(LOW in reason for reason in staged.reasons)

    # Twelve: the venue is sure, and the bare name is published as comedy without the flag.
    run(ticketing, *shows(6, 6))
    run(aggregator, record("x2", "Quintessa Zorblax", day(days=20), **club))
    sure = StagedEvent.objects.get(external_id="x2")
    assert (sure.normalized["category"], sure.normalized["category_method"]) == ("comedy", "venue")
    assert not any(LOW in reason for reason in sure.reasons)

    # The same name somewhere with no history stays the text model's low-confidence guess.
    elsewhere = {"venue_name": "Hall Nobody Knows", "address": "1 Unknown Road, Bengaluru", "description": None}
    run(aggregator, record("x3", "Zorblax Quintessa", day(days=14), latitude=12.99, longitude=77.59, **elsewhere))
    other = StagedEvent.objects.get(external_id="x3")
    assert other.normalized["category"] != "comedy"
    assert other.normalized["category_method"] == "model"
    assert any(LOW in reason for reason in other.reasons)
