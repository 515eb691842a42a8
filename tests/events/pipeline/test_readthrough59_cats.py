"""Read-through 59 finding 15 (helper mend59c): cats40's physique rule decided a film, a clinic and a gym's own
sessions as a contest watched (events/pipeline/categorize/rules_physique_checks.py). The reviewer's probe titles."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def _reading(title: str) -> tuple[str, str | None, str]:
    result = categorize_batch([{"title": title, "venue_name": None, "description": None}])[0]
    return result.category, result.subcategory, result.method


@pytest.mark.parametrize(
    "title",
    [
        "Documentary: Pumping Iron (bodybuilding film)",
        "Bodybuilding Posing Clinic",
        "Open Gym: Bodybuilding",
        "Bodybuilding meetup: gym session",
        "Women's Physique Photoshoot",
    ],
)
def test_a_film_a_clinic_or_a_gym_session_is_no_contest_watched(title: str):
    category, subcategory, method = _reading(title)
    assert not (method == "rules" and (category, subcategory) == ("sports_fitness", "spectator-sports"))


@pytest.mark.parametrize(
    "title", ["Classic Physique Open", "Mid-South Bodybuilding Championships", "Men's Physique and Bikini Championship"]
)
def test_a_contest_named_open_or_championships_still_is(title: str):  # "open" alone is the contest's word
    assert _reading(title) == ("sports_fitness", "spectator-sports", "rules")
