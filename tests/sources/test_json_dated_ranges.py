"""A record's days written as one text with their year (``_json_dated_ranges``), read by the page reader's own date
and clock readers: every way a page writes a day reads in such a column too, and nothing more than the whole text.

The texts batch 70 taught are in test_heldout70_feeds.py; these are the shapes the shared readers bring.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.adapters._json_dated_ranges import (
    DATED_RANGE,
    DATED_RANGE_END,
    dated_range_date_shape,
    dated_range_moment,
)
from sources.adapters._page_dates import find_dates

UTC = dt.UTC


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> dt.datetime:
    return dt.datetime(2031, month, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("6 janvier 2031 - 2 avril 2031", dt.date(2031, 1, 6), dt.date(2031, 4, 2)),  # another language's months
        ("6. März 2031 – 9. März 2031", dt.date(2031, 3, 6), dt.date(2031, 3, 9)),
        ("6 - 8 March 2031", dt.date(2031, 3, 6), dt.date(2031, 3, 8)),  # a span in one month
        ("8 Mar 2031 at 7.30pm", at(8, 19, 30), None),  # as Britain writes the clock
        ("8 Mar 2031 22:00 - 02:00", at(8, 22), at(9, 2)),  # past midnight: the next morning
        ("Sat 8 Mar 2031 19:30 - 9 Mar 2031 10:00", at(8, 19, 30), at(9, 10)),  # two days, each with its clock
        ("March 8, 2031, 7pm", at(8, 19), None),
    ],
)
def test_the_page_readers_shapes_read(text: str, start: object, end: object) -> None:
    assert dated_range_moment(text, DATED_RANGE, UTC) == start
    assert dated_range_moment(text, DATED_RANGE_END, UTC) == end


@pytest.mark.parametrize(
    "text",
    [
        "26 Aug 31 - 28 Aug 31",  # two-digit years: a listing's abbreviation, not this column's
        "2031-03-08 - 2031-03-09",  # numeric: the date formats read those
        "8/3/2031 - 9/3/2031",
        "6 Jan 2031 - 2 Apr 2031 - 5 May 2031",  # three days: a list, not a run
        "6 Jan 2031 2 Apr 2031",  # two days with no dash between
        "Opening 6 Jan 2031",  # words before the day
        "6 Jan 2031 7pm doors",  # words after the clock
        "8 Mar 2031 10",  # an hour alone is no clock
        "6 Jan 2031 - 2 Apr",  # the second day has no year
    ],
)
def test_texts_that_are_not_a_dated_range(text: str) -> None:
    assert dated_range_moment(text, DATED_RANGE, UTC) is None


def test_a_clock_range_ending_before_its_start_on_one_day_is_past_midnight_not_an_earlier_end() -> None:
    assert dated_range_moment("8 Mar 2031 23:30 - 01:00", DATED_RANGE_END, UTC) == at(9, 1)


def test_a_column_of_foreign_runs_reads_and_one_of_single_days_stays_unread() -> None:
    runs = ["6 janvier 2031 - 2 avril 2031", "8 mars 2031", "12 mai 2031 - 14 mai 2031"]
    shape = dated_range_date_shape(runs)
    assert shape is not None
    assert (shape.format, shape.kind) == (DATED_RANGE, "date")

    assert dated_range_date_shape(["lundi 6 janvier 2031", "mardi 7 janvier 2031"]) is None  # days' labels


def test_a_day_after_a_clock_is_not_a_span_from_the_clocks_minutes() -> None:
    """ "19:30 - 9 Mar": the 30 is the clock's minutes, not the first day of a span to the 9th (the page reader's day
    then started inside the clock, and a reader checking what the day covers lost the clock)."""
    text = "Sat 8 Mar 2031 19:30 - 9 Mar 2031 10:00"
    hits = find_dates(text, year_hint=None, today=dt.date(2031, 1, 1))

    assert [(hit.date, text[hit.start : hit.end]) for hit in hits] == [
        (dt.date(2031, 3, 8), "Sat 8 Mar 2031"),
        (dt.date(2031, 3, 9), "9 Mar 2031"),
    ]
    # a span written day first still reads
    assert find_dates("6 - 8 March 2031", year_hint=None, today=dt.date(2031, 1, 1))[0].end_date == dt.date(2031, 3, 8)
