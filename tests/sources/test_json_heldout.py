"""JSON APIs held out of the rules (issue #13, bench/corpus/apis/manifest-heldout.json) and the rules their
first measurement asked for: a response that is one event (an endpoint for one event), and items the source
itself flags as deleted or unpublished, which are skipped with a note (configured and inferred).
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sources.adapters import registry
from sources.adapters._json_infer import infer
from sources.adapters._json_mapping import gone
from sources.adapters.base import FetchWindow
from sources.adapters.json_api import JsonApiAdapter
from sources.extraction import default_window, extract_document
from tests.sources.helpers import parse_json

CORPUS = Path(__file__).resolve().parents[2] / "bench" / "corpus" / "apis" / "files"
CHICAGO = ZoneInfo("America/Chicago")
NEW_YORK = ZoneInfo("America/New_York")
WINDOW = FetchWindow(start=dt.datetime(2024, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2025, 1, 1, tzinfo=dt.UTC))


parse = functools.partial(parse_json, window=WINDOW, zone=CHICAGO)


# --- one event as the whole response ------------------------------------------------------------------------
def test_a_tribe_events_single_event_response_is_that_event_not_its_organizer_list():
    # The Events Calendar REST /events/<id> answer (City-Bureau/city-scrapers tests/files/hacc_event.json).
    result = extract_document(
        (CORPUS / "hacc_event.json").read_bytes(),
        window=default_window(dt.datetime(2018, 4, 16, tzinfo=CHICAGO)),
        zone=CHICAGO,
    )

    (event,) = result.events
    assert event["title"] == "Entrepreneurship Boot Camp Session 2, Marketing Plan"
    assert dt.datetime.fromisoformat(event["start"]) == dt.datetime(2018, 5, 11, 10, 0, tzinfo=CHICAGO)
    assert dt.datetime.fromisoformat(event["end"]) == dt.datetime(2018, 5, 11, 12, 0, tzinfo=CHICAGO)
    assert "Turlington West Community Room" in (event["venue_name"] or "")


def test_an_object_with_its_own_title_and_start_is_read_as_one_event():
    adapter, events = parse(
        {"title": "Open studio", "start_date": "2024-05-11 10:00:00", "speakers": [{"name": "A", "date": "2020-01-01"}]}
    )

    assert [(event.title, event.start) for event in events] == [
        ("Open studio", dt.datetime(2024, 5, 11, 10, 0, tzinfo=CHICAGO))
    ]
    assert adapter.inferred is not None
    assert adapter.inferred["items"] == ""
    assert "the document itself" in adapter.inferred_evidence[0]


def test_an_events_list_still_wins_over_the_wrapper_around_it():
    document = {
        "title": "City calendar",
        "date": "2024-01-01",
        "events": [{"title": "Board", "start": "2024-03-01T18:00:00"}, {"title": "Zoning", "start": "2024-03-08"}],
    }

    found = infer(document)

    assert found is not None
    assert found.config["items"] == "events"


def test_a_wrapper_whose_title_and_start_come_from_inside_its_list_is_not_one_event():
    # Google Calendar v3's events.list shape: the root's "summary" and "updated" are the calendar's; items[].start
    # (dateTime or date) is each event's.
    meeting = {
        "kind": "calendar#event",
        "status": "confirmed",
        "summary": "Board Meeting",
        "location": "1180 S Main St, Akron, OH",
        "start": {"dateTime": "2026-12-10T18:00:00-05:00"},
        "end": {"dateTime": "2026-12-10T19:30:00-05:00"},
    }
    document = {
        "kind": "calendar#events",
        "summary": "Veterans Service Commission",
        "updated": "2026-11-20T14:02:11.000Z",
        "timeZone": "America/New_York",
        "items": [meeting, {**meeting, "start": {"dateTime": "2027-01-14T18:00:00-05:00"}}],
    }
    found = infer(document)

    assert found is not None
    assert found.config["items"] == "items"


# --- items the source says are gone -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "item",
    [
        {"isDeleted": True},
        {"deleted": "true"},
        {"is_removed": 1},
        {"Unpublished": "yes"},
        {"published": False},
        {"status": "trash"},
        {"post_status": "draft"},
        {"EventState": "Deleted"},
    ],
)
def test_a_flag_or_state_saying_deleted_or_unpublished_is_gone(item):
    assert gone({"title": "x", **item}) is not None


@pytest.mark.parametrize(
    "item",
    [
        {"isDeleted": False},
        {"deleted": "false"},
        {"deleted": {"by": "nobody"}},
        {"published": True},
        {"status": "cancelled"},  # cancelled is shown, with its status
        {"AgendaStatus": "Draft"},  # the agenda is a draft, not the meeting
        {"MarkedAgendaPublished": False},
        {"venue": {"isDeleted": True}},  # a part's flag, not the item's
        {"removedFromCalendarAt": None},
    ],
)
def test_other_keys_and_values_are_not_gone(item):
    assert gone({"title": "x", **item}) is None


def test_an_inferred_api_skips_a_deleted_item_with_a_note():
    # CivicClerk's OData answer (City-Bureau/city-scrapers-atl): five items, one "isDeleted": true; the project
    # expects four meetings.
    result = extract_document(
        (CORPUS / "forestpark_city_council.json").read_bytes(),
        window=default_window(dt.datetime(2024, 12, 3, tzinfo=NEW_YORK)),
        zone=NEW_YORK,
    )

    assert len(result.events) == 4
    assert any("deleted or unpublished" in note and "isDeleted" in note for note in result.notes)


def test_a_configured_api_skips_deleted_and_unpublished_items_and_says_how_many():
    config = {"items": "data", "mapping": {"title": "name", "start": "when"}}
    payload = {
        "data": [
            {"name": "Kept", "when": "2024-06-01T10:00:00"},
            {"name": "Gone", "when": "2024-06-02T10:00:00", "isDeleted": True},
            {"name": "Draft", "when": "2024-06-03T10:00:00", "post_status": "draft"},
        ]
    }

    adapter, events = parse(payload, config)

    assert [event.title for event in events] == ["Kept"]
    assert adapter.notes == [
        "Skipped 2 item(s) the source flags as deleted or unpublished (the first: isDeleted: True); not events."
    ]


# --- JSON whose strings hold markup is JSON -------------------------------------------------------------------
def test_a_json_list_whose_descriptions_are_html_is_read_as_json_not_as_a_page():
    # Modern Events Calendar's feed (ktrnka/seattle-outdoor-volunteering tests/etl/data/dnda_volunteer_events.json):
    # every description is HTML, which made the page reader claim the document and find nothing.
    los_angeles = ZoneInfo("America/Los_Angeles")
    result = extract_document(
        (CORPUS / "dnda_volunteer_events.json").read_bytes(),
        window=default_window(dt.datetime(2025, 7, 28, tzinfo=los_angeles)),
        zone=los_angeles,
    )

    assert result.adapter == "json_api"
    assert len(result.events) == 4
    first = result.events[0]
    assert first["title"] == "Volunteer Wetland Restoration"
    assert dt.datetime.fromisoformat(first["end"]) == dt.datetime(2025, 7, 29, 13, 0, tzinfo=los_angeles)


def test_json_sniffs_before_html_and_a_page_is_still_a_page():
    payload = json.dumps([{"title": "Talk", "start": "2024-05-01T18:00:00", "description": "<p>Hi <b>all</b></p>"}])

    assert registry.sniff(payload.encode()) is JsonApiAdapter
    assert registry.sniff(b"<html><body><h1>Talk</h1><p>May 1, 2024 6pm</p></body></html>").name == "html"


def test_only_an_items_first_keys_are_looked_at_for_a_gone_flag():
    many = {f"k{n}": n for n in range(100_000)}

    assert gone({**many, "isDeleted": True}) is None
    assert gone({"isDeleted": True, **many}) == "isDeleted: True"
