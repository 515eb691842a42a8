"""A meeting's documents in the cells beside its date: a row of cells (``<div class="row">``), the date in the first
and the meeting's files in the others, each under a bold label ("Statement:" over "PDF | HTML", "Minutes:" over
"PDF | HTML (Released February 18, 2026)"). Read line by line, the date line has no link and the files are lines of
their own, so the meeting kept none. Held-out batch 69 (helper pages69). Pure (mutates only the entry it is given).

Where a date line's element is a cell of a row (its parent holds other cells, and no more text than a row does) and
the row's other lines state no other date but the notes of when a file was released ("(Released …)", "Posted …"),
the links of the lines after it that a cell's label heads ("Statement:" over "PDF | HTML" and "Implementation Note")
or that name only a file's format ("PDF", "HTML") are the entry's documents, a format's link labelled by the label
above it ("Statement (HTML)"), another by its own words.

Not: a row that holds another date, before or after the line (a list of meetings in one element); a link no label
nor format marks as a file (the row's "Video" placeholder, a link to the archives below a year's list); lines after
the row's end; a mail or telephone link.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_rows import bounded_text
from sources.adapters._page_schedule import ROW_TEXT, Entry
from sources.adapters._page_sections import FORMAT_LINK
from sources.adapters._page_words import PAGE_DATES, document_label

MAX_BELOW = 30  # lines of one row looked at
LABEL = 40  # the longest label line ("Statement:", "Projection Materials")
LABEL_LINE = re.compile(r"^[^\W\d][^:]*:$")  # "Statement:", "Minutes:" (its length checked apart)
_EPOCH = dt.date(2000, 1, 1)


def _inside(block: Any, row: Any) -> bool:
    return block is row or any(ancestor is row for ancestor in block.iterancestors())


def _other_date(text: str) -> bool:
    """A line that states a date which is not a file's release note."""
    hits = find_dates(text, year_hint=_EPOCH.year, today=_EPOCH)
    return bool(hits) and not PAGE_DATES.search(text[: hits[0].start + 1])


def _row_lines(lines: list[Line], line: Line) -> list[Line] | None:
    """The lines after ``line`` in its row, or None when its element is no cell of one meeting's row (the row holds
    another line with a date that is no file's release note, before or after it)."""
    row = line.block.getparent() if line.block is not None else None
    if row is None or row.tag in ("body", "html") or len(row) < 2 or bounded_text(row, ROW_TEXT) is None:
        return None
    for other in reversed(lines[max(0, line.index - MAX_BELOW) : line.index]):
        if other.block is None or not _inside(other.block, row):
            break
        if _other_date(other.text):
            return None
    below = []
    for other in lines[line.index + 1 : line.index + 1 + MAX_BELOW]:
        if other.block is None or not _inside(other.block, row):
            break
        if _other_date(other.text):
            return None
        below.append(other)
    return below


def files_in_row(entry: Entry, lines: list[Line], line: Line) -> None:
    """The entry's documents from the cells of its date's row (see the module's docstring)."""
    below = _row_lines(lines, line)
    if not below:
        return
    have = {link["url"] for link in entry.links} | {entry.url}
    label: tuple[str, Any] | None = None  # a cell's label ("Statement:") and the cell it labels
    added = 0
    for other in below:
        if not other.anchors:
            text = other.text.strip()
            if len(text) <= LABEL and LABEL_LINE.match(text) and text.endswith(":"):
                label = (text.rstrip(":").strip(), other.block)
            continue
        labelled = label[0] if label is not None and other.block is label[1] else None
        for anchor in other.anchors:
            words = " ".join(anchor.text.split())
            if anchor.href in have or anchor.href.startswith(("mailto:", "tel:")):
                continue
            if not (labelled or FORMAT_LINK.match(words)):
                continue  # a link of the row that no label nor format marks as a file: the row's own, or another's
            named = f"{labelled} ({words})" if labelled and FORMAT_LINK.match(words) else None
            entry.links.append({"label": named or document_label(words, anchor.href, labelled), "url": anchor.href})
            have.add(anchor.href)
            added += 1
    if added:
        entry.evidence.append(f"{added} documents from the cells of the date's row")
