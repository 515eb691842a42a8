"""The forty-fourth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout44.json, each file measured
once before these rules), on small documents of our own.

Scheduling and shared-calendar services: a scheduling service's booked meetings (one cancelled, one in a room, two
online), a shared calendar's upcoming events (one all-day, stored as midnight UTC), one daily recurring event and one
event with its users and labels included, and hard negatives (a meeting type's open booking slots, a meetup's posted
presentations). The cold measure read all of it right (found 9/9, fields 33/33, extra 0, the negatives unreadable),
but what it printed showed two faults no field of the batch scores, and taught two rules:

- an address on an API (its "api." host, its "/api/" or "/wp-json/" route) is the record's resource, JSON behind a
  token, not a page: an event's URL is never read from a column of them (``_json_api_hosts.api_addresses`` in
  ``_json_field_scores.event_url_score``); every booked meeting was linked to ``https://api.…/scheduled_events/…``;
- a link to join a meeting ("join_url", "joinWebUrl", "join_link") says the event is held online
  (``_json_join_links.join_link_column`` in ``_json_extras.online_address_column``): two meetings whose place was
  ``{"type": "zoom", "join_url": "https://…"}`` were neither online nor anywhere.

Hard negatives here: a page whose host or path only begins with "api" ("apitalks.example", "/events/api-workshop")
is still the event's page; a link to join a group or a mailing list is no online meeting; a "joined_at" date is no
link; meetings in a room with no join link stay in their room.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
NOW = dt.datetime(2031, 7, 1, 0, 0, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def events(document: object) -> list[dict]:
    return json_events(document, window=WINDOW, zone=TOKYO)


def by_title(document: object) -> dict[str, dict]:
    return {event["title"]: event for event in events(document)}


def meeting(name: str, day: int, uri: str, location: dict | None = None, **more: object) -> dict:
    return {"name": name, "start_time": f"2031-07-{day:02d}T01:00:00.000000Z",
            "end_time": f"2031-07-{day:02d}T01:30:00.000000Z", "status": "active", "uri": uri,
            "location": location, **more}  # fmt: skip


# --- an address on an API is no page -------------------------------------------------------------------------------


def test_a_records_resource_on_the_api_host_is_not_its_page() -> None:
    document = {
        "collection": [
            meeting("Intro call", 3, "https://api.booking.example/scheduled_events/A1"),
            meeting("Design review", 4, "https://api.booking.example/scheduled_events/A2"),
            meeting("Retrospective", 5, "https://api.booking.example/scheduled_events/A3"),
        ],
        "pagination": {"count": 3, "next_page": None},
    }
    read = by_title(document)
    assert sorted(read) == ["Design review", "Intro call", "Retrospective"]
    assert [read[title]["url"] for title in sorted(read)] == [None, None, None]


def test_a_resource_under_the_api_route_is_not_the_page_but_the_page_beside_it_is() -> None:
    document = [
        {"title": "Harbour walk", "start": "2031-07-10T09:00:00+09:00",
         "self": "https://club.example/api/v1/events/11", "href": "https://club.example/api/v1/events/11",
         "page": "https://club.example/events/harbour-walk"},
        {"title": "Night market tour", "start": "2031-07-11T18:00:00+09:00",
         "self": "https://club.example/api/v1/events/12", "href": "https://club.example/api/v1/events/12",
         "page": "https://club.example/events/night-market-tour"},
    ]  # fmt: skip
    read = by_title(document)
    assert read["Harbour walk"]["url"] == "https://club.example/events/harbour-walk"
    assert read["Night market tour"]["url"] == "https://club.example/events/night-market-tour"


def test_a_wordpress_rest_route_is_not_the_page() -> None:
    document = [
        {"title": "Choir evening", "start_date": "2031-07-12 19:00:00", "link": "https://parish.example/wp-json/tribe/events/v1/events/5"},
        {"title": "Organ recital", "start_date": "2031-07-19 19:00:00", "link": "https://parish.example/wp-json/tribe/events/v1/events/6"},
    ]  # fmt: skip
    assert [event["url"] for event in events(document)] == [None, None]


def test_a_page_whose_host_or_path_only_begins_with_api_is_still_the_page() -> None:
    document = [
        {"title": "API design meetup", "start": "2031-07-14T19:00:00+09:00", "url": "https://apitalks.example/events/7"},
        {"title": "API workshop", "start": "2031-07-15T19:00:00+09:00", "url": "https://guild.example/events/api-workshop"},
        {"title": "Capital day", "start": "2031-07-16T10:00:00+09:00", "url": "https://capital.example/apiary-day"},
    ]  # fmt: skip
    read = by_title(document)
    assert read["API design meetup"]["url"] == "https://apitalks.example/events/7"
    assert read["API workshop"]["url"] == "https://guild.example/events/api-workshop"
    assert read["Capital day"]["url"] == "https://capital.example/apiary-day"


# --- a link to join a meeting: online ---------------------------------------------------------------------------------


def test_a_meeting_with_a_link_to_join_it_is_online() -> None:
    document = {
        "collection": [
            meeting("Weekly sync", 3, "https://book.example/m/1",
                    {"type": "zoom", "status": "pushed", "join_url": "https://zoom.example/j/111?pwd=x"}),
            meeting("Planning", 4, "https://book.example/m/2",
                    {"type": "video_conference", "status": "pushed", "join_url": "https://meet.example/abc-defg"}),
        ]
    }  # fmt: skip
    read = by_title(document)
    assert read["Weekly sync"]["online"] is True
    assert read["Planning"]["online"] is True


def test_an_online_meetings_join_web_url_is_online() -> None:
    document = {
        "value": [
            {"subject": "Board call", "start": {"dateTime": "2031-07-08T10:00:00", "timeZone": "Asia/Tokyo"},
             "end": {"dateTime": "2031-07-08T11:00:00", "timeZone": "Asia/Tokyo"},
             "onlineMeeting": {"joinWebUrl": "https://teams.example/l/meetup-join/1"}},
            {"subject": "Budget call", "start": {"dateTime": "2031-07-09T10:00:00", "timeZone": "Asia/Tokyo"},
             "end": {"dateTime": "2031-07-09T11:00:00", "timeZone": "Asia/Tokyo"},
             "onlineMeeting": {"joinWebUrl": "https://teams.example/l/meetup-join/2"}},
        ]
    }  # fmt: skip
    read = by_title(document)
    assert read["Board call"]["online"] is True
    assert read["Budget call"]["online"] is True


def test_meetings_in_a_room_without_a_join_link_stay_in_their_room() -> None:
    document = {
        "collection": [
            meeting("Site visit", 3, "https://book.example/m/3", {"type": "physical", "location": "Shibuya office"}),
            meeting("Lunch", 4, "https://book.example/m/4", {"type": "physical", "location": "Ebisu cafe"}),
        ]
    }  # fmt: skip
    read = by_title(document)
    assert read["Site visit"]["online"] is False
    assert read["Site visit"]["venue_name"] == "Shibuya office"
    assert read["Lunch"]["online"] is False


def test_a_link_to_join_a_group_is_no_online_meeting() -> None:
    document = [
        {"title": "Riverside cleanup", "start": "2031-07-20T09:00:00+09:00", "venue": "Tama riverbank",
         "group": {"name": "Green Setagaya", "join_url": "https://groups.example/green-setagaya/join"}},
        {"title": "Park planting", "start": "2031-07-27T09:00:00+09:00", "venue": "Kinuta park",
         "group": {"name": "Green Setagaya", "join_url": "https://groups.example/green-setagaya/join"}},
    ]  # fmt: skip
    read = by_title(document)
    assert read["Riverside cleanup"]["online"] is False
    assert read["Park planting"]["online"] is False


def test_a_joined_date_is_no_link() -> None:
    document = [
        {"title": "Go club night", "start": "2031-07-21T18:00:00+09:00", "venue": "Community hall",
         "host": {"name": "Aki", "joined_at": "2029-04-01T00:00:00+09:00"}},
        {"title": "Shogi club night", "start": "2031-07-22T18:00:00+09:00", "venue": "Community hall",
         "host": {"name": "Ren", "joined_at": "2030-02-11T00:00:00+09:00"}},
    ]  # fmt: skip
    read = by_title(document)
    assert read["Go club night"]["online"] is False
    assert read["Shogi club night"]["online"] is False
