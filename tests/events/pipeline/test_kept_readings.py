"""Readings the pipeline keeps instead of redoing: a moment string's parse (normalize.parse_moment), whether a doc's
title names a teaching format (rules.names_a_format), and whether make_doc put UNKNOWN in a doc (model._has_token).
Each gives what a fresh reading gives."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.tokens import Doc

from events.pipeline.categorize import DEFAULT_CONFIG, load_categorizer
from events.pipeline.categorize.config import TITLE_END, UNKNOWN, UNKNOWN_BUILT
from events.pipeline.categorize.model import _has_token
from events.pipeline.categorize.rules import NAMES_A_FORMAT, names_a_format
from events.pipeline.categorize.tokens import make_doc
from events.pipeline.normalize import MOMENT_KEPT_LENGTH, _moment_kept, _moment_of, parse_moment

MOMENTS = [
    "2026-11-27",
    "2026-11-27T19:30:00+05:30",
    "2026-11-27T19:30:00Z",
    " 2026-11-27T19:30:00-06:00 ",
    "2026-11-27T19:30:00",  # naive stays naive
    "2026-11-27T19:30:00.123456+05:30",
    "2026-02-30",  # no such day
    "tomorrow evening",
    "",
    "   ",
    "2026-11-27T19:30:00+05:30" + " " * 40,  # past the kept length, still read
    "x" * 10_000,
]


@pytest.mark.parametrize("text", MOMENTS)
def test_a_kept_moment_equals_a_fresh_reading(text):
    fresh = _moment_of(text)
    first, again = parse_moment(text), parse_moment(text)
    assert first == fresh
    assert again == fresh
    assert type(first) is type(fresh)
    assert type(again) is type(fresh)
    if isinstance(fresh, dt.datetime):
        assert first.tzinfo == fresh.tzinfo
        assert first.utcoffset() == fresh.utcoffset()


def test_only_short_strings_are_kept():
    _moment_kept.cache_clear()
    parse_moment("2026-11-27T19:30:00+05:30")
    parse_moment("2026-11-27T19:30:00+05:30" + " " * MOMENT_KEPT_LENGTH)
    parse_moment("y" * 5_000)
    assert _moment_kept.cache_info().currsize == 1


def test_values_that_are_not_strings_are_not_kept():
    _moment_kept.cache_clear()
    moment = dt.datetime(2026, 11, 27, 19, 30, tzinfo=dt.UTC)
    assert parse_moment(moment) is moment
    assert parse_moment(dt.date(2026, 11, 27)) == dt.date(2026, 11, 27)
    assert parse_moment(None) is None
    assert parse_moment(20261127) is None
    assert _moment_kept.cache_info().currsize == 0


@pytest.fixture(scope="module")
def vocab():
    return load_categorizer().nlp.vocab


@pytest.mark.parametrize(
    ("title", "named"),
    [
        ("Watercolour Workshop for Beginners", True),
        ("Beginner Pottery Class", True),
        ("Jazz Night at the Blue Heron", False),
        ("", False),
        # a format word in the description only: not the title's
        ("Saturday Social", False),
    ],
)
def test_names_a_format_is_read_once_and_kept(vocab, title, named):
    doc = make_doc(vocab, {"title": title, "description": "Bring a friend to the workshop class."}, DEFAULT_CONFIG)
    assert NAMES_A_FORMAT not in doc.user_data
    assert names_a_format(doc) is named
    assert doc.user_data[NAMES_A_FORMAT] == (doc.user_data[TITLE_END], named)
    assert names_a_format(doc) is named


def test_a_doc_whose_title_end_moved_is_read_again(vocab):
    """The kept reading belongs to the title end it was read for: a doc given another one is read afresh."""
    doc = make_doc(vocab, {"title": "Jazz Workshop", "description": ""}, DEFAULT_CONFIG)
    assert names_a_format(doc) is True
    doc.user_data[TITLE_END] = 3  # the title is now the doc's first word only ("Jazz")
    assert names_a_format(doc) is False
    assert doc.user_data[NAMES_A_FORMAT] == (3, False)


UNKNOWN_RECORDS = [
    {"title": "Zorblax Quintessa", "description": ""},  # a bare name: make_doc adds UNKNOWN
    {"title": "Zorblax Quintessa", "description": "An evening of songs."},  # a description: no UNKNOWN
    {"title": "Jazz Night", "description": ""},  # a word the model knows: no UNKNOWN
    {"title": "<unknown> <unknown>", "description": "<unknown>"},  # the marker's text in a listing is not the marker
    {"title": "", "description": ""},
]


@pytest.mark.parametrize("record", UNKNOWN_RECORDS)
def test_the_noted_unknown_equals_reading_the_doc(record):
    categorizer = load_categorizer()
    doc = make_doc(categorizer.nlp.vocab, record, DEFAULT_CONFIG, known=categorizer.word_check)
    read = any(token.text == UNKNOWN for token in doc)
    assert doc.user_data[UNKNOWN_BUILT] == (len(doc), read)
    assert _has_token(doc, UNKNOWN) is read
    del doc.user_data[UNKNOWN_BUILT]
    assert _has_token(doc, UNKNOWN) is read


def test_a_doc_of_another_length_than_noted_is_read(vocab):
    """The note belongs to the words make_doc built the doc of: a doc whose token count differs (merged tokens) is
    read, not believed. So is a note under another token's text."""
    doc = Doc(vocab, words=["zorblax", UNKNOWN, "|", "zorblax", UNKNOWN])
    doc.user_data[UNKNOWN_BUILT] = (3, False)
    assert _has_token(doc, UNKNOWN) is True
    doc.user_data[UNKNOWN_BUILT] = (len(doc), True)
    assert _has_token(doc, "zorblax") is True
    assert _has_token(doc, "quartet") is False
