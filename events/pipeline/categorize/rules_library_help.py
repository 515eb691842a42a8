"""Keyword rules for a library's or a senior centre's help with technology (rules.py adds the table to its own): "Tech
Help Drop-In", "One-on-One Computer Help", "Smartphone Basics", the issue's library-programme kind.

A listing of our own in a library calendar's shape ("Tech Help Drop-In" at a public library) read as a wellness
drop-in (helper cats25's probes): the model knows "drop-in" from clinics and yoga, and "tech" from meetups, but not the
two together as a lesson. Help with devices and the basics of a computer or a phone are classes (education/classes,
as the corpus files "Typing & Computer Basics"), whoever hosts them. Left out: "help desk" and "help night" (a
developers' group's evening, a shop's counter), "tech talk" and "tech night" (a meetup's), "digital skills" alone (a
conference's track as often), "basics" alone ("Bouldering Basics", "Knife Skills Basics": each its own kind).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
LIBRARY_HELP_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("tech-help", "education/classes", "title", ("tech help", "technology help", "computer help", "device help",
                                                 "digital help", "tech clinic", "technology clinic",
                                                 "computer clinic", "device clinic", "gadget clinic",
                                                 "computer basics", "internet basics", "email basics",
                                                 "smartphone basics", "iphone basics", "ipad basics",
                                                 "tablet basics", "digital literacy class",
                                                 "digital literacy workshop")),
)  # fmt: skip
