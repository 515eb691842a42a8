"""An element a theme classes as a name that only says when: a card's "event-summary" list whose one line is "Kick
off at 8PM", a "title"-classed line "Starts 7:30 PM", "Doors 7pm". hCalendar names an event by its "summary" class,
so a summary-classed element is taken for the card's name; but a line that is a start's, a meeting's or the doors'
label with its time (``_page_time_lines.timed_line``) names no event, and the card is named by its link or heading
instead, its time read as any other.

Only lines that state nothing but when: "Kick-off Classic 2026", "Doors of Perception" or "8PM Sessions: Lo-Fi
Night" name events. Pure.
"""

from __future__ import annotations

from sources.adapters._page_time_lines import timed_line


def states_only_when(name: str) -> bool:
    """Whether a name-classed element's text is only a time, with or without its label ("Kick off at 8PM")."""
    return timed_line(name.strip()) is not None
