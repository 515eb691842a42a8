"""Subject rules (events/pipeline/categorize/rules.py, modes "field" and "field_any"): the words a developers' group
uses for what it meets about ("programming", "GraphQL", "WordPress") name a tech meetup, unless the title is a class
or a workshop, which education may claim. These assert which decider settled the event, not what the model scores.
"""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def one(record):
    return categorize_batch([record])[0]


@pytest.mark.parametrize(
    "record",
    [
        {"title": "Programmers' Lunch", "description": "Bring a sandwich and a question."},
        {"title": "GraphQL Night", "description": None},
        {"title": "WordPress Meetup: Faster Sites", "description": "Pizza at six, then the talk."},
        {"title": "Linux Users Gathering", "description": "Install help for anyone who needs it."},
        {"title": "Kubernetes and Coffee", "description": None},
        # a software working group: its subject decides, the public-body words do not (they are left to the model)
        {"title": "Kubernetes Storage Working Group", "description": None},
        # a description decides through phrases no other kind of event uses, when the title has no rule of its own
        {"title": "Monthly Gathering", "description": "We talk about programming languages and the tools we use."},
        {"title": "Second Tuesday", "description": "An evening for web developers: short demos, then drinks."},
        # the infrastructure tools a talks night is titled by, and named in its description (talks listed by title)
        {"title": "Helm Charts & Microservices on a Budget", "description": None},
        {"title": "Serverless Without Tears", "description": "Two speakers, then pizza."},
        {"title": "Spring Edition", "description": "Talks: running K8s at home; what GitOps changed for us"},
        {"title": "Autumn Talks Night", "description": "Talks: OpenTelemetry in practice; Terraform state, explained"},
        {"title": "Builds and Beyond", "description": "A look at Docker layer caching, and a live demo on GitHub"},
    ],
)
def test_a_developers_subject_names_a_tech_meetup(record):
    result = one(record)
    assert (result.category, result.method) == ("tech_business", "rules")
    assert "tech" in result.tags


@pytest.mark.parametrize(
    "title",
    [
        "Intro to Programming",
        "JavaScript Workshop for Beginners",
        "Python Classes: Learn Software Basics",
        "Web Developer Bootcamp",
        "Kubernetes Workshop for Beginners",
        "Intro to Serverless: a Hands-on Class",
    ],
)
def test_a_class_or_workshop_on_the_subject_is_left_to_the_model(title):
    # A programming class is education's to claim: the subject rule stays silent and the model decides.
    result = one({"title": title, "description": "Laptops provided."})
    assert result.method == "model"
    assert "tech" not in result.tags


@pytest.mark.parametrize(
    "record",
    [
        # a property developer, software and coding in passing: single words decide only from a title
        {"title": "Riverside Plaza Update", "description": "The developer will present the site plan."},
        {"title": "Summer Photo Walk", "description": "Bring a camera; editing software is optional."},
        {"title": "Season Preview Night", "description": "A first look at our programming for the year."},
    ],
)
def test_a_subject_word_in_passing_in_a_description_does_not_decide(record):
    result = one(record)
    assert result.method == "model"


def test_a_meeting_title_outvotes_a_subject_in_the_description():
    # the title's rule decides; a description's tech phrase is a passing mention there
    result = one({"title": "City Council Meeting", "description": "Item 4: a contract for open source software."})
    assert (result.category, result.method) == ("community_civic", "rules")


@pytest.mark.parametrize(
    "record",
    [
        # a tool's name in the description is the talk's subject only where the title is not a class: a workshop
        # on it stays education's to claim, and the model decides
        {"title": "Weekend Workshop", "description": "Hands-on: deploy your first app with Docker and Kubernetes."},
        # the new title words never reach past a title into other kinds of events
        {"title": "Observatory Open Night", "description": "Telescopes on the lawn; cloud cover permitting."},
        {"title": "Container Gardening Basics", "description": "Grow tomatoes on a balcony."},
    ],
)
def test_a_tool_named_in_passing_or_beside_a_class_does_not_decide(record):
    result = one(record)
    assert result.method == "model"
    assert "tech" not in result.tags


@pytest.mark.parametrize(
    "record",
    [
        # Review: one tool's name in a description is a passing mention as often as a subject (a choir's rehearsal
        # tracks, a festival's sign-up page, a street named Docker); a talks night on infrastructure names several.
        {"title": "Spring Choir Concert", "description": "We sing Brahms. Rehearsal tracks are on GitHub."},
        {"title": "Harbour Festival", "description": "Live bands, food trucks. Docker Street car park opens at 9."},
        {"title": "Harbour Festival", "description": "Live bands and food trucks; volunteers sign up on GitHub."},
    ],
)
def test_one_tool_named_in_a_description_does_not_decide(record):
    result = one(record)
    # The choir's concert is decided by its title's own word ("concert", rules_music_nights.py); the festivals by the
    # model. The tool in the description decides neither.
    assert result.method == "model" or (result.category, result.method) == ("music", "rules")
    assert (result.category, result.subcategory) != ("tech_business", "meetups")


def test_a_tool_beside_another_developers_subject_in_a_description_decides():
    result = one(
        {
            "title": "Winter Edition",
            "description": "Talks: chaos engineering for the rest of us; GitHub Actions at scale",
        }
    )
    assert (result.category, result.subcategory, result.method) == ("tech_business", "meetups", "rules")
