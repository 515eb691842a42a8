"""A recurrence rule stated with numbered frequencies (Discord's scheduled events: ``"recurrence_rule": {"start": …,
"frequency": 2, "interval": 1, "by_weekday": [2]}``, frequency 0..3 yearly, monthly, weekly, daily, weekdays from
Monday 0) is read as the iCalendar rule it means and expanded like any other series (issue #13)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters._json_pattern_rules import with_pattern_rules
from sources.adapters.base import FetchWindow, RawEvent
from tests.sources.helpers import parse_json

ZONE = zoneinfo.ZoneInfo("Europe/Madrid")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
WINDOW = FetchWindow(start=START, end=START + dt.timedelta(days=365))


def events(document: object) -> list[RawEvent]:
    return parse_json(document, window=WINDOW, zone=ZONE)[1]


def scheduled(index: int, start: str, rule: object) -> dict[str, object]:
    return {
        "id": str(1000 + index),
        "name": f"Guild night {index}",
        "scheduled_start_time": start,
        "scheduled_end_time": start.replace("T18", "T20"),
        "recurrence_rule": rule,
    }


def test_numbered_frequencies_are_expanded_as_their_series() -> None:
    weekly = {"start": "2027-03-03T18:00:00+00:00", "frequency": 2, "interval": 1, "by_weekday": [2], "count": 3}
    daily = {"start": "2027-05-10T18:00:00+00:00", "frequency": 3, "interval": 2, "end": "2027-05-14T23:00:00Z"}
    document = [
        scheduled(0, "2027-03-03T18:00:00+00:00", weekly),
        scheduled(1, "2027-05-10T18:00:00+00:00", daily),
        scheduled(2, "2027-06-01T18:00:00+00:00", None),
    ]
    found = sorted((event.title, event.start.astimezone(dt.UTC).date().isoformat()) for event in events(document))
    assert found == [
        ("Guild night 0", "2027-03-03"),
        ("Guild night 0", "2027-03-10"),
        ("Guild night 0", "2027-03-17"),
        ("Guild night 1", "2027-05-10"),
        ("Guild night 1", "2027-05-12"),
        ("Guild night 1", "2027-05-14"),
        ("Guild night 2", "2027-06-01"),
    ]


def test_only_a_frequency_inside_a_recurrence_rule_is_read_and_only_known_ones() -> None:
    """A "frequency" elsewhere (a newsletter's) and a frequency number with no meaning are left as they are."""
    elsewhere = {"newsletter": {"frequency": 2, "interval": 1}}
    assert with_pattern_rules(elsewhere) is elsewhere
    unknown = {"recurrence_rule": {"frequency": 7, "interval": 1}}
    assert with_pattern_rules(unknown) is unknown
    no_day = {"recurrence_rule": {"frequency": 2, "interval": 0, "by_weekday": [2]}}
    assert with_pattern_rules(no_day) is no_day
    assert with_pattern_rules({"recurrence_rule": {"frequency": 1, "by_n_weekday": [{"n": 2, "day": 4}]}}) == {
        "recurrence_rule": "FREQ=MONTHLY;INTERVAL=1;BYDAY=2FR"
    }
    assert with_pattern_rules({"recurrence_rule": {"frequency": 0, "by_year_day": [400]}})["recurrence_rule"] == {
        "frequency": 0,
        "by_year_day": [400],
    }
