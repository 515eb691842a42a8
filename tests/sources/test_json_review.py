"""JSON rules corrected after review (issue #13): the one-object reading (an endpoint for one event) needs an
event's own keys and gives way to any list of two or more events; publication records, error answers and
wrappers of empty lists are not events; a configured source whose list is the document keeps failing on an
object.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from zoneinfo import ZoneInfo

import pytest

from sources.adapters._json_infer import infer
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter
from tests.sources.helpers import parse_json

SEATTLE = ZoneInfo("America/Los_Angeles")
WINDOW = FetchWindow(start=dt.datetime(2026, 11, 22, tzinfo=dt.UTC), end=dt.datetime(2027, 11, 22, tzinfo=dt.UTC))


parse = functools.partial(parse_json, window=WINDOW, zone=SEATTLE)


def test_a_list_of_events_under_any_key_beats_the_record_around_it():
    # A library's record with its own name and date, and three events under "upcoming".
    document = {
        "name": "Riverside Library",
        "date": "2026-11-20T10:00:00Z",
        "url": "https://lib.example.org/",
        "upcoming": [
            {"name": "Story time", "date": "2026-12-01T10:00:00-08:00"},
            {"name": "Chess club", "date": "2026-12-02T16:00:00-08:00"},
            {"name": "Book sale", "date": "2026-12-05T09:00:00-08:00"},
        ],
    }

    _, events = parse(document)

    assert [event.title for event in events] == ["Story time", "Chess club", "Book sale"]


def test_a_festival_with_its_sessions_is_its_sessions():
    document = {
        "title": "Winter Festival",
        "start_date": "2026-12-01",
        "venue": "Riverside Park",
        "concerts": [
            {"title": "Jazz night", "start_date": "2026-12-05T19:00:00-08:00"},
            {"title": "Blues night", "start_date": "2026-12-12T19:00:00-08:00"},
        ],
    }

    found = infer(document)

    assert found is not None
    assert found.config["items"] == "concerts"


@pytest.mark.parametrize(
    "document",
    [
        {  # a WordPress post (/wp-json/wp/v2/posts/<id>)
            "id": 4821,
            "date": "2026-11-18T09:12:00",
            "date_gmt": "2026-11-18T17:12:00",
            "modified": "2026-11-18T09:30:00",
            "status": "publish",
            "type": "post",
            "link": "https://city.example.gov/news/council-approves-budget/",
            "title": {"rendered": "Council approves 2027 budget"},
        },
        {  # a GitHub repository
            "id": 1296269,
            "name": "Hello-World",
            "html_url": "https://github.com/octocat/Hello-World",
            "created_at": "2011-01-26T19:01:12Z",
            "updated_at": "2026-11-20T19:14:43Z",
            "pushed_at": "2026-11-20T19:06:43Z",
        },
        {"login": "octocat", "name": "The Octocat", "location": "San Francisco", "created_at": "2011-01-25T18:44:36Z"},
        {
            "status": "error",
            "message": "Rate limit exceeded",
            "title": "Too Many Requests",
            "timestamp": "2026-11-20T10:00:00Z",
        },
        {"title": "Out of credit", "status": 403, "error": "Forbidden", "start": "2026-11-20T10:00:00Z"},
        {"title": "Downtown Association events", "date": "2026-11-20T10:00:00Z", "events": []},
        {"title": "Parks calendar", "start": "2026-11-20T10:00:00Z", "items": []},
        {"title": "A post", "type": "post", "start_date": "2026-12-01T10:00:00Z"},
    ],
)
def test_a_record_that_is_not_an_event_is_not_read_as_one(document):
    assert infer(document) is None
    with pytest.raises(AdapterError):
        parse(document)


@pytest.mark.parametrize(
    "document",
    [
        {"title": "Concert", "date": "2026-12-05T19:00:00-08:00", "venue": "Town Hall"},
        {"name": "Open studio", "start_date": "2026-12-05 10:00:00", "organizers": [{"name": "A"}]},
        {"title": "Lecture", "dtstart": "2026-12-05T19:00:00-08:00"},
    ],
)
def test_an_object_with_an_events_own_keys_is_one_event(document):
    _, events = parse(document)

    assert len(events) == 1
    assert events[0].start == dt.datetime(2026, 12, 5, 19 if "19" in json.dumps(document) else 10, 0, tzinfo=SEATTLE)


def test_a_configured_source_whose_list_is_the_document_still_fails_on_an_object():
    # An error answer ({"error": ...}) must not read as one rejected item: a complete listing would withdraw.
    config = {"items": "", "mapping": {"title": "name", "start": "start"}, "complete_listing": True}

    with pytest.raises(AdapterError, match="found dict"):
        parse({"error": {"code": 429, "message": "Rate limit exceeded"}}, config)


# --- 9. drafts, and turning the skipping off ------------------------------------------------------------------
DRAFTS = {
    "data": [
        {"name": "Board", "when": "2026-12-01T10:00:00", "status": "Draft"},
        {"name": "Post", "when": "2026-12-02T10:00:00", "post_status": "draft"},
        {"name": "Gone", "when": "2026-12-03T10:00:00", "isDeleted": True},
        {"name": "Kept", "when": "2026-12-04T10:00:00"},
    ]
}
CONFIG = {"items": "data", "mapping": {"title": "name", "start": "when"}}


def test_a_configured_source_skips_a_draft_only_under_a_publishing_key():
    adapter, events = parse(DRAFTS, CONFIG)

    assert [event.title for event in events] == ["Board", "Kept"]
    assert "Skipped 2 item(s)" in adapter.notes[0]


def test_an_inferred_source_skips_a_bare_draft_status_too():
    _, events = parse(DRAFTS)

    assert [event.title for event in events] == ["Kept"]


def test_skip_gone_false_reads_every_item():
    adapter, events = parse(DRAFTS, {**CONFIG, "skip_gone": False})

    assert [event.title for event in events] == ["Board", "Post", "Gone", "Kept"]
    assert adapter.notes == []


def test_skip_gone_must_be_a_boolean_and_is_a_known_key_of_both_adapters():
    from sources.adapters.xml_doc import XmlDocumentAdapter

    JsonApiAdapter.check_config({**CONFIG, "url": "https://api.example.org/", "skip_gone": False})
    XmlDocumentAdapter.check_config({"url": "https://api.example.org/x.xml", "skip_gone": False})
    with pytest.raises(AdapterError, match="skip_gone"):
        JsonApiAdapter.check_config({**CONFIG, "url": "https://api.example.org/", "skip_gone": "no"})


def test_an_xml_document_skips_what_json_skips():
    from sources.adapters.xml_doc import XmlDocumentAdapter

    document = (
        "<meetings>"
        "<meeting><name>Board</name><when>2026-12-01T10:00:00</when></meeting>"
        "<meeting><name>Gone</name><when>2026-12-03T10:00:00</when><deleted>true</deleted></meeting>"
        "<meeting><name>Zoning</name><when>2026-12-04T10:00:00</when></meeting>"
        "</meetings>"
    )
    context = AdapterContext(source="xml", window=WINDOW, default_timezone=SEATTLE)
    for config, expected in (({}, ["Board", "Zoning"]), ({"skip_gone": False}, ["Board", "Gone", "Zoning"])):
        adapter = XmlDocumentAdapter(config=config, context=context)
        titles = [record.title for record in adapter.parse(document.encode()) if isinstance(record, RawEvent)]
        assert titles == expected
