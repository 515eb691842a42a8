"""The Yelp Fusion events adapter against recorded search pages served by a local HTTP server."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management.base import CommandError

from events.models import Event
from events.services import staged_events_process
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, RawEvent, RejectedRecord
from sources.adapters.yelp import YelpAdapter
from sources.http import HttpClient
from sources.models import FetchRun
from sources.services import source_fetch
from tests.factories import CityFactory, SourceFactory
from tests.sources.helpers import run_extract as extract

RECORDED = Path(__file__).parent / "recorded" / "yelp"
PATH = "/v3/events"
WINDOW = FetchWindow(start=dt.datetime(2026, 11, 20, tzinfo=dt.UTC), end=dt.datetime(2027, 2, 1, tzinfo=dt.UTC))
LA = ZoneInfo("America/Los_Angeles")
CONFIG = {"api_key": "yelp-secret", "location": "San Francisco, CA", "page_size": 3}


def serve_search(recorded) -> None:
    recorded.add(PATH, query={"offset": "3"}, file="yelp/events_offset3.json")
    recorded.add(PATH, query={"offset": "0"}, file="yelp/events_offset0.json")


def fetch_all(recorded, no_sleep, *, tz=LA, **config) -> list:
    with HttpClient(rate_key="t", allow_private=True, sleep=no_sleep.append) as http:
        adapter = YelpAdapter(
            config={**CONFIG, "base_url": recorded.url(), **config},
            context=AdapterContext(source="yelp", window=WINDOW, default_timezone=tz, http=http),
        )
        return list(adapter.fetch())


def test_search_sends_bearer_auth_and_walks_offsets_until_the_total(recorded, no_sleep):
    serve_search(recorded)
    records = fetch_all(recorded, no_sleep, categories="music,festivals-fairs", radius=50_000)
    first, second = recorded.requests
    assert first.headers["authorization"] == "Bearer yelp-secret"
    assert first.query == {
        "location": "San Francisco, CA",
        "start_date": str(int(WINDOW.start.timestamp())),
        "end_date": str(int(WINDOW.end.timestamp())),
        "limit": "3",
        "offset": "0",
        "sort_on": "time_start",
        "sort_by": "asc",
        "categories": "music,festivals-fairs",
        "radius": "40000",  # Yelp's maximum
    }
    assert second.query["offset"] == "3"
    assert len(records) == 5
    assert not YelpAdapter.complete_listing  # a search: missing events prove nothing


def test_coordinates_instead_of_a_location(recorded, no_sleep):
    serve_search(recorded)
    fetch_all(recorded, no_sleep, location="", latitude=37.77, longitude=-122.42)
    query = recorded.requests[0].query
    assert (query["latitude"], query["longitude"]) == ("37.77", "-122.42")
    assert "location" not in query


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ({"location": ""}, "needs 'location', or 'latitude' and 'longitude'"),
        ({"location": "", "latitude": "north", "longitude": -122.4}, "'latitude' in the Yelp source config must be"),
        ({"page_size": 0}, "'page_size' in the Yelp source config must be"),
    ],
)
def test_config_is_checked_before_any_request(recorded, no_sleep, config, message):
    with pytest.raises(AdapterError, match=message):
        fetch_all(recorded, no_sleep, **config)
    assert recorded.requests == []


def test_pages_are_bounded(recorded, no_sleep):
    recorded.add(
        PATH, json_body={"total": 900, "events": json.loads((RECORDED / "events_offset0.json").read_text())["events"]}
    )
    records = fetch_all(recorded, no_sleep, max_pages=2)
    assert [request.query["offset"] for request in recorded.requests] == ["0", "3"]
    assert len(records) == 6


def test_one_event_is_mapped_field_by_field(recorded, no_sleep):
    serve_search(recorded)
    jazz = fetch_all(recorded, no_sleep)[0]
    assert jazz == RawEvent(
        source="yelp",
        external_id="san-francisco-holiday-lights-jazz-night",
        title="Holiday Lights Jazz Night",
        description="An evening of holiday standards with the Fillmore Trio. Two sets, full bar, dinner seating available...",
        start=dt.datetime(2026, 12, 5, 19, 0, tzinfo=LA),
        end=dt.datetime(2026, 12, 5, 22, 30, tzinfo=LA),
        timezone="America/Los_Angeles",
        address="1330 Fillmore St",
        city="San Francisco",
        country="US",
        latitude=37.7833,
        longitude=-122.4326,
        url="https://www.yelp.com/events/san-francisco-holiday-lights-jazz-night?adjust_creative=Jt7hQmRkV0kZ8wQk2z4n1A&utm_campaign=yelp_api_v3&utm_medium=api_v3_event_search&utm_source=Jt7hQmRkV0kZ8wQk2z4n1A",
        ticket_url="https://www.ticketweb.com/event/holiday-lights-jazz-night-yoshis-tickets/13579246",
        image_url="https://s3-media2.fl.yelpcdn.com/ephoto/9oYb2dW1m8cTqFz3kPj6hA/o.jpg",
        cost_type="paid",
        price_min=Decimal("25.0"),
        price_max=Decimal("40.0"),
        status="scheduled",
        source_category="music",
        tags=["music"],
    )


def test_free_cancelled_foreign_offset_and_unreadable(recorded, no_sleep):
    serve_search(recorded)
    records = {record.external_id: record for record in fetch_all(recorded, no_sleep)}
    fair = records["san-francisco-dolores-park-holiday-craft-fair"]
    assert (fair.cost_type, fair.price_min, fair.price_max, fair.ticket_url) == ("free", None, None, None)
    assert fair.address == "Dolores St & 19th St"
    yoga = records["san-francisco-rooftop-yoga-at-sunset-3"]
    assert (yoga.status, yoga.cost_type, yoga.price_min, yoga.price_max) == (
        "cancelled",
        "paid",
        Decimal("15.0"),
        Decimal("15.0"),
    )
    assert (yoga.address, yoga.image_url, yoga.end) == ("333 O'Farrell St, Rooftop", None, None)
    tamales = records["new-york-tamale-workshop-with-chef-rosa"]
    # -05:00 is not Los Angeles: the offset is kept and no zone is claimed.
    assert tamales.start.isoformat() == "2026-12-12T11:00:00-05:00"
    assert tamales.timezone is None
    bad = records["san-francisco-mystery-pop-up"]
    assert isinstance(bad, RejectedRecord)
    assert bad.reason == "The event has no readable time_start."


def test_missing_key_names_the_environment_variable(recorded, no_sleep, settings):
    settings.SOURCE_CREDENTIALS = {**settings.SOURCE_CREDENTIALS, "yelp": {"api_key": ""}}
    with pytest.raises(AdapterError, match="YELP_API_KEY"):
        fetch_all(recorded, no_sleep, api_key="")
    assert recorded.requests == []


def test_a_response_of_another_shape_is_an_adapter_error(recorded, no_sleep):
    recorded.add(PATH, json_body={"businesses": [], "total": 0})
    with pytest.raises(AdapterError, match="Not a Yelp events response"):
        fetch_all(recorded, no_sleep)


def test_extract_auto_recognises_a_saved_page():
    auto, errors = extract(str(RECORDED / "events_offset3.json"), "--tz", "America/New_York")
    explicit, _ = extract(str(RECORDED / "events_offset3.json"), "--kind", "yelp", "--tz", "America/New_York")
    assert auto == explicit
    (tamales,) = auto
    assert tamales["source"] == "yelp"
    assert (tamales["start"], tamales["timezone"]) == ("2026-12-12T11:00:00-05:00", "America/New_York")
    assert (tamales["price_min"], tamales["price_max"], tamales["currency"]) == (65.0, 65.0, None)
    assert "skipped san-francisco-mystery-pop-up: The event has no readable time_start." in errors


def test_extract_of_a_business_search_is_refused(tmp_path):
    other = tmp_path / "businesses.json"
    other.write_text('{"businesses": [{"id": "x"}], "total": 1}')
    assert not YelpAdapter.sniff(other.read_bytes())
    with pytest.raises(CommandError, match="Not a Yelp events response") as excinfo:
        extract(str(other), "--kind", "yelp")
    assert excinfo.value.returncode == 2


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # replays responses recorded on RECORDED_NOW
def test_source_fetch_stages_and_publishes(recorded, no_sleep):
    from django.core.management import call_command

    # The events' own locations place them: the cities they are in must be known (the demo cities).
    call_command("loaddata", "cities", verbosity=0)
    serve_search(recorded)
    city = CityFactory(slug="san-francisco", name="San Francisco", timezone="America/Los_Angeles")
    source = SourceFactory(
        slug="yelp-sf",
        adapter="yelp",
        kind="api",
        city=city,
        config={**CONFIG, "base_url": recorded.url(), "allow_private_network": True},
    )
    outcome = source_fetch(source=source, window=WINDOW, sleep=no_sleep.append)
    run = outcome.run
    assert (run.status, run.found, run.new, run.failed, run.requests) == (FetchRun.Status.PARTIAL, 5, 4, 1, 2)
    staged_events_process(staged_event_ids=outcome.pending_ids)
    jazz = Event.objects.get(title="Holiday Lights Jazz Night")
    assert jazz.is_published
    assert (jazz.timezone, jazz.local_start.hour, jazz.price_min) == ("America/Los_Angeles", 19, Decimal("25.00"))
    assert Event.objects.get(title="Rooftop Yoga at Sunset").status == "cancelled"
    assert Event.objects.get(title="Dolores Park Holiday Craft Fair").cost_type == "free"
