"""Dated lines that say when something other than the event happens: a registration's or a sign-up's opening or
closing, an application's deadline ("Registration Open: Dec 1, 2024", "Registration Close: Jan 10, 2025",
"Sign-up deadline: May 3"). A trip's or a course's page lists them beside its own day; they are no events of a
schedule. Pure."""

from __future__ import annotations

import re
from typing import Any

# The label before the colon: what opens, closes or is due, and that it opens, closes or is due. A bare
# "Registration: 8:00 AM" (the event's own check-in) is not one.
OTHER_DATE_LABEL = re.compile(
    r"^\s*(?:online\s+|early[\s-]?bird\s+|member\s+)?"
    r"(?:registration|regist(?:er|ering)|sign[\s-]?ups?|enrol(?:l)?ment|applications?|rsvps?|ticket\s+sales?)"
    r"\s+(?:opens?|closes?|open|close|begins?|starts?|ends?|deadline|due(?:\s+date)?|cut[\s-]?off)"
    r"(?:\s+(?:date|on))?\s*:",
    re.I,
)


def other_date_line(line: Any, lines: list[Any]) -> bool:
    """A line labelled as another date ("Registration Close: Jan 10, 2025"), or the value under a line that is only
    such a label (a ``<dt>``/``<dd>`` pair)."""
    if OTHER_DATE_LABEL.match(line.text):
        return True
    if line.index <= 0:
        return False
    above = lines[line.index - 1].text
    label = OTHER_DATE_LABEL.match(above)
    return label is not None and label.end() >= len(above.rstrip())
