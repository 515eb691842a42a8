"""One hostile record is one rejected (or cleaned) record; the rest of the document goes on.

Hostile values from the issue: an RSS ``&#xD800;``, a lone surrogate in JSON-LD or JSON, NaN/Infinity
prices, a zone of "Asia", JSON nested 50k deep, NUL and terminal escapes in text, a page with a BOM.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest

from events.models import Event, StagedEvent
from events.pipeline.normalize import normalize
from events.pipeline.prices import parse_price_text
from events.pipeline.quality import _zone_ok
from sources.adapters import jsonld as jsonld_module
from sources.adapters.base import AdapterContext, AdapterError, FetchWindow, RawEvent, RejectedRecord
from sources.adapters.common import money, zone
from sources.adapters.html import GenericPageAdapter
from sources.adapters.json_api import JsonApiAdapter
from sources.adapters.jsonld import StructuredPageAdapter
from sources.adapters.luma import LumaAdapter
from sources.adapters.rss import FeedAdapter
from sources.adapters.ticketmaster import TicketmasterAdapter
from sources.scraping import config as scraper_config
from tests.factories import SourceFactory
from tests.sources.helpers import fetch_source

WINDOW = FetchWindow(start=dt.datetime(2026, 11, 20, tzinfo=dt.UTC), end=dt.datetime(2027, 11, 20, tzinfo=dt.UTC))
UNSAFE = ("\x00", "\x1b", "\ud800", "\x9b")


def parse(adapter_class, payload: bytes, config: dict | None = None) -> list:
    context = AdapterContext(source=adapter_class.name, window=WINDOW)
    return list(adapter_class(config=config or {}, context=context).parse(payload))


def events(records: list) -> dict[str, RawEvent]:
    return {record.external_id: record for record in records if isinstance(record, RawEvent)}


def rejected(records: list) -> dict[str, RejectedRecord]:
    return {record.external_id: record for record in records if isinstance(record, RejectedRecord)}


def assert_clean(value: object) -> None:
    text = json.dumps(value, default=str, ensure_ascii=False)
    assert not any(character in text for character in UNSAFE), text


def jsonld_page(*nodes: dict) -> bytes:
    blocks = json.dumps(list(nodes))  # NaN/Infinity as JSON writes them; lone surrogates as \ud800
    return (
        f'<!DOCTYPE html><html><head><title>Gigs</title><script type="application/ld+json">{blocks}</script>'
        "</head><body><h1>Gigs</h1></body></html>"
    ).encode()


def gig(name: str, day: int, **extra) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "MusicEvent",
        "name": name,
        "startDate": f"2026-12-{day:02d}T20:00:00-06:00",
        "url": f"https://venue.example/{day}",
        **extra,
    }


# --- helpers that never raise ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Asia", "America", "Europe", "../../etc/passwd", "A" * 300, "UTC\x00", "\ud800"])
def test_a_zone_that_is_not_one_gives_the_fallback(name):
    fallback = zone("Europe/Paris")
    assert zone(name, fallback) is fallback
    assert zone(name) is None


@pytest.mark.parametrize(
    "value", [float("nan"), float("inf"), float("-inf"), Decimal("NaN"), Decimal("sNaN"), "NaN", "Infinity", "1e400"]
)
def test_prices_that_are_not_numbers_are_none(value):
    assert money(value) is None


@pytest.mark.parametrize(("value", "expected"), [(-0.0, Decimal(0)), ("-0", Decimal(0)), ("$25", Decimal(25))])
def test_prices_that_are_numbers_are_read(value, expected):
    assert money(value) == expected


@pytest.mark.parametrize("value", ["9" * 5000, 10**400, "₹ 99999999999999999"])
def test_absurd_prices_are_none(value):
    assert money(value) is None


def test_records_clean_their_text_and_numbers_when_built():
    record = RawEvent(
        source="s",
        external_id="id\x00",
        title="Quiz \x1b[31mnight\ud800",
        start=dt.date(2026, 12, 5),
        timezone="Asia",
        latitude=float("nan"),
        price_min=Decimal("Infinity"),
        tags=["pub\x9b2J"],
    )
    assert (record.external_id, record.title, record.tags) == ("id", "Quiz night", ["pub2J"])
    assert (record.timezone, record.latitude, record.price_min) == (None, None, None)
    bad = RejectedRecord(external_id="\ud800x", reason="no\x1b]0;pwn\x07 date", raw={"k\x00": [float("nan"), "\ud800"]})
    assert (bad.external_id, bad.reason, bad.raw) == ("x", "no date", {"k": [None, ""]})


# --- feeds -------------------------------------------------------------------------------------------


def test_rss_character_references_to_surrogates_and_controls_cost_nothing_else():
    feed = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Pub</title>'
        b"<item><title>Quiz - December 8, 8pm</title><link>https://pub.example/quiz</link></item>"
        b"<item><title>Bad &#xD800;&#55296; - December 9, 8pm</title><link>https://pub.example/bad</link></item>"
        b"<item><title>Esc &#x1b;[2J&#0;&#x9b; - December 10, 8pm</title><link>https://pub.example/esc</link></item>"
        b"</channel></rss>"
    )
    records = parse(FeedAdapter, feed)
    found = events(records)
    assert set(found) == {"https://pub.example/quiz", "https://pub.example/bad", "https://pub.example/esc"}
    assert found["https://pub.example/quiz"].title == "Quiz - December 8, 8pm"
    assert found["https://pub.example/bad"].title == "Bad \ufffd\ufffd - December 9, 8pm"
    assert_clean([record.to_json() for record in records])


# --- pages -------------------------------------------------------------------------------------------


def test_json_ld_with_surrogates_nan_prices_and_escapes_keeps_every_event():
    page = jsonld_page(
        gig("Good gig", 5, offers={"price": "25", "priceCurrency": "USD"}),
        gig("Lone \ud800 surrogate", 6),
        gig("NaN gig", 7, offers={"price": float("nan"), "lowPrice": float("inf"), "priceCurrency": "USD"}),
        gig("Esc \x1b[31mgig\x00", 8),
    )
    found = events(parse(StructuredPageAdapter, page))
    assert [found[f"https://venue.example/{day}"].title for day in (5, 6, 7, 8)] == [
        "Good gig",
        "Lone surrogate",
        "NaN gig",
        "Esc gig",
    ]
    assert found["https://venue.example/5"].price_min == Decimal(25)
    assert (found["https://venue.example/7"].price_min, found["https://venue.example/7"].price_max) == (None, None)
    assert_clean([record.to_json() for record in found.values()])


def test_a_json_ld_event_that_cannot_be_read_is_one_rejected_record(monkeypatch):
    """Whatever a node trips over that no one foresaw, the page's other events are still read."""
    real = jsonld_module.EventReader.record

    def fragile(reader, node):
        if node.get("name") == "Trap":
            raise OverflowError("date value out of range")
        return real(reader, node)

    monkeypatch.setattr(jsonld_module.EventReader, "record", fragile)
    records = parse(StructuredPageAdapter, jsonld_page(gig("Good gig", 5), gig("Trap", 6), gig("Later gig", 7)))
    assert set(events(records)) == {"https://venue.example/5", "https://venue.example/7"}
    (bad,) = rejected(records).values()
    assert bad.reason == jsonld_module.BAD_EVENT.format(error="OverflowError")
    assert bad.raw["name"] == "Trap"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32", "utf-8-sig"])
def test_pages_with_a_byte_order_mark_are_decoded(encoding):
    text = jsonld_page(gig("Café concert", 5)).decode()
    payload = text.encode(encoding)
    assert StructuredPageAdapter.sniff(payload)
    (event,) = events(parse(StructuredPageAdapter, payload)).values()
    assert event.title == "Café concert"


def test_a_plain_page_with_a_utf16_bom_is_read():
    page = (
        "<html><body><article class='event'><h2>Crêpe night</h2><p>Saturday 12 December 2026, 7pm</p></article>"
        "</body></html>"
    ).encode("utf-16")
    assert GenericPageAdapter.sniff(payload=page)
    (event,) = events(parse(GenericPageAdapter, page)).values()
    assert event.title == "Crêpe night"


# --- JSON APIs ---------------------------------------------------------------------------------------

MAPPING = {
    "items": "events",
    "mapping": {
        "external_id": "id",
        "title": "name",
        "start": "start",
        "timezone": "tz",
        "price_min": "price",
        "latitude": "lat",
    },
}


def test_json_api_items_with_hostile_values_each_cost_at_most_themselves():
    items = [
        {"id": "good", "name": "Good", "start": "2026-12-05T20:00:00", "tz": "America/Chicago", "price": 10},
        {"id": "surrogate", "name": "Bad \ud800 name", "start": "2026-12-06T20:00:00"},
        {"id": "nan", "name": "NaN price", "start": "2026-12-07T20:00:00", "price": float("nan"), "lat": float("inf")},
        {"id": "asia", "name": "Asia zone", "start": "2026-12-08T20:00:00", "tz": "Asia"},
        {"id": "nostart", "name": "No start \x1b[2J"},
    ]
    records = parse(JsonApiAdapter, json.dumps({"events": items}).encode(), MAPPING)
    found = events(records)
    assert set(found) == {"good", "surrogate", "nan", "asia"}
    assert found["surrogate"].title == "Bad  name"
    assert (found["nan"].price_min, found["nan"].latitude) == (None, None)
    assert found["asia"].timezone is None  # not a zone: the time is read as UTC, the name dropped
    assert set(rejected(records)) == {"nostart"}
    assert_clean([record.to_json() if isinstance(record, RawEvent) else record.raw for record in records])


@pytest.mark.parametrize("adapter_class", [JsonApiAdapter, TicketmasterAdapter, LumaAdapter])
def test_json_nested_50k_deep_is_an_unreadable_document_not_a_crash(adapter_class):
    deep = b'{"events": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"
    config = MAPPING if adapter_class is JsonApiAdapter else {}
    with pytest.raises(AdapterError, match="nested too deeply"):
        parse(adapter_class, deep, config)


def test_a_luma_event_in_the_zone_asia_is_read_in_the_source_zone():
    """zoneinfo raises IsADirectoryError for "Asia": it used to fail the whole response."""
    entry = {
        "event": {
            "api_id": "evt-1",
            "name": "Founders breakfast",
            "start_at": "2026-12-05T15:00:00Z",
            "timezone": "Asia",
            "url": "breakfast",
        }
    }
    (event,) = parse(LumaAdapter, json.dumps({"entries": [entry]}).encode())
    assert isinstance(event, RawEvent)
    assert event.start == dt.datetime(2026, 12, 5, 15, tzinfo=dt.UTC)


# --- all the way to PostgreSQL -----------------------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.django_db
def test_hostile_records_are_staged_in_postgresql_and_the_rest_of_the_page_goes_on(tmp_path):
    """NUL, lone surrogates and NaN in a rejected record's raw value would make PostgreSQL refuse the batch."""
    page = tmp_path / "gigs.html"
    page.write_bytes(
        jsonld_page(
            gig("Good gig", 5),
            {"@type": "Event", "name": "No date \x00\ud800", "offers": {"price": float("nan")}, "x\x00": "\x1b[2J"},
            gig("Other gig", 7, description="Doors \x00 at 7"),
        )
    )
    source = SourceFactory(adapter="jsonld", kind="web_page", config={"path": str(page)})
    outcome = fetch_source(source, window=WINDOW)
    staged = {row.external_id: row for row in StagedEvent.objects.filter(source=source)}
    assert staged["https://venue.example/5"].status == StagedEvent.Status.PENDING
    assert staged["https://venue.example/7"].status == StagedEvent.Status.PENDING
    (bad,) = [row for row in staged.values() if row.status == StagedEvent.Status.REJECTED]
    assert_clean(bad.raw)
    assert_clean(staged["https://venue.example/7"].raw)
    assert outcome.run.status != "failed"


# --- every reader of a zone name ---------------------------------------------------------------------


@pytest.mark.parametrize("name", ["Asia", "America", "A" * 300])
def test_the_pipeline_and_models_read_a_zone_that_is_not_one_without_raising(name):
    record = RawEvent(
        source="s", external_id="x", title="Quiz night", start=dt.datetime(2026, 12, 5, 20, tzinfo=dt.UTC)
    )
    raw = {**record.to_json(), "timezone": name}
    result = normalize(raw)
    assert result.ok
    assert result.record["timezone"] is None
    assert _zone_ok(name) is False
    assert Event(timezone=name).zone.key == "UTC"


@pytest.mark.parametrize("text", ["$" + "9" * 400, "USD " + "9" * 40, "Tickets €" + "1" * 30])
def test_price_text_with_absurd_amounts_says_nothing(text):
    info = parse_price_text(text)
    assert (info.cost_type, info.price_min, info.price_max) == ("unknown", None, None)


def test_a_scraper_config_zone_that_is_not_one_is_a_config_error():
    with pytest.raises(scraper_config.ConfigError):
        scraper_config._timezone("Asia")


@pytest.mark.parametrize("value", [10**400, -(10**400), 10**20, float("inf"), float("nan")])
def test_a_timestamp_out_of_any_range_is_no_time_not_an_error(value):
    from sources.adapters.common import parse_datetime

    assert parse_datetime(value) is None
