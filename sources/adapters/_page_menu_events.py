"""A menu page with a section of events: that section read, the menu not (left34). Pure.

review34's ``_page_record_kinds`` refuses a page whose title or main heading names a menu ("Speisekarte", "Lunch
menu") and which states three prices or more: a dish's "12.05 (Mo)" is no day's event. A pub's or an inn's menu page
often ends with what is on ("<h2>Veranstaltungen</h2>", "<h2>Upcoming events</h2>" over "Freitag, 20.06.2031, 19:00
Uhr – Weinprobe"), and those events were refused with the dishes. Now, on a page refused as a menu, a heading below the
main one that says events and no more (``EVENTS_HEADING``: "Events", "Upcoming events", "What's on", "Veranstaltungen",
"Termine", "Événements"…, up to a few words) keeps its section: the page is cut to that heading and what follows it
up to the next heading of its level or above, and read as any page (the page's title and main heading already read).

Not: a menu with no such heading (refused, as before), a heading that says more ("Events menu", "Christmas party
menu": a dish's section, the menu's word in it), an events heading in an aside, a footer or a navigation (another
page's links), a section that holds the menu's prices itself (three or more: still a menu).
"""

from __future__ import annotations

import re
from typing import Any

from sources.adapters._page_menu_weeks import MENU_WORD

EVENTS_HEADING = re.compile(
    r"^\W{0,3}(?:(?:upcoming|forthcoming|coming|future|our|live|special|aktuelle|kommende|unsere|nos|prochains?)\s+)?"
    r"(?:events?|veranstaltungen|termine|[ée]v[ée]nements|eventos|eventi|evenementen|akce|wydarzenia|"
    r"what'?s\s+on|gigs|live\s+music)(?:\s+(?:at\s+the\s+\w+|im\s+\w+|&\s+news))?\W{0,3}$",
    re.IGNORECASE,
)
MENU_HEADING = re.compile(r"\b(?:menu|men[uü]s?|karte|speise\w*|dishes|starters|mains)\b", re.IGNORECASE)
HEADINGS = ("h2", "h3", "h4", "h5", "h6")
MAX_HEADING = 60
MAX_PRICES = 3  # prices in the kept section at which it is the menu's own
OUTSIDE = ("aside", "footer", "nav", "header")


def _text(node: Any) -> str:
    return " ".join((node.text_content() or "").split())


def _events_heading(root: Any) -> Any | None:
    for node in root.iter(*HEADINGS):
        text = _text(node)
        if len(text) > MAX_HEADING or not EVENTS_HEADING.match(text) or MENU_HEADING.search(text):
            continue
        if MENU_WORD.search(text) or any(up.tag in OUTSIDE for up in node.iterancestors() if isinstance(up.tag, str)):
            continue
        return node
    return None


def _section(heading: Any) -> list[Any]:
    """The heading and its siblings after it up to the next heading of its level or above."""
    level = int(heading.tag[1])
    kept = [heading]
    for sibling in heading.itersiblings():
        tag = sibling.tag if isinstance(sibling.tag, str) else ""
        if tag in ("h1", *HEADINGS) and int(tag[1]) <= level:
            break
        kept.append(sibling)
    return kept


def events_section_only(root: Any, prices: re.Pattern[str]) -> str | None:
    """On a page refused as a menu: cut ``root`` to its events section (see the module) and give that section's
    heading, or None (the page untouched) when it has none."""
    heading = _events_heading(root)
    if heading is None:
        return None
    kept = _section(heading)
    text = " ".join(_text(node) for node in kept)
    if sum(1 for _ in zip(range(MAX_PRICES), prices.finditer(text), strict=False)) >= MAX_PRICES:
        return None
    body = next(root.iter("body"), None)
    keep = {id(node) for node in kept}
    path = heading.getparent()
    for child in list(path):
        if id(child) not in keep:
            path.remove(child)
    while path is not None and path is not body and (parent := path.getparent()) is not None:
        for child in list(parent):
            if child is not path and not (isinstance(child.tag, str) and child.tag == "head"):
                parent.remove(child)
        path = parent
    return _text(heading)
