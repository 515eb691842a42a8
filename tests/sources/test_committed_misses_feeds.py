"""Misses left in the committed feeds corpus (issue #13, bench/eval.py --kind feeds), on small documents of our own.

- An item's own date restated in its words as a numeric day with a span of clocks ("1/24 3:00～3:30 [Channel]"
  under ``<dc:date>…-01-24T03:00+09:00</dc:date>``, ``_feed_restated``): a TV guide's search RSS, whose items were
  read as posts and gave no event.

Hard negatives: the same day restated with one clock ("Updated 1/24 3:00": a publication's moment), a span of
clocks on another day or at another clock than the item's date, an item with no date.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from tests.sources.helpers import read_feed

TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
START = dt.datetime(2031, 1, 20, tzinfo=TOKYO)


def read(document: str, zone: zoneinfo.ZoneInfo = TOKYO) -> list[dict]:
    return read_feed(document, zone=zone, start=START.astimezone(zone))


def rdf(*items: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<channel rdf:about="https://guide.example/"><title>Search results</title><link>https://guide.example/</link>'
        "<description>Programmes</description><dc:date>2031-01-19T21:25+09:00</dc:date></channel>"
        f"{''.join(items)}</rdf:RDF>"
    )


def item(slug: str, title: str, description: str, date: str | None) -> str:
    dated = f"<dc:date>{date}</dc:date>" if date else ""
    return (
        f'<item rdf:about="https://guide.example/p/{slug}"><title>{title}</title>'
        f"<link>https://guide.example/p/{slug}</link><description>{description}</description>{dated}</item>"
    )


def spans(events: list[dict]) -> list[tuple[str, str, str | None]]:
    return [(event["title"], event["start"], event["end"]) for event in events]


def test_an_items_date_restated_with_a_span_of_clocks_is_its_events_start_and_end() -> None:
    events = read(
        rdf(
            item("1", "Night Film", "1/24 3:00～3:30 [Channel 7]", "2031-01-24T03:00+09:00"),
            item("2", "Late Talk", "24/1 23:30-0:45 (Channel 9)", "2031-01-24T23:30+09:00"),
            item("3", "Morning Drama", "1/25(土) 8:00〜9:00 [BS 3]", "2031-01-25T08:00+09:00"),
            item("4", "After Midnight", "1/25 23:00～25:00 [Channel 4]", "2031-01-25T14:00Z"),
        )
    )
    assert spans(events) == [
        ("Night Film", "2031-01-24T03:00:00+09:00", "2031-01-24T03:30:00+09:00"),
        ("Late Talk", "2031-01-24T23:30:00+09:00", "2031-01-25T00:45:00+09:00"),
        ("Morning Drama", "2031-01-25T08:00:00+09:00", "2031-01-25T09:00:00+09:00"),
        ("After Midnight", "2031-01-25T23:00:00+09:00", "2031-01-26T01:00:00+09:00"),
    ]


def test_a_restated_day_with_one_clock_another_day_or_clock_or_no_date_gives_no_event() -> None:
    events = read(
        rdf(
            item("1", "Schedule change notice", "Updated 1/24 3:00 by the editors", "2031-01-24T03:00+09:00"),
            item("2", "Weekly round-up", "Shown 1/23 3:00～3:30 last week", "2031-01-24T03:00+09:00"),
            item("3", "Score report", "Halves 1/24 2:00-3:30, final 3/1", "2031-01-24T03:00+09:00"),
            item("4", "Undated", "1/24 3:00～3:30 [Channel 7]", None),
        )
    )
    assert events == []
