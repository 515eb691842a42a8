"""A block a theme classes as a "menu" that is a list of articles, not navigation. Pure.

Some content systems class every list of a section's entries as a menu: SPIP's themes write ``<div class="menu
menu_articles rendezvous">`` around a group's upcoming meetings, each an entry with a heading link and a paragraph
("Le mardi 15 septembre à 18 h 30, au Grand Bar du Chapitre, …"). The readers leave menus out as the page's
navigation (``_page_classes.in_menu``, ``_page_lines.is_furniture``), so such a page gave nothing.

A menu is such a listing when it holds at least two headings that are each a link (its entries' titles) and its
text is mostly prose, not link text: at least ``PROSE_MIN`` characters outside links, and at least twice the text
of its links. A site's navigation, a dropdown or a mega-menu is link text with a few column headings (“Shop”,
“About”); none of those is read by this. Only the word "menu" itself is excused so ("menu", "menu_articles"), not
a <nav>, a navbar, a breadcrumb, a footer or a sidebar.

A listing headed as the past ("Rendez-vous passés", "Past events", "Archives", "Vergangene Termine") is the group's
record, not what is on: it stays left out, as a menu, so its year-less days are never read into the coming year.
"""

from __future__ import annotations

import re
from typing import Any

HEADINGS = ("h2", "h3", "h4", "h5", "h6")
LINKED_HEADINGS_MIN = 2
PROSE_MIN = 200
PROSE_OVER_LINKS = 2
# The only part's word a listing of articles may be classed with (see _page_lines.names_a_part) ...
MENU_WORD = frozenset({"menu"})
# ... and none of these in any of its class or id tokens' parts ("dropdown-menu", "navbar menu", "site-footer").
FURNITURE_PARTS = frozenset(
    {"nav", "navbar", "navigation", "megamenu", "submenu", "dropdown", "breadcrumb", "breadcrumbs", "footer", "cookie",
     "sidebar", "header", "topbar"}
)  # fmt: skip
PART_BREAK = re.compile(r"[_-]|(?<=[a-z])(?=[A-Z])")
# A short heading that names the past: a word for past, earlier or archived in the languages the readers know.
PAST_HEADING = re.compile(
    r"\b(?:past|previous|earlier|archives?|archiv|pass[ée]e?s|pr[ée]c[ée]dente?s|vergangene|fr[üu]here|anteriores"
    r"|pasad[oa]s|passat[ie]|precedenti|afgelopen|eerdere|tidligere|tidigare|minione)\b",
    re.IGNORECASE,
)
PAST_HEADING_MAX = 60  # characters: a section's heading, not a sentence that mentions the past


def only_a_menu(marks: str) -> bool:
    """Whether a class and id name no part of the page's furniture but "menu" ("menu menu_articles rendezvous")."""
    return not any(
        part.lower() in FURNITURE_PARTS for token in marks.split() for part in PART_BREAK.split(token) if part
    )


def _length(node: Any) -> int:
    return len(" ".join((node.text_content() or "").split()))


def _headed_as_past(headings: list[Any]) -> bool:
    """Whether the block's own heading (its first, not an entry's link) names the past ("Rendez-vous passés")."""
    first = headings[0] if headings else None
    if first is None or next(first.iter("a"), None) is not None:
        return False
    text = " ".join((first.text_content() or "").split())
    return len(text) <= PAST_HEADING_MAX and PAST_HEADING.search(text) is not None


def is_prose_listing(element: Any) -> bool:
    """Whether a menu-classed block lists articles: two or more linked headings, its text mostly prose."""
    headings = list(element.iter(*HEADINGS))
    linked = sum(1 for heading in headings if next(heading.iter("a"), None) is not None)
    if linked < LINKED_HEADINGS_MIN or _headed_as_past(headings):
        return False
    links = sum(_length(anchor) for anchor in element.iter("a"))
    prose = _length(element) - links
    return prose >= PROSE_MIN and prose >= PROSE_OVER_LINKS * links
