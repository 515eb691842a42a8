"""Normalize with context: zones, overnight ends, dates and prices from text, titles, places, canonical URLs.

The seed's tests (tests/events/test_normalize.py) still cover the contract without context.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from events.pipeline.normalize import FIELDS, NormalizeContext, normalize, normalize_batch
from events.pipeline.text import single_line
from events.pipeline.urls import canonical_url

FIXTURE = Path(__file__).resolve().parents[3] / "events" / "fixtures" / "cities.json"
NOW = dt.datetime(2026, 11, 20, 6, 30, tzinfo=dt.UTC)
BASE = {"source": "ics", "external_id": "e1", "title": "Gig", "start": "2026-12-05T19:30:00-05:00"}
VENUES = [{"id": 101, "name": "The Blue Lantern", "city_id": 46, "latitude": 12.9784, "longitude": 77.6408}]


@pytest.fixture(scope="module")
def context() -> NormalizeContext:
    rows = [row for row in json.loads(FIXTURE.read_text()) if row["model"] == "events.city"]
    cities = [{**row["fields"], "id": number} for number, row in enumerate(rows, start=1)]
    return NormalizeContext.for_places(cities, VENUES, now=NOW)


def test_times_are_shown_in_the_event_zone_then_the_city_then_the_source():
    utc = {**BASE, "start": "2026-12-06T00:30:00Z", "end": "2026-12-06T03:00:00Z"}
    own = normalize({**utc, "timezone": "America/Chicago", "city": "NYC"}).record
    assert (own["start"], own["end"], own["timezone"]) == (
        "2026-12-05T18:30:00-06:00",
        "2026-12-05T21:00:00-06:00",
        "America/Chicago",
    )
    result = normalize(
        {**utc, "city": "NYC"},
        NormalizeContext.for_places(
            [
                {
                    "id": 1,
                    "name": "New York",
                    "slug": "new-york",
                    "latitude": 40.71,
                    "longitude": -74.0,
                    "timezone": "America/New_York",
                    "country": "US",
                }
            ]
        ),
    )
    assert (result.record["start"], result.record["timezone"], result.record["city_id"]) == (
        "2026-12-05T19:30:00-05:00",
        "America/New_York",
        1,
    )
    source = normalize({**BASE, "start": "2026-12-05T19:30:00"}, NormalizeContext(default_timezone="Europe/London"))
    assert (source.record["start"], source.record["timezone"]) == ("2026-12-05T19:30:00+00:00", "Europe/London")
    assert source.warnings == ["start has no UTC offset: read as local time in Europe/London"]
    assert source.ok


def test_date_only_events_stay_dates():
    record = normalize({**BASE, "start": "2026-12-05", "end": "2026-12-07", "timezone": "Asia/Kolkata"}).record
    assert (record["start"], record["end"], record["all_day"]) == ("2026-12-05", "2026-12-07", True)
    mixed = normalize({**BASE, "start": "2026-12-05", "end": "2026-12-05T23:00:00+00:00"})
    assert (mixed.record["end"], mixed.warnings) == (
        None,
        ["end is a date and start a time, or the reverse (end dropped)"],
    )


def test_overnight_ends_move_to_the_next_day_and_other_bad_ends_are_dropped():
    overnight = normalize({**BASE, "start": "2026-12-05T22:00:00-05:00", "end": "2026-12-05T02:00:00-05:00"})
    assert overnight.record["end"] == "2026-12-06T02:00:00-05:00"
    assert overnight.warnings == ["end before start on the same day: read as overnight (end moved to the next day)"]
    # 10:00 → 09:00 would be a 23-hour night: an error, not an overnight event.
    backwards = normalize({**BASE, "start": "2026-12-05T10:00:00-05:00", "end": "2026-12-05T09:00:00-05:00"})
    assert (backwards.record["end"], backwards.warnings) == (None, ["end before start (end dropped)"])
    long = normalize({**BASE, "end": "2027-02-05T19:30:00-05:00"})
    assert (long.record["end"], long.warnings) == (None, ["lasts more than 30 days (end dropped)"])
    # Overnight across the DST change: still 02:00 on the wall clock.
    dst = normalize(
        {
            **BASE,
            "start": "2026-10-31T23:00:00-04:00",
            "end": "2026-10-31T02:00:00-04:00",
            "timezone": "America/New_York",
        }
    )
    assert dst.record["end"] == "2026-11-01T02:00:00-05:00"


def test_missing_start_is_read_from_text(context):
    result = normalize(
        {**BASE, "start": None, "title": "Open mic", "city": "Bangalore", "description": "This Saturday 8pm, 2 sets."},
        context,
    )
    assert result.ok
    assert (result.record["start"], result.record["start_from_text"]) == ("2026-11-21T20:00:00+05:30", True)
    assert result.warnings == ["start read from the description: 'This Saturday'"]
    from_title = normalize({**BASE, "start": None, "title": "Diwali Mela – 8 Nov 2027", "city": "Bengaluru"}, context)
    assert (from_title.record["start"], from_title.record["all_day"]) == ("2027-11-08", True)
    assert from_title.record["title"] == "Diwali Mela"  # the date was the event's own
    assert normalize({**BASE, "start": None}, context).errors == ["missing start"]
    off = NormalizeContext(now=NOW, dates_from_text=False)
    assert normalize({**BASE, "start": None, "description": "tomorrow 8pm"}, off).errors == ["missing start"]


def test_prices_from_fields_and_text(context):
    symbol = normalize({**BASE, "price_min": 10, "price_max": 25, "currency": "$"}).record
    assert (symbol["cost_type"], symbol["price_min"], symbol["price_max"], symbol["currency"]) == (
        "paid",
        10,
        25,
        "USD",
    )
    rupees = normalize({**BASE, "city": "Bangalore", "price_text": "Rs. 499 onwards"}, context).record
    assert (rupees["cost_type"], rupees["price_min"], rupees["price_max"], rupees["currency"]) == (
        "paid",
        499.0,
        None,
        "INR",
    )
    described = normalize({**BASE, "description": "Free entry, all welcome."})
    assert (described.record["cost_type"], described.record["price_max"]) == ("free", 0.0)
    assert described.warnings == ["price read from the description (free)"]
    given = normalize({**BASE, "cost_type": "paid", "description": "Free entry"}).record
    assert given["cost_type"] == "paid"  # the source's own field wins over its text
    assert normalize({**BASE, "price_min": 65, "price_max": 65}).record["currency"] is None  # never guessed


def test_titles_status_and_sold_out(context):
    result = normalize(
        {
            **BASE,
            "title": "SOLD OUT! JAZZ NIGHT – Sat Dec 5 @ Blue Lantern",
            "venue_name": "Blue Lantern",
            "description": "Not cancelled — rain or shine!",
        }
    )
    assert (result.record["title"], result.record["status"], result.record["sold_out"]) == (
        "Jazz Night",
        "scheduled",
        True,
    )
    cancelled = normalize({**BASE, "title": "CANCELLED: Comedy Night"})
    assert (cancelled.record["title"], cancelled.record["status"]) == ("Comedy Night", "cancelled")
    assert cancelled.warnings == ["status 'cancelled' read from the title"]
    postponed = normalize({**BASE, "description": "The show has been postponed."}).record
    assert postponed["status"] == "postponed"
    rescheduled = normalize({**BASE, "status": "rescheduled", "title": "CANCELLED: Gig"}).record
    assert rescheduled["status"] == "rescheduled"  # the source's own status stands


def test_places_and_canonical_urls(context):
    record = normalize(
        {
            **BASE,
            "city": "Bangalore",
            "venue_name": "Blue Lantern",
            "timezone": None,
            "url": "HTTPS://Tickets.Example.com/e/1?utm_source=fb&id=7&fbclid=x#top",
            "image_url": "https://cdn.example.com/a.jpg?utm_source=fb&sig=abc",
        },
        context,
    ).record
    assert (record["city"], record["city_id"], record["venue_id"], record["country"]) == ("Bengaluru", 46, 101, "IN")
    assert record["timezone"] == "Asia/Kolkata"
    assert record["start"] == "2026-12-06T06:00:00+05:30"  # the same instant, in the city's zone
    assert record["url"] == "https://tickets.example.com/e/1?id=7"
    assert record["image_url"] == "https://cdn.example.com/a.jpg?utm_source=fb&sig=abc"  # images may be signed
    assert "city_id" not in normalize(BASE).record  # no places in the context: no ids


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "HTTPS://User:pw@Example.COM:443/a//b/?utm_source=x&id=3&fbclid=1&q=a%20b#frag",
            "https://example.com/a/b/?id=3&q=a%20b",
        ),
        ("http://x.com", "http://x.com/"),
        (
            "https://x.com:8443/p?gclid=1&mc_cid=2&mc_eid=3&igshid=4&ref=5&aff=6&_ga=7&UTM_Medium=8",
            "https://x.com:8443/p",
        ),
        ("https://shop.example/item?b=2&a=1", "https://shop.example/item?b=2&a=1"),  # order kept
        ("https://[::1]:8080/x?ref=a", "https://[::1]:8080/x"),
        ("ftp://x.com/a", None),
        ("https://x.com:99999/", None),
        ("not a url", None),
        (None, None),
    ],
)
def test_canonical_url(url, expected):
    assert canonical_url(url) == expected


def test_batch_keeps_the_contract_and_the_fast_text_path_matches_the_sanitizer(context):
    results = normalize_batch([BASE, {**BASE, "title": ""}], context)
    assert [r.ok for r in results] == [True, False]
    assert tuple(results[0].record)[: len(FIELDS)] == FIELDS
    for text in ("  Jazz   Night ", "Tom & Jerry", "<b>Bold</b> move", "Caf\u00e9 \u201cquotes\u201d", "a > b"):
        assert normalize({**BASE, "title": text}).record["title"] == single_line(text, max_length=300)
