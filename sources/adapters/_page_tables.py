"""Schedule tables on pages without structured data: read by their header ("Date | Time | Location | Agenda"), or
row by row without one, into entries (_page_schedule.Entry). Pure."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sources.adapters._page_cell_at_places import cell_at_places
from sources.adapters._page_cell_titles import titled_code
from sources.adapters._page_dashed_places import dashed_places
from sources.adapters._page_dates import DateHit, find_clock, find_dates
from sources.adapters._page_day_header_matches import day_header_matches
from sources.adapters._page_day_rows import day_row_entries
from sources.adapters._page_detail_tables import layout_table, read_record, record_details, record_rows
from sources.adapters._page_ditto_rows import ditto_title
from sources.adapters._page_doors_columns import show_time_column
from sources.adapters._page_events_table import events_table
from sources.adapters._page_hours_rows import hours_table
from sources.adapters._page_intl import SLASHED_DAY_FIRST, day_first_tables
from sources.adapters._page_lines import Anchor
from sources.adapters._page_matchups import cell_matchup, day_above, lone_clock, matchup, swapping_names, timed_row
from sources.adapters._page_month_days import bare_day_hit, bare_days, said_month
from sources.adapters._page_month_grid import cell_entry, month_grid
from sources.adapters._page_name_date import shared_cell_name
from sources.adapters._page_opponent_column import empty_match
from sources.adapters._page_outline_year import Outline
from sources.adapters._page_place_column import place_column
from sources.adapters._page_placeholder_titles import billed_name
from sources.adapters._page_prepare import LOOSE_ROWS
from sources.adapters._page_publication_log import logged_rows
from sources.adapters._page_ranges import day_cell, joined_ranges
from sources.adapters._page_row_blocks import block_entries
from sources.adapters._page_row_more import more_page
from sources.adapters._page_row_pages import date_link_page, footer_time_place
from sources.adapters._page_row_tickets import table_ticket_urls
from sources.adapters._page_schedule import (
    MIN_ROWS,
    NOT_MEETING_COLUMN,
    QUALIFIER_LENGTH,
    Entry,
    order_years,
)
from sources.adapters._page_schedule_lines import _before_posting
from sources.adapters._page_second_stamps import stamped_to_the_second
from sources.adapters._page_side_columns import sides_title
from sources.adapters._page_site_lines import site_line
from sources.adapters._page_sold_out import sold_out_label
from sources.adapters._page_stacked_cells import unstacked_rows
from sources.adapters._page_table_cells import cell_text as _cell_text
from sources.adapters._page_table_cells import cells as _cells
from sources.adapters._page_table_cells import flagged_place, titled_span, unsmall_text
from sources.adapters._page_table_header_rows import column_roles, header_row, loose_header
from sources.adapters._page_table_headers import class_header
from sources.adapters._page_table_names import (
    Table,
    beside_date,
    bold_lead,
    bold_title,
    calendar_href,
    calendar_title,
    cell_at_venue,
    cell_name,
    classed_name,
    day_page,
    end_after,
    headed_link_title,
    named_link,
    under_month_row,
    without_way_in,
)
from sources.adapters._page_table_notices import notice_rows_off
from sources.adapters._page_title_clocks import title_clock
from sources.adapters._page_twin_tables import heading_before, twin_rows
from sources.adapters._page_words import (
    DOCUMENT_WORD,
    document_label,
    is_document_link,
    meaningful,
    status_in,
    without_status,
)
from sources.adapters._page_years import month_heading, season_years
from sources.adapters.webpage import absolute_url

# A date column of a ledger: when money moved ("Contribution Date", "Payment Date", "Date Received", "Transaction
# Date"). Its rows are donors, payees and orders, not meetings (_dates_other_things).
LEDGER_DATE = re.compile(
    r"\b(?:contributions?|payments?|paid|received|receipts?|transactions?|deposits?|deposited|purchases?|purchased|"
    r"invoices?|invoiced|refunds?|refunded|expenditures?|disbursements?)\b",
    re.I,
)


# --- tables -------------------------------------------------------------------------------------------------


def _row_date(texts: list[str], table: Table) -> tuple[DateHit | None, int]:
    date_columns = [column for column, role in table.roles.items() if role == "date"]
    for column in [*date_columns, *range(len(texts))]:
        if column < len(texts):  # "(Ends May 3)" is when the row's event ends, not its date
            text = BEGINS_NOTE.sub(" ", ENDS_NOTE.sub(" ", texts[column]))
            hits = joined_ranges(text, find_dates(text, year_hint=table.year, today=table.today))
            if hits:
                return hits[0], column
    for column, text in enumerate(texts if table.month is not None else []):
        days = day_cell(text, table.month)  # type: ignore[arg-type]
        if days is not None:  # "Wed 18 - Sun 22" under a "February 2026" row
            return DateHit(days[0], 0, len(text), True, None, days[1]), column
    bare = bare_day_hit(texts[0], table.day_month) if texts and table.day_month is not None else None
    if bare is not None:  # "4." in a table under "Oktober 2025" (_page_month_days)
        return bare, 0
    return None, -1


def _labelled_date(cells: list[Any], table: Table) -> tuple[DateHit | None, int]:
    """A row that shows no date whose link's title or aria-label holds one ("Details anzeigen: Ortsrat 10.03.2026"):
    that date, at no place in the cell's text (its span empty)."""
    for column, cell in enumerate(cells):
        for node in cell.iter("a"):
            label = " ".join(f"{node.get('title') or ''} {node.get('aria-label') or ''}".split())
            hits = find_dates(label, year_hint=table.year, today=table.today) if label else []
            if len(hits) == 1 and hits[0].year_written:
                found = hits[0]
                return DateHit(found.date, 0, 0, True, found.weekday_agrees, found.end_date), column
    return None, -1


# A note beside a row's days that the event ends or began in another month ("(Ends May 3)", "(Begins Apr 29)").
ENDS_NOTE = re.compile(r"\(\s{0,3}(?:ends?|through|until)\s{1,3}(?P<date>[^()]{3,30})\)", re.I)
BEGINS_NOTE = re.compile(r"\(\s{0,3}(?:begins?|began|starts?|started)\s{1,3}(?P<date>[^()]{3,30})\)", re.I)


def _noted_days(entry: Entry, text: str) -> None:
    """A row's "(Ends May 3)" is its event's last day; "(Begins Apr 29)" its first (the row is the rest of an
    event listed under the month before). The noted date without a year is the nearest one after (before)."""
    for pattern, ends in ((ENDS_NOTE, True), (BEGINS_NOTE, False)):
        note = pattern.search(text)
        hits = find_dates(note.group("date"), year_hint=entry.day.year, today=entry.day) if note else []
        if not hits:
            continue
        day = hits[0].date
        if not hits[0].year_written and (day < entry.day if ends else day > entry.day):
            day = day.replace(year=day.year + (1 if ends else -1)) if not (day.month == 2 and day.day == 29) else day
        if ends and day > entry.day:
            entry.end_day = day
            entry.evidence.append(f"it ends on {day.isoformat()}: {note.group(0)!r}")  # type: ignore[union-attr]
        elif not ends and day < entry.day:
            entry.end_day, entry.day, entry.continued = entry.end_day or entry.day, day, True
            entry.evidence.append(f"it began on {day.isoformat()}: {note.group(0)!r}")  # type: ignore[union-attr]


def _row_anchors(cells: list[Any], table: Table) -> list[tuple[Anchor, str | None]]:
    found = []
    for column, cell in enumerate(cells):
        heading = table.header[column] if column < len(table.header) else None
        for node in cell.iter("a"):
            url = absolute_url(node.get("href"), table.base)
            if url:  # a link's name, not the kicker set small in it (_page_table_cells.unsmall_text)
                name = unsmall_text(node) or " ".join((node.text_content() or "").split())
                found.append((Anchor(name, url), heading))
    return found


def _dated(cells: list[Any], texts: list[str], table: Table) -> tuple[DateHit | None, int, bool]:
    """The row's date and its column, and whether only a link's label gives it; a row with no date under a day
    line takes that day at its time's cell ("15:00 | Home | - | Away" under "zaterdag 12 september 2026")."""
    hit, date_column = _row_date(texts, table)
    if hit is not None:
        return hit, date_column, False
    hit, date_column = _labelled_date(cells, table)
    if hit is not None:
        return hit, date_column, True
    timed = timed_row(texts, table.day_above, table.today)
    return (timed[0], timed[1], False) if timed is not None else (None, -1, False)


def _table_entry(cells: list[Any], table: Table) -> Entry | None:
    texts = [_cell_text(cell) for cell in cells]
    hit, date_column, labelled = _dated(cells, texts, table)
    if hit is None or empty_match(table.header, table.roles, texts):  # "| | | away game TBD": no opponent, no match
        return None
    if date_column < len(table.header) and NOT_MEETING_COLUMN.search(table.header[date_column]):
        return None  # "Term Ends: 8/31/2020" is when a member's term ends, not a meeting
    role_of = {role: column for column, role in table.roles.items()}
    time_text = texts[role_of["time"]] if role_of.get("time", 99) < len(texts) else texts[date_column]
    clock = find_clock(_before_posting(time_text)) or find_clock(_before_posting(texts[date_column][hit.end :]))
    end_time = clock.end if clock else None
    if clock and end_time is None and role_of.get("duration", 99) < len(texts):
        end_time = end_after(clock.start, texts[role_of["duration"]])
    title_column = role_of.get("title")
    title = (
        unsmall_text(cells[title_column]) or bold_lead(cells[title_column], texts[title_column])
        if title_column is not None and title_column < len(texts)
        else None
    )
    title = (
        billed_name(title, texts, table.header) if title_column is not None else title
    )  # "TBA" under "Title": the speaker (_page_placeholder_titles)
    if title_column is None and date_column < len(cells):
        title = (
            shared_cell_name(table.header, date_column, cells[date_column], texts[date_column], hit, table.today)
            or cell_name(cells[date_column], texts[date_column], hit)
            or named_link(cells[date_column], table)
            or bold_title(cells, texts, date_column, table)
            or headed_link_title(cells, date_column, table)
            or classed_name(cells)  # "<big class='band'>": a club's row names its show by its first act
            or calendar_title(
                cells, date_column, table
            )  # "Date | Place | <a href=…google…text=Title>Add</a>": the link's title
        )
    if table.month is not None:
        title, clock = under_month_row(cells, texts, date_column, table, title, clock, set(role_of))
    title, clock, end_time, day_place = beside_date(
        cells, texts, date_column, table, (title, clock, end_time), labelled
    )
    if not table.roles and not labelled:  # a fixture row: "date | home | - | away | 14:00" (_page_matchups)
        if clock is None and (clock := lone_clock(texts, date_column)) is not None:
            end_time = clock.end
        title = matchup(cells, texts, date_column, table.swapping, table.today) or title
    # "Datum | Thuisteam | Uitteam": "Home - Away" (_page_side_columns); "<span>Урал</span><span>–</span><span>Анжи
    # </span>" in one cell (_page_matchups)
    title = sides_title(table.header, texts) or title or cell_matchup(cells, date_column, table.today)
    place_column = role_of.get("location", role_of.get("town"))
    at_venue = cell_at_venue(cells, title_column)  # "<a>Title</a> @ Venue (City, ST)" (helper G, _page_titles)
    title = without_way_in(cells, at_venue[0] if at_venue else title)  # "Talks Astronomy Evening": a category link
    links, url = _row_links(cells, table, title, hit.date)
    on_date = url is None and not labelled and 0 <= date_column < len(cells)
    dated_page = date_link_page(cells[date_column], table.base, table.today) if on_date else None
    if dated_page is not None:  # "<a href=/events/…>May 20, 2023</a>": the row's own page, not a document
        url, links = dated_page, [link for link in links if link["url"] != dated_page]
    end_day = hit.end_date or (
        titled_span(cells[date_column], hit, year=table.year, today=table.today) if date_column < len(cells) else None
    )
    entry = Entry(
        day=hit.date,
        end_day=end_day,
        time=clock.start if clock else None,
        end_time=end_time,
        qualifier=_qualifier(cells, texts, table, date_column),
        title=without_status(title) if title and meaningful(title) else None,  # "** Cancelled ** Ride": its name
        location=(titled_code(cells[place_column]) or texts[place_column] or None)  # "ОЗЦ" (_page_cell_titles)
        if place_column is not None and place_column < len(texts)
        else (at_venue[1] if at_venue else day_place or flagged_place(cells) or _column_place(texts, table))
        or site_line(cells),  # "Dartmouth<br/>@Denver, CO": a neutral site's line (_page_site_lines)
        links=links,
        url=url,
        status=status_in(" ".join(texts)),
        sold_out=any(sold_out_label(text) for text in texts),
        text=" | ".join(texts),
        structure="table-header" if "date" in table.roles.values() else "table",
        weekday_agrees=hit.weekday_agrees,
        year_written=hit.year_written,
    )
    column_name = table.header[date_column] if date_column < len(table.header) else "a cell"
    entry.evidence.append(f"date {hit.date.isoformat()} read from a table row ({column_name!r}): {entry.text[:120]!r}")
    if (
        table.month is not None
        and hit.year_written
        and not find_dates(texts[date_column], year_hint=None, today=table.today)
    ):
        entry.evidence.append(f"month and year {table.month[1]}/{table.month[0]} from the month row above")
    if clock is None:
        _noted_days(entry, entry.text)
    return entry


def _column_place(texts: list[str], table: Table) -> str | None:
    column = table.place_column
    return texts[column] or None if column is not None and column < len(texts) else None


def _row_links(
    cells: list[Any], table: Table, title: str | None, day: dt.date
) -> tuple[list[dict[str, str]], str | None]:
    """The row's documents (labelled) and its own page: the link whose text is its title, else the one its day
    names (``day_page``: "/20270310.html" in a club's row)."""
    links, url = [], None
    anchors = _row_anchors(cells, table)
    for anchor, heading in anchors:
        if calendar_href(anchor.href):  # an add-to-calendar link: neither the row's page nor a document of it
            continue
        if title and anchor.text and anchor.text == title and not is_document_link(anchor.text, anchor.href):
            url = url or anchor.href
        elif not anchor.href.startswith(("mailto:", "tel:")):
            links.append({"label": document_label(anchor.text, anchor.href, heading), "url": anchor.href})
    own_page = day_page(cells, day, table.base) if title and url is None else None
    if own_page is not None:  # the link named by the row's day ("/20270310.html"): the show's own page
        url = own_page
    if title and url is None:  # a name in plain text, its page behind the row's "More info" (_page_row_more)
        url = more_page((anchor.text, anchor.href) for anchor, _ in anchors if not calendar_href(anchor.href))
    return [link for link in links if link["url"] != url], url  # an icon's link to the row's own page: no document


def _footer_fills(found: list[Entry], rows: list[Any], today: dt.date) -> None:
    """A last row of one cell, a time over a place ("5:15 PM<br>Tom Baker Room<br>221 N 5th St"), gives its time
    and place to every row that states none (_page_row_pages.footer_time_place)."""
    footer = footer_time_place(_cells(rows[-1]), today) if rows else None
    if footer is None:
        return
    clock, place = footer
    for entry in found:
        if entry.time is None and not entry.all_day:
            entry.time, entry.end_time = clock.start, clock.end
            entry.evidence.append(f"time {clock.start.isoformat('minutes')} from the table's last row")
        if entry.location is None:
            entry.location = place
            entry.evidence.append(f"place {place!r} from the table's last row")


def _qualifier(cells: list[Any], texts: list[str], table: Table, date_column: int) -> str | None:
    """The row's cell under a header that is no date, time, place, title, status or document column ("City"):
    what tells this row's meeting from the others of one body ("Tax Incentive Review Council - Parma")."""
    for column, header in enumerate(table.header):
        if column in table.roles or column == date_column or column >= len(texts) or not texts[column]:
            continue
        if NOT_MEETING_COLUMN.search(header):  # "Application Due Date": another date, no name of the meeting
            continue
        if (
            DOCUMENT_WORD.search(header)
            or DOCUMENT_WORD.search(texts[column])
            or next(cells[column].iter("a"), None) is not None
        ):
            continue
        if len(texts[column]) <= QUALIFIER_LENGTH and meaningful(texts[column]):
            return texts[column]
    return None


def _dates_other_things(table: Table) -> bool:
    """A table whose header names a date column for something else ("Term Ends") and none for meetings, or whose
    date column is a ledger's ("Contribution Date | Contributor Name | Contributor Address")."""
    if any(role == "date" and LEDGER_DATE.search(table.header[column]) for column, role in table.roles.items()):
        return True
    return "date" not in table.roles.values() and any(NOT_MEETING_COLUMN.search(text) for text in table.header)


def _keep_distinguishing(entries: list[Entry]) -> None:
    """A qualifier the same in every row (or in none) tells no meeting from another: it is dropped."""
    if len({entry.qualifier for entry in entries}) < MIN_ROWS:
        for entry in entries:
            entry.qualifier = None


def _rows_read(rows: list[Any], table: Table) -> list[Entry]:
    """The entries of a table's rows; a row that is only a month and year ("February 2026") gives its month to
    the rows under it, and a row that continues an event already read ("(Begins Apr 29)": its days, title and
    link) is left out."""
    found: list[Entry] = []
    for row in rows:
        cells = _cells(row)
        month = month_heading(" ".join(_cell_text(cell) for cell in cells)) if len(cells) == 1 else None
        if month is not None:
            table.month = month
            continue
        entry = _table_entry(cells, table)
        if entry is None:
            continue
        title_clock(entry)  # "Working Bee 6.30 - 9 pm" in the name's cell (_page_title_clocks)
        ditto_title(
            entry, cells, table.roles, found, _cell_text
        )  # an empty title cell: the row above's (_page_ditto_rows)
        same = (entry.day, entry.end_day, entry.title, entry.url)
        if not entry.continued or not any((seen.day, seen.end_day, seen.title, seen.url) == same for seen in found):
            found.append(entry)
    return found


GRID_COLUMNS = 2  # dated columns a grid's row needs at least


def _grid_entries(rows: list[Any], table: Table) -> list[Entry]:
    """A grid of spans: a header naming what each column is ("Teaching | Exams | Registration"), each row a label
    that names no day ("winter term") and a date or span in each of the other cells. Each dated cell is an event,
    named by its column and its row ("Exams – winter term"). Empty unless every row is such a row."""
    if len(table.header) <= GRID_COLUMNS or any(
        find_dates(text, year_hint=None, today=table.today) for text in table.header[1:]
    ):
        return []
    found: list[Entry] = []
    for row in rows:
        texts = [_cell_text(cell) for cell in _cells(row)]
        label = texts[0] if texts else ""
        if not meaningful(label) or find_dates(label, year_hint=table.year, today=table.today):
            return []
        dated = 0
        for column, text in enumerate(texts[1 : len(table.header)], start=1):
            hits = joined_ranges(text, find_dates(text, year_hint=table.year, today=table.today))
            if not hits or not meaningful(table.header[column]):
                continue
            dated += 1
            found.append(
                cell_entry(hits[0], f"{table.header[column]} – {label}", f"{label} | {table.header[column]} | {text}")
            )
        if dated < GRID_COLUMNS:
            return []
    return found


# What a page's schedule of one table row is read as (html.py): a row under a header naming its date column
# ("table-header"), a listing of one ("table", _listed_one), or a list's one event among its empty days' notices ("list",
# _page_no_events.notice_day: the notices count as its rows).
ONE_ROW = (["table-header"], ["table"], ["list"])


def _listed_one(found: list[Entry], table: Table) -> bool:
    """One row under a heading row of one cell (a caption: "Archive 2026"), or in a table its markup names a list of
    events (events_table); under column headers that name no date ("Position | Closing", "Version | Released") the
    row's date is a deadline's or a release's, not an event's."""
    captioned = len([text for text in table.header if text]) == 1 or table.loose  # or a document of its rows only
    captioned = captioned or table.listing and not table.header
    return len(found) == 1 and captioned and bool(found[0].title and found[0].url and found[0].year_written)


def table_entries(
    root: Any, *, base: str | None, today: dt.date, skip: set[Any] | None = None
) -> tuple[list[Entry], set[Any]]:
    """Entries from every innermost table with at least two dated rows, and the tables read; tables in ``skip``
    (one meeting's facts, _page_fact_table) are left out."""
    entries: list[Entry] = []
    read: set[Any] = set()
    schedules: list[tuple[Any, list[Entry]]] = []
    pending: list[tuple[Any, list[Entry]]] = []
    own_order = day_first_tables(root) if not SLASHED_DAY_FIRST.get() else set()
    outline = Outline(root, today)  # every table's outline year, in one pass (_page_outline_year)
    for element in root.iter("table"):
        own_rows = record_rows(element, today)  # one event's record around its details table (_page_detail_tables)
        if skip and element in skip or layout_table(element, own_rows):
            continue  # a layout table: its inner tables and lines are read instead
        rows = unstacked_rows(own_rows or list(element.iter("tr")), today)  # meetings stacked in one cell: a row each
        header, first = header_row(rows, today)
        header = header or loose_header(element) or class_header(rows)  # "<td class='ort'>" (left41)
        # Rows that write no year ("January 14 10:00 AM EST") are in the year the table's heading names, or in
        # the season's ("2024–2025 Meeting Schedule"), in the order the table lists them.
        heading = heading_before(element)
        texts = [" ".join(map(_cell_text, _cells(row))) for row in rows]
        # a place's opening hours (_page_hours_rows); one record's details (_page_detail_tables)
        if hours_table(heading, texts) or record_details(element, today):
            read.add(element)
            continue
        year = outline.table_year(heading, header, element)  # "2024 Meetings", "January 2020 | Date", its outline's
        season = season_years(heading or "", today) if year is None else None
        # "Doors | Show" columns of times: the show's is the rows' time (_page_doors_columns)
        roles = show_time_column(
            header, column_roles(header), [[_cell_text(cell) for cell in _cells(row)] for row in rows[first:]]
        )
        table = Table(header=header, roles=roles, base=base, today=today, year=year)
        table.loose = element.get(LOOSE_ROWS) is not None
        table.listing = events_table(element)
        if not header:  # a column of places known by its words ("Back Room, 12 High Street")
            table.place_column = place_column([[_cell_text(cell) for cell in _cells(row)] for row in rows], today)
            table.swapping = swapping_names(([_cell_text(cell) for cell in _cells(row)] for row in rows), today)
            table.day_above = day_above(element, today)
        if bare_days([[_cell_text(cell) for cell in _cells(row)] for row in rows[first:]]):
            table.day_month = said_month(heading, root, today)
        if _dates_other_things(table):
            read.add(element)  # a members' table ("Term Ends"): neither its rows nor its lines are meetings
            continue
        # A table headed in another language on a page whose other tables are headed in English: its own order.
        token = SLASHED_DAY_FIRST.set(True) if element in own_order else None
        try:
            days = day_row_entries(rows[first:], today=today, year=year, base=base)  # "Monday, 6 June"
            found = (
                _grid_entries(rows[first:], table)
                or month_grid(rows[first:], table, _cells, _cell_text)  # "January | 6th | 8th" (_page_month_grid)
                or day_header_matches(rows[first:], table, _cells, _cell_text, _table_entry)  # "Thursday 23 Oct"
                or days
                or block_entries(
                    rows[first:], table, _cells, _cell_text, _table_entry, _row_anchors
                )  # _page_row_blocks
                or _rows_read(rows[first:], table)
            )
        finally:
            if token is not None:
                SLASHED_DAY_FIRST.reset(token)
        # One dated row under a header that names the date column ("Name | Date"): a schedule with one
        # meeting in it (an "Upcoming Events" table), not a lone date; so is one row under a heading row whose
        # name links a page of its own and whose date writes its year (an "Archive 2026" table's one tournament).
        dated = "date" in table.roles.values() or table.day_above is not None  # its rows' day: a column, a line
        logged = logged_rows(found)  # articles stamped to the minute, newest first (_page_publication_log)
        found = [entry for entry in found if not any(entry is row for row in logged)]
        if logged and not found or stamped_to_the_second(found):  # a log's stamps (_page_second_stamps)
            read.add(element)
            continue
        found = notice_rows_off(found)  # "17.10.2026 | Geschlossen" among the events (_page_table_notices)
        for entry in found:
            entry.heading = heading
        accepted = len(found) >= MIN_ROWS or bool(
            found and (dated or own_rows is not None or _listed_one(found, table))
        )
        (schedules if accepted else pending).append((element, found))  # one date's year (_page_twin_tables)
        if accepted:
            order_years(found, today=today, year=year, season=season)
            _keep_distinguishing(found)
            dashed_places(found)  # "District Cubs Swimming - Ringwood Recreation Centre" (_page_dashed_places)
            cell_at_places(found)  # "Golf at Teign Valley Golf Club. Tee off 11:30am." (_page_cell_at_places)
            table_ticket_urls(found)  # a row's only link, its tickets': its url (_page_row_tickets)
            _footer_fills(found, rows[first:], today)
            read_record(found, element, own_rows)  # one record's row; its details' "Location :"
            entries += found
            read.add(element)
    return entries + twin_rows(pending, schedules, read), read
