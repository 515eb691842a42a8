"""Phrases the categorizer's rules read in one sense that ordinary listings write in another (chosen on dev and its
local second part, helper cats6): "stand up for" is the verb of a campaign, not stand-up comedy. Texts of our own."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def result(record: dict[str, str]) -> tuple[str, str]:
    found = categorize_batch([record])[0]
    return found.category, found.method


@pytest.mark.parametrize(
    "description",
    [
        "Meet other volunteers and learn how you can stand up for tenants' rights in our city.",
        "Ready to stand up to the polluters? Bring a sign and a friend.",
        "We stand up against hate, together. Snacks provided.",
        "Come stand up and be counted: the council votes on Tuesday.",
    ],
)
def test_stand_up_as_a_verb_does_not_make_a_listing_comedy(description):
    category, method = result({"title": "Neighbours' Evening", "description": description})
    assert (category, method) != ("comedy", "rules")


@pytest.mark.parametrize(
    "record",
    [
        {"title": "Friday Night Stand-Up"},
        {"title": "Stand Up at the Crown"},
        {"title": "Late Show", "description": "An hour of stand-up from three local comics."},
        {"title": "Late Show", "description": "An evening of stand up with the best new acts."},
    ],
)
def test_stand_up_comedy_is_still_comedy(record):
    assert result(record) == ("comedy", "rules")
