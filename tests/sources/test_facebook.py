"""The Facebook page-events adapter against recorded Graph API pages served by a local HTTP server."""

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
from sources.adapters.facebook import FIELDS, FacebookAdapter, graph_time
from sources.http import HttpClient
from sources.models import FetchRun
from sources.services import source_fetch
from tests.factories import SourceFactory
from tests.sources.helpers import run_extract

RECORDED = Path(__file__).parent / "recorded" / "facebook"
PAGE_ID = "108123456789012"
PATH = f"/v19.0/{PAGE_ID}/events"
AFTER = "QVFIUkdjT0ZAGNXhsQlhXRFlrWlZAzRWhXdWtX"
WINDOW = FetchWindow(start=dt.datetime(2026, 11, 20, tzinfo=dt.UTC), end=dt.datetime(2027, 2, 1, tzinfo=dt.UTC))
LA = ZoneInfo("America/Los_Angeles")
CONFIG = {"page_id": PAGE_ID, "access_token": "EAAGpagetoken", "organizer": "Mission Arts Collective"}


def serve_page(recorded) -> None:
    recorded.add(PATH, query={"after": AFTER}, file="facebook/page_events_2.json")
    recorded.add(PATH, file="facebook/page_events_1.json")


def make(recorded, http: HttpClient, **config) -> FacebookAdapter:
    return FacebookAdapter(
        config={**CONFIG, "base_url": recorded.url(), **config},
        context=AdapterContext(source="facebook", window=WINDOW, http=http),
    )


def fetch_all(recorded, no_sleep, **config) -> tuple[FacebookAdapter, list]:
    with HttpClient(rate_key="t", allow_private=True, sleep=no_sleep.append) as http:
        adapter = make(recorded, http, **config)
        return adapter, list(adapter.fetch())


def extract(*args: str) -> tuple[list[dict], str]:
    return run_extract(*args, "--from", "2026-11-20", "--to", "2027-02-01")


def test_graph_times_without_a_colon_in_the_offset():
    assert graph_time("2026-12-05T19:00:00-0800", LA) == dt.datetime(2026, 12, 5, 19, 0, tzinfo=LA)
    assert graph_time("2026-12-05T19:00:00-0800", None).utcoffset() == dt.timedelta(hours=-8)
    assert graph_time("2026-12-06T03:00:00+0000", LA) == dt.datetime(2026, 12, 5, 19, 0, tzinfo=LA)
    assert graph_time("2026-12-05", LA) == dt.date(2026, 12, 5)
    assert graph_time("soon", LA) is None


def test_fetch_sends_the_token_and_follows_the_after_cursor(recorded, no_sleep):
    serve_page(recorded)
    adapter, records = fetch_all(recorded, no_sleep, page_size=3)
    first, second = recorded.requests
    assert first.query == {
        "access_token": "EAAGpagetoken",
        "fields": FIELDS,
        "time_filter": "upcoming",
        "include_canceled": "true",
        "limit": "3",
    }
    assert second.query["after"] == AFTER
    assert second.query["access_token"] == "EAAGpagetoken"
    assert len(records) == 7  # 1 + 3 trivia nights in the window + 1 + 1 + 1 unreadable
    assert adapter.is_complete()


def test_one_event_is_mapped_field_by_field(recorded, no_sleep):
    serve_page(recorded)
    _, records = fetch_all(recorded, no_sleep)
    assert records[0] == RawEvent(
        source="facebook",
        external_id="1043928475612345",
        title="Winter Solstice Concert",
        description="The Mission Chamber Singers return with carols old and new.\nAll ages. Doors 7pm.",
        start=dt.datetime(2026, 12, 20, 19, 30, tzinfo=LA),
        end=dt.datetime(2026, 12, 20, 22, 0, tzinfo=LA),
        timezone="America/Los_Angeles",
        venue_name="The Chapel",
        address="777 Valencia St",
        city="San Francisco",
        country="United States",
        latitude=37.760311,
        longitude=-122.421356,
        url="https://www.facebook.com/events/1043928475612345/",
        ticket_url="https://www.eventbrite.com/e/winter-solstice-concert-tickets-823456789012",
        image_url="https://scontent-sjc3-1.xx.fbcdn.net/v/t39.30808-6/412345678_1043928475612345_8123456789012345678_n.jpg?_nc_cat=105&ccb=1-7&oh=00_AfA1b2C3&oe=6781A2B3",
        organizer="Mission Arts Collective",
        status="scheduled",
        online=False,
        source_category="MUSIC_EVENT",
        tags=["music_event"],
    )


def test_each_occurrence_of_a_recurring_event_is_an_event(recorded, no_sleep):
    serve_page(recorded)
    _, records = fetch_all(recorded, no_sleep)
    trivia = [record for record in records if isinstance(record, RawEvent) and record.title == "Tuesday Trivia Night"]
    assert [(record.external_id, record.start.isoformat(), record.ticket_url) for record in trivia] == [
        ("2234567890123457", "2026-12-01T19:00:00-08:00", "https://rosiestavern.example/trivia?date=2026-12-01"),
        ("2234567890123458", "2026-12-08T19:00:00-08:00", "https://rosiestavern.example/trivia?date=2026-12-08"),
        # No ticket link of its own: the series' link.
        ("2234567890123459", "2026-12-15T19:00:00-08:00", "https://rosiestavern.example/trivia"),
    ]  # the March occurrence is outside the window
    assert all(record.venue_name == "Rosie's Tavern" for record in trivia)
    assert trivia[0].url == "https://www.facebook.com/events/2234567890123457/"


def test_cancelled_online_event_without_a_place_and_an_unreadable_one(recorded, no_sleep):
    serve_page(recorded)
    _, records = fetch_all(recorded, no_sleep)
    by_id = {record.external_id: record for record in records}
    town_hall = by_id["3345678901234567"]
    assert (town_hall.status, town_hall.online, town_hall.venue_name, town_hall.latitude) == (
        "cancelled",
        True,
        None,
        None,
    )
    party = by_id["4456789012345678"]
    assert (party.end, party.image_url, party.ticket_url) == (None, None, None)
    assert by_id["5567890123456789"] == RejectedRecord(
        external_id="5567890123456789",
        reason="The event has no readable start_time.",
        raw=by_id["5567890123456789"].raw,
    )


def test_pagination_is_bounded_and_a_cut_listing_is_not_complete(recorded, no_sleep):
    recorded.add(PATH, file="facebook/page_events_1.json")  # always a next page
    adapter, _ = fetch_all(recorded, no_sleep, max_pages=2)
    assert len(recorded.requests) == 2
    assert not adapter.is_complete()


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"page_id": ""}, "needs 'page_id'"),
        ({"page_id": "../me/accounts"}, "needs 'page_id'"),
        ({"api_version": "19"}, "Unreadable api_version"),
    ],
)
def test_config_is_checked_before_any_request(recorded, no_sleep, config, message):
    with pytest.raises(AdapterError, match=message):
        fetch_all(recorded, no_sleep, **config)
    assert recorded.requests == []


def test_missing_token_names_the_environment_variable(recorded, no_sleep, settings):
    settings.SOURCE_CREDENTIALS = {**settings.SOURCE_CREDENTIALS, "facebook": {"access_token": ""}}
    with pytest.raises(AdapterError, match="FACEBOOK_ACCESS_TOKEN"):
        fetch_all(recorded, no_sleep, access_token="")
    assert recorded.requests == []


def test_a_graph_error_body_and_another_shape_are_adapter_errors(recorded, no_sleep, tmp_path):
    recorded.add(PATH, json_body={"data": {"id": PAGE_ID}})
    with pytest.raises(AdapterError, match="Not a Graph API events response"):
        fetch_all(recorded, no_sleep)
    saved = tmp_path / "error.json"
    saved.write_text(
        json.dumps(
            {
                "error": {
                    "message": "(#10) This endpoint requires the 'pages_read_engagement' permission",
                    "type": "OAuthException",
                    "code": 10,
                }
            }
        )
    )
    with pytest.raises(CommandError, match="requires the 'pages_read_engagement' permission") as excinfo:
        extract(str(saved), "--kind", "facebook")
    assert excinfo.value.returncode == 2


def test_extract_auto_recognises_a_saved_page():
    auto, errors = extract(str(RECORDED / "page_events_1.json"))
    explicit, _ = extract(str(RECORDED / "page_events_1.json"), "--kind", "facebook")
    assert auto == explicit
    assert {event["source"] for event in auto} == {"facebook"}
    assert [event["start"] for event in auto] == [
        "2026-12-20T19:30:00-08:00",
        "2026-12-01T19:00:00-08:00",
        "2026-12-08T19:00:00-08:00",
        "2026-12-15T19:00:00-08:00",
        "2026-12-03T18:00:00-08:00",
    ]
    assert errors == ""


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # replays responses recorded on RECORDED_NOW
def test_source_fetch_stages_and_publishes(recorded, no_sleep):
    from django.core.management import call_command

    # The events' own locations place them: the cities they are in must be known (the demo cities).
    call_command("loaddata", "cities", verbosity=0)
    serve_page(recorded)
    source = SourceFactory(
        slug="mission-arts",
        adapter="facebook",
        kind="api",
        config={**CONFIG, "base_url": recorded.url(), "allow_private_network": True},
    )
    outcome = source_fetch(source=source, window=WINDOW, sleep=no_sleep.append)
    run = outcome.run
    assert (run.status, run.found, run.new, run.failed, run.requests) == (FetchRun.Status.PARTIAL, 7, 6, 1, 2)
    processed = staged_events_process(staged_event_ids=outcome.pending_ids)
    assert processed.published == 6
    assert Event.objects.filter(title="Tuesday Trivia Night").count() == 3
    concert = Event.objects.get(title="Winter Solstice Concert")
    assert (concert.venue.name, concert.local_start.hour, concert.organizer.name) == (
        "The Chapel",
        19,
        "Mission Arts Collective",
    )
    assert Event.objects.get(title="Community Town Hall (Livestream)").status == "cancelled"
