"""The one choice the feed's prose readers (English, dotted, ISO, other languages) make among an item's dates:
the first not before the day the item was published, else the first before it (``_feed_when.coming_or_past``)."""

from __future__ import annotations

import datetime as dt

from sources.adapters._feed_dotted import dotted_text_when
from sources.adapters._feed_intl import intl_text_when
from sources.adapters._feed_iso import iso_text_when
from sources.adapters._feed_when import When, coming_or_past, text_when

POSTED = dt.datetime(2031, 3, 10, 12, tzinfo=dt.UTC)


def day(month: int, number: int) -> When:
    return When(dt.date(2031, month, number), None, True, None)


def test_the_first_date_to_come_else_the_first_past() -> None:
    assert coming_or_past([day(3, 1), day(3, 20), day(3, 25)], POSTED) == day(3, 20)
    assert coming_or_past([day(3, 1), day(2, 20)], POSTED) == day(3, 1)
    assert coming_or_past([day(3, 10)], POSTED) == day(3, 10)  # the day itself is to come
    assert coming_or_past([], POSTED) is None


def test_it_reads_no_further_than_it_must() -> None:
    def whens():
        yield day(3, 20)
        raise AssertionError("read past the date to come")

    assert coming_or_past(whens(), POSTED) == day(3, 20)


def test_every_prose_reader_chooses_so() -> None:
    texts = ["Last held 1 March 2031; next on 20 March 2031"]
    assert text_when(texts, zone=None, reference=POSTED).start == dt.date(2031, 3, 20)
    assert dotted_text_when(["Zuletzt 01.03.2031, wieder 20.03.2031"], zone=None, reference=POSTED).start == dt.date(
        2031, 3, 20
    )
    assert iso_text_when(["was 2031-03-01, next 2031-03-20"], zone=None, reference=POSTED).start == dt.date(2031, 3, 20)
    assert intl_text_when(["le 1 mars 2031, puis le 20 mars 2031"], zone=None, reference=POSTED).start == dt.date(
        2031, 3, 20
    )
    assert iso_text_when(["was 2031-03-01"], zone=None, reference=POSTED).start == dt.date(2031, 3, 1)
