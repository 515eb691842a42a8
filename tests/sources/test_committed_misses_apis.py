"""Misses left in the committed apis corpus (issue #13, bench/eval.py --kind apis), on small documents of our own.

- A record whose start and end are epoch numbers each exactly at a UTC day's start ("start": 1940803200, "stop":
  1940976000, ``_json_days.epoch_days``): days stored as numbers, the end the day after the last. Read as moments in
  a zone west of Greenwich, such a plan started the evening before its first day.

Hard negatives: a start alone at a UTC midnight, an end with a time of day, an end at the same midnight stay
moments.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

from tests.sources.helpers import read_feed

PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")
START = dt.datetime(2031, 6, 1, tzinfo=PACIFIC)
MIDNIGHT_25 = int(dt.datetime(2031, 6, 25, tzinfo=dt.UTC).timestamp())
DAY = 86_400


def read(document: object) -> list[dict]:
    return read_feed(json.dumps(document), zone=PACIFIC, start=START.astimezone(PACIFIC))


def plan(what: str, start: int, stop: int | None) -> dict:
    record = {"id": what.lower().replace(" ", "-"), "what": what, "where": "Harbour Hall", "start": start}
    return record if stop is None else {**record, "stop": stop}


def spans(events: list[dict]) -> list[tuple[str, str, str | None]]:
    return [(event["title"], event["start"], event["end"]) for event in events]


def test_epoch_start_and_end_at_utc_midnights_are_days() -> None:
    assert spans(read(plan("Web Camp", MIDNIGHT_25, MIDNIGHT_25 + 2 * DAY))) == [
        ("Web Camp", "2031-06-25", "2031-06-26")
    ]
    listed = read(
        {
            "plans": [
                plan("Web Camp", MIDNIGHT_25, MIDNIGHT_25 + 2 * DAY),
                plan("Swap Meet", MIDNIGHT_25 + 7 * DAY, MIDNIGHT_25 + 8 * DAY),
            ]
        }
    )
    assert spans(listed) == [("Web Camp", "2031-06-25", "2031-06-26"), ("Swap Meet", "2031-07-02", None)]


def test_a_lone_midnight_an_end_with_a_time_or_at_the_same_midnight_stay_moments() -> None:
    assert spans(read(plan("Lone Start", MIDNIGHT_25, None))) == [("Lone Start", "2031-06-24T17:00:00-07:00", None)]
    assert spans(read(plan("Evening Talk", MIDNIGHT_25, MIDNIGHT_25 + 3 * 3600))) == [
        ("Evening Talk", "2031-06-24T17:00:00-07:00", "2031-06-24T20:00:00-07:00")
    ]
    assert spans(read(plan("Same Midnight", MIDNIGHT_25, MIDNIGHT_25))) == [
        ("Same Midnight", "2031-06-24T17:00:00-07:00", "2031-06-24T17:00:00-07:00")
    ]
