"""A page whose only section is a menu is a menu, whatever its main heading (left35). Pure.

review34 refuses a page as a menu when its title or main heading names one and it states three prices
(``_page_record_kinds``). review37 left a pub's page titled by its name ("The Red Lion") whose one section is its
"Christmas party menu" with three prices and the days it is served ("Served 12–23 December 2031"): it was read as one
event "The Red Lion", 12–23 December, held at 0.6. A menu served for a season is an offer, not an event one goes to,
and left34 already kept such a section out of a menu page's events (``_page_menu_events``: "Christmas party menu" is a
dish's section). Now, when every section heading below the main one (h2–h4, outside navigation, header, footer and
asides) names a menu ("Christmas party menu", "Festive menu", "Set menu", "Bar menu", "Speisekarte") and none names
an occasion (review36's ``OCCASION``: "Burns Night supper – set menu" is one evening's event), the page is a menu.

Headings of a venue page's furniture ("Opening hours", "Find us", "Contact", "Allergens") are no sections of another
kind, nor is a site's navigation headed "Menu" over its list of links (review40). Not: a page with another section beside the menu ("What's on" over the quiz nights, "Gift vouchers"), a menu heading
without three prices on the page (the caller counts), an occasion's menu, a page with no section heading at all.
"""

from __future__ import annotations

import re
from typing import Any

SECTION = ("h2", "h3", "h4")
OUTSIDE = ("aside", "footer", "nav", "header")
MAX_HEADING = 80
MAX_SECTIONS = 40  # headings looked at
MENU_HEADING = re.compile(
    r"\b(?:menus?|men[uü]|speisekarte|karte|carte(?![ \t]{1,3}blanche)|wine\s+list|drinks\s+list|specials)\b"
    # review40: a German season's card ("Spargelkarte", "Weihnachtskarte")
    r"|(?:spargel|wild|weihnachts|oster|mittags|abend|tages|saison|getr[äa]nke|wein)karte\b",
    re.IGNORECASE,
)
# review40: a site's navigation headed "Menu" outside a <nav> (a list of links right after it) is no menu of dishes.
NAV_HEADING = re.compile(r"^\W{0,3}(?:(?:main|site)\s+)?(?:menu|navigation)\W{0,3}$", re.IGNORECASE)
LISTS = ("ul", "ol")

# A venue page's furniture beside its menu: no section of another kind.
FURNITURE = re.compile(
    r"^\W{0,3}(?:(?:our\s+)?opening\s+(?:hours|times)|hours|contact(?:\s+us)?|find\s+us|how\s+to\s+find\s+us|location|"
    r"about(?:\s+us)?|book\s+a\s+table|reservations?|allergens?(?:\s+information)?|öffnungszeiten|kontakt|anfahrt|"
    r"horaires|nous\s+trouver)\W{0,3}$",
    re.IGNORECASE,
)


def _text(node: Any) -> str:
    return " ".join((node.text_content() or "").split())


def _navigation(node: Any, text: str) -> bool:
    following = node.getnext()
    return NAV_HEADING.match(text) is not None and following is not None and following.tag in LISTS


def menu_sections(root: Any, occasion: re.Pattern[str]) -> str | None:
    """The first section heading when every section heading of the page names a menu (see the module), else None."""
    said: list[str] = []
    for _count, node in zip(range(MAX_SECTIONS), root.iter(*SECTION), strict=False):
        if any(isinstance(up.tag, str) and up.tag in OUTSIDE for up in node.iterancestors()):
            continue
        text = _text(node)[:MAX_HEADING]
        if not text or FURNITURE.match(text) or _navigation(node, text):
            continue
        if not MENU_HEADING.search(text) or occasion.search(text):
            return None
        said.append(text)
    return said[0] if said else None
