"""Addresses in a mail's raw To header (digests/tracking.py) on hostile text: every pattern of the module reads
a long run of one character in time that grows with the text, not with its square (tests/hostile.py: growth
ratios, no wall-clock budget). A hostile sender writes the header."""

from __future__ import annotations

import pytest

from digests import tracking
from tests.hostile import module_patterns, superlinear, superlinear_shape

PATTERNS = module_patterns(tracking)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_tracking_pattern_reads_hostile_text_in_linear_time(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None


@pytest.mark.parametrize("filler", ["\u2013", "a"])
def test_a_to_header_of_one_long_word_is_read_in_linear_time(filler: str) -> None:
    # Each character of a run without "@" started a match that read the rest of the run.
    assert superlinear(tracking.ADDRESS.findall, lambda size: filler * (size // len(filler)) + ",x") is None


def test_addresses_are_still_found_whole() -> None:
    header = 'Whatson <unsubscribe+tok:en@example.org>, "B" b@c.d;x@@y, @z, w@'
    assert tracking.ADDRESS.findall(header) == ["unsubscribe+tok:en@example.org", "b@c.d", "x@@y"]
