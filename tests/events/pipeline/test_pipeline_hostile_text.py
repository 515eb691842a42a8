"""The pipeline's regular expressions on hostile text: every module-level pattern under events/pipeline reads
long runs of spaces, line breaks and punctuation (alone, or after a word, a number, a time or a status word)
in time that grows with the text, not with its square.

No wall-clock budget is asserted: each pattern is timed on 1,000 and on 8,000 characters of the same shape,
and fails only when it is clearly superlinear there (tests/hostile.py says how).
bench/regex_audit.py is the wider audit (every package, more shapes, times at 20,000 characters).
"""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import events.pipeline
from events.pipeline import titles
from events.pipeline.dedup import text as dedup_text
from tests.hostile import best_seconds, module_patterns, superlinear_shape

# Quadratic on hostile text, and known: each names why it is left. The strict xfail fails once one is fixed,
# so that it joins the checked ones. None left: content.OFFENSIVE and SLURS are word lists read in linear time
# (events/pipeline/lookalikes.py; tests/events/pipeline/test_content_hostile_text.py), their regex only ever
# sees plain tokens.
KNOWN_SLOW: dict[str, str] = {}


def pipeline_patterns() -> list[tuple[str, re.Pattern[str]]]:
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.walk_packages(events.pipeline.__path__, prefix="events.pipeline."):
        module = importlib.import_module(info.name)
        for label, pattern in module_patterns(module, info.name.removeprefix("events.pipeline.") + ".").items():
            found.setdefault(id(pattern), (label, pattern))
    return sorted(found.values())


PATTERNS = pipeline_patterns()


@pytest.mark.parametrize(
    "pattern",
    [
        pytest.param(pattern, id=name, marks=[pytest.mark.xfail(strict=True, reason=KNOWN_SLOW[name])])
        if name in KNOWN_SLOW
        else pytest.param(pattern, id=name)
        for name, pattern in PATTERNS
    ],
)
def test_every_pipeline_pattern_reads_hostile_text_in_linear_time(pattern: re.Pattern[str]) -> None:
    assert superlinear_shape(pattern) is None


def test_the_audit_sees_the_pipeline_patterns() -> None:
    names = {name for name, _ in PATTERNS}

    assert {"dedup.text._SEPARATOR", "titles.EDGE_EMOJI", "freetext.NOT_A_DATE", "titles.MARKER_SUFFIXES[0]"} <= names
    assert set(KNOWN_SLOW) <= names


def test_a_title_ending_in_a_long_run_of_emoji_is_read_in_linear_time() -> None:
    # "(?:\s*<cluster>)+" before "$" tried every split of a run of emoji into clusters: 2^n.
    def text(count: int) -> str:
        return "Jazz " + "🎷" * count + " night"

    small = best_seconds(lambda: titles.EDGE_EMOJI.search(text(12)))
    large = best_seconds(lambda: titles.EDGE_EMOJI.search(text(24)))

    assert large < max(0.005, 20 * small)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("🎷🎷 Jazz Night 🎉 🎉", "Jazz Night"),
        ("Jazz Night 🎷\ufe0f🎷", "Jazz Night"),
        ("Jazz 🎷 Night", "Jazz 🎷 Night"),
        ("Jazz Night x\ufe0f🎷", "Jazz Night x\ufe0f"),  # a stray modifier: the emoji after it is still an edge
    ],
)
def test_emoji_at_the_edges_of_a_title_are_still_read(title: str, expected: str) -> None:
    assert titles.EDGE_EMOJI.sub("", title) == expected


def test_separators_after_a_run_of_spaces_still_split_a_title() -> None:
    # A match never starts at a space after a space, but still right after a run another match took.
    assert dedup_text._SEPARATOR.split("Jazz  ||  [Blue Room]") == ["Jazz  |", "", "Blue Room", ""]
    assert dedup_text._TICKETS.sub(" | ", "Jazz tickets: tickets: x") == "Jazz |  | x"
    assert titles.SEGMENT_SEPARATOR.split("Jazz  |  Blue Room") == ["Jazz", "Blue Room"]
    assert dedup_text._SEPARATOR.split("Jazz" + " " * 20_000 + "x") == ["Jazz" + " " * 20_000 + "x"]


def test_title_status_markers_on_a_long_run_of_spaces() -> None:
    marked = "Jazz Night - Cancelled" + " " * 20_000
    assert titles.MARKER_SUFFIXES[1].search(marked) is not None
    assert titles.MARKER_SUFFIXES[0].search("Jazz Night (Postponed" + " " * 20_000 + "x") is None


def test_a_status_alone_at_a_line_start_after_line_breaks_is_still_read() -> None:
    # The line-start status reads at most STATUS_LOOKBACK spaces before its word: _near's window never shows
    # it more before the keyword it looks around, so what it finds there is unchanged.
    assert titles.detect_status("Jazz night\n\n\n   Cancelled: sorry").status == "cancelled"
    assert titles.detect_status("Jazz night\n" + " " * 59 + "sold out!").sold_out
    assert titles.detect_status("Jazz\n" + "\n" * 20_000 + "postponed - new date soon").status == "postponed"
    assert titles.detect_status("workshop" + "\n" * 20_000 + "x").status is None
