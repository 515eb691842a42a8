"""A table of shows with a column for the doors' time and one for the show's ("Date | Artist | Doors | Show"): the
show's column is the rows' time, the doors' only when no column gives another. Pure.

A club's or a theatre's listing heads its times by what happens then: "Show", "Showtime", "Show time", "Music",
"Curtain", "Concert", "Performance" (the start) and "Doors", "Doors open", "Einlass", "Portes" (when the doors
open). A table whose header names no time column by the usual words ("Time", "Start", "Beginn") reads its time from
the start's column, else from the doors' (the only time it gives, so the show follows it closely). Not a time
column: "Show name", "Showcase", "Music genre", "Door prizes", "Doorstep", a "Show" column of names.
"""

from __future__ import annotations

import re

from sources.adapters._page_time_lines import clock_alone

SHOW_COLUMN = re.compile(
    r"^\W{0,3}(?:show(?:[ \t]?time)?s?|music|curtain|concert|performance|spectacle|concierto)\W{0,3}$", re.I
)
DOORS_COLUMN = re.compile(r"^\W{0,3}(?:doors?(?:[ \t]open(?:s|ing)?)?|einlass|portes|puertas)\W{0,3}$", re.I)


def show_time_column(header: list[str], roles: dict[int, str], rows: list[list[str]]) -> dict[int, str]:
    """``roles`` (the header's columns by role) with the show's column, else the doors', as the time column when no
    column is one already and every filled cell of it in ``rows`` (the cells' texts) is a time alone ("8:00 PM",
    "20 Uhr"): a "Show" or "Spectacle" column of names is the rows' names, not their time. ``roles`` unchanged
    otherwise."""
    if "time" in roles.values():
        return roles
    for pattern in (SHOW_COLUMN, DOORS_COLUMN):
        for column, text in enumerate(header):
            if column not in roles and pattern.match(text) and _times_only(rows, column):
                return {**roles, column: "time"}
    return roles


def _times_only(rows: list[list[str]], column: int) -> bool:
    cells = [row[column].strip() for row in rows if column < len(row) and row[column].strip()]
    return bool(cells) and all(clock_alone(cell) is not None for cell in cells)
