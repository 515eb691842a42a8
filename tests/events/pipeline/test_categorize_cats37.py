"""Live music billed as the event, a developers' talk titled by its data store or by code, and a climate strike
(helper cats37, issue #13; titles in the shapes bars, developers' groups and movements write, and the seen pages
corpus's own, none from a test split or a held-out part):

* "Live Band", "Live Salsa", "Live Music at …" in a title is music, where the night's other words ("Party", "Disco")
  read as nightlife (rules_live_music.py); live music beside another event stays that event's;
* "Database Migrations", "Postgres", "Abstract Syntax Tree", "Event Storming", "Legacy Code" name a tech meetup's talk
  (rules_data_talks.py); a class on them stays the model's, and the words' other senses keep their reading;
* "Klimastreik", "Climate Strike", "Grève pour le climat" are activism (rules_strikes.py); bowling's strikes are not.
Each with the look-alikes that must keep their reading.
"""

from __future__ import annotations

import pytest

from .test_categorize_cats36 import _result


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        # each read as nightlife before the rule: the party's words outweighed the band's
        ("Saturday Night Party - Live Salsa with Orquesta Caliente", "El Rincon"),
        ("New Wave Disco Night: Live Band", "The Basement"),
        ("Cumbia Party: Live Cumbia with Sonido Sur", "Tavern 54"),
        ("Thursday Night Swing Party - Live Swing", "Dance Hall"),
        # the training corpus's own, music before and after
        ("Emo Night Live Band", "The Roxy"),
        ("Live Music at the Bandstand", "City Park"),
    ],
)
def test_live_music_billed_as_the_event_is_music(title: str, venue: str) -> None:
    result = _result(title, venue)
    assert (result.category, result.method) == ("music", "rules")


@pytest.mark.parametrize(
    ("title", "venue", "category"),
    [
        # live music beside another event: that event's (the training corpus's labels)
        ("Swing Dance Social with Live Band", "Dance Hall", "arts_culture"),
        ("Farmers Market with Live Music", "Main Square", "markets_fairs"),
        ("Vinyasa & Live Music", "Yoga Loft", "health_wellness"),
        ("Live Band Karaoke", "The Cavern", "nightlife"),
        # "live" beside no band, music or genre
        ("Live Auction and Gala Dinner", "Hotel Grand", "community_civic"),
        ("Live Stream: Council Meeting", "City Hall", "community_civic"),
    ],
)
def test_live_music_beside_another_event_keeps_its_reading(title: str, venue: str, category: str) -> None:
    assert _result(title, venue).category == category


def test_live_band_karaoke_is_decided_by_its_longer_phrase() -> None:
    result = _result("Live Band Karaoke", "The Cavern")
    assert (result.category, result.subcategory, result.method) == ("nightlife", "karaoke", "rules")


def test_live_music_in_a_description_decides_nothing() -> None:
    result = _result("Sunday Market", "Main Square", "Local produce, crafts and live music on the patio.")
    assert result.category != "music"


@pytest.mark.parametrize(
    "title",
    [
        # read as a market, a health screening, a school talk, a hike and a meditation before the rule
        "Zero Downtime Database Migrations and Deployments",
        "Event Storming for fun and profit!",
        "Climbing the Abstract Syntax Tree",
        "Scaling Postgres to a Billion Rows",
        "Graph Databases in Practice",
        # tech before and after
        "Debugging Memory Leaks in Production",
        "Refactoring Legacy Code Without Fear",
    ],
)
def test_a_talk_titled_by_its_data_store_or_code_is_a_tech_meetup(title: str) -> None:
    result = _result(title)
    assert (result.category, result.method) == ("tech_business", "rules")


@pytest.mark.parametrize(
    ("title", "venue", "category"),
    [
        ("Intro to PostgreSQL Workshop", "Central Library", "education"),  # a class: the model's, education's
        ("Genealogy Databases for Beginners", "Central Library", "education"),  # "databases" alone: a library's
        ("Spring Bird Migration Walk", "Nature Centre", "outdoors_nature"),  # "migration" alone: the birds'
        ("Building Code Review Committee", "City Hall", "community_civic"),  # a city's building code
    ],
)
def test_data_and_code_words_elsewhere_keep_their_reading(title: str, venue: str, category: str) -> None:
    assert _result(title, venue).category == category


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        # read as a rock concert or a board's meeting before the rule
        ("Globaler Klimastreik", "Augustusplatz"),
        ("Global Climate Strike", "City Hall Plaza"),
        ("Grève pour le climat", "Place de la République"),
        ("Klimademo", "Marktplatz"),
        ("Warnstreik der Busfahrer", "Rathausplatz"),
    ],
)
def test_a_climate_strike_is_activism(title: str, venue: str) -> None:
    result = _result(title, venue)
    assert (result.category, result.subcategory, result.method) == ("community_civic", "activism", "rules")


@pytest.mark.parametrize(
    "title",
    ["Strike Zone Pitching Clinic", "Lucky Strike Bowling League", "Product Demo Day", "March Madness Watch Party"],
)
def test_strikes_marches_and_demos_elsewhere_are_no_protest(title: str) -> None:
    assert _result(title).category != "community_civic"
