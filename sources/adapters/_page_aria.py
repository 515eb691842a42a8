"""What a link's accessible name says beyond the text it shows. Pure.

A card's title link may carry the whole entry for a screen reader ('<a aria-label="Ungdomsrådet, 30.09.2025, kl.
15:45">Ungdomsrådet</a>') while the card shows the date in its own block and the time nowhere. The label is the
page's own statement, so a date line with no time takes the time the label gives with that same date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sources.adapters._page_dates import find_clock, find_dates

if TYPE_CHECKING:
    from sources.adapters._page_lines import Line
    from sources.adapters._page_schedule import Entry

LINES_ABOVE = 3  # how far above the date line its title link may be


def time_from_link_label(entry: Entry, lines: list[Line], line: Line) -> None:
    """The time of a date line's entry from the aria-label of a link just above it that names the entry's day and a
    time ("Ungdomsrådet, 30.09.2025, kl. 15:45" over "30.09.2025 - 25.07.2026"). Nothing when the entry has a
    time, or no such label names its day."""
    if entry.time is not None:
        return
    for above in reversed(lines[max(0, line.index - LINES_ABOVE) : line.index]):
        for anchor in above.anchors:
            if not anchor.spoken:
                continue
            hits = find_dates(anchor.spoken, year_hint=entry.day.year, today=entry.day)
            clock = find_clock(anchor.spoken[hits[0].end :], dated=True) if len(hits) == 1 else None
            if clock is not None and hits[0].date == entry.day:
                entry.time, entry.end_time = clock.start, clock.end
                entry.evidence.append(f"time read from the label of the link above the date: {anchor.spoken[:80]!r}")
                return
