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

import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

from sources.adapters._page_booking_words import booking_prompt, booking_word
from sources.adapters._page_joined_text import text_head
from sources.adapters._page_nav_links import names_no_event
from sources.adapters._page_row_address import postal_address
from sources.adapters._page_single_place import POSTCODE_LINE

HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
MAX_UP = 8  # enclosing blocks walked up from a session's line to its place's heading, then the work's
MAX_SIBLINGS = 40  # earlier branches looked at on each level: a session's place or work heads a short run of them
MAX_HEADINGS = 50  # headings read inside one branch
MAX_LINE = 200  # characters of a line beside a place's heading read for its postcode or address
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
    around = list(heading.iterancestors())  # held, so that each node keeps its one proxy while it is compared
    for child in itertools.islice(holder, MAX_SIBLINGS * 2):
        if child is heading or not isinstance(child.tag, str) or any(child is node for node in around):
            continue
        text = _short_text(child)
        if text and (POSTCODE_ALONE.match(text) or POSTCODE_LINE.match(text) or postal_address(text)):
            return True
    return False


def _short_text(node: Any) -> str:
    """A node's words when they are a line's (at most MAX_LINE characters), else "": a postcode or an address line
    is short, and a long block beside a heading (the whole list of sessions) is not read to learn that."""
    text = text_head(node, MAX_LINE + 1)
    return text if len(text) <= MAX_LINE else ""


def _earlier_branches(node: Any) -> Iterator[tuple[list[Any], Any]]:
    """The headings of each earlier branch of the blocks enclosing ``node``, nearest first (the branch itself when it
    is one, else those inside it, in order; branches with none are passed), with the block that holds the branch."""
    if node is None:  # a line outside any block (text straight under the root, beside a PHP instruction)
        return
    child, parent = node, node.getparent()
    for _ in range(MAX_UP):
        if parent is None:
            return
        for sibling in itertools.islice(child.itersiblings(preceding=True), MAX_SIBLINGS):
            if not isinstance(sibling.tag, str):
                continue
            if sibling.tag in HEADINGS:
                headings = [sibling]
            else:
                headings = list(itertools.islice(sibling.iterdescendants(*HEADINGS), MAX_HEADINGS))
            if headings:
                yield headings, parent
        child, parent = parent, parent.getparent()


def _nearest_heading(node: Any) -> tuple[Any, Any] | None:
    """The nearest heading in an earlier branch of a block enclosing ``node``, and that block."""
    for headings, parent in _earlier_branches(node):
        return headings[-1], parent
    return None


def _work_heading(block: Any, place_heading: Callable[[Any], bool]) -> Any | None:
    """The first heading of the nearest earlier branch, above ``block``, that heads no place: the work's. Branches of
    other places only (the same work's other cinemas) are passed over; a branch with a work's heading and places of
    its own is another work's block, and then there is none."""
    for headings, _parent in _earlier_branches(block):
        places = sum(1 for heading in headings if place_heading(heading))
        if not places:
            return headings[0]
        if places < len(headings):
            return None
    return None


def _own(title: str | None, heading: Any) -> bool:
    """Whether an entry's title is its own name: not a line of its place's block (the place's name, its address
    under it) nor a booking box's words."""
    if not title:
        return False
    holder = _holder(heading)
    block = [heading] if holder is None else [holder, *(child for child in holder if isinstance(child.tag, str))]
    folded = " ".join(title.split()).casefold()
    if len(folded) > MAX_LINE:  # no line of a place's block, read as _short_text reads them
        return not booking_word(title)
    return all(folded != _short_text(node).casefold() for node in block) and not booking_word(title)


def _place_paths(heading: Any) -> set[str]:
    """The paths a place's heading links to (around it or in it): its page, no session's."""
    links = [*heading.iter("a"), *(el for el in heading.iterancestors("a"))]
    return {urlsplit(link.get("href") or "").path for link in links if link.get("href")}


class _Headings:
    """What each heading is, read once for all the sessions under it (a page's sessions share a few headings)."""

    def __init__(self) -> None:
        self.places: dict[Any, bool] = {}
        self.works: dict[Any, Any] = {}

    def place(self, heading: Any) -> bool:
        if heading not in self.places:
            self.places[heading] = _place_heading(heading)
        return self.places[heading]

    def work(self, block: Any) -> Any | None:
        if block not in self.works:
            self.works[block] = _work_heading(block, self.place)
        return self.works[block]


def _session(entry: Any, lines: Sequence[Any], heading_lines: dict[int, Any], headings: _Headings) -> tuple | None:
    """(the entry, the work's name, its place's heading, the work's line) for a timed entry of the shape; else None."""
    if entry.time is None or not 0 <= entry.line < len(lines):
        return None
    near = _nearest_heading(lines[entry.line].block)
    if near is None or not headings.place(near[0]):
        return None
    place = _text(near[0])
    work = headings.work(near[1])
    if work is None or id(work) not in heading_lines or headings.place(work):
        return None
    name = _text(work)
    if not place or not name or len(name) > MAX_NAME or names_no_event(name) or booking_prompt(name):
        return None
    if _own(entry.title, near[0]):
        return None
    return entry, name, near[0], heading_lines[id(work)]


def titled_by_work(entries: Sequence[Any], lines: Sequence[Any]) -> None:
    """Title timed entries under a place's heading by the work's heading over it, placed there (see the module). An
    entry whose page was the place's link takes the work's own link, when its heading has one."""
    heading_lines = {id(line.block): line for line in lines if line.is_heading}
    headings = _Headings()
    found = [hit for entry in entries if (hit := _session(entry, lines, heading_lines, headings)) is not None]
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
