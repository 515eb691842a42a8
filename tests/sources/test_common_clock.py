"""The one reading of a 12-hour clock every reader shares (sources.adapters.common.on_24_hour_clock)."""

from __future__ import annotations

import pytest

from sources.adapters.common import on_24_hour_clock


@pytest.mark.parametrize(
    ("hour", "meridiem", "expected"),
    [(7, "pm", 19), (7, "P.M.", 19), (7, "p", 19), (12, "pm", 12), (12, "am", 0), (12, "a", 0), (9, "AM", 9),
     (19, None, 19), (0, "", 0)],
)  # fmt: skip
def test_a_twelve_hour_clock_on_the_24_hour_clock(hour: int, meridiem: str | None, expected: int) -> None:
    assert on_24_hour_clock(hour, meridiem) == expected
