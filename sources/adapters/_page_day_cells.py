"""A card that gives only its time ("2:00 PM", "All Day") inside a day cell that names its date in a data
attribute: LibraryCalendar's ``<div class="calendar__day" data-date="2026-07-11">``, a month grid's ``<td
data-date="2026-07-11">`` (_page_iso_days.cell_day). The card is on that day, at the time its own lines give. Pure."""

from __future__ import annotations

from typing import Any, Protocol

from sources.adapters._page_iso_days import cell_day


class _Reader(Protocol):
    def moments(self, block: Any, text: str) -> Any: ...
    def text_moments(self, text: str) -> Any: ...


def cell_moments(reader: _Reader, block: Any, text: str) -> Any:
    """The card's moments as it writes them; else, when it writes no day, its day cell's day with the time a
    line of the card gives (none when the card has no time: "All Day" is the day)."""
    found = reader.moments(block, text)
    if found is not None:
        return found
    day = cell_day(block)
    return reader.text_moments(f"{day}\n{text}") if day is not None else None
