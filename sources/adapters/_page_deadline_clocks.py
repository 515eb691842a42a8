"""A clock a deadline's words lead is no start (left44, from the lead's read-through after review58). Pure.

A section heading with one clock and no date gives its hour to the dates under it (``_page_schedule.heading_hour``:
"Finance Committee – 6:30 PM"). A broken heading's or a section's "Anmeldung bis 9:30 Uhr" (a sign-up's deadline)
so started every flea market under it at 9:30: the hour by which one registers, not the one the event starts at.

Here (``deadline_clock``): the words right before the clock close a sign-up, a booking or a sale: a sign-up's word
and a word of "until" ("Anmeldung bis", "Registration closes at", "Register by", "inscriptions jusqu'à", "aanmelden
tot"), or a deadline's own noun ("Anmeldeschluss:", "Deadline", "date limite", "plazo"). Not (hard negatives): a
heading's hour with no such words ("Finance Committee – 6:30 PM", "Beginn 9:30 Uhr"), a range's "bis" ("Samstag, 9:30
Uhr bis 12:30 Uhr": the words before the first clock say nothing of a deadline), a sign-up's word with no "until"
("Anmeldung und Beginn 9:30 Uhr"). Portuguese's "Inscrições até" (sign-ups until) since read-through 60.

Read-through 59 (``heading_clock``): a start word's clock after the deadline's is the heading's hour: "Anmeldung bis
9:30 Uhr, Beginn 10 Uhr" starts at 10. Not a clock after it that no start word leads ("…, Ende 12 Uhr").
"""

from __future__ import annotations

import dataclasses
import re

from sources.adapters._page_dates import CLOCK, ClockHit, find_clock

__all__ = ["deadline_clock", "heading_clock"]

DEADLINE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?:anmeld(?:ung|ungen|en)|voranmeldung|registration|registrations|register|sign[ \t-]?ups?|booking|bookings"
    r"|book|reservierung|reservation|reservations|rsvp|entries|inscriptions?|inscripci[oó]n(?:es)?|aanmelden"
    r"|aanmelding|inschrijving(?:en)?|vorverkauf|inscri[çc](?:ões|oes|ão|ao))"
    r"[ \t]{1,3}(?:[^\W\d_]{2,14}[ \t]{1,3}){0,2}"
    r"(?:bis|by|until|till|before|closes?|jusqu['’][aà]|avant|hasta|tot|vóór|voor|até)"
    r"|[^\W\d_]{0,12}(?:schluss|frist)|deadline|date[ \t]limite|plazo|cut[ \t-]?off|closing[ \t]date"
    r")[ \t:,.]{0,3}(?:(?:um|at|à|a[ \t]las|om)[ \t]{1,3})?$",
    re.IGNORECASE,
)
REACH = 60  # characters before the clock looked at


def deadline_clock(text: str, clock_start: int) -> bool:
    """Whether the clock that begins at ``text[clock_start]`` is a deadline's (see the module)."""
    return DEADLINE_BEFORE.search(text[max(0, clock_start - REACH) : clock_start]) is not None


# A start's word right before a clock: "Beginn 10 Uhr", "start at 10am", "début à 10h".
START_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:beginn|start|starts|begins?|anfang|from|ab|début|inicio|comienzo|aanvang)"
    r"[ \t:,.]{0,3}(?:(?:um|at|à|a[ \t]las|om)[ \t]{1,3})?$",
    re.IGNORECASE,
)


def heading_clock(text: str) -> ClockHit | None:
    """A heading's one clock when no deadline's words lead it; after a deadline's clock, the clock a start's word
    leads when it is the last ("Anmeldung bis 9:30 Uhr, Beginn 10 Uhr": 10:00); else None."""
    clock = find_clock(text)
    if clock is None or not deadline_clock(text, clock.span[0]):
        return clock if clock is not None and len(CLOCK.findall(text)) == 1 else None
    rest = text[clock.span[1] :]
    later = find_clock(rest)
    if later is None or not START_BEFORE.search(rest[max(0, later.span[0] - REACH) : later.span[0]]):
        return None
    if find_clock(rest[later.span[1] :]) is not None:
        return None
    offset = clock.span[1]
    return dataclasses.replace(later, span=(offset + later.span[0], offset + later.span[1]))
