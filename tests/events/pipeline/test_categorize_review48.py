"""review48: cats33's pastime rules and bookshop prior reviewed both ways (docs/real-world-sources-log.md, "### review48";
listings of our own):

* a team sport the title names as a subject ("The History of Baseball", "Author Talk: Baseball", "Fantasy Baseball")
  decides nothing (rules_pastime_checks.py); a fixture's or a course's sport still decides;
* a toy-brick club for adults is no children's club (rules_pastime_checks.py);
* "swim team" decides only where it ends the title's name ("Swim Team Pancake Breakfast" is the team's fundraiser);
* "resident dj", "house dj" decide from the title only (a brunch's or a prom's in-house DJ is no club night);
* a bookshop's prior is weak for a title the model reads (venues.NAMES_ONLY: a board-game night); "books" is a
  name's head only, and a chain's name without the word ("Barnes & Noble") is one too ("Comics & Books Cafe", "Books & Bagels Cafe" are cafés; "Powell's Books on Hawthorne" a bookshop).
"""

from __future__ import annotations

import pytest

from events.pipeline.categorize.venues import venue_prior

from .test_categorize_cats33 import _reading


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("The History of Baseball", "Central Library"),
        ("Poetry of Baseball", None),
        ("Author Talk: Baseball", "Central Library"),
        ("Fantasy Baseball", None),
        ("Swim Team Pancake Breakfast", None),
        ("Swim Team Car Wash", None),
        ("LEGO Club for Adults", "Central Library"),
        ("Lego Build Night for Grown-Ups", "The Brewpub"),
    ],
)
def test_a_pastime_named_beside_another_kind_decides_nothing(title, venue):
    category, method = _reading(title, venue)
    assert method != "rules" or category not in ("sports_fitness", "family_kids")


@pytest.mark.parametrize(
    ("title", "kept"),
    [
        ("Westbrook Owls at Northfield Herons Baseball", "sports_fitness"),
        ("Softball - Skills & Drills", "sports_fitness"),
        ("Youth League: Soccer", "sports_fitness"),
        ("Soccer Workshop", "sports_fitness"),
        ("Swim Team", "sports_fitness"),
        ("Lego Club (Tuesdays)", "family_kids"),
        ("Resident DJ Night", "nightlife"),
    ],
)
def test_the_pastimes_still_decide(title, kept):
    assert _reading(title) == (kept, "rules")


@pytest.mark.parametrize(
    ("title", "venue", "description"),
    [
        ("Sunday Brunch", "Cafe Luna", "Bottomless mimosas and our resident DJ spinning all morning."),
        ("Senior Prom", "Westbrook High School", "Music by our in-house DJ."),
        ("Wedding Open House", "Lakeview Manor", "Tour the venue, meet our house DJ and caterers."),
        ("Radio Days", "Central Library", "A talk by a former house DJ on the city's radio history."),
    ],
)
def test_a_venues_own_dj_in_a_description_decides_nothing(title, venue, description):
    assert _reading(title, venue, description) != ("nightlife", "rules")


@pytest.mark.parametrize("venue", ["Comics & Books Cafe", "Books & Bagels Cafe", "Books & Brews"])
def test_books_inside_a_cafes_or_a_bars_name_is_no_bookshop(venue):
    assert venue_prior({"venue_name": venue}) is None


@pytest.mark.parametrize(
    "venue", ["Powell's Books on Hawthorne", "Books-A-Million", "Village Books", "Barnes & Noble", "Waterstones"]
)
def test_a_bookshops_name_still_reads(venue):
    prior = venue_prior({"venue_name": venue})
    assert prior is not None
    assert prior.category == "arts_culture"


@pytest.mark.parametrize("title", ["Board Game Night", "Knitting Circle", "Open Mic"])
def test_a_bookshops_other_nights_are_the_models(title):
    assert _reading(title, "Village Books")[0] != "arts_culture"


@pytest.mark.parametrize("venue", ["Village Books", "Barnes & Noble"])
def test_a_bare_name_at_a_bookshop_is_still_a_reading(venue):
    assert _reading("Ilse Marrow", venue)[0] == "arts_culture"
