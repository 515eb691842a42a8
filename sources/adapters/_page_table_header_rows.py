"""A schedule table's header: which row heads its columns, each column's text (a cell spanning several stands over
each), and the role each header names (date, time, place, title, documents …). Pure.

Split out of ``_page_tables`` (left42) along the seam between finding a table's header and reading its rows by it:
``_page_tables.table_entries`` takes the header from ``header_row`` (else ``loose_header``, else a class's) and reads
each row by ``column_roles``. A header row is all <th>, or names a date column, or is a row of short bold labels; a
row of <th> that only groups the <th> row below it gives way to that row.

The leading underscore keeps this helper module out of the adapters package's auto-import.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._page_bold_class import bold_class
from sources.adapters._page_dates import find_dates
from sources.adapters._page_ground_column import ground_roles
from sources.adapters._page_occasion_columns import occasion_roles
from sources.adapters._page_opponent_column import opponent_roles
from sources.adapters._page_schedule import COLUMN_ROLES, HEADER_CELL
from sources.adapters._page_table_cells import cell_text as _cell_text
from sources.adapters._page_table_cells import cells as _cells
from sources.adapters._page_table_headers import local_roles

__all__ = ["MAX_SPAN", "column_roles", "header_row", "loose_header"]

MAX_SPAN = 50  # columns one header cell may cover: a hostile colspan is not a million columns


def column_roles(header: list[str]) -> dict[int, str]:
    roles: dict[int, str] = {}
    for column, text in enumerate(header):
        for role, pattern in COLUMN_ROLES:
            if pattern.search(text) and role not in roles.values():
                roles[column] = role
                break
    located = "location" in (roles := local_roles(header, roles)).values()  # "Data | Evento | Local" (pt)
    titled = "title" in roles.values()  # a billed name ("Artist") titles the rows when no column names the event
    billed = "billed" in roles.values()  # ... and a session's topic ("Week | Date | Topic") when neither does
    fallback = {"billed": not titled, "topic": not titled and not billed}
    roles = opponent_roles(  # "Date | vs | Type": the opponent names the match (_page_opponent_column)
        header,
        occasion_roles(
            header,
            {  # "Lieu, contexte | Ville, pays": a name and its town (_page_occasion_columns)
                column: "title" if fallback.get(role) else role
                for column, role in roles.items()
                if not (located and role == "town") and fallback.get(role, True)
            },
        ),
    )
    return ground_roles(header, roles)  # "Opposition | Ground": a fixture table's ground (_page_ground_column)


def header_row(rows: list[Any], today: dt.date) -> tuple[list[str], int]:
    """The header cells' texts and the index of the first data row ([] and 0 without a header).

    A header row is all <th>, or names a date column, or is a row of short bold labels ("<td><strong>Name
    </strong></td><td><strong>Term Ends</strong></td>"), as tables typed into a CMS are written. A row of <th> that
    only groups the <th> row below it ("| Hauptrunde |" over "ST | TERMIN | HEIM | … | GAST") gives way to that row,
    and a header cell spanning columns stands over each of them (``_spanned``).
    """
    for index, row in enumerate(rows[:3]):
        cells = _cells(row)
        texts = [_cell_text(cell) for cell in cells]
        if any(find_dates(text, year_hint=today.year, today=today) for text in texts):
            return [], 0
        if cells and (all(cell.tag == "th" for cell in cells) or "date" in column_roles(texts).values()):
            if _group_row(cells, rows[index + 1 : index + 2]):
                continue  # "| Hauptrunde |" over "ST | TERMIN | HEIM | … | GAST": the columns' own row heads them
            return _spanned(cells, texts), index + 1
        if len(cells) > 1 and all(_is_label_cell(cell, text) for cell, text in zip(cells, texts, strict=True)):
            return texts, index + 1
    return [], 0


def _span(cell: Any) -> int:
    try:
        return max(1, min(MAX_SPAN, int(cell.get("colspan") or 1)))
    except ValueError:
        return 1


def _spanned(cells: list[Any], texts: list[str]) -> list[str]:
    """A header's texts, one per column it covers: a cell spanning three columns ("<th colspan='3'>") is followed by
    two empty ones, so that each data cell stands under its own header's text."""
    return [value for cell, text in zip(cells, texts, strict=True) for value in (text, *[""] * (_span(cell) - 1))]


def _group_row(cells: list[Any], below: list[Any]) -> bool:
    """Whether a row of <th> only groups the columns of the <th> row below it: it spans them in fewer, wider cells
    ("<th colspan='2'></th><th colspan='7'>Hauptrunde</th>" over nine column headers)."""
    under = _cells(below[0]) if below else []
    return (
        bool(under)
        and all(cell.tag == "th" for cell in under)
        and len(cells) < len(under)
        and sum(_span(cell) for cell in cells) >= len(under)
    )


def loose_header(table: Any) -> list[str]:
    """Header cells written straight into the table, in no row ("<table><th>Data</th><th>Nome</th><tr>…"), as
    hand-written markup does: the header its rows are read by."""
    cells = [cell for part in (table, *table.iterchildren("thead", "tbody")) for cell in part.iterchildren("th")]
    return [_cell_text(cell) for cell in cells] if len(cells) > 1 else []


def _is_label_cell(cell: Any, text: str) -> bool:
    if not text or len(text) > HEADER_CELL:
        return False
    bold = " ".join(" ".join((node.text_content() or "").split()) for node in cell.iter("strong", "b"))
    return bold.strip() == text or bold_class(cell)  # "<td class='font_11pt_bold'>" (_page_bold_class)
