"""A work's sessions listed per place under the work's heading: the work names them, the place places them. Pure.

A cinema association's film list gives each film a block: the film's heading in one branch (with its genre, running
time, cast), and in another branch its sessions grouped by cinema, each group headed by the cinema's name (a link to
the cinema's page, its postcode beside it) over a day line, a time line, the version and a booking button. The
schedule reader titled each session by the nearest line that names anything: the cinema's heading over it, or (the
booking button being no name) nothing of its own. The same shape is a festival's act over its stages.

So, on a page where at least two timed entries have this shape: when the nearest heading over an entry, in an
earlier branch of an enclosing block, is a place's (its link leads to a venue's page, "/salle/…", "/venues/…"; or
its block holds a postcode or a street address beside it; or the block is classed as a venue, a cinema, a location),
the first heading of the nearest earlier branch further up that heads no place (the same work's other places passed
over; none when that branch is another work's block, its name and its places) names the entry, and the place is its
location, unless the entry's title is its own. An entry that names itself (a line of its own under the place: "Jazz Night") keeps its name, and a
heading that is a call to action or a booking prompt ("Showtimes") names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from sources.adapters._page_booking_words import booking_prompt, booking_word
from sources.adapters._page_nav_links import names_no_event
from sources.adapters._page_row_address import postal_address
from sources.adapters._page_single_place import POSTCODE_LINE

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
MAX_UP = 8  # enclosing blocks walked up from a session's line to its place's heading, then the work's
MIN_SESSIONS = 2  # timed entries of the shape on the page: one alone may be anything's
MAX_NAME = 120
# A path segment or a class word naming a place's page or block, in the pages' languages.
PLACE_WORDS = frozenset(
    {"venue", "venues", "location", "locations", "cinema", "cinemas", "kino", "kinos", "salle", "salles", "lieu",
     "lieux", "theatre", "theatres", "theater", "theaters", "sala", "salas", "spielort", "spielorte", "spielstaette",
     "bioscoop", "teatro"}
)  # fmt: skip
WORD_BREAK = re.compile(r"[\W_]+|(?<=[a-z])(?=[A-Z])")
# A postcode alone beside a place's name ("75005", "CH-4057"); not a year ("2022").
POSTCODE_ALONE = re.compile(r"^(?:[A-Z]{1,2}-)?(?!(?:19|20)\d\d$)\d{4,5}$")
PLACE_EVIDENCE = "titled by the heading over its place's ({place!r}) in its block: {title!r}"


def _words(value: str | None) -> set[str]:
    return {word.lower() for word in WORD_BREAK.split(value or "") if word}


def _text(node: Any) -> str:
    return " ".join((node.text_content() or "").split())


def _place_link(heading: Any) -> bool:
    """Whether the heading's link (around it or in it) leads to a place's page ("/salle/reflet-medicis")."""
    links = [el for el in heading.iter("a")]
    parent = heading.getparent()
    for _ in range(2):
        if parent is None:
            break
        if parent.tag == "a":
            links.append(parent)
        parent = parent.getparent()
    for link in links:
        path = urlsplit(link.get("href") or "").path
        if any(segment.lower() in PLACE_WORDS for segment in path.split("/")[:-1]):
            return True
    return False


def _holder(heading: Any) -> Any:
    """The block a heading heads: its parent, or the parent of a link wrapping it."""
    parent = heading.getparent()
    if parent is not None and parent.tag == "a" and parent.getparent() is not None:
        return parent.getparent()
    return parent


def _place_heading(heading: Any) -> bool:
    """Whether a heading names a place (see the module): its link, its block's class, or an address beside it."""
    if _place_link(heading):
        return True
    holder = _holder(heading)
    if holder is None:
        return False
    if any(_words(el.get("class")) & PLACE_WORDS for el in (heading, holder)):
        return True
    for child in holder:
        if child is heading or not isinstance(child.tag, str) or heading in child.iterdescendants():
            continue
        text = _text(child)
        if text and (POSTCODE_ALONE.match(text) or POSTCODE_LINE.match(text) or postal_address(text)):
            return True
    return False


def _nearest_heading(node: Any) -> tuple[Any, Any] | None:
    """The nearest heading in an earlier branch of a block enclosing ``node``, and that block."""
    child, parent = node, node.getparent()
    for _ in range(MAX_UP):
        if parent is None:
            return None
        for sibling in child.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag in HEADINGS:
                return sibling, parent
            found = [el for el in sibling.iterdescendants(*HEADINGS)]
            if found:
                return found[-1], parent
        child, parent = parent, parent.getparent()
    return None


def _work_heading(block: Any) -> Any | None:
    """The first heading of the nearest earlier branch, above ``block``, that heads no place: the work's. Branches of
    other places only (the same work's other cinemas) are passed over; a branch with a work's heading and places of
    its own is another work's block, and then there is none."""
    child, parent = block, block.getparent()
    for _ in range(MAX_UP):
        if parent is None:
            return None
        for sibling in child.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str):
                continue
            headings = [sibling] if sibling.tag in HEADINGS else list(sibling.iterdescendants(*HEADINGS))
            places = sum(1 for heading in headings if _place_heading(heading))
            if headings and not places:
                return headings[0]
            if places < len(headings):
                return None
        child, parent = parent, parent.getparent()
    return None


def _own(title: str | None, heading: Any) -> bool:
    """Whether an entry's title is its own name: not a line of its place's block (the place's name, its address
    under it) nor a booking box's words."""
    if not title:
        return False
    holder = _holder(heading)
    block = [heading] if holder is None else [holder, *(child for child in holder if isinstance(child.tag, str))]
    folded = " ".join(title.split()).casefold()
    return all(folded != _text(node).casefold() for node in block) and not booking_word(title)


def _place_paths(heading: Any) -> set[str]:
    """The paths a place's heading links to (around it or in it): its page, no session's."""
    links = [*heading.iter("a"), *(el for el in heading.iterancestors("a"))]
    return {urlsplit(link.get("href") or "").path for link in links if link.get("href")}


def titled_by_work(entries: Sequence[Any], lines: Sequence[Any]) -> None:
    """Title timed entries under a place's heading by the work's heading over it, placed there (see the module). An
    entry whose page was the place's link takes the work's own link, when its heading has one."""
    heading_lines = {id(line.block): line for line in lines if line.is_heading}
    found: list[tuple[Any, str, Any, Any]] = []
    for entry in entries:
        if entry.time is None or not 0 <= entry.line < len(lines):
            continue
        near = _nearest_heading(lines[entry.line].block)
        if near is None or not _place_heading(near[0]):
            continue
        place = _text(near[0])
        work = _work_heading(near[1])
        if work is None or id(work) not in heading_lines or _place_heading(work):
            continue
        name = _text(work)
        if not place or not name or len(name) > MAX_NAME or names_no_event(name) or booking_prompt(name):
            continue
        if not _own(entry.title, near[0]):
            found.append((entry, name, near[0], heading_lines[id(work)]))
    if len(found) < MIN_SESSIONS:
        return
    for entry, name, heading, work_line in found:
        place = _text(heading)
        entry.title = name
        entry.location = entry.location or place
        entry.evidence.append(PLACE_EVIDENCE.format(place=place, title=name))
        if entry.url and urlsplit(entry.url).path in _place_paths(heading):
            entry.url = None
        if entry.url is None and len({anchor.href for anchor in work_line.anchors}) == 1:
            entry.url = work_line.anchors[0].href
