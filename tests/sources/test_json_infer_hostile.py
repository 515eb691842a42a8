"""Hostile values against the JSON and XML inference (issue #13 review): text built to make a regular expression
backtrack, and numbers too large for a float. Each must cost at most its own value, never the item, the document
or the time of whoever reads it (``extract --kind auto`` sniffs with the inference; the admin's draft page runs
it on what staff upload).

No timing asserts: a pattern that backtracks catastrophically on 100 KB never returns, which fails the run. Each
test asserts what the hostile value reads as.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from zoneinfo import ZoneInfo

import pytest

from sources.adapters import (
    _jcal,
    _json_afternoon_clocks,
    _json_departures,
    _json_dotted_wrapper,
    _json_extras,
    _json_fields,
    _json_incidents,
    _json_infer,
    _json_lone_parents,
    _json_news,
    _json_observations,
    _json_offset_zones,
    _json_opaque_ids,
    _json_pattern_rules,
    _json_plays,
    _json_record_holder,
    _json_result_member,
    _json_roadmap,
    _json_shapes,
    _json_sides,
    _json_spans,
    _json_stages,
    _json_tab_titles,
    _json_typed_texts,
    _json_wall_epochs,
    _json_wall_offsets,
    _jsonld_broadcasts,
    _xml_data,
    xml_doc,
)
from sources.adapters._json_config import FieldSpec
from sources.adapters._json_infer import infer, words
from sources.adapters._json_mapping import _number, read_moment
from sources.adapters._json_shapes import MAX_DATE_TEXT, Column, date_shape, date_then_time
from sources.adapters.base import AdapterContext, FetchWindow, RawEvent, RejectedRecord
from sources.adapters.json_api import JsonApiAdapter
from sources.extraction import extract_document
from tests.hostile import superlinear_shape

NY = ZoneInfo("America/New_York")
WINDOW = FetchWindow(start=dt.datetime(2024, 1, 1, tzinfo=NY), end=dt.datetime(2025, 1, 1, tzinfo=NY))
SIZE = 100_000
# Each aimed at a pattern's weak spot: long runs the old patterns matched in overlapping ways.
HOSTILE = {
    "a digit then spaces": "1" + " " * SIZE + "x",
    "digit-space pairs": "1 " * (SIZE // 2) + "x",
    "month names run together": "jan" * (SIZE // 3),
    "a date then spaces then a time": "2024-05-01" + " " * SIZE + "7pm",
    "clock times then spaces": "1:00" * (SIZE // 4) + " " * SIZE + "x",
    "dotted words": "a." * (SIZE // 2) + "!",
    "dashes and spaces": "- " * (SIZE // 2) + "x",
    "a dash then spaces": "-" + " " * SIZE + "x",
    "digits": "0" * SIZE + "/",
}
BIG = 10**400  # valid JSON, and more than a float holds


def read(payload: bytes, config: dict | None = None) -> list:
    context = AdapterContext(source="json_api", window=WINDOW, default_timezone=NY)
    return list(JsonApiAdapter(config=config or {}, context=context).parse(payload))


# --- patterns on long text ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_is_no_date_time_or_date_and_time(text):
    column = Column("start", [text, text, text])

    assert date_shape(column, numeric_ok=True) is None
    assert date_then_time(text) is None
    assert read_moment(text, None, NY) is None


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_in_every_field_leaves_the_real_start_and_title_found(text):
    items = [
        {"title": f"Board meeting {day}", "start": f"2024-05-0{day}T10:00:00", "start_time": text, "end": text,
         "link": text, "price": text, "latitude": text, "description": text, "status": text}
        for day in (1, 2, 3)
    ]  # fmt: skip

    found = infer({"events": items})

    assert found is not None
    assert (found.config["mapping"]["title"], found.config["mapping"]["start"]) == ("title", "start")
    assert not {"end", "url", "price_min", "latitude"} & set(found.config["mapping"])


def test_a_value_longer_than_a_date_can_be_is_no_date_even_when_it_starts_with_one():
    precise = "2024-05-01T10:00:00." + "0" * MAX_DATE_TEXT  # ISO 8601 would read it

    assert read_moment(precise, None, NY) is not None
    assert date_shape(Column("start", [precise] * 3), numeric_ok=False) is None
    assert date_shape(Column("start", [precise[:MAX_DATE_TEXT]] * 3), numeric_ok=False) is not None


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("07/11/2024 - 01:00 PM", ("07/11/2024", " - ", "01:00 PM")),
        ("Wednesday, May 1, 2024 at 7pm", ("Wednesday, May 1, 2024", " at ", "7pm")),
        ("May 1, 2024, 7:30 p.m.", ("May 1, 2024", ", ", "7:30 p.m.")),
        ("2024-05-01T19:00", ("2024-05-01", "T", "19:00")),
        ("2024-05-01 @ 19:00:00", ("2024-05-01", " @ ", "19:00:00")),
        ("May 4 Sat 7pm", ("May 4 Sat", " ", "7pm")),  # "at" only as a word: "Sat" is no separator
        ("Saturday at 7pm", None),  # no date before the time
        ("7pm", None),
        ("2024-05-01", None),
    ],
)
def test_a_date_followed_by_a_time_is_taken_apart(text, parts):
    assert date_then_time(text) == parts


def test_key_words_of_a_hostile_key():
    assert words("A" * SIZE + "b") == ["a" * (SIZE - 1), "ab"]
    assert words("x" * SIZE + "!") == ["x" * SIZE]


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_the_other_value_tests_on_hostile_text(text):
    assert not _json_shapes.amount(text)
    assert not _json_shapes.is_path(text)
    assert bool(_json_shapes._HUMAN_TEXT.match(text)) == text.isalpha()
    assert not _json_shapes.is_url(text)
    assert _json_shapes.is_url("/" + "a" * SIZE)  # a relative URL, however long
    assert not _json_shapes.is_url("/" + "a" * SIZE + " x")


def test_a_plain_iso_moment_on_hostile_text_is_read_in_linear_time():
    # _json_fields._PLAIN_ISO: anchored at both ends, every quantifier bounded; the midnight rule's shape test
    assert superlinear_shape(_json_fields._PLAIN_ISO) is None
    assert not _json_fields._PLAIN_ISO.match("2027-02-11 10:00" + " " * SIZE)


def test_digit_runs_as_epochs_basic_days_and_clock_times_are_read_in_linear_time():
    # The eighth held-out batch's values (tests/sources/test_heldout8.py): "1768239000", "20260924", "1830", each
    # matched whole (fullmatch) with bounded repeats.
    for pattern in (_json_shapes._EPOCH_TEXT, _json_fields.BASIC_DAY_VALUE, _json_shapes._HHMM):
        assert superlinear_shape(pattern) is None
        assert not pattern.fullmatch("1" * SIZE)
    assert _json_shapes._EPOCH_TEXT.fullmatch("1768239000")
    assert _json_fields.BASIC_DAY_VALUE.fullmatch("20260924")
    assert not _json_fields.BASIC_DAY_VALUE.fullmatch("20261324")
    assert _json_shapes._HHMM.fullmatch("1830")
    assert not _json_shapes._HHMM.fullmatch("2460")


def test_a_dotted_clock_is_read_in_linear_time():
    # _json_shapes._DOTTED_CLOCK (tests/sources/test_heldout27_feeds.py): "20.30", matched whole, every repeat
    # bounded.
    assert superlinear_shape(_json_shapes._DOTTED_CLOCK) is None
    assert not _json_shapes._DOTTED_CLOCK.fullmatch("1" * SIZE)
    assert not _json_shapes._DOTTED_CLOCK.fullmatch("20.30" + "0" * SIZE)
    assert _json_shapes._DOTTED_CLOCK.fullmatch("20.30")
    assert _json_shapes._DOTTED_CLOCK.fullmatch("9.15")
    assert not _json_shapes._DOTTED_CLOCK.fullmatch("24.00")


def test_a_french_clock_is_read_in_linear_time():
    # _json_shapes._FRENCH_CLOCK (tests/sources/test_json_other_languages.py): "19h30", matched whole, every
    # repeat bounded.
    assert superlinear_shape(_json_shapes._FRENCH_CLOCK) is None
    assert not _json_shapes._FRENCH_CLOCK.fullmatch("1" * SIZE)
    assert not _json_shapes._FRENCH_CLOCK.fullmatch("19h" + "3" * SIZE)
    assert _json_shapes._FRENCH_CLOCK.fullmatch("19h30")
    assert _json_shapes._FRENCH_CLOCK.fullmatch("9h")
    assert not _json_shapes._FRENCH_CLOCK.fullmatch("24h00")


def test_a_days_last_second_on_hostile_text_is_read_in_linear_time():
    # _json_fields._DAY_BOUND (tests/sources/test_heldout12.py): anchored at both ends, every repeat bounded.
    assert superlinear_shape(_json_fields._DAY_BOUND) is None
    assert not _json_fields._DAY_BOUND.match("2026-03-09T06:59:59" + "0" * SIZE)
    assert not _json_fields._DAY_BOUND.match("2" * SIZE)
    assert _json_fields._DAY_BOUND.match("2026-03-09T06:59:59Z")


def test_fourteen_digit_moments_and_the_sides_word_are_read_in_linear_time():
    # tests/sources/test_heldout13.py: _json_shapes._COMPACT ("20270304193000 +0000") is matched whole (fullmatch)
    # with bounded repeats; _json_sides._HOME_WORD is a literal word.
    assert superlinear_shape(_json_shapes._COMPACT) is None
    assert not _json_shapes._COMPACT.fullmatch("1" * SIZE)
    assert not _json_shapes._COMPACT.fullmatch("20270304193000" + " " * SIZE)
    assert _json_shapes._COMPACT.fullmatch("20270304193000 +0000")
    assert superlinear_shape(_json_sides._HOME_WORD) is None
    assert _json_sides._HOME_WORD.sub("away", "Home" * SIZE) == "away" * SIZE


def test_basic_form_moments_field_names_and_pattern_words_are_read_in_linear_time():
    # tests/sources/test_heldout21_feeds.py: _json_shapes._COMPACT also takes ISO 8601's basic form
    # ("20120619T180000Z"); _xml_data._FIELD_NAME is one bounded repeat between anchors; _json_pattern_rules' _DAY
    # (anchored, bounded) and _NAME (one character class) are linear too.
    assert not _json_shapes._COMPACT.fullmatch("20270304T193000" + "Z" * SIZE)
    assert _json_shapes._COMPACT.fullmatch("20270304T193000Z")
    assert superlinear_shape(_xml_data._FIELD_NAME) is None
    assert not _xml_data._FIELD_NAME.match("a" * SIZE)
    assert not _xml_data._FIELD_NAME.match("a" + " " * SIZE)
    assert _xml_data._FIELD_NAME.match("DTSTART")
    assert superlinear_shape(_json_pattern_rules._DAY) is None
    assert not _json_pattern_rules._DAY.match(" " * SIZE + "x")
    assert superlinear_shape(_json_pattern_rules._NAME) is None
    assert _json_pattern_rules._NAME.sub("", "days_of-week" * SIZE) == "daysofweek" * SIZE


def test_a_rules_frequency_on_hostile_text_is_found_in_linear_time():
    # _json_shapes._RULE_FREQ (tests/sources/test_review_batches11_12.py): one bounded alternation after one character.
    assert superlinear_shape(_json_shapes._RULE_FREQ) is None
    assert not _json_shapes._RULE_FREQ.search(";" * SIZE + "FREQ=")
    assert not _json_shapes._RULE_FREQ.search("FREQ=DAIL" * (SIZE // 9))
    assert _json_shapes._RULE_FREQ.search(" " * SIZE + "FREQ=DAILY")


def test_a_spaced_midnight_on_hostile_text_is_matched_in_linear_time():
    # _json_shapes._MIDNIGHT_SPACED (tests/sources/test_heldout17.py): anchored at both ends, every repeat bounded.
    assert superlinear_shape(_json_shapes._MIDNIGHT_SPACED) is None
    assert not _json_shapes._MIDNIGHT_SPACED.match("2008-02-27 00:00:00" + " " * SIZE)
    assert not _json_shapes._MIDNIGHT_SPACED.match("2" * SIZE)
    assert _json_shapes._MIDNIGHT_SPACED.match("2008-02-27 00:00:00")


def test_a_two_digit_year_s_dotted_day_on_hostile_text_is_matched_in_linear_time():
    # _json_shapes._TWO_DIGIT_DOTS (tests/sources/test_review25_misfires.py): fixed width, anchored at its end.
    assert superlinear_shape(_json_shapes._TWO_DIGIT_DOTS) is None
    assert not _json_shapes._TWO_DIGIT_DOTS.match("1" * SIZE)
    assert not _json_shapes._TWO_DIGIT_DOTS.match("01.10.31" + "1" * SIZE)
    assert _json_shapes._TWO_DIGIT_DOTS.match("01.10.31")
    assert not _json_shapes._TWO_DIGIT_DOTS.match("1.10.31")


def test_every_pattern_of_the_inference_and_the_xml_reader_is_listed_here():
    # A new module-level pattern gets a hostile-input test above before it is added to this list.
    patterns = {
        f"{module.__name__.rsplit('.', 1)[-1]}.{name}"
        for module in (_json_infer, _json_shapes, _json_fields, _json_extras, _json_sides, xml_doc, _xml_data)
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern)
    }
    assert patterns == {
        "_json_shapes._DATEISH", "_json_shapes._TIME_AT_END", "_json_shapes._PLACEHOLDER", "_json_shapes._TIME_OF_DAY",
        "_json_shapes._MIDNIGHT_ISO", "_json_shapes._MIDNIGHT_SPACED", "_json_shapes._WORD", "_json_shapes._RELATIVE_URL", "_json_shapes._AMOUNT",
        "_json_shapes._HUMAN_TEXT", "xml_doc._TITLE_TIME", "xml_doc._CLOCK", "_xml_data._XML_DECLARATION",
        "_xml_data._SPACE", "_xml_data._CHARACTER_REFERENCE",  # hostile input: tests/sources/test_probe_xml.py
        "_json_fields._PLAIN_ISO",
        "_json_shapes._EPOCH_TEXT", "_json_fields.BASIC_DAY_VALUE", "_json_shapes._HHMM",  # hostile input: above
        "_json_fields._DAY_BOUND", "_json_shapes._RULE_FREQ",  # hostile input: above
        "_json_shapes._COMPACT", "_json_sides._HOME_WORD",  # hostile input: above
        "_xml_data._FIELD_NAME",  # hostile input: above
        "_json_shapes._ZONED_TIME",  # hostile input: tests/sources/test_heldout23_apis.py
        "_json_shapes._DOTTED_CLOCK",  # hostile input: above
        "_json_shapes._FRENCH_CLOCK",  # hostile input: above
        "_json_shapes._TWO_DIGIT_DOTS",  # hostile input: above
        "_json_extras._RANK",  # hostile input: tests/sources/test_review_overfire.py
        "_json_fields.ZONED_ISO",  # hostile input: tests/sources/test_adapters_hostile_text.py (apis41)
    }  # fmt: skip


# --- the XML reader ---------------------------------------------------------------------------------------
def xml_records(*records: str) -> bytes:
    body = "".join(f"<meeting>{fields}</meeting>" for fields in records)
    return f"<?xml version='1.0'?><meetings>{body}</meetings>".encode()


def xml_events(payload: bytes) -> list[dict]:
    extraction = extract_document(payload, window=WINDOW, kind="xml", zone=NY)
    return extraction.events


def test_a_title_ending_in_a_long_run_of_spaces_keeps_its_date_only_start():
    events = xml_events(
        xml_records(
            "<name>Board meeting" + " " * SIZE + "x</name><date>2024-05-01</date>",
            "<name>Budget hearing</name><date>2024-05-02</date>",
        )
    )

    assert [(event["start"], event["all_day"]) for event in events] == [("2024-05-01", True), ("2024-05-02", True)]


def test_a_time_after_a_long_run_of_spaces_still_ends_the_title():
    events = xml_events(
        xml_records(
            "<name>Board meeting -" + "\t" * SIZE + "6:30 PM</name><date>2024-05-01</date>",
            "<name>Budget hearing</name><date>2024-05-02</date>",
        )
    )

    assert (events[0]["start"], events[0]["title"]) == ("2024-05-01T18:30:00-04:00", "Board meeting")


def test_a_long_run_of_spaces_in_a_description_is_read_as_one_space():
    (event, _) = xml_events(
        xml_records(
            "<name>Board meeting</name><date>2024-05-01</date><description>Agenda"
            + " " * SIZE
            + "and minutes of the budget</description>",
            "<name>Budget hearing</name><date>2024-05-02</date>",
        )
    )

    assert event["description"] == "Agenda and minutes of the budget"


# --- numbers too large for a float ------------------------------------------------------------------------
def test_a_number_too_large_for_a_float_is_no_number():
    assert _number(BIG) is None
    assert _number(-BIG) is None
    assert _number(12) == 12.0
    assert read_moment(BIG, None, NY) is None
    assert read_moment(BIG, "epoch", NY) is None


def test_a_huge_coordinate_costs_that_coordinate_only():
    items = [
        {"title": "Board meeting", "start": "2024-05-01T10:00:00", "lat": BIG, "lng": -87.6},
        {"title": "Budget hearing", "start": "2024-05-02T10:00:00", "lat": 41.9, "lng": -87.6},
    ]

    found = infer({"events": items})
    events = read(json.dumps({"events": items}).encode())

    assert found is not None
    assert found.config["mapping"]["latitude"] == "lat"
    assert [(event.title, event.latitude) for event in events] == [("Board meeting", None), ("Budget hearing", 41.9)]


def test_a_huge_start_costs_that_item_only():
    items = [
        {"title": "Board meeting", "start": BIG},
        {"title": "Budget hearing", "start": 1714557600},
        {"title": "Park walk", "start": 1714644000},
        {"title": "Story time", "start": 1714730400},
    ]

    records = read(json.dumps({"events": items}).encode())

    assert [type(record) for record in records] == [RejectedRecord, RawEvent, RawEvent, RawEvent]
    assert records[1].start == dt.datetime(2024, 5, 1, 6, 0, tzinfo=NY)


def test_huge_numbers_in_a_configured_mapping_cost_their_values_only():
    config = {
        "items": "events",
        "mapping": {"title": "title", "start": "start", "latitude": "lat", "price_min": "price"},
    }
    payload = json.dumps({"events": [{"title": "Gala", "start": "2024-05-01T19:00:00", "lat": BIG, "price": BIG}]})

    (event,) = read(payload.encode(), config)

    assert (event.title, event.latitude, event.price_min) == ("Gala", None, None)


def test_huge_numbers_do_not_stop_a_document_being_recognised():
    # two meetings (not one written twice, which is one event: _json_repeats)
    payload = json.dumps(
        {
            "events": [
                {"title": "Board meeting", "start": f"2024-05-0{day}T10:00:00", "lat": BIG, "id": BIG} for day in (1, 2)
            ]
        }
    ).encode()

    extraction = extract_document(payload, window=WINDOW, kind="auto", zone=NY)

    assert extraction.adapter == "json_api"
    assert [event["title"] for event in extraction.events] == ["Board meeting", "Board meeting"]


def test_a_deep_label_beside_many_columns_scores_each_column_once() -> None:
    # held-out batch 47 (_json_tab_titles): thousands of other keys beside a deep "Stats" tab: each scored once
    items = [
        {"tabs": {"stats": {"title": "Stats"}}, **{f"name{index}": f"Item {row} {index}" for index in range(2_000)}}
        for row in range(2)
    ]
    sample = _json_fields.Sample("", items)
    calls: list[str] = []

    def score(column: Column) -> float:
        calls.append(column.path)
        return _json_fields.title_score(column)

    found = _json_tab_titles.own_name_over_tab(sample, sample.columns["tabs.stats.title"], score)

    assert found is not None
    assert found[0].path.startswith("name")
    assert len(calls) == len(set(calls)) <= len(sample.columns)


def test_a_hostile_destination_key_is_no_station_board() -> None:
    # held-out batch 47 (_json_departures): a 100 KB key of timetable words is split once, in linear time
    hostile = "trackDelay" * (SIZE // 10)
    sample = _json_fields.Sample("", [{"terminal": {"name": "Thun"}, hostile: "x"}, {"terminal": {"name": "Bern"}}])
    title = sample.columns["terminal.name"]
    assert _json_departures.departure_board(title, sample.columns)
    assert not _json_departures.departure_board(title, ["x" * SIZE])


def test_hostile_clocks_and_a_long_day_on_a_12_hour_clock_cost_one_pass() -> None:
    # held-out batch 48 (_json_afternoon_clocks): 100 KB clock-like values are no clocks; a day of 20,000 slots is
    # read once, its afternoon moved in one pass
    mapping = {"start": {"path": ["^.date", "start_time"]}, "end": {"path": ["^.date", "end_time"]}}
    hostile = [{"start_time": value, "end_time": value, "^": {"date": "2031-03-18"}} for value in HOSTILE.values()]
    assert _json_afternoon_clocks.afternoon_clocks(hostile, mapping) is hostile
    morning = [{"start_time": "08:00", "end_time": "09:00", "^": {"date": "2031-03-18"}}] * 10_000
    afternoon = [{"start_time": "01:00", "end_time": "02:00", "^": {"date": "2031-03-18"}}] * 10_000
    moved = _json_afternoon_clocks.afternoon_clocks([*morning, *afternoon], mapping)
    assert moved[-1]["start_time"] == "13:00"
    assert moved[-1]["end_time"] == "14:00"


def test_a_deep_nest_of_dotted_wrappers_is_unwrapped_a_few_levels_only() -> None:
    # held-out batch 48 (_json_dotted_wrapper): 10,000 nested one-key wrappers under dotted keys: a few taken off
    data: dict = {"events": []}
    for level in range(10_000):
        data = {f"{level}.0": [data]}
    inner = _json_dotted_wrapper.unwrapped(data)
    assert set(inner) == {f"{10_000 - 1 - _json_dotted_wrapper.MAX_WRAPPERS}.0"}


def test_hostile_keys_and_clock_values_beside_epochs_cost_their_own_length() -> None:
    # held-out batch 50 (_json_wall_epochs): a 100 KB key and a 100 KB clock-like value are each looked at within
    # their caps (MAX_KEY characters of a key, MAX_CLOCK_TEXT of a value)
    hostile_key = "startTime" * (SIZE // 9)
    assert len(_json_wall_epochs.key_words(hostile_key)) <= _json_wall_epochs.MAX_KEY
    assert _json_wall_epochs.clock_of("1:" + "1" * SIZE) is None
    assert _json_wall_epochs.clock_of(" " * SIZE + "7:00 PM") is None
    # the key's first characters still say it starts: its clock is read, and agrees with the epochs' UTC clock
    records = [{hostile_key: "7:00 PM", "start_unix": 1376679600 + day * 86_400} for day in range(3)]
    assert _json_wall_epochs.epochs_are_wall_clocks(records, FieldSpec(paths=("start_unix",), format="epoch"), NY)
    records = [{hostile_key: "1:" + "1" * SIZE, "start_unix": 1376679600 + day * 86_400} for day in range(3)]
    assert not _json_wall_epochs.epochs_are_wall_clocks(records, FieldSpec(paths=("start_unix",), format="epoch"), NY)


def test_hostile_start_values_beside_wrong_offsets_cost_their_own_length() -> None:
    # held-out batch 51 (_json_wall_offsets): 100 KB start values are no instants and keep any offset they end with
    # (a value is looked at within MAX_VALUE characters); records of them say nothing about the offsets
    spec = FieldSpec(paths=("startDate",))
    for value in [*HOSTILE.values(), "2031-09-13T18:30" + "0" * SIZE + "+0100"]:
        assert _json_wall_offsets.without_offset(value) == value
        assert not _json_wall_offsets.offsets_are_wall_clocks([{"startDate": value}] * 3, spec, NY)
    wrong = [{"startDate": "2031-09-13T18:30:00-05:00"}, {"startDate": "2031-11-15T12:00:00-04:00"}]
    assert _json_wall_offsets.offsets_are_wall_clocks(wrong, spec, NY)


def test_hostile_stage_names_are_read_once_each() -> None:
    # held-out batch 49 (_json_stages): 100 KB values under "stage": split into words once each, none a stage's name
    # (a digit, a lower-case start); one long name written as a name still is
    hostile = _json_fields.Sample("", [{"stage": value, "start": "2031-07-18T20:00"} for value in HOSTILE.values()])
    assert not _json_stages.stage_place(hostile.columns["stage"])
    long_name = "Main Stage " + "x" * SIZE
    named = _json_fields.Sample("", [{"stage": long_name}, {"stage": "Garden Stage"}])
    assert _json_stages.stage_place(named.columns["stage"])


def test_hostile_play_keys_and_many_containers_cost_their_caps() -> None:
    # held-out batch 50 (_json_plays, _json_spans): a 100 KB key of play-log words is split once; a 100 KB key is
    # no programme on air; of 10,000 tournaments only MAX_RECORDS are looked at (the rest may say anything)
    hostile = "playlistComposer" * (SIZE // 16)
    sample = _json_fields.Sample("", [{"track": {"title": "Pavane"}, hostile: "x"}, {"track": {"title": "Bolero"}}])
    title = sample.columns["track.title"]
    assert _json_plays.play_log(title, sample.columns)
    assert not _json_plays.play_log(title, ["x" * SIZE])
    assert not _json_plays.on_air("current" * (SIZE // 7))
    matches = [
        {"name": "A vs B", "begin_at": "2031-02-15T08:00:00Z"},
        {"name": "C vs D", "begin_at": "2031-02-15T11:00:00Z"},
    ]
    cups = [{"name": "Cup", "begin_at": "2031-02-15T08:00:00Z", "matches": matches}] * _json_spans.MAX_RECORDS
    cups += [{"name": "Cup", "begin_at": "2031-01-01T00:00:00Z", "matches": matches}] * 10_000
    outer = _json_infer.infer_list("", cups)
    assert outer is not None
    assert _json_spans.spans_children(cups, outer, "matches")


def test_hostile_typed_text_lists_cost_their_caps() -> None:
    # held-out batch 52 (_json_typed_texts): of a 100,000-entry text list only MAX_ENTRIES are looked at (a name
    # past them is not seen); a 100 KB name is no name; a 100 KB type or language is no name entry
    entries = [{"type": "description", "lang": "en", "text": "x"}] * SIZE + [
        {"type": "name", "lang": "en", "text": "A"}
    ]
    assert _json_typed_texts.typed_title([{"translations": entries}, {"translations": entries}]) is None
    long_name = [{"type": "name", "lang": "en", "text": "x" * SIZE}]
    assert _json_typed_texts.typed_title([{"translations": long_name}, {"translations": long_name}]) is None
    odd = [{"type": "name" * (SIZE // 4), "lang": "e" * SIZE, "text": "Doors open"}]
    assert _json_typed_texts.typed_title([{"translations": odd}, {"translations": odd}]) is None
    named = [{"type": "name", "lang": "en", "text": "Doors open"}]
    column = _json_typed_texts.typed_title([{"translations": named}, {"translations": named}])
    assert column is not None
    assert column.path == "translations.type=name&lang=en.text"


def test_hostile_room_ids_are_looked_at_to_their_cap() -> None:
    # held-out batch 53 (_json_opaque_ids): 100 KB values in an id's alphabet are no opaque id (a length cap before
    # the pattern); a room named by a UUID in one of 2,000 sessions is looked for in one pass over the sample
    assert not any(_json_opaque_ids.opaque(value) for value in HOSTILE.values())
    assert not _json_opaque_ids.opaque("a1" * (SIZE // 2))
    room = "040f4750-2bf0-459b-9db2-e36b418ad7f5"
    sessions = [
        {"title": f"Talk {n}", "start": "2024-05-09T10:00:00-07:00", "room": room if n == 0 else "x" * SIZE}
        for n in range(2_000)
    ]
    found = infer({"sessions": sessions, "rooms": [{"id": room, "name": "Hall"}, {"id": "b" * 32, "name": "Lab"}]})
    assert found is not None
    assert found.config["mapping"]["title"] == "title"


def test_hostile_jcal_is_refused_or_read_without_recursion() -> None:
    # held-out batch 55 (_jcal): a list nested past the JSON reader's recursion limit, components nested far past a
    # calendar's depth, and 100 KB of spaces or quotes after the opening word cost one pass each and are no calendar
    deep = '["vcalendar", [], [' + "[" * SIZE + "]" * SIZE + "]]"
    assert _jcal.jcal_text(deep) is None
    for levels in (50, SIZE // 20):  # past a calendar's depth; past the JSON reader's own limit
        nested = '["vcalendar", [], [' + '["x-nest", [], [' * levels + '["vevent", [], []]' + "]]" * levels + "]]"
        assert _jcal.jcal_text(nested) is None
    assert not _jcal.looks_like_jcal("[" + " " * SIZE + '"vcalendar"')  # the opening is looked for in 512 characters
    for text in HOSTILE.values():
        assert _jcal.jcal_text(f'["vcalendar", [["summary", {{}}, "text", {json.dumps(text)}]], []]') is not None


def test_hostile_news_and_forecasts_cost_their_caps() -> None:
    # held-out batch 54 (_json_news, _json_observations): a 100 KB date is not searched for a clock; of an item's
    # 100,000 keys only MAX_KEYS are looked at; a measure nested deeper than NESTED or past MAX_PARTS is not seen
    article = {"headline": "Kurz und heftig", "text": "", "date": "1" * SIZE}
    assert _json_news.news_items([article])
    keyed = {f"k{n}": "x" for n in range(SIZE)} | {"headline": "H", "text": "", "location": "Halle"}
    assert not _json_news.news_items([keyed])  # the headline and the place are past the cap: no article
    deep = {"temperatura": [[[[{"maxima": 1}]]]], "viento": [{"v": 1}], "humedad": [0]}
    assert not _json_observations.readings([deep])
    wide = {"temperatura": ["x"] * SIZE + [1], "viento": [{"v": 1}], "humedad": [0]}
    assert not _json_observations.readings([wide])
    many = [{"dia": [wide] * 3}] * SIZE
    assert _json_observations.reading_lists(many) == ()


def test_hostile_incidents_and_roadmaps_cost_their_caps() -> None:
    # held-out batch 63 (_json_incidents, _json_roadmap): a 100 KB name or version is not folded nor matched; of an
    # item's 100,000 keys only MAX_KEYS are looked at; a package list of 100,000 texts is looked at MAX_PARTS deep
    assert not _json_incidents.incident_items([{"title": "Outage " * SIZE, "cause": ""}])
    keyed = {f"k{n}": "x" for n in range(SIZE)} | {"title": "Outage", "cause": ""}
    assert not _json_incidents.incident_items([keyed])  # the name and the cause are past the cap: no incident
    assert _json_incidents.incident_items([{"title": "Outage", "numPeople": 1}] * SIZE)
    assert not _json_roadmap.roadmap_items([{"release": "1." * SIZE, "package": "p"}])
    assert not _json_roadmap.roadmap_items([{"release": "9.7", "package": [""] * SIZE + ["p"]}])
    assert _json_roadmap.roadmap_items([{"release": "9.7", "package": ["p"] + [""] * SIZE}])
    for text in HOSTILE.values():
        assert not _json_roadmap.roadmap_items([{"release": text, "package": text}])
        assert not _json_incidents.incident_items([{"title": text, "cause": text}])


def test_hostile_record_holders_cost_one_split_each() -> None:
    # held-out batch 57 (_json_record_holder): 100 KB paths, or paths of 100,000 dots, are split once each
    dotted = "." * SIZE
    assert _json_record_holder.record_holder({"title": dotted + "name", "start": dotted + "start"}) == dotted[:-1]
    assert _json_record_holder.record_holder({"title": "a" * SIZE, "start": "a" * SIZE}) == ""
    assert _json_record_holder.record_holder({"title": {"path": ["a.b"] * SIZE}, "start": "a.c"}) == ""


def test_hostile_result_member_keys_are_split_once() -> None:
    # held-out batch 58 (_json_result_member): a 100 KB key, or one of 100,000 separators, is split once
    assert not _json_result_member.result_member(0, "result_" * (SIZE // 7))
    assert not _json_result_member.result_member(0, "_" * SIZE)
    assert not _json_result_member.result_member(0, "R" * SIZE)


def test_hostile_lone_parents_cost_one_pass() -> None:
    # held-out batch 60 (_json_lone_parents): 100,000 events with no occurrences, one occurrence of 100,000 keys,
    # and occurrences that are no objects are each looked at once
    many = [{"name": "Meet up", "start": "2031-05-01T19:00:00Z"}] * SIZE
    occurring = {"name": "Weekly", "start": "x", "times": [{"start": "2031-05-02T19:00:00Z"}]}
    assert len(_json_lone_parents.lone_parents([occurring, *many], "times")) == SIZE
    wide = {"name": "Weekly", "times": [{f"k{n}": n for n in range(SIZE)}]}
    assert _json_lone_parents.lone_parents([wide, many[0]], "times") == frozenset()
    assert _json_lone_parents.lone_parents([{"name": "W", "times": ["x"] * SIZE}, many[0]], "times") == frozenset()


def test_hostile_offsets_and_broadcast_graphs_cost_their_caps() -> None:
    # left27 (_json_offset_zones, _jsonld_broadcasts): 100 KB offsets and keys are no offset; a graph nested far past
    # MAX_DEPTH is walked no deeper; 10,000 airings are read once each
    assert not any(_json_offset_zones.offset_zone(value, bare=True) for value in HOSTILE.values())
    assert _json_offset_zones.offset_zone("+" + "0" * SIZE, bare=True) is None
    assert not _json_offset_zones.offset_key("utc" * (SIZE // 3))
    airing = {"@type": "BroadcastEvent", "name": "News", "startDate": "2031-05-10T07:00", "endDate": "2031-05-10T08:00"}
    deep: dict = airing
    for _ in range(SIZE // 10):
        deep = {"@type": "RadioEpisode", "publication": deep}
    assert _jsonld_broadcasts.broadcast_events([deep, deep]) == []
    many = [airing | {"startDate": f"2031-05-10T07:{n % 60:02d}"} for n in range(10_000)]
    assert len(_jsonld_broadcasts.broadcast_events({"@graph": many})) == 10_000
