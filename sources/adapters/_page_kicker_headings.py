"""A card's kicker over its headline: "<h3>Event</h3> <h2 class=date>1 Oct 26</h2> <h1><a href=/events/x/>COTCH x
Gasworks presents Disco Inferno</a></h1>" (an art space's events page, held-out batch 92). The first heading of the
card is the small line that says what kind of thing the card is; the event's name is the bigger heading under it,
linked to the page the card's picture and its "More" link go to. Read by _page_cards.heading_of. Pure.

The kicker gives way only when all of these hold: it is short (a word or three) and links nowhere; a later heading
of the card is of a higher rank (h1 under an h3); that heading is one link, the whole of its text, to the address
the card links at least twice (its picture, its name, its "More"). Not: a card whose name comes first and is
linked ("<h3><a>Hamlet</a></h3>" over "<h2><a href=/venues/globe>Globe</a></h2>": the name is linked itself), nor
one whose bigger heading links somewhere the card does not otherwise go (a venue's or a series' page)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

KICKER_WORDS = 3  # the most words a kicker has ("Event", "Talks & Events", "Family Workshop")
SEEN_LINKS = 2  # how often the card links its own page: its picture, its name, its "More"


def _rank(node: Any) -> int:
    return int(node.tag[1]) if isinstance(node.tag, str) and len(node.tag) == 2 and node.tag[1].isdigit() else 9


def _linked(node: Any) -> bool:
    return node.tag == "a" or next(node.iter("a"), None) is not None or any(a.tag == "a" for a in node.iterancestors())


def _only_link(node: Any) -> str | None:
    """The href of a heading that is one link, the whole of its text."""
    links = list(node.iter("a"))
    if len(links) != 1 or not links[0].get("href"):
        return None
    if " ".join(links[0].text_content().split()) != " ".join(node.text_content().split()):
        return None
    return str(links[0].get("href")).strip()


def headline_under_kicker(block: Any, first: Any, headings: frozenset[str], usable: Callable[[Any], bool]) -> Any:
    """The heading that names the card when ``first`` (its first usable heading) is a kicker over it, else
    ``first``. ``usable`` says whether a heading may name an event at all (no call to action, no date alone)."""
    words = " ".join(first.text_content().split()).split(" ")
    if len(words) > KICKER_WORDS or _linked(first):
        return first
    hrefs = Counter(str(a.get("href")).strip() for a in block.iter("a") if a.get("href"))
    after = False
    for node in block.iter(*headings):
        if node is first:
            after = True
            continue
        if not after or _rank(node) >= _rank(first):
            continue
        href = _only_link(node)
        if href is not None and hrefs[href] >= SEEN_LINKS and usable(node):
            return node
    return first
