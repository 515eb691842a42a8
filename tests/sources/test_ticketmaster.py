"""Ticketmaster Discovery API v2 adapter, against recorded responses served by a local HTTP server."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sources.adapters import registry
from sources.adapters.base import AdapterContext, AdapterError, RawEvent, RejectedRecord
from sources.adapters.ticketmaster import (
    DATE_UNKNOWN,
    EVENTS_PATH,
    HTML_PAGE,
    NO_START,
    NOT_EVENT_SEARCH,
    TicketmasterAdapter,
)
from sources.models import FetchRun
from tests.sources.helpers import (
    YEAR_WINDOW,
    api_source,
    assert_extract_exits_2,
    assert_refused_before_any_request,
    assert_server_errors_retried,
    by_id,
    extract_events,
    failed_run,
    fetch_records,
    fetch_source,
    process_staged,
    published,
    set_credentials,
    without,
)

RECORDED = Path(__file__).parent / "recorded" / "ticketmaster"
WINDOW = YEAR_WINDOW
CHICAGO = ZoneInfo("America/Chicago")
KEY = "tm-test-key-7f3a"


def config(recorded, **extra) -> dict:
    return {
        "api_key": KEY,
        "base_url": recorded.url(""),
        "allow_private_network": True,
        "city": "Chicago",
        "countryCode": "US",
        "classificationName": "music,sports",
        "size": 3,
        **extra,
    }


def serve_two_pages(recorded) -> None:
    recorded.add(EVENTS_PATH, recorded.reply(file="ticketmaster/events_page1.json"), query={"page": "1"})
    recorded.add(EVENTS_PATH, recorded.reply(file="ticketmaster/events_page0.json"), query={"page": "0"})


def fetch(cfg: dict) -> list:
    return fetch_records(TicketmasterAdapter, cfg, window=WINDOW, rate_key="tm-test")


def test_search_request_carries_key_filters_window_and_follows_pages(recorded):
    serve_two_pages(recorded)
    records = fetch(config(recorded))
    assert [request.path for request in recorded.requests] == [EVENTS_PATH, EVENTS_PATH]
    first, second = recorded.requests
    assert first.method == "GET"
    assert first.query == {
        "apikey": KEY,
        "city": "Chicago",
        "countryCode": "US",
        "classificationName": "music,sports",
        "startDateTime": "2026-11-20T00:00:00Z",
        "endDateTime": "2027-11-20T00:00:00Z",
        "sort": "date,asc",
        "size": "3",
        "page": "0",
    }
    assert second.query == {**first.query, "page": "1"}
    assert [record.external_id for record in records] == [
        "vvG1zZ9Kf3a_Qk",
        "G5diZ9kq3Bz0f",
        "Z7r9jZ1A7kPbf",
        "vv1AaZ9KGkCuP",
        "vvG1iZ9Kx0mNo",
        "Z698xZu0Zaa7A",
    ]
    rejected = [record for record in records if isinstance(record, RejectedRecord)]
    assert [(record.external_id, record.reason) for record in rejected] == [("vvG1iZ9Kx0mNo", NO_START)]
    assert rejected[0].raw["name"] == "Winter Jazz Session"


def test_a_full_event_is_mapped_exactly(recorded):
    serve_two_pages(recorded)
    owls = by_id(fetch(config(recorded)))["vvG1zZ9Kf3a_Qk"]
    assert owls == RawEvent(
        source="ticketmaster",
        external_id="vvG1zZ9Kf3a_Qk",
        title="The Midnight Owls: Long Night Tour",
        description="All ages. Doors at 6:30pm.\n\nNo re-entry.",
        start=dt.datetime(2026, 12, 5, 19, 30, tzinfo=CHICAGO),
        end=dt.datetime(2026, 12, 5, 23, 0, tzinfo=CHICAGO),
        all_day=False,
        timezone="America/Chicago",
        venue_name="Metro",
        address="3730 N Clark St, Chicago, IL 60613",
        city="Chicago",
        country="US",
        latitude=41.94964,
        longitude=-87.65356,
        url="https://www.ticketmaster.com/the-midnight-owls-long-night-tour-chicago-illinois-12-05-2026/event/04006123ABCD1234",
        ticket_url="https://www.ticketmaster.com/the-midnight-owls-long-night-tour-chicago-illinois-12-05-2026/event/04006123ABCD1234",
        image_url="https://s1.ticketm.net/dam/a/1d1/midnight-owls-long-night-tour_TABLET_LANDSCAPE_LARGE_16_9.jpg",
        organizer="LIVE NATION MUSIC",
        cost_type="paid",
        price_min=Decimal("35.0"),  # the "standard" range, not "standard including fees"
        price_max=Decimal("65.0"),
        currency="USD",
        status="scheduled",
        online=False,
        source_category="Music / Rock / Alternative Rock",
        tags=["music", "rock", "alternative rock"],
    )
    assert owls.to_json()["start"] == "2026-12-05T19:30:00-06:00"


def test_status_all_day_free_and_fallback_image(recorded):
    serve_two_pages(recorded)
    events = by_id(fetch(config(recorded)))
    bulls = events["G5diZ9kq3Bz0f"]
    assert (bulls.status, bulls.source_category, bulls.organizer) == (
        "cancelled",
        "Sports / Basketball / NBA",
        "NBA REGULAR SEASON",
    )
    assert (bulls.price_min, bulls.price_max) == (Decimal("28.0"), Decimal("450.0"))
    zoo = events["Z7r9jZ1A7kPbf"]  # no specific time: an all-day date, in the venue's zone
    assert (zoo.start, zoo.end, zoo.all_day, zoo.timezone) == (dt.date(2026, 12, 20), None, True, "America/Chicago")
    assert (zoo.cost_type, zoo.price_min, zoo.price_max) == ("free", Decimal("0.0"), Decimal("0.0"))
    assert zoo.source_category == "Miscellaneous / Family"  # "Undefined" sub-genre left out
    comedy = events["vv1AaZ9KGkCuP"]
    assert (comedy.status, comedy.cost_type, comedy.price_min, comedy.organizer) == ("postponed", "unknown", None, None)
    assert comedy.start == dt.datetime(2027, 1, 9, 21, 0, tzinfo=CHICAGO)
    assert comedy.image_url.endswith("_TABLET_LANDSCAPE_3_2.jpg")  # no 16:9 image: the widest of any ratio
    nutcracker = events["Z698xZu0Zaa7A"]
    assert nutcracker.status == "rescheduled"
    assert nutcracker.end == dt.datetime(2027, 1, 16, 16, 15, tzinfo=CHICAGO)


def test_max_pages_bounds_the_walk(recorded):
    serve_two_pages(recorded)
    records = fetch(config(recorded, max_pages=1))
    assert len(recorded.requests) == 1
    assert len(records) == 3


def test_deep_paging_stops_before_the_1000th_result(recorded):
    def page(request):
        number = int(request.query["page"])
        body = json.loads((RECORDED / "events_page0.json").read_text())
        body["page"] = {"size": 200, "totalElements": 5000, "totalPages": 25, "number": number}
        for index, item in enumerate(body["_embedded"]["events"]):
            item["id"] = f"p{number}-{index}"
        return recorded.reply(json_body=body)

    recorded.add(EVENTS_PATH, page)
    fetch(config(recorded, size=200, max_pages=50))
    # size * page stays below 1,000: pages 0-4 hold results 1-1,000; page 5 would be refused by the API.
    assert [request.query["page"] for request in recorded.requests] == ["0", "1", "2", "3", "4"]


def test_size_is_capped_at_200(recorded):
    recorded.add(EVENTS_PATH, file="ticketmaster/events_empty.json")
    assert fetch(config(recorded, size=500)) == []
    assert recorded.requests[0].query["size"] == "200"


def test_dates_to_be_announced_are_quarantined():
    body = json.loads((RECORDED / "events_page0.json").read_text())
    body["_embedded"]["events"][0]["dates"]["start"]["dateTBD"] = True
    context = AdapterContext(source="ticketmaster", window=WINDOW)
    first = next(iter(TicketmasterAdapter(config={}, context=context).parse(json.dumps(body).encode())))
    assert isinstance(first, RejectedRecord)
    assert first.reason == DATE_UNKNOWN


def test_an_item_of_an_unexpected_shape_is_quarantined_not_fatal():
    body = json.loads((RECORDED / "events_page0.json").read_text())
    body["_embedded"]["events"][1]["_embedded"]["venues"] = ["United Center"]  # a name where an object belongs
    context = AdapterContext(source="ticketmaster", window=WINDOW)
    records = list(TicketmasterAdapter(config={}, context=context).parse(json.dumps(body).encode()))
    assert [type(record).__name__ for record in records] == ["RawEvent", "RejectedRecord", "RawEvent"]
    assert records[1].external_id == "G5diZ9kq3Bz0f"
    assert records[1].reason == "The event record has an unexpected shape (AttributeError)."


def test_missing_key_names_the_environment_variable(recorded, settings):
    set_credentials(settings, "ticketmaster", api_key="")
    assert_refused_before_any_request(
        lambda: fetch(without(config(recorded), "api_key")),
        recorded,
        r"'api_key' for the ticketmaster adapter.*TICKETMASTER_API_KEY",
    )


def test_key_from_the_environment_is_used(recorded, settings):
    set_credentials(settings, "ticketmaster", api_key="from-env")
    recorded.add(EVENTS_PATH, file="ticketmaster/events_empty.json")
    assert fetch(without(config(recorded), "api_key")) == []
    assert recorded.requests[0].query["apikey"] == "from-env"


def test_rejected_key_is_a_clear_error_without_the_key(recorded):
    recorded.add(EVENTS_PATH, status=401, file="ticketmaster/fault_invalid_key.json")
    with pytest.raises(AdapterError, match="rejected the API key") as raised:
        fetch(config(recorded))
    assert KEY not in str(raised.value)
    assert len(recorded.requests) == 1  # a 401 is not retried


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<!DOCTYPE html><html><body>Service Unavailable</body></html>", HTML_PAGE),
        ((RECORDED / "fault_invalid_key.json").read_bytes(), "Ticketmaster refused the request: Invalid ApiKey"),
        (
            b'{"errors": [{"code": "DIS1004", "detail": "Resource not found with provided criteria"}]}',
            "Resource not found",
        ),
        (b'{"events": []}', NOT_EVENT_SEARCH),
        (b"[1, 2, 3]", NOT_EVENT_SEARCH),
    ],
    ids=["html", "fault", "errors", "other-json", "list"],
)
def test_unexpected_payloads_are_clear_adapter_errors(recorded, body, message):
    recorded.add(EVENTS_PATH, body=body, content_type="application/json")
    with pytest.raises(AdapterError, match=re.escape(message)):
        fetch(config(recorded))


def test_empty_search_is_zero_events(recorded):
    recorded.add(EVENTS_PATH, file="ticketmaster/events_empty.json")
    assert fetch(config(recorded)) == []
    assert len(recorded.requests) == 1


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # replays responses recorded on RECORDED_NOW
def test_source_fetch_stages_publishes_and_quarantines(recorded):
    serve_two_pages(recorded)
    source = api_source("ticketmaster", config(recorded), slug="tm-chicago")
    outcome = fetch_source(source, window=WINDOW)
    run = outcome.run
    assert (run.status, run.found, run.new, run.failed, run.requests) == (FetchRun.Status.PARTIAL, 6, 5, 1, 2)
    assert run.cancelled == 0  # a search is not a complete listing
    assert run.errors == [{"external_id": "vvG1iZ9Kx0mNo", "reason": NO_START}]
    processed = process_staged(outcome)
    assert processed.published == 5
    owls = published(source, "vvG1zZ9Kf3a_Qk")
    assert owls.start == dt.datetime(2026, 12, 6, 1, 30, tzinfo=dt.UTC)
    assert (owls.timezone, owls.venue.name, owls.source_category) == (
        "America/Chicago",
        "Metro",
        "Music / Rock / Alternative Rock",
    )
    assert (owls.price_min, owls.price_max, owls.currency) == (Decimal("35.00"), Decimal("65.00"), "USD")
    assert published(source, "G5diZ9kq3Bz0f").status == "cancelled"
    zoo = published(source, "Z7r9jZ1A7kPbf")
    assert zoo.all_day
    assert zoo.start == dt.datetime(2026, 12, 20, tzinfo=CHICAGO)


@pytest.mark.django_db
def test_source_fetch_without_a_key_is_a_failed_run(recorded, settings):
    set_credentials(settings, "ticketmaster", api_key="")
    source = api_source("ticketmaster", without(config(recorded), "api_key"), slug="tm-nokey")
    run = failed_run(source, window=WINDOW)
    assert "TICKETMASTER_API_KEY" in run.errors[0]["reason"]
    assert recorded.requests == []


@pytest.mark.django_db
def test_server_errors_are_retried_then_the_run_fails(recorded, no_sleep):
    recorded.add(EVENTS_PATH, status=500, body="upstream error")
    source = api_source("ticketmaster", config(recorded), slug="tm-down")
    reason = assert_server_errors_retried(source, recorded, no_sleep, window=WINDOW)
    assert "HTTP 500" in reason
    assert "gave up after 4 attempts" in reason
    assert KEY not in reason


def test_extract_auto_recognises_a_saved_search_response():
    events = extract_events(str(RECORDED / "events_page0.json"))
    assert [event["source"] for event in events] == ["ticketmaster"] * 3
    owls = events[0]
    assert (owls["start"], owls["end"]) == ("2026-12-05T19:30:00-06:00", "2026-12-05T23:00:00-06:00")
    assert (owls["price_min"], owls["price_max"], owls["currency"]) == (35.0, 65.0, "USD")
    assert (owls["latitude"], owls["longitude"]) == (41.94964, -87.65356)
    assert events[2]["start"] == "2026-12-20"
    assert registry.sniff((RECORDED / "events_empty.json").read_bytes()) is TicketmasterAdapter


def test_extract_of_an_api_fault_exits_2():
    assert_extract_exits_2(str(RECORDED / "fault_invalid_key.json"), "--kind", "ticketmaster", match="Invalid ApiKey")
