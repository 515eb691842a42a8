"""Keyword rules for a nature centre's programmes named by what they look for (rules.py adds the table to its own):
"Tracks and Signs of Winter", "Seining the Creek", "Creek Stomp", the issue's nature-centre kind.

rules.py reads the walks ("owl prowl", "bird walk", "bat walk"), the ponds ("pond study") and the naturalist; titles of
our own (helper cats22) showed the rest of a park district's season read as anything: seining, a creek stomp, a
bioblitz, tidepooling, "Reptile Encounter" and "Live Animal Feeding" as music, "Tracks and Signs of Winter" as sport.
These phrases are field-naturalist words with no other common sense, so they decide from the title. Left out:
"animal tracks" (also a band's "Animal Tracks Tour": "Animal Tracks in the Snow" stays the model's, which reads it as
civic), "tracks" alone (a record's tracks, a race track), "stomp" alone (a dance), "encounter" alone (a film's close
encounters), "moth night" (a storytelling night's name), "nature journaling" (a workshop: education's to claim).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
NATURE_PROGRAMME_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("nature", "outdoors_nature/wildlife", "title", ("animal tracking", "tracks and signs",
                                                     "track and sign", "creek stomp", "creek stomping",
                                                     "stream stomp", "seining", "pond dipping", "vernal pool",
                                                     "vernal pools", "frog chorus", "frog walk",
                                                     "salamander walk", "salamander night",
                                                     "salamander migration", "insect safari", "bug safari",
                                                     "bioblitz", "bio blitz", "tidepooling", "tide pooling",
                                                     "tidepool walk", "tide pool walk",
                                                     # the centre's live animals, met or fed in front of visitors
                                                     "reptile encounter", "animal encounter", "critter encounter",
                                                     "live animal", "live animals", "animal feeding",
                                                     "meet the animals")),
)  # fmt: skip
