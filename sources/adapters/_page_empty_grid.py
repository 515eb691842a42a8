"""A month grid's empty day cells: bare day numbers side by side, no event in them (held-out batch 121). Pure.

A golf club's "Arrangementer" page draws October 2020 as a list of day cells ("28" "29" "30" greyed, then "1" …
"31"), the events filled in by a script that a stored page does not run. Under the grid's "Oktober 2020" each cell
was read as that day of the month (``_page_schedule_lines._month_line``), titled by the page's heading: 31 events on
a page that lists none. A day's number alone on its line, next to another such line, is a grid's empty day: the
cell before or after it is a day too, so nothing of the day's own is written beside it.

Not: a number followed by the day's text on a line of its own ("3" over "Council meeting": the cell's event; a
number over the next day's cell, "5" over "6 Quiz night", is empty; "5" over "6 pm Quiz night" is not: an hour, the
cell's event at 6 pm; nor is "6 pm Quiz night" under a month heading the 6th: ``hour_lead``), a
lone number under a month heading ("12" then "Board meeting"), nor a day with words on its line ("2 Quiz night").
The last cell of a run is empty too when only a heading or nothing follows it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from sources.adapters._page_month_days import BARE_DAY

# The next cell's day number before its words ("6 Fellesspill"): another day's cell, not this day's event; not an
# hour before its unit ("6 pm Quiz night", "8 Uhr", "7 - 9 pm": this day's event at that time, read-through 60).
# An hour's unit after a number ("6 pm", "8 Uhr", "7 - 9 pm"): the number is an hour, not a day.
HOUR_UNIT = re.compile(
    r"(?:[ap]\.?m\b|h\b|hrs?\b|uhr\b|o['’]?clock\b|[-–][ \t]{0,3}\d{1,2}(?:[:.]\d\d)?[ \t]?(?:[ap]\.?m\b|h\b|uhr\b))",
    re.IGNORECASE,
)
DAY_LEAD = re.compile(r"^(?:[12]\d|3[01]|0?[1-9])\.?\s(?![ \t]{0,3}" + HOUR_UNIT.pattern + ")", re.IGNORECASE)


def empty_grid_day(line: Any, lines: Sequence[Any]) -> bool:
    """Whether ``line`` (at ``line.index`` in ``lines``) is a day's number alone beside another such line."""
    if not BARE_DAY.match(line.text):
        return False
    index = line.index
    after = lines[index + 1] if index + 1 < len(lines) else None
    if after is not None and (BARE_DAY.match(after.text) or DAY_LEAD.match(after.text)):
        return True
    before = lines[index - 1] if index > 0 else None
    return before is not None and bool(BARE_DAY.match(before.text)) and (after is None or after.is_heading)


def hour_lead(rest: str) -> bool:
    """Whether the words after a line's leading number (``rest``) start with an hour's unit: "6 pm Quiz night" under
    "December 2026" is an event at 6 pm, not the 6th (read-through 60)."""
    return HOUR_UNIT.match(rest) is not None
