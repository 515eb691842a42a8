"""The Luma adapter against recorded list-events pages served by a local HTTP server."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management.base import CommandError

from events.models import Event
from events.services import staged_events_process
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, RawEvent, RejectedRecord
from sources.adapters.luma import LumaAdapter
from sources.http import HttpClient
from sources.models import FetchRun
from sources.services import source_fetch
from tests.factories import SourceFactory
from tests.sources.helpers import run_extract

RECORDED = Path(__file__).parent / "recorded" / "luma"
PATH = "/public/v1/calendar/list-events"
CURSOR = "Y2FsZXYtQjRkTjRtM0UwdjNu"
WINDOW = FetchWindow(start=dt.datetime(2026, 11, 20, tzinfo=dt.UTC), end=dt.datetime(2027, 11, 20, tzinfo=dt.UTC))
LA = ZoneInfo("America/Los_Angeles")


def serve_calendar(recorded) -> None:
    recorded.add(PATH, query={"pagination_cursor": CURSOR}, file="luma/list_events_page2.json")
    recorded.add(PATH, file="luma/list_events_page1.json")


def make(recorded, http: HttpClient, **config) -> LumaAdapter:
    return LumaAdapter(
        config={"api_key": "luma-secret-key", "base_url": recorded.url(), **config},
        context=AdapterContext(source="luma", window=WINDOW, http=http),
    )


def fetch_all(recorded, no_sleep, **config) -> tuple[LumaAdapter, list]:
    with HttpClient(rate_key="t", allow_private=True, sleep=no_sleep.append) as http:
        adapter = make(recorded, http, **config)
        return adapter, list(adapter.fetch())


def extract(*args: str) -> tuple[list[dict], str]:
    return run_extract(*args, "--from", "2026-11-20", "--to", "2027-11-20")


def test_fetch_sends_the_key_header_and_follows_the_cursor(recorded, no_sleep):
    serve_calendar(recorded)
    adapter, records = fetch_all(recorded, no_sleep)
    first, second = recorded.requests
    assert first.headers["x-luma-api-key"] == "luma-secret-key"
    assert "luma-secret-key" not in json.dumps(first.query)  # the key travels in the header only
    assert first.query == {"after": "2026-11-20T00:00:00Z", "before": "2027-11-20T00:00:00Z", "pagination_limit": "50"}
    assert second.query["pagination_cursor"] == CURSOR
    assert second.headers["x-luma-api-key"] == "luma-secret-key"
    assert [record.external_id for record in records] == [
        "evt-7Hk2Qm9XrT4bLpA",
        "evt-Vd3B8nQ5wE1rT7y",
        "evt-N0T1tL3dEv3nT0z",
        "evt-Fd8Gh2Jk4Lm6Np8",
        "evt-Tbd0Tbd1Tbd2Tbd",
    ]
    assert adapter.is_complete()


def test_one_event_is_mapped_field_by_field(recorded, no_sleep):
    serve_calendar(recorded)
    _, records = fetch_all(recorded, no_sleep)
    assert records[0] == RawEvent(
        source="luma",
        external_id="evt-7Hk2Qm9XrT4bLpA",
        title="SF Python Holiday Meetup",
        description="Lightning talks, a pandas puzzle contest and holiday snacks.\n\nDoors at 5:45pm, talks from 6pm.",
        start=dt.datetime(2026, 12, 9, 18, 0, tzinfo=LA),
        end=dt.datetime(2026, 12, 9, 20, 30, tzinfo=LA),
        timezone="America/Los_Angeles",
        venue_name="The Midway",
        address="900 Marin St, San Francisco, CA 94124, USA",
        city="San Francisco",
        country="United States",
        latitude=37.7489,
        longitude=-122.3877,
        url="https://lu.ma/sfpython-dec26",
        image_url="https://images.lumacdn.com/event-covers/7h/4c1f0e2a-5b6d-4e8f-9a0b-1c2d3e4f5a6b",
        online=False,
        source_category="Python, Meetup",
        tags=["python", "meetup"],
    )
    assert records[0].start.utcoffset() == dt.timedelta(hours=-8)  # the event's wall clock, not UTC


def test_online_private_and_unreadable_events(recorded, no_sleep):
    serve_calendar(recorded)
    _, records = fetch_all(recorded, no_sleep)
    by_id = {record.external_id: record for record in records}
    online = by_id["evt-Vd3B8nQ5wE1rT7y"]
    assert online.online is True
    assert (online.venue_name, online.address, online.latitude) == (None, None, None)
    assert online.start == dt.datetime(2026, 12, 15, 12, 0, tzinfo=ZoneInfo("America/New_York"))
    assert "evt-Pr1vAt3D1nN3r0x" not in by_id  # a private event is never republished
    london = by_id["evt-Fd8Gh2Jk4Lm6Np8"]
    assert (london.venue_name, london.address) == ("Second Home Spitalfields", "68 Hanbury St, London E1 5JL, UK")
    assert (london.latitude, london.longitude) == (51.5205, -0.0702)  # older payloads: inside geo_address_json
    assert london.url == "https://lu.ma/founders-breakfast-ldn"  # a bare slug made absolute
    assert (london.end, london.description) == (None, None)
    rejected = {record.external_id: record.reason for record in records if isinstance(record, RejectedRecord)}
    assert rejected == {
        "evt-N0T1tL3dEv3nT0z": "The event has no name.",
        "evt-Tbd0Tbd1Tbd2Tbd": "The event has no readable start_at.",
    }


def test_pagination_is_bounded_and_a_cut_listing_is_not_complete(recorded, no_sleep):
    recorded.add(PATH, file="luma/list_events_page1.json")  # always "has_more": a runaway cursor
    adapter, records = fetch_all(recorded, no_sleep, max_pages=3, page_size=4)
    assert len(recorded.requests) == 3
    assert recorded.requests[0].query["pagination_limit"] == "4"
    assert len(records) == 9
    assert not adapter.is_complete()


def test_a_bad_page_limit_is_a_config_error(recorded, no_sleep):
    with pytest.raises(AdapterError, match="'max_pages' in the Luma source config must be a whole number"):
        fetch_all(recorded, no_sleep, max_pages="lots")
    assert recorded.requests == []


def test_missing_key_names_the_environment_variable(recorded, no_sleep, settings):
    settings.SOURCE_CREDENTIALS = {**settings.SOURCE_CREDENTIALS, "luma": {"api_key": ""}}
    with HttpClient(rate_key="t", allow_private=True) as http:
        adapter = LumaAdapter(
            config={"base_url": recorded.url()}, context=AdapterContext(source="luma", window=WINDOW, http=http)
        )
        with pytest.raises(AdapterError, match="LUMA_API_KEY"):
            list(adapter.fetch())
    assert recorded.requests == []


def test_key_from_the_environment(recorded, no_sleep, settings):
    settings.SOURCE_CREDENTIALS = {**settings.SOURCE_CREDENTIALS, "luma": {"api_key": "from-env"}}
    serve_calendar(recorded)
    with HttpClient(rate_key="t", allow_private=True) as http:
        adapter = LumaAdapter(
            config={"base_url": recorded.url()}, context=AdapterContext(source="luma", window=WINDOW, http=http)
        )
        list(adapter.fetch())
    assert recorded.requests[0].headers["x-luma-api-key"] == "from-env"


@pytest.mark.parametrize(
    "body", [{"message": "Invalid API key"}, {"entries": {"evt-1": {}}, "has_more": False}, [1, 2, 3]]
)
def test_a_response_of_another_shape_is_an_adapter_error(recorded, no_sleep, body):
    recorded.add(PATH, json_body=body)
    with pytest.raises(AdapterError, match="Not a Luma list-events response"):
        fetch_all(recorded, no_sleep)


def test_extract_auto_recognises_a_saved_page():
    auto, errors = extract(str(RECORDED / "list_events_page1.json"))
    explicit, _ = extract(str(RECORDED / "list_events_page1.json"), "--kind", "luma")
    assert auto == explicit
    assert {event["source"] for event in auto} == {"luma"}
    assert [event["title"] for event in auto] == ["SF Python Holiday Meetup", "Intro to Vector Databases (Online)"]
    assert auto[0]["start"] == "2026-12-09T18:00:00-08:00"
    assert "skipped evt-N0T1tL3dEv3nT0z: The event has no name." in errors


def test_extract_of_something_else_exits_2(tmp_path):
    other = tmp_path / "other.json"
    other.write_text('{"entries": "none", "has_more": false}')
    with pytest.raises(CommandError, match="Not a Luma list-events response") as excinfo:
        extract(str(other), "--kind", "luma")
    assert excinfo.value.returncode == 2
    assert not LumaAdapter.sniff(b'{"events": [], "total": 0}')


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # replays responses recorded on RECORDED_NOW
def test_source_fetch_stages_and_publishes(recorded, no_sleep):
    from django.core.management import call_command

    # The events' own locations place them: the cities they are in must be known (the demo cities).
    call_command("loaddata", "cities", verbosity=0)
    serve_calendar(recorded)
    source = SourceFactory(
        slug="sf-python",
        adapter="luma",
        kind="api",
        config={"api_key": "luma-secret-key", "base_url": recorded.url(), "allow_private_network": True},
    )
    outcome = source_fetch(source=source, window=WINDOW, sleep=no_sleep.append)
    run = outcome.run
    assert (run.status, run.found, run.new, run.failed, run.requests) == (FetchRun.Status.PARTIAL, 5, 3, 2, 2)
    assert {error["external_id"] for error in run.errors} == {"evt-N0T1tL3dEv3nT0z", "evt-Tbd0Tbd1Tbd2Tbd"}
    processed = staged_events_process(staged_event_ids=outcome.pending_ids)
    # The London event is outside every known city: held for a moderator, not published in San Francisco.
    assert (processed.published, processed.held) == (2, 1)
    meetup = Event.objects.get(title="SF Python Holiday Meetup")
    assert meetup.venue.name == "The Midway"
    assert meetup.timezone == "America/Los_Angeles"
    assert meetup.local_start.hour == 18
    assert Event.objects.get(title="Intro to Vector Databases (Online)").online
