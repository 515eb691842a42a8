"""A trade's or a profession's convention or congress is a conference (helper cats9): our taxonomy files conferences
of any trade under tech_business/conferences, and the training corpus holds no title with "convention", so the model
read an association's annual convention as a public body's meeting. Texts of our own."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def result(record: dict[str, str]) -> tuple[str, str]:
    found = categorize_batch([record])[0]
    return found.category, found.method


@pytest.mark.parametrize(
    "record",
    [
        {"title": "Annual Convention of the Prairie State Dental Association"},
        {"title": "2027 Regional Convention", "venue_name": "Riverside Hyatt"},
        {"title": "Northwest Roofing Contractors Convention & Expo"},
        {"title": "Orthodontists' Convention and Exposition"},
        {"title": "World Congress of Veterinary Surgeons"},
        {"title": "12th International Congress on Soil Science"},
    ],
)
def test_a_trades_convention_or_congress_is_a_conference(record):
    assert result(record) == ("tech_business", "rules")


@pytest.mark.parametrize(
    ("record", "why"),
    [
        # A party's convention is politics: the party names it, and the two rules disagreeing leave it to the model.
        ({"title": "Annual Convention of the County Democratic Party"}, "a party's convention"),
        ({"title": "Republican Party Nominating Convention"}, "a party's nominating convention"),
        # The building is no event: a market or a fair held in a convention centre is still the market.
        ({"title": "Holiday Craft Fair at the Convention Center"}, "the convention centre as a place"),
        # A fan convention is no trade's conference: "convention" alone never decides.
        ({"title": "Comic Book Convention"}, "a fan convention"),
        # The legislature, not a conference.
        ({"title": "Congress Street Block Party"}, "a street named Congress"),
    ],
)
def test_other_conventions_and_congresses_are_not_a_trades_conference(record, why):
    assert result(record) != ("tech_business", "rules"), why
