"""The reference day of year-less dates (``_json_dayless.REFERENCE``) belongs to each reading: two readers'
records pulled in turn each see their own day, and none is left behind after them (review, helper fixmix)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sources.adapters._json_dayless import REFERENCE, near_reference, reference

FIRST = dt.date(2031, 3, 1)
SECOND = dt.date(2034, 9, 1)


def seen(count: int) -> Iterator[dt.date | None]:
    """A reader's records, each read when it is pulled: the reference day it sees."""
    for _ in range(count):
        yield REFERENCE.get()


def test_two_readers_pulled_in_turn_each_see_their_own_day() -> None:
    one, other = near_reference(seen(3), FIRST), near_reference(seen(3), SECOND)

    pulled = [(next(one), next(other)) for _ in range(3)]

    assert pulled == [(FIRST, SECOND)] * 3
    assert list(one) == []
    assert list(other) == []
    assert REFERENCE.get() is None


def test_a_reader_set_aside_leaves_no_day_behind() -> None:
    one = near_reference(seen(2), FIRST)
    assert next(one) == FIRST

    assert REFERENCE.get() is None  # the caller's context between records
    other = near_reference(seen(1), SECOND)
    assert list(other) == [SECOND]
    assert list(one) == [FIRST]
    assert REFERENCE.get() is None


def test_the_reference_block_restores_the_day_before() -> None:
    with reference(FIRST):
        with reference(SECOND):
            assert REFERENCE.get() == SECOND
        assert REFERENCE.get() == FIRST
    assert REFERENCE.get() is None
