"""extract_document on the probe's inputs: JSON behind a byte-order mark, long reasons, extreme windows."""

from __future__ import annotations

import codecs
import datetime as dt
import json
import zoneinfo
from pathlib import Path

import pytest

from sources.adapters.base import FetchWindow
from sources.extraction import EARLIEST_YEAR, LATEST_YEAR, MAX_REASON, clamped, extract_document

UTC = zoneinfo.ZoneInfo("UTC")
# A fixed window: the dates below are absolute, so the test reads the same whatever today is.
WINDOW = FetchWindow(start=dt.datetime(2026, 12, 1, tzinfo=UTC), end=dt.datetime(2026, 12, 31, tzinfo=UTC))
EVENTS = {"events": [{"title": "Naïve jazz", "start": "2026-12-05T19:00:00Z", "url": "https://x.org/e"}]}
CALENDARS = Path(__file__).parent / "calendars"


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF8 + json.dumps(EVENTS).encode(),
        json.dumps(EVENTS).encode("utf-16"),  # with its mark, in the machine's order
        codecs.BOM_UTF16_BE + json.dumps(EVENTS).encode("utf-16-be"),
        json.dumps(EVENTS).encode("utf-32"),
    ],
)
def test_json_behind_a_byte_order_mark_is_recognised(encoded):
    extraction = extract_document(encoded, window=WINDOW, kind="auto", zone=UTC)

    assert extraction.adapter == "json_api"
    assert [event["title"] for event in extraction.events] == ["Naïve jazz"]


def test_a_skipped_records_reason_does_not_repeat_a_huge_value():
    payload = json.dumps({"events": [{"title": "B", "start": "x" * 200_000}]}).encode()
    config = {"items": "events", "mapping": {"title": "title", "start": "start"}}

    extraction = extract_document(payload, window=WINDOW, kind="json_api", zone=UTC, config=config)

    ((_, reason),) = extraction.skipped
    assert reason.startswith("The item has no readable start (mapping 'start'): 'xxx")
    assert len(reason) <= MAX_REASON


def test_a_window_from_the_first_day_in_a_far_eastern_offset_is_read():
    east = dt.timezone(dt.timedelta(hours=14))
    west = dt.timezone(dt.timedelta(hours=-14))
    window = FetchWindow(start=dt.datetime(1, 1, 1, tzinfo=east), end=dt.datetime(9999, 12, 31, 23, 59, tzinfo=west))

    extraction = extract_document((CALENDARS / "allday.ics").read_bytes(), window=window, kind="ics", zone=UTC)

    assert "Indiranagar Book Fair" in {event["title"] for event in extraction.events}


def test_clamping_keeps_the_offset_and_leaves_ordinary_windows_alone():
    east = dt.timezone(dt.timedelta(hours=14))
    far = FetchWindow(start=dt.datetime(1, 1, 1, tzinfo=east), end=dt.datetime(9999, 1, 1, tzinfo=east))

    assert clamped(far) == FetchWindow(
        start=dt.datetime(EARLIEST_YEAR, 1, 1, tzinfo=east), end=dt.datetime(LATEST_YEAR, 1, 1, tzinfo=east)
    )
    assert clamped(WINDOW) == WINDOW
