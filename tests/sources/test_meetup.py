"""Meetup adapter: GraphQL group events (gql-ext) and the legacy REST event JSON, against recorded responses."""

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
from sources.adapters.meetup import (
    GRAPHQL_PATH,
    GROUP_EVENTS_QUERY,
    LEGACY_NEEDS_LOCATION,
    NO_START,
    NO_TITLE,
    NO_URLNAME,
    NOT_JSON_ANSWER,
    NOT_MEETUP,
    MeetupAdapter,
    iso_duration,
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

RECORDED = Path(__file__).parent / "recorded" / "meetup"
WINDOW = YEAR_WINDOW
CHICAGO = ZoneInfo("America/Chicago")
TOKEN = "meetup-oauth-token-5d1e"
CURSOR = "MzEyMzQ1NjAzOjE3OTkzNzAwMDAwMDA="


def config(recorded, **extra) -> dict:
    return {
        "token": TOKEN,
        "urlname": "chicago-python-data",
        "base_url": recorded.url(""),
        "allow_private_network": True,
        **extra,
    }


def serve_graphql(recorded, first: str = "graphql_group_events_page1.json") -> None:
    """One endpoint for every page: the cursor in the POSTed variables says which page is asked for."""

    def answer(request):
        page = "graphql_group_events_page2.json" if request.json()["variables"]["after"] == CURSOR else first
        return recorded.reply(file=f"meetup/{page}", content_type="application/json")

    recorded.add(GRAPHQL_PATH, answer, method="POST")


def fetch(cfg: dict) -> list:
    return fetch_records(MeetupAdapter, cfg, window=WINDOW, rate_key="meetup-test")


def test_graphql_request_and_cursor_pagination(recorded):
    serve_graphql(recorded)
    records = fetch(config(recorded))
    first, second = recorded.requests
    assert (first.method, first.path, second.path) == ("POST", GRAPHQL_PATH, GRAPHQL_PATH)
    assert first.headers["authorization"] == f"Bearer {TOKEN}"
    assert first.headers["content-type"] == "application/json"
    assert first.json() == {
        "query": GROUP_EVENTS_QUERY,
        "variables": {
            "urlname": "chicago-python-data",
            "first": 50,
            "after": None,
            "status": ["ACTIVE", "CANCELLED"],
            "afterDateTime": "2026-11-20T00:00:00Z",
            "beforeDateTime": "2027-11-20T00:00:00Z",
        },
    }
    assert second.json()["variables"] == {**first.json()["variables"], "after": CURSOR}
    assert "groupByUrlname(urlname: $urlname)" in GROUP_EVENTS_QUERY
    assert [record.external_id for record in records] == [f"31234560{n}" for n in range(1, 6)]
    rejected = [record for record in records if isinstance(record, RejectedRecord)]
    assert [(record.external_id, record.reason) for record in rejected] == [("312345605", NO_START)]


def test_a_full_graphql_event_is_mapped_exactly(recorded):
    serve_graphql(recorded)
    night = by_id(fetch(config(recorded)))["312345601"]
    assert night == RawEvent(
        source="meetup",
        external_id="312345601",
        title="December Python Project Night",
        description="Bring a laptop and a project — or pick one of ours.\n\n**Schedule**\n* 6:00 pizza\n* 6:30 hacking\n* 8:45 demos",
        start=dt.datetime(2026, 12, 3, 18, 0, tzinfo=CHICAGO),
        end=dt.datetime(2026, 12, 3, 21, 0, tzinfo=CHICAGO),
        all_day=False,
        timezone="America/Chicago",
        venue_name="Braintree Office",
        address="222 W Merchandise Mart Plaza, Suite 800, Chicago, IL 60654",
        city="Chicago",
        country="US",
        latitude=41.888481,
        longitude=-87.635391,
        url="https://www.meetup.com/chicago-python-data/events/312345601/",
        ticket_url=None,
        image_url="https://secure.meetupstatic.com/photos/event/531208877/highres_531208877.jpeg",
        organizer="Chicago Python & Data",
        cost_type="free",  # no fee settings: RSVPs cost nothing
        price_min=None,
        price_max=None,
        currency=None,
        status="scheduled",
        online=False,
        source_category="Python, Data Science, Software Development",
        tags=["python", "data science", "software development"],
    )
    assert night.to_json()["start"] == "2026-12-03T18:00:00-06:00"


def test_cancelled_paid_online_and_hybrid_events(recorded):
    serve_graphql(recorded)
    events = by_id(fetch(config(recorded)))
    social = events["312345602"]
    assert (social.status, social.cost_type, social.price_min, social.price_max, social.currency) == (
        "cancelled",
        "paid",
        Decimal("10.0"),
        Decimal("10.0"),
        "USD",
    )
    polars = events["312345603"]  # online only: Meetup's placeholder coordinates are not a place
    assert polars.online is True
    assert (polars.venue_name, polars.latitude, polars.longitude, polars.image_url) == (None, None, None, None)
    assert polars.end == dt.datetime(2027, 1, 7, 20, 30, tzinfo=CHICAGO)  # no endTime: start + duration PT1H30M
    hybrid = events["312345604"]
    assert hybrid.online is True
    assert (hybrid.venue_name, hybrid.latitude) == ("Harold Washington Library Center", 41.876233)
    assert (hybrid.cost_type, hybrid.price_min) == ("free", None)  # a fee of 0


def test_max_pages_bounds_the_walk_and_marks_the_listing_incomplete(recorded):
    serve_graphql(recorded)
    adapter, records = fetch_with(
        MeetupAdapter, config(recorded, max_pages=1, page_size=3), window=WINDOW, rate_key="meetup-test", sleep=None
    )
    assert len(recorded.requests) == 1
    assert recorded.requests[0].json()["variables"]["first"] == 3
    assert len(records) == 3
    assert adapter.listing_truncated is True


def test_missing_token_and_urlname(recorded, settings):
    set_credentials(settings, "meetup", token="")
    assert_refused_before_any_request(
        lambda: fetch(without(config(recorded), "token")), recorded, r"'token' for the meetup adapter.*MEETUP_TOKEN"
    )
    assert_refused_before_any_request(
        lambda: fetch({**config(recorded), "urlname": ""}), recorded, re.escape(NO_URLNAME)
    )


def test_rejected_token_is_a_clear_error(recorded):
    recorded.add(GRAPHQL_PATH, method="POST", status=401, json_body={"errors": [{"message": "Unauthorized"}]})
    with pytest.raises(AdapterError, match="Meetup rejected the token") as raised:
        fetch(config(recorded))
    assert TOKEN not in str(raised.value)
    assert len(recorded.requests) == 1


@pytest.mark.parametrize(
    ("reply", "message"),
    [
        (
            {"file": "meetup/graphql_errors.json"},
            "Meetup refused the request: Field 'startTime' in type 'Event' is undefined",
        ),
        ({"file": "meetup/graphql_no_group.json"}, "no group with urlname 'chicago-python-data'"),
        ({"body": "<html><body>Access denied</body></html>", "content_type": "text/html"}, NOT_JSON_ANSWER),
        ({"json_body": {"data": {"self": {"id": "1"}}}}, NOT_MEETUP),
    ],
    ids=["graphql-errors", "unknown-group", "html", "other-data"],
)
def test_unexpected_answers_are_clear_adapter_errors(recorded, reply, message):
    recorded.add(GRAPHQL_PATH, recorded.reply(**reply), method="POST")
    with pytest.raises(AdapterError, match=re.escape(message)):
        fetch(config(recorded))


def test_errors_next_to_usable_data_are_not_fatal(recorded, caplog):
    body = json.loads((RECORDED / "graphql_group_events_page2.json").read_text())
    body["errors"] = [{"message": "Not authorized to access feeSettings", "path": ["groupByUrlname", "events"]}]
    recorded.add(GRAPHQL_PATH, recorded.reply(json_body=body), method="POST")
    assert [record.external_id for record in fetch(config(recorded))] == ["312345604", "312345605"]
    assert "Not authorized to access feeSettings" in caplog.text


def test_legacy_rest_json_from_a_url(recorded):
    recorded.add("/archive/chicago-python-data/events.json", file="meetup/legacy_v3_events.json")
    records = fetch({"format": "legacy", "url": recorded.url("/archive/chicago-python-data/events.json")})
    assert [request.method for request in recorded.requests] == ["GET"]
    assert "authorization" not in recorded.requests[0].headers  # a saved response needs no token
    events = by_id(records)
    night = events["298811201"]
    assert night == RawEvent(
        source="meetup",
        external_id="298811201",
        title="Python Project Night",
        description="<p>Bring a laptop and a project.</p><p><b>Pizza</b> at 6.</p>",  # normalize strips HTML
        start=dt.datetime(2026, 12, 5, 18, 0, tzinfo=CHICAGO),
        end=dt.datetime(2026, 12, 5, 21, 0, tzinfo=CHICAGO),
        timezone="America/Chicago",
        venue_name="Braintree Office",
        address="222 W Merchandise Mart Plaza, Suite 800, Chicago, IL 60654",
        city="Chicago",
        country="US",
        latitude=41.888481,
        longitude=-87.635391,
        url="https://www.meetup.com/chicago-python-data/events/298811201/",
        image_url="https://secure.meetupstatic.com/photos/event/a/b/highres_498112233.jpeg",
        organizer="Chicago Python & Data",
        cost_type="free",
    )
    club = events["298811202"]
    assert (club.status, club.cost_type, club.price_min, club.currency) == ("cancelled", "paid", Decimal(5), "USD")
    office = events["298811203"]
    assert (office.online, office.venue_name, office.latitude) == (True, None, None)
    assert office.to_json()["start"] == "2027-01-09T10:00:00-06:00"
    assert isinstance(events["298811204"], RejectedRecord)
    assert events["298811204"].reason == NO_TITLE


def test_legacy_format_needs_a_location(recorded):
    with pytest.raises(AdapterError, match=re.escape(LEGACY_NEEDS_LOCATION)):
        fetch({"format": "legacy"})


def test_iso_durations():
    assert iso_duration("PT2H") == dt.timedelta(hours=2)
    assert iso_duration("PT1H30M") == dt.timedelta(minutes=90)
    assert iso_duration("P1DT6H") == dt.timedelta(days=1, hours=6)
    assert iso_duration("PT30H") == dt.timedelta(hours=30)
    assert iso_duration("P") is None
    assert iso_duration("2 hours") is None
    assert iso_duration(None) is None


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # replays responses recorded on RECORDED_NOW
def test_source_fetch_stages_and_publishes(recorded):
    serve_graphql(recorded)
    source = api_source("meetup", config(recorded), slug="chipy")
    outcome = fetch_source(source, window=WINDOW)
    run = outcome.run
    assert (run.status, run.found, run.new, run.failed, run.requests) == (FetchRun.Status.PARTIAL, 5, 4, 1, 2)
    assert process_staged(outcome).published == 4
    night = published(source, "312345601")
    assert night.start == dt.datetime(2026, 12, 4, 0, 0, tzinfo=dt.UTC)
    assert (night.venue.name, night.cost_type, night.organizer.name) == (
        "Braintree Office",
        "free",
        "Chicago Python & Data",
    )
    assert published(source, "312345602").status == "cancelled"
    assert published(source, "312345603").online


@pytest.mark.django_db
def test_source_fetch_without_a_token_is_a_failed_run(recorded, settings):
    set_credentials(settings, "meetup", token="")
    run = failed_run(api_source("meetup", without(config(recorded), "token")), window=WINDOW)
    assert "MEETUP_TOKEN" in run.errors[0]["reason"]


@pytest.mark.django_db
def test_server_errors_are_retried_then_the_run_fails(recorded, no_sleep):
    recorded.add(GRAPHQL_PATH, method="POST", status=500)
    assert_server_errors_retried(api_source("meetup", config(recorded)), recorded, no_sleep, window=WINDOW)


def test_extract_auto_recognises_graphql_and_legacy_responses():
    graphql_events = extract_events(str(RECORDED / "graphql_group_events_page1.json"))
    assert [(event["source"], event["external_id"]) for event in graphql_events] == [
        ("meetup", "312345601"),
        ("meetup", "312345602"),
        ("meetup", "312345603"),
    ]
    legacy_events = extract_events(str(RECORDED / "legacy_v3_events.json"))
    assert [event["external_id"] for event in legacy_events] == ["298811201", "298811202", "298811203"]
    assert legacy_events[0]["description"] == "Bring a laptop and a project.\nPizza at 6."
    assert legacy_events[0]["start"] == "2026-12-05T18:00:00-06:00"
    assert registry.sniff((RECORDED / "graphql_group_events_page2.json").read_bytes()) is MeetupAdapter


def test_extract_of_graphql_errors_exits_2():
    assert_extract_exits_2(str(RECORDED / "graphql_errors.json"), "--kind", "meetup", match="startTime")
