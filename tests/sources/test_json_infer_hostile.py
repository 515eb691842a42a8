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
    _json_extras,
    _json_fields,
    _json_infer,
    _json_pattern_rules,
    _json_places_read,
    _json_shapes,
    _json_sides,
    _xml_data,
    xml_doc,
)
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
        for module in (
            _json_infer,
            _json_shapes,
            _json_fields,
            _json_extras,
            _json_places_read,
            _json_sides,
            xml_doc,
            _xml_data,
        )
        for name, value in vars(module).items()
        if isinstance(value, re.Pattern)
    }
    assert patterns == {
        "_json_shapes._DATEISH", "_json_shapes._TIME_AT_END", "_json_shapes._PLACEHOLDER", "_json_shapes._TIME_OF_DAY",
        "_json_shapes._MIDNIGHT_ISO", "_json_shapes._MIDNIGHT_SPACED", "_json_shapes._RELATIVE_URL", "_json_shapes._AMOUNT",
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
        "_json_places_read._RANK",  # hostile input: tests/sources/test_review_overfire.py
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
