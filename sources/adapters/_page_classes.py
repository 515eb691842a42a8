"""What a block's class, id and role say it is: a card, the page's navigation, a post, a dialog over the page.
Shared by the card reader (_page_cards) and the page reader (html). Pure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sources.adapters._page_lines import CAMEL_BREAK, names_a_part
from sources.adapters._page_prose_menus import is_prose_listing, only_a_menu

# The word may carry a glued part of structure ("showblock", "eventbox", "gigrow"): still the card's own class.
CARD_CLASS = re.compile(
    r"(?:^|[\s_-])(?:card|event|gig|show|listing|performance|item|tile|teaser)(?:block|box|row|entry|wrap)?(?:$|[\s_-])",
    re.IGNORECASE,
)

# A class or id token ending in a menu's word or starting it before a word of structure (names_a_part): not a
# theme's class that only holds the word ("genesis-breadcrumbs-hidden", "has-dropdown-filters", "menu-events").
MENU_WORDS = frozenset(
    {"nav", "navbar", "navigation", "menu", "megamenu", "submenu", "dropdown", "breadcrumb", "breadcrumbs"}
)
# The page's own body and content: themes write navigation classes on <body> ("et_show_nav", "has-main-navigation").
MENU_WALK_STOPS = frozenset({"body", "html", "main"})
# A post's class ("newsItem", "blogPostItem", "type-post", "news-item"), where no word of it names an event
# (WordPress writes "post-123 type-tribe_events" on events too). The word in the pages' other languages too (helper
# pages65: a Catalan diocese's '<div class="noticia">' items, each its publication day and headline): Spanish and
# Catalan "noticia", Dutch "nieuws", French "actualite", Italian "notizia", Polish "aktualnosci", Czech "novinky",
# Nordic "nyhet"/"nyheder", Finnish "uutinen", German "nachricht".
POST_CLASS = re.compile(
    r"(?:^|[\s_-])(?:news|blog|blogpost|post|posts|article|press|noticias?|noticies|nieuws|nieuwsbericht|"
    r"actualites?|actus?|notizi[ae]|aktualnosci|aktualnosc|aktuality|novinky|novinka|nyhet(?:er)?|nyhed(?:er)?|"
    r"uuti(?:nen|set)|nachrichten?)(?:$|[\s_-])",
    re.I,
)
EVENT_CLASS = re.compile(
    r"event|tribe|concert|gig|show|performance|calendar|program|agenda|evenement|veranstaltung", re.I
)


def _marks(element: Any) -> str:
    """An element's class and id, camel-case names split into words ("megaMenu" -> "mega Menu")."""
    return CAMEL_BREAK.sub(" ", f"{element.get('class') or ''} {element.get('id') or ''}")


def in_menu(block: Any) -> bool:
    """Whether the block is, or is inside, the page's navigation (below the page's <body> and <main>)."""
    for node in (block, *block.iterancestors()):
        if node.tag in MENU_WALK_STOPS:
            return False
        marks = f"{node.get('class') or ''} {node.get('id') or ''}"
        if node.tag == "nav" or names_a_part(marks, MENU_WORDS):
            if node.tag != "nav" and only_a_menu(marks) and is_prose_listing(node):
                continue  # a list of articles a theme classes as a menu ("menu menu_articles"): _page_prose_menus
            return True
    return False


def post_class(block: Any) -> str | None:
    """Why a card is a post, by its own class ("newsItem", "blogPostItem"), or None."""
    marks = _marks(block)
    if POST_CLASS.search(marks) and not EVENT_CLASS.search(marks):
        return f"its class {(block.get('class') or '')[:40]!r} names a post"
    return None


# A dialog the page opens over itself (a search box's "Popular events", a ticket picker): not the page's list.
DIALOG_CLASS = re.compile(r"(?:^|\s)modal(?:$|\s)", re.IGNORECASE)
DIALOG_ROLES = frozenset({"dialog", "alertdialog"})


# What opens a dialog rather than being one: a link or button ("<a class="modal" href=…>", Joomla's lightbox
# link), or an element a script opens it from ("data-toggle="modal"", Bootstrap's).
OPENER_TAGS = frozenset({"a", "button"})
OPENER_ATTRIBUTES = ("href", "data-toggle", "data-bs-toggle", "data-target", "data-bs-target")
# A dialog's own marks: hidden until opened, out of the tab order, or declared modal.
DIALOG_MARKS = (("tabindex", "-1"), ("aria-hidden", "true"), ("aria-modal", "true"))


def in_dialog(block: Any) -> bool:
    """Whether a block sits in a dialog: a <dialog>, an element with role=dialog, or a "modal" container. A
    "modal" class on an element that opens one, or on the card itself when nothing marks it as a dialog
    ('<div class="event-card modal">' a script shows larger), names no dialog: the card is the page's."""
    for element in (block, *block.iterancestors()):
        if element.tag == "dialog" or (element.get("role") or "").strip().lower() in DIALOG_ROLES:
            return True
        classes = element.get("class") or ""
        if DIALOG_CLASS.search(classes) and not _opens_dialog(element):
            if element is not block or not CARD_CLASS.search(classes) or _marked_dialog(element):
                return True
    return False


def _opens_dialog(element: Any) -> bool:
    return element.tag in OPENER_TAGS or any(element.get(name) for name in OPENER_ATTRIBUTES)


def _marked_dialog(element: Any) -> bool:
    return any((element.get(name) or "").strip().lower() == value for name, value in DIALOG_MARKS)


def class_variants(parent: Any, group: list[Any], dated: Callable[[Any], bool]) -> list[Any]:
    """The dated siblings of a group of repeated cards ``group`` (one tag, one class) under ``parent`` whose class
    opens with the group's first class and differs after it: a variant of the same card ('entry alt clearfix'
    among four 'entry sinclair clearfix', a show another room books), not a different block."""
    first = (group[0].get("class") or "").split()[:1]
    variants = []
    for child in parent:
        if child in group or child.tag != group[0].tag or (child.get("class") or "").split()[:1] != first:
            continue
        if dated(child):
            variants.append(child)
    return variants


def inner_name(node: Any, name_class: re.Pattern[str]) -> Any:
    """A name-classed element's own name: the first element inside it classed as a name too and holding text (the
    "tw-name" of a "tw-event-name-container" that also holds the supporting acts and the times), else ``node``."""
    for inner in node.iterdescendants():
        classes = CAMEL_BREAK.sub(" ", inner.get("class") or "") if isinstance(inner.tag, str) else ""
        if name_class.search(classes) and "".join(inner.itertext()).strip():
            return inner
    return node


ENTRIES = 2  # alike entries in one block that make it a day's box of events, not one card


def alike_entries(block: Any, entry: Callable[[Any], bool], heading: Callable[[Any], Any]) -> list[Any]:
    """The block's ENTRIES or more children of one tag and class, each an ``entry`` (its own name and date): a
    month grid's day box holding two meetings ('<div class="fsCalendarInfo">' twice under the day's date) is those
    entries, each an event; [] when the block holds no such group (it is one card), or when the block's
    ``heading`` stands outside them (a card's "Hamlet" over its two named sessions, "Matinee" and "Evening")."""
    found = _alike(block, entry)
    named = heading(block) if found else None
    return found if named is None or any(named in child.iter() for child in found) else []


def _alike(block: Any, entry: Callable[[Any], bool]) -> list[Any]:
    for parent in block.iter():
        groups: dict[tuple[str, str], list[Any]] = {}
        for child in parent:
            classes = " ".join((child.get("class") or "").split()) if isinstance(child.tag, str) else ""
            if classes:
                groups.setdefault((child.tag, classes), []).append(child)
        for group in groups.values():
            if len(group) >= ENTRIES and all(entry(child) for child in group):
                return group
    return []
