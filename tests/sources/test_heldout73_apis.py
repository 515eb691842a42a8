"""The seventy-third held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout73.json: a Norwegian
calendar's events answer, performances sharing their event's title; a ticket market's GraphQL client cache, the
events reached by reference and their places two references away; a hard negative, an invoicing API's activity
log named events.json), on small documents of our own.

The cold measure found 7 of 8 events, fields 28/29, and refused the negative. The rule:

- A JSON answer that is, or holds, a GraphQL client's normalized cache (records keyed "Event:1", linked by
  {"__ref": …}) is read as its records grouped by type, references followed up to three steps
  (``_json_entity_stores``): read as one object keyed by ids, its two events were taken for one, the second's title
  on the first's time (one event missed, one title wrong).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

from sources.adapters._json_entity_stores import configured_read, stores_as_lists
from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

ZONE = zoneinfo.ZoneInfo("Europe/Brussels")
events = functools.partial(
    json_events,
    window=FetchWindow(start=dt.datetime(2031, 3, 1, tzinfo=ZONE), end=dt.datetime(2031, 12, 30, tzinfo=ZONE)),
    zone=ZONE,
)


# --- a GraphQL client's normalized cache, as an API answer -------------------------------------------------------


def store(*events: dict[str, Any]) -> dict[str, Any]:
    refs = [{"__typename": "EventEdge", "node": {"__ref": event["id"]}} for event in events]
    return {
        "ROOT_QUERY": {},
        "PublicUser:u1": {"__typename": "PublicUser", "id": "u1",
                          'favoriteEvents({"first":10})': {"__typename": "EventConnection", "edges": refs}},
        **{event["id"]: event for event in events},
        "Location:10": {"__typename": "Location", "id": "Location:10", "name": "Ancienne Belgique",
                        "city": {"__ref": "City:4"}},
        "Location:11": {"__typename": "Location", "id": "Location:11", "name": "Botanique",
                        "city": {"__ref": "City:4"}},
        "City:4": {"__typename": "City", "id": "City:4", "name": "Brussels"},
    }  # fmt: skip


def event(number: int, name: str, start: str, place: str | None) -> dict[str, Any]:
    return {"__typename": "Event", "id": f"Event:{number}", "name": name, "startDate": start,
            "location": {"__ref": place} if place else None,
            "uri": {"__typename": "Uri", "path": f"/concert-tickets/{name.lower().replace(' ', '-')}"}}  # fmt: skip


def test_a_store_reads_as_its_events_with_their_places() -> None:
    read = events(store(
        event(1, "Thundercat", "2031-03-23T19:00:00+01:00", "Location:10"),
        event(2, "Khruangbin", "2031-04-02T20:00:00+02:00", "Location:11"),
        event(3, "Secret Show", "2031-05-01T20:00:00+02:00", None),
    ))  # fmt: skip
    assert [(e["title"], e["start"], e.get("venue_name"), e.get("city")) for e in read] == [
        ("Thundercat", "2031-03-23T19:00:00+01:00", "Ancienne Belgique", "Brussels"),  # the city, two steps away
        ("Khruangbin", "2031-04-02T20:00:00+02:00", "Botanique", "Brussels"),
        ("Secret Show", "2031-05-01T20:00:00+02:00", None, None),
    ]


def test_a_store_under_a_page_props_key_is_read_in_place() -> None:
    document = {"props": {"pageProps": {"initialApolloState": store(
        event(1, "Thundercat", "2031-03-23T19:00:00+01:00", "Location:10"),
        event(2, "Khruangbin", "2031-04-02T20:00:00+02:00", "Location:11"),
    )}}, "buildId": "x1"}  # fmt: skip
    lists = stores_as_lists(document)
    assert [record["name"] for record in lists["props"]["pageProps"]["initialApolloState"]["Event"]] == [
        "Thundercat",
        "Khruangbin",
    ]
    assert lists["buildId"] == "x1"
    assert [e["title"] for e in events(document)] == ["Thundercat", "Khruangbin"]


def test_a_reference_naming_nothing_is_kept_as_written() -> None:
    lists = stores_as_lists(store(event(1, "Thundercat", "2031-03-23T19:00:00+01:00", "Location:99")))
    assert lists["Event"][0]["location"] == {"__ref": "Location:99"}


def test_a_reference_cycle_is_followed_a_bounded_number_of_steps() -> None:
    cyclic = {
        "Event:1": {"__typename": "Event", "id": "Event:1", "name": "Loop", "next": {"__ref": "Event:2"}},
        "Event:2": {"__typename": "Event", "id": "Event:2", "name": "Back", "next": {"__ref": "Event:1"}},
    }
    first = stores_as_lists(cyclic)["Event"][0]
    assert first["next"]["next"]["next"]["next"] == {"__ref": "Event:1"}  # three steps followed, the fourth kept


# --- what is no store: left as it is ----------------------------------------------------------------------------


def test_documents_holding_no_store_are_returned_as_they_are() -> None:
    for document in (
        {"Event:1": {"__typename": "Show", "name": "Typed as another"}},  # the record names another type
        {"Feature:dark": True, "Feature:beta": False},  # a map of flags keyed "Type:id"
        {"en:title": "Events", "fr:title": "Événements"},  # translations
        {"events": [{"id": "Event:1", "name": "Talk", "start": "2031-03-23T19:00:00"}]},  # ids, in a list
        [{"__ref": "Event:1"}],
    ):
        assert stores_as_lists(document) is document


def test_a_store_without_events_still_reads_none() -> None:
    # users and their sessions' sign-in times, keyed as a store: dated records of no event
    users = {f"User:{n}": {"__typename": "User", "id": f"User:{n}", "name": f"Member {n}",
                           "lastLoginAt": f"2031-03-0{n}T09:00:00Z"} for n in range(1, 6)}  # fmt: skip
    assert events(users) == []


# --- the batch's other files, as shapes ---------------------------------------------------------------------------


def test_performances_sharing_a_title_stay_apart() -> None:
    # a calendar's performances ('forestilling'): one record each, the event's title on all
    def show(number: int, title: str, time: str, venue: str) -> dict[str, Any]:
        return {"id": number, "time": time, "canceled": False, "created_at": "2031-05-01T12:00:00+02:00",
                "url": f"https://calendar.example/kalender/{number}", "title": title, "tags": ["utstilling"],
                "venue": {"id": 7, "created_at": "2030-01-25T14:37:04+01:00", "title": venue, "city": "Bergen"}}  # fmt: skip

    read = events({"data": [
        show(1, "Malerier", "2031-05-20T12:00:00+02:00", "Godt Brød"),
        show(2, "Malerier", "2031-05-16T09:00:00+02:00", "Godt Brød"),
        show(3, "Danseforestilling", "2031-05-18T21:00:00+02:00", "Scenehuset"),
    ], "paging": {"next": "https://calendar.example/api/v1/events?page=2"}})  # fmt: skip
    assert [(e["title"], e["start"], e["venue_name"]) for e in read] == [
        ("Malerier", "2031-05-20T12:00:00+02:00", "Godt Brød"),
        ("Malerier", "2031-05-16T09:00:00+02:00", "Godt Brød"),
        ("Danseforestilling", "2031-05-18T21:00:00+02:00", "Scenehuset"),
    ]


def test_an_activity_log_named_events_reads_none() -> None:
    # an invoicing API's log: an action's code, when it was logged, a sentence, the person who did it
    log = [{"name": name, "created_at": f"2031-03-22T13:{n:02d}:22.786+01:00", "invoice_id": 847, "subject_id": 27,
            "text": text, "user": {"user_id": 10, "full_name": "Bořivoj Hejsek"},
            "invoice_url": "https://invoices.example/api/v2/invoices/847.json"}
           for n, (name, text) in enumerate([("sent", "Odeslána"), ("paid", "Zaplacena 21. 03. 2031"),
                                             ("payment_removed", "Zaplacení zrušeno"), ("overdue", "Po splatnosti")])]  # fmt: skip
    assert events(log) == []


def test_a_configured_read_regroups_a_store_only_where_its_list_is_not_there() -> None:
    document = store(event(1, "Thundercat", "2031-03-23T19:00:00+01:00", "Location:10"))
    read = configured_read(document, {"items": "Event"})  # a draft inferred from the store
    assert [record["name"] for record in read["Event"]] == ["Thundercat"]
    assert configured_read(document, {"items": "ROOT_QUERY"}) is document  # the list a config names is there
    listing = {"Event": [{"name": "Talk", "start": "2031-03-23T19:00:00"}]}
    assert configured_read(listing, {"items": "Event"}) is listing
    assert configured_read(listing, {"items": "shows"}) is listing  # no store to regroup: the error stays the config's
