"""A trailing "@ <place>" in an item's title is its venue when the item states no place (issue #13: MusicBrainz's
"Skunk D.F. @ Sala Arena, Madrid"); a place the item states wins, and a date or an online room after "@" is none."""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from sources.adapters._title_place import title_place
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter
from sources.adapters.rss import FeedAdapter

ZONE = zoneinfo.ZoneInfo("Europe/Madrid")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def context(source: str) -> AdapterContext:
    return AdapterContext(source=source, window=WINDOW, default_timezone=ZONE)


def json_events(document: object) -> list[RawEvent]:
    records = JsonApiAdapter(config={}, context=context("json_api")).parse(json.dumps(document).encode())
    return [record for record in records if isinstance(record, RawEvent)]


def feed_events(items: str) -> list[RawEvent]:
    payload = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/">'
        f"<channel><title>Concerts</title><link>https://gigs.example/</link><description>Gigs</description>{items}"
        "</channel></rss>"
    ).encode()
    records = FeedAdapter(config={}, context=context("rss")).parse(payload)
    return [record for record in records if isinstance(record, RawEvent)]


def test_the_place_after_an_at_sign_in_a_title() -> None:
    assert title_place("Skunk D.F. @ Sala Arena, Madrid") == ("Sala Arena", None, "Madrid")
    assert title_place("Skunk D.F. @ Sala Arena, Madrid (Gira 20 aniversario)") == ("Sala Arena", None, "Madrid")
    assert title_place("Quiz Night @ The Crown, 12 High Street, Leeds") == ("The Crown", "12 High Street, Leeds", None)
    for none in (
        "Jazz Night – Sat Dec 5 @ 8pm",
        "Jazz Night @ 20:00",
        "Book club @ Zoom",
        "@ Sala Arena",
        "a@b.example",
    ):
        assert title_place(none) == (None, None, None), none


def test_a_json_item_with_no_place_takes_its_titles_place() -> None:
    listed = [
        {"id": 1, "name": "Skunk D.F. @ Sala Arena, Madrid", "date": "2027-03-14T20:00:00"},
        {"id": 2, "name": "Los Planetas @ Sala Arena", "date": "2027-03-15T20:00:00", "venue": "La Riviera"},
        {"id": 3, "name": "Annual general meeting", "date": "2027-03-16T20:00:00"},
    ]
    found = {event.external_id: (event.venue_name, event.city) for event in json_events({"events": listed})}
    assert found == {"1": ("Sala Arena", "Madrid"), "2": ("La Riviera", None), "3": (None, None)}


def test_a_feed_item_with_no_place_takes_its_titles_place() -> None:
    items = (
        "<item><title>Skunk D.F. @ Sala Arena, Madrid</title><link>https://gigs.example/1</link>"
        "<ev:startdate>2027-03-14T20:00:00+01:00</ev:startdate></item>"
        "<item><title>Los Planetas @ Sala Arena</title><link>https://gigs.example/2</link>"
        "<ev:startdate>2027-03-15T20:00:00+01:00</ev:startdate><ev:location>La Riviera</ev:location></item>"
    )
    found = [(event.venue_name, event.city) for event in feed_events(items)]
    assert found == [("Sala Arena", "Madrid"), ("La Riviera", None)]


def test_a_long_title_names_no_place() -> None:
    """No regular expression: a hostile title is read once, and a long tail after "@" is no place's name."""
    assert title_place("A" + " @ " * 50_000 + "B") == (None, None, None)
    assert title_place("Night @ " + "(" * 50_000) == (None, None, None)
