"""A work party at a park, a stewardship day, a habitat workday, storm-drain stencilling, and a film's title at a
cinema (helper cats27, issue #13; events/pipeline/categorize/rules_work_parties.py, rules_land_work.py,
rules_titled_works.py).

What missed: listings of our own in a parks volunteer programme's and a friends group's calendar shapes ("Work Party"
at a park read as a tech meetup, "Stewardship Saturday" and "Storm Drain Stenciling" as music, "Habitat Workday" as a
public meeting), and the hard negative "The Hike" at a cinema read as a hike. Titles and venues here are our own;
none is a labelled set's.
"""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.rules import RuleHit
from events.pipeline.categorize.rules_titled_works import FILM_RULE, titled_work_hits
from events.pipeline.categorize.rules_work_parties import WORK_PARTY_RULE, work_party_hits


def _read(title: str, venue: str | None = None):
    return categorize_batch([{"title": title, "venue_name": venue, "description": None}])[0]


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Work Party", "Brindlewood Park"),
        ("Saturday Work Party", "Fennick Point Park"),
        ("Monthly Workday", "Harrow Creek Nature Preserve"),
        ("Work Parties", "Orlin Community Garden"),
        ("Tuesday Work Morning", "Quillhaven Arboretum"),
        ("Volunteer Work Party", "Brindlewood Park"),  # the volunteering rule's hit becomes a hint
    ],
)
def test_a_work_party_at_a_park_or_a_natural_site_is_land_work(title, venue):
    hits = work_party_hits([], {"title": title, "venue_name": venue})
    assert any(hit.rule is WORK_PARTY_RULE for hit in hits)
    read = _read(title, venue)
    assert (read.category, read.subcategory) == ("outdoors_nature", "clean-ups")


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Work Party", None),  # no place: an office's as often
        ("Office Work Party", "Harbourside Taproom"),
        ("Work Party", "St. Aldric's Church Hall"),
        ("Volunteer Workday", "Northside Food Bank"),
        ("Saturday Market", "Brindlewood Park"),  # no work named
    ],
)
def test_work_elsewhere_or_unplaced_is_not_land_work(title, venue):
    hits = work_party_hits([], {"title": title, "venue_name": venue})
    assert not any(hit.rule is WORK_PARTY_RULE for hit in hits)


def test_a_title_another_rule_reads_keeps_that_reading():
    # A karaoke night named a "work party" at a park: the karaoke rule's reading stands.
    read = _read("Work Party Karaoke Night", "Brindlewood Park")
    assert read.category != "outdoors_nature" or read.method != "rules"


@pytest.mark.parametrize(
    "title",
    [
        "Stewardship Saturday",
        "Second Saturday Stewardship",
        "Stewardship Day at Fennick Point",
        "Habitat Workday",
        "Creek Work Day",
        "Storm Drain Stenciling",
        "Storm Drain Stencilling Crew",
    ],
)
def test_named_land_work_is_a_clean_up(title):
    read = _read(title)
    assert (read.category, read.subcategory) == ("outdoors_nature", "clean-ups")


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Stewardship Sunday", "First Methodist Church"),  # a church's giving season
        ("Volunteer Workday", "Northside Food Bank"),
        ("Habitat for Humanity Build Day", None),
    ],
)
def test_what_is_no_land_work_keeps_its_reading(title, venue):
    assert _read(title, venue).subcategory != "clean-ups"


@pytest.mark.parametrize(("title", "venue"), [("The Hike", "Roxbury Cinema"), ("A Hike", "Palace Cinema")])
def test_an_article_and_one_word_at_a_cinema_is_a_film(title, venue):
    read = _read(title, venue)
    assert (read.category, read.subcategory) == ("arts_culture", "film")


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("The Hike", None),
        ("The Hike", "Carkeek Park"),
        ("Hike", "Roxbury Cinema"),  # no article: the activity
        ("The Hike", "Lyric Theatre"),  # a theatre bills bands as "The …" too
    ],
)
def test_the_hike_elsewhere_stays_a_hike(title, venue):
    assert _read(title, venue).category == "outdoors_nature"


def test_a_title_no_rule_reads_is_left_to_the_model():
    hits: list[RuleHit] = []
    assert titled_work_hits(hits, {"title": "The Nightingale", "venue_name": "Roxbury Cinema"}) == hits
    assert not any(hit.rule is FILM_RULE for hit in hits)
