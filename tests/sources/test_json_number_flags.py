"""JSON flags written as a database's 1 and 0 (sources/adapters/_json_flag_words.py ``flag_value``): a MySQL
TINYINT(1) column reaches an API's JSON as a number ("allDay": 1, "cancelled": 0), and was no flag at all before,
so an all-day item's iCalendar-style end ("2031-05-03" to "2031-05-05" is the 3rd and 4th) was read as its last
day, a cancelled item stayed scheduled and a free one's cost unknown.

Hard negatives: only the numbers 0 and 1 are a flag's; a column holding a 2, or a 1.5, or text beside the numbers is
no flag; a 0/1 column whose key names no flag ("seats_left", "featured") is read as nothing.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters._json_flag_words import flag_value, true_word
from sources.adapters._json_shapes import Column, flag_column
from sources.adapters.base import AdapterError, FetchWindow, RawEvent
from tests.sources.helpers import parse_json

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
NOW = dt.datetime(2031, 2, 1, 12, 0, tzinfo=CHICAGO)
WINDOW = FetchWindow(start=NOW - dt.timedelta(days=1), end=NOW + dt.timedelta(days=365))


def read(document: object) -> list[RawEvent]:
    try:
        return parse_json(document, window=WINDOW, zone=CHICAGO)[1]
    except AdapterError:
        return []


def calendar(flag: str, yes: object, no: object) -> list[dict[str, object]]:
    return [
        {"title": "Harvest Fair", "start": "2031-05-03", "end": "2031-05-05", flag: yes, "venue": "Town Green"},
        {"title": "Jazz Night", "start": "2031-05-06T19:00:00", "end": "2031-05-06T22:00:00", flag: no,
         "venue": "The Hall"},
        {"title": "Book Sale", "start": "2031-05-10", "end": "2031-05-11", flag: yes, "venue": "Library"},
        {"title": "Quiz Night", "start": "2031-05-12T20:00:00", "end": "2031-05-12T22:00:00", flag: no,
         "venue": "The Anchor"},
    ]  # fmt: skip


def test_values_a_flag_holds() -> None:
    assert all(flag_value(value) for value in (0, 1, True, False, "1", "0", "ja", "no"))
    assert not any(flag_value(value) for value in (2, -1, 1.0, 0.5, None, "maybe", [], {}))
    assert true_word(1)
    assert true_word(True)
    assert true_word("1")
    assert not any(true_word(value) for value in (0, 2, 1.0, "0", False))
    assert flag_column(Column("allDay", [1, 0, 0, 1]))
    assert not flag_column(Column("allDay", [1, 0, 2]))
    assert not flag_column(Column("allDay", [1, 0, "sometimes"]))


@pytest.mark.parametrize("flag", ["allDay", "all_day", "isAllDay"])
def test_an_all_day_flag_of_ones_and_zeros_reads_the_end_as_the_day_after_the_last(flag: str) -> None:
    fair, jazz, sale, quiz = read(calendar(flag, 1, 0))
    assert (fair.all_day, fair.start, fair.end) == (True, dt.date(2031, 5, 3), dt.date(2031, 5, 4))
    assert (sale.all_day, sale.start, sale.end) == (True, dt.date(2031, 5, 10), None)  # one day: no end
    assert jazz.all_day is False
    assert jazz.end == dt.datetime(2031, 5, 6, 22, 0, tzinfo=CHICAGO)
    assert quiz.all_day is False
    assert quiz.start == dt.datetime(2031, 5, 12, 20, 0, tzinfo=CHICAGO)
    # the same calendar written with true/false reads the same
    assert [(e.start, e.end, e.all_day) for e in read(calendar(flag, True, False))] == [
        (e.start, e.end, e.all_day) for e in (fair, jazz, sale, quiz)
    ]


def test_a_column_with_a_two_is_no_all_day_flag_and_every_end_is_the_last_day() -> None:
    document = calendar("all_day", 1, 0)
    document[2]["all_day"] = 2
    fair, _jazz, sale, _quiz = read(document)
    assert fair.end == dt.date(2031, 5, 5)
    assert sale.end == dt.date(2031, 5, 11)


@pytest.mark.parametrize(("key", "field", "yes", "no"), [
    ("cancelled", "status", "cancelled", "scheduled"),
    ("is_canceled", "status", "cancelled", "scheduled"),
    ("is_free", "cost_type", "free", "unknown"),
    ("is_online", "online", True, False),
])  # fmt: skip
def test_cancelled_free_and_online_flags_of_ones_and_zeros(key: str, field: str, yes: object, no: object) -> None:
    document = [
        {"title": "Orchestra in the Park", "start": "2031-06-02T19:00:00", "venue": "Bandshell", key: 1},
        {"title": "Poetry Slam", "start": "2031-06-05T20:30:00", "venue": "The Loft", key: 0},
        {"title": "Chess Club", "start": "2031-06-07T18:00:00", "venue": "Library", key: 0},
    ]
    first, second, third = read(document)
    assert (getattr(first, field), getattr(second, field), getattr(third, field)) == (yes, no, no)


@pytest.mark.parametrize("key", ["seats_left", "featured", "sort"])
def test_ones_and_zeros_under_a_key_that_names_no_flag_are_read_as_nothing(key: str) -> None:
    document = [
        {"title": "Orchestra in the Park", "start": "2031-06-02T19:00:00", "venue": "Bandshell", key: 1},
        {"title": "Poetry Slam", "start": "2031-06-05T20:30:00", "venue": "The Loft", key: 0},
    ]
    first, second = read(document)
    assert (first.status, first.cost_type, first.online, first.all_day) == ("scheduled", "unknown", False, False)
    assert (first.venue_name, second.venue_name) == ("Bandshell", "The Loft")
    assert second.status == "scheduled"
