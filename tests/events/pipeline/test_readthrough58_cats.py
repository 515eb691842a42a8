"""Read-through 58's F9, mended (helper mend58b; events/pipeline/categorize/rules_stack_talks.py): "large language
models", "agentic AI", "penetration testing" and "ethical hacking" are subjects the public hears about too, so a talk,
a panel, a debate or a careers fair on them is what the model (or another rule) says, not a tech meetup by this rule;
a developers' session on them still is. Titles are this file's own."""

from __future__ import annotations

import pytest

from events.pipeline.categorize import categorize_batch


def _reading(title: str) -> tuple[str, str | None, str]:
    result = categorize_batch([{"title": title, "venue_name": None, "description": None}])[0]
    return result.category, result.subcategory, result.method


@pytest.mark.parametrize(
    "title",
    [
        "Library Talk: Living with Large Language Models",
        "Large Language Models: A Panel for Librarians",
        "Agentic AI and Democracy: A Debate",
        "Penetration Testing Careers Fair",
    ],
)
def test_a_public_talk_or_fair_on_the_subject_is_not_decided_as_a_meetup(title):
    assert _reading(title) != ("tech_business", "meetups", "rules"), title


@pytest.mark.parametrize(
    "title",
    [
        "Large Language Models in the Enterprise",
        "Agentic AI Patterns",
        "Agentic AI: A Talk for Developers",
        "Penetration Testing War Stories",
        "Ethical Hacking Night",
        "Pentesting Panel",  # the developers' jargon: no public subject
    ],
)
def test_a_developers_session_on_the_subject_is_still_a_meetup(title):
    assert _reading(title) == ("tech_business", "meetups", "rules"), title
