"""A developers' talk named by the web platform, the infrastructure or the practice it is about (helper cats39, issue
#13; events/pipeline/categorize/rules_stack_talks.py). What missed: developer conferences' and user groups' sessions
titled by the talk alone in the seen corpora ("Anatomy of a progressive web app", "Pragmatic TDD", "Pentesting Do's and
Dont's", read as concerts and sports fixtures) and a Java user group's calendar on the training side; none from a
categories test split. Titles below are this file's own. Left out on purpose: the words' other senses (a colour, a
myth, a writer, a season's boot camp, a restaurant's service workers) and a class or a workshop on the subject, which
stays the model's (education's to claim)."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def _reading(title: str, description: str | None = None) -> tuple[str, str | None, str]:
    result = categorize_batch([{"title": title, "venue_name": None, "description": description}])[0]
    return result.category, result.subcategory, result.method


@pytest.mark.parametrize(
    "title",
    [
        "Building a Progressive Web App from Scratch",
        "HTML5 Canvas Games",
        "CSS Grid and Flexbox in the Real World",
        "Web Components Without a Framework",
        "Realtime Chat with WebSockets",
        "WebRTC Video Calls in the Browser",
        "Hadoop to the Cloud: a Migration Story",
        "Apache Kafka at Scale",
        "Elasticsearch Relevance Tuning",
        "Spring Framework 6 Deep Dive",
        "Azure Functions in Production",
        "Living with a Monorepo",
        "Retrieval-Augmented Generation over Your Docs",
        "Large Language Models in the Enterprise",
        "Agentic AI Patterns",
        "TDD by Example",
        "Test-Driven Bug Fixing",
        "Pentesting for Mortals",
        "Penetration Testing War Stories",
        "Ethical Hacking Night",
    ],
)
def test_a_talk_named_by_its_stack_is_a_tech_meetup(title):
    assert _reading(title) == ("tech_business", "meetups", "rules")


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Service Workers Appreciation Luncheon", None),  # a restaurant's staff
        ("Azure Ball", None),  # a colour
        ("Côte d'Azur Wine Tasting", "food_drink"),
        ("Prometheus Bound", None),  # the myth, the play
        ("Kafka Reading Circle", None),  # the writer
        ("Rag Rug Making", None),
        ("Android Jones Live Visuals", None),  # a painter
        ("Spring Boot Camp", None),  # a fitness class in spring: whatever the model makes of it, no rule of ours
    ],
)
def test_the_words_other_senses_are_not_a_stack(title, kind):
    category, _subcategory, method = _reading(title)
    assert method != "rules" or category != "tech_business", title
    if kind is not None:
        assert category == kind, title
    if title not in ("Spring Boot Camp",):
        assert category != "tech_business", title


@pytest.mark.parametrize("title", ["HTML5 Workshop for Beginners", "Introduction to Hadoop", "TDD Bootcamp"])
def test_a_class_on_the_stack_stays_the_models(title):
    assert _reading(title)[2] == "model", title


def test_a_stack_named_only_in_the_description_does_not_decide():
    # A "field" phrase reads the title: a deaf relay line's "TDD/TTY" in a contact line decides nothing.
    category, _subcategory, method = _reading(
        "Town Council Regular Meeting", "Assisted listening available. TDD/TTY 711. Agenda posted Friday."
    )
    assert category == "community_civic"
    assert method == "rules"
