"""The forty-fifth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout45.json, each file measured
once before these rules), on small documents of our own.

Calendar, meeting and fediverse event services: ActivityPub activities publishing an event (a Gancio instance's, a
Mobilizon instance's) and a bare Mobilizon event, a video-meeting API's meeting, webinar and webinar list, a
calendar API's calendar view, and hard negatives (a meeting's participants report, a free/busy answer). The cold
measure (found 2/7, fields 2/2, extra 1, six files unreadable, one of them a hard negative that should be) taught:

- an ActivityStreams activity that publishes (Create, Update, Announce, Add) an object whose own type says
  "Event" holds the event as its "object": the one-event reading looks there (``_json_activity_object``);
- a meeting's or a webinar's "topic" is its name, as a "subject" is, below a "title" or a "name"
  (``_json_meeting_words.MEETING_TITLE_WORDS``);
- a participant's "join_time" and "leave_time" (a member's "joined_at") are when a person came and went, never a
  start (``_json_meeting_words.ATTENDANCE_WORDS`` in ``NOT_DATE``): a participants report was printed as a
  meeting named after the participant;
- and, seen in the batch's readings though no field of the tests: a name in an e-mail address object (an
  organizer's ``"emailAddress": {"name", "address"}``) is a person's, not the place (``in_mailbox``), and a
  meeting's "start_url" is its host's way in, not its page (``HOST_LINK_WORDS``).

Hard negatives here: a Create of a note, a Join of an event, and a comment whose "context" is an event stay unread;
a forum's topics with only their posting stamps stay unread; a meeting holding its participants keeps its own start;
a "topic" beside a "title" leaves the title; an event's "join_url" beside its start is no obstacle.

Left: none of the batch's misses is left; a free/busy answer (busy blocks, one with a subject) stays unreadable, as
it should.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters.base import FetchWindow
from tests.sources.helpers import json_events

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
NOW = dt.datetime(2031, 5, 1, 12, 0, tzinfo=dt.UTC)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))
PUBLIC = "https://www.w3.org/ns/activitystreams#Public"


def events(document: object) -> list[dict]:
    return json_events(document, window=WINDOW, zone=PARIS)


def local(event: dict) -> str:
    return dt.datetime.fromisoformat(str(event["start"])).astimezone(PARIS).strftime("%Y-%m-%d %H:%M")


# --- an activity publishing an event -----------------------------------------------------------------------------------


def activity(kind: str, thing: object) -> dict:
    return {"@context": ["https://www.w3.org/ns/activitystreams", {"mz": "https://joinmobilizon.org/ns#"}],
            "id": "https://agenda.example.org/federation/m/7#create", "type": kind,
            "actor": "https://agenda.example.org/federation/u/agenda", "published": "2031-05-02T08:00:00Z",
            "to": [PUBLIC], "cc": ["https://agenda.example.org/federation/u/agenda/followers"], "object": thing}  # fmt: skip


def event_object(kind: str = "Event") -> dict:
    return {"id": "https://agenda.example.org/federation/m/7", "type": kind, "name": "Repair café",
            "url": "https://agenda.example.org/event/repair-cafe", "startTime": "2031-05-20T18:00:00+02:00",
            "endTime": "2031-05-20T21:00:00+02:00", "location": {"type": "Place", "name": "Maison des associations"},
            "published": "2031-05-02T08:00:00Z", "attributedTo": "https://agenda.example.org/federation/u/agenda",
            "tag": [{"type": "Hashtag", "name": "#repair"}]}  # fmt: skip


def test_a_create_activity_is_read_as_the_event_it_publishes() -> None:
    (event,) = events(activity("Create", event_object()))
    assert (event["title"], local(event), event["venue_name"]) == ("Repair café", "2031-05-20 18:00",
                                                                   "Maison des associations")  # fmt: skip
    assert event["url"] == "https://agenda.example.org/event/repair-cafe"


def test_an_update_or_an_announce_publishes_it_too_and_a_namespaced_type_says_event() -> None:
    assert [event["title"] for event in events(activity("Update", event_object()))] == ["Repair café"]
    assert [event["title"] for event in events(activity("Announce", event_object("schema:Event")))] == ["Repair café"]


def test_an_activity_about_anything_else_is_not_an_event() -> None:
    note = {**event_object("Note"), "content": "<p>See you at the repair café on May 20!</p>"}
    assert events(activity("Create", note)) == []  # a post, however dated
    assert events(activity("Join", event_object())) == []  # someone's answer to the event, not the event published
    comment = {"type": "Note", "id": "https://agenda.example.org/comments/3", "content": "<p>Count me in</p>",
               "published": "2031-05-03T09:00:00Z", "context": event_object()}  # fmt: skip
    assert events(comment) == []  # a comment holding the event it is about


# --- a meeting's topic ---------------------------------------------------------------------------------------------------


def meeting(topic: str, start: str, **more: object) -> dict:
    return {"uuid": f"u{abs(hash(topic)) % 1000}==", "id": 93_000 + len(topic), "host_id": "h7", "topic": topic,
            "type": 2, "start_time": start, "duration": 45, "timezone": "Europe/Paris",
            "created_at": "2031-04-20T10:00:00Z", "join_url": f"https://video.example.com/j/{93_000 + len(topic)}",
            **more}  # fmt: skip


def test_a_meetings_topic_is_its_title() -> None:
    (event,) = events(meeting("Quarterly town hall", "2031-05-14T07:00:00Z"))
    assert (event["title"], local(event)) == ("Quarterly town hall", "2031-05-14 09:00")
    listing = {
        "page_count": 1,
        "total_records": 2,
        "webinars": [
            meeting("Intro to soldering", "2031-05-15T16:00:00Z"),
            meeting("Bike maintenance", "2031-05-22T16:00:00Z"),
        ],
    }
    assert sorted((event["title"], local(event)) for event in events(listing)) == [
        ("Bike maintenance", "2031-05-22 18:00"),
        ("Intro to soldering", "2031-05-15 18:00"),
    ]


def test_a_title_beside_a_topic_is_the_title() -> None:
    document = [
        {"title": "Pottery for beginners", "topic": "Crafts", "start": "2031-05-16T10:00:00+02:00"},
        {"title": "Watercolour morning", "topic": "Crafts", "start": "2031-05-17T10:00:00+02:00"},
    ]
    assert sorted(event["title"] for event in events(document)) == ["Pottery for beginners", "Watercolour morning"]


def test_a_forums_topics_with_their_posting_stamps_are_not_events() -> None:
    document = {"topics": [
        {"id": 1, "topic": "How do I reset my password?", "created_at": "2031-05-02T10:00:00Z",
         "last_posted_at": "2031-05-03T11:00:00Z", "posts_count": 4},
        {"id": 2, "topic": "Welcome to the forum", "created_at": "2031-05-04T10:00:00Z",
         "last_posted_at": "2031-05-05T12:00:00Z", "posts_count": 9},
    ]}  # fmt: skip
    assert events(document) == []


def test_a_host_start_link_is_not_the_meetings_page() -> None:
    document = meeting("Volunteer briefing", "2031-05-18T08:00:00Z",
                       start_url="https://video.example.com/s/93018?zak=secret-host-token")  # fmt: skip
    (event,) = events(document)
    assert event["title"] == "Volunteer briefing"
    assert "zak=" not in str(event["url"])


# --- who joined and left -----------------------------------------------------------------------------------------------


def test_a_participants_report_is_not_events() -> None:
    document = {"page_count": "1", "total_records": "2", "participants": [
        {"id": "p1", "name": "Ada", "user_email": "ada@example.org", "join_time": "2031-05-06T17:02:00Z",
         "leave_time": "2031-05-06T17:50:00Z", "duration": "48"},
        {"id": "p2", "name": "Grace", "user_email": "grace@example.org", "join_time": "2031-05-06T17:05:00Z",
         "leave_time": "2031-05-06T17:58:00Z", "duration": "53"},
    ]}  # fmt: skip
    assert events(document) == []
    members = [
        {"name": "Ada", "joined_at": "2031-05-02T09:00:00Z"},
        {"name": "Grace", "joined_at": "2031-05-03T09:00:00Z"},
    ]
    assert events({"members": members}) == []


def test_a_meeting_holding_its_participants_keeps_its_own_start() -> None:
    document = meeting("Board meeting", "2031-05-12T16:00:00Z", participants=[
        {"name": "Ada", "join_time": "2031-05-12T16:03:00Z", "leave_time": "2031-05-12T16:40:00Z"}])  # fmt: skip
    (event,) = events(document)
    assert (event["title"], local(event)) == ("Board meeting", "2031-05-12 18:00")


# --- a person's mailbox is not a place -----------------------------------------------------------------------------------


def calendar_entry(subject: str, start: str, place: str) -> dict:
    return {"subject": subject, "isAllDay": False, "isCancelled": False,
            "start": {"dateTime": start, "timeZone": "Europe/Paris"},
            "end": {"dateTime": start.replace("T18", "T19"), "timeZone": "Europe/Paris"},
            "location": {"displayName": place},
            "organizer": {"emailAddress": {"name": "Front desk", "address": "desk@example.org"}}}  # fmt: skip


def test_an_organizers_mailbox_name_is_not_the_place() -> None:
    document = {"value": [calendar_entry("Choir rehearsal", "2031-05-13T18:00:00.0000000", ""),
                          calendar_entry("Film club", "2031-05-14T18:00:00.0000000", "")]}  # fmt: skip
    read = events(document)
    assert sorted((event["title"], local(event)) for event in read) == [
        ("Choir rehearsal", "2031-05-13 18:00"),
        ("Film club", "2031-05-14 18:00"),
    ]
    assert all(event["venue_name"] != "Front desk" for event in read)
    named = {"value": [calendar_entry("Choir rehearsal", "2031-05-13T18:00:00.0000000", "Salle Pleyel"),
                       calendar_entry("Film club", "2031-05-14T18:00:00.0000000", "Studio 2")]}  # fmt: skip
    assert sorted(event["venue_name"] for event in events(named)) == ["Salle Pleyel", "Studio 2"]
