"""review51: a both-ways review of cats34's rules (docs/real-world-sources-log.md, "### review51"), on listings of our
own (none from a test split):

* rules_age_ranges.py read a tasting's ages ("Whiskies Aged 10 to 12 Years", "Goudas Aged 6-12 Months"), an open
  range and a clock ("Pickleball Open Play (Ages 8+) 9-11 AM" as "8-9"), a range beside adults ("open to youth ages
  12-14 and adults") and a description's range under a title for adults as children's programmes. Mended; "Toddler
  Art (Ages 3-5 with an adult)" and "Chess for Kids ages 6 to 10" still decide family.
* rules_park_programmes.py's lawn game decided a club's dinner, its AGM, a court's ribbon cutting and a croquet tea
  party as sport; the rule decides nothing where the title names such a gathering now.
"""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.rules import RuleHit
from events.pipeline.categorize.rules_age_ranges import age_range_hits, children_age_range
from events.pipeline.categorize.rules_park_programmes import lawn_game_hits


def _category(title: str, venue: str | None = None, description: str | None = None) -> str:
    record = {"title": title, "venue_name": venue, "description": description}
    return categorize_batch([{key: value for key, value in record.items() if value}])[0].category


@pytest.mark.parametrize(
    "title",
    [
        "Single Malt Tasting: Whiskies Aged 10 to 12 Years",
        "Cheese Night: Goudas Aged 6-12 Months",
        "Steak Night: Dry-Aged 8-12 Weeks",
        "Pickleball Open Play (Ages 8+) 9-11 AM",
        "Family Yoga (Ages 4+) 10-11am",
        "Volunteer Day, ages 12-14 and adults",
        "Masters Swim Workout (Ages 18-99)",
        "Strength & Balance for Ages 50+",
        "U12 Girls Soccer Tryouts",
        "Spring Craft Fair 12-14 May",
        "Salsa Night 8-10pm",
        "Comedy Open Mic, tickets $5-10",
    ],
)
def test_no_childrens_age_range_in_the_title(title: str) -> None:
    assert not children_age_range(title, lead=False)


@pytest.mark.parametrize(
    "title", ["Toddler Art (Ages 3-5 with an adult)", "Chess for Kids ages 6 to 10", "Rugby Tots (Age 2-3.5)"]
)
def test_a_childrens_age_range_in_the_title_still_decides(title: str) -> None:
    assert children_age_range(title, lead=False)
    assert _category(title) == "family_kids"


def test_a_tasting_of_aged_whisky_is_no_childrens_programme() -> None:
    assert _category("Single Malt Tasting: Whiskies Aged 10 to 12 Years", "The Malt House") != "family_kids"


def test_a_description_range_under_a_title_for_adults_decides_nothing() -> None:
    text = "Our teachers have run classes for children ages 6-12 for years; this one is for adults."
    record = {"title": "Pottery Wheel for Adults", "description": text}
    assert age_range_hits([], record) == []
    assert children_age_range(text, lead=True)  # the sentence alone still reads as a programme's audience
    assert _category("Pottery Wheel for Adults", "Clay Studio", text) != "family_kids"


def test_a_description_range_open_to_youth_and_adults_decides_nothing() -> None:
    assert not children_age_range("Open to youth ages 12-14 and adults who want to help.", lead=True)
    assert children_age_range("Open to youth ages 12-14 who want to help.", lead=True)


def _lawn_hits(title: str) -> list[RuleHit]:
    from events.pipeline.categorize.rules import RULES

    rule = next(rule for rule in RULES if rule.tag == "lawn-games")
    return lawn_game_hits([RuleHit(rule, True)], {"title": title})


@pytest.mark.parametrize(
    "title",
    [
        "Lawn Bowling Club Annual Dinner",
        "Croquet Club AGM",
        "Bocce Court Ribbon Cutting",
        "Mad Hatter's Croquet Tea Party",
    ],
)
def test_a_lawn_game_clubs_gathering_is_not_decided_as_the_game(title: str) -> None:
    assert _lawn_hits(title) == []


@pytest.mark.parametrize("title", ["Lawn Bowling Club Annual Dinner", "Mad Hatter's Croquet Tea Party"])
def test_a_lawn_game_clubs_dinner_or_party_reads_as_before_the_rule(title: str) -> None:
    assert _category(title) != "sports_fitness"


@pytest.mark.parametrize("title", ["Bocce Ball Tournament", "Croquet on the Green", "Learn Pétanque in the Square"])
def test_a_lawn_game_played_is_still_sport(title: str) -> None:
    assert len(_lawn_hits(title)) == 1
    assert _category(title) == "sports_fitness"
