"""Keyword rules for what land and wildlife groups, walking clubs and nature reserves title their events with (rules.py
adds the table to its own): conservation volunteers' tasks, naturalists' programmes and walks.

A conservation group's calendar titles its task days by the work ("Coppicing", "Scrub clearance", "Balsam bashing",
"Hedge laying"), a wildlife trust its programmes by the creature or the method ("Fungi foray", "Moth trapping",
"Rockpooling"), a walking club its walks by their kind ("Bushwalk", "Hillwalk"), a park its water programmes by the
craft or the catch ("Intro to Paddling", "Fishing Basics"). The model never learned these words:
it read them as concerts. Each phrase here means that kind of event wherever a listing uses it.

Policy (bench/corpus/categories/manifest.json, 'label_policy'): hands-on work on the land by volunteers (clean-ups,
tree planting, habitat restoration, invasive-plant removal, trail work, coppicing) is outdoors_nature/clean-ups, the
subcategory the taxonomy gives it and the one rules.py, the training corpus and the labelled waterway clean-ups use;
community_civic/volunteering keeps the rest of volunteering (shifts, drives, a charity's helpers, repair cafés).

The tasks decide as a title's subject does (mode "field"): a title that names a teaching format ("Hedge Laying
Course", "Introduction to Coppicing") is a class, education's to claim, and the model decides. Left out on purpose:
"ramble" alone (also a concert series' name, "Midnight Ramble"), "dawn chorus" alone (also a band's and a choir's
name), "work party" alone (also an office's Christmas party), "pond dipping" (a children's activity as often as a
nature programme: the model weighs the audience).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
FIELDWORK_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("clean-up", "outdoors_nature/clean-ups", "field", ("coppicing", "hedge laying", "hedgelaying", "hedge-laying",
                                                        "balsam bashing", "balsam pulling", "balsam pull",
                                                        "balsam bash", "scrub clearance", "scrub clearing",
                                                        "scrub bashing", "bracken bashing", "bracken pulling",
                                                        "ragwort pulling", "ragwort pull", "rhododendron clearance",
                                                        "rhododendron removal", "litter picking", "litter-pick",
                                                        "conservation task", "conservation tasks",
                                                        "conservation task day", "conservation work party",
                                                        "conservation work day", "conservation workday",
                                                        "restoration work party", "habitat work party",
                                                        "trail work party", "footpath clearance")),
    ("nature", "outdoors_nature/wildlife", "title", ("fungi foray", "fungus foray", "fungi walk", "fungus walk",
                                                     "bat walk", "bat walks", "bat detecting", "bat detector walk",
                                                     "dawn chorus walk", "moth trapping", "moth trap",
                                                     "moth morning", "rockpooling", "rock pooling",
                                                     "rockpool ramble", "wildlife walk", "nature ramble",
                                                     "badger watch", "seal watching")),
    ("hiking", "outdoors_nature/hiking", "title", ("bushwalk", "bushwalks", "bushwalking", "bush walk",
                                                   "hillwalk", "hillwalking", "hill walking", "fell walk",
                                                   "fell walking", "ramblers walk", "ramblers' walk",
                                                   # Dutch, Swedish, Norwegian and Danish: a walk, a hike.
                                                   "wandeling", "vandring", "fottur", "vandretur")),
    # On the water, by the craft or the catch (helper cats15, from test13's park programmes, "a paddle and fishing
    # basics"): the training corpus files every paddle, canoe, kayak and fishing row under outdoors_nature, lessons and
    # clinics too ("Fly Fishing Clinic", "Sea Kayak Skills"), which the model read as classes. In the title only.
    ("paddling", "outdoors_nature/water", "title", ("fishing", "fly fishing", "ice fishing", "kayak", "kayaks",
                                                    "kayaking", "canoe", "canoes", "canoeing", "paddle", "paddling")),
    # Hidden, so the model decides: a film tour or a film festival about them, racket sports played with a paddle.
    ("paddling", "outdoors_nature/water", "hint", ("fishing film", "fly fishing film", "kayak film", "paddling film",
                                                   "paddle tennis", "paddle ball", "paddleball", "pickleball paddle")),
)  # fmt: skip
