"""A bill of acts, an act's own named tour, a band's name, a musicians' jam and a tribute show (helper cats30,
events/pipeline/categorize/rules_bills.py, touring.act_tour, rules_music_nights.py): chosen on the training-side
candidate rows' misses (a rock club's and a live-music calendar's listings), never on a test row. The titles are ours
(made-up names); each look-alike must keep its own reading."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch, load_categorizer
from events.pipeline.categorize.rules_bills import (
    ACT_NAME_TAG,
    act_name_hits,
    acts_billed,
    listed_acts,
    other_kind_sure,
)
from events.pipeline.categorize.tokens import WordCheck
from events.pipeline.categorize.touring import TOURING_KINDS, act_tour


def _model_words() -> tuple[WordCheck, frozenset[str]]:
    categorizer = load_categorizer()
    assert categorizer.word_check is not None
    assert categorizer.event_words is not None
    return categorizer.word_check, categorizer.event_words


BILLS = [
    "Quorvane Marble with Telliph Circuit",
    "TELLIPHY w/ Quorvane Coffin",
    "Dana Quorvane feat. Telliph",
    "Crown Quorvane, To The Telliph, Face Quorvane, Backtelliph",
]

# An activity with its host, a title rule's own kind, a place and its town, a list closed by "and", a heading's
# subjects after a colon, a series' session with its guest, an activity's or a place's name before the joiner.
NOT_BILLS = [
    "Cookies with Santa",
    "Coffee with a Cop",
    "Riverside Park, Springfield, Ohio",
    "Arts, Crafts, and Games",
    "Ada Quorvane: Compilers, Grammars, AST's, and Parsers",
    "Dune: Part Two, The IMAX Experience, Rated PG-13",
    "Quorvane.js Meetup - Learn with Telliph",
    "Knitting Circle with Dana Quorvane",
    "Chess Club with Coach Telliph",
    "Brunch with friends",
    "Meet and Greet with Santa",  # a hosted activity's head (HOSTED_ACTIVITIES)
    "Meet & Greet with the Author",
    "Q&A with the Director",
    "Book Signing with Dana Quorvane",
]


@pytest.mark.parametrize(("title", "billed"), [*((title, True) for title in BILLS), *((t, False) for t in NOT_BILLS)])
def test_a_bill_of_acts_is_read_and_look_alikes_are_not(title, billed):
    known, event_words = _model_words()
    assert acts_billed(title, known, event_words) is billed


def test_a_list_needs_three_names():
    assert listed_acts("Quorvane, Telliph, Backbiter")
    assert not listed_acts("Quorvane, Telliph")
    assert not listed_acts("Quorvane, Telliph, and Backbiter")
    assert not listed_acts("Quorvane, , Telliph")
    assert not listed_acts("Quorvane, the five long words here, Telliph")


@pytest.mark.parametrize(
    "title", ["Quorvane Marble with Telliph Circuit", "Crown Quorvane, To The Telliph, Backtelliph"]
)
def test_a_bill_is_read_as_an_act_and_held_for_a_moderator(title):
    result = categorize_batch([{"title": title}])[0]
    assert result.category in TOURING_KINDS
    assert result.low_confidence


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Yoga with Dana Quorvane", "health_wellness"),  # a title rule decides another kind: no narrowing
        ("Storytime with Ms. Telliph", "family_kids"),
        ("Town Hall with Councilmember Quorvane", "community_civic"),
    ],
)
def test_a_title_rule_keeps_its_kind(title, category):
    assert categorize_batch([{"title": title}])[0].category == category


ACT_TOURS = [
    "Streetlight Quorvane: The Presence of the Past Tour",
    "TELLIPH - Between You & Me 10 YR Anniversary Tour",
    "Quorvane Paid - Somewhere Over the Rainbow Tour",
]

# A production's tour named by where it goes, a guided visit, an act whose name ends in an event's word, no tour.
NOT_ACT_TOURS = [
    "Hamilton: The National Tour",
    "Quorvane - North American Tour",
    "Quorvane - UK Tour 2031",
    "Ghosts of Old Town: Walking Tour",
    "Paw Quorvane Live: The Great Pirate Adventure Tour",
    "Telliph Garden Club: Spring Blooms Tour",
    "Quorvane: Tour of the Old Town",
    "Quorvane - The Long Way Home",
]


@pytest.mark.parametrize(
    ("title", "touring"), [*((title, True) for title in ACT_TOURS), *((t, False) for t in NOT_ACT_TOURS)]
)
def test_an_acts_tour_is_read_and_look_alikes_are_not(title, touring):
    _, event_words = _model_words()
    assert act_tour(title, event_words) is touring


def test_an_acts_tour_at_a_theatre_keeps_the_theatres_reading():
    # "Quorvane Telliph: The Long Way Tour" at a theatre may be a show's tour (test_categorize_billing.py): only a
    # billed person's tour is narrowed there (touring.performer_tour, as before).
    result = categorize_batch([{"title": "Hamilton: The National Tour", "venue_name": "Orpheum Theatre"}])[0]
    assert result.category == "arts_culture"


def test_a_sure_reading_of_another_kind_is_kept():
    assert other_kind_sure({"sports_fitness": 0.81, "music": 0.1}, TOURING_KINDS)
    assert not other_kind_sure({"arts_culture": 0.64, "music": 0.2}, TOURING_KINDS)
    assert not other_kind_sure({"comedy": 0.9}, TOURING_KINDS)


@pytest.mark.parametrize("title", ["Greene and Quorvane Band", "The Dana Telliph Trio", "Quorvane Brothers Quartet"])
def test_a_bands_name_is_music(title):
    assert [hit.rule.tag for hit in act_name_hits(title)] == [ACT_NAME_TAG]
    assert categorize_batch([{"title": title}])[0].category == "music"


@pytest.mark.parametrize(
    "title",
    [
        "Swing Dance Social with Live Band",
        "Metal Karaoke — Live Band",
        "Resistance Band Workout",
        "Musical Theatre Band",
        "Band Workshop",
        "Band",
    ],
)
def test_look_alikes_are_no_bands_name(title):
    assert act_name_hits(title) == []


@pytest.mark.parametrize(
    "title",
    [
        "Sunday Jam Night Hosted by Dana Quorvane",
        "Irish Session",
        "Quorvane Bluegrass Jam",
        "You Can Call Me Dana (A Dana Quorvane Tribute)",
        "An Evening with the Telliph Tribute Project",
    ],
)
def test_a_jam_and_a_tribute_show_are_music(title):
    result = categorize_batch([{"title": title}])[0]
    assert (result.category, result.method) == ("music", "rules")


@pytest.mark.parametrize(
    ("title", "category"),
    [("Global Game Jam", "tech_business"), ("Improv Jam", "comedy")],
)
def test_other_jams_keep_their_kind(title, category):
    assert categorize_batch([{"title": title}])[0].category == category


@pytest.mark.parametrize("title", ["Veterans Tribute Dinner", "Tribute to Our Veterans", "Memorial Tribute for Dana"])
def test_a_tribute_to_people_is_not_decided_as_music(title):
    result = categorize_batch([{"title": title}])[0]
    assert not (result.method == "rules" and result.category == "music")


def test_a_persons_name_alone_is_read_as_a_name():
    # "Mike Quorvane" with no description: the model's words for "Mike" (a speaker's name in the corpus's talks) are
    # noise; read as a name it takes what names usually are, held for a moderator.
    result = categorize_batch([{"title": "Mike Quorvane"}])[0]
    assert result.category == "music"
    assert result.low_confidence


@pytest.mark.parametrize(
    ("title", "description", "category"),
    [
        # a description that says what the names are, and names no musician: the model's reading stays
        ("Ramble with the Quorvanes", "Leisurely 8-mile countryside walk with a pub lunch.", "outdoors_nature"),
        ("Comedy For Good: Tribute to Dana Quorvane", "", "comedy"),
    ],
)
def test_a_description_or_a_comics_tribute_keeps_its_reading(title, description, category):
    assert categorize_batch([{"title": title, "description": description}])[0].category == category


def test_a_bill_with_a_description_that_names_music_is_an_act():
    record = {"title": "The Quorvane Throwdown w/ Telliph Hunter", "description": "An afternoon with live music."}
    assert categorize_batch([record])[0].category in TOURING_KINDS
