"""What html.read_page writes into a prepared page from the day it is read (``FetchWindow.reading_day``): a
listing's "THIS WEDNESDAY" as its date (_page_relative_days) and a week's diary rows of bare weekdays as their days
under the line that names the week (_page_week_rows). Mutates the tree it is given."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._page_relative_days import relative_days_into_cells
from sources.adapters._page_week_rows import week_rows_dated


def days_from_reading_day(root: Any, *, today: dt.date) -> None:
    """The page's days that only the reading day can place, written in (see the module)."""
    relative_days_into_cells(root, today=today)
    week_rows_dated(root, today=today)
