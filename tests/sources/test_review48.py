"""review48: a both-ways review of apis74's roll-call votes and of JSON flags written as 1/0 (docs/real-world-sources-log.md,
"### review48"), on small documents of our own read by the real extractor (``tests.sources.helpers.json_events``):

* ``_json_votes``: a side's count must be the key's whole sense ("yeas", "yes_count", "no_votes"): a meetup's
  "rsvp_yes"/"rsvp_no" tallies and an event's "ticket_no" beside an "attendees_yes" count are no votes; a list of
  yes/no counts is a tally only under a key naming votes or counts (an event's "poll" is none);
* ``_json_flag_words.counted_key`` (``_json_shapes.flag_column``): 0s and 1s under a key that counts something
  ("canceled_count", "num_cancelled", "cancelled_seats", "all_day_slots", "online_count", "users_online",
  "online_attendees") are numbers, not a flag's.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from collections.abc import Callable
from typing import Any

import pytest

from sources.adapters._json_flag_words import counted_key
from sources.adapters._json_votes import vote_items
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
WINDOW = FetchWindow(dt.datetime(2031, 1, 31, tzinfo=CHICAGO), dt.datetime(2032, 1, 31, tzinfo=CHICAGO))
events_of = functools.partial(json_events, window=WINDOW, zone=CHICAGO)
TITLES = ("Town Picnic", "Jazz Night", "Book Sale", "Quiz Night", "Harvest Fair", "Film Club")


def calendar(extra: Callable[[int], dict[str, Any]]) -> dict[str, Any]:
    """Six timed events at named places (under "location", which no happening's guard reads), each with ``extra``."""
    rows = [
        {"id": index + 1, "title": title, "date": f"2031-05-{index + 3:02d}T19:00:00", "location": f"Hall {index}"}
        | extra(index)
        for index, title in enumerate(TITLES)
    ]
    return {"events": rows}


@pytest.mark.parametrize(
    "extra",
    [
        lambda index: {"rsvp_yes": 10 + index, "rsvp_no": index},
        lambda index: {"ticket_no": 100 + index, "attendees_yes": 5},
        lambda index: {"poll": [{"option": "yes", "count": 4}, {"option": "no", "count": index}]},
    ],
    ids=["rsvp tallies", "ticket number", "a poll"],
)
def test_events_with_yes_and_no_counts_that_are_no_votes_are_read(extra):
    assert [event["title"] for event in events_of(calendar(extra))] == list(TITLES)


def test_roll_call_votes_are_still_refused():
    votes = [
        {"bill": {"name": f"Docket #{index}"}, "date": f"2031-01-{index + 10}", "organization": "City Council",
         "motion": "Councilor offered the following", "passed": index % 2 == 0,
         "vote_counts": [{"count": 4, "vote_type": "yes"}, {"count": 9, "vote_type": "no"}]}
        for index in range(6)
    ]  # fmt: skip
    assert events_of({"results": votes}) == []
    yeas = [{"id": index, "question": f"On Passage HB {index}", "date": f"2031-03-{index + 10}", "yeas": 50 + index,
             "nays": 40, "no_votes": 3} for index in range(6)]  # fmt: skip
    assert vote_items(yeas)
    assert events_of({"votes": yeas}) == []


@pytest.mark.parametrize(
    ("key", "field", "kept"),
    [
        ("canceled_count", "status", "scheduled"),
        ("num_cancelled", "status", "scheduled"),
        ("cancelled_seats", "status", "scheduled"),
        ("online_count", "online", False),
        ("users_online", "online", False),
        ("online_attendees", "online", False),
    ],
)
def test_a_count_of_zeros_and_ones_is_no_flag(key, field, kept):
    found = events_of(calendar(lambda index: {key: [0, 1, 0, 0, 1, 1][index]}))
    assert [event[field] for event in found] == [kept] * len(TITLES)


def test_a_count_of_all_day_slots_leaves_timed_items_timed():
    found = events_of(calendar(lambda index: {"all_day_slots": [0, 1, 0, 0, 1, 0][index]}))
    assert [event["all_day"] for event in found] == [False] * len(TITLES)


@pytest.mark.parametrize(
    ("key", "field", "said"), [("cancelled", "status", "cancelled"), ("is_online", "online", True)]
)
def test_a_flag_written_as_one_and_zero_still_reads(key, field, said):
    found = events_of(calendar(lambda index: {key: index % 2}))
    assert [event[field] for event in found][:2] != [said, said]
    assert found[1][field] == said


def test_counted_keys():
    assert counted_key(["canceled", "count"], [0, 1])
    assert not counted_key(["canceled", "count"], ["no", "yes"])  # words are a flag's, whatever the key
    assert not counted_key(["is", "free"], [0, 1])
