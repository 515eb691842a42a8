"""A card's end on a line of its own, with its own day ("Ends: Sun Oct 11, 2026 5pm", "End" over "Sunday, October
11, 2026 5:00 PM", "Ende: So, 11.10.2026, 17 Uhr", "Fin : dimanche 11 octobre 2026 17h"): the card that starts on
one day ends on the day and at the time that line gives. Pure.

The line starts with the end's label ("Ends", "End", "End date", "Ending", "Until", "Ende", "Endet", "Fin") and
then, at once (a weekday's name may come first), a date; a label alone on its line gives the line under it. The end
must be after the start, within a month of it; a day with no time ends that day (a timed start's end is then left
unknown). Not an end: "Registration ends Oct 1" (the label does not open the line), "Sale ends: Sat Oct 3, 2026"
(a sale's), "End of season party, Oct 31" (no date after the label), an end before the start.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from sources.adapters._page_cards import block_text
from sources.adapters._page_dates import find_dates

END_LABEL = re.compile(
    r"^\W{0,3}(?:ends?|ending|end[ \t]date|until|ende|endet|enddatum|fin)[ \t]{0,3}(?:[:：\-–][ \t]{0,3})?",
    re.IGNORECASE,
)
# What may stand between the label and its date: a weekday's name with its dot or comma ("Sun,", "So.", "dimanche").
WEEKDAY_LEAD = re.compile(r"^[ \t]{0,3}(?:[^\W\d_]{2,9}\.?,?[ \t]{1,3})?$")
MAX_LINE = 80  # an end's line: a label, a date and a time
LONGEST = dt.timedelta(days=31)


def labelled_end(block: Any, start: dt.date, read: Callable[[str], Any]) -> dt.date | None:
    """The end a line of the card ``block`` labels with its own day, for a card that starts at ``start``; None when
    no line does. ``read`` reads a line's date and time (a BlockReader's ``text_moments``: its ``start``)."""
    lines = [" ".join(line.split()) for line in block_text(block).splitlines()]
    lines = [line for line in lines if line]
    for index, line in enumerate(lines):
        label = END_LABEL.match(line)
        if label is None or len(line) > MAX_LINE:
            continue
        rest = line[label.end() :] or (lines[index + 1] if index + 1 < len(lines) else "")
        day = start.date() if isinstance(start, dt.datetime) else start
        hits = find_dates(rest, year_hint=day.year, today=day)
        if not hits or not WEEKDAY_LEAD.match(rest[: hits[0].start]):
            continue
        moments = read(rest)
        end = moments.start if moments is not None else None
        if end is None or type(end) is not type(start):
            continue  # a day's end to a timed start says nothing of the time; a time's to a day's start neither
        if start < end <= start + LONGEST:
            return end
    return None
