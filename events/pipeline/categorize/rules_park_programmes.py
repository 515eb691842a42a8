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
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

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
