"""Rules written from the forty-eighth held-out page batch's misses, on our own small documents.

- a JSON-LD startDate at local midnight on the dot, with no endDate, on a page that shows no midnight, is the day
  (a template writing a date-only field as a date-time), not an event at 00:00.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.extraction import default_window, extract_document

ZONE = zoneinfo.ZoneInfo("America/New_York")
NOW = dt.datetime(2026, 3, 1, tzinfo=ZONE)


def events(html: str) -> list[dict]:
    extraction = extract_document(
        html.encode(), window=default_window(NOW), kind="auto", page_url="https://example.org/e/1", zone=ZONE
    )
    return extraction.events


def ld(start: str, end: str | None = None, body: str = "") -> str:
    end_part = f', "endDate": "{end}"' if end else ""
    return (
        '<html><head><script type="application/ld+json">{"@context": "https://schema.org", "@type": "Event",'
        f' "name": "Harbour Lantern Walk", "startDate": "{start}"{end_part}}}</script></head>'
        f"<body>{body}</body></html>"
    )


def test_midnight_start_without_end_is_the_day() -> None:
    [event] = events(ld("2026-06-12T00:00:00-04:00"))
    assert event["start"] == "2026-06-12"
    assert event["all_day"] is True


def test_midnight_without_seconds_or_offset_is_the_day() -> None:
    [event] = events(ld("2026-06-12T00:00", body="<h1>Harbour Lantern Walk</h1><p>Friday 12 June</p>"))
    assert event["start"] == "2026-06-12"


def test_midnight_the_page_shows_is_kept() -> None:
    # Hard negative: a night that really starts at midnight, and says so.
    [event] = events(ld("2026-06-12T00:00:00-04:00", body="<p>Doors at 00:00, Friday night into Saturday</p>"))
    assert event["start"].startswith("2026-06-12T00:00")
    [event] = events(ld("2026-06-12T00:00:00-04:00", body="<p>Starts at midnight</p>"))
    assert event["start"].startswith("2026-06-12T00:00")
    [event] = events(ld("2026-06-12T00:00:00-04:00", body="<p>12:00 AM - late</p>"))
    assert event["start"].startswith("2026-06-12T00:00")


def test_midnight_with_an_end_is_kept() -> None:
    # Hard negative: a stated end makes the midnight a time (a night from 00:00 to 04:00).
    [event] = events(ld("2026-06-12T00:00:00-04:00", end="2026-06-12T04:00:00-04:00"))
    assert event["start"].startswith("2026-06-12T00:00")


def test_other_times_are_kept() -> None:
    # Hard negative: a minute past midnight, or any other time, is not the day.
    [event] = events(ld("2026-06-12T00:30:00-04:00"))
    assert event["start"].startswith("2026-06-12T00:30")
    [event] = events(ld("2026-06-12T19:00:00-04:00"))
    assert event["start"].startswith("2026-06-12T19:00")


# --- an empty <time datetime> on a page about one event ----------------------------------------------------
def page(time_element: str) -> str:
    return (
        "<html><body><main><h1>Saltmarsh Quartet</h1>"
        f"{time_element}<p>A saxophone quartet plays its new suite.</p></main></body></html>"
    )


def test_empty_time_element_dates_the_page() -> None:
    [event] = events(page('<time datetime="2026-03-15T19:00:00-04:00"></time>'))
    assert event["title"] == "Saltmarsh Quartet"
    assert event["start"].startswith("2026-03-15T19:00")


def test_empty_time_element_with_a_day_alone() -> None:
    [event] = events(page('<time datetime="2026-03-15"></time>'))
    assert event["start"] == "2026-03-15"


def test_time_element_with_words_reads_its_words() -> None:
    # Hard negative: the element's own words win over its attribute (here they disagree on the hour).
    [event] = events(page('<time datetime="2026-03-15T00:00:00-04:00">15 March 2026, 8 pm</time>'))
    assert event["start"].startswith("2026-03-15T20:00")


def test_empty_time_elements_that_are_not_dates_stay_empty() -> None:
    # Hard negatives: a duration, a bare time, a year and a UTC stamp give the page no date.
    for value in ("PT2H", "19:00", "2026", "2026-03-15T23:00:00Z"):
        assert events(page(f'<time datetime="{value}"></time>')) == []
