"""Highlighted search results (events/search/highlight.py) on hostile text: the markers PostgreSQL puts around
matches are paired in time that grows with the text (tests/hostile.py: growth ratios, no wall-clock budget)."""

from __future__ import annotations

from events.search.highlight import MARK_END, MARK_START, marked_html
from tests.hostile import superlinear


def test_many_match_starts_without_an_end_are_read_in_linear_time() -> None:
    # "START(.*?)END" read the rest of the text from each START when no END followed.
    assert superlinear(marked_html, lambda size: f" {MARK_START}" * (size // 2)) is None


def test_marks_are_paired_as_before() -> None:
    text = f"a{MARK_START}b{MARK_START}c{MARK_END}d{MARK_END}e{MARK_START}<f>"
    # The first END after a START closes it; a START inside and stray markers are dropped, text escaped.
    assert marked_html(text) == "a<mark>bc</mark>de&lt;f&gt;"
    assert marked_html(f"{MARK_START}{MARK_END}x{MARK_START}y{MARK_END}") == "<mark></mark>x<mark>y</mark>"
