"""A table of one day's times under a heading that is only that day, and a month's table of bare CJK days under a
heading that is only that month: the heading's day or month written into the rows (mutates the tree it is given;
_page_prepare, before the readers look at it). Held-out batch 68 (helper pages68).

A racecourse's or a festival's day programme heads its table with the day alone and gives each row only its time:
``<h4>2016年5月22日（日）</h4>`` … ``<table><tr><th>R</th><th>Race</th>…</tr><tr><td>1R 10:05</td><td><a>…</a></td>
…</tr>…``. Where the nearest heading above an innermost table is a day alone, no cell of the table states a date, and
two rows or more give a time alone at the start of a cell (a short label beside it: "1R") beside a cell that names
something, the day is written into each such time's cell (a ``<p class="table-day">``), so each row reads as a row
with its own date and time. Not: a table of opening hours (a row named by a weekday, "Monday | 9:00 - 17:00"), a
results table of finishing times ("2:10:05"), a table that dates its own rows, a table under a heading that says
more than a day.

A month's schedule in Japanese or Chinese heads its table with the month ("<h3>2010年1月</h3>") and starts each
row with the day's number and its weekday ("5日（火）", "5日(火)") or the number alone ("5日"): where the nearest
heading above is only a month with its year and two rows or more start so, the heading's "2010年1月" is written
before each such day, which then reads as a whole date. A cell that starts with any other number ("1回中山1日", a
meeting's count) is left as it is.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_cards import date_alone
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_intl import intl_weekday
from sources.adapters._page_list_days import MAX_DIVIDER, write_day
from sources.adapters._page_schedule import HEADING_ABOVE, MIN_ROWS
from sources.adapters._page_table_cells import cell_text, cells
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS
from sources.adapters._page_words import meaningful
from sources.adapters.webpage import clean_text

MAX_TABLES = 200  # tables looked at: a hostile page of many costs no more
MAX_ROWS = 300  # rows of one table
LABEL = 4  # the most characters beside a row's time in its cell ("1R", "#3")
NAME = 2  # the fewest letters of the cell that names the row
# A heading that is only a month and its year, CJK style: "2010年1月", "2010 年 1 月".
CJK_MONTH = re.compile(r"^\s*(?P<year>(?:19|20)\d\d)\s?年\s?(?P<month>1[0-2]|0?[1-9])\s?月\s*$")
# A cell that starts with a day's number and its weekday in brackets ("5日（火）", "31日(日)"), or is the number
# alone ("5日"); the weekday one CJK character, a holiday's mark after it allowed ("（土・祝）").
CJK_DAY = re.compile(r"^\s*(?:[12]\d|3[01]|0?[1-9])日(?:\s?[（(][日月火水木金土](?:・祝)?[)）]|\s*$)")
# A time that is part of a longer one: a finishing time ("2:10:05", "10:05.3").
LONGER_TIME = re.compile(r"^[:.]\d")
_EPOCH = dt.date(2000, 1, 1)


def innermost_tables(root: Any) -> list[Any]:
    found: list[Any] = []
    for table in root.iter("table"):
        if len(found) >= MAX_TABLES:
            break
        if next(table.iterdescendants("table"), None) is None:
            found.append(table)
    return found


def _heading_above(table: Any) -> str:
    found = table.xpath(HEADING_ABOVE)
    return (clean_text(found[0].text_content()) or "") if found else ""


def _rows(table: Any) -> list[list[Any]]:
    return [cells(row) for row in list(table.iter("tr"))[:MAX_ROWS]]


def _weekday(text: str) -> bool:
    word = text.strip().rstrip(".:").lower()
    return word in ENGLISH_WEEKDAYS or intl_weekday(word) is not None


def _time_cell(row: list[Any]) -> Any | None:
    """The row's cell that is a time alone (a short label beside it allowed), when another cell names something
    and none is a weekday's name (opening hours)."""
    texts = [cell_text(cell) for cell in row]
    if any(_weekday(text) for text in texts):
        return None
    for column, text in enumerate(texts):
        clock = find_clock(text) if text else None
        if clock is None or clock.start is None or LONGER_TIME.match(text[clock.span[1] :]):
            continue
        rest = (text[: clock.span[0]] + text[clock.span[1] :]).strip()
        if len(rest) > LABEL or ":" in rest:
            continue
        others = texts[:column] + texts[column + 1 :]
        if any(sum(ch.isalpha() for ch in other) >= NAME and meaningful(other) for other in others):
            return row[column]
        return None
    return None


def _dates_rows(rows: list[list[Any]]) -> bool:
    return any(find_dates(cell_text(cell), year_hint=None, today=_EPOCH) for row in rows for cell in row)


def day_heading_into_rows(root: Any) -> None:
    """Each table of times under a day heading: the day written into each row's time cell (see the module)."""
    for table in innermost_tables(root):
        day = _heading_above(table)
        if not day or len(day) > MAX_DIVIDER or not date_alone(day):
            continue
        rows = _rows(table)
        if _dates_rows(rows):
            continue
        timed = [cell for row in rows if (cell := _time_cell(row)) is not None]
        if len(timed) < MIN_ROWS:
            continue
        for cell in timed:
            write_day(cell, day, "table-day")


def month_heading_into_days(root: Any) -> None:
    """Each CJK month's table of bare days: the month written before each day (see the module)."""
    for table in innermost_tables(root):
        month = CJK_MONTH.match(_heading_above(table))
        if month is None:
            continue
        firsts = [row[0] for row in _rows(table) if row and CJK_DAY.match(cell_text(row[0]))]
        if len(firsts) < MIN_ROWS:
            continue
        prefix = f"{month.group('year')}年{int(month.group('month'))}月"
        for cell in firsts:
            if (cell.text or "").strip():
                cell.text = prefix + cell.text.lstrip()
