"""SeatGeek Platform API adapter, against recorded responses served by a local HTTP server."""

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
from sources.adapters.seatgeek import DATE_UNKNOWN, EVENTS_PATH, HTML_PAGE, NO_START, NOT_EVENT_SEARCH, SeatGeekAdapter
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

RECORDED = Path(__file__).parent / "recorded" / "seatgeek"
WINDOW = YEAR_WINDOW
CHICAGO = ZoneInfo("America/Chicago")
CLIENT_ID = "MzQ1Njc4OTB8MTc2MzY5"
CLIENT_SECRET = "b7f1e0c2a9d84c6e9f00secret"


def config(recorded, **extra) -> dict:
    return {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "base_url": recorded.url(""),
        "allow_private_network": True,
        "venue.city": "Chicago",
        "taxonomies.name": "concert",
        "per_page": 3,
        **extra,
    }


def serve_two_pages(recorded) -> None:
    recorded.add(EVENTS_PATH, recorded.reply(file="seatgeek/events_page2.json"), query={"page": "2"})
    recorded.add(EVENTS_PATH, recorded.reply(file="seatgeek/events_page1.json"), query={"page": "1"})


def fetch(cfg: dict) -> list:
    return fetch_records(SeatGeekAdapter, cfg, window=WINDOW, rate_key="sg-test")


def test_search_request_carries_credentials_filters_window_and_follows_pages(recorded):
    serve_two_pages(recorded)
    records = fetch(config(recorded))
    first, second = recorded.requests
    assert (first.method, first.path, second.path) == ("GET", EVENTS_PATH, EVENTS_PATH)
    assert first.query == {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "venue.city": "Chicago",
        "taxonomies.name": "concert",
        "datetime_utc.gte": "2026-11-20T00:00:00",
        "datetime_utc.lte": "2027-11-20T00:00:00",
        "sort": "datetime_utc.asc",
        "per_page": "3",
        "page": "1",
    }
    assert second.query == {**first.query, "page": "2"}
    assert [record.external_id for record in records] == [f"654321{n}" for n in range(0, 5)]
    rejected = [record for record in records if isinstance(record, RejectedRecord)]
    assert [(record.external_id, record.reason) for record in rejected] == [("6543214", NO_START)]


def test_a_full_event_is_mapped_exactly(recorded):
    serve_two_pages(recorded)
    owls = by_id(fetch(config(recorded)))["6543210"]
    assert owls == RawEvent(
        source="seatgeek",
        external_id="6543210",
        title="The Midnight Owls with Paper Lanterns",
        description=None,
        start=dt.datetime(2026, 12, 5, 20, 0, tzinfo=CHICAGO),
        end=dt.datetime(2026, 12, 5, 23, 0, tzinfo=CHICAGO),  # enddatetime_utc 05:00Z
        all_day=False,
        timezone="America/Chicago",
        venue_name="Thalia Hall",
        address="1807 S Allport St, Chicago, IL 60608",
        city="Chicago",
        country="US",
        latitude=41.8576,
        longitude=-87.6573,
        url="https://seatgeek.com/the-midnight-owls-with-paper-lanterns-tickets/chicago-illinois-thalia-hall-2026-12-05-8-pm/concert/6543210",
        ticket_url="https://seatgeek.com/the-midnight-owls-with-paper-lanterns-tickets/chicago-illinois-thalia-hall-2026-12-05-8-pm/concert/6543210",
        image_url="https://seatgeek.com/images/performers-landscape/the-midnight-owls-771201/huge.jpg",
        cost_type="paid",
        price_min=Decimal(42),
        price_max=Decimal(210),
        currency="USD",
        status="scheduled",
        online=False,
        source_category="concert",
        tags=["concert", "the midnight owls", "paper lanterns"],
    )
    assert owls.to_json()["start"] == "2026-12-05T20:00:00-06:00"


def test_cancelled_time_tbd_and_free_events(recorded):
    serve_two_pages(recorded)
    events = by_id(fetch(config(recorded)))
    game = events["6543211"]
    assert (game.status, game.source_category) == ("cancelled", "sports / basketball / nba")
    assert game.start == dt.datetime(2026, 12, 19, 19, 0, tzinfo=CHICAGO)
    fest = events["6543212"]  # time_tbd: 03:30 is SeatGeek's placeholder, only the date is real
    assert (fest.start, fest.end, fest.all_day, fest.timezone) == (dt.date(2027, 1, 1), None, True, "America/Chicago")
    assert (fest.cost_type, fest.price_min, fest.currency) == ("unknown", None, None)
    rehearsal = events["6543213"]
    assert (rehearsal.status, rehearsal.cost_type, rehearsal.price_max) == ("postponed", "free", Decimal(0))


def test_date_tbd_is_quarantined():
    body = json.loads((RECORDED / "events_page1.json").read_text())
    body["events"][0]["date_tbd"] = True
    context = AdapterContext(source="seatgeek", window=WINDOW)
    first = next(iter(SeatGeekAdapter(config={}, context=context).parse(json.dumps(body).encode())))
    assert (first.external_id, first.reason) == ("6543210", DATE_UNKNOWN)


def test_max_pages_bounds_the_walk(recorded):
    serve_two_pages(recorded)
    assert len(fetch(config(recorded, max_pages=1))) == 3
    assert len(recorded.requests) == 1


def test_missing_client_id_names_the_environment_variables(recorded, settings):
    set_credentials(settings, "seatgeek", client_id="", client_secret="")
    assert_refused_before_any_request(
        lambda: fetch(without(config(recorded), "client_id", "client_secret")),
        recorded,
        r"'client_id' for the seatgeek adapter.*SEATGEEK_CLIENT_ID",
    )


def test_credentials_from_the_environment_and_an_optional_secret(recorded, settings):
    set_credentials(settings, "seatgeek", client_id="env-id", client_secret="")
    serve_two_pages(recorded)
    fetch(without(config(recorded), "client_id", "client_secret"))
    assert recorded.requests[0].query["client_id"] == "env-id"
    assert "client_secret" not in recorded.requests[0].query


def test_rejected_credentials_are_a_clear_error_without_them(recorded):
    recorded.add(EVENTS_PATH, status=403, body="Forbidden")
    with pytest.raises(AdapterError, match="SeatGeek rejected the client id") as raised:
        fetch(config(recorded))
    assert CLIENT_ID not in str(raised.value)
    assert CLIENT_SECRET not in str(raised.value)
    assert len(recorded.requests) == 1


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"<html><body><h1>502 Bad Gateway</h1></body></html>", HTML_PAGE),
        (
            b'{"status": "error", "message": "Invalid parameter: range"}',
            "SeatGeek refused the request: Invalid parameter: range",
        ),
        (b'{"performers": [], "meta": {"total": 0}}', NOT_EVENT_SEARCH),
        (b"not json at all", "not JSON"),
    ],
    ids=["html", "error-json", "performers", "garbage"],
)
def test_unexpected_payloads_are_clear_adapter_errors(recorded, body, message):
    recorded.add(EVENTS_PATH, body=body, content_type="application/json")
    with pytest.raises(AdapterError, match=re.escape(message)):
        fetch(config(recorded))


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # replays responses recorded on RECORDED_NOW
def test_source_fetch_stages_and_publishes(recorded):
    serve_two_pages(recorded)
    source = api_source("seatgeek", config(recorded), slug="sg-chicago")
    outcome = fetch_source(source, window=WINDOW)
    run = outcome.run
    assert (run.status, run.found, run.new, run.failed, run.requests, run.cancelled) == (
        FetchRun.Status.PARTIAL,
        5,
        4,
        1,
        2,
        0,
    )
    assert process_staged(outcome).published == 4
    owls = published(source, "6543210")
    assert owls.start == dt.datetime(2026, 12, 6, 2, 0, tzinfo=dt.UTC)
    assert (owls.venue.name, owls.price_min, owls.price_max, owls.source_category) == (
        "Thalia Hall",
        Decimal("42.00"),
        Decimal("210.00"),
        "concert",
    )
    assert published(source, "6543211").status == "cancelled"
    assert published(source, "6543212").all_day


@pytest.mark.django_db
def test_source_fetch_without_credentials_is_a_failed_run(recorded, settings):
    set_credentials(settings, "seatgeek", client_id="", client_secret="")
    run = failed_run(api_source("seatgeek", without(config(recorded), "client_id", "client_secret")), window=WINDOW)
    assert "SEATGEEK_CLIENT_ID" in run.errors[0]["reason"]


@pytest.mark.django_db
def test_server_errors_are_retried_then_the_run_fails(recorded, no_sleep):
    recorded.add(EVENTS_PATH, status=500)
    reason = assert_server_errors_retried(api_source("seatgeek", config(recorded)), recorded, no_sleep, window=WINDOW)
    assert CLIENT_SECRET not in reason


def test_extract_auto_recognises_a_saved_search_response():
    events = extract_events(str(RECORDED / "events_page1.json"))
    assert [(event["source"], event["external_id"]) for event in events] == [
        ("seatgeek", "6543210"),
        ("seatgeek", "6543211"),
        ("seatgeek", "6543212"),
    ]
    assert events[0]["end"] == "2026-12-05T23:00:00-06:00"
    assert events[2]["start"] == "2027-01-01"
    assert registry.sniff((RECORDED / "events_page2.json").read_bytes()) is SeatGeekAdapter


def test_extract_of_a_non_seatgeek_payload_exits_2(tmp_path):
    saved = tmp_path / "answer.json"
    saved.write_text('{"status": "error", "message": "Invalid parameter: range"}')
    assert_extract_exits_2(str(saved), "--kind", "seatgeek", match="Invalid parameter")


def test_no_adapter_of_this_family_claims_another_ones_payload():
    """Each saved response is recognised by its own adapter only, so --kind auto cannot pick the wrong API."""
    samples = {
        "ticketmaster": "ticketmaster/events_page0.json",
        "eventbrite": "eventbrite/organization_events_page1.json",
        "meetup": "meetup/graphql_group_events_page1.json",
        "seatgeek": "seatgeek/events_page1.json",
    }
    for owner, sample in samples.items():
        payload = (RECORDED.parent / sample).read_bytes()
        claims = [name for name in samples if registry.get(name).sniff(payload)]
        assert claims == [owner], sample
    legacy = (RECORDED.parent / "meetup" / "legacy_v3_events.json").read_bytes()
    assert [name for name in samples if registry.get(name).sniff(legacy)] == ["meetup"]
