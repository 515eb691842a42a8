"""What a link's accessible name says beyond the text it shows. Pure.

A card's title link may carry the whole entry for a screen reader ('<a aria-label="Ungdomsrådet, 30.09.2025, kl.
15:45">Ungdomsrådet</a>') while the card shows the date in its own block and the time nowhere. The label is the
page's own statement, so a date with no time takes the time the label gives with that same date: on a schedule's
date line (the link a few lines above it) and on an event card (the link of the card's title).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sources.adapters._page_dates import ClockHit, find_clock, find_dates

if TYPE_CHECKING:
    from sources.adapters._page_lines import Line
    from sources.adapters._page_schedule import Entry

LINES_ABOVE = 3  # how far above the date line its title link may be
CARD_LABEL_TIME = "time read from the label of the card's title link: {label!r}"


def label_clock(label: str, day: dt.date) -> ClockHit | None:
    """The time a label gives with ``day`` ("Ungdomsrådet, 30.09.2025, kl. 15:45" for 30 September 2025): the
    label names exactly one date, that day, and a time after it. Nothing otherwise."""
    hits = find_dates(label, year_hint=day.year, today=day)
    if len(hits) != 1 or hits[0].date != day:
        return None
    return find_clock(label[hits[0].end :], dated=True)


def time_from_link_label(entry: Entry, lines: list[Line], line: Line) -> None:
    """The time of a date line's entry from the aria-label of a link just above it that names the entry's day and a
    time ("Ungdomsrådet, 30.09.2025, kl. 15:45" over "30.09.2025 - 25.07.2026"). Nothing when the entry has a
    time, or no such label names its day."""
    if entry.time is not None:
        return
    for above in reversed(lines[max(0, line.index - LINES_ABOVE) : line.index]):
        for anchor in above.anchors:
            spoken = anchor.spoken or ""
            clock = label_clock(spoken, entry.day) if spoken else None
            if clock is not None:
                entry.time, entry.end_time = clock.start, clock.end
                entry.evidence.append(f"time read from the label of the link above the date: {spoken[:80]!r}")
                return


def title_links(block: Any, heading: Any) -> list[Any]:
    """The links that are a card's title: those in its heading, the link holding the heading, the card itself
    when it is one link."""
    found = [*heading.iterfind(".//a"), *heading.iterancestors("a")] if heading is not None else []
    if block.tag == "a":
        found.append(block)
    return found


def card_label_clock(block: Any, heading: Any, day: dt.date) -> tuple[ClockHit, str] | None:
    """The time a card's title link gives in its aria-label with the card's day ('<h3><a aria-label="Jazz Night,
    14.03.2027, kl. 20:00">Jazz Night</a></h3>' on a card whose badge shows "14.03.2027" alone), with the
    evidence to record. Nothing when no title link's label names that day and a time."""
    for anchor in title_links(block, heading):
        label = " ".join((anchor.get("aria-label") or "").split())
        clock = label_clock(label, day) if label else None
        if clock is not None:
            return clock, CARD_LABEL_TIME.format(label=label[:80])
    return None
