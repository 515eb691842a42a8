"""The meetings' hour as a list under their heading, and a time that is another session's. Pure.

- **A heading over a list whose first item is the hour alone** (a township's "Meetings" over "<li>8 p.m.</li><li>Second
  and fourth Tuesday of each month</li><li>Commission Chambers, …</li>"): that hour is the time of the page's dated
  meetings, as "Meetings are held at 8 p.m." would be. The heading must name meetings and the item be a clock and
  nothing else; a clock item in any other list (a cable channel's replay times under "Posted Agendas") says nothing.
  An item of the same list holding a street address is where they are held.
- **A time said relative to the meetings** ("6:30 p.m., preceding regularly scheduled meetings", "Work session at
  5 p.m. prior to the regular meeting") is another session's, before or after them: not the meetings' own hour.
"""

from __future__ import annotations

import re

from sources.adapters._page_dates import ClockHit, find_clock
from sources.adapters._page_lines import Line

# A clock and nothing else: "8 p.m.", "7:00 PM", "6:30pm".
BARE_CLOCK = re.compile(r"\d{1,2}(?::[0-5]\d)?\s?[AaPp]\.?\s?[Mm]\.?")
# A heading that names meetings: "Meetings", "Regular Meetings", "Board Meetings".
MEETINGS_HEADING = re.compile(r"\bmeetings?\b", re.IGNORECASE)
MAX_HEADING = 60  # characters: a heading, not a paragraph
# Before or after the meetings: "preceding regularly scheduled meetings", "prior to the regular meeting",
# "following each Council meeting".
RELATIVE_SESSION = re.compile(
    r"\b(?:preceding|prior\s+to|before|following|after)\s+(?:the\s+|each\s+|all\s+)?(?:regular(?:ly)?\s+)?"
    r"(?:scheduled\s+)?(?:monthly\s+)?(?:[A-Z]\w+\s+)?meetings?\b",
    re.IGNORECASE,
)


def listed_clock(lines: list[Line], index: int) -> ClockHit | None:
    """The hour ``lines[index]`` states for the meetings: the first item of a list right under a heading naming
    meetings, when that item is a clock alone."""
    if index < 1 or index >= len(lines):
        return None
    line, above = lines[index], lines[index - 1]
    if line.kind != "item" or not BARE_CLOCK.fullmatch(line.text.strip()):
        return None
    if not above.is_heading or len(above.text) > MAX_HEADING or not MEETINGS_HEADING.search(above.text):
        return None
    clock = find_clock(line.text)
    return clock if clock is not None and clock.start is not None else None


def another_session(sentence: str) -> bool:
    """Whether the sentence times a session before or after the meetings rather than the meetings."""
    return RELATIVE_SESSION.search(sentence) is not None


MAX_ITEMS = 6  # items of the hour's list looked at for the place
MAX_PLACE = 120  # characters: a place's line, not a paragraph


def listed_place(lines: list[Line], index: int, address: re.Pattern[str]) -> str | None:
    """The place the same list states after the hour: its first item holding a street address ("Commission
    Chambers, Municipal Building, 710 Washington Road"), else None."""
    parent = lines[index].block.getparent() if lines[index].block is not None else None
    for line in lines[index + 1 : index + 1 + MAX_ITEMS]:
        if line.kind != "item" or line.block is None or line.block.getparent() is not parent:
            return None
        text = line.text.strip()
        if len(text) <= MAX_PLACE and address.search(text):
            return text
    return None
