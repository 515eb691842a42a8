"""Keyword rules for a park's, a farm's or a nature centre's programmes for young children, named by the children
they make of them (rules.py adds the table to its own): "Junior Rangers", "Little Farmers", "Farm Tots".

test13's park district listed children's farm and nature programmes under such names and read 1 of 4 of its
family_kids rows (helper cats18); its rows are gone from this machine, and helper cats15 probed the kind with titles of
its own: the model read "Little Farmers" as a market ("farmers") and "Nature Detectives" as nothing sure. The audience
words (rules.py: "kids", "children", "toddler") only contest a category another rule names; these phrases name the
programme itself, for children only, so they decide from the title. Left out: "junior" alone (a junior league's match,
a junior doctors' meeting), "little" alone, "explorers" alone (an explorers' club's talk), "young farmers" (a farmers'
union's youth branch: adults).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
CHILDREN_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("kids", "family_kids/kids-activities", "title", ("junior ranger", "junior rangers", "junior naturalist",
                                                      "junior naturalists", "junior farmer", "junior farmers",
                                                      "little farmer", "little farmers", "little explorers",
                                                      "little naturalists", "little sprouts", "farm tots",
                                                      "nature tots", "tiny tots", "nature tykes", "wee ones")),
)  # fmt: skip
