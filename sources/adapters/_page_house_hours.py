"""A bar's or a box office's opening hours are not the show's time. Pure.

A venue's card writes the house's hours before the show's time on one line::

    Bar open 5pm-2am. Show 8pm
    Box office opens 6:30pm – Concert 8pm
    Kasse ab 18 Uhr, Beginn 20 Uhr

The card's time reader took the first time of the line, the bar's hours (17:00 to 02:00 the next day); the event
is the show at 20:00. A time after the words of a house's opening ("bar open", "box office opens", "kitchen open",
"Kasse ab", "Abendkasse", "billetterie") is passed over when a label of the start ("Show", "Start", "Beginn",
"Concert", "Curtain") with its time follows it on the line; that time is the start. With no such label after it,
the line is read as before (the house's hours may then be all the card says).

Not the house's hours: "Bar Italia at 8pm" (no opening word), "Open mic 8pm" (no house), a show time written
before the bar's hours ("Show 8pm, bar open till 2am": the first time is already the show's).
"""

from __future__ import annotations

import re

from sources.adapters._page_dates import ClockHit, find_clock

__all__ = ["show_past_house_hours"]

# The house's opening words right before a time ("Bar open", "Box office opens at", "Kasse ab", "Abendkasse:").
HOUSE_OPEN = re.compile(
    r"\b(?:(?:bar|box[ \t]office|kitchen|foyer|lobby|caf[ée]|restaurant|terrace|venue|doors?)[ \t]{1,3}"
    r"(?:is[ \t]{1,3})?open(?:s|ing)?(?:[ \t]{1,3}(?:hours|from|at))?|(?:abend)?kasse(?:[ \t]{1,3}(?:ge[öo]ffnet|ab))?"
    r"|[öo]ffnungszeiten|billetterie|taquilla|ouverture(?:[ \t]{1,3}des[ \t]{1,3}portes)?)"
    r"[ \t]{0,3}[:\-–]?[ \t]{0,3}$",
    re.IGNORECASE,
)
HOUSE_REACH = 40  # the most characters such words take before their time
# A start's label after the house's hours ("Show 8pm", "Beginn: 20 Uhr", "concert at 8:30"), the time right after.
SHOW_LABEL = re.compile(
    r"\b(?:show(?:[ \t]?time)?|start(?:s|ing)?|beginn|d[ée]but|concert|konzert|curtain|performance|spectacle"
    r"|film|screening|vorstellung|live[ \t]music|music|first[ \t](?:band|act|set))"
    r"(?:[ \t]{1,3}(?:at|um|à|starts?))?[ \t]{0,3}[:\-–]?[ \t]{0,3}(?=\d)",
    re.IGNORECASE,
)


def show_past_house_hours(line: str, hit: ClockHit) -> ClockHit | None:
    """The show's time when ``hit`` (the first time of ``line``) is the house's opening hours and a start's label
    with its time follows it on the line; None otherwise."""
    reach = max(0, hit.span[0] - HOUSE_REACH)
    if HOUSE_OPEN.search(line[reach : hit.span[0]]) is None:
        return None
    for label in SHOW_LABEL.finditer(line, hit.span[1]):
        shown = find_clock(line[label.end() :])
        if shown is not None and shown.start is not None and shown.span[0] == 0:
            at = label.end()
            return ClockHit(shown.start, shown.end, (at + shown.span[0], at + shown.span[1]))
    return None
