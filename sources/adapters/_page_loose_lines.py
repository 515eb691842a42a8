"""Whether a line is the row of the bare date above it, in text written loose between <br>s (held-out batch 116).
Pure.

A gardeners' calendar writes each month as loose text under its month heading, with no element around a row:
"<u><b>October 2024</b></u><br><br>Thursday, October 24 <br>&emsp;<i>RCMGA Meeting at Highland Rim 7PM to 9PM</i>".
The line right under a date that is alone on its line is that date's row (its name, place and hours:
_page_loose_rows reads it), not a sentence the page says of all its meetings: read as the page's statement, its
"7PM to 9PM" was December's time too (``_page_schedule.page_defaults`` passes such a line by).

``loose_row_line``: both lines are loose (no block around them), neither is a heading, the line above holds a date and
nothing else that names (its weekday and punctuation), the line holds no date of its own.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._page_date_alone import date_alone
from sources.adapters._page_dates import find_dates

_ANY_DAY = dt.date(2000, 1, 1)


def loose_row_line(lines: list[Any], index: int) -> bool:
    """Whether ``lines[index]`` is the loose row of the bare date on the line above it (see the module)."""
    if not 1 <= index < len(lines):
        return False
    line, above = lines[index], lines[index - 1]
    if line.block is not None or above.block is not None or line.is_heading or above.is_heading:
        return False
    return date_alone(above.text) and not find_dates(line.text, year_hint=2000, today=_ANY_DAY)
