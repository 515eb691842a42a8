"""Large documents read in time that grows with their length (tests/hostile.py: growth ratios of CPU time on 500
and 4,000 characters of one shape, never a wall-clock budget; bench/extract_large.py prints the figures).

A markdown page fetched or passed to extract is read as one page whose text is a few huge lines: each of its
dates once rescanned the line before it for the last sentence's stop (``_page_article_dates._sentence_before``,
``_page_limit_sentences``), and a page of unclosed headings, each holding the rest of the page, had every heading's
whole text scanned for dates though no day's heading is that long (``_page_day_sessions``), and each dashed date
rescanned the text for the order its other dashed dates write (``_page_dashed_days``). The date patterns'
matches are found once per text, however many readers ask (``_page_date_matches``): the same matches, in order.
"""

from __future__ import annotations

import datetime as dt
import re

from sources.adapters import _page_dashed_days
from sources.adapters._page_article_dates import _sentence_before, limited_day
from sources.adapters._page_dashed_days import dashed_day_first
from sources.adapters._page_date_matches import MIN_CHARS, pattern_matches
from sources.adapters._page_dates import DATE_PATTERNS, find_dates
from sources.adapters._page_day_sessions import day_session_items
from sources.adapters._page_intl import DAY_FIRST_NUMERIC
from sources.adapters._page_limit_sentences import limit_sentences
from sources.adapters._page_prepare import page_root
from sources.adapters._page_sentence_stops import SENTENCE_END
from tests.hostile import FLOOR, best_seconds, superlinear

TODAY = dt.date(2031, 1, 1)
LINE = 4_000  # characters of the shorter line; the longer is eight times that
GROWTH = 20  # hostile.py's threshold: linear is about 8 times slower, quadratic about 64


def _repeated(unit: str, size: int) -> str:
    return unit * max(1, size // len(unit))


def _dated_sentences(size: int) -> str:
    # One line of sentences, some with a limit's date: every date's sentence is looked for before it.
    return _repeated(
        "Booking closes on Friday 27 June 2031. " + "Doors at seven, the bar serves until late. " * 4, size
    )


def _unclosed_headings(size: int) -> str:
    # Each <h2> is left open: the parser nests the rest of the page in it, so its text is all that follows.
    return "<html><body>" + _repeated("<h2>Notes on the hall <div>A talk in the hall at seven, then a film. ", size)


def test_a_line_of_many_dated_sentences_finds_each_sentence_once() -> None:
    # Eight times the text, eight times the dates: a rescan before each was 40 times slower, now about 8 (the dates
    # found outside the timing; at hostile.py's 500 characters both are under its floor).
    texts = [_dated_sentences(size) for size in (LINE, 8 * LINE)]
    hits = [find_dates(text, year_hint=None, today=TODAY) for text in texts]
    assert len(hits[1]) > 6 * len(hits[0])

    def limits(index: int) -> object:
        text, found = texts[index], hits[index]
        spans = [(hit.start, hit.end) for hit in found]
        return [limited_day(text, hit, worded=True) for hit in found], limit_sentences(text, spans, 0)

    small, large = best_seconds(lambda: limits(0), runs=5), best_seconds(lambda: limits(1), runs=5)
    assert large < max(FLOOR, GROWTH * small), f"{small * 1000:.2f} ms -> {large * 1000:.1f} ms"


def test_unclosed_headings_holding_the_page_are_not_each_scanned_for_dates() -> None:
    assert superlinear(lambda text: day_session_items(page_root(text), None, TODAY), _unclosed_headings) is None


def _dashed_dates(text: str) -> list[bool]:
    _page_dashed_days._day_first_text.cache_clear()  # each run cold: what the text says is read once a text
    return [dashed_day_first(match, day_first=True) for match in DAY_FIRST_NUMERIC.finditer(text)]


def test_a_text_of_many_dashed_dates_is_read_for_their_order_once() -> None:
    # Each dashed date once rescanned the whole text for a month-first one and an American sign.
    assert superlinear(_dashed_dates, lambda size: _repeated("7-6-2031: BBQ in the yard. ", size)) is None
    assert _dashed_dates("7-6-2031 BBQ, 8-6-2031 Quiz") == [True, True]
    assert _dashed_dates("7-6-2031 BBQ, 7-16-2031 Quiz") == [False]  # a month first: none is day first
    assert _dashed_dates("7-6-2031 BBQ at 7pm") == [False]  # an American clock


def _old_sentence_before(text: str, start: int) -> str:
    starts = [end.end() for end in SENTENCE_END.finditer(text, 0, start)]
    return text[max(starts[-1] if starts else 0, text.rfind("\n", 0, start) + 1) : start]


def test_the_sentence_before_a_date_is_as_a_scan_from_the_start_finds_it() -> None:
    for text in ("Sale ends. 27 June", "Sale ends.27 June", "Sale ends!\n 27 June", "a. b.\n. c?", "x.", ".. . "):
        for start in range(len(text) + 1):
            assert _sentence_before(text, start) == _old_sentence_before(text, start), (text, start)
    text = "Tickets. On sale until Friday 27 June 2031. Show Saturday 28 June 2031 at 8 pm! Ends 29 June."
    spans = [(found.start(), found.end()) for found in re.finditer(r"\w+day \d+ June 2031|\d+ June", text)]
    assert limit_sentences(text, spans, 0) == [(7, 44), spans[1], spans[2]]  # the stop and its space


def test_a_long_texts_matches_are_finditers_in_its_order_however_often_asked() -> None:
    text = _dated_sentences(3 * MIN_CHARS) + " 28/06/2031, Samstag, 28. Juni 2031"
    for pattern in DATE_PATTERNS:
        expected = [found.span() for found in pattern.finditer(text)]
        first = pattern_matches(pattern, text)
        partly = [next(first).span() for _ in range(min(2, len(expected)))]  # a reader that stops early
        assert [found.span() for found in pattern_matches(pattern, text)] == expected
        assert partly + [found.span() for found in first] == expected
