"""A page with no heading named by its one ``data-title`` that an element shows whole.

A ticketing page may keep its event's name out of every heading: a ``<div class="title">`` under a container
that carries the same name as data for its scripts (``<div class="container" data-title="Абзал Утешов Алматыда
(7 қазан, 16:00)">``), while its ``<title>`` and og:title are a keyword-stuffed line for search engines ("… билеты
купить - Концерт - расписание, цены, контакты"). The data attribute and the element agreeing word for word is the
page naming its event; that element is the page's heading.

Only when the page has one such name: a listing's cards carry one each, and a name no element shows (a share
button's "Share this") names nothing, nor does a form's field ("data-name="phone"" beside a label "Phone"), nor
the page's furniture: an item of its navigation, header, footer or a menu (``<nav><li data-name="Gift vouchers"><a
href="/gift">Gift vouchers</a></li></nav>``), a list item that is one link (a menu however it is marked), or a
link's words (a link leads to another page; it does not name this one). When the page carries several names, the
one its <title> or og:title gives as a whole part ("Winter Lantern Walk" in "Winter Lantern Walk - Tickets |
TicketHub") is its own, if only one does. Read only when the page has no ``<h1>`` and no element classed as the
event's title (``_page_info.page_info`` tries those first).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sources.adapters._page_lines import is_furniture

# Attributes that hold an item's name as data for a script.
NAME_ATTRIBUTES = ("data-title", "data-name", "data-event-title", "data-event-name")
MIN_NAME, MAX_NAME = 6, 200
# A form's fields name their data ("data-name="email"" beside a label "Email"): no event's name.
FORM_TAGS = frozenset({"input", "select", "textarea", "button", "option", "form", "label", "fieldset"})
MAX_ELEMENTS = 20_000  # elements looked at: a hostile page of millions costs no more
MAX_HOLDERS = 50  # elements carrying a name: more is a listing's cards, and each costs a look at its ancestors
MENU_TAGS = frozenset({"nav", "footer", "menu"})
MENU_ROLES = frozenset({"navigation", "menu", "menubar", "menuitem", "banner", "contentinfo"})
PAGE_CONTENT = frozenset({"main", "article"})  # a <header> in these heads the content, not the site


def _words(text: str | None) -> str:
    return " ".join((text or "").split())


def _in_furniture(element: Any, seen: dict[Any, bool]) -> bool:
    """Whether ``element`` is part of the page's furniture: its navigation, the site's header or footer, a menu, or
    a list item that is one link (a menu however it is marked). ``seen``: each ancestor's answer, looked at once."""
    around = [element, *element.iterancestors()]
    in_content = any(node.tag in PAGE_CONTENT for node in around)
    for node in around:
        if node not in seen:
            links = [_words(link.text_content()) for link in node.iterfind(".//a")] if node.tag == "li" else []
            seen[node] = (
                node.tag in MENU_TAGS
                or (node.get("role") or "").lower() in MENU_ROLES
                or (len(links) == 1 and links[0] == _words(node.text_content()))
                or is_furniture(node)
            )
        if seen[node] or (node.tag == "header" and not in_content):
            return True
    return False


def _a_link(element: Any) -> bool:
    """Whether ``element``'s words are a link's: it is in a link, or they are all one link's in it."""
    words = _words(element.text_content())
    return any(node.tag == "a" for node in element.iterancestors()) or any(
        _words(link.text_content()) == words for link in element.iter("a")
    )


def _shown(holder: Any, value: str) -> Any:
    """The element in ``holder`` that shows ``value`` whole (not as a link's words), or None."""
    for count, element in enumerate(holder.iter()):
        if count >= MAX_ELEMENTS:
            break
        if element is holder or not isinstance(element.tag, str) or element.tag in FORM_TAGS:
            continue
        if _words(element.text_content()).casefold() == value.casefold():
            return None if _a_link(element) else element
    return None


def data_title_heading(root: Any, titles: Iterable[str | None] = ()) -> Any:
    """The element that shows the page's one data-title whole, or None (see the module's docstring). ``titles``:
    the parts of the page's <title> and its og:title, to tell its own name among several."""
    holders: list[tuple[Any, str]] = []
    for count, element in enumerate(root.iter()):
        if count >= MAX_ELEMENTS or len(holders) > MAX_HOLDERS:
            return None
        if not isinstance(element.tag, str) or element.tag in FORM_TAGS:
            continue
        for name in NAME_ATTRIBUTES:
            value = _words(element.get(name))
            if MIN_NAME <= len(value) <= MAX_NAME:
                holders.append((element, value))
    seen: dict[Any, bool] = {}
    holders = [(holder, value) for holder, value in holders if not _in_furniture(holder, seen)]
    if len({value.casefold() for _, value in holders}) > 1:
        named = {_words(title).casefold() for title in titles if title}
        holders = [(holder, value) for holder, value in holders if value.casefold() in named]
    if len({value.casefold() for _, value in holders}) != 1:
        return None
    holder, value = holders[0]
    return _shown(holder, value)
