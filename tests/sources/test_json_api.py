"""The configurable JSON API adapter, on two recorded APIs of different shapes and on small inline ones.

- a city open-data portal (Socrata style): a top-level list, floating local times, GeoJSON points,
  offset pagination with ``$offset``/``$limit`` and an app token header;
- a museum's events API: events under ``data.events``, nested venue/admission objects, relative image
  URLs, cursor pagination under ``meta.next_cursor`` and a bearer token.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.management import call_command

from events.models import Event
from events.services import staged_events_process
from sources.adapters import registry
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, RawEvent, RejectedRecord
from sources.adapters.json_api import JsonApiAdapter, resolve
from sources.http import HttpClient
from sources.models import FetchRun
from sources.services import source_fetch
from tests.factories import CityFactory, SourceFactory

RECORDED = Path(__file__).parent / "recorded" / "json_api"
WINDOW = FetchWindow(start=dt.datetime(2026, 11, 20, tzinfo=dt.UTC), end=dt.datetime(2027, 11, 20, tzinfo=dt.UTC))
CHICAGO = ZoneInfo("America/Chicago")
NEW_YORK = ZoneInfo("America/New_York")
CITY_PATH = "/resource/8q3f-2k7m.json"
MUSEUM_PATH = "/v2/events"
NEXT_CURSOR = "eyJhZnRlciI6NDgyMTV9"


def city_config(base: str) -> dict:
    return {
        "url": base + CITY_PATH,
        "params": {"$order": "start_date_time", "$where": "start_date_time > '2026-11-20T00:00:00'"},
        "headers": {"X-App-Token": "{credential:city_app_token}"},
        "items": "",
        "mapping": {
            "external_id": "event_id",
            "title": "event_name",
            "description": "event_description",
            "start": "start_date_time",
            "end": "end_date_time",
            "venue_name": "location_name",
            "address": {"path": ["address", "city", "zip_code"], "join": ", "},
            "city": "city",
            "latitude": "location.coordinates.1",  # GeoJSON: [longitude, latitude]
            "longitude": "location.coordinates.0",
            "price_min": "fee",
            "online": {"path": "virtual", "map": {"Y": True, "N": False}},
            "status": {"path": "status", "map": {"Scheduled": "scheduled", "Cancelled": "cancelled"}},
            "organizer": "organizer",
            "url": "event_url.url",
            "source_category": "event_type",
            "tags": {"path": "event_type", "join": "; "},
        },
        "pagination": {"type": "offset", "param": "$offset", "size_param": "$limit", "size": 3},
        "timezone": "America/Chicago",
    }


def museum_config(base: str) -> dict:
    return {
        "url": base + MUSEUM_PATH,
        "params": {"include": "venue,admission"},
        "headers": {"Authorization": "Bearer {credential:museum_token}"},
        "items": "data.events",
        "mapping": {
            "external_id": "id",
            "title": "title",
            "description": "summary",
            "start": "dates.start",
            "end": "dates.end",
            "all_day": "dates.all_day",
            "venue_name": "venue.name",
            "address": {"path": ["venue.street", "venue.city"], "join": ", "},
            "city": "venue.city",
            "country": "venue.country",
            "latitude": "venue.geo.lat",
            "longitude": "venue.geo.lng",
            "url": "links.web",
            "ticket_url": "links.tickets",
            "image_url": "images.0.url",
            "organizer": {"path": "presenter", "default": "City Museum of Art"},
            "cost_type": {"path": "admission.is_free", "map": {"true": "free", "false": "paid"}},
            "price_min": "admission.price_min",
            "price_max": "admission.price_max",
            "currency": "admission.currency",
            "status": {"path": "status", "map": {"canceled": "cancelled"}},
            "online": {"path": "format", "map": {"online": True, "in_person": False}},
            "source_category": "type",
            "tags": "topics.label",
        },
        "pagination": {"type": "cursor", "param": "cursor", "next": "meta.next_cursor"},
        "timezone": "America/New_York",
        "complete_listing": True,
    }


@pytest.fixture
def tokens(settings):
    """Secrets as the environment provides them (JSON_API_CREDENTIALS → SOURCE_CREDENTIALS["json_api"])."""
    settings.SOURCE_CREDENTIALS = {
        **settings.SOURCE_CREDENTIALS,
        "json_api": {"city_app_token": "city-app-token", "museum_token": "museum-token"},
    }


def adapter(config: dict, http: HttpClient | None = None) -> JsonApiAdapter:
    return JsonApiAdapter(config=config, context=AdapterContext(source="json_api", window=WINDOW, http=http))


def fetch_all(config: dict, no_sleep) -> tuple[JsonApiAdapter, list]:
    with HttpClient(rate_key="t", allow_private=True, sleep=no_sleep.append) as http:
        instance = adapter(config, http)
        return instance, list(instance.fetch())


def serve_city(recorded) -> None:
    recorded.add(CITY_PATH, query={"$offset": "3"}, file="json_api/city_events_offset3.json")
    recorded.add(CITY_PATH, query={"$offset": "0"}, file="json_api/city_events_offset0.json")


def serve_museum(recorded) -> None:
    recorded.add(MUSEUM_PATH, query={"cursor": NEXT_CURSOR}, file="json_api/museum_events_page2.json")
    recorded.add(MUSEUM_PATH, file="json_api/museum_events_page1.json")


# --- parsing one payload with a config -----------------------------------------------------------
def test_a_museum_page_is_mapped_field_by_field():
    config = museum_config("https://api.museum.example")
    records = list(adapter(config).parse((RECORDED / "museum_events_page1.json").read_bytes()))
    assert records[0] == RawEvent(
        source="json_api",
        external_id="48213",
        title="Curator Talk: Light in Dutch Painting",
        description="<p>Join curator <strong>Anna de Vries</strong> in the galleries for a close look at Vermeer's windows.</p>",
        start=dt.datetime(2026, 12, 3, 18, 30, tzinfo=NEW_YORK),
        end=dt.datetime(2026, 12, 3, 19, 30, tzinfo=NEW_YORK),
        timezone="America/New_York",
        venue_name="Fleming Auditorium",
        address="1000 Fifth Ave, New York",
        city="New York",
        country="US",
        latitude=40.7794,
        longitude=-73.9632,
        url="https://www.museum.example/events/48213-curator-talk-light-in-dutch-painting",
        ticket_url="https://tickets.museum.example/e/48213",
        image_url="https://api.museum.example/media/events/48213/hero.jpg",  # relative, resolved against url
        organizer="City Museum of Art",  # the default
        cost_type="paid",
        price_min=Decimal("12"),
        price_max=Decimal("25"),
        currency="USD",
        status="scheduled",
        online=False,
        source_category="event",
        tags=["Talks", "European Art"],
    )
    exhibition, lecture = records[1], records[2]
    assert (exhibition.start, exhibition.end, exhibition.all_day) == (dt.date(2026, 12, 1), dt.date(2027, 1, 31), True)
    assert (exhibition.cost_type, exhibition.price_min, exhibition.image_url) == ("free", Decimal("0"), None)
    assert (lecture.online, lecture.venue_name, lecture.address, lecture.latitude) == (True, None, None, None)
    assert (lecture.cost_type, lecture.price_min, lecture.currency) == ("free", None, None)
    assert lecture.image_url == "https://cdn.museum.example/img/48215.jpg"


def test_cancelled_items_and_items_that_are_not_objects():
    config = museum_config("https://api.museum.example")
    lanterns, bad = adapter(config).parse((RECORDED / "museum_events_page2.json").read_bytes())
    assert (lanterns.status, lanterns.cost_type) == ("cancelled", "free")
    assert bad == RejectedRecord(
        external_id="item-1", reason="The item is not an object.", raw={"item": "event 48241 withdrawn"}
    )


def test_dotted_paths():
    data = {"a": {"list": [{"x": 1, "tags": ["p", "q"]}, {"x": 2, "tags": ["r"]}, {"y": 3}]}}
    assert resolve(data, "a.list.1.x") == 2
    assert resolve(data, "a.list.x") == [1, 2]  # a name applied to a list collects from each element
    assert resolve(data, "a.list.*.tags") == ["p", "q", "r"]
    assert resolve(data, "a.list.9.x") is None
    assert resolve(data, "a.missing.deeper") is None
    assert resolve([1, 2], "") == [1, 2]


@pytest.mark.parametrize(
    ("spec", "value", "expected"),
    [
        ({"path": "when", "format": "epoch"}, 1796482800, dt.datetime(2026, 12, 5, 15, 0, tzinfo=dt.UTC)),
        ({"path": "when", "format": "epoch_ms"}, 1796482800000, dt.datetime(2026, 12, 5, 15, 0, tzinfo=dt.UTC)),
        (
            {"path": "when", "format": "%d/%m/%Y %H:%M"},
            "05/12/2026 19:30",
            dt.datetime(2026, 12, 5, 19, 30, tzinfo=dt.UTC),
        ),
        ({"path": "when", "format": "%d/%m/%Y"}, "05/12/2026", dt.date(2026, 12, 5)),
        ({"path": "when", "format": "%d/%m/%Y"}, "31/02/2026", None),
        ({"path": "when"}, "2026-12-05T19:30:00Z", dt.datetime(2026, 12, 5, 19, 30, tzinfo=dt.UTC)),
        ({"path": "when"}, "1999-12-31T23:00:00Z", None),  # implausible: before 2000
    ],
)
def test_start_formats(spec, value, expected):
    config = {"items": "", "mapping": {"title": "name", "start": spec}}
    (record,) = adapter(config).parse(json.dumps([{"name": "Gig", "when": value}]).encode())
    if expected is None:
        assert isinstance(record, RejectedRecord)
        assert record.reason.startswith("The item has no readable start")
        return
    assert record.start == expected  # a naive time, with no timezone configured anywhere, reads as UTC
    assert record.all_day is (not isinstance(expected, dt.datetime))


def test_a_date_and_a_time_from_two_paths_in_the_config_zone():
    config = {
        "items": "events",
        "timezone": "Europe/Paris",
        "mapping": {"title": "name", "start": {"path": ["date", "time"], "join": " ", "format": "%Y-%m-%d %H:%M"}},
    }
    (record,) = adapter(config).parse(b'{"events": [{"name": "Bal", "date": "2026-12-05", "time": "21:00"}]}')
    assert record.start == dt.datetime(2026, 12, 5, 21, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert record.timezone == "Europe/Paris"
    assert record.external_id.startswith("sha-")  # no id mapped: a stable hash of title and start
    (again,) = adapter(config).parse(b'{"events": [{"name": "Bal", "date": "2026-12-05", "time": "21:00"}]}')
    assert again.external_id == record.external_id


# --- fetching through the HTTP stack ---------------------------------------------------------------
def test_city_portal_offset_pages_with_the_app_token_from_the_environment(recorded, no_sleep, tokens):
    serve_city(recorded)
    instance, records = fetch_all(city_config(recorded.url()), no_sleep)
    first, second = recorded.requests
    assert first.headers["x-app-token"] == "city-app-token"
    assert first.query == {
        "$order": "start_date_time",
        "$where": "start_date_time > '2026-11-20T00:00:00'",
        "$offset": "0",
        "$limit": "3",
    }
    assert (second.query["$offset"], second.query["$limit"]) == ("3", "3")
    assert len(records) == 5  # the second page was short: no third request
    assert not instance.is_complete()  # complete_listing defaults to false
    by_id = {record.external_id: record for record in records}
    skating = by_id["SE-2026-004512"]
    assert skating.start == dt.datetime(2026, 12, 5, 18, 0, tzinfo=CHICAGO)  # a floating time, read in Chicago
    assert skating.start.isoformat() == "2026-12-05T18:00:00-06:00"
    assert (skating.latitude, skating.longitude) == (41.8826, -87.619)
    assert skating.address == "337 E Randolph St, Chicago, 60601"
    assert (skating.cost_type, skating.price_min, skating.online) == ("free", Decimal("0"), False)
    assert skating.url == "https://www.chicagoparkdistrict.example/events/winter-wonderfest-skating-party"
    zoo = by_id["SE-2026-004530"]
    assert (zoo.cost_type, zoo.price_min, zoo.tags, zoo.source_category) == (
        "paid",
        Decimal("5.00"),
        ["Family", "Holiday"],
        "Family; Holiday",
    )
    meeting = by_id["SE-2026-004561"]
    assert (meeting.status, meeting.online, meeting.venue_name, meeting.address) == ("cancelled", True, None, "Chicago")
    market = by_id["SE-2026-004577"]
    assert (market.cost_type, market.price_min, market.url) == ("unknown", None, None)
    assert by_id["SE-2026-004590"].reason == "The item has no readable start (mapping 'start'): None"


def test_museum_cursor_pages_with_a_bearer_token(recorded, no_sleep, tokens):
    serve_museum(recorded)
    instance, records = fetch_all(museum_config(recorded.url()), no_sleep)
    first, second = recorded.requests
    assert first.headers["authorization"] == "Bearer museum-token"
    assert first.query == {"include": "venue,admission"}
    assert second.query == {"include": "venue,admission", "cursor": NEXT_CURSOR}
    assert [record.external_id for record in records] == ["48213", "48190", "48215", "48240", "item-1"]
    assert records[0].image_url == recorded.url("/media/events/48213/hero.jpg")
    assert instance.is_complete()  # the config says so, and every page was read


def test_pages_are_bounded_and_a_cut_listing_is_never_complete(recorded, no_sleep, tokens):
    cursors = iter(range(100))
    recorded.add(
        MUSEUM_PATH,
        lambda seen: recorded.reply(json_body={"data": {"events": []}, "meta": {"next_cursor": f"c{next(cursors)}"}}),
    )
    instance, _ = fetch_all({**museum_config(recorded.url()), "max_pages": 3}, no_sleep)
    assert [request.query.get("cursor") for request in recorded.requests] == [None, "c0", "c1"]
    assert not instance.is_complete()


def test_a_cursor_that_repeats_is_the_end_not_a_loop(recorded, no_sleep, tokens):
    recorded.add(MUSEUM_PATH, json_body={"data": {"events": []}, "meta": {"next_cursor": "same"}})
    instance, _ = fetch_all(museum_config(recorded.url()), no_sleep)
    assert len(recorded.requests) == 2
    assert instance.is_complete()


def test_numbered_pages_stop_at_an_empty_page(recorded, no_sleep):
    pages = {
        "1": [{"name": "A", "start": "2026-12-01"}, {"name": "B", "start": "2026-12-02"}],
        "2": [{"name": "C", "start": "2026-12-03"}],
        "3": [],
    }
    recorded.add("/events", lambda seen: recorded.reply(json_body={"results": pages[seen.query["page"]]}))
    config = {
        "url": recorded.url("/events?city=lyon"),  # a query in the URL is kept
        "items": "results",
        "mapping": {"title": "name", "start": "start"},
        "pagination": {"type": "page", "param": "page", "start": 1, "size_param": "per_page", "size": 2},
    }
    _, records = fetch_all(config, no_sleep)
    assert [request.query for request in recorded.requests] == [
        {"city": "lyon", "page": "1", "per_page": "2"},
        {"city": "lyon", "page": "2", "per_page": "2"},
    ]
    assert [record.title for record in records] == ["A", "B", "C"]  # page 2 was short: page 3 never asked


def test_link_pagination_keeps_the_api_key_and_stops_at_a_loop(recorded, no_sleep):
    recorded.add(
        "/api/events",
        query={"page": "2"},
        json_body={"events": [{"name": "Two", "start": "2026-12-02"}], "links": {"next": "/api/events?page=2"}},
    )
    recorded.add(
        "/api/events",
        json_body={"events": [{"name": "One", "start": "2026-12-01"}], "links": {"next": "/api/events?page=2"}},
    )
    config = {
        "url": recorded.url("/api/events"),
        "params": {"api_key": "{credential:api_key}"},
        "api_key": "k-123",  # a credential in the config also works (the environment is preferred)
        "items": "events",
        "mapping": {"title": "name", "start": "start"},
        "pagination": {"type": "link", "next": "links.next"},
    }
    _, records = fetch_all(config, no_sleep)
    assert [request.query for request in recorded.requests] == [{"api_key": "k-123"}, {"page": "2", "api_key": "k-123"}]
    assert [record.title for record in records] == ["One", "Two"]


def test_post_apis_get_the_page_in_the_json_body(recorded, no_sleep):
    def answer(seen):
        offset = seen.json()["offset"]
        events = [
            {"name": f"E{offset + i}", "start": "2026-12-01T10:00:00+01:00"} for i in range(2 if offset == 0 else 1)
        ]
        return recorded.reply(json_body={"data": events})

    recorded.add("/search", answer, method="POST")
    config = {
        "url": recorded.url("/search"),
        "method": "POST",
        "params": {"lang": "en"},
        "body": {"filter": {"city": "lyon"}},
        "items": "data",
        "mapping": {"title": "name", "start": "start"},
        "pagination": {"type": "offset", "param": "offset", "size_param": "limit", "size": 2},
    }
    _, records = fetch_all(config, no_sleep)
    assert [request.json() for request in recorded.requests] == [
        {"filter": {"city": "lyon"}, "offset": 0, "limit": 2},
        {"filter": {"city": "lyon"}, "offset": 2, "limit": 2},
    ]
    assert all(request.query == {"lang": "en"} for request in recorded.requests)
    assert [record.title for record in records] == ["E0", "E1", "E2"]


# --- errors ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"items": None}, "needs 'items'"),
        ({"mapping": None}, "needs a 'mapping' object"),
        ({"mapping": {"start": "dates.start"}}, "mapping needs 'title'"),
        ({"mapping": {"title": "title"}}, "mapping needs 'start'"),
        ({"mapping": {"title": "title", "start": "dates.start", "venue": "venue.name"}}, "Unknown field 'venue'"),
        ({"mapping": {"title": {"join": " "}, "start": "dates.start"}}, "Unreadable mapping for 'title'"),
        ({"mapping": {"title": {"path": "t", "format": "%Y"}, "start": "s"}}, "Unreadable format '%Y' for 'title'"),
        ({"pagination": {"type": "scroll"}}, "Unknown pagination type 'scroll'"),
        ({"pagination": {"type": "cursor", "param": "cursor"}}, "needs 'next'"),
        ({"pagination": {"type": "offset", "param": "offset", "size": 0}}, "'size' in the json_api config must be"),
        ({"max_pages": "many"}, "'max_pages' in the json_api config must be"),
        ({"timezone": "Mars/Olympus"}, "Unknown timezone 'Mars/Olympus'"),
        ({"method": "PATCH"}, "Unsupported method 'PATCH'"),
        ({"headers": ["X-Key: 1"]}, "'headers' in the json_api config must be an object"),
    ],
)
def test_config_problems_are_named(recorded, no_sleep, change, message):
    config = {**museum_config(recorded.url()), **change}
    config = {key: value for key, value in config.items() if value is not None}
    with pytest.raises(AdapterError, match=message):
        fetch_all(config, no_sleep)
    assert recorded.requests == []


def test_a_missing_credential_names_the_environment_variable(recorded, no_sleep, settings):
    settings.SOURCE_CREDENTIALS = {**settings.SOURCE_CREDENTIALS, "json_api": {}}
    with pytest.raises(AdapterError, match="'museum_token'.*JSON_API_CREDENTIALS"):
        fetch_all(museum_config(recorded.url()), no_sleep)
    assert recorded.requests == []


def test_a_response_of_another_shape_is_an_adapter_error(recorded, no_sleep, tokens):
    recorded.add(MUSEUM_PATH, json_body={"data": {"exhibitions": []}, "meta": {}})
    with pytest.raises(AdapterError, match=r"No list of events at 'data.events' in the response \(found nothing\)"):
        fetch_all(museum_config(recorded.url()), no_sleep)
    with pytest.raises(AdapterError, match="found dict"):
        list(adapter({**museum_config(""), "items": "data"}).parse(b'{"data": {"events": []}}'))
    with pytest.raises(AdapterError, match="The response is not JSON"):
        list(adapter(museum_config("")).parse(b"<html>Maintenance</html>"))


def test_without_a_config_extract_reads_it_with_an_inferred_one():
    # Issue #13: with no config the adapter infers one (tests/sources/test_json_infer.py has the details).
    payload = (RECORDED / "museum_events_page1.json").read_bytes()
    assert JsonApiAdapter.sniff(payload)
    assert registry.sniff((RECORDED / "city_events_offset0.json").read_bytes()) is JsonApiAdapter
    out = StringIO()
    call_command(
        "extract", str(RECORDED / "museum_events_page1.json"), "--kind", "json_api", stdout=out, stderr=StringIO()
    )
    titles = [json.loads(line)["title"] for line in out.getvalue().splitlines()]
    assert titles == [record.title for record in adapter(museum_config("")).parse(payload)]


@pytest.mark.django_db
@pytest.mark.usefixtures("recorded_clock")  # replays responses recorded on RECORDED_NOW
def test_source_fetch_stages_and_publishes(recorded, no_sleep, tokens):
    serve_city(recorded)
    source = SourceFactory(
        slug="chicago-open-data",
        adapter="json_api",
        kind="api",
        config={**city_config(recorded.url()), "allow_private_network": True},
        # The records name Chicago (one has no coordinates): the source's city must be that known city.
        city=CityFactory(name="Chicago", slug="chicago"),
    )
    outcome = source_fetch(source=source, window=WINDOW, sleep=no_sleep.append)
    run = outcome.run
    assert (run.status, run.found, run.new, run.failed, run.requests) == (FetchRun.Status.PARTIAL, 5, 4, 1, 2)
    assert run.errors == [
        {"external_id": "SE-2026-004590", "reason": "The item has no readable start (mapping 'start'): None"}
    ]
    processed = staged_events_process(staged_event_ids=outcome.pending_ids)
    assert processed.published == 4
    skating = Event.objects.get(title="Winter WonderFest Skating Party")
    assert (skating.timezone, skating.local_start.hour, skating.venue.name) == (
        "America/Chicago",
        18,
        "Maggie Daley Park Ice Skating Ribbon",
    )
    assert Event.objects.get(title="32nd Ward Community Meeting").status == "cancelled"
