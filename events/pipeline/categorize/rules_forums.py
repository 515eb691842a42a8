"""Keyword rules for a forum on a public matter (rules.py adds the table to its own): "Budget Forum", "Mayoral Forum",
"Neighborhood Forum", the issue's civic kind as a council, a library or a residents' group lists it.

A dev row ("Budget Forum" at a park fieldhouse, a city's budget consultation) read as a tech event, and the same held
for "Mayoral Forum" and "Neighborhood Forum" in titles of our own (helper cats22). A forum is a meeting of the public
where its word before "forum" names the public or a public matter; candidates' forums are rules.py's already. Left
out: "forum" alone (a venue: "The Forum"; a developers', investors' or a jazz club's forum), "public forum" (a school
debate format), "forum theatre" (a theatre form).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
FORUM_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("public-meeting", "community_civic/public-meetings", "title", ("budget forum", "community forum",
                                                                    "town forum", "citizens forum",
                                                                    "citizen forum", "residents forum",
                                                                    "resident forum", "housing forum",
                                                                    "transit forum", "transportation forum",
                                                                    "neighborhood forum", "neighbourhood forum",
                                                                    "public safety forum", "mayoral forum",
                                                                    "town hall forum")),
)  # fmt: skip
