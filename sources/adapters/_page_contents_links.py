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
id: a template's empty link), a block with no in-page link.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

MAX_LINKS = 40  # in-page links looked at in one block
MAX_TEXT = 4000  # a block longer than this is no overview box


def contents_only(block: Any, dated: Callable[[Any], bool]) -> bool:
    """Whether ``block``'s dates (``dated``: the card finder's date hint) are all inside links to its own page's
    anchors (see the module)."""
    links = [a for a in block.iterfind(".//a[@href]") if len(a.get("href") or "") > 1 and a.get("href")[0] == "#"]
    if not links or len(links) > MAX_LINKS or len(" ".join(block.itertext())) > MAX_TEXT:
        return False
    root = block.getroottree()
    if not all(root.xpath("//*[@id=$name]", name=a.get("href")[1:]) for a in links):
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
    """Whether ``element`` is a list (<ul>, <ol>) whose every item is only one link to an anchor of its own page
    ("<li><a href='#lansering2025'>Lanseringsevent – 3/10/2025</a></li>"): the page's table of contents, whose
    lines are no schedule's. Not: an item with words beside its link, a link to another page or to an anchor no
    element has, an empty list."""
    if element.tag not in ("ul", "ol"):
        return False
    items = [child for child in element.iterchildren() if child.tag == "li"]
    if not items or len(items) > MAX_LINKS:
        return False
    root = element.getroottree()
    for item in items:
        links = list(item.iterfind(".//a[@href]"))
        href = links[0].get("href") or "" if len(links) == 1 else ""
        if len(href) < 2 or href[0] != "#" or not root.xpath("//*[@id=$name]", name=href[1:]):
            return False
        if " ".join(item.text_content().split()) != " ".join(links[0].text_content().split()):
            return False
    return True
