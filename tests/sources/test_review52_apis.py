"""review52: review50's tallies of answers (``_json_votes``) probed both ways (docs/review52-probes.md). A date-only
fixture list whose matches carry an RSVP tally ("yes_count"/"no_count", a list of "counts" of responses) was still
refused whole as roll-call votes when an item also held a "result" (a match's "W 3-1"), an "outcome", a "question"
(a poll's "Can you bring a dish?") or a "chamber" (a concert's "Chamber Music Society"): those keys name what was
decided only by what they hold. They count now where their value is a vote's (true/false, "pass", "On Passage",
"upper"); a motion, a bill, a measure, a resolution, "yeas"/"nays" and Open States' counts still refuse the list.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.sources.test_review50_apis import events_of  # review50's window and zone: the rule under review


def fixtures(extra: Callable[[int], dict[str, Any]]) -> dict[str, Any]:
    return {
        "events": [
            {"title": f"Under 12s v Rovers {index}", "date": f"2031-05-{index + 3:02d}", "location": "Home Park"}
            | extra(index)
            for index in range(4)
        ]
    }


RSVP = {"yes_count": 11, "no_count": 2}
RESPONSES = {"counts": [{"response": "yes", "count": 9}, {"response": "no", "count": 3}]}


@pytest.mark.parametrize(
    "extra",
    [
        lambda index: {"result": "W 3-1" if index < 2 else None, **RSVP},
        lambda index: {"outcome": None, **RESPONSES},
        lambda index: {"question": "Can you bring a dish?", **RSVP},
        lambda index: {"chamber": "Chamber Music Society", **RSVP},
    ],
    ids=["result", "outcome", "question", "chamber"],
)
def test_an_rsvp_tally_beside_a_result_or_a_question_of_no_vote_keeps_the_events(extra) -> None:
    assert len(events_of(fixtures(extra))) == 4


@pytest.mark.parametrize(
    "vote",
    [
        lambda index: {"result": "pass", **RSVP},
        lambda index: {"result": "Failed", **RSVP},
        lambda index: {"question": "On Passage of the Bill", **RSVP},
        lambda index: {"chamber": "upper", **RSVP},
        lambda index: {"outcome": True, **RESPONSES},
        lambda index: {"motion": f"Motion {index}", **RSVP},
        lambda index: {"measure": "Proposition 12", **RSVP},
        lambda index: {"result": {"passed": True}, **RSVP},
    ],
    ids=["pass", "failed", "on passage", "upper", "true", "motion", "measure", "nested"],
)
def test_a_tally_beside_a_votes_result_or_question_is_still_refused(vote) -> None:
    assert events_of({"votes": fixtures(vote)["events"]}) == []
