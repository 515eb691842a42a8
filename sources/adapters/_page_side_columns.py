"""A fixture table's home and away columns, named by its header (helper pages65). Pure.

A football pool's match list heads its columns "Datum | Thuisteam | Uitteam | Uitslag" (date, home team, away team,
result) and writes each match as a row of its day and kick-off, the two teams (a logo and a name each) and the score.
No cell separates the sides, so the fixture reading (_page_matchups.matchup: a "-" or "vs" cell between two names)
did not see a match, and each row was titled by its home team alone ("Engeland"). Now a header whose cells name the
home side and the away side, each alone ("Home" / "Away", "Thuisteam" / "Uitteam", "Local" / "Visitante",
"Domicile" / "Extérieur", "Heim" / "Gast" ...), titles each row "Home - Away" from those two columns.

Not: a header that names only one side, a cell that merely holds the word ("Home games", "Away days": a sentence,
not a column of sides), a row whose side cells are empty or are no names (a date, a time, a number).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

HOME_SIDE = re.compile(
    r"^\W{0,3}(?:home|home\s+(?:team|side)|hosts?|thuis|thuisteam|thuisploeg|heim|heimteam|heimmannschaft|"
    r"local|equipo\s+local|domicile|[ée]quipe\s+(?:[àa]\s+)?domicile|recevant|casa|squadra\s+di\s+casa|"
    r"mandante|gospodarz(?:e)?|dom[áa]c[íi]|hemma|hemmalag|hjemme|hjemmehold|hjemmelag|koti|kotijoukkue)\W{0,3}$",
    re.IGNORECASE,
)
AWAY_SIDE = re.compile(
    r"^\W{0,3}(?:away|away\s+(?:team|side)|visitors?|guests?|uit|uitteam|uitploeg|gast|g[äa]ste|ausw[äa]rts|"
    r"visitante|visiteurs?|ext[ée]rieur|[ée]quipe\s+(?:visiteuse|ext[ée]rieure)|ospiti?|trasferta|"
    r"go[śs][ćc]|go[śs]cie|host[ée]|borta|bortalag|ude|udehold|borte|bortelag|vieras|vierasjoukkue)\W{0,3}$",
    re.IGNORECASE,
)
NAME_LENGTH = 80  # the longest side's name


def side_columns(header: Sequence[str]) -> tuple[int, int] | None:
    """The home and the away column a header names (each cell alone naming its side), or None."""
    home = next((column for column, text in enumerate(header) if HOME_SIDE.match(text.strip())), None)
    away = next((column for column, text in enumerate(header) if AWAY_SIDE.match(text.strip())), None)
    if home is None or away is None or home == away:
        return None
    return home, away


def _a_name(text: str) -> bool:
    """A cell that can be a side's name: words, short, not a number or a score."""
    text = " ".join(text.split())
    return 0 < len(text) <= NAME_LENGTH and any(character.isalpha() for character in text)


def sides_title(header: Sequence[str], texts: Sequence[str]) -> str | None:
    """A row's match, "Home - Away", from the columns its table's header names as the two sides; None otherwise."""
    columns = side_columns(header)
    if columns is None or max(columns) >= len(texts):
        return None
    home, away = (" ".join(texts[column].split()) for column in columns)
    return f"{home} - {away}" if _a_name(home) and _a_name(away) else None
