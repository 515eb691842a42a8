"""review45: cats32's rules reviewed both ways (docs/real-world-sources-log.md, "### review45"; titles of our own):

* a programmer's tool's name followed by a place's noun names the place ("Kotlin Island Tour"), and "puppeteer"
  alone is a puppet show's artist (rules_tech_talks.py);
* a workday's site word must end the name before the work ("Marsh Family Work Party" is a family's)
  (rules_work_parties._site_before_work).
"""

from __future__ import annotations

import pytest

from events.pipeline.categorize.rules_work_parties import _site_before_work

from .test_categorize_professions import result


def _reading(title: str) -> tuple[str, str | None, str]:
    return result({"title": title})


@pytest.mark.parametrize(
    "title",
    [
        "Kotlin Island Tour",
        "Kotlin Island Boat Trip",
        "Erlang Street Block Party",
        "Master Puppeteer Basil Twist",
        "The Puppeteer's Tale: Puppet Show",
        "Marionette and Puppeteer Festival",
    ],
)
def test_a_tools_name_that_is_a_place_or_a_word_is_no_talk(title):
    category, _, method = _reading(title)
    assert (category, method) != ("tech_business", "rules")


@pytest.mark.parametrize(
    "title",
    [
        "Web Automation Testing with Puppeteer",
        "Coroutines in Practice with Kotlin",
        "Kotlin on the Island: Coroutines Deep Dive",  # the tool is not followed by the place's noun
        "Backend Patterns for Busy Teams",
        "IoT Hack Night",
        "Erlang and Elixir Night",
    ],
)
def test_the_tools_still_name_talks(title):
    assert _reading(title)[::2] == ("tech_business", "rules")


@pytest.mark.parametrize(
    "title", ["Patriot Day Ceremony", "Idiot Prayer: a film", "Elliot Smith Tribute", "Chariot Races"]
)
def test_iot_inside_other_words_names_no_tool(title):
    category, _, method = _reading(title)
    assert (category, method) != ("tech_business", "rules")


def test_a_family_name_before_the_work_is_no_site():
    assert _site_before_work({"title": "Marsh Family Work Party"}) is None
    assert _reading("Marsh Family Work Party")[::2] != ("outdoors_nature", "rules")


@pytest.mark.parametrize(
    "title", ["Busse Woods Workday", "Heron Marsh Nature Preserve Workday", "Sand Ridge Prairie Workday"]
)
def test_a_site_ending_with_its_word_is_still_read(title):
    assert _site_before_work({"title": title}) is not None
