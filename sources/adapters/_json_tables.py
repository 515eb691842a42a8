"""Tables written in JSON, read as the records they are when their columns name an event's fields (``json_api``).

Some APIs answer with tables, not records: a list of column names and a list of rows, each row a list of values in
the columns' order. stats.nba.com writes ``{"resultSets": [{"name": "GameHeader", "headers": ["GAME_DATE_EST",
...], "rowSet": [[...], ...]}]}``; a spreadsheet read through the Google Sheets API is ``{"range": "Sheet1!A1:D9",
"values": [["Date", "Event", ...], ["2031-03-04", "Jazz Night", ...]]}`` (the header is the first row, and a row
stops at its last filled cell); Google's visualization answers are ``{"cols": [{"id": "A", "label": "Start"}],
"rows": [{"c": [{"v": "Date(2031,2,4,19,30,0)"}]}]}`` (months from 0); others write ``"columns"``/``"fields"`` and
``"data"``/``"rows"``. No path reaches an event's title in such a row: the title is the row's second value, its
name the header's.

Each such table is rewritten as the list of its rows as objects, keyed by the column names (the header objects'
label, name or id), so the document reads as if the API had written records. Only a table whose columns name an
event: one a date or a start ("Date", "GAME_DATE", "start_time", "Datum") and one a title or a name ("Title",
"Event", "Name", "EVENT_NAME", "Titel"), where the name is the row's own, not a player's, a team's or a customer's
("PLAYER_NAME", "TEAM_NAME", "Customer Name"). The table's own name ("GameHeader", the sheet's range) stays beside
the rows, where it is no row's title. A table of scores, of players or of a budget ("Date", "Item", "Amount")
stays as it was; so does every document that reads without this (``json_api`` rewrites only where nothing else
reads).

Pure: no database, no network. The walk is bounded (nodes, depth). The leading underscore keeps this module out of
the adapter registry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from sources.adapters._json_fields import NOT_DATE, START_WORDS, TABLE_TITLES, moment_words
from sources.adapters._json_shapes import words

MAX_NODES = 100_000  # values looked at, in all
MAX_DEPTH = 30  # objects and lists within each other
MAX_COLUMNS = 200  # a header longer than this is no table of events
SAMPLE = 20  # rows looked at to tell the shape
MIN_ROWS = 1
HEADER_KEYS = frozenset({"headers", "header", "columns", "cols", "fields", "columnnames", "keys", "colnames"})
ROW_KEYS = frozenset({"rowset", "rows", "data", "values", "records", "results", "items"})
# The keys a column's description names it by, best first (Google's visualization cols: "label", then "id" "A").
HEADER_NAME_KEYS = ("label", "name", "title", "field", "key", "id")
CELL_KEYS = ("c", "f", "cells", "values")  # a row object's cells (Google visualization "c", BigQuery "f")
CELL_VALUE_KEYS = ("v", "value", "f", "formattedValue")  # a cell object's value, then its formatted text
# A column holding the row's name: the word alone, or qualified by a word about the event ("EVENT_NAME").
TITLE_HEADS = frozenset({"title", "name", "event", "subject", "summary", "headline", "titel", "titre", "titolo",
                         "titulo", "nom", "nombre", "nome", "naam", "veranstaltung", "evenement", "evento",
                         "programme", "program", "show", "session", "activity"})  # fmt: skip
TITLE_QUALIFIERS = frozenset({"event", "events", "session", "show", "activity", "program", "programme", "class",
                              "course", "meeting", "film", "movie", "concert", "performance", "talk", "workshop",
                              "display", "full", "short", "long", "main", "official", "public", "of", "the"})  # fmt: skip
DATE_HEADS = frozenset({*START_WORDS, "data", "datetime", "startdate", "starttime", "fecha", "datum", "date"})
# Google's visualization dates: "Date(2031,2,4)" or "Date(2031,2,4,19,30,0)", months counted from 0.
_GVIZ_DATE = re.compile(r"^Date\((\d{4}),\s?(\d{1,2}),\s?(\d{1,2})(?:,\s?(\d{1,2}),\s?(\d{1,2})(?:,\s?(\d{1,2}))?)?\)$")


T = TypeVar("T")


class _Budget:
    def __init__(self) -> None:
        self.nodes = MAX_NODES
        self.titles: set[str] = set()


def with_tables(data: Any) -> Any:
    """The document with each table whose columns name an event's fields written as the list of its rows as
    objects (a copy where anything changed; the document itself when nothing did)."""
    return _walk(data, 0, _Budget())


def read_tables(data: Any, reader: Callable[[Any], T | None]) -> tuple[Any, T | None]:
    """``reader`` (an inference) on the document with its tables as records, the columns their headers name as
    the rows' titles taken as titles whatever their word ("Event"); (data, None) when it holds no such table."""
    budget = _Budget()
    tables = _walk(data, 0, budget)
    if tables is data:
        return data, None
    token = TABLE_TITLES.set(frozenset(budget.titles))
    try:
        return tables, reader(tables)
    finally:
        TABLE_TITLES.reset(token)


def _walk(node: Any, depth: int, budget: _Budget) -> Any:
    budget.nodes -= 1
    if budget.nodes < 0 or depth > MAX_DEPTH:
        return node
    if isinstance(node, list):
        records = _headed_rows(node, budget)
        if records is not None:
            return records
        changed = [_walk(element, depth + 1, budget) for element in node]
        return changed if any(new is not old for new, old in zip(changed, node, strict=True)) else node
    if isinstance(node, Mapping):
        table = _keyed_table(node, budget)
        if table is not None:
            return table
        out = {key: _walk(value, depth + 1, budget) for key, value in node.items()}
        return out if any(out[key] is not value for key, value in node.items()) else node
    return node


def _keyed_table(node: Mapping[str, Any], budget: _Budget) -> dict[str, Any] | None:
    """The object with its rows as records, when it holds a header list and a list of rows in that order
    ("headers" + "rowSet", "cols" + "rows", "columns" + "data"); None when it is no table of events."""
    header_key = next((key for key in node if isinstance(key, str) and _bare(key) in HEADER_KEYS), None)
    rows_key = next((key for key in node if isinstance(key, str) and _bare(key) in ROW_KEYS), None)
    if header_key is None or rows_key is None:
        return None
    names = _column_names(node[header_key])
    rows = node[rows_key]
    if names is None or not isinstance(rows, list) or not _names_an_event(names):
        return None
    records = _records(names, rows)
    if records is None:
        return None
    budget.titles.update(name for name in names if _title_column(name))
    return {**node, rows_key: records}


def _headed_rows(node: list[Any], budget: _Budget) -> list[dict[str, Any]] | None:
    """A list of rows whose first row is the header (a spreadsheet's "values"), as records; None otherwise."""
    if len(node) < MIN_ROWS + 1 or not isinstance(node[0], list):
        return None
    header = node[0]
    if not header or len(header) > MAX_COLUMNS or not all(isinstance(cell, str) and cell.strip() for cell in header):
        return None
    names = [cell.strip() for cell in header]
    if len(set(names)) != len(names) or not _names_an_event(names):
        return None
    records = _records(names, node[1:])
    if records is not None:
        budget.titles.update(name for name in names if _title_column(name))
    return records


def _column_names(header: Any) -> list[str] | None:
    """The columns' names: strings, or objects naming their column (label, name, id); None when it is no header
    (not a list, empty, too long, a name missing or twice)."""
    if not isinstance(header, list) or not header or len(header) > MAX_COLUMNS:
        return None
    names: list[str] = []
    for column in header:
        if isinstance(column, Mapping):
            column = next(
                (column[key] for key in HEADER_NAME_KEYS if isinstance(column.get(key), str) and column[key].strip()),
                None,
            )
        if not isinstance(column, str) or not column.strip():
            return None
        names.append(column.strip())
    return names if len(set(names)) == len(names) else None


def _records(names: Sequence[str], rows: list[Any]) -> list[dict[str, Any]] | None:
    """The rows as objects keyed by ``names``; None when the rows are not lists of cells (nor row objects holding
    them) no longer than the header, or when there are none."""
    if len(rows) < MIN_ROWS:
        return None
    records: list[dict[str, Any]] = []
    for index, row in enumerate(rows):
        cells = _cells(row)
        if cells is None or len(cells) > len(names):
            if index < SAMPLE:
                return None
            continue  # a stray row far down: left out, not the whole table
        records.append({name: value for name, value in zip(names, cells, strict=False) if value not in (None, "")})
    return records or None


def _cells(row: Any) -> list[Any] | None:
    """A row's values: a list, or a row object's cells ({"c": [{"v": …}]}), each cell object's value."""
    if isinstance(row, Mapping):
        row = next((row[key] for key in CELL_KEYS if isinstance(row.get(key), list)), None)
    if not isinstance(row, list):
        return None
    return [_cell(cell) for cell in row]


def _cell(cell: Any) -> Any:
    if isinstance(cell, Mapping):
        cell = next((cell[key] for key in CELL_VALUE_KEYS if cell.get(key) not in (None, "")), None)
    if isinstance(cell, str) and (found := _GVIZ_DATE.match(cell.strip())) is not None:
        return _gviz_date(found) or cell
    return cell


def _gviz_date(found: re.Match[str]) -> str | None:
    """ "Date(2031,2,4,19,30,0)" → "2031-03-04T19:30:00" (Google counts months from 0); "Date(2031,2,4)" →
    "2031-03-04"."""
    year, month, day, hour, minute, second = found.groups()
    try:
        day_ = dt.date(int(year), int(month) + 1, int(day))
        if hour is None:
            return day_.isoformat()
        return dt.datetime.combine(day_, dt.time(int(hour), int(minute), int(second or 0))).isoformat()
    except ValueError:
        return None


def _names_an_event(names: Sequence[str]) -> bool:
    """Whether the columns name a date or a start and a title or a name of the row's own."""
    return any(_date_column(name) for name in names) and any(_title_column(name) for name in names)


def _date_column(name: str) -> bool:
    named = words(name)
    every = set(moment_words(named))
    return bool(every & DATE_HEADS) and not every & NOT_DATE


def _title_column(name: str) -> bool:
    """ "Title", "Event", "EVENT_NAME", "Session Title": a title word, qualified by nothing or by words about the
    event; not "PLAYER_NAME", "TEAM_NAME", "Customer Name" (a person's, a team's, a customer's)."""
    named = words(name)
    if not named or named[-1] not in TITLE_HEADS:
        return False
    return all(word in TITLE_QUALIFIERS or word in TITLE_HEADS for word in named[:-1])


def _bare(key: str) -> str:
    return "".join(words(key))
