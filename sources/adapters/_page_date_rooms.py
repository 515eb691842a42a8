"""A room after a line's leading date is where, not what: "3 February 2026 -- Seminar Room 5, Cripps Court".

A seminar series prints each talk as a paragraph: the day, a spaced dash and the room, then the speaker and the talk's
title on lines of their own. What follows the dash was read as the talk's name. When the date leads the line and the
dash sets off a room's name (a place noun, at most a short number or letter after it, then a comma or the end), it
is the place, and the title is looked for as on a line that gives the date alone. Not: a title after the dash ("3
February 2026 – Jazz Night"), a meeting in a hall ("– Town Hall Meeting"), a line with words before its date. Pure.
"""

from __future__ import annotations

import re

from sources.adapters._page_dates import DateHit

# A dash or double hyphen, then a space: right after the date and its spaces.
DASH_AFTER = re.compile(r"(?:--|[-–—])\s+")
# A room's name: up to two words, a place noun, at most a short number or letter, then a comma or the end.
ROOM = re.compile(
    r"(?:[^\W\d_][\w'’.]*\s){0,2}(?:room|hall|auditorium|theat(?:re|er)|chapel|library|lounge|studio)"
    r"(?:\s[\w.]{1,4})?(?:,|$)",
    re.I,
)


def date_led_room(text: str, hit: DateHit, title: str) -> str | None:
    """The room the line names after its leading date and a dash, when that is all the line's title is; else None."""
    if text[: hit.start].strip():
        return None
    after = text[hit.end :]
    dash = DASH_AFTER.match(text, hit.end + len(after) - len(after.lstrip()))
    if dash is None:
        return None
    rest = " ".join(text[dash.end() :].split())
    if not rest or " ".join(title.split()) != rest or not ROOM.match(rest):
        return None
    return rest
