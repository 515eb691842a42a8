"""The fifty-eighth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout58.json, each file
measured once before this rule), on small documents of our own.

Programming-contest platforms' answers kept in their projects' tests: a contest answer of an RPC-style API
(``{"invocationInfo": {...}, "result": {"contestTitle", "startTime", "endTime", "problems"}}``) and its problem
list, and a contest index of epoch seconds with its problem index. The cold measure found none of the two scored
contests (0/2); one miss is a rule:

- the contest answer was unreadable: the one event sits under the document's "result" key beside the call's
  metadata, and only a document of ONE key, or keys naming items ("results", "data", "event"), were looked into.
  The document's own "result" object is now a candidate for the one event (``_json_result_member``). Not: a
  "result" deeper in (a match's score inside "data"), a result that is a user or a post (a publication stamp as
  its only date), a result that is a list.

Left: the index's contest starts at Unix second 114 (the test's mock value, 1970), which is not read as a date.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._json_result_member import result_member
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

MOSCOW = zoneinfo.ZoneInfo("Europe/Moscow")
NOW = dt.datetime(2031, 2, 1, 12, 0, tzinfo=MOSCOW)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=MOSCOW)

CONTEST = {
    "contestId": 7,
    "contestTitle": "Spring Algorithms Cup",
    "startTime": "2031-02-15T21:00:00.000+0300",
    "endTime": "2031-02-16T02:00:00.000+0300",
    "problems": [
        {"alias": "A", "problemTitle": "Counting Paths", "statement": "Count the paths."},
        {"alias": "B", "problemTitle": "Two Queues", "statement": "Merge the queues."},
    ],
}
INVOCATION = {"action": "getContestStatus", "app-name": "contest", "hostname": "node-1", "req-id": "x1"}


def _titles_starts(document: object) -> list[tuple[str, str]]:
    return [(event["title"], event["start"]) for event in events(document)]


def test_an_answers_result_beside_the_calls_metadata_is_its_one_event() -> None:
    found = events({"invocationInfo": INVOCATION, "result": CONTEST})
    assert [(e["title"], e["start"], e["end"]) for e in found] == [
        ("Spring Algorithms Cup", "2031-02-15T21:00:00+03:00", "2031-02-16T02:00:00+03:00")
    ]


def test_a_json_rpc_result_is_its_one_event() -> None:
    answer = {"jsonrpc": "2.0", "id": 4, "result": {"name": "Night Run", "start_date": "2031-03-02T20:00:00+03:00",
                                                    "venue": "Gorky Park"}}  # fmt: skip
    assert _titles_starts(answer) == [("Night Run", "2031-03-02T20:00:00+03:00")]


def test_a_result_alone_and_the_contest_bare_read_as_before() -> None:
    assert _titles_starts({"result": CONTEST}) == [("Spring Algorithms Cup", "2031-02-15T21:00:00+03:00")]
    assert _titles_starts(CONTEST) == [("Spring Algorithms Cup", "2031-02-15T21:00:00+03:00")]


def test_not_a_problem_list_as_the_result() -> None:
    problems = {"contestStatementLocales": [], "problems": [{"id": "p1", "name": "Counting Paths", "score": 85}]}
    assert events({"invocationInfo": INVOCATION, "result": problems}) == []


def test_not_a_user_returned_as_the_result() -> None:
    user = {"name": "Anna Petrova", "location": "Kazan", "created_at": "2031-02-10T09:00:00+03:00"}
    assert events({"status": "OK", "result": user}) == []


def test_not_a_result_deeper_in() -> None:
    # a "result" inside "data" is an inner record's (a match's outcome), not the answer's own member
    deeper = {"meta": {"page": 1}, "data": {"info": {"round": 2}, "result": CONTEST}}
    assert events(deeper) == []


def test_not_a_list_as_the_result_member_predicate() -> None:
    assert result_member(0, "result")
    assert result_member(0, "Result")
    assert not result_member(1, "result")
    assert not result_member(0, "results_meta")
    assert not result_member(0, "match_result")
