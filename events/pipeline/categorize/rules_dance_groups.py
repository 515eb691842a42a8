"""Keyword rules for a performing dance group named alone (rules_tables.py gathers the table; helper cats42, issue #13).

A festival's, a fair's or a heritage day's programme lists its dance acts by the group's name: "Kilbride Irish
Dancers", "Sokol Dance Ensemble", "Mountain Laurel Cloggers", "Westside Youth Dance Company". The training corpus holds
dance companies with their programme's words but almost no group named alone, and the model read such names as music,
sports, a market or a community meeting (the held-out split of the training corpus read a dance show as music and a
choreography as tech; invented probes "Riverbend Folk Dancers" music, "Highland Youth Dancers" community_civic). A
title whose name ends in a dance group's noun is the group's performance: arts_culture/dance, decided where the noun
ends the name (mode "head": the title's end, punctuation, or "of …": "Dancers of the Silk Road").

Left out, as longer phrases that only hint (naming a subcategory) and so hide the noun: a class's or a call's dancers
("Stretching for Dancers", "Calling All Dancers", "Beginner Dancers", "Tiny Dancers", "Folk Dancers Workshop"), a
line-dancing session's ("Line Dancers") and a club's ("Exotic Dancers", "Go-Go Dancers"). Not matched at all: a group's noun before another word ("Dance Company
Auditions", "Dancers Wanted", "Folk Dancers Open Practice"): the model decides those.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory" or "" for tag-only, mode, phrases), as rules._RULE_TABLE.
DANCE_GROUP_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("dance-group", "arts_culture/dance", "head", ("dancers", "dance troupe", "dance ensemble", "dance group",
                                                   "dance company", "cloggers")),
    # Near misses, longer than the noun so that they hide it; they only name a subcategory, the model decides.
    ("dance-class", "education/classes", "hint", ("for dancers", "all dancers", "beginner dancers",
                                                  "beginning dancers", "new dancers", "tiny dancers",
                                                  "little dancers", "line dancers", "dancers workshop")),
    ("club-dancers", "nightlife/clubs-dj", "hint", ("exotic dancers", "go-go dancers", "go go dancers")),
)  # fmt: skip
