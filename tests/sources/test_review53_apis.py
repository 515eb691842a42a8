"""review53: the JSON rules that landed this session probed both ways (docs/review53-probes.md). What misfired and is
mended here:

* ``_json_dated_ranges``: a run in one month with its daily hours ("2 - 8 March 2031 10:00-16:00") ended on its first
  day at 16:00; it ends on its last day, as the page reader reads it. A run whose hours follow its last day ("Mon 2
  March 2031 - Sun 8 March 2031 10:00-16:00") was no reading at all; it reads from 10:00 on the first day to 16:00 on
  the last. A column whose first value is written with a month no English month begins ("8. März 2031 - 12. April
  2031", "12 mai 2031 - 14 mai 2031") never reached the reader (``_json_shapes`` tried formats only on a value that
  looks like an English date), so the document stayed unread;
* ``_json_votes``: a date-only fixture list with an RSVP tally was still refused as roll-call votes where an item's
  "question" was put to the reader ("Can you bring a dish to pass?", "Will you help at the school assembly?") or its
  "result" was a match's ("W 3-1 (House League)", "Lost 1-2, upper bracket"). Those values are no vote's now; a
  vote's "Passed 7-2", "On Passage", "Carried" still refuse the list.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections.abc import Callable
from typing import Any

import pytest

from sources.adapters._json_dated_ranges import DATED_RANGE, DATED_RANGE_END, dated_range_moment
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events
from tests.sources.test_review50_apis import events_of  # review50's window and zone: the rule under review
from tests.sources.test_review52_apis import RSVP, fixtures  # review52's fixture list with an RSVP tally

UTC = dt.UTC
LONDON = zoneinfo.ZoneInfo("Europe/London")
read_json = functools.partial(
    json_events,
    window=FetchWindow(dt.datetime(2031, 1, 1, tzinfo=LONDON), dt.datetime(2032, 1, 1, tzinfo=LONDON)),
    zone=LONDON,
)


def at(day: int, hour: int, month: int = 3) -> dt.datetime:
    return dt.datetime(2031, month, day, hour, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("2 - 8 March 2031 10:00-16:00", at(2, 10), at(8, 16)),  # the run's hours end on its last day
        ("Mon 2 March 2031 - Sun 8 March 2031 10:00-16:00", at(2, 10), at(8, 16)),
        ("2 Mar 2031 - 8 Mar 2031 22:00-02:00", at(2, 22), at(9, 2)),  # past midnight after the last day
        ("6 - 8 March 2031 22:00 - 02:00", at(6, 22), at(9, 2)),
        # as before
        ("8 Mar 2031 10:00am - 2:00pm", at(8, 10), at(8, 14)),
        ("8 Mar 2031 - 9 Mar 2031 10:00", dt.date(2031, 3, 8), at(9, 10)),  # one clock after the last day: its end
        ("Sat 8 Mar 2031 19:30 - 9 Mar 2031 10:00", at(8, 19) + dt.timedelta(minutes=30), at(9, 10)),
    ],
)
def test_a_runs_hours_end_on_its_last_day(text: str, start: object, end: object) -> None:
    assert dated_range_moment(text, DATED_RANGE, UTC) == start
    assert dated_range_moment(text, DATED_RANGE_END, UTC) == end


@pytest.mark.parametrize(
    "text",
    [
        "8 Mar 2031 10:00 - 9 Mar 2031 11:00-12:00",  # a clock after each day and a range: no run
        "8 Mar 2031 10:00 - 12:00 & 14:00 - 16:00",  # two sessions
        "8 Mar 2031 - 9 Mar 2031 10:00-16:00 daily",  # words after
    ],
)
def test_texts_that_are_still_no_dated_range(text: str) -> None:
    assert dated_range_moment(text, DATED_RANGE, UTC) is None


def listing(dates: list[str]) -> dict[str, Any]:
    return {
        "status": 200,
        "objects": [
            {
                "event_id": index,
                "event_title": f"Workshop {index}",
                "place_title": "Central Library",
                "event_date": date,
            }
            for index, date in enumerate(dates, 1)
        ],
    }


@pytest.mark.parametrize(
    "dates",
    [
        ["8. März 2031 - 12. April 2031", "15. März 2031 19:30 - 22:00", "20. März 2031"],
        ["12 mai 2031 - 14 mai 2031", "3 juin 2031", "8 mars 2031 - 9 mars 2031"],
    ],
)
def test_a_column_of_runs_in_another_languages_months_is_read(dates: list[str]) -> None:
    events = read_json(listing(dates))
    assert [event["title"] for event in events] == ["Workshop 1", "Workshop 2", "Workshop 3"]
    assert events[0]["end"] is not None


def test_a_column_of_words_in_another_language_stays_unread() -> None:
    # hard negative: no run, no day with its year
    assert read_json(listing(["nach Vereinbarung", "jeden zweiten Mittwoch", "auf Anfrage"])) == []


@pytest.mark.parametrize(
    "extra",
    [
        lambda index: {"question": "Can you bring a dish to pass?", **RSVP},
        lambda index: {"question": "Will you help at the school assembly?", **RSVP},
        lambda index: {"question": "Coming to the house party after?", **RSVP},
        lambda index: {"result": "W 3-1 (House League)" if index < 2 else None, **RSVP},
        lambda index: {"result": "Lost 1-2, upper bracket", **RSVP},
    ],
)
def test_a_poll_question_or_a_matchs_result_beside_an_rsvp_tally_is_no_vote(
    extra: Callable[[int], dict[str, Any]],
) -> None:
    assert len(events_of(fixtures(extra))) == 4


@pytest.mark.parametrize(
    "extra",
    [
        lambda index: {"result": "Passed 7-2", **RSVP},  # a vote's tally in its result: still a vote
        lambda index: {"question": "On Passage of the Bill", **RSVP},
        lambda index: {"decision": "Carried", **RSVP},
        lambda index: {"result": "Pass", **RSVP},
    ],
)
def test_a_votes_result_or_question_still_refuses_the_list(extra: Callable[[int], dict[str, Any]]) -> None:
    assert events_of(fixtures(extra)) == []
