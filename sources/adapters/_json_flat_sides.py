"""A side named by its key alone: ``"homeTeam": "Georgia"``, ``"awayTeam": "Alabama"``.

Some schedules (CollegeFootballData's ``/games``, many league exports) give each side's name flat on the game, the
key saying only which side and what it is ("homeTeam", "away_club", "visitorTeam"), with no "name" in it. Such a
column names the side when the key's last word is a side's noun (team, club, player…) and its values are text:
"homeConference" (a conference's name), "homeTeamId" (a number) and "homePoints" are no sides.

Pure: no database, no network. The leading underscore keeps this module out of the adapter registry.
"""

from __future__ import annotations

from sources.adapters._json_shapes import Column

# The nouns a side's own key ends with ("homeTeam", "away_club", "visitingSquad").
SIDE_KEY_NOUNS = frozenset({"team", "club", "side", "player", "competitor", "participant", "opponent", "squad"})


def side_key(column: Column) -> bool:
    """Whether the column's own key names a side (its last word is a side's noun): its values are that side's
    name. Whether the values are text, and the key holds a side's word, the caller checks."""
    found = column.key_words
    return bool(found) and found[-1] in SIDE_KEY_NOUNS
