"""Tables whose dated rows are headers over the row below that names the event: a calendar service's "photo
events" list ("Monday, 6 June | Story Bridge, Kangaroo Point" in one row, "<span role=heading>Queensland Day</span>"
and the lighting's notes in the next). Each header row is one event, named by the heading under it, placed by the
header's other words and dated by the header alone: the notes' dates ("…on 6 June 1859", "June 8 is Thank a First
Responder Day") are prose about the event, not its day. Pure; _page_tables tries it before reading row by row."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_schedule import MIN_ROWS, Entry
from sources.adapters._page_table_cells import cell_text
from sources.adapters._page_words import meaningful, residue
from sources.adapters._page_years import month_heading
from sources.adapters.webpage import absolute_url, clean_text

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
MAX_NAME = 200  # a name, not a paragraph
MAX_PLACE = 80  # the header's other words: a place's name, not a sentence


def _heading(row: Any) -> Any | None:
    """The row's first heading: an h1–h6, or an element a screen reader is told is one (role="heading")."""
    for node in row.iter():
        if isinstance(node.tag, str) and (node.tag in HEADING_TAGS or node.get("role") == "heading"):
            return node
    return None


def _link(heading: Any, base: str | None) -> str | None:
    anchors = [heading] if heading.tag == "a" else list(heading.iter("a"))
    return absolute_url(anchors[0].get("href"), base) if len(anchors) == 1 else None


def day_row_entries(rows: list[Any], *, today: dt.date, year: int | None, base: str | None) -> list[Entry]:
    """The events of a table of day headers over named rows (MIN_ROWS or more), else [] (the table is read row
    by row). A row that is only a month and year ("June 2022") gives its year to the headers under it; rows with
    neither a leading date nor a heading (spacers, the notes of a row already named) are passed over. Any other
    shape (a header with no named row under it, a named row with no header above) is not this layout."""
    entries: list[Entry] = []
    pending: tuple[Any, str] | None = None
    year_hint = year
    for row in rows:
        text = " ".join(cell_text(cell) for cell in row if isinstance(cell.tag, str) and cell.tag in ("td", "th"))
        if not text:
            continue
        heading = _heading(row)
        month = month_heading(text)
        if month is not None and pending is None:
            year_hint = month[0]
            continue
        hits = find_dates(text, year_hint=year_hint, today=today)
        if heading is None:
            if hits and hits[0].start == 0:
                if pending is not None:
                    return []  # two headers in a row: dated rows, not headers
                pending = (hits[0], text)
            continue
        name = clean_text(heading.text_content()) or ""
        if (
            pending is None
            or not meaningful(name)
            or len(name) > MAX_NAME
            or find_dates(name, year_hint=year_hint, today=today)
        ):
            return []
        (hit, header), pending = pending, None
        clock = find_clock(header[hit.end :])
        spans = [(hit.start, hit.end)] + ([(hit.end + clock.span[0], hit.end + clock.span[1])] if clock else [])
        place = residue(header, spans, [])
        entry = Entry(
            day=hit.date,
            end_day=hit.end_date,
            time=clock.start if clock else None,
            end_time=clock.end if clock else None,
            title=name,
            location=place if meaningful(place) and len(place) <= MAX_PLACE else None,
            url=_link(heading, base),
            text=f"{header} | {name}",
            structure="table",
            weekday_agrees=hit.weekday_agrees,
            year_written=hit.year_written,
        )
        entry.evidence.append(
            f"date {hit.date.isoformat()} from a day header row, name from the row under it: {name!r}"
        )
        entries.append(entry)
    return entries if pending is None and len(entries) >= MIN_ROWS else []
