"""A profession's association meeting as a body is a conference of its members (helper cats12): "State Bar Annual
Meeting" was read as a government board's meeting. Our taxonomy files a trade's or a profession's conference under
tech_business/conferences; a public body's or residents' meeting stays community_civic. Texts of our own."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.rules_professions import names_a_gathering


def result(record: dict[str, str]) -> tuple[str, str | None, str]:
    found = categorize_batch([record])[0]
    return found.category, found.subcategory, found.method


@pytest.mark.parametrize(
    "title",
    [
        "State Bar Annual Meeting",
        "State Bar of Quorvania Annual Meeting",
        "Quorvane County Bar Association Midyear Meeting",
        "Valley Medical Society Annual Meeting",
        "Greater Quorvane Chamber of Commerce Annual Meeting",
        "Prairie Dental Association Summit",
    ],
)
def test_a_professions_association_meeting_is_a_conference(title):
    assert result({"title": title}) == ("tech_business", "conferences", "rules")


@pytest.mark.parametrize(
    ("record", "why"),
    [
        # Residents and owners are no profession: their annual meeting is a community's.
        ({"title": "Quorvane Heights Neighborhood Association Annual Meeting"}, "residents"),
        # A public body's annual meeting stays the body's.
        ({"title": "Board of Supervisors Annual Meeting"}, "a public body"),
    ],
)
def test_other_annual_meetings_stay_civic(record, why):
    assert result(record)[0] == "community_civic", why


@pytest.mark.parametrize(
    "title",
    [
        # The association's services and good works name no members' gathering: the rule stays silent (a blood
        # drive is still decided by its own rule).
        "Bar Association Pro Bono Legal Clinic",
        "Medical Society Blood Drive",
        "Chamber of Commerce Ribbon Cutting",
        "State Bar Lawyer Referral Day",
    ],
)
def test_an_associations_other_events_are_not_decided_by_it(title):
    assert result({"title": title}) != ("tech_business", "conferences", "rules")


@pytest.mark.parametrize(
    ("title", "gathering"),
    [
        ("State Bar Annual Meeting", True),
        ("Bar Association Mid-Year Meeting", True),
        ("Annual Bar Meeting", False),  # the words apart are no gathering's phrase
        ("Meeting of the Annual Fund Committee", False),
        ("", False),
    ],
)
def test_a_gathering_is_named_by_consecutive_words(title, gathering):
    assert names_a_gathering(title) is gathering
