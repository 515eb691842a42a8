"""The twenty-ninth held-out batch, JSON APIs (issue #13, bench/corpus/apis/manifest-heldout29.json, each file
measured once before this rule): 66/66 found, fields 11/12. All four files are Meetup's legacy REST answers, read by
the Meetup adapter; the miss, on small documents of our own:

- the v2 API named an event's page ``event_url`` (v3 calls it ``link``): a v2 answer's events had no URL. The
  legacy reader takes ``link`` and, when there is none, ``event_url``; neither the group's nor the venue's page
  stands in for the event's.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo
from typing import Any

from sources.adapters.base import FetchWindow, RawEvent
from sources.adapters.meetup import MeetupAdapter
from tests.sources.helpers import make_adapter

DENVER = zoneinfo.ZoneInfo("America/Denver")
WINDOW = FetchWindow(start=dt.datetime(2031, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2032, 1, 1, tzinfo=dt.UTC))
GROUP = {"name": "Front Range Rustaceans", "urlname": "front-range-rust", "who": "Rustaceans"}


def events(document: Any) -> list[RawEvent]:
    adapter = make_adapter(MeetupAdapter, {"format": "legacy", "path": "-"}, window=WINDOW, default_timezone=DENVER)
    return [record for record in adapter.parse(json.dumps(document).encode()) if isinstance(record, RawEvent)]


def v2_event(number: int, **fields: Any) -> dict[str, Any]:
    """An event as Meetup's v2 API wrote it: ``time`` and ``utc_offset`` in milliseconds, ``event_url``."""
    return {
        "utc_offset": -21600000,
        "venue": {"name": "Boulder Forge", "address_1": "1900 Pearl St", "city": "Boulder", "state": "CO"},
        "event_url": f"https://www.meetup.com/front-range-rust/events/31{number:04d}/",
        "name": f"Rust night {number}",
        "id": f"31{number:04d}",
        "time": 1938729600000 + number * 604_800_000,
        "group": GROUP,
        "status": "upcoming",
        **fields,
    }


def test_a_v2_event_s_event_url_is_its_page() -> None:
    read = events([v2_event(1), v2_event(2)])
    assert [event.url for event in read] == [
        "https://www.meetup.com/front-range-rust/events/310001/",
        "https://www.meetup.com/front-range-rust/events/310002/",
    ]


def test_a_v2_answer_wrapped_in_results_reads_its_event_url() -> None:
    read = events({"results": [v2_event(3)], "meta": {"count": 1, "total_count": 1}})
    assert [event.url for event in read] == ["https://www.meetup.com/front-range-rust/events/310003/"]


def test_link_is_still_preferred_when_both_are_written() -> None:
    read = events([v2_event(4, link="https://www.meetup.com/front-range-rust/events/v3-0004/")])
    assert read[0].url == "https://www.meetup.com/front-range-rust/events/v3-0004/"


def test_an_event_with_neither_has_no_page_not_the_group_s_or_the_venue_s() -> None:
    # Hard negative: the group's page and the venue's page are other things' addresses.
    event = v2_event(5)
    del event["event_url"]
    event["group"] = {**GROUP, "link": "https://www.meetup.com/front-range-rust/"}
    event["venue"] = {**event["venue"], "url": "https://boulderforge.example.org/"}
    read = events([event])
    assert read[0].url is None


def test_an_event_url_that_is_not_a_web_address_is_not_taken() -> None:
    read = events([v2_event(6, event_url="mailto:hosts@example.org")])
    assert read[0].url is None
