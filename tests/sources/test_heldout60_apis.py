"""The sixtieth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout60.json, each file
measured once before these rules), on small documents of our own.

JSON answers kept in JavaScript and mobile projects: a calendar service's GraphQL answer (``data.calendar.
upcomingEvents.edges[].node``), a Facebook page answer with its events under "events", a Meetup list bundled in
an iOS app, and two hard negatives, a GitHub release and a GitHub GraphQL answer of pull requests. The cold
measure found 27 of 44 events (61.4%) and read 15 commits as events; three misses are rules:

- the GraphQL answer was unreadable: its starts and ends are JavaScript Date text ("Sat Aug 12 2017 01:00:00
  GMT+0000 (UTC)"), which no format read. Such text is now read as the RFC 2822 date it says
  (``_json_script_dates``). Not: a post's or an order's JavaScript-dated stamp, nor any other text.
- the page's three single events were lost beside its recurring ones: the reading took the occurrences listed
  in the recurring events ("event_times") as the items, and events listing none gave nothing. An event that
  lists no occurrences, where every occurrence elsewhere is a nameless slice with the event's own keys, is now
  its own one occurrence (``_json_lone_parents``, from ``_json_nested``). Not: a day with no sessions (sessions
  have names), a film with no showtime (no start of its own).
- the pull requests were read as events dated by their commits ("committedDate"). A version-control stamp
  (committed, authored, merged, pushed) is now no start (``_json_fields.NOT_DATE``). Not: a committee's
  meeting.

Left: two nodes of one game with different images are two events (printed 15 for 14).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._json_lone_parents import lone_parents
from sources.adapters._json_script_dates import rfc_text
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")
NOW = dt.datetime(2031, 6, 1, 12, 0, tzinfo=LOS_ANGELES)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
events = functools.partial(json_events, window=WINDOW, zone=LOS_ANGELES)


def _moments(document: object) -> list[tuple[str, str, str | None]]:
    return [(event["title"], event["start"], event["end"]) for event in events(document)]


def _node(name: str, start: str, end: str) -> dict[str, object]:
    return {"node": {"name": name, "dates": {"start": start, "end": end, "allDay": False}}}


# --- JavaScript Date text -------------------------------------------------------------------------------


def test_a_graphql_calendar_dated_as_javascript_writes_dates() -> None:
    edges = [
        _node("Bay Cup Final", "Sat Aug 16 2031 02:00:00 GMT+0000 (UTC)", "Sat Aug 16 2031 05:00:00 GMT+0000 (UTC)"),
        _node("Harbor Derby", "Sun Sep 21 2031 20:25:00 GMT+0000 (UTC)", "Sun Sep 21 2031 23:25:00 GMT+0000 (UTC)"),
    ]
    document = {"data": {"calendar": {"name": "Bay FC", "upcomingEvents": {"edges": edges}}}}
    assert _moments(document) == [
        ("Bay Cup Final", "2031-08-15T19:00:00-07:00", "2031-08-15T22:00:00-07:00"),
        ("Harbor Derby", "2031-09-21T13:25:00-07:00", "2031-09-21T16:25:00-07:00"),
    ]


def test_javascript_dates_with_a_long_zone_name_or_none() -> None:
    shows = [
        {"title": "Quartet at Noon", "start": "Tue Jul 01 2031 12:00:00 GMT-0700 (Pacific Daylight Time)"},
        {"title": "Evening Recital", "start": "Wed Jul 02 2031 19:30:00 GMT-0700"},
    ]
    assert [(e["title"], e["start"]) for e in events({"shows": shows})] == [
        ("Quartet at Noon", "2031-07-01T12:00:00-07:00"),
        ("Evening Recital", "2031-07-02T19:30:00-07:00"),
    ]


def test_javascript_date_text_as_rfc_2822() -> None:
    assert rfc_text("Sat Aug 16 2031 02:00:00 GMT+0000 (UTC)") == "Sat, 16 Aug 2031 02:00:00 +0000"
    assert rfc_text("Wed Jul 02 2031 19:30 GMT-0700") == "Wed, 02 Jul 2031 19:30 -0700"
    for other in ("Sat, 16 Aug 2031 02:00:00 +0000", "2031-08-16T02:00:00Z", "Sat Aug 16 2031", "Aug 16 GMT"):
        assert rfc_text(other) == other


def test_not_posts_or_orders_stamped_as_javascript_writes_dates() -> None:
    # self-review: a blog's posts and a shop's orders keep their stamps, dated so, and are no events
    posts = [
        {"title": "Ten Summer Salads", "url": "https://blog.example/salads", "published": "Mon Jun 02 2031 09:00:00 GMT+0000 (UTC)"},
        {"title": "Why We Moved", "url": "https://blog.example/moved", "published": "Tue Jun 03 2031 10:00:00 GMT+0000 (UTC)"},
    ]  # fmt: skip
    assert events({"posts": posts}) == []
    orders = [
        {"name": "Order #1001", "total": "42.00", "ordered": "Mon Jun 02 2031 09:00:00 GMT+0000 (UTC)"},
        {"name": "Order #1002", "total": "17.50", "ordered": "Tue Jun 03 2031 10:00:00 GMT+0000 (UTC)"},
    ]
    assert events({"orders": orders}) == []


# --- an event that lists no occurrences is its own ------------------------------------------------------

PLACE = {"name": "Harbor Hall", "location": {"city": "Oakland", "country": "United States"}}


def test_single_events_beside_events_listing_their_occurrences() -> None:
    weekly = {
        "id": "900",
        "name": "Board Games Night",
        "start_time": "2031-06-04T19:00:00-0700",
        "end_time": "2031-06-11T22:00:00-0700",
        "place": PLACE,
        "event_times": [
            {"id": "901", "start_time": "2031-06-04T19:00:00-0700", "end_time": "2031-06-04T22:00:00-0700"},
            {"id": "902", "start_time": "2031-06-11T19:00:00-0700", "end_time": "2031-06-11T22:00:00-0700"},
        ],
    }
    once = {"id": "910", "name": "Summer Dance", "start_time": "2031-06-07T20:00:00-0700",
            "end_time": "2031-06-07T23:00:00-0700", "place": PLACE}  # fmt: skip
    document = {"events": {"data": [weekly, once], "paging": {"cursors": {"after": "QVFI"}}}, "id": "123"}
    assert sorted(_moments(document)) == [
        ("Board Games Night", "2031-06-04T19:00:00-07:00", "2031-06-04T22:00:00-07:00"),
        ("Board Games Night", "2031-06-11T19:00:00-07:00", "2031-06-11T22:00:00-07:00"),
        ("Summer Dance", "2031-06-07T20:00:00-07:00", "2031-06-07T23:00:00-07:00"),
    ]


def test_not_a_day_without_sessions() -> None:
    # a day's sessions have names of their own: a day with none is no event, opening hours or not
    days = [
        {"name": "Day 1", "date": "2031-06-05", "start": "09:00", "end": "18:00",
         "sessions": [{"title": "Keynote", "start": "2031-06-05T09:30:00-07:00"},
                      {"title": "Lunch", "start": "2031-06-05T12:00:00-07:00"}]},
        {"name": "Day 2", "date": "2031-06-06", "start": "09:00", "end": "18:00", "sessions": []},
    ]  # fmt: skip
    assert sorted(event["title"] for event in events({"schedule": {"days": days}})) == ["Keynote", "Lunch"]


def test_lone_parents_predicate() -> None:
    slices = [{"id": "1", "start": "a", "end": "b"}, {"id": "2", "start": "c", "end": "d"}]
    recurring = {"name": "Weekly", "start": "a", "end": "d", "times": slices}
    assert lone_parents([recurring, {"name": "Once", "id": "3", "start": "e", "end": "f"}], "times") == {1}
    # not a film with no showtime: it has no start of its own
    film = {"title": "Night Train", "times": [{"start": "a", "screen": "2"}, {"start": "b", "screen": "1"}]}
    assert lone_parents([film, {"title": "Quiet Bay", "rating": "PG"}], "times") == frozenset()
    # not where the occurrences have names of their own
    named = {"name": "Fest", "start": "a", "times": [{"name": "Opening", "start": "a"}]}
    assert lone_parents([named, {"name": "Other", "start": "b"}], "times") == frozenset()
    # not where the occurrences share only an id, nor an element without a name, nor a list of other things
    ids = {"name": "Fest", "times": [{"id": "1", "start": "a"}, {"id": "2", "begin": "b"}]}
    assert lone_parents([ids, {"name": "Other", "id": "3"}], "times") == frozenset()
    assert lone_parents([recurring, {"id": "3", "start": "e", "end": "f"}], "times") == frozenset()
    assert lone_parents([{"name": "W", "times": ["2031-06-01"]}, {"name": "O", "start": "a"}], "times") == frozenset()


# --- version-control stamps -------------------------------------------------------------------------------


def test_not_pull_requests_dated_by_their_commits() -> None:
    def pull(title: str, number: int, stamps: list[str]) -> dict[str, object]:
        commits = [{"commit": {"message": title, "committedDate": stamp}} for stamp in stamps]
        return {"title": title, "number": number, "url": f"https://git.example/r/pull/{number}",
                "commits": {"totalCount": len(stamps), "nodes": commits}}  # fmt: skip

    pulls = [pull("Add header image", 9, ["2031-06-02T16:38:44Z", "2031-06-02T16:40:17Z"]),
             pull("Fix footer", 8, ["2031-06-03T01:49:19Z"])]  # fmt: skip
    document = {"data": {"repositoryOwner": {"repositories": {"nodes": [
        {"name": "site", "url": "https://git.example/r", "pullRequests": {"totalCount": 2, "nodes": pulls}}]}}}}  # fmt: skip
    assert events(document) == []


def test_not_repositories_or_merges_by_their_stamps() -> None:
    repos = [{"name": "calendar-app", "html_url": "https://git.example/calendar-app", "pushed_at": "2031-06-02T10:00:00Z"},
             {"name": "site", "html_url": "https://git.example/site", "pushed_at": "2031-06-03T11:00:00Z"}]  # fmt: skip
    assert events(repos) == []
    merges = [{"title": "Release 2031-06-10", "url": "https://git.example/r/pull/4", "merged_at": "2031-06-10T17:52:49Z"},
              {"title": "Release 2031-06-17", "url": "https://git.example/r/pull/5", "merged_at": "2031-06-17T17:52:49Z"}]  # fmt: skip
    assert events({"pulls": merges}) == []


def test_a_committees_meetings_still_read() -> None:
    meetings = [
        {"title": "Finance Committee", "committee": "Finance", "start": "2031-06-12T18:00:00-07:00"},
        {"title": "Parks Committee", "committee": "Parks", "start": "2031-06-19T18:00:00-07:00"},
    ]
    assert [(e["title"], e["start"]) for e in events({"meetings": meetings})] == [
        ("Finance Committee", "2031-06-12T18:00:00-07:00"),
        ("Parks Committee", "2031-06-19T18:00:00-07:00"),
    ]
