"""Keyword rules for a parks department's exercise and lawn-game programmes (rules_tables.py gathers the table; helper
cats34, issue #13).

A city parks calendar lists its free fitness classes by the class's trade name, often behind an audience word
("Senior Cardio Sculpt", "Cardio Kickboxing for Seniors"), and its lawn games by the game ("Bocce in the Park",
"Learn Pétanque"). With no word the model reads with conviction, the audience word pulled such classes to education
and the game to the park (outdoors). These phrases name the class or the game itself, so they decide from the title:

- a cardio class by its format ("cardio sculpt", "cardio dance", "cardio kickboxing", "cardio workout" …); not
  "cardio" alone (a hospital's "Cardio Update" symposium, "Cardiology Grand Rounds" is another word);
- a lawn game played or taught (pétanque, bocce, lawn bowling, croquet); not "boules" (a French word for any balls,
  and a bakery's), nor "bowling" alone (a bowling alley's league is already sport, its "Cosmic Bowling" a night out).

review51: the lawn game's rule decides nothing where the title names a gathering of the game's club or court
rather than play (``lawn_game_hits``, called beside rules_pastime_checks.py's checks): "Lawn Bowling Club Annual
Dinner", "Croquet Club AGM", "Bocce Court Ribbon Cutting", "Mad Hatter's Croquet Tea Party"; the model reads those.
"Bocce Ball Tournament", "Croquet on the Green" stay sport.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .tokens import as_text, words

if TYPE_CHECKING:
    from .rules import RuleHit, RuleMode

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
PARK_PROGRAMME_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("fitness", "sports_fitness/fitness-classes", "title", ("cardio sculpt", "cardio dance", "cardio kickboxing",
                                                            "cardio workout", "cardio class", "cardio classes",
                                                            "cardio fitness", "cardio boot camp", "cardio bootcamp",
                                                            "cardio circuit", "cardio strength", "cardio step",
                                                            "cardio barre", "cardio blast", "cardio pump",
                                                            "cardio tone", "cardio conditioning")),
    ("lawn-games", "sports_fitness", "title", ("pétanque", "petanque", "bocce", "bocce ball", "lawn bowling",
                                               "lawn bowls", "croquet")),
)  # fmt: skip
LAWN_GAMES = next(row[3] for row in PARK_PROGRAMME_RULE_TABLE if row[0] == "lawn-games")
# A gathering that is no game, as words() reads the title (one word, or two in a row).
GATHERINGS = frozenset(("dinner", "luncheon", "banquet", "agm", "gala", "wedding"))
GATHERING_PAIRS = frozenset((("ribbon", "cutting"), ("tea", "party"), ("general", "meeting"), ("annual", "meeting")))
MAX_TITLE = 300


def lawn_game_hits(hits: list[RuleHit], record: Mapping[str, Any]) -> list[RuleHit]:
    """The hits without the lawn game's rule where the title names a gathering that is no game (see the module)."""
    if not any(hit.rule.phrases == LAWN_GAMES for hit in hits):
        return hits
    title = words(as_text(record.get("title"))[:MAX_TITLE])
    if GATHERINGS.isdisjoint(title) and GATHERING_PAIRS.isdisjoint(zip(title, title[1:], strict=False)):
        return hits
    return [hit for hit in hits if hit.rule.phrases != LAWN_GAMES]
