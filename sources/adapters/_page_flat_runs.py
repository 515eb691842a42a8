"""A list of meetings written as one flat run of sibling blocks, with no element around one meeting: a date block,
its meeting's name, its documents, then the next date block under the same parent ("<div class=mtgdate>December
1, 2014</div><div class=mtgtype>Regular Meeting of the Music Commission</div><div class=doc><a>Agenda</a></div>
<div class=mtgdate>October 7, 2014</div>…"). The blocks after a date block, up to the next block of its tag and
class, are that meeting's row: its name is the first of them that is neither a document link nor a date, its
documents are their links. Used by _page_line_neighbours.follow_lines when no element holds one date only."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._page_bars import is_sentence
from sources.adapters._page_dates import find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_link_names import naming_link
from sources.adapters._page_nav_links import names_no_event
from sources.adapters._page_place_nouns import PLACE_NOUN
from sources.adapters._page_row_skips import names_nothing
from sources.adapters._page_schedule import BELOW_LINE_LENGTH, Entry
from sources.adapters._page_words import document_label, meaningful, split_place, without_status

FLAT_DATES = 2  # date blocks of one tag and class under one parent: a template repeated, not a lone dated block
RUN_LINES = 40  # lines after a date block looked at for its row (a meeting with many backup documents)
RUN_DEPTH = 3  # ancestors of a line's block looked at for the sibling of the date block that holds it
DASH_PLACE = 40  # characters of a room written after the name's dash ("… Task Force - One Texas Center, room 325")
DASHES = (" - ", " – ", " — ")
_EPOCH = dt.date(2000, 1, 1)


def _mark(element: Any) -> tuple[str, str] | None:
    classes = element.get("class") if isinstance(element.tag, str) else None
    return (element.tag, " ".join(classes.split())) if classes else None


def _dated(element: Any) -> bool:
    return bool(find_dates(" ".join(element.text_content().split())[:120], year_hint=2000, today=_EPOCH))


def room_after_dash(text: str) -> tuple[str, str] | None:
    """A name line's room after its last dash: a short part that names a kind of place and holds a number ("Regular
    Meeting of the Task Force - Room 500"), not a subtitle ("Budget Workshop - Part 2", "Tribute - Hall of Fame")."""
    for dash in DASHES:
        title, found, place = text.rpartition(dash)
        if not found:
            continue
        place = place.strip()
        if len(place) <= DASH_PLACE and any(c.isdigit() for c in place) and PLACE_NOUN.search(place):
            return title.strip(), place
    return None


def _template(block: Any, mark: tuple[str, str]) -> bool:
    """Whether a date block is a template repeated: FLAT_DATES dated blocks of its tag and class among it and its
    nearest siblings of them, before and after. Only the neighbours: a run of a thousand dates costs each date block
    two looks, not a thousand (every sibling counted for every block was quadratic)."""
    near = [block, *(_marked_sibling(block, mark, preceding=preceding) for preceding in (False, True))]
    return sum(1 for element in near if element is not None and _dated(element)) >= FLAT_DATES


def _marked_sibling(block: Any, mark: tuple[str, str], *, preceding: bool) -> Any:
    return next((sibling for sibling in block.itersiblings(preceding=preceding) if _mark(sibling) == mark), None)


def run_lines(line: Line, lines: list[Line]) -> list[Line]:
    """The lines of a date line's flat row: those after it whose blocks are (inside) the date block's following
    siblings, up to the next sibling of the date block's own tag and class. [] when the date block is no template
    (no class, or no dated sibling of its class next to it: ``_template``)."""
    block = line.block
    mark = _mark(block) if block is not None else None
    parent = block.getparent() if block is not None else None
    if mark is None or parent is None:
        return []
    if not _template(block, mark):
        return []
    row: set[Any] = set()
    for sibling in block.itersiblings():
        if _mark(sibling) == mark:
            break
        row.add(sibling)
    found: list[Line] = []
    for below in lines[line.index + 1 : line.index + 1 + RUN_LINES]:
        node = below.block
        for _ in range(RUN_DEPTH):
            if node is None or node in row:
                break
            node = node.getparent()
        if node is None or node not in row:
            break
        found.append(below)
    return found


def name_in_flat_run(entry: Entry, lines: list[Line], line: Line) -> None:
    """An untitled date line's name, place and documents from its flat row (see the module): the row's first line
    that is no document link, no date and no way in ("Play video") names the meeting (a link alone that reads as a
    name, "Jazz Night", names it and is its page); what it writes after " - " that reads
    as a place is the place ("Regular Meeting of the Task Force - Room 500"); the row's links are its documents."""
    if entry.title is not None:
        return
    row = run_lines(line, lines)
    for below in row:
        text = below.text.strip()
        named = naming_link(below)  # "Jazz Night", a link alone in its block: the name and its page, no document
        if below.anchors and named is None or not meaningful(text) or names_nothing(text) or names_no_event(text):
            continue
        if find_dates(text, year_hint=2000, today=_EPOCH) or len(text) > BELOW_LINE_LENGTH or is_sentence(text):
            return  # another date, or a description: the row names nothing
        title, place = split_place(without_status(text))
        if not place and (room := room_after_dash(title)) is not None:
            title, place = room
        if not meaningful(title):
            return
        entry.title = title
        entry.evidence.append(f"title read from the block after the date in its flat run: {text[:60]!r}")
        if named is not None and entry.url is None:
            entry.url = named.href
        if place and entry.location is None:
            entry.location = place
        break
    else:
        return
    _row_documents(entry, row)


def _row_documents(entry: Entry, row: list[Line]) -> None:
    """The row's links, but its page, as the entry's documents, each labelled by what it is."""
    known = {link["url"] for link in entry.links} | ({entry.url} if entry.url else set())
    for below in row:
        for anchor in below.anchors:
            if anchor.text and anchor.href not in known and not anchor.href.startswith(("mailto:", "tel:")):
                known.add(anchor.href)
                entry.links.append({"label": document_label(anchor.text, anchor.href, None), "url": anchor.href})
