"""Eventbrite API v3 adapter (organization and venue events), against recorded responses."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sources.adapters import registry
from sources.adapters.base import AdapterError, RawEvent, RejectedRecord
from sources.adapters.eventbrite import (
    EXPAND,
    HTML_PAGE,
    NO_OWNER,
    NO_START,
    NOT_EVENT_LIST,
    NOT_LIVE,
    TWO_OWNERS,
    EventbriteAdapter,
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
    fetch_with,
    process_staged,
    published,
    set_credentials,
    without,
)

RECORDED = Path(__file__).parent / "recorded" / "eventbrite"
WINDOW = YEAR_WINDOW
NEW_YORK = ZoneInfo("America/New_York")
ORG_PATH = "/v3/organizations/71830418273/events/"
TOKEN = "EB-PRIVATE-TOKEN-91c2"
CONTINUATION = "eyJwYWdlIjogMn0"


def config(recorded, **extra) -> dict:
    return {
        "token": TOKEN,
        "organization_id": "71830418273",
        "base_url": recorded.url(""),
        "allow_private_network": True,
        **extra,
    }


def serve_two_pages(recorded, *, second: bytes | None = None) -> None:
    page2 = (
        recorded.reply(body=second, content_type="application/json")
        if second is not None
        else recorded.reply(file="eventbrite/organization_events_page2.json")
    )
    recorded.add(ORG_PATH, page2, query={"continuation": CONTINUATION})
    recorded.add(ORG_PATH, recorded.reply(file="eventbrite/organization_events_page1.json"))


def fetch(cfg: dict) -> list:
    return fetch_records(EventbriteAdapter, cfg, window=WINDOW, rate_key="eb-test")


def test_organization_events_request_and_continuation(recorded):
    serve_two_pages(recorded)
    records = fetch(config(recorded))
    first, second = recorded.requests
    assert (first.method, first.path, second.path) == ("GET", ORG_PATH, ORG_PATH)
    assert first.headers["authorization"] == f"Bearer {TOKEN}"
    assert first.query == {
        "status": "live",
        "order_by": "start_asc",
        "expand": EXPAND,
        "time_filter": "current_future",
    }
    assert EXPAND == "venue,ticket_availability,category,subcategory,organizer"
    assert second.query == {**first.query, "continuation": CONTINUATION}
    assert second.headers["authorization"] == f"Bearer {TOKEN}"
    assert [record.external_id for record in records] == [f"81234567890{n}" for n in range(1, 7)]
    rejected = [record for record in records if isinstance(record, RejectedRecord)]
    assert [(record.external_id, record.reason) for record in rejected] == [("812345678905", NO_START)]


def test_a_full_event_is_mapped_exactly(recorded):
    serve_two_pages(recorded)
    workshop = by_id(fetch(config(recorded)))["812345678902"]
    assert workshop == RawEvent(
        source="eventbrite",
        external_id="812345678902",
        title="Letterpress Printing Workshop: Holiday Cards",
        description=(
            "Set type by hand and print a run of ten holiday cards on a 1920s Vandercook press. Materials included."
        ),
        start=dt.datetime(2026, 12, 10, 18, 30, tzinfo=NEW_YORK),
        end=dt.datetime(2026, 12, 10, 21, 0, tzinfo=NEW_YORK),
        all_day=False,
        timezone="America/New_York",
        venue_name="Hatch Letterpress Studio",
        address="260 Moore St, Unit 3F, Brooklyn, NY 11206",
        city="Brooklyn",
        country="US",
        latitude=40.7048,
        longitude=-73.9327,
        url="https://www.eventbrite.com/e/letterpress-printing-workshop-holiday-cards-tickets-812345678902",
        ticket_url="https://www.eventbrite.com/e/letterpress-printing-workshop-holiday-cards-tickets-812345678902",
        image_url=(
            "https://img.evbuc.com/https%3A%2F%2Fcdn.evbuc.com%2Fimages%2F612345679%2Fletterpress-workshop"
            "%2F1%2Foriginal.20261001-141503?auto=format%2Ccompress&q=75&sharp=10&s=8f1c2d"
        ),
        organizer="Brooklyn Makers Collective",
        cost_type="paid",
        price_min=Decimal("45.00"),
        price_max=Decimal("60.00"),
        currency="USD",
        status="scheduled",
        online=False,
        source_category="Performing & Visual Arts / Fine Art",
        tags=["performing & visual arts", "fine art"],
    )
    assert workshop.to_json()["start"] == "2026-12-10T18:30:00-05:00"


def test_free_online_and_other_zone_events(recorded):
    serve_two_pages(recorded)
    events = by_id(fetch(config(recorded)))
    market = events["812345678901"]
    assert (market.cost_type, market.price_min, market.price_max) == ("free", Decimal(0), Decimal(0))
    assert market.source_category == "Seasonal & Holiday / Christmas"
    wine = events["812345678903"]
    assert (wine.image_url, wine.price_min, wine.price_max) == (None, Decimal("35.00"), Decimal("35.00"))
    online = events["812345678904"]
    assert online.online is True
    assert (online.venue_name, online.address, online.latitude) == (None, None, None)
    popup = events["812345678906"]  # the organization's Chicago date keeps its own zone
    assert popup.timezone == "America/Chicago"
    assert popup.to_json()["start"] == "2027-01-23T11:00:00-06:00"
    assert (popup.price_min, popup.price_max) == (Decimal("5.00"), Decimal("20.00"))


def test_venue_events_with_every_status(recorded):
    path = "/v3/venues/198765434/events/"
    recorded.add(path, file="eventbrite/venue_events_status_all.json")
    cfg = config(recorded, venue_id="198765434", status="all")
    del cfg["organization_id"]
    records = by_id(fetch(cfg))
    assert [request.path for request in recorded.requests] == [path]
    assert recorded.requests[0].query == {"status": "all", "order_by": "start_asc", "expand": EXPAND}
    assert records["812345678911"].status == "cancelled"  # Eventbrite spells it "canceled"
    assert records["812345678913"].status == "scheduled"
    assert records["812345678913"].title == "Sherry & Tapas Night"
    assert isinstance(records["812345678912"], RejectedRecord)
    assert records["812345678912"].reason == NOT_LIVE


@pytest.mark.parametrize(
    ("owners", "message"),
    [({}, NO_OWNER), ({"organization_id": "1", "venue_id": "2"}, TWO_OWNERS)],
    ids=["none", "both"],
)
def test_the_owner_must_be_named_once(recorded, owners, message):
    cfg = {**config(recorded), "organization_id": None, **owners}
    with pytest.raises(AdapterError, match=re.escape(message)):
        fetch(cfg)
    assert recorded.requests == []


def test_max_pages_bounds_the_walk_and_marks_the_listing_incomplete(recorded):
    serve_two_pages(recorded)
    adapter, records = fetch_with(
        EventbriteAdapter, config(recorded, max_pages=1), window=WINDOW, rate_key="eb-test", sleep=None
    )
    assert len(recorded.requests) == 1
    assert len(records) == 3
    assert adapter.listing_truncated is True


def test_page_numbers_are_followed_when_there_is_no_continuation(recorded):
    first = json.loads((RECORDED / "organization_events_page1.json").read_text())
    del first["pagination"]["continuation"]
    recorded.add(ORG_PATH, recorded.reply(file="eventbrite/organization_events_page2.json"), query={"page": "2"})
    recorded.add(ORG_PATH, recorded.reply(json_body=first))
    assert len(fetch(config(recorded))) == 6
    assert recorded.requests[1].query["page"] == "2"


def test_missing_token_names_the_environment_variable(recorded, settings):
    set_credentials(settings, "eventbrite", token="")
    assert_refused_before_any_request(
        lambda: fetch(without(config(recorded), "token")),
        recorded,
        r"'token' for the eventbrite adapter.*EVENTBRITE_TOKEN",
    )


def test_rejected_token_is_a_clear_error(recorded):
    recorded.add(ORG_PATH, status=401, file="eventbrite/error_invalid_auth.json")
    with pytest.raises(AdapterError, match="Eventbrite rejected the token") as raised:
        fetch(config(recorded))
    assert TOKEN not in str(raised.value)
    assert len(recorded.requests) == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html><head><title>Sign in</title></head></html>", HTML_PAGE),
        (
            (RECORDED / "error_invalid_auth.json").read_bytes(),
            "INVALID_AUTH (The OAuth token you provided was invalid.)",
        ),
        (b'{"pagination": {"has_more_items": false}}', NOT_EVENT_LIST),
        (b"null", NOT_EVENT_LIST),
    ],
    ids=["html", "error-json", "no-events", "null"],
)
def test_unexpected_payloads_are_clear_adapter_errors(recorded, body, message):
    recorded.add(ORG_PATH, body=body, content_type="application/json")
    with pytest.raises(AdapterError, match=re.escape(message)):
        fetch(config(recorded))


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # replays responses recorded on RECORDED_NOW
def test_source_fetch_publishes_and_a_vanished_event_is_cancelled(recorded):
    from django.core.management import call_command

    # The events are in New York and Chicago: those cities must be known for them to be placed and published.
    call_command("loaddata", "cities", verbosity=0)
    serve_two_pages(recorded)
    source = api_source("eventbrite", config(recorded), slug="bk-makers")
    outcome = fetch_source(source, window=WINDOW)
    run = outcome.run
    assert (run.status, run.found, run.new, run.failed, run.requests) == (FetchRun.Status.PARTIAL, 6, 5, 1, 2)
    assert process_staged(outcome).published == 5
    market = published(source, "812345678901")
    assert (market.cost_type, market.venue.name, market.timezone) == (
        "free",
        "Brooklyn Navy Yard, Building 77",
        "America/New_York",
    )
    assert market.start == dt.datetime(2026, 12, 5, 15, 0, tzinfo=dt.UTC)
    assert published(source, "812345678903").price_min == Decimal("35.00")

    # The organization unpublishes its Chicago pop-up: its own complete listing no longer has it.
    page2 = json.loads((RECORDED / "organization_events_page2.json").read_text())
    page2["events"] = [event for event in page2["events"] if event["id"] != "812345678906"]
    recorded.routes.clear()
    serve_two_pages(recorded, second=json.dumps(page2).encode())
    again = fetch_source(source, window=WINDOW).run
    assert again.cancelled == 1
    assert published(source, "812345678906").status == "cancelled"


@pytest.mark.django_db
def test_source_fetch_without_a_token_is_a_failed_run(recorded, settings):
    set_credentials(settings, "eventbrite", token="")
    run = failed_run(api_source("eventbrite", without(config(recorded), "token")), window=WINDOW)
    assert "EVENTBRITE_TOKEN" in run.errors[0]["reason"]


@pytest.mark.django_db
def test_server_errors_are_retried_then_the_run_fails(recorded, no_sleep):
    recorded.add(ORG_PATH, status=500)
    assert_server_errors_retried(api_source("eventbrite", config(recorded)), recorded, no_sleep, window=WINDOW)


def test_extract_auto_recognises_a_saved_event_list():
    events = extract_events(str(RECORDED / "organization_events_page2.json"))
    assert [(event["source"], event["external_id"]) for event in events] == [
        ("eventbrite", "812345678904"),
        ("eventbrite", "812345678906"),
    ]
    assert events[0]["online"] is True
    assert events[1]["start"] == "2027-01-23T11:00:00-06:00"
    assert registry.sniff((RECORDED / "organization_events_page1.json").read_bytes()) is EventbriteAdapter


def test_extract_of_an_error_response_exits_2():
    assert_extract_exits_2(str(RECORDED / "error_invalid_auth.json"), "--kind", "eventbrite", match="INVALID_AUTH")
