"""A fixture table's "Ground" column is its matches' place (held-out batch 120, helper pages120). Pure.

British and Irish clubs head the column of where a match is played "Ground" (a football or cricket club's ground):
"Fixture Date | Opposition | Ground | Location Number" over "26th September 2020 | New Barrack Tavern | Hillsborough
Arena | 2". The column roles know "Venue", "Stadium", "Arena", not "Ground", as the word alone means other things
in other tables (ground coffee beside whole beans, a building's ground floor, "Grounds" a park's gardens).

* ``ground_roles``: a column headed "Ground" alone (or "Home ground", "Match ground", "Grounds") is the rows' place
  when another column of the same header names the other side ("Opposition", "Opponent", "vs", "Against"; see
  ``_page_opponent_column``) and no column is already the place, or the one that is names only a number of it
  ("Location Number", "Venue No.": the key to the page's map, "2", "1 (Home)").

Not: "Product | Whole bean | Ground" (no opponent column), "Floor | Ground" (idem), "Opponent | Venue | Ground"
(a place column already), "Ground rules" (not the word alone).
"""

from __future__ import annotations

import re

from sources.adapters._page_opponent_column import OPPONENT_HEADER

__all__ = ["GROUND_HEADER", "ground_roles"]

GROUND_HEADER = re.compile(r"^\W{0,3}(?:(?:home|match|playing)\s{1,3})?grounds?\W{0,3}$", re.IGNORECASE)
NUMBER_HEADER = re.compile(r"\s(?:numbers?|no|nr|num|#)\W{0,3}$", re.IGNORECASE)  # "Location Number", "Venue No."


def ground_roles(header: list[str], roles: dict[int, str]) -> dict[int, str]:
    """``roles`` with a fixture table's "Ground" column as the place (see the module); else as they were."""
    if not any(OPPONENT_HEADER.match(text) for text in header):
        return roles
    ground = next((column for column, text in enumerate(header) if GROUND_HEADER.match(text)), None)
    if ground is None or ground in roles:
        return roles
    placed = [column for column, role in roles.items() if role == "location"]
    if any(not NUMBER_HEADER.search(header[column]) for column in placed):
        return roles
    return {**{column: role for column, role in roles.items() if column not in placed}, ground: "location"}
