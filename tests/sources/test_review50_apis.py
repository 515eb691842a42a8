"""review50: JSON flags under a parent that counts, and tallies of answers that are no roll-call votes, on small
documents of our own:

* ``_json_flag_words.counted_key``: a bare "free" or "online" key under a parent that counts ("tickets": {"free": 1,
  "sold": 20}, "attendance": {"online": 1, "in_person": 20}) made events free and online; a bare key holding
  other numbers (3, 12) was no flag already, and still is not.
* ``_json_votes``: date-only events with "yes_count"/"no_count" or "rsvp_counts" of responses were refused whole as
  votes. "yes_count" and a list of "counts" are a vote's tally only beside what was decided (a motion, a bill, a
  question, a result); "yeas"/"nays", "no_votes", "vote_counts" and Open States' "option" entries still are.
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

LONDON = zoneinfo.ZoneInfo("Europe/London")
events_of = functools.partial(
    json_events,
    window=FetchWindow(dt.datetime(2031, 1, 1, tzinfo=LONDON), dt.datetime(2031, 12, 30, tzinfo=LONDON)),
    zone=LONDON,
)


def talks(extra: Callable[[int], dict[str, Any]]) -> dict[str, Any]:
    return {
        "events": [
            {"title": f"Talk {index}", "date": f"2031-05-{index + 3:02d}T19:00:00", "location": f"Hall {index}"}
            | extra(index)
            for index in range(4)
        ]
    }


def test_a_free_or_online_count_under_a_counting_parent_is_no_flag() -> None:
    tickets = events_of(talks(lambda index: {"tickets": {"free": index % 2, "sold": 20}}))
    assert {event["cost_type"] for event in tickets} == {"unknown"}
    attendance = events_of(talks(lambda index: {"attendance": {"online": index % 2, "in_person": 20}}))
    assert not [event for event in attendance if event.get("online")]


@pytest.mark.parametrize(
    ("key", "field", "said"),
    [("cancelled", "status", "cancelled"), ("free", "cost_type", "free"), ("online", "online", True)],
)
def test_bare_flags_of_ones_and_zeros_still_read(key: str, field: str, said: object) -> None:
    read = events_of(talks(lambda index: {key: index % 2}))
    assert [event[field] == said for event in read] == [False, True, False, True]


@pytest.mark.parametrize("values", [[3, 0, 1, 2], [12, 12, 12, 12], [0, 1, 2, 0]])
@pytest.mark.parametrize("key", ["cancelled", "free", "online"])
def test_bare_keys_holding_other_counts_are_no_flags(key: str, values: list[int]) -> None:
    read = events_of(talks(lambda index: {key: values[index]}))
    assert len(read) == 4
    assert not [e for e in read if e["status"] == "cancelled" or e["cost_type"] == "free" or e.get("online")]


def test_counted_key_reads_the_parent() -> None:
    assert counted_key(["free"], [1, 0], "tickets.free")
    assert counted_key(["online"], [1, 0], "attendance.online")
    assert not counted_key(["free"], [1, 0], "event.free")
    assert not counted_key(["is", "free"], [1, 0], "tickets.is_free")  # a ticket's own flag: two words
    assert not counted_key(["free"], [True, False], "tickets.free")  # true/false: a flag


RSVPS = [("Summer BBQ", "2031-06-07", 23, 4), ("Quiz Night", "2031-06-14", 15, 2), ("Beach Clean", "2031-06-21", 9, 1)]


def test_date_only_events_with_answer_tallies_are_events() -> None:
    counted = [{"title": title, "date": day, "yes_count": yes, "no_count": no} for title, day, yes, no in RSVPS]
    listed = [
        {
            "title": title,
            "date": day,
            "rsvp_counts": [{"response": "yes", "count": yes}, {"response": "no", "count": no}],
        }
        for title, day, yes, no in RSVPS
    ]
    for items in (counted, listed):
        assert not vote_items(items)
        assert [event["title"] for event in events_of({"events": items})] == ["Summer BBQ", "Quiz Night", "Beach Clean"]


@pytest.mark.parametrize(
    "item",
    [
        lambda index: {"title": f"HB {index}", "yes_count": 50, "no_count": 40, "result": "passed"},
        lambda index: {"motion": f"Motion {index}", "yes_count": 5, "no_count": 4},
        lambda index: {"name": f"Bill {index}", "yes_votes": 5, "no_votes": 4},
        lambda index: {"name": f"Bill {index}", "yeas": 5, "nays": 4},
        lambda index: {"description": f"Ordinance {index}", "counts": [{"option": "yes", "value": 5},
                                                                        {"option": "no", "value": 4}]},
    ],
    ids=["result", "motion", "yes_votes", "yeas", "option counts"],
)  # fmt: skip
def test_roll_call_votes_are_still_refused(item: Callable[[int], dict[str, Any]]) -> None:
    votes = [item(index) | {"date": f"2031-03-1{index}"} for index in range(3)]
    assert vote_items(votes)
    assert events_of({"results": votes}) == []
