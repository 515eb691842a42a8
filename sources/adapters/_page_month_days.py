"""A month's table whose rows give only the day's number ("4.", "12") and the month and year are said once, above
the table or in the page's title ("Sitzungskalender Oktober 2025"), as a council's month view does: each such row
is that day of that month, its name the row's one link, its time and place the lines beside it. Pure."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_dates import ClockHit, DateHit, find_clock, find_dates, safe_date
from sources.adapters._page_line_places import looks_like_place
from sources.adapters._page_nav_links import names_no_event
from sources.adapters._page_words import is_document_link, meaningful
from sources.adapters._page_years import month_heading

# A cell that is a day's number and nothing else, a German-style dot after it or not ("4.", "12", "23").
BARE_DAY = re.compile(r"^\s*(?P<day>[12]\d|3[01]|0?[1-9])\.?\s*$")
# How many of a table's rows must be such days before any is read as one: one bare number is a count or a room.
MIN_BARE_DAYS = 2
LONGEST_NAME = 120  # a link's words longer than this are a sentence, not a meeting's name


def said_month(heading: str | None, root: Any, today: dt.date) -> tuple[int, int] | None:
    """(year, month) the table's heading names, else the page's <title>; only a month with its year written."""
    for text in (heading or "", page_title(root)):
        month = month_heading(text, today) if re.search(r"\b(?:19|20)\d\d\b", text) else None
        if month is not None:
            return month
    return None


def page_title(root: Any) -> str:
    if root is None:
        return ""
    top = root.getroottree().getroot()
    title = top.find(".//title")
    return " ".join((title.text_content() or "").split()) if title is not None else ""


def bare_days(texts_by_row: list[list[str]]) -> bool:
    """Whether the rows' first cells are days' numbers often enough to be read as such."""
    return sum(1 for texts in texts_by_row if texts and BARE_DAY.match(texts[0])) >= MIN_BARE_DAYS


def bare_day_hit(text: str, month: tuple[int, int]) -> DateHit | None:
    match = BARE_DAY.match(text)
    found = safe_date(month[0], month[1], int(match.group("day"))) if match else None
    return DateHit(found, 0, len(text), True, None) if found else None


def row_details(cells: list[Any], date_column: int, today: dt.date) -> tuple[str | None, ClockHit | None, str | None]:
    """The name, time and place of a day row: its one link that is no document (the meeting's page), the first
    time among its lines, and the line after that time when it reads as a place ("19:00 Uhr" / "Rathaus")."""
    title = None
    lines: list[str] = []
    for column, cell in enumerate(cells):
        if column == date_column:
            continue
        links = [node for node in cell.iter("a") if node.get("href")]
        named = [" ".join((node.text_content() or "").split()) for node in links]
        named = [
            text
            for text, node in zip(named, links, strict=True)
            if meaningful(text)
            and len(text) <= LONGEST_NAME
            and not is_document_link(text, node.get("href") or "")
            and not names_no_event(
                text, node.get("href")
            )  # "Tickets", "More info", a tag: the row's way in, not its name
        ]
        title = title or (named[0] if len(set(named)) == 1 else None)
        lines += [" ".join((item.text_content() or "").split()) for item in cell.iter("li")]
    clock, place = None, None
    for index, line in enumerate(lines):
        clock = find_clock(line, dated=True)
        if clock is None or find_dates(line, year_hint=None, today=today):
            continue
        after = lines[index + 1] if index + 1 < len(lines) else ""
        place = after if after and looks_like_place(after) and find_clock(after) is None else None
        break
    return title, clock, place
