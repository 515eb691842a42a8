"""The rules the third held-out batch of JSON APIs asked for (issue #13, bench/corpus/apis/manifest-heldout3.json:
AXS, Spektrix, Squarespace, AMC's GraphQL showtimes, a Salesforce calendar keyed by day, FOSDEM's and pretalx's
schedules), each on a small synthetic input of the same shape:

- an event's length where it has no end ("duration": "00:25", "runTime": 195, "Duration": "3.00", "PT1H30M"):
  the end is the start plus it, in the one unit its values read in (small whole numbers alone decide nothing);
"""

from __future__ import annotations

import datetime as dt
import functools
import time
from zoneinfo import ZoneInfo

import pytest

from sources.adapters import _json_duration
from sources.adapters._json_duration import read_duration
from sources.adapters._json_infer import infer
from sources.adapters.base import AdapterError, FetchWindow
from tests.sources import helpers

LA = ZoneInfo("America/Los_Angeles")
WINDOW = FetchWindow(start=dt.datetime(2026, 1, 1, tzinfo=dt.UTC), end=dt.datetime(2027, 1, 1, tzinfo=dt.UTC))
parse = functools.partial(helpers.parse_json, window=WINDOW, zone=LA)


def local(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=LA)


# --- a length instead of an end -----------------------------------------------------------------------------
def talks(durations: list[object], key: str = "duration") -> list[dict]:
    return [
        {"id": n, "title": f"Talk {n}", "start": f"2026-03-0{n + 1}T10:00:00", key: length}
        for n, length in enumerate(durations)
    ]


@pytest.mark.parametrize(
    ("durations", "key", "minutes"),
    [
        (["00:25", "01:30", "00:15"], "duration", [25, 90, 15]),  # frab / Pentabarf clock text
        ([195, 99, 130], "runTime", [195, 99, 130]),  # a film's running time in minutes
        ([30, 45, 45], "duration", [30, 45, 45]),  # whole numbers beyond 12: minutes
        (["3.00", "2.50", "3.00"], "Duration", [180, 150, 180]),  # decimals under a day: hours
        (["PT1H30M", "PT45M", "P1DT2H"], "duration", [90, 45, 26 * 60]),  # ISO 8601
        ([5, 10, 20], "durationMinutes", [5, 10, 20]),  # the key's own unit word decides
        ([2, 3, 1], "duration_hours", [120, 180, 60]),
    ],
)
def test_the_end_is_the_start_plus_the_length_in_the_unit_its_values_read_in(durations, key, minutes):
    found = infer({"talks": talks(durations, key)})
    _, events = parse({"talks": talks(durations, key)})

    assert found is not None
    assert found.config["mapping"]["duration"]["path"] == key
    assert [event.end - event.start for event in events] == [dt.timedelta(minutes=m) for m in minutes]
    assert events[0].start == local(2026, 3, 1, 10, 0)


def test_small_whole_numbers_without_a_unit_give_no_end():
    # 1, 2, 3: hours or minutes? Neither is read rather than one guessed.
    found = infer({"talks": talks([1, 2, 3])})
    _, events = parse({"talks": talks([1, 2, 3])})

    assert "duration" not in found.config["mapping"]
    assert [event.end for event in events] == [None, None, None]


def test_a_stated_end_is_kept_and_a_key_not_naming_a_length_is_no_duration():
    items = [
        {"title": "Opening", "start": "2026-03-01T10:00:00", "end": "2026-03-01T11:00:00", "duration": 30},
        {"title": "Closing", "start": "2026-03-02T10:00:00", "end": "2026-03-02T12:00:00", "duration": 45},
    ]
    others = [{"title": "Tour", "start": "2026-03-03T10:00:00", "capacity": 150, "seats": "00:30"}] * 2

    _, events = parse({"events": items})
    found = infer({"events": others})

    assert [event.end - event.start for event in events] == [dt.timedelta(hours=1), dt.timedelta(hours=2)]
    assert "duration" not in found.config["mapping"]


def test_an_all_day_start_gets_no_end_from_a_length():
    items = [{"title": f"Fair {n}", "date": f"2026-05-0{n}", "duration": 120} for n in (1, 2)]

    _, events = parse({"events": items})

    assert [(event.all_day, event.end) for event in events] == [(True, None), (True, None)]


def test_a_configured_duration_is_read_in_its_unit_and_a_bad_unit_refused():
    config = {"items": "rows", "mapping": {"title": "t", "start": "s", "duration": {"path": "d", "format": "hours"}}}
    rows = [{"t": "Shift", "s": "2026-04-04T09:00:00", "d": 2.5}, {"t": "Long", "s": "2026-04-05T09:00:00", "d": 800}]

    _, events = parse({"rows": rows}, config)

    assert [event.end for event in events] == [local(2026, 4, 4, 11, 30), None]  # 800 hours: no event's length
    with pytest.raises(AdapterError, match="duration format"):
        parse({"rows": rows}, {**config, "mapping": {**config["mapping"], "duration": {"path": "d", "format": "%H"}}})


@pytest.mark.parametrize(
    ("value", "unit", "length"),
    [
        ("1:30:00", "hh:mm", dt.timedelta(hours=1, minutes=30)),
        ("0:00", "hh:mm", None),  # no length
        ("25:61", "hh:mm", None),
        ("P", "iso8601", None),
        ("PT", "iso8601", None),
        ("P40D", "iso8601", None),  # longer than any event
        (True, "minutes", None),
        ("-5", "minutes", None),
        (90, None, None),  # no unit, no reading
    ],
)
def test_read_duration(value, unit, length):
    assert read_duration(value, unit) == length


HOSTILE = {
    "digits": "1" * 100_000,
    "colons": "1:" * 50_000,
    "clock then junk": "10:30" + ":00" * 30_000,
    "iso": "P" + "1D" * 50_000,
    "iso digits": "PT" + "1" * 100_000 + "H",
    "dots": "1." * 50_000,
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_is_no_duration_and_read_at_once(text):
    began = time.perf_counter()
    assert all(read_duration(text, unit) is None for unit in _json_duration.UNITS)
    for pattern in (_json_duration._CLOCK, _json_duration._ISO, _json_duration._DECIMAL):
        assert pattern.match(text) is None
    assert time.perf_counter() - began < 1.0
