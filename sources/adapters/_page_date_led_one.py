"""A page whose only dated line is a programme list's row, "<b>March 8, 15, 22, 2031:</b> <i>Tree Walks</i>": read
as that list's row (its italic name, its listed days: _page_date_led_lines), not as one event's page (helper left41).

With one dated line the page goes to the single-event reader, which titles the event by the page's heading ("Author
Readings") and reads the line's first day only. A line that opens with its date in bold, closed by a colon, with an
italic name right after it is how a programme list writes its rows, not how an event's own page writes its date; so
the page's one event read from such a line takes the row's name and its listed days.

Not: a bold date without its colon ("<b>Saturday, March 8, 2031</b> <i>St Mary's Church</i>": an event page's date
over its place), an italic that is no name (a status, a clock, a quotation: _page_date_led_lines.no_name).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sources.adapters._page_date_led_lines import date_led_lines, italic_title


def _colon_row(line: Any) -> bool:
    block = getattr(line, "block", None)
    if block is None or italic_title(line) is None:
        return False
    return " ".join((block[0].text_content() or "").split()).endswith(":")


def date_led_one(entries: list[Any], lines: Sequence[Any]) -> list[Any]:
    """The single event's ``entries`` read as a programme list's row when its line is one (see the module)."""
    first = entries[0] if entries else None
    if first is None or not 0 <= first.line < len(lines) or not _colon_row(lines[first.line]):
        return entries
    return date_led_lines(entries, lines)
