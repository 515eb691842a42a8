"""A table of shows with a column for the doors' time and one for the show's ("Date | Artist | Doors | Show"): the
show's column is the rows' time, the doors' only when no column gives another. Pure.

A club's or a theatre's listing heads its times by what happens then: "Show", "Showtime", "Show time", "Music",
"Curtain", "Concert", "Performance" (the start) and "Doors", "Doors open", "Einlass", "Portes" (when the doors
open). A table whose header names no time column by the usual words ("Time", "Start", "Beginn") reads its time from
the start's column, else from the doors' (the only time it gives, so the show follows it closely). Not a time
column: "Show name", "Showcase", "Music genre", "Door prizes", "Doorstep".
"""

from __future__ import annotations

import re

SHOW_COLUMN = re.compile(
    r"^\W{0,3}(?:show(?:[ \t]?time)?s?|music|curtain|concert|performance|spectacle|concierto)\W{0,3}$", re.I
)
DOORS_COLUMN = re.compile(r"^\W{0,3}(?:doors?(?:[ \t]open(?:s|ing)?)?|einlass|portes|puertas)\W{0,3}$", re.I)


def show_time_column(header: list[str], roles: dict[int, str]) -> dict[int, str]:
    """``roles`` (the header's columns by role) with the show's column, else the doors', as the time column when no
    column is one already; ``roles`` unchanged otherwise."""
    if "time" in roles.values():
        return roles
    for pattern in (SHOW_COLUMN, DOORS_COLUMN):
        column = next((index for index, text in enumerate(header) if index not in roles and pattern.match(text)), None)
        if column is not None:
            return {**roles, column: "time"}
    return roles
