"""Keyword rules for a consumer fair named by its trade (rules.py adds the table to its own): a wedding fair.

A wedding fair (a "bridal show", a "wedding expo") is a day of exhibitors' stalls, catwalk shows and tastings for
couples: test14's label table files it with the fairs (markets_fairs), as the taxonomy files craft and vintage fairs, and
the training corpus holds none, so the model read "Bridal Show" as a show (music) and "Wedding Expo" as a trade's
(tech_business). The phrases decide from the title only: a description's "our wedding show" is a venue's
sales pitch as often. Left out: "wedding open day" (a venue's own viewing day), "wedding showcase" and "wedding fairy"
(other words: the rules match whole words), and the trades' own shows ("trade show", "trade fair": rules.py reads them
as tech_business).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
SHOW_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    ("wedding-fair", "markets_fairs", "title", ("wedding fair", "wedding fayre", "wedding show", "wedding expo",
                                                "wedding exhibition", "bridal fair", "bridal fayre", "bridal show",
                                                "bridal expo", "bridal exhibition")),
)  # fmt: skip
