"""A table row whose title cell is EMPTY under a titled row: the same event's next day, as a ditto mark would say
(helper pages100: a beekeeper's market days, "Herbstmarkt Bad Camberg | Sa, 29.10.2016 | 11:00 - 18:00 Uhr" then
" | So, 30.10.2016 | 11:00 - 18:00 Uhr"). The row took the schedule's heading ("Termine") for its title. Pure.

Only a row that says nothing but when — its title cell empty, every other filled cell under a date's or a time's
header — right under a row that has a title of its own, inherits it. A row with words of its own in the title cell,
a row whose other cells say more (another body's documents: "| March 10 | | Minutes of the Board of Zoning Appeals"),
or the first row keeps its reading.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

WHEN_ROLES = ("date", "time", "duration")
DITTO_EVIDENCE = "title from the row above: the row's own title cell is empty (the same event's next day): {title!r}"


def ditto_title(
    entry: Any, cells: list[Any], roles: dict[int, str], found: list[Any], cell_text: Callable[[Any], str]
) -> None:
    """Give ``entry`` the title of the last entry in ``found`` when its title cell is empty (see the module)."""
    column = next((index for index, role in roles.items() if role == "title"), None)
    if column is None or column >= len(cells) or entry.title is not None or not found:
        return
    if cell_text(cells[column]).strip() or not found[-1].title:
        return
    if any(roles.get(index) not in WHEN_ROLES and cell_text(cell).strip() for index, cell in enumerate(cells)):
        return  # the row says more than when (another body's documents, a place): its own reading stands
    entry.title = found[-1].title
    entry.evidence.append(DITTO_EVIDENCE.format(title=entry.title[:60]))
