"""A card's time line led by a clock icon and left with a dangling bullet is a line that states only when
(pages118). Pure.

A rural youth club's cards give each event's time and place on one line, "🕘 16:00 Uhr · 📍 Dorfplatz Adnet"; the
place after its pin is read as the card's place and set on a line of its own (_page_place_icons), which leaves
"🕘 16:00 Uhr ·": a clock face before the clock and the bullet that joined it to the place after. A card dated in its
prose ("Maibaumaufstellen am 1. Mai") takes its time from a line that states only when
(``_page_time_lines.card_time``: "16:00 Uhr", "Beginn: 17:30"), which that line was not, so the card was read all
day. Its leading clock icons (a clock face, an alarm clock, a watch) and the separators left at its end are now
taken off before the line is read.

Not: a line with words besides its clock ("🕘 Anmeldung bis 12:00", "⏰ 19:00 Einlass": read as before), a
calendar's or a pin's icon ("📅 16:00", "📍 Halle 2": no clock's), a bullet inside the line ("16:00 · 18:00").
review58: a stopwatch's, a timer's or an hourglass's line is a running time ("⏲ 1:30 h", "⌛ 2:08": a film's length),
no start: those icons are left on.
"""

from __future__ import annotations

import re

# Clock faces (U+1F550–U+1F567), the mantelpiece clock, an alarm clock, a watch, each with an optional variation
# selector, then spaces. Not a stopwatch, a timer, an hourglass (U+23F1, U+23F2, U+231B, U+23F3): a duration's (review58).
CLOCK_ICONS = re.compile(r"^(?:[\U0001F550-\U0001F567\U0001F570\u23F0\u231A]\ufe0f?\s*)+")
TRAILING_SEPARATORS = " \t·•|–—-"  # stripped from the line's end


def clock_icon_line(line: str) -> str:
    """``line`` without the clock icons leading it and, when it had any, the separators left at its end."""
    icons = CLOCK_ICONS.match(line.lstrip())
    if icons is None:
        return line
    return line.lstrip()[icons.end() :].rstrip(TRAILING_SEPARATORS)
