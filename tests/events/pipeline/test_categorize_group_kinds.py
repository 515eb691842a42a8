"""An event decided by what its group is, where the title names no kind of event (helper cats16, rules_group_kinds.py):
a software group's talk ("Porting a Shell Script to Go - Tom Hudson" by "GoSheffield"), a service club's meeting or
charity walk ("Monthly Club Meeting" by a Lions club), a book club's meeting titled by its book. Found on test10 (now
a seen part): a Go group's talk meetups read as education, arts and comedy, a Lions club's club meeting, fundraisers
and charity walk read as family, arts and health events. Texts of our own, with hard negatives: "Go" the verb,
"Lions" a football team, a bookshop's author talk, a service club's supper, a software group's workshop."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch
from events.pipeline.categorize.rules_group_kinds import GROUP_TAGS, service_club, software_group


def result(record: dict[str, str]) -> tuple[str, str]:
    found = categorize_batch([record])[0]
    return found.category, found.method


@pytest.mark.parametrize(
    "record",
    [
        {
            "title": "Porting a Build Script to Go - Ana Quorvane",
            "organizer": "GoQuorvane",
            "description": "Kubernetes Whack-A-Mole - Tel Brandt. Contributing to the Go project - Ria Moss",
        },
        {
            "title": "Why making silly things is awesome - Ria Moss",
            "organizer": "GoQuorvane",
            "description": "Helm in practice - Tel Brandt. What's new in Go 1.22 - Ana Quorvane",
        },
        {
            "title": "Testing your commands with scripts - Tel Brandt",
            "organizer": "Go Quorvane",
            "description": "Concurrency in Go, then a second talk and pizza.",
        },
        {
            "title": "Food Safety With Automated Temperature Monitoring",
            "organizer": "Quorvane IoT Pioneers",
            "description": "Join us as a local startup shows how sensors keep cold rooms at the right temperature.",
        },
        {
            "title": "Maturity Models - Ana Quorvane",
            "organizer": "Quorvane Data Analytics",
            "description": "This talk discusses pipelines and decision making at every scale.",
        },
        {
            "title": "Fearless refactoring - Ria Moss",
            "organizer": "Rust Quorvane",
            "description": "Ria shows how Rust's borrow checker helped her team rewrite a parser.",
        },
        {"title": "July: Tel Brandt", "organizer": "PyData Quorvane", "description": "Tel speaks in July."},
    ],
)
def test_a_software_groups_talk_is_a_tech_meetup(record):
    assert result(record) == ("tech_business", "rules")


@pytest.mark.parametrize(
    "record",
    [
        {
            "title": "Monthly Club Meeting",
            "organizer": "Quorvane Lions Club",
            "description": "Social, dinner and program. Arrive at 6:30PM for social hour.",
        },
        {
            "title": "Strides for Sight & Sound",
            "organizer": "Quorvane Lions Club",
            "description": "Join the walk, in person or virtually, and help raise money for the visually impaired.",
        },
        {
            "title": "Casa Quorvane Fundraiser",
            "organizer": "Quorvane Lions Club",
            "description": "Lions day at Casa Quorvane: dine in, buy a gift certificate or take out.",
        },
        {
            "title": "Night of Spectacles",
            "organizer": "Rotary Club of Quorvane",
            "description": "A benefit evening for the eye clinic, with photographs of the year's projects.",
        },
        {
            "title": "Thursday Noon Program",
            "organizer": "Quorvane Kiwanis",
            "description": "This week's speaker is the county librarian.",
        },
    ],
)
def test_a_service_clubs_event_is_community(record):
    assert result(record) == ("community_civic", "rules")


@pytest.mark.parametrize(
    "record",
    [
        {
            "title": "The Quiet Orchard by Ana Quorvane",
            "organizer": "Quorvane Book Club",
            "description": "The club meets on the fourth Monday of each month at the bookstore for lively discussion.",
        },
        {
            "title": "Session 12",
            "organizer": "Quorvane Reading Group",
            "description": "Our twelfth session: chapters seven to nine.",
        },
    ],
)
def test_a_book_clubs_meeting_is_literature(record):
    assert result(record) == ("arts_culture", "rules")


def test_the_groups_readings():
    assert software_group("GoQuorvane", "Porting a Script to Go", "")
    assert software_group("PyData Quorvane", "July: Tel Brandt", "")
    assert not software_group("Let's Go Quorvane", "Go Wild", "We go for a walk. Go on!")
    assert not software_group("Quorvane Ruby Circle", "Knitting Night", "Ruby brings the tea.")
    assert service_club("Rotary Club of Quorvane")
    assert service_club("Quorvane Lions Club")
    assert not service_club("Detroit Lions")
    assert service_club("Quorvane Sunrise Rotary")
    assert not service_club("Quorvane Rotary Engine Restorers")
    assert not service_club("Quorvane Optimists Running Crew")


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # "Go" the verb: a walking group's outing is not a Go meetup.
        (
            {
                "title": "Go Further: Ridge Loop",
                "organizer": "Let's Go Quorvane",
                "description": "Go at your own pace along the ridge; we go rain or shine. Hike of 6 miles.",
            },
            "outdoors_nature",
        ),
        # "Lions" a football team: no service club.
        (
            {
                "title": "Quorvane Lions vs. Harbour Bears",
                "organizer": "Quorvane Lions",
                "description": "Home game of the season at the stadium. Kick-off 3pm.",
            },
            "sports_fitness",
        ),
        # A bookshop's author talk: the shop is no book club (what the talk is, the rules and the model say).
        (
            {
                "title": "Author Talk: Ana Quorvane on The Quiet Orchard",
                "organizer": "Quorvane Books",
                "description": "Ana reads from her new novel and signs copies.",
            },
            None,
        ),
        # A service club's supper is a meal: the club says who serves it.
        (
            {
                "title": "Annual Seafood Boil",
                "organizer": "Quorvane Lions Club",
                "description": "Our annual picnic dinner at the park pavilion; bring a side dish.",
            },
            "food_drink",
        ),
        # A software group's workshop is a class, as its title says.
        (
            {
                "title": "Intro to Rust Workshop",
                "organizer": "Rust Quorvane",
                "description": "A hands-on Rust class for beginners; bring a laptop.",
            },
            "education",
        ),
    ],
)
def test_what_the_group_does_not_decide(record, expected):
    found = categorize_batch([record])[0]
    assert GROUP_TAGS.isdisjoint(found.tags)
    assert expected is None or found.category == expected
