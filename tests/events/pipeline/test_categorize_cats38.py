"""A work party or a workday named by the landform it works on (helper cats38, issue #13;
events/pipeline/categorize/rules_land_work.py, LANDFORMS). What missed: a parks department's and a green-space
programme's work parties named by a ravine, a canyon or a slough (the seen corpus's "Sturtevant Ravine Work Party!",
read as a tech conference; the training side's candidate rows' "Dead Horse Canyon"), none from a test split. The label
policy files volunteers' hands-on work on the land as outdoors_nature/clean-ups. Left out on purpose: a landform's
word with no work word after it, a business named by a landform ("Ravine Brewing Work Party"), an office's party on a
street named by one."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def _reading(title: str, venue: str | None = None) -> tuple[str, str | None, str]:
    result = categorize_batch([{"title": title, "venue_name": venue, "description": None}])[0]
    return result.category, result.subcategory, result.method


@pytest.mark.parametrize(
    "title",
    [
        "Sturtevant Ravine Work Party!",
        "Dead Horse Canyon Work Party",
        "Union Slough Work Party",
        "Meadowbrook Pond Work Party",
        "Thornbury Orchard Workday",
        "Hedgerow Work Day",
        "Saltmarsh Lakeshore Work Parties",
    ],
)
def test_a_work_party_named_by_its_landform_is_land_work(title):
    assert _reading(title) == ("outdoors_nature", "clean-ups", "rules")


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Lake Street Office Work Party", None),  # the office's party
        ("Ravine Brewing Work Party", None),  # a brewery named by a ravine
        ("Pond Hockey Tournament", None),
        ("Canyon Ranch Spa Day", None),
        ("Heath Ledger Film Night", None),
        ("Orchard Street Block Party", None),
        ("Bluff City Blues Night", "Lakeshore Lounge"),
    ],
)
def test_a_landform_word_without_the_work_is_not_land_work(title, venue):
    category, subcategory, _method = _reading(title, venue)
    assert subcategory != "clean-ups", (title, category)


# German conservation groups' land work (the training corpus's held-out "Arbeitseinsatz auf der Streuobstwiese" read as
# a club's work party): the work at a named kind of natural site.
@pytest.mark.parametrize(
    "title",
    [
        "Arbeitseinsatz auf der Streuobstwiese",
        "Pflegeeinsatz im Moor",
        "Arbeitseinsatz am Teich",
    ],
)
def test_german_land_work_is_land_work(title):
    assert _reading(title) == ("outdoors_nature", "clean-ups", "rules")


@pytest.mark.parametrize(
    ("title", "category"),
    [
        ("Arbeitseinsatz", "community_civic"),  # a club's work party, the existing volunteering rule's
        ("Arbeitseinsatz am Vereinsheim", "community_civic"),
        ("Vortrag: Biotoppflege im Wandel", "education"),  # a talk about it
    ],
)
def test_german_work_elsewhere_or_a_talk_is_not_land_work(title, category):
    assert _reading(title)[0] == category


@pytest.mark.parametrize(
    "title",
    [
        "Heckenpflege-Kurs für Gartenbesitzer",  # a class in a habitat's care (review57 U10)
        "Biotoppflege im Wandel – Vortrag",  # a talk (U11)
        "Entbuschung – Ausstellung im Rathaus",  # an exhibition (U14)
        "Pflanzaktion Zimmerpflanzen-Tausch im Café",  # a house-plant swap (U13)
        "Salt Lake Workday Users Group",  # the software's users (U2)
    ],
)
def test_a_habitats_care_leading_a_talk_a_class_or_a_show_is_no_land_work_by_rule(title):
    category, subcategory, method = _reading(title)
    assert not (subcategory == "clean-ups" and method == "rules"), (category, subcategory, method)


def test_pflegeeinsatz_alone_is_not_land_work():
    # also a nurse's home visit: only the work at a natural site decides
    assert _reading("Pflegeeinsatz")[1] != "clean-ups"
