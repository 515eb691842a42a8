"""A listing titled by its site, and a volunteers' day of work at a natural site (helper cats25, issue #13;
events/pipeline/categorize/title_places.py).

What missed: listings of our own in the shape of a land trust's or a parks volunteer programme's calendar, titled
"<Place> - <who or when>" with no venue field ("Ulistac Natural Area - Second Saturday"), read as a bare name, so as
the act on a bill (music); and a volunteers' "Day of Service" at a nature preserve read as volunteering where the
label policy files land work as outdoors_nature/clean-ups. Rules added: the title's natural site stands in for a
missing venue (as a venue's prior, never against a rule); a volunteering rule's day of work at a natural site decides
as a clean-up. Left: a site the venue table does not know ("… Open Space"), and a band named like a marsh ("Pine Marsh
- Sunday Session", held low-confidence either way). Titles here are our own; none is a labelled set's.
"""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.title_places import site_work_hits, title_place


def _read(title: str, venue: str | None = None):
    return categorize_batch([{"title": title, "venue_name": venue, "description": None}])[0]


@pytest.mark.parametrize(
    "title",
    [
        "Quillhaven Natural Area - Second Saturday",
        "Brackwater Marsh Preserve - Fourth Sunday Crew",
        "Tollis Greenbelt - Grassroots Stewards",
    ],
)
def test_a_title_naming_a_natural_site_reads_as_the_site(title):
    assert title_place({"title": title, "venue_name": None}) is not None
    assert _read(title).category == "outdoors_nature"


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Quillhaven Natural Area - Second Saturday", "Eastside Library"),  # a named venue is the witness
        ("Quillhaven Natural Area", None),  # one part: the event's name
        ("Park Board", None),
        ("Trail Blazers - Lakers", None),  # the phrase is a modifier, not the name's head
        ("Woods - Live", None),  # one word: a band's name as often
        ("Museum Late: Silent Disco", None),  # a museum is no natural site
        ("Cup Night: Eastfield Rovers v Northgate Blues", None),  # a team's name ends with a music word
        ("Riverside Park - Summer Concert", None),  # a park hosts everything
    ],
)
def test_titles_that_name_no_natural_site(title, venue):
    assert title_place({"title": title, "venue_name": venue}) is None


def test_hard_negatives_keep_their_reading():
    assert _read("Trail Blazers - Lakers").category == "sports_fitness"
    assert _read("Museum Late: Silent Disco").category == "nightlife"
    assert _read("Starlight Theatre - Open Auditions").category == "arts_culture"


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Day of Service", "Hidden Villa Nature Preserve"),
        ("Marsh Volunteer Day - Palo Verde Marsh", None),
        ("Volunteer Workday", "Brackwater Wildlife Refuge"),
    ],
)
def test_a_volunteers_day_of_work_at_a_natural_site_is_a_clean_up(title, venue):
    result = _read(title, venue)
    assert (result.category, result.subcategory) == ("outdoors_nature", "clean-ups")


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Volunteer Day - Eastside Community Center", None),
        ("Day of Service", "Westside Food Bank"),
        ("Volunteer Shift", "Blue Heron Nature Preserve"),  # a shift: the front desk as often as the land
        ("Volunteer Day", "Riverside Park"),  # a park: festivals and races as much as workdays
    ],
)
def test_other_volunteering_stays_volunteering(title, venue):
    assert _read(title, venue).category == "community_civic"


def test_site_work_leaves_hits_alone_without_a_volunteering_rule():
    assert site_work_hits([], {"title": "Day of Service", "venue_name": "Hidden Villa Nature Preserve"}) == []
