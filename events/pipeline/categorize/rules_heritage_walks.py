"""Keyword rules for a guided walk named for the past it shows (rules_tables.py gathers the table; helper cats36,
issue #13).

A council's, a museum's or a historical society's calendar names its guided walks by their subject: "Heritage Walk:
The Old Town Walls", "History Walk", "Architecture Walk", "Ghost Walk", "Black History Walking Tour". The model reads
"walk" as a hike or a park (outdoors_nature), and the hiking rule decided "Heritage Trail Walk" so; the training corpus
labels every such walk arts_culture/heritage (the walls, the memorials, the old houses are what is seen). These
phrases name the walk by its subject, so they decide from the title, and they are longer than the hike's.

Left out: a hike ("History Hike along the Canal": the distance is the event), "natural history" (a naturalist's walk
is the outdoors': "Natural History Walk" is listed for the outdoors below, so the longer phrase wins), "walking tour"
alone (a brewery's or a street-food walking tour is food's), "history tour" (a band's "History Tour 2031"
may be its tour: touring.py reads those), "ghost" alone (a ghost-hunting night, "Ghost" the band).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

SUBJECTS = ("heritage", "history", "historic", "historical", "architecture", "architectural", "ghost")
WALKS = ("walk", "walks", "walking tour", "walking tours", "stroll")
# A tour alone only after a subject no performer is named for ("History Tour 2031" may be a band's tour).
TOURED = ("heritage", "architecture", "architectural", "ghost")

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
HERITAGE_WALK_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("heritage", "arts_culture/heritage", "title", (*(f"{subject} {walk}" for subject in SUBJECTS for walk in WALKS),
                                                    *(f"{subject} {tour}" for subject in TOURED
                                                      for tour in ("tour", "tours")),
                                                    "heritage trail", "heritage trails")),
    ("nature-walk", "outdoors_nature/hiking", "title", ("natural history walk", "natural history walks")),
)  # fmt: skip
