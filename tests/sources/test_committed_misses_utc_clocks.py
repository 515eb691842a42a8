"""A document whose clocks are UTC though it does not say so (issue #13, the committed feeds corpus: an orienteering
event list whose evening runs read as 06:00 and whose day-long events fell on the day before), on small documents
of our own (``_json_utc_clocks``).

Told by its days' midnights: the events it dates by the day, written as their local midnight in UTC, stand at one
clock in summer and at another in winter (13:00 and 14:00 in Sydney), each on the dates its offset holds. Then
every start and end is read as UTC and shown in the source's zone.

Hard negatives: a zone with no change of offset (15:00 in Tokyo), the two clocks on the wrong seasons' dates, too
few such values, values written at their own midnight (00:00) beside them, and a source whose config names a zone.
"""

from __future__ import annotations

import datetime as dt
import json
import zoneinfo

import pytest

from sources.adapters._json_utc_clocks import clocks_in_utc
from tests.sources.helpers import read_feed

SYDNEY = zoneinfo.ZoneInfo("Australia/Sydney")
TOKYO = zoneinfo.ZoneInfo("Asia/Tokyo")
START = dt.datetime(2031, 9, 1, tzinfo=SYDNEY)


def read(document: str, zone: zoneinfo.ZoneInfo = SYDNEY) -> list[dict]:
    return read_feed(document, zone=zone, start=START.astimezone(zone))


def moment(tag: str, value: str) -> str:
    day, _, clock = value.partition("T")
    return f"<{tag}><Date>{day}</Date><Clock>{clock}</Clock></{tag}>"


def race(number: int, name: str, start: str, finish: str) -> str:
    return (
        f"<Race><RaceId>{number}</RaceId><Name>{name}</Name>{moment('StartDate', start)}"
        f"{moment('FinishDate', finish)}</Race>"
    )


# Day-long events at Sydney's midnight written in UTC: 13:00 under summer time (+11), 14:00 in winter (+10).
DAY_LONG = [
    ("Summer Picnic Day", "2031-12-24T13:00:00"),
    ("New Year Camp", "2031-12-30T13:00:00"),
    ("Winter Weekend", "2032-06-05T14:00:00"),
    ("Mid-Year Gathering", "2032-07-09T14:00:00"),
]


def listing(*races: str) -> str:
    return f'<?xml version="1.0" encoding="utf-8"?><RaceList>{"".join(races)}</RaceList>'


def day_long(pairs: list[tuple[str, str]]) -> list[str]:
    return [race(index, name, value, value) for index, (name, value) in enumerate(pairs, 100)]


def test_clocks_whose_day_long_events_stand_at_utc_midnights_are_read_as_utc() -> None:
    events = read(
        listing(race(1, "Twilight Sprint", "2031-10-21T06:00:00", "2031-10-21T07:30:00"), *day_long(DAY_LONG))
    )
    found = {event["title"]: (event["start"], event["end"]) for event in events}
    assert found["Twilight Sprint"] == ("2031-10-21T17:00:00+11:00", "2031-10-21T18:30:00+11:00")
    assert found["Summer Picnic Day"][0] == "2031-12-25T00:00:00+11:00"
    assert found["Winter Weekend"][0] == "2032-06-06T00:00:00+10:00"


def test_a_zone_without_a_change_of_offset_keeps_its_clocks() -> None:
    tokyo = [(name, value.replace("T13:", "T15:").replace("T14:", "T15:")) for name, value in DAY_LONG]
    events = read(
        listing(race(1, "Twilight Sprint", "2031-10-21T06:00:00", "2031-10-21T07:30:00"), *day_long(tokyo)), TOKYO
    )
    found = {event["title"]: event["start"] for event in events}
    assert found["Twilight Sprint"] == "2031-10-21T06:00:00+09:00"


@pytest.mark.parametrize(
    "values",
    [
        # 13:00 in winter and 14:00 in summer: afternoons, not midnights.
        ["2032-06-05T13:00:00", "2032-07-09T13:00:00", "2031-12-24T14:00:00", "2031-12-30T14:00:00"],
        # Too few.
        ["2031-12-24T13:00:00", "2032-06-05T14:00:00", "2031-10-21T06:00:00"],
        # One season only: one clock.
        ["2031-12-24T13:00:00", "2031-12-30T13:00:00", "2032-01-09T13:00:00", "2032-02-01T13:00:00"],
        # As many values at their own midnight beside them.
        [*(value for _, value in DAY_LONG), *(f"2031-11-0{day}T00:00:00" for day in range(1, 6))],
        # Offsets written: not naive clocks.
        [f"{value}+11:00" for _, value in DAY_LONG],
    ],
)
def test_values_that_do_not_stand_at_both_seasons_midnights_are_no_utc_clocks(values: list[str]) -> None:
    assert not clocks_in_utc(values, SYDNEY)
    assert clocks_in_utc([value for _, value in DAY_LONG], SYDNEY)


def test_a_source_whose_data_names_its_zone_keeps_its_clocks() -> None:
    records = [{"name": name, "start": value, "end": value} for name, value in DAY_LONG]
    records.append({"name": "Twilight Sprint", "start": "2031-10-21T06:00:00", "end": "2031-10-21T07:30:00"})
    events = read(json.dumps({"timezone": "Australia/Sydney", "events": records}))
    found = {event["title"]: event["start"] for event in events}
    assert found["Twilight Sprint"] == "2031-10-21T06:00:00+11:00"
