"""Programmes a listing names as families' or children's own (helper cats36, issue #13; listings of our own in the
shapes councils, libraries, museums and parks write, none from a test split or a held-out part):

* "Family" before the activity ("Family Concert", "Family Movie Night", "Family Nature Walk", "Family Yoga"): the
  activity's own rule decided before (music, film, outdoors, health, a bar's trivia); the audience beats the activity
  (rules_family_events.py, as the training corpus labels "Family Movie Night Under the Stars");
* the events only children's calendars hold ("Easter Egg Hunt" read as rock, "Touch a Truck" as food trucks);
* "tween" as an audience word beside "teen" ("Tween Book Club" read as literature).
Each with the look-alikes that must keep their reading.
"""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.config import CategoryResult
from events.pipeline.categorize.rules_family_events import FAMILY_EVENT_RULE_TABLE
from events.pipeline.categorize.tokens import words


def _result(title: str, venue: str | None = None, description: str | None = None) -> CategoryResult:
    record = {"title": title, "venue_name": venue, "description": description}
    return categorize_batch([{key: value for key, value in record.items() if value}])[0]


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        # each read as its activity before the rule: music, film, outdoors, health, nightlife, heritage, comedy
        ("Family Concert: Peter and the Wolf", "Symphony Hall"),
        ("Family Movie Night in the Park", "Riverside Park"),
        ("Family Film Club: Frozen", "Central Library"),
        ("Family Nature Walk", "Oak Hollow Nature Centre"),
        ("Family Hike at Mill Creek", None),
        ("Family Yoga", "Eastside Community Centre"),
        ("Family Bingo Night", "Parish Hall"),
        ("Family Game Night", "Westfield Branch Library"),
        ("Family Tour of the Castle", None),
        ("Family Theatre: The Tiger Who Came to Tea", None),
        ("Family Camping Weekend", "Pine Lake State Park"),
    ],
)
def test_a_familys_programme_is_family_kids(title: str, venue: str | None) -> None:
    assert _result(title, venue).category == "family_kids"


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Easter Egg Hunt", None),
        ("Touch a Truck", None),
        ("Trunk or Treat", None),
        ("Breakfast with Santa", None),
        ("Photos with Santa", None),
        ("StoryWalk", None),
        ("Playgroup", None),
        ("Homeschool Day at the Museum", None),
    ],
)
def test_a_childrens_event_by_its_name_is_family_kids(title: str, description: str | None) -> None:
    assert _result(title, description=description).category == "family_kids"


def test_tween_is_an_audience_word() -> None:
    result = _result("Tween Book Club", "Northgate Branch Library")
    assert (result.category, result.subcategory) == ("family_kids", "teens")


@pytest.mark.parametrize(
    ("title", "category"),
    [
        # "family" before a word that is no activity, or in another name: the rule does not fire
        ("Family Caregiver Support Group", "health_wellness"),
        ("Family Medicine Update Conference", "tech_business"),
        ("Family Promise Annual Gala", "community_civic"),
        ("Sly and the Family Stone Tribute Concert", "music"),
        ("The Addams Family Musical", "arts_culture"),
        # the activity without the family keeps its rule
        ("Full Moon Hike", "outdoors_nature"),
        ("Movie Night in the Park", "arts_culture"),
        ("Sunset Yoga", "health_wellness"),
        ("Symphony Concert: Peter and the Wolf", "music"),
        # Santa without his breakfast or photos; a story walk in two words (a literary walking tour)
        ("Santa Run 5K", "sports_fitness"),
        # a club's Ortsverband, 3D printing; walks outdoors (the heritage walks' look-alikes)
        ("OV-Versammlung", "community_civic"),  # a club's Ortsverband, not the original version
        ("OV Jahreshauptversammlung", "community_civic"),
        ("3D Printing Workshop", "education"),
        ("Natural History Walk", "outdoors_nature"),  # a naturalist's walk (its own phrase: read otherwise before)
        ("History Hike along the Canal", "outdoors_nature"),
        ("Wildflower Walk", "outdoors_nature"),
        ("Nature Walk", "outdoors_nature"),
    ],
)
def test_look_alikes_keep_their_reading(title: str, category: str) -> None:
    assert _result(title).category == category


@pytest.mark.parametrize(
    "title",
    ["Family History Workshop", "Family Law Seminar", "Family Dinner at the Lodge", "Family Day", "Family Feud Night",
     "Family Business Forum", "Family Reunion Picnic", "Story Walk Through Old Town", "Home School Association Meeting",
     "Homeschool Co-op Board Meeting", "SantaCon Pub Crawl"],
)  # fmt: skip
def test_no_phrase_of_the_table_is_in_other_families(title: str) -> None:
    padded = f" {' '.join(words(title))} "
    phrases = [phrase for _tag, _target, _mode, table in FAMILY_EVENT_RULE_TABLE for phrase in table]
    assert not [phrase for phrase in phrases if f" {' '.join(words(phrase))} " in padded]


@pytest.mark.parametrize(
    "title",
    [
        # a German cinema's version marks (bench/corpus/pages: a Kino's programme lists "… (3D/OV)", "… (DfmeU)"),
        # each read as something else before the rule: the family, a public body, a park, a conference, rock
        "Solo: A Star Wars Story (3D/OV)",
        "Transit (DfmeU)",
        "In den Gängen (DfmeU)",
        "Lady Bird (OmdU)",
        "Avatar (2D/OV)",
        "Die Känguru-Chroniken (OV m. U.)",
    ],
)
def test_a_cinemas_version_mark_is_a_film(title: str) -> None:
    assert (_result(title).category, _result(title).subcategory) == ("arts_culture", "film")


@pytest.mark.parametrize(
    "title",
    [
        # read as a hike, a park, a meditation before the rule (or, "Heritage Trail Walk", decided by the hiking rule)
        "Heritage Walk: The Old Town Walls",
        "History Walk",
        "Architecture Walk",
        "Ghost Walk",
        "Heritage Trail Walk",
        "Historical Walk through the Cemetery",
    ],
)
def test_a_walk_named_for_the_past_is_heritage(title: str) -> None:
    assert (_result(title).category, _result(title).subcategory) == ("arts_culture", "heritage")


def test_a_history_tour_is_no_heritage_rule() -> None:
    # a band's tour may be called so: the rule lists no "history tour"
    assert _result("History Tour 2031: The Band Live").method != "rules"


@pytest.mark.parametrize("title", ["Family Coding Night", "Baby Ballet"])
def test_a_familys_or_a_babys_class_is_family_kids(title: str) -> None:
    # read as a tech meetup and as dance before (the training corpus labels both family_kids)
    assert _result(title).category == "family_kids"
