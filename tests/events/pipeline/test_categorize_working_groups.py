"""A working group's meeting, read from the group's name at the title's end (helper cats14, rules_bodies.py). Found on
the dev split and the training corpus's held-out split: a public agency's "… Working Group" meetings were read as
sports_fitness and tech_business. A software or standards community's working group is left to its subject and the
model (the hard negatives of test_categorize_listings.py and test_categorize_subjects.py, and those below). Texts of
our own."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def result(record: dict[str, str | None]) -> tuple[str, str | None, str]:
    found = categorize_batch([record])[0]
    return found.category, found.subcategory, found.method


@pytest.mark.parametrize(
    "record",
    [
        {"title": "Quorvane County Reentry Working Group", "description": "Via Microsoft Teams / teleconference"},
        {
            "title": "PRETRIAL SERVICES WORKING GROUP: June 14, 2024",
            "description": "PRETRIAL SERVICES WORKING GROUP June 14, 2024, 9:00 AM-10:00 AM Location: Via Webex",
        },
        {"title": "Affordable Housing Working Group Meeting"},
        {"title": "Youth Violence Prevention Working Groups"},
    ],
)
def test_a_working_groups_meeting_is_a_public_bodys(record):
    assert result(record) == ("community_civic", "government-boards", "rules")


@pytest.mark.parametrize(
    ("record", "why"),
    [
        # The group only organizes the event: the phrase does not end the title's name.
        ({"title": "Climate Working Group Potluck"}, "a potluck"),
        ({"title": "Working Group Family Picnic in Quorvane Park"}, "a picnic"),
    ],
)
def test_a_working_group_inside_a_longer_title_decides_nothing(record, why):
    assert result(record) != ("community_civic", "government-boards", "rules"), why


@pytest.mark.parametrize(
    "record",
    [
        # a developers' subject the rules know decides, as before
        {"title": "Kubernetes Storage Working Group", "description": "Biweekly sync of the storage SIG."},
        {"title": "Open Source Licensing Working Group"},
        # a programming language or a standards body the rules leave out alone: the model reads the title
        {"title": "Python Packaging Working Group"},
        {"title": "Rust Async Working Group"},
        {"title": "W3C Web Payments Working Group"},
    ],
)
def test_a_software_communitys_working_group_is_not_a_public_body(record):
    assert result(record)[:2] != ("community_civic", "government-boards")
