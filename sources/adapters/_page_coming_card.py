"""A listing's section that holds one card: the card is the event's block, its own heading the event's name
(held-out batch 121). Pure.

A Dutch big band's "Optredens" page puts its one coming concert under "<h2>Aankomende Optredens</h2>" (upcoming
performances): a card of a date badge ("8" / "Maart" / "2026") beside a body headed "<h3>Vidi Reo's Jazz Café</h3>".
The card's class says nothing of events, so the <section> around it was read as the event's block, and its first
heading, the listing's label, named the concert. When a block is headed by a listing's label (``COMING`` of
``_page_chronicle``, or "aankomende", "komende", "kommende", "prochains", "próximos", "prossimi" … before a noun)
and holds exactly one heading below that label's level, the part of the block that holds that heading and not the
label is the event's block when the block's dates are in it.

Not: a block headed by a name that starts with such a word in English ("<h2>Next to Normal</h2>" over one
"<h3>Cast and creative</h3>": the musical's name, read-through 60), a block headed by the event's own name ("<h2>Jazz Night</h2>" over "<h3>Programme</h3>" and the date: its
sub-heading is a part of the event's page), a listing's section with two cards or more (each read as its own
card), nor a card whose date is outside the part that holds its heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sources.adapters._page_chronicle import COMING

# "Aankomende optredens", "Komende concerten", "Kommende Konzerte", "Prochains concerts", "Próximos conciertos",
# "Prossimi eventi": a word for "coming" or "next" before what the section lists. English "next", "future",
# "forthcoming" only before a listing's plural ("Next gigs", "Future events"), not before a name: "Next to
# Normal" (a musical), "Future Islands live" (a band), "Next Saturday: Jazz Night" (read-through 60).
AHEAD = re.compile(
    r"^\W{0,3}(?:(?:aankomende|komende|volgende|kommende|n[äa]chste|prochain(?:e)?s|pr[óo]xim[oa]s|prossim[ie]|"
    r"kommande)\s{1,3}\w|(?:next|future|forthcoming)(?:\s{1,3}(?:events|gigs|concerts|shows|performances|dates|"
    r"meetings|sessions|talks|workshops|classes|courses|matches|games|fixtures|exhibitions|services|productions|"
    r"tours|meetups)\b))",
    re.IGNORECASE,
)
LEVELS = ("h1", "h2", "h3", "h4", "h5", "h6")


def lone_card(block: Any, heading: Any, dated: Callable[[Any], bool]) -> Any:
    """The part of ``block`` that is its one card (see the module), else ``block``; ``heading`` is the block's
    heading element, ``dated`` whether an element holds a date."""
    if heading is None or heading.tag not in LEVELS:
        return block
    label = " ".join((heading.text_content() or "").split())
    if not (COMING.match(label) or AHEAD.match(label)):
        return block
    level = LEVELS.index(heading.tag)
    below = [node for node in block.iter(*LEVELS[level + 1 :])]
    if len(below) != 1:
        return block
    above = set(heading.iterancestors())
    card = below[0]
    while card.getparent() is not None and card.getparent() is not block and card.getparent() not in above:
        card = card.getparent()
    return card if card is not below[0] and dated(card) else block
