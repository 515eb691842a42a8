"""A game's site written under its opponent in one cell: "Dartmouth<br/>@Denver, CO" (held-out batch 69, helper
pages69). Pure.

A team's schedule table writes a neutral-site game as the opponent's name, a line break, and the site after an "@"
("Dartmouth<br/>@Denver, CO"), where an away game is only "@ Navy" (the opponent's ground, no line of its own). Where
a row has no place of its own and a cell's last line (after a <br>) is "@" and a place (words with a space or a comma:
"@Denver, CO", "@ Memorial Stadium") under a line of other words, that place is the row's.

Not: a cell of one line ("@ Navy": the away game's opponent); a handle ("@someclub", "@Denver_CO": no space, no
comma); an "@" line under nothing; a line that says more than a place after its "@" (a time, a second "@").
"""

from __future__ import annotations

import re
from typing import Any

# "@Denver, CO", "@ Memorial Stadium", "@ St. Mary's Field": a place's words, no digit-led time, no second "@".
SITE_LINE = re.compile(r"^@\s?(?P<place>[^\W\d_][\w.'’&-]*(?:[ ,]{1,2}[\w.'’&()-]+){1,6})$")
PLACE_LENGTH = 60


def _lines(cell: Any) -> list[str]:
    """The cell's text split at its line breaks, each line's spaces closed up; empty lines left out."""
    parts: list[str] = [""]

    def walk(node: Any) -> None:
        if node.tag == "br":
            parts.append("")
        elif isinstance(node.tag, str):
            parts[-1] += node.text or ""
            for child in node:
                walk(child)
        parts[-1] += node.tail or "" if node is not cell else ""

    walk(cell)
    return [line for line in (" ".join(part.split()) for part in parts) if line]


def site_line(cells: list[Any]) -> str | None:
    """The place a row's cell writes on its last line after an "@" (see the module's docstring)."""
    for cell in cells:
        lines = _lines(cell)
        if len(lines) < 2 or lines[-2].startswith("@"):
            continue
        site = SITE_LINE.match(lines[-1])
        if site is not None and len(site.group("place")) <= PLACE_LENGTH:
            return site.group("place")
    return None
