"""review59: cats40's physique rules probed with listings of this file's own (events/pipeline/categorize/
rules_physique_checks.py): another show's prejudging and bodybuilding as an exhibition's or a fair's subject are no
contest; the author's own contests still are. (The prejudging title rule was dropped at merge by the lead, so a
prejudging title is no longer the rule's either way: its cases stay here as negatives.)"""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def _reading(title: str, description: str | None = None) -> tuple[str, str | None, str]:
    result = categorize_batch([{"title": title, "venue_name": None, "description": description}])[0]
    return result.category, result.subcategory, result.method


@pytest.mark.parametrize(
    ("title", "description"),
    [
        ("Dog Show Pre-Judging", None),
        ("County Quilt Show: Pre-Judging Day", "Quilts are judged before the show opens."),
        ("Wine Competition Prejudging", None),
        ("Pumping Iron: photographs of 1970s bodybuilding", "An exhibition of photographs at the gallery."),
        ("Bodybuilding Expo & Supplement Fair", "Stalls, samples and trade stands."),
    ],
)
def test_another_shows_prejudging_or_bodybuilding_as_a_subject_is_no_contest(title: str, description: str | None):
    category, subcategory, method = _reading(title, description)
    assert method != "rules" or (category, subcategory) != ("sports_fitness", "spectator-sports")


@pytest.mark.parametrize("title", ["Mid-South Bodybuilding Championships", "Regional Bodybuilding Show 2031"])
def test_a_physique_contest_is_still_a_sport_watched(title: str):  # the rule's own shapes
    assert _reading(title) == ("sports_fitness", "spectator-sports", "rules")
