"""test26's misses by cause, as general rules (helper cats32, issue #13; listings of our own, none from a test split):

* a developers' talk titled by the language, the framework or the protocol alone is a tech meetup
  (events/pipeline/categorize/rules_tech_talks.py), unless the title names a class or a workshop;
* a volunteers' workday whose title names its natural site right before the work, a compass point allowed after the
  site's name ("<Site> Woods South Workday"), is the land work (rules_work_parties._site_before_work).
Each with the look-alikes that must keep their reading.
"""

from __future__ import annotations

import pytest

from events.pipeline.categorize.rules_work_parties import _site_before_work

from .test_categorize_professions import result


def _reading(title: str, venue: str | None = None) -> tuple[str, str | None, str]:
    return result({"title": title, "venue_name": venue} if venue else {"title": title})


@pytest.mark.parametrize(
    "title",
    [
        "Coroutines in Practice with Kotlin",
        "Mapping Entities with Doctrine ORM",
        "Building Dashboards in Vue.js",
        "Home Automation over MQTT",
        "Backend Patterns for Busy Teams",
        "Shipping a React Native App in a Month",
        "Property-Based Testing in Clojure",
        "Our Git Workflow, Revisited",
        "Sensors, Gateways and the Internet of Things",
    ],
)
def test_a_talk_titled_by_a_programmers_tool_is_a_tech_meetup(title):
    assert _reading(title)[::2] == ("tech_business", "rules")


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Orm Family Reunion", "Oak Hall"),  # a family name, not an ORM
        ("Git-R-Done Comedy Tour", "Grand Theatre"),  # a comic's catchphrase
        ("Kotlin Workshop for Beginners", "Eastside Branch Library"),  # a class: the model's, education's to claim
        ("Intro to Vue.js Class", None),
        ("Swift Tribute Night", "The Blue Room"),  # a singer's name, not the language
        ("Rust Removal Demo", "Hardware Store"),
        ("Front End Loader Safety Training", "County Yard"),  # "front end" is left out
        ("Haskell Indian Nations University Powwow", None),  # a family name and a place's, not the language
    ],
)
def test_look_alikes_are_not_decided_by_the_tools(title, venue):
    category, _, method = _reading(title, venue)
    assert (category, method) != ("tech_business", "rules")


@pytest.mark.parametrize(
    "title",
    [
        "Alder Woods South Workday",
        "Cedar Woods North Work Party",
        "Heron Marsh Nature Preserve Workday",
        "Maple Woods East Work Day",
    ],
)
def test_a_workday_named_by_its_natural_site_is_the_land_work(title):
    assert _reading(title) == ("outdoors_nature", "clean-ups", "rules")
    assert _site_before_work({"title": title}) is not None


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Office Park East Workday", None),  # a park's weak name, an office's
        ("Westfield Woods Mall Work Party", None),  # a mall
        ("Church East Workday", None),
        ("East Workday", None),  # a compass point alone names no site
        ("Alder Woods South", None),  # no work named
        ("Alder Woods South Workday", "Food Bank Warehouse"),  # the venue decides, not the title's site
        ("Workday Payroll Training", None),  # the software's name, nothing before it
    ],
)
def test_a_title_naming_no_natural_site_before_its_work_is_not_read_as_one(title, venue):
    assert _site_before_work({"title": title, "venue_name": venue}) is None


def test_another_kind_named_in_the_title_keeps_deciding():
    assert _reading("Alder Woods South Workday Karaoke Night")[0] != "outdoors_nature"
