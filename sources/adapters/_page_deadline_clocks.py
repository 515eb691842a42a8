"""A clock a deadline's words lead is no start (left44, from the lead's read-through after review58). Pure.

A section heading with one clock and no date gives its hour to the dates under it (``_page_schedule.heading_hour``:
"Finance Committee – 6:30 PM"). A broken heading's or a section's "Anmeldung bis 9:30 Uhr" (a sign-up's deadline)
so started every flea market under it at 9:30: the hour by which one registers, not the one the event starts at.

Here (``deadline_clock``): the words right before the clock close a sign-up, a booking or a sale: a sign-up's word
and a word of "until" ("Anmeldung bis", "Registration closes at", "Register by", "inscriptions jusqu'à", "aanmelden
tot"), or a deadline's own noun ("Anmeldeschluss:", "Deadline", "date limite", "plazo"). Not (hard negatives): a
heading's hour with no such words ("Finance Committee – 6:30 PM", "Beginn 9:30 Uhr"), a range's "bis" ("Samstag, 9:30
Uhr bis 12:30 Uhr": the words before the first clock say nothing of a deadline), a sign-up's word with no "until"
("Anmeldung und Beginn 9:30 Uhr").
"""

from __future__ import annotations

import re

__all__ = ["deadline_clock"]

DEADLINE_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:"
    r"(?:anmeld(?:ung|ungen|en)|voranmeldung|registration|registrations|register|sign[ \t-]?ups?|booking|bookings"
    r"|book|reservierung|reservation|reservations|rsvp|entries|inscriptions?|inscripci[oó]n(?:es)?|aanmelden"
    r"|aanmelding|inschrijving(?:en)?|vorverkauf)"
    r"[ \t]{1,3}(?:[^\W\d_]{2,14}[ \t]{1,3}){0,2}"
    r"(?:bis|by|until|till|before|closes?|jusqu['’][aà]|avant|hasta|tot|vóór|voor)"
    r"|[^\W\d_]{0,12}(?:schluss|frist)|deadline|date[ \t]limite|plazo|cut[ \t-]?off|closing[ \t]date"
    r")[ \t:,.]{0,3}(?:(?:um|at|à|a[ \t]las|om)[ \t]{1,3})?$",
    re.IGNORECASE,
)
REACH = 60  # characters before the clock looked at


def deadline_clock(text: str, clock_start: int) -> bool:
    """Whether the clock that begins at ``text[clock_start]`` is a deadline's (see the module)."""
    return DEADLINE_BEFORE.search(text[max(0, clock_start - REACH) : clock_start]) is not None
