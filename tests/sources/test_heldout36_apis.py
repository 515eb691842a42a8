"""The thirty-sixth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout36.json, each file
measured once before these rules), on small documents of our own.

The cold measure (found 11/22, fields 80%, extra 3, one file unreadable) taught two rules:

- records that say what they are, and say it is not an event, are not read as events: OParl's council objects
  (``"type": "https://schema.oparl.org/1.1/Organization"``, a committee with the day it was set up; a
  LegislativeTerm from 2010 to 2013; a Paper dated 2014-04-04) were each read as one event
  (``_json_declared_kinds``);
- a programme's sessions listed under the room they are held in (``{"days": [{"date", "spaces": [{"name",
  "sessions": [...]}]}]}``) are placed in that room (``_json_spaces``).

And hard negatives: a declared kind that names a meeting, a concert or nothing known is read as before; a
container that is a track or a group is no place.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._json_declared_kinds import declared_kind
from sources.adapters.base import AdapterError
from tests.sources.helpers import parse_json

UTC = dt.UTC
BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
NOW = dt.datetime(2031, 2, 1, 12, 0, tzinfo=UTC)
OPARL = "https://schema.oparl.example/1.1/"


def window(now: dt.datetime = NOW):
    from sources.adapters.base import FetchWindow

    return FetchWindow(start=now - dt.timedelta(days=1), end=now + dt.timedelta(days=365))


def read(document: object) -> list:
    try:
        return parse_json(document, window=window(), zone=BERLIN)[1]
    except AdapterError:
        return []


# --- a record's declared kind -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "named"),
    [
        (f"{OPARL}Organization", ["organization"]),
        (f"{OPARL}LegislativeTerm", ["legislative", "term"]),
        ("schema:Person", ["person"]),
        ("app.models.Order", ["order"]),
        ("people", ["people"]),
        ("Meeting", ["meeting"]),
        ("a sentence that is no kind at all", []),
        ("", []),
    ],
)
def test_the_kind_a_type_value_names(value: str, named: list[str]) -> None:
    assert declared_kind(value) == named


def committee() -> dict:
    return {
        "id": "https://ris.example/organization/7",
        "type": f"{OPARL}Organization",
        "name": "Ausschuss für Umwelt",
        "startDate": "2031-03-04",
        "location": {"description": "Rathaus, Raum 2"},
    }


def term() -> dict:
    return {
        "id": "https://ris.example/term/9",
        "type": f"{OPARL}LegislativeTerm",
        "name": "9. Wahlperiode",
        "startDate": "2031-03-01",
        "endDate": "2036-02-28",
    }


def paper(n: int) -> dict:
    return {
        "id": f"https://ris.example/paper/{n}",
        "type": f"{OPARL}Paper",
        "name": f"Antrag {n}",
        "date": f"2031-03-0{n}",
    }


@pytest.mark.parametrize(
    "document",
    [
        committee(),
        {"id": "https://ris.example/body/1", "type": f"{OPARL}Body", "name": "Stadt", "legislativeTerm": [term()]},
        {"data": [term(), {**term(), "id": "https://ris.example/term/10", "name": "10. Wahlperiode"}]},
        {"data": [paper(1), paper(2), paper(3)]},
        {"data": [{"__typename": "Person", "name": f"Person {n}", "startDate": f"2031-03-0{n}"} for n in (1, 2, 3)]},
        {"orders": [{"object": "order", "kind": "Order", "name": f"#{n}", "date": f"2031-03-0{n}"} for n in (1, 2, 3)]},
    ],
    ids=["organization", "body-with-term", "terms", "papers", "people", "orders"],
)
def test_records_declaring_another_kind_are_not_events(document: object) -> None:
    assert read(document) == []


def meeting(n: int, kind: str = f"{OPARL}Meeting") -> dict:
    return {
        "id": f"https://ris.example/meeting/{n}",
        "type": kind,
        "name": f"{n}. Sitzung des Umweltausschusses",
        "start": f"2031-03-0{n}T17:00:00+01:00",
        "end": f"2031-03-0{n}T19:00:00+01:00",
    }


def test_a_meeting_that_says_it_is_one_is_read() -> None:
    [event] = read(meeting(4))
    assert event.title == "4. Sitzung des Umweltausschusses"
    assert event.start == dt.datetime(2031, 3, 4, 17, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.mark.parametrize("kind", [f"{OPARL}Meeting", "Concert", "community_gathering", "Event"])
def test_a_list_of_events_that_declare_an_event_or_unknown_kind_is_read(kind: str) -> None:
    events = read({"data": [meeting(n, kind) for n in (1, 2, 3)]})
    assert [event.title for event in events] == [f"{n}. Sitzung des Umweltausschusses" for n in (1, 2, 3)]


def test_a_kind_written_by_only_some_items_decides_nothing() -> None:
    """One stray "type": "person" among meetings that say nothing is no declaration of the list's kind."""
    items = [{**meeting(n), "type": None} for n in (1, 2, 3)] + [{**meeting(5), "type": "person"}]
    assert len(read({"data": items})) == 4


def test_a_meeting_with_its_papers_and_organizations_inside_is_one_meeting() -> None:
    document = {**meeting(6), "organization": [committee()], "auxiliaryFile": [paper(1), paper(2)]}
    [event] = read(document)
    assert event.title == "6. Sitzung des Umweltausschusses"


# --- the room a schedule lists its sessions under -------------------------------------------------------------------


def programme(key: str = "spaces") -> dict:
    def session(title: str, start: str, end: str) -> dict:
        return {"title": title, "start_time": start, "end_time": end, "speakers": []}

    return {
        "days": [
            {
                "date": "2031-03-10",
                "label": "Workshops",
                key: [
                    {
                        "name": "Kleiner Saal",
                        "sessions": [session("Intro", "09:00", "12:00"), session("Lab", "13:00", "17:00")],
                    },
                    {"name": "Foyer", "sessions": [session("Hack night", "18:00", "22:00")]},
                ],
            }
        ],
        "event": "Example Conf 2031",
    }


@pytest.mark.parametrize("key", ["spaces", "rooms", "stages", "halls"])
def test_sessions_are_placed_in_the_room_they_are_listed_under(key: str) -> None:
    events = read(programme(key))
    assert [(event.title, event.venue_name) for event in events] == [
        ("Intro", "Kleiner Saal"),
        ("Lab", "Kleiner Saal"),
        ("Hack night", "Foyer"),
    ]
    assert events[0].start == dt.datetime(2031, 3, 10, 9, 0, tzinfo=BERLIN)


@pytest.mark.parametrize("key", ["tracks", "groups", "categories", "blocks"])
def test_a_track_or_group_container_is_no_place(key: str) -> None:
    events = read(programme(key))
    assert [event.title for event in events] == ["Intro", "Lab", "Hack night"]
    assert {event.venue_name for event in events} == {None}


def test_a_session_s_own_room_wins_over_its_container() -> None:
    document = programme()
    for space in document["days"][0]["spaces"]:
        for session in space["sessions"]:
            session["location"] = "Aula"
    assert {event.venue_name for event in read(document)} == {"Aula"}


def test_a_qualified_type_is_a_property_s_kind_not_the_record_s() -> None:
    """A library calendar's "locationType": "In-Person" and a movement's "scope_type": "Organization" say what kind of
    place or scope the event has, not that the record is a person or an organization."""
    items = [{**meeting(n), "type": None, "locationType": "In-Person", "scope_type": "Organization"} for n in (1, 2, 3)]
    assert len(read({"data": items})) == 3


def test_a_wordpress_site_s_events_kept_as_posts_are_read() -> None:
    """WordPress writes "type": "post" on every post: a site that keeps its events as posts, with their dates in
    custom fields, declares nothing about them."""
    posts = [
        {
            "id": n,
            "type": "post",
            "title": {"rendered": f"Vernissage {n}"},
            "acf": {"event_start": f"2031-03-0{n}T18:00:00"},
        }
        for n in (1, 2, 3)
    ]
    assert [event.title for event in read(posts)] == ["Vernissage 1", "Vernissage 2", "Vernissage 3"]
