"""A game's title read from inside one of its lists names a child of the game, not the game (feeds batch 75).

OpenLigaDB's (a German football-data service) match answer names no match: ``<nameTeam1>Frankreich</nameTeam1>
<nameTeam2>Deutschland</nameTeam2>`` are its sides, and the only "name" key in it is a goal's scorer
(``goals.Goal.0.goalGetterName``: "Mats Hummels"). The title inference takes a name inside a list when there is no
other (a record named in its first translation, ``names.0.text``), and the game's two sides were only looked for
where no title was found, so the match was printed as "Mats Hummels".

A title whose path runs through a list's element (a part that is a number) names one of that list's things (a goal's
scorer, a lap's driver, a set's first song), so the record's two sides are looked for as if it had none; where both
are found, they name the game ("Frankreich vs Deutschland", ``_json_sides.matchup``).

Not: a title of the record's own beside its sides ("Opening Day": a name of the game's own is kept), a title inside a
list where the record names no two sides (the title stays: a concert named by its first act, a record named in its
first language).

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from sources.adapters._json_shapes import Column

__all__ = ["child_title"]


def child_title(title: Column | None) -> bool:
    """Whether the title column is read from inside a list of the item ("goals.Goal.0.goalGetterName")."""
    return title is not None and any(part.isdigit() for part in title.path.split("."))
