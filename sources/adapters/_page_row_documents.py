"""A meeting's row written as lines, its date on the first ("April 18, 2019"), its name on the next, its
documents on a line of links below ("<div><a href=…pdf><strong>Agenda</strong></a></div>", a <div> table's
third cell): those links are the meeting's documents when the element holding the date line and theirs holds no
other date (one meeting's row, not the list). Pure (used by _page_sections.apply_section_links)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sources.adapters._page_dates import find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_rows import one_date_holds
from sources.adapters._page_words import document_label, is_document_link

if TYPE_CHECKING:
    from sources.adapters._page_schedule import Entry

BELOW_LINES = 4  # lines under the date a row's documents may be on
_EPOCH = dt.date(2000, 1, 1)


def _documents(line: Line) -> list[dict[str, str]] | None:
    """The line's links when every one is a document's (an "Agenda", a PDF), else None."""
    anchors = [anchor for anchor in line.anchors if not anchor.href.startswith(("mailto:", "tel:"))]
    if not anchors or not all(is_document_link(anchor.text, anchor.href) for anchor in anchors):
        return None
    return [{"label": document_label(anchor.text, anchor.href, None), "url": anchor.href} for anchor in anchors]


def add_row_documents(entries: list[Entry], lines: list[Line]) -> None:
    """Give each meeting read from a line without links its row's document lines below it."""
    for entry in entries:
        if entry.links or entry.structure.startswith("table") or not 0 <= entry.line < len(lines):
            continue
        line = lines[entry.line]
        if line.block is None or line.anchors:
            continue
        for below in lines[entry.line + 1 : entry.line + 1 + BELOW_LINES]:
            if below.block is None or find_dates(below.text, year_hint=2000, today=_EPOCH):
                break
            if not one_date_holds(line.block, below.block):
                break
            documents = _documents(below)  # a link set in bold ("<strong>Agenda</strong>") reads as a heading
            if below.is_heading and not documents:
                break
            if documents:
                entry.links += documents
                entry.evidence.append(f"documents read from its row's line below the date: {below.text[:60]!r}")
