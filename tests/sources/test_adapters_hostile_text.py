"""The adapters' shared patterns on hostile text: prices (common.py), dates written in a feed's prose
(_feed_when.py) and a schedule page's duration cells and default place (_page_schedule.py) read long runs of
spaces, line breaks and punctuation in time that grows with the text, not with its square or cube
(tests/hostile.py: growth ratios, no wall-clock budget). A hostile page or feed writes this text. That they still read
what they were written for is tested in test_adapters_patterns_read_as_before.py. Every pattern is registered by name
in hostile_patterns.py."""

from __future__ import annotations

import datetime as dt

import pytest

from sources.adapters import (
    _feed_dates,
    _feed_not_event_dates,
    _feed_when,
    _page_bem_cards,
    _page_date_clocks,
    _page_date_link_rows,
    _page_day_pairs,
    _page_evening_ranges,
    _page_intl,
    _page_label_runs,
    _page_labelled_heading,
    _page_mailbox_titles,
    _page_schedule,
    _page_score_rows,
    _page_showings,
    _page_words,
    _place_tails,
)
from tests.hostile import superlinear, superlinear_shape
from tests.sources.hostile_patterns import PATTERNS


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_pattern_reads_hostile_text_in_linear_time(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None


@pytest.mark.parametrize(
    ("scan", "shape"),
    [
        # A run of spaces after a date was shared out between "\s*" and "\s*" before the time (quadratic) ...
        pytest.param(_feed_when.PROSE_DATE.findall, lambda size: "Dec 12" + " " * size + "x", id="prose-date"),
        # ... and between three of them after a listed date (cubic).
        pytest.param(_feed_when._SHARED_CLOCK.match, lambda size: "\n" * size + "x", id="shared-clock"),
        pytest.param(_page_schedule.DURATION.match, lambda size: "\r\n" * (size // 2) + "x", id="duration"),
        # Each verb looked for "at"/"in" through the rest of the sentence.
        pytest.param(_page_schedule.DEFAULT_PLACE.search, lambda size: " begin" * (size // 6), id="default-place"),
        # An unclosed <time> tag, and one whose datetime is never quoted, each followed by a long run.
        pytest.param(_feed_dates._TIME_ELEMENT.findall, lambda size: "<time " * (size // 6), id="time-tags"),
        pytest.param(
            _feed_dates._TIME_ELEMENT.findall, lambda size: "<time datetime=" + " " * size + "x", id="time-datetime"
        ),
        # A place's tail had to end its line: after every dash of a long line, the rest of it was read again.
        pytest.param(_place_tails.TAIL_DASH.search, lambda size: "a - b" * (size // 5) + "\nx\ny", id="tail-dash"),
        pytest.param(_place_tails.place_without_tail, lambda size: "a - b" * (size // 5) + "\nx\ny", id="place-tail"),
        # Held-out batch 76 (pages76): a Flemish "20u30" clock, its "u" and minutes over a long run of near-misses.
        pytest.param(_page_intl.INTL_CLOCK.findall, lambda size: "20u3" * (size // 4), id="flemish-clock"),
        # Held-out batch 78 (pages78): near-miss runs and slashed days over a long text.
        pytest.param(_page_label_runs.NUMERIC_RUN.findall, lambda size: "10-09-2016 t/m " * (size // 15), id="runs"),
        pytest.param(
            _page_intl.DAY_MONTH_SLASHED_CLOCK.findall, lambda size: "22/05 às " * (size // 9), id="slashed-clock"
        ),
        pytest.param(_page_words.LEADS_INTO.search, lambda size: "às " * (size // 3) + "x", id="leads-into"),
        # review24: "für alle" near-misses, and sale words before near-miss runs.
        pytest.param(_page_words.LEADS_INTO.search, lambda size: "für alle " * (size // 9) + "x", id="leads-alle"),
        pytest.param(_page_label_runs.SALE_LEAD.search, lambda size: "tickets " * (size // 8) + ".", id="sale-lead"),
        # Held-out batch 79 (pages79): a spaced dash before a showing's time, and lines of one date each in a row.
        pytest.param(_page_showings._TIME_LEAD.findall, lambda size: " - " * (size // 3), id="showing-dash"),
        pytest.param(
            lambda text: _page_showings._dated_lines(text, dt.date(2031, 8, 3)),
            lambda size: "Aug 3 - 6pm\n" * (size // 12),
            id="date-a-line-showings",
        ),
        # Held-out batch 81 (pages81): near-miss ranges, seconds and mailboxes over a long text.
        pytest.param(
            _page_date_clocks.CLOCK_RANGE_24.findall, lambda size: "11:00:00 " * (size // 9), id="range-seconds"
        ),
        pytest.param(_page_evening_ranges.RANGE.findall, lambda size: "6:00-1" * (size // 6), id="bare-ranges"),
        pytest.param(_page_mailbox_titles.MAILBOX.match, lambda size: "a.b" * (size // 3) + "@", id="mailbox"),
        pytest.param(_page_mailbox_titles.MAILBOX.match, lambda size: "x@" + "a." * (size // 2), id="mailbox-dots"),
        pytest.param(_page_labelled_heading.LABEL.match, lambda size: "when" + " " * size + "x", id="date-label"),
        # Held-out batch 83 (pages83): a side's score alone on its line, over a long run of digits.
        pytest.param(_page_score_rows.SCORE.fullmatch, lambda size: "1" * size, id="score-digits"),
        # Held-out batch 86 (pages86): a file host's address after a long run of subdomains that are no host's.
        pytest.param(
            _page_date_link_rows.FILE_HOST.match, lambda size: "https://" + "a-b." * (size // 4) + "x", id="file-host"
        ),
        # Held-out batch 54 (feeds54): an opening's words over a long run of near-misses before a date.
        pytest.param(
            _feed_not_event_dates.DEADLINE_BEFORE.search,
            lambda size: "tickets on " * (size // 11) + "applications " * (size // 26) + "x",
            id="opening-before",
        ),
        # Read-through 58: a BEM class token that is a long run of underscores and ends in no element ("a___…!").
        pytest.param(_page_bem_cards.BEM_ELEMENT.match, lambda size: "a" + "_" * size + "!", id="bem-underscores"),
        pytest.param(_page_bem_cards.BEM_ELEMENT.match, lambda size: "a" + "_-" * (size // 2) + "!", id="bem-dashes"),
        # Read-through 59: the word before a pair's first day, over a long run of letters that ends in no space.
        pytest.param(_page_day_pairs.WORD_BEFORE.search, lambda size: "a" * size + "x", id="word-before-letters"),
    ],
)
def test_hostile_text_is_read_in_linear_time(scan: object, shape: object) -> None:
    assert superlinear(scan, shape) is None  # type: ignore[arg-type]
