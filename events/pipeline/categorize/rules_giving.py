"""Keyword rules for what a charity collects and gives (rules.py adds the table to its own): donation drives and
food distributions, the issue's volunteering kind as a food bank, a school or a church lists it.

Probed with titles of our own (helper cats22): the model read "Coat Drive Drop-off" as sport, "Holiday Toy Drive" as a
market, "Book Drive" as arts, "Food Distribution" as dining and "Thanksgiving Turkey Giveaway" as sport; the
canned-food and school-supply drives it read right. The phrases name the drive by what it collects, so they decide
from the title. Left out: "drive" alone (a test drive, a scenic drive, a street: "100 Ocean Drive", a drive-in),
"can drive" ("Who Can Drive?"), "pantry" alone (a cooking class's "Pantry Staples"), "food pantry" (the place a
volunteer shift is held: "Come volunteer at the Elm Street food pantry" is volunteering, rules_volunteers.py),
"distribution" alone (a wine distributor's seminar), "giveaway" alone (a shop's prize draw).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .rules import RuleMode

# (tag, "category/subcategory", mode, phrases), as rules._RULE_TABLE.
GIVING_RULE_TABLE: tuple[tuple[str, str, RuleMode, tuple[str, ...]], ...] = (
    # A drive collects what it names, for people in need: volunteering, as the blood drive is (rules.py).
    ("donation-drive", "community_civic/volunteering", "title", ("coat drive", "food drive", "toy drive",
                                                                 "book drive", "clothing drive", "diaper drive",
                                                                 "sock drive", "shoe drive", "blanket drive",
                                                                 "supply drive", "supplies drive",
                                                                 "donation drive", "hygiene drive",
                                                                 "backpack drive", "pet food drive")),
    # A food bank's or a pantry's distribution day: charity given, as the charity's gala is charity raised.
    ("food-distribution", "community_civic/charity", "title", ("food distribution",
                                                               "mobile pantry", "food giveaway",
                                                               "produce distribution", "produce giveaway",
                                                               "grocery distribution", "grocery giveaway",
                                                               "turkey giveaway", "turkey distribution")),
)  # fmt: skip
