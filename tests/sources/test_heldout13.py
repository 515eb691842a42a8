"""The thirteenth held-out batch's misses among feeds and JSON APIs (issue #13, bench/corpus/{feeds,apis}/
manifest-heldout13.json, measured once before these rules), each rule on small documents of our own:

- a date and time written as fourteen digits, as TV and radio guides write them ("20270304193000 +0000",
  "20270304193000"), is a moment, with its offset when one follows; fourteen digits out of range are not;
- in an XML document, a text element that carries attributes somewhere (``<title lang="en">``) is read the same
  way where it carries none, so one field keeps one shape in every record (XMLTV programmes);
- records of one shape keyed by names (a channel's programme under each channel's name, a list of them under one)
  are read together, every name's; one record's parts under names (a start and an end) are not a collection;
- in a feed whose items mostly give their dates in the event module's elements, an item with only a pubDate later
  than the fetch is dated by it (the feed has no build time to compare with);
- a game with no title is named by its two sides, "<away> at <home>"; what sits under one side (its team's name,
  its pitcher's, its id) is never the game's title or id.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from events.pipeline.categorize import categorize_batch
from sources.adapters._json_infer import infer
from sources.adapters._json_shapes import Column, date_shape
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, RawEvent
from sources.adapters.json_api import JsonApiAdapter
from sources.adapters.rss import FeedAdapter
from sources.extraction import extract_document

PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
START = dt.datetime(2027, 3, 1, tzinfo=PACIFIC)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def json_events(document: object, zone: zoneinfo.ZoneInfo = PACIFIC) -> list[RawEvent]:
    context = AdapterContext(source="json_api", window=WINDOW, default_timezone=zone)
    records = list(JsonApiAdapter(config={}, context=context).parse(json.dumps(document).encode()))
    return [record for record in records if isinstance(record, RawEvent)]


def xml_events(document: str, zone: zoneinfo.ZoneInfo = PACIFIC) -> list[dict]:
    return extract_document(document.encode(), window=WINDOW, zone=zone).events


def feed_events(items: str, *, channel: str = "<title>Town hall</title><link>https://town.example/</link>") -> list:
    feed = (
        '<?xml version="1.0"?><rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel>'
        + channel
        + items
        + "</channel></rss>"
    )
    context = AdapterContext(source="rss", window=WINDOW, default_timezone=PACIFIC)
    return [
        record
        for record in FeedAdapter(config={}, context=context).parse(feed.encode())
        if isinstance(record, RawEvent)
    ]


# --- 1. fourteen-digit date-times ---------------------------------------------------------------------------------
GUIDE = """<?xml version="1.0" encoding="UTF-8"?>
<tv>
<channel id="one"><display-name>Channel One</display-name></channel>
<programme channel="one" start="20270304190000 +0000" stop="20270304193000 +0000"><title>Evening news</title></programme>
<programme channel="one" start="20270304193000 +0000" stop="20270304203000 +0000"><title>Garden hour</title></programme>
<programme channel="one" start="20270304203000 +0000" stop="20270304210000 +0000"><title>Night quiz</title></programme>
</tv>"""


def test_a_guide_with_fourteen_digit_times_and_offsets_is_read() -> None:
    events = xml_events(GUIDE)

    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        ("Evening news", "2027-03-04T11:00:00-08:00", "2027-03-04T11:30:00-08:00"),
        ("Garden hour", "2027-03-04T11:30:00-08:00", "2027-03-04T12:30:00-08:00"),
        ("Night quiz", "2027-03-04T12:30:00-08:00", "2027-03-04T13:00:00-08:00"),
    ]


def test_fourteen_digit_times_without_an_offset_are_read_in_the_sources_zone() -> None:
    document = (
        '<schedule><station id="S1"><progs>'
        '<prog id="1" ft="20270304220000" to="20270304230000"><title>Late jazz</title></prog>'
        '<prog id="2" ft="20270304230000" to="20270305000000"><title>Midnight poems</title></prog>'
        "</progs></station></schedule>"
    )

    events = xml_events(document, zone=TOKYO)

    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        ("Late jazz", "2027-03-04T22:00:00+09:00", "2027-03-04T23:00:00+09:00"),
        ("Midnight poems", "2027-03-04T23:00:00+09:00", "2027-03-05T00:00:00+09:00"),
    ]


def test_fourteen_digits_out_of_range_are_no_date() -> None:
    ids = Column("code", ["12345678901234", "99999999999999", "20271399000000"])
    moments = Column("start", ["20270304190000", "20270305190000", "20270306190000"])

    assert date_shape(ids, numeric_ok=True) is None
    shape = date_shape(moments, numeric_ok=True)
    assert shape is not None
    assert shape.kind == "datetime"


# --- 2. a text element with attributes somewhere ---------------------------------------------------------------------
def test_a_title_with_a_language_on_some_programmes_only_is_read_on_all() -> None:
    # Two programmes, one title with a language: read apart, neither would be in most records.
    document = (
        '<tv><programme channel="one" start="20270304190000 +0000" stop="20270304193000 +0000">'
        '<title lang="en">Evening news</title></programme>'
        '<programme channel="two" start="20270304190000 +0000" stop="20270304200000 +0000">'
        "<title>Garden hour</title></programme></tv>"
    )

    events = xml_events(document)

    assert [event["title"] for event in events] == ["Evening news", "Garden hour"]


# --- 3. records keyed by names ------------------------------------------------------------------------------------------
def now_playing(**channels: object) -> dict:
    return channels


def on(title: str, start: str, stop: str) -> dict:
    return {"title": title, "note": "An episode", "start": start, "stop": stop}


def test_records_keyed_by_names_are_read_every_names() -> None:
    document = now_playing(
        north=on("Morning show", "2027-03-04T08:00:00-08:00", "2027-03-04T09:00:00-08:00"),
        south=on("Cartoons", "2027-03-04T08:15:00-08:00", "2027-03-04T08:45:00-08:00"),
        east=on("Cooking", "2027-03-04T07:40:00-08:00", "2027-03-04T08:35:00-08:00"),
        west=[
            on("Old comedy", "2027-03-04T08:00:00-08:00", "2027-03-04T08:30:00-08:00"),
            on("New comedy", "2027-03-04T08:30:00-08:00", "2027-03-04T09:00:00-08:00"),
        ],
    )

    events = json_events(document)

    assert sorted((event.title, event.start.isoformat(), event.end.isoformat()) for event in events) == [
        ("Cartoons", "2027-03-04T08:15:00-08:00", "2027-03-04T08:45:00-08:00"),
        ("Cooking", "2027-03-04T07:40:00-08:00", "2027-03-04T08:35:00-08:00"),
        ("Morning show", "2027-03-04T08:00:00-08:00", "2027-03-04T09:00:00-08:00"),
        ("New comedy", "2027-03-04T08:30:00-08:00", "2027-03-04T09:00:00-08:00"),
        ("Old comedy", "2027-03-04T08:00:00-08:00", "2027-03-04T08:30:00-08:00"),
    ]


def test_one_records_parts_under_names_are_not_a_collection() -> None:
    document = {
        "title": "Spring lecture",
        "when": {"start": {"date": "2027-03-04", "time": "19:00"}, "end": {"date": "2027-03-04", "time": "21:00"}},
        "room": "Hall B",
    }

    events = json_events(document)

    assert [(event.title, event.start.isoformat(), event.end.isoformat()) for event in events] == [
        ("Spring lecture", "2027-03-04T19:00:00-08:00", "2027-03-04T21:00:00-08:00")
    ]


# --- 4. a pubDate in a feed of dated events ----------------------------------------------------------------------------
DATED = (
    "<item><title>Planning board</title><guid>pb-1</guid><ev:startdate>2027-03-10T18:00:00-08:00</ev:startdate>"
    "<ev:enddate>2027-03-10T20:00:00-08:00</ev:enddate></item>"
)


def test_an_item_with_only_a_later_pubdate_in_a_feed_of_dated_events_starts_then() -> None:
    events = feed_events(
        DATED + "<item><title>Budget workshop</title><pubDate>Fri, 12 Mar 2027 02:00:00 GMT</pubDate></item>"
    )

    assert [(event.title, event.start.isoformat()) for event in events] == [
        ("Planning board", "2027-03-10T18:00:00-08:00"),
        ("Budget workshop", "2027-03-11T18:00:00-08:00"),
    ]


def test_a_pubdate_before_the_fetch_is_a_publication_still() -> None:
    events = feed_events(
        DATED + "<item><title>Minutes posted</title><pubDate>Fri, 26 Feb 2027 02:00:00 GMT</pubDate></item>"
    )

    assert [event.title for event in events] == ["Planning board"]


def test_a_later_pubdate_in_a_feed_whose_items_give_no_event_dates_is_a_publication() -> None:
    events = feed_events(
        "<item><title>Road works notice</title><pubDate>Fri, 12 Mar 2027 02:00:00 GMT</pubDate></item>"
        "<item><title>Park news</title><pubDate>Sat, 13 Mar 2027 02:00:00 GMT</pubDate></item>"
    )

    assert events == []


# --- 5. a game named by its two sides ---------------------------------------------------------------------------------
def game(pk: int, moment: str, away: str, home: str) -> dict:
    return {
        "gamePk": pk,
        "link": f"/api/v1/game/{pk}/feed/live",
        "gameDate": moment,
        "teams": {
            "away": {"team": {"id": pk * 10, "name": away}, "probablePitcher": {"fullName": "Ann Lee"}},
            "home": {"team": {"id": pk * 10 + 1, "name": home}, "probablePitcher": {"fullName": "Bo Ray"}},
        },
        "venue": {"name": f"{home} Field"},
    }


def test_a_game_with_no_title_is_named_by_its_two_sides() -> None:
    document = {
        "dates": [
            {
                "date": "2027-04-01",
                "games": [
                    game(1, "2027-04-01T23:05:00Z", "Harbor Gulls", "Valley Foxes"),
                    game(2, "2027-04-02T02:10:00Z", "Mesa Hawks", "Bay Otters"),
                ],
            }
        ]
    }

    events = json_events(document)

    assert [(event.title, event.venue_name) for event in events] == [
        ("Valley Foxes vs Harbor Gulls", "Valley Foxes Field"),
        ("Bay Otters vs Mesa Hawks", "Bay Otters Field"),
    ]
    assert all(not event.external_id.endswith(("10", "11", "20", "21")) for event in events)  # no side's id


def test_flat_sides_named_home_and_away_name_the_match() -> None:
    document = {
        "fixtures": [
            {"date": "2027-04-03T14:00:00Z", "homeTeamName": "Riverside", "awayTeamName": "Old Town", "matchday": 3},
            {"date": "2027-04-04T14:00:00Z", "homeTeamName": "Harbour", "awayTeamName": "Hillside", "matchday": 3},
        ]
    }

    mapping = infer(document).config["mapping"]

    assert mapping["title"] == {"path": ["homeTeamName", "awayTeamName"], "join": " vs "}  # home first (left36)
    assert [event.title for event in json_events(document)] == ["Riverside vs Old Town", "Harbour vs Hillside"]


def test_a_game_that_has_a_name_keeps_it() -> None:
    named = {**game(3, "2027-04-05T23:05:00Z", "Harbor Gulls", "Valley Foxes"), "name": "Opening Day"}

    (event,) = json_events({"games": [named, {**named, "gamePk": 4, "gameDate": "2027-04-06T23:05:00Z"}]})[:1]

    assert event.title == "Opening Day"


def test_games_named_by_their_sides_are_labelled_as_sport_for_the_label_table() -> None:
    # The text model knows no team names ("Los Angeles Dodgers at San Francisco Giants" had read as a gig): the
    # inferred config says what a record with a home and an away side is, and the source-label table decides.
    document = {
        "games": [
            game(5, "2027-04-07T23:05:00Z", "Harbor Gulls", "Valley Foxes"),
            game(6, "2027-04-08T23:05:00Z", "Mesa Hawks", "Bay Otters"),
        ]
    }

    inference = infer(document)
    events = json_events(document)
    result, _ = categorize_batch([{"title": event.title, "source_category": event.source_category} for event in events])

    assert inference.config["mapping"]["source_category"] == {"default": "Sports / Game"}
    assert any("home and an away side" in line for line in inference.evidence)
    assert {event.source_category for event in events} == {"Sports / Game"}
    assert result.category == "sports_fitness"


def test_a_config_may_state_a_field_once_for_every_item_but_never_an_items_own() -> None:
    items = {"items": [{"name": "Quiz night", "when": "2027-04-09T19:00:00-07:00"}]}
    config = {"items": "items", "mapping": {"title": "name", "start": "when", "venue_name": {"default": "The Anchor"}}}

    (event,) = JsonApiAdapter(config=config, context=AdapterContext(source="json_api", window=WINDOW)).parse(
        json.dumps(items).encode()
    )

    assert isinstance(event, RawEvent)
    assert event.venue_name == "The Anchor"
    for field in ("title", "start", "external_id"):
        refused = {**config, "mapping": {**config["mapping"], field: {"default": "x"}}}
        adapter = JsonApiAdapter(config=refused, context=AdapterContext(source="json_api", window=WINDOW))
        with pytest.raises(AdapterError, match="Unreadable mapping"):
            list(adapter.parse(json.dumps(items).encode()))
