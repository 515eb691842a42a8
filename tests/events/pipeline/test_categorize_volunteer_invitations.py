"""A call for volunteers written as an invitation in the imperative (helper cats17, from test11's seen misses: a city
programme's restoration listed as "Volunteer with Green Tukwila. Join … as we … remove invasive plants, plant young
trees"): "Volunteer with/at/for …" opening the description is a call, as "Volunteers needed" is, so the listing is
volunteering (community_civic/volunteering) whatever the event is. Read on the raw words: a plural subject
("Volunteers with decades on the trails lead …") or a volunteer named inside the sentence is none. Texts of our own."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.rules_volunteers import calls_for_volunteers, invites_to_volunteer


def result(record: dict[str, str]) -> tuple[str, str | None]:
    found = categorize_batch([record])[0]
    return found.category, found.subcategory


@pytest.mark.parametrize(
    "record",
    [
        {
            "title": "Quorvane Creek Event",
            "description": "Volunteer with Green Quorvane. Join our staff and forest stewards as we restore the "
            "creek's banks: remove invasive plants and plant young trees.",
        },
        {
            "title": "Saturday at Elm Street",
            "description": "Come volunteer at the Elm Street food pantry! Sort donations and pack boxes for families.",
        },
        {
            "title": "Marlow Park Spring Day",
            "description": "Please volunteer for our spring day in the park: we rake the paths and plant bulbs.",
        },
        {
            "title": "Harvest Festival 2031",
            "description": "Volunteer for the harvest festival: we need hands at the gates and the pie stall.",
        },
    ],
)
def test_a_listing_that_opens_by_inviting_volunteers_is_volunteering(record):
    assert calls_for_volunteers(record["description"])
    assert result(record) == ("community_civic", "volunteering")


@pytest.mark.parametrize(
    ("record", "category"),
    [
        # A plural subject: the volunteers lead the walk, nobody is asked to volunteer.
        (
            {
                "title": "Ridge Trail Nature Walk",
                "description": "Volunteers with decades on the trails lead this two-hour guided walk along the ridge.",
            },
            "outdoors_nature",
        ),
        # A volunteer named inside the sentence, not an invitation.
        (
            {
                "title": "Quorvane Jazz Night",
                "description": "Our volunteer with the most hours this year opens the night with a trumpet solo, then "
                "the quartet plays two sets of jazz.",
            },
            "music",
        ),
        # The invitation after the event's own words: still the festival's page.
        (
            {
                "title": "Quorvane Street Fest",
                "description": "Three stages of live bands and food trucks. Volunteer with us: sign up at the booth.",
            },
            "markets_fairs",
        ),
    ],
)
def test_volunteers_named_but_not_invited_decide_nothing(record, category):
    assert not calls_for_volunteers(record["description"])
    assert result(record)[0] == category


@pytest.mark.parametrize(
    ("sentence", "invites"),
    [
        ("Volunteer with Green Quorvane.", True),
        ("Come volunteer at the pantry!", True),
        ("Please volunteer for a shift", True),
        ("Volunteers with experience lead the tour.", False),
        ("Volunteer", False),
        ("", False),
        ("Volunteer coordinators meet monthly.", False),
    ],
)
def test_the_invitation_is_read_on_the_raw_words(sentence, invites):
    assert invites_to_volunteer(sentence) is invites
