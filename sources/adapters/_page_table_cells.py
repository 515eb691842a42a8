"""What a schedule table's cells say: their words, a name set beside a kicker and a note in <small>, and a date
cell's span held in its title attribute. Pure (used by _page_tables, the other table readers and _page_info)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import lxml.etree

from sources.adapters._page_dates import DateHit, find_dates
from sources.adapters._page_glued_edges import ON_THE_WORD
from sources.adapters._page_iso_days import capital_glued
from sources.adapters._page_lines import LINE_BREAKS
from sources.adapters._page_map_icons import map_icon_place
from sources.adapters._page_ranges import joined_ranges
from sources.adapters._page_words import meaningful


def cells(row: Any) -> list[Any]:
    return [cell for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th")]


def cell_text(cell: Any) -> str:
    """A cell's words, a line break or a block inside it a space: "Thu, Jan 09, 2020<br/><strong>Cancelled</strong>
    <br/>DLCC222" is three things, not "2020 CancelledDLCC222" (a status glued to a place is neither); two inline
    pieces meeting lower case to capital ("6 June" + "Story Bridge") are two things too, and so are two meeting a
    number to a capitalised word (``number_glued``: "<span>Aug 3</span><span>Aug 10</span>", a span's two days)."""
    parts: list[str] = [cell.text or ""]
    for event, node in lxml.etree.iterwalk(cell, events=CELL_WALK):
        if node is cell:
            continue
        if event == "start":
            following = node.text_content() if isinstance(node.tag, str) else ""
            glued = capital_glued(parts, following) or node.tag not in ON_THE_WORD and number_glued(parts, following)
            parts.extend((" " if node.tag in LINE_BREAKS or glued else "", node.text or ""))
        else:  # an element's end, or a comment or processing instruction: the text after it follows
            parts.extend(
                (" " if node.tag in LINE_BREAKS or capital_glued(parts, node.tail or "") else "", node.tail or "")
            )
    return " ".join("".join(parts).split())


CELL_WALK = ("start", "end", "comment", "pi")
# A capitalised word: a capital and a lower-case letter ("Aug", "Concert"); not a unit or a code ("3D", "4K", "10TH").
CAPITALISED = re.compile(r"[^\W\d_](?<=[A-ZÀ-Þ])[^\W\d_](?<=[a-zß-ÿ])")


def number_glued(parts: list[str], following: str) -> bool:
    """Whether a number ends the text before an element's edge and a capitalised word starts the element
    ("<span>Aug 3</span><span>Aug 10</span>", "<td>2026<span>Concert</span>"): two things the page sets apart. Held-out
    batch 77: a Steam event table's "Event Dates" cell, its first and last day in two spans, read "Aug 3Aug 10"."""
    before = next((part for part in reversed(parts) if part), "")
    return before[-1:].isdigit() and CAPITALISED.match(following) is not None


def unsmall_text(element: Any) -> str | None:
    """An element's words outside its <small> parts, when it has both ("<small>Ranglistenturnier des Sächsischen
    Fechtverbandes</small><br>2026 Erzgebirgs-Cup<br><small>Senioren/U20</small>"): the organiser set small above a
    name and the note set small under it are not the name, the way a heading's <small> is its secondary text. None
    when it has no <small>, or nothing meaningful outside them (a name written wholly in <small> is the name)."""
    smalls = list(element.iter("small"))
    if not smalls or not any(" ".join(small.text_content().split()) for small in smalls):
        return None
    parts: list[str] = [element.text or ""]
    inside = 0  # how deep in a <small> the walk is: its words are left out, the words after it are not
    for event, node in lxml.etree.iterwalk(element, events=CELL_WALK):
        if node is element:
            continue
        small = node.tag == "small"
        if event == "start":
            inside += small
            parts.extend((" " if node.tag in LINE_BREAKS else "", "" if inside else node.text or ""))
        else:
            inside -= small and event == "end"
            parts.extend((" " if node.tag in LINE_BREAKS else "", "" if inside else node.tail or ""))
    words = " ".join("".join(parts).split())
    return words if meaningful(words) else None


# How long a date cell's title attribute may be to be read as its span ("Aug 16, 2026 - Aug 21, 2026"): a tooltip
# of a sentence or more is a note about the row, not its dates.
TITLED_SPAN_MAX = 80


def titled_span(cell: Any, hit: DateHit, *, year: int | None, today: dt.date) -> dt.date | None:
    """The last day a date cell holds in its title attribute, or an element's inside it, when the cell shows only
    the first ("<td title='Aug 16, 2026 - Aug 21, 2026'>Aug 16, 2026</td>", as a calendar widget writes a
    tournament's days): the span must start on the day the cell shows, and end after it."""
    for node in cell.iter():
        title = " ".join((node.get("title") or "").split()) if isinstance(node.tag, str) else ""
        if not title or len(title) > TITLED_SPAN_MAX:
            continue
        hits = joined_ranges(title, find_dates(title, year_hint=year, today=today))
        if len(hits) == 1 and hits[0].date == hit.date and hits[0].end_date and hits[0].end_date > hit.date:
            return hits[0].end_date
    return None


# An icon that marks a country by its flag: an image from a "flags" folder or named for a country's code
# ("/img/flags/bra.svg", "flag_de.png"), or an element a flag stylesheet classes with the code ("flag-icon
# flag-icon-fr", "fi fi-fr", Semantic UI's "fr flag"). A flag naming no country is some other icon: an icon
# font's "fi fi-rr-ticket" (Flaticon), a warning's "red-flag.png", a "flag" class alone.
FLAG_MARK = re.compile(
    r"/flags/|(?<![a-z])flags?[-_](?:icon[-_])?[a-z]{2,3}(?![a-z-])|(?:^|\s)fi-[a-z]{2}(?:\s|$)"
    r"|(?:^|\s)[a-z]{2}[ \t]flag(?:\s|$)",
    re.I,
)
FLAG_TAGS = frozenset({"img", "span", "i"})
PLACE_AFTER_FLAG = 60  # characters: a town and its country's code, not a sentence


def flagged_place(row_cells: list[Any]) -> str | None:
    """The words right after a flag icon in a row, up to the next element ("<img src=/img/flags/bra.svg> BRA Belo
    Horizonte<br>"): where the row's tournament is, as results and federation sites mark a country and town."""
    for cell in row_cells:
        for node in cell.iter(*FLAG_TAGS):
            marks = f"{node.get('src') or ''} {node.get('class') or ''}" if node.tag == "img" else node.get("class")
            words = " ".join((node.tail or "").split())
            if FLAG_MARK.search(marks or "") and 0 < len(words) <= PLACE_AFTER_FLAG and meaningful(words):
                return words
    return map_icon_place(row_cells)  # "<a href=maps…><img alt='Acton Memorial Library'></a>" (_page_map_icons)
