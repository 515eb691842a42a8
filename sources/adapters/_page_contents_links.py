"""A page's own table of contents is no event card (pages119). Pure.

A Swedish chess club's "Evenemang" opens with an overview: "<h2>Enstaka datum / Specialevenemang</h2>" over
"<a href='#lansering2025'>Lanseringsevent – 3/10/2025</a>" and "<h2>Återkommande aktiviteter</h2>" over "<a
href='#onsdagstraning2025'>Onsdagsträning – Från 10/09/2025</a>", each link to the section of the same page that
dates, places and times the event. Each overview box was read as a card titled by its heading ("Enstaka datum /
Specialevenemang" on 3 October), and the sections themselves were then not read. Now a block whose every date is
inside links to anchors of the page itself (an element with that id is on the page) is no card: the sections it
links to are read instead.

Not: a card whose date is its own text beside an in-page link ("<h3><a href='#details'>Quiz</a></h3> 12 May 2031"),
a link to another page ("/events/quiz" with its date), a link to an anchor no element has ("#", "#top" with no such
id: a template's empty link), a block with no in-page link. review59: nor a link to its own item or card (a
permalink: "<li id='ev-1'><a href='#ev-1'>Jazz Night – 12 May 2031</a></li>"), to an element inside the list or the
block itself, or to a section that dates nothing (a dialog's "All welcome." behind "<a href='#e1'>Jazz Night –
12/05/2031</a>"): the list is then the only place the events are dated, and is read. The page's ids are gathered
once a page (an id looked up by a walk of the whole page for each link was quadratic on a page of many lists).
"""

from __future__ import annotations

import copy
import dataclasses
import itertools
from collections.abc import Callable
from typing import Any

MAX_LINKS = 40  # in-page links looked at in one block
MAX_TEXT = 4000  # a block longer than this is no overview box


def contents_only(block: Any, dated: Callable[[Any], bool]) -> bool:
    """Whether ``block``'s dates (``dated``: the card finder's date hint) are all inside links to its own page's
    sections (see the module)."""
    links = [a for a in block.iterfind(".//a[@href]") if len(a.get("href") or "") > 1 and a.get("href")[0] == "#"]
    if not links or len(links) > MAX_LINKS or len(" ".join(block.itertext())) > MAX_TEXT:
        return False
    if not all(_section_link(a, block, dated) for a in links):
        return False
    if not any(dated(a) for a in links):
        return False
    rest = copy.deepcopy(block)
    for anchor in [a for a in rest.iterfind(".//a[@href]") if (a.get("href") or "").startswith("#")]:
        anchor.text = None  # the link's words go, the words after it stay (its tail)
        for child in list(anchor):
            anchor.remove(child)
    return not dated(rest)


def contents_list(element: Any) -> bool:
    """Whether ``element`` is a list (<ul>, <ol>) whose every item is only one link to a section of its own page
    that dates its event ("<li><a href='#lansering2025'>Lanseringsevent – 3/10/2025</a></li>"): the page's table of
    contents, whose lines are no schedule's. Not: an item with words beside its link, a link to another page, to an
    anchor no element has, to its own item or inside the list, or to a section that dates nothing; an empty list."""
    if element.tag not in ("ul", "ol"):
        return False
    items = [child for child in element.iterchildren() if child.tag == "li"]
    if not items or len(items) > MAX_LINKS:
        return False
    from sources.adapters._page_cards import has_date_hint  # the card finder's date hint (it imports this module)

    for item in items:
        links = list(item.iterfind(".//a[@href]"))
        if len(links) != 1 or not _section_link(links[0], element, has_date_hint):
            return False
        if " ".join(item.text_content().split()) != " ".join(links[0].text_content().split()):
            return False
    return True


def _section_link(link: Any, holder: Any, dated: Callable[[Any], bool]) -> bool:
    """Whether ``link`` leads to a section of its page outside ``holder`` (the block or list it is in) that dates
    something (``dated``), itself or as the heading or anchor of its section (review59)."""
    href = link.get("href") or ""
    page = _page(link)
    target = page.ids.get(href[1:]) if len(href) > 1 and href[0] == "#" else None
    if target is None or target.getroottree().getroot() is not page.root:
        return False  # no such element, or one taken off the page since its ids were gathered
    if any(target is inner for inner in holder.iter()) or any(target is above for above in holder.iterancestors()):
        return False  # a permalink to its own item, a link inside the list or the card, or to what holds it
    key = (target, dated)
    if key not in page.dated:
        page.dated[key] = _dates_section(target, dated)
    return page.dated[key]


def _dates_section(target: Any, dated: Callable[[Any], bool]) -> bool:
    """Whether the element an in-page link leads to dates something: itself, or, a heading or an anchor short of
    words, the siblings after it up to the next such element (twice: an anchor inside its section's heading)."""
    node = target
    for _ in range(2):
        if dated(node):
            return True
        if node.getparent() is None or len(" ".join(node.itertext())) >= SHORT_TARGET:
            return False
        for sibling in itertools.islice(node.itersiblings(), MAX_SIBLINGS):
            if sibling.tag == node.tag:
                break
            if dated(sibling):
                return True
        node = node.getparent()
        if node.tag in ("body", "html", "main") or node.getparent() is None:
            return False
    return False


SHORT_TARGET = 200  # an anchor or a heading this short stands for the section after it
MAX_SIBLINGS = 6


@dataclasses.dataclass
class _Page:
    """The page whose ids were gathered last: its root, each id's first element, what its sections date."""

    root: Any
    ids: dict[str, Any]
    dated: dict[tuple[Any, Any], bool]


_LAST_PAGE = _Page(None, {}, {})


def _page(element: Any) -> _Page:
    """``element``'s page's ids, gathered once a page (see the module)."""
    global _LAST_PAGE
    root = element.getroottree().getroot()
    last = _LAST_PAGE
    if last.root is root:
        return last
    ids: dict[str, Any] = {}
    for node in root.iter():
        name = node.get("id") if isinstance(node.tag, str) else None
        if name and name not in ids:
            ids[name] = node
    _LAST_PAGE = _Page(root, ids, {})
    return _LAST_PAGE
