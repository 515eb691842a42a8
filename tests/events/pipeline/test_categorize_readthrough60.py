"""Counts are no age limits (read-through 60, finding 9; mend helper 60b; events/pipeline/categorize/age_limits.py).

cats41's marking turned "running for 20+ years", "Group discounts for 15+ people", "Teams of 12+ welcome" and "No
kids? No problem" into the word ``agelimit``: a count after "for" or "of", and a question that is no policy. The
marking now refuses a plus a counted plural noun follows or "of" leads, and "no kids/children" without its policy's
word, "under N" or the sentence's end. The training corpus's marked text is unchanged by this (every description of
events/pipeline/data/corpus and bench/corpus/categories marks as before), so the model is not retrained.
"""

from __future__ import annotations

import pytest

from events.pipeline.categorize.age_limits import LIMIT, mark_age_limits


@pytest.mark.parametrize(
    "text",
    [
        "We have been running for 20+ years.",
        "Group discounts for 15+ people",
        "Teams of 12+ welcome",
        "Groups of 20+ please book ahead.",
        "No kids? No problem, come anyway",
        "No kids club this week: the hall is being painted.",
        "Suitable for 30+ minutes of walking.",
    ],
)
def test_a_count_or_a_question_is_no_age_limit(text: str) -> None:
    assert LIMIT not in mark_age_limits(text)


@pytest.mark.parametrize(
    "text",
    [
        "Doors 7pm, 18+ with ID",  # a door policy
        "Suitable for 16+ audiences.",  # an audience's, not a count's noun
        "Ages 18+ years.",  # an age word: years of age
        "For 18+ only.",
        "Late show. No children.",  # the sentence's end
        "No kids allowed",
        "No children under 14 please",
        "No children under 14.",
        "Teams welcome. 18+",
    ],
)
def test_a_door_policy_is_still_one_word(text: str) -> None:  # hard negatives
    assert LIMIT in mark_age_limits(text)
