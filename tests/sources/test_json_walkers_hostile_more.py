"""Hostile documents at this session's JSON walkers (left42's _json_z_said, apis79's _json_root_parts and
_json_zoned_midnights, apis80's _json_epoch_twins, _json_hour_lists and _json_title_votes, apis81's _json_moment_parts and
_json_tracked_records, apis82's _json_hazards, _json_state_instants and _json_display_moments, apis83's _json_one_event, left45's
_json_dated_containers): each looks at a bounded part of the document. Split from test_json_walkers_hostile.py, which
reached 600 lines; its values and sizes are test_json_infer_hostile.py's."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from sources.adapters import (
    _json_dated_containers,
    _json_display_moments,
    _json_epoch_twins,
    _json_hazards,
    _json_hour_lists,
    _json_infer,
    _json_moment_parts,
    _json_nested,
    _json_one_event,
    _json_organiser_home,
    _json_root_parts,
    _json_state_instants,
    _json_title_votes,
    _json_tracked_records,
    _json_written_hints,
    _json_z_said,
    _json_zoned_midnights,
)
from sources.adapters._json_fields import Moment, Sample
from tests.hostile import FLOOR, best_seconds
from tests.sources.test_json_infer_hostile import HOSTILE, SIZE


def test_hostile_stamps_and_words_cost_the_z_reading_its_caps() -> None:
    # left42 (_json_z_said): a 10,000-deep nest, a 20,000-value record, 100 KB values: each record looked at within
    # its caps (depth, values per record, text length), no record's words read whole
    zone = dt.timezone(dt.timedelta(hours=-5))
    deep: dict = {"publishOn": "2031-01-02T11:03:00Z", "said": "Posted on January 2, 2031 11:03 AM"}
    for _ in range(10_000):
        deep = {"files": [deep]}
    wide = {f"v{index}": "2031-01-02T11:03:00Z" for index in range(20_000)}
    hostile = [{"a": value, "b": "2031-01-02T11:03:00Z"} for value in HOSTILE.values()]
    assert not _json_z_said.z_said_local([deep, wide, *hostile, {"x": "9" * SIZE + "Z"}], zone)


def test_hostile_root_parts_and_zoned_midnights_cost_their_caps() -> None:
    # held-out batch 79 (_json_root_parts, _json_zoned_midnights): a document of 100,000 keys each holding a list, a
    # 100 KB key, lists of hostile values: the document's keys are looked at within their cap, each value once
    calls: list[str] = []

    def read(path: str, items: list) -> None:
        calls.append(path)

    wide = {f"k{index}": [{"x": index}] for index in range(SIZE)}
    assert list(_json_root_parts.root_parts(wide, read, read, lambda around, path: True)) == []
    assert len(calls) <= _json_root_parts.MAX_OWN_KEYS + 1
    assert list(_json_root_parts.root_parts({"k" * SIZE: [{"a": 1}]}, read, read, lambda around, path: False)) == []
    for value in HOSTILE.values():
        assert not _json_zoned_midnights.zoned_midnights("datumVon", [value, value])
        assert not _json_zoned_midnights.zoned_midnights(value, ["2031-04-18T00:00:00+0200"])
    assert not _json_zoned_midnights.zoned_midnights("datumVon", ["2031-04-18T00:00:00+0200" * (SIZE // 24)])


def test_hostile_records_cost_the_epoch_twins_hour_lists_and_title_votes_their_caps() -> None:
    # held-out batch apis80: 100,000 records, a record of 100,000 numbers, hostile values as starts; a list of 100,000
    # clocks; a sample of 2,000 title-like columns: each within its cap (records, values, elements, columns)
    zone = dt.timezone(dt.timedelta(hours=1))
    many = [{"kickoff": "2031-07-31T01:30:00", "n": index} for index in range(SIZE)]
    wide = {"kickoff": "2031-07-31T01:30:00", **{f"v{index}": 1_000_000_000 + index for index in range(SIZE)}}
    hostile = [{"kickoff": value, "ts": value} for value in HOSTILE.values()]
    assert not _json_epoch_twins.clocks_epoch_twin_utc([*many, wide, *hostile], {"start": "kickoff"}, zone)
    # a cost test: only the time matters; True because clock_list samples the list's head (its cap), not a behaviour
    # anyone asks for (read-through 58's F16)
    clocks = [{"start": "09:00"}] * SIZE + [{"note": "x"}]
    assert _json_hour_lists.clock_list(clocks, lambda key: key == "start")
    assert not _json_hour_lists.clock_list([{value: 1} for value in HOSTILE.values()], lambda key: key == "start")
    agree = [{"title": "Page" if row else "Same 0", **{f"name{index}": f"Same {row}" for index in range(2000)}}
             for row in range(3)]  # fmt: skip
    sample = Sample("", agree)
    found = _json_title_votes.outvoted(sample, sample.columns["title"], lambda column: 1.0)
    assert found is not None
    assert found[0].path.startswith("name")
    differ = [{"title": "T", **{f"name{index}": f"{index} {row}" for index in range(2000)}} for row in range(3)]
    sample = Sample("", differ)
    assert _json_title_votes.outvoted(sample, sample.columns["title"], lambda column: 1.0) is None


def test_hostile_moments_and_paths_cost_the_moment_parts_and_tracked_records_their_caps() -> None:
    # held-out batch apis81: an item of 100,000 date-like keys, a 100 KB key and a 100 KB list key, hostile values
    # as a moment's spellings; 100,000 paths and a 100 KB path: each looked at within its cap (keys, text, paths)
    wide = {f"date{index}": "2031-03-12" for index in range(SIZE)}
    assert not _json_moment_parts.moment_parts_item(wide, "data.times")
    assert not _json_moment_parts.moment_parts_item({"date" * (SIZE // 4): "2031-03-12"}, "data.times")
    assert not _json_moment_parts.moment_parts_item({"date": "2031-03-12"}, "data." + "x" * SIZE + "times")
    for value in HOSTILE.values():
        assert not _json_moment_parts.moment_parts_item({"date": value}, "data.times")
        assert not _json_moment_parts.moment_parts_item({value: "2031-03-12"}, "data.times")
    many = ["title"] * SIZE + ["tracking.name"]
    assert not _json_tracked_records.tracked_record(many, [])
    assert not _json_tracked_records.tracked_record(["a." * (SIZE // 2) + "tracking"], ["start"])
    assert not _json_tracked_records.tracked_record(list(HOSTILE.values()), list(HOSTILE.values()))


def test_hostile_documents_cost_the_written_hints_and_organiser_home_their_caps() -> None:
    # mend59c (read-through 59): _json_written_hints walks a 10,000-deep nest, 100,000 records and hostile values in
    # date and time fields within its node and depth caps, each value only when short; _json_organiser_home reads
    # hostile organiser names only to their cap
    deep: dict = {"date": "20/9-21/9/31", "time": "18:00-20:00"}
    for _ in range(10_000):
        deep = {"events": [deep]}
    assert _json_written_hints.written_hints(deep) == _json_written_hints.NO_HINTS  # past the depth cap
    many = [{"date": "1/5-2/5/31", "time": "7:30-9:00pm"} for _ in range(SIZE)]
    assert _json_written_hints.written_hints(many).meridiem == "p"
    hostile = [{"date": value, "time": value, "hours": value * 2} for value in HOSTILE.values()]
    _json_written_hints.written_hints([*hostile, {"time": "1:00" * SIZE}])
    for value in HOSTILE.values():
        assert isinstance(_json_organiser_home._place_name(value), bool)
    assert _json_organiser_home._place_name("x" * SIZE + " hall") is False  # past MAX_NAME


def test_hostile_dates_lists_cost_the_dated_containers_their_caps() -> None:
    # left45 (_json_dated_containers): 100,000 dates under one container, as many distinct containers, hostile values
    # and a 100 KB path: the containers are gathered once each, at most MAX_CONTAINERS of them
    article = {"headline": "News", "body": "Text."}
    same = [{"date": "2031-03-05", "^": article} for _ in range(SIZE)]
    assert _json_dated_containers.containers_not_events(same, "dates")
    distinct = [{"date": "2031-03-05", "^": {"headline": f"News {index}", "body": "Text."}} for index in range(SIZE)]
    assert _json_dated_containers.containers_not_events(distinct, "dates")
    hostile = [{"date": value, "^": {"headline": value, "body": value}} for value in HOSTILE.values()]
    assert isinstance(_json_dated_containers.containers_not_events(hostile, "dates"), bool)
    assert not _json_dated_containers.containers_not_events(same, "a." * (SIZE // 2) + "dates")  # no such container


def test_hostile_records_cost_the_hazards_state_instants_and_displays_their_caps() -> None:
    # held-out batch apis82: a feature of 100,000 keys and 100,000 nested objects, a 100 KB key, hostile values as
    # kinds; a column of hostile instants and 100 KB texts; hostile displayed dates: each looked at within its caps
    wide = {f"mag{index}": 1.2 for index in range(SIZE)}
    nested = {f"p{index}": {"type": "earthquake"} for index in range(SIZE)}
    assert not _json_hazards.hazard_items([wide, {**nested, "mag": 2.0}, {"mag" * SIZE: 1.0, "magType": "ml"}])
    assert not _json_hazards.hazard_items([{"mag": 1.0, "type": value} for value in HOSTILE.values()])
    day = "2031-04-04T00:00:00Z"
    items = [{"date": day, "status": value} for value in HOSTILE.values()] + [{"date": day, "status": "9" * SIZE}]
    sample = Sample("", items)
    start = _json_fields_moment("date")
    assert _json_state_instants.instant_in_state(sample, start) is None
    for value in HOSTILE.values():
        assert _json_display_moments.written_format(value) is None or isinstance(value, str)
    assert _json_display_moments.written_format("Sun Oct 26 2031 at 07:00 pm " * (SIZE // 28)) is None
    mapping: dict = {"start": "start"}
    rows = [{"start": "2031-10-27T03:00:00", "start_display": value} for value in HOSTILE.values()]
    _json_display_moments.written_for_people(Sample("", rows), mapping, [])
    assert mapping == {"start": "start"}


def test_hostile_lists_of_scores_cost_the_one_event_reading_its_caps() -> None:
    # held-out batch apis83 (_json_one_event._no_events): an object of 100,000 result lists, a list of 100,000 score
    # objects, hostile values in each: each list read once within the object's key cap, a sample of its items
    many = {"title": "Cup final", "start": "2031-05-01T15:00:00", "location": "Park"}
    many |= {f"roundResults{index}": [{"pointsTeam1": index, "pointsTeam2": 0}] for index in range(SIZE)}
    long = {"title": "Cup final", "start": "2031-05-01T15:00:00", "matchResults": [{"points": n} for n in range(SIZE)]}
    hostile = [{"resultName": value, "points": value} for value in HOSTILE.values()]
    started = time.perf_counter()
    for document in (many, long, {"title": "Cup final", "start": "2031-05-01T15:00:00", "results": hostile}):
        assert isinstance(_json_one_event._not_an_event(document), bool)
    assert time.perf_counter() - started < 20


def _json_fields_moment(path: str) -> Moment:
    return Moment(path, (path,), 2.0, path)


# A response of many keys each holding a list (jsonperf): each list no reading took is read again with its
# containers' fields (_json_infer._dates_readings), and the root's fields were once gathered anew for each list, by
# looking at every one of its keys: 3,000 lists took 10 s. Growth ratios of CPU time (tests/hostile.py), 8 times the
# lists: about 8 times slower when linear, about 64 when quadratic.
LISTS = 100
GROWTH = 20  # hostile.py's threshold


def _dates_lists(size: int, plain: bool) -> dict:
    # lists of bare dates, dated and undated objects in turn; with ``plain``, as many plain fields beside them, which
    # each list's items carry
    document: dict = {f"s{index}": f"v{index}" for index in range(size)} if plain else {}
    for index in range(size):
        kind = index % 3
        one = {"date": "2031-05-01"} if kind == 0 else {"a": index, "when": "2031-05-01"} if kind == 1 else {"a": index}
        document[f"k{index}"] = [one]
    return document


def _dates_readings_seconds(size: int, plain: bool, runs: int) -> float:
    document = _dates_lists(size, plain)
    readings = dict.fromkeys(key for key, value in document.items() if isinstance(value, list))
    order = _json_infer.DayOrder.for_zone("Europe/Berlin")
    return best_seconds(lambda: list(_json_infer._dates_readings(document, readings, order)), runs=runs)


# Beside plain fields, the lists read stop at MAX_CARRIED_FIELDS: the larger document costs no more than the smaller
# (about half), so half hostile.py's threshold (the old reading grew 23 times, from 0.4 s).
@pytest.mark.parametrize(
    ("plain", "growth"), [(False, GROWTH), (True, GROWTH // 2)], ids=["lists-alone", "lists-beside-plain-fields"]
)
def test_many_keyed_lists_cost_the_dates_readings_linear_time(plain: bool, growth: int) -> None:
    small = _dates_readings_seconds(LISTS, plain, runs=3)
    large = _dates_readings_seconds(8 * LISTS, plain, runs=1)
    if large > max(FLOOR, growth * small):  # confirm: a busy machine's stolen time only ever adds
        large = min(large, _dates_readings_seconds(8 * LISTS, plain, runs=2))
    assert large < max(FLOOR, growth * small), f"{small * 1000:.1f} ms -> {large * 1000:.1f} ms"


def test_keyed_lists_read_with_one_memo_carry_what_each_reads_alone() -> None:
    # one container's fields kept once: each list still carries them but for itself (the next step), the lists of
    # objects beside it left out, its one venue kept
    show = {"title": "Show", "venues": [{"title": "Hall"}], "dates": [{"date": "2031-05-01"}], "extra": [{"x": 1}]}
    document = {"shows": [show], "tags": [{"name": "a"}]}
    readings = dict.fromkeys(["shows.dates", "shows.extra", "tags"])
    read = dict(_json_nested.unread_nested(document, readings))
    for path in readings:
        assert read[path] == _json_nested.nested_items(document, path, _json_nested.NESTED_SAMPLE)
    assert read["shows.dates"][0]["^shows"] == {"title": "Show", "venues": [{"title": "Hall"}]}
    # thousands of lists beside thousands of plain fields: read until their items carry MAX_CARRIED_FIELDS
    wide = _dates_lists(1_000, plain=True)
    lists = dict.fromkeys(key for key in wide if key.startswith("k"))
    assert [path for path, _ in _json_nested.unread_nested(wide, lists)] == ["k0", "k1", "k2"]
