"""A park's water programmes named by the craft or the catch (events/pipeline/categorize/rules_fieldwork.py, helper
cats15): test13's park district listed "a paddle and fishing basics" and its outdoors_nature rows were read half the
time; the model read "Fishing Basics" and "Intro to Paddling" as classes. The training corpus files every fishing,
canoe, kayak and paddle row under outdoors_nature, lessons and clinics too. The rule decides from the title; a film
about them, a racket sport played with a paddle and an audience word (contested with family_kids) stay with the model."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.rules import RULES
from events.pipeline.categorize.rules_fieldwork import FIELDWORK_RULE_TABLE


def one(title, description=None):
    return categorize_batch([{"title": title, "description": description}])[0]


def test_the_table_is_read():
    phrases = {phrase for rule in RULES for phrase in rule.phrases}
    assert all(set(row[3]) <= phrases for row in FIELDWORK_RULE_TABLE)


@pytest.mark.parametrize(
    "title",
    ["Fishing Basics", "Intro to Paddling", "Canoeing on Quorvane Lake", "Kayak Skills Night", "Ice Fishing Derby"],
)
def test_water_programmes_are_outdoors(title):
    result = one(title)
    assert (result.category, result.subcategory, result.method) == ("outdoors_nature", "water", "rules")


@pytest.mark.parametrize(
    "title", ["Fly Fishing Film Tour", "Paddle Tennis Open", "Paddleball Ladder Night", "Pickleball Paddle Demo"]
)
def test_films_and_racket_sports_are_not_decided_as_water(title):
    result = one(title)
    assert not (result.method == "rules" and result.category == "outdoors_nature")


def test_an_audience_word_contests_the_water():
    # "Kids' Fishing Day" is family_kids in the training corpus: the audience puts family_kids in the running.
    assert one("Kids' Fishing Day").method == "model"
