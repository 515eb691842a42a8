"""GET /api/v1/events/: the shared filters, pagination, ordering and the event representation contract."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from events.models import Event
from tests.api.conftest import CHICAGO, paid
from tests.clock import local_at

pytestmark = [pytest.mark.django_db, pytest.mark.postgres]

URL = "/api/v1/events/"


def titles(client, **params) -> list[str]:
    response = client.get(URL, params)
    assert response.status_code == 200, response.content
    return [item["title"] for item in response.json()["results"]]


def errors(client, **params) -> dict[str, list[str]]:
    response = client.get(URL, params)
    assert response.status_code == 400, response.content
    body = response.json()
    assert body["error"] == "Invalid input: see fields."
    return body["fields"]


def test_lists_upcoming_published_events_only(client, world):
    world.event("Soon")
    world.event("Draft", moderation_status=Event.ModerationStatus.HELD)
    world.event("Archived", archived_at=timezone.now())
    world.event("Over", start=timezone.now() - dt.timedelta(days=2), end=timezone.now() - dt.timedelta(days=1))
    winner = world.event("Winner", days=3)
    world.event("Merged away", merged_into=winner)
    assert titles(client) == ["Soon", "Winner"]


def test_the_representation_contract(client, world):
    event = world.event(
        "Jazz night",
        venue=world.venue,
        venue_name="Empty Bottle",
        address="1035 N Western Ave",
        latitude=41.9,
        longitude=-87.68,
        category=world.music,
        subcategory=world.jazz,
        tags=["jazz", "live"],
        image_url="https://img.example/j.jpg",
        ticket_url="https://tickets.example/j",
        end=local_at(2, 22, tz=CHICAGO),
        **paid("10", "25.50"),
    )
    item = client.get(URL).json()["results"][0]
    start = event.start.astimezone(event.zone)
    assert item == {
        "id": event.pk,
        "title": "Jazz night",
        "url": f"http://127.0.0.1:8000/events/{event.pk}/jazz-night/",
        "start": start.isoformat(),
        "end": event.end.astimezone(event.zone).isoformat(),
        "all_day": False,
        "timezone": CHICAGO,
        "timezone_name": "Central Time",
        "city": {"slug": "chicago", "name": "Chicago"},
        "venue": {"id": world.venue.pk, "name": "Empty Bottle"},
        "venue_name": "Empty Bottle",
        "address": "1035 N Western Ave",
        "latitude": 41.9,
        "longitude": -87.68,
        "category": {"slug": "music", "name": world.music.name},
        "subcategory": {"slug": "jazz-blues", "name": world.jazz.name},
        "tags": ["jazz", "live"],
        "cost_type": "paid",
        "price_min": "10.00",
        "price_max": "25.50",
        "currency": "USD",
        "price_display": "$10–$25.50",
        "status": "scheduled",
        "online": False,
        "sold_out": False,
        "image_url": "https://img.example/j.jpg",
        "ticket_url": "https://tickets.example/j",
    }
    # The event's own offset, whatever the server's zone: Chicago is -05:00 or -06:00.
    assert item["start"].endswith(("-05:00", "-06:00"))
    assert item["start"][11:16] == "19:00"


def test_the_representation_of_an_instance_is_the_same(world):
    from events.api.representation import event_dict_from_event, event_dicts
    from events.selectors import event_list

    world.event("Same shape", venue=world.venue, category=world.music, **paid("5"))
    world.event("Bare", city=None)
    from_rows = event_dicts(event_list(filters={}))
    from_instances = [event_dict_from_event(event) for event in event_list(filters={})]
    assert from_rows == from_instances
    assert from_rows[1]["city"] is None
    assert from_rows[1]["venue"] is None
    assert from_rows[1]["price_display"] == ""


def test_city_area_category_subcategory_and_tag(client, world):
    world.event("Here", venue=world.venue, category=world.music, subcategory=world.jazz, tags=["outdoor"])
    world.event("There", city=world.other_city, tags=["indoor"])
    assert titles(client, city="chicago") == ["Here"]
    assert titles(client, city="chicago", area="loop") == ["Here"]
    assert titles(client, category="music") == ["Here"]
    assert titles(client, category="jazz-blues") == ["Here"]
    assert titles(client, subcategory="jazz-blues") == ["Here"]
    assert titles(client, tag="indoor") == ["There"]


def test_dates_and_named_ranges(client, world):
    world.event("In two days", days=2)
    world.event("In nine days", days=9)
    in_two = local_at(2, 12, tz=CHICAGO).date().isoformat()
    assert titles(client, city="chicago", date_from=in_two, date_to=in_two) == ["In two days"]
    assert titles(client, city="chicago", when="next-7-days") == ["In two days"]
    assert titles(client, tz="Europe/Berlin", date_from=local_at(5, 12, tz=CHICAGO).date().isoformat()) == [
        "In nine days"
    ]


def test_price_free_accessible_online_status(client, world):
    world.event("Free gig", cost_type="free")
    world.event("Cheap", **paid("5"))
    world.event("Dear", **paid("80"))
    world.event("Ramp", tags=["accessible"], online=True, status="cancelled", **paid("90"))
    assert titles(client, free="true") == ["Free gig"]
    assert titles(client, price_max="10") == ["Free gig", "Cheap"]
    assert titles(client, accessible="yes") == ["Ramp"]
    assert titles(client, online="true") == ["Ramp"]
    assert titles(client, status="cancelled") == ["Ramp"]
    assert titles(client, status=["cancelled", "scheduled"]) == ["Free gig", "Cheap", "Dear", "Ramp"]


def test_text_venue_organizer_source_and_radius(client, world):
    first = world.event(
        "Saxophone evening", venue=world.venue, organizer=world.organizer, latitude=41.9, longitude=-87.68
    )
    world.event("Poetry slam", latitude=30.27, longitude=-97.74)
    world.listed(first)
    assert titles(client, q="saxophone") == ["Saxophone evening"]
    assert titles(client, venue=world.venue.pk) == ["Saxophone evening"]
    assert titles(client, organizer="jazz-club") == ["Saxophone evening"]
    assert titles(client, source="chicago-reader") == ["Saxophone evening"]
    assert titles(client, lat="41.88", lng="-87.63", radius_km="10") == ["Saxophone evening"]


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"city": "atlantis"}, "city"),
        ({"area": "nowhere"}, "area"),
        ({"category": "nope"}, "category"),
        ({"subcategory": "music"}, "subcategory"),  # a top-level category is not a subcategory
        ({"date_from": "tomorrow"}, "date_from"),
        ({"date_from": "2030-01-10", "date_to": "2030-01-01"}, "date_to"),
        ({"when": "someday"}, "when"),
        ({"tz": "Mars/Olympus"}, "tz"),
        ({"free": "maybe"}, "free"),
        ({"price_max": "-1"}, "price_max"),
        ({"price_max": "NaN"}, "price_max"),
        ({"q": "x" * 201}, "q"),
        ({"q": "nul\x00byte"}, "q"),
        ({"lat": "91", "lng": "0"}, "lat"),
        ({"lat": "41.8"}, "lng"),
        ({"radius_km": "5"}, "radius_km"),
        ({"venue": "999999"}, "venue"),
        ({"venue": "abc"}, "venue"),
        ({"organizer": "nobody"}, "organizer"),
        ({"source": "nowhere"}, "source"),
        ({"status": "exploded"}, "status"),
        ({"accessible": "2"}, "accessible"),
        ({"online": "sometimes"}, "online"),
        ({"ordering": "random"}, "ordering"),
        ({"page": "0"}, "page"),
        ({"page": "one"}, "page"),
        ({"page_size": "101"}, "page_size"),
        ({"page_size": "-5"}, "page_size"),
    ],
)
def test_a_bad_value_is_a_400_naming_the_field(client, world, params, field):
    world.event("Anything")
    assert field in errors(client, **params)


def test_every_bad_field_is_reported_at_once(client, world):
    fields = errors(client, city="atlantis", when="someday", page_size="500")
    assert set(fields) == {"city", "when", "page_size"}


def test_unknown_keys_are_ignored(client, world):
    world.event("Still here")
    assert titles(client, colour="blue", utm_source="x") == ["Still here"]


def test_ordering(client, world):
    world.event("B later cheap", days=5, **paid("1"))
    world.event("A soon dear", days=1, **paid("50"))
    world.event("C middle free", days=3, cost_type="free")
    assert titles(client) == ["A soon dear", "C middle free", "B later cheap"]
    assert titles(client, ordering="-start") == ["B later cheap", "C middle free", "A soon dear"]
    assert titles(client, ordering="title") == ["A soon dear", "B later cheap", "C middle free"]
    # Free costs nothing: cheapest first.
    assert titles(client, ordering="price") == ["C middle free", "B later cheap", "A soon dear"]


def test_pagination_links_and_limits(client, world):
    for n in range(5):
        world.event(f"Event {n}", days=n + 1)
    first = client.get(URL, {"city": "chicago", "page_size": "2", "colour": "ignored"}).json()
    assert first["count"] == 5
    assert [item["title"] for item in first["results"]] == ["Event 0", "Event 1"]
    assert first["previous"] is None
    assert first["next"] == "http://127.0.0.1:8000/api/v1/events/?city=chicago&page=2&page_size=2"
    last = client.get(first["next"].removeprefix("http://127.0.0.1:8000")).json()
    assert last["previous"] == "http://127.0.0.1:8000/api/v1/events/?city=chicago&page_size=2"
    third = client.get(URL, {"city": "chicago", "page_size": "2", "page": "3"}).json()
    assert [item["title"] for item in third["results"]] == ["Event 4"]
    assert third["next"] is None
    beyond = client.get(URL, {"city": "chicago", "page_size": "2", "page": "4"})
    assert beyond.status_code == 404
    assert beyond.json() == {"error": "Page 4 does not exist; there are 3.", "fields": {}}
    assert len(client.get(URL, {"page_size": "100"}).json()["results"]) == 5
    assert len(client.get(URL).json()["results"]) == 5  # default 20


def test_default_page_size_is_twenty(client, world):
    for n in range(21):
        world.event(f"E{n:02}", days=1 + n % 7)
    body = client.get(URL).json()
    assert len(body["results"]) == 20
    assert body["count"] == 21
    assert body["next"].endswith("page=2")


def test_query_counts(client, world, django_assert_max_num_queries):
    for n in range(30):
        world.event(f"Event {n}", venue=world.venue, category=world.music, days=1 + n % 6)
    # A miss: the city lookup (filter validation), the count and the page.
    with django_assert_max_num_queries(3):
        assert client.get(URL, {"city": "chicago", "page_size": "25"}).status_code == 200
    # Page 2 of the same list: the count is cached.
    with django_assert_max_num_queries(2):
        assert client.get(URL, {"city": "chicago", "page_size": "25", "page": "2"}).status_code == 200
    # A hit costs no query at all.
    with django_assert_max_num_queries(0):
        assert client.get(URL, {"city": "chicago", "page_size": "25"}).status_code == 200
