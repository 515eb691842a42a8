"""The growth check of tests/hostile.py itself: it must tell a pattern that rescans the rest of the text at every
start from one that reads it once, or every hostile-text test that relies on it could never fail."""

from __future__ import annotations

import re

from tests.hostile import scan_all, shaped, superlinear, superlinear_shape


def test_a_pattern_that_rescans_the_rest_of_the_text_at_each_start_is_caught() -> None:
    # "\s+y" on a run of spaces then "x": every start reads to the end before failing, n²/2 steps in all.
    seen = superlinear(scan_all(re.compile(r"\s+y")), shaped("", " "))

    assert seen is not None


def test_a_pattern_that_reads_the_text_once_passes() -> None:
    assert superlinear_shape(re.compile(r"\s+")) is None
    assert superlinear_shape(re.compile(r"\b\d{1,2}:\d{2}\b")) is None


def test_a_pattern_quadratic_on_one_filler_only_is_caught_among_all_the_shapes() -> None:
    # One reading per size screens each shape; a growth this steep is read again and confirmed, never waved through.
    # "\.+y" rescans only a run of dots: every other filler passes, so the dots' shape is what is named.
    seen = superlinear_shape(re.compile(r"\.+y"))

    assert seen is not None
    assert "+'.'" in seen
