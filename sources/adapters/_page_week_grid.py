"""A week's timetable or booking grid, days across and times down, and a day's run of bare clock links. Pure.

A venue's booking calendar writes its week as a table: a header row whose cells each name a day ("Ti<br>31.12.2019",
"Mon 12 Jan", "Dienstag, 13.01."), then one row per half hour, the time in the row's first cell ("12:00") and per day
either a link to book that slot ("Ti 12:00<br><strong>Varaa</strong>") or an empty cell (taken). A broadcaster's or
a gym's week is the same grid with the programme's or the class's name in the cell ("06:00 | Morning News | …").
Read as a schedule, the header's days were all-day events named by the cells' booking verb ("Varaa", "Book"). Here
each body cell under one header day that holds a clock of its own, or sits in a row whose header is a clock, is a
session on that day at that time: named by its own words when they are a name, else (a booking link's "Ti 12:00
Varaa": a weekday, a clock and a booking verb) by its row's name when the row is named, else by the grid's caption or
the heading above it. A cinema's week, a film a row and each day's showtimes bare links ("14:00", "16:30" in one
cell), gives a session per link, named by the row. Rows drawn as rowspans are laid out as a browser lays them out,
so a cell is under the header it sits under.

The same page often repeats the week for small screens as a list, each day's label followed by its free times as
bare links ("Ti 31.12.2019" then "12:00", "12:30" …): such a run is the same sessions (``clock_runs``), read alone
or after the grid without doubling it (a session is its day, time and name).

What is no session, with the old readings kept: an opening-hours table (days across, "9:00–17:00" in the cells, no
link and no name: a table whose caption or row labels say opening hours gives nothing); a cell that is only a clock
without a link, a price ("12 €"), a state ("Closed", "Varattu", "Full") or a booking verb without a link; a cell
spanning several days; a month grid (a header of weekday names without dates, or cells that name days of their
own, "8", "15 Concert", or other dates); a grid whose header names fewer than three days. A cell's end is the end
its own range or its row's range writes; a row's height is the slot the grid draws, not the session's length (an
arena's 22-minute game in a half-hour row), so no end is made up from the next row.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from sources.adapters._page_booking_words import booking_word
from sources.adapters._page_dates import ClockHit, find_clock, find_dates
from sources.adapters._page_grid_cells import GridItem
from sources.adapters._page_hour_rows import cell_boxes_only, drawn_step, fitted, hour_rows, label_cells
from sources.adapters._page_intl import fold, numeric_weekday
from sources.adapters._page_schedule import HEADING_ABOVE
from sources.adapters._page_showtime_grids import (
    header_words,
    marked_clock,
    relative_day_word,
    repeats_header,
    with_lone_grids,
)
from sources.adapters._page_table_cells import cell_text
from sources.adapters._page_weekday_numbers import ENGLISH_WEEKDAYS
from sources.adapters._page_words import meaningful
from sources.adapters.common import absolute_url

MAX_TABLES = 40  # a page's tables looked at
MAX_ROWS = 400  # a week of quarter hours round the clock is 96 rows
MAX_COLUMNS = 60
MAX_SPAN = 100  # a cell's rowspan or colspan read at most this far
HEADER_ROWS = 3  # the rows that may hold the days' header
MIN_DAYS = 3  # distinct days the header names: fewer is a table of dates, not a week
MAX_DAYS_APART = 31  # a week or a fortnight's grid, not dates years apart
MAX_LABEL = 40  # a day's label: its weekday and date, not a sentence
MAX_LABEL_REST = 12  # what a day's label holds besides its date (the weekday's name)
MAX_CELL_TEXT = 200  # a cell's words: a session's name and time, not an article
MIN_SESSIONS = 2  # a grid or a page's runs give sessions only when they hold this many
MAX_RUN_UP = 3  # how far above a clock link its day's label may be
MAX_LINKS = 2000  # clock links looked at on a page

# Words a slot's cell writes beside its time that name no session: booking verbs and a slot's availability, in the
# languages the readers know ("Varaa", "Book", "Reserve", "Buchen", "Réserver", "Boka", "Prenota", "Free", "Vapaa").
SLOT_WORDS = re.compile(
    r"varaa|varaus|vapaa|vapaana|book(?:\s+now)?|reserve|reservation|réserver|reserver|buchen|reservieren|jetzt|"
    r"reservar|reserva|prenota|prenotare|boka|bestil|bestel|bestellen|free|available|frei|verfügbar|libre|"
    r"disponible|disponibile|libero|ledig|vrij|beschikbaar|select|choose|valitse|wählen|now|here|hier|"
    r"open|auki|geöffnet|offen|ouvert|abierto|aperto|öppet|geopend|åben|åpent",
    re.IGNORECASE,
)
# A slot's or a day's state: taken, full or closed. A cell that says only this is no session.
STATE_WORDS = re.compile(
    r"varattu|täynnä|suljettu|booked|taken|full|closed|unavailable|ausgebucht|belegt|geschlossen|complet|fermé|"
    r"completo|cerrado|chiuso|fullbokad|stängt|bezet|vol|gesloten|optaget|lukket|stengt",
    re.IGNORECASE,
)
# A price's words ("12 €", "EUR 15,50", "$20", "kr 120"): no session's name.
PRICE_WORDS = re.compile(r"€|\$|£|\b(?:eur|euro|euros|usd|gbp|chf|sek|nok|dkk|kr|zł|pln)\b\.?", re.IGNORECASE)
WORD = re.compile(r"[^\W\d_][^\W\d_.'’-]*\.?")
# A table about opening hours ("Opening hours", "Aukioloajat", "Öffnungszeiten", "Horaires"): its ranges are hours.
HOURS_TABLE = re.compile(
    r"opening\s+(?:hours|times)|hours\s+of\s+operation|business\s+hours|aukiolo|öffnungszeit|horaires?\s+d|"
    r"openingstijden|öppettider|åbningstider|åpningstider|orari\s+di\s+apertura|horario\s+de\s+apertura",
    re.IGNORECASE,
)
# A month grid's day cell: its day's number first ("8", "15 Concert", "3."), not a clock ("9 am Yoga").
LEADING_DAY = re.compile(r"(?:[12]\d|3[01]|0?[1-9])\.?(?:\s|$)")


@dataclasses.dataclass(frozen=True, slots=True)
class Placed:
    cell: Any
    row: int
    column: int
    rows: int
    columns: int


@dataclasses.dataclass(frozen=True, slots=True)
class Session:
    day: dt.date
    time: dt.time
    end: dt.time | None
    name: str | None  # the cell's own words when they name it; else the grid's heading names it
    heading: str | None
    url: str | None
    evidence: str


def _span(value: str | None) -> int:
    try:
        found = int((value or "1").strip())
    except ValueError:
        return 1
    return min(max(found, 1), MAX_SPAN)


def _laid_out(table: Any) -> list[Placed] | None:
    """The table's cells where a browser puts them (rowspans and colspans honoured); None for a table too big."""
    rows = table.xpath("./tr|./thead/tr|./tbody/tr|./tfoot/tr")
    if not rows or len(rows) > MAX_ROWS:
        return None
    taken: set[tuple[int, int]] = set()
    placed: list[Placed] = []
    for index, row in enumerate(rows):
        column = 0
        for cell in row:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                continue
            while (index, column) in taken:
                column += 1
            height = min(_span(cell.get("rowspan")), len(rows) - index)
            width = _span(cell.get("colspan"))
            if column + width > MAX_COLUMNS:
                return None
            taken.update((index + down, column + across) for down in range(height) for across in range(width))
            placed.append(Placed(cell, index, column, height, width))
            column += width
    return placed


def _weekday_word(word: str) -> bool:
    name = fold(word)
    return name in ENGLISH_WEEKDAYS or numeric_weekday(name) is not None


def day_label(text: str, today: dt.date) -> dt.date | None:
    """The day a short label names, its date with at most its weekday beside it ("Ti 31.12.2019", "Mon 12 Jan");
    None for anything else (a clock, two dates, a sentence, a weekday its date contradicts)."""
    text = " ".join(text.split())
    if not text or len(text) > MAX_LABEL or find_clock(text) is not None:
        return None
    hits = find_dates(text, year_hint=None, today=today)
    if len(hits) != 1 or hits[0].end_date is not None or hits[0].weekday_agrees is False:
        return None
    rest = (text[: hits[0].start] + " " + text[hits[0].end :]).strip(" ,.-–:")
    # a weekday's name, or "Heute" / "Today" in its place (_page_showtime_grids); only here, not in a cell's name
    words = WORD.findall(rest)
    if len(rest.replace(" ", "")) > MAX_LABEL_REST or any(
        not _weekday_word(word) and not relative_day_word(word) for word in words
    ):
        return None
    return hits[0].date


def _bare_word(token: str) -> bool:
    """A weekday's or a booking verb's word at a name's edge ("Ti", "Varaa", "Book!")."""
    word = token.strip(" ,;:-–|/·!()[]").rstrip(".")
    return not word or _weekday_word(word) or SLOT_WORDS.fullmatch(word) is not None


def _name(text: str, clock: ClockHit | None) -> tuple[str | None, bool]:
    """The cell's own name (None when its words are only a weekday, booking verbs, a price or nothing) and whether
    it says only that the slot is taken, closed or open."""
    if clock is not None:
        text = text[: clock.span[0]] + " " + text[clock.span[1] :]
    words = [word for word in WORD.findall(text) if not _weekday_word(word)]
    kept = [word for word in words if not SLOT_WORDS.fullmatch(word.rstrip("."))]
    if words and all(
        STATE_WORDS.fullmatch(word.rstrip(".")) or SLOT_WORDS.fullmatch(word.rstrip(".")) for word in words
    ):
        return None, any(STATE_WORDS.fullmatch(word.rstrip(".")) for word in words)
    tokens = PRICE_WORDS.sub(" ", text).split()
    while tokens and _bare_word(tokens[0]):  # "Ti 20:15 Tatort", "Yoga Varaa": the name between
        tokens.pop(0)
    while tokens and _bare_word(tokens[-1]):
        tokens.pop()
    rest = " ".join(tokens).strip(" ,;:-–|/·")
    if not kept or not meaningful(PRICE_WORDS.sub(" ", " ".join(kept))) or booking_word(rest):
        return None, False
    return rest, False


def _heading(element: Any, today: dt.date) -> str | None:
    """The table's caption, else the nearest heading above it, when it is a name (not a date)."""
    caption = element.find("caption")
    found = [caption] if caption is not None else element.xpath(HEADING_ABOVE)
    text = " ".join(found[0].text_content().split()) if found else ""
    return text if text and meaningful(text) and not find_dates(text, year_hint=None, today=today) else None


def _header(placed: list[Placed], today: dt.date) -> tuple[int, dict[int, tuple[dt.date, str]]] | None:
    """The header row and the day each of its columns names, when a row of the first few names three days or more."""
    for row in range(HEADER_ROWS):
        days: dict[int, tuple[dt.date, str]] = {}
        for item in placed:
            if item.row != row:
                continue
            label = cell_text(item.cell)
            day = day_label(label, today) if len(label) <= MAX_LABEL else None
            for column in range(item.column, item.column + item.columns) if day is not None else ():
                days[column] = (day, label)  # type: ignore[assignment]
        distinct = {day for day, _ in days.values()}
        if len(distinct) >= MIN_DAYS and (max(distinct) - min(distinct)).days <= MAX_DAYS_APART:
            return row, days
    return None


def _row_labels(placed: list[Placed], header: int, days: dict[int, Any]) -> tuple[dict[int, ClockHit], dict[int, str]]:
    """What each body row's label gives, from a cell outside the day columns: a clock (its words a time or range,
    "12:00", "09:00–10:30"), else a name ("Frozen II", a film's row of showtimes); a label that only repeats its
    column's header ("Saal" under "Saal": the hall) names nothing (_page_showtime_grids)."""
    times: dict[int, ClockHit] = {}
    names: dict[int, str] = {}
    columns = header_words(placed, header, days, cell_text)
    for item in placed:
        if item.row <= header or any(column in days for column in range(item.column, item.column + item.columns)):
            continue
        text = cell_text(item.cell)
        if not text or len(text) > MAX_CELL_TEXT:
            continue
        clock = find_clock(text) if len(text) <= MAX_LABEL else None
        rest = text[: clock.span[0]] + text[clock.span[1] :] if clock is not None else text
        for row in range(item.row, item.row + item.rows):
            if clock is not None and not WORD.search(rest.replace("Uhr", "")):
                times.setdefault(row, clock)
            elif clock is None and meaningful(text) and not repeats_header(text, columns.get(item.column)):
                names.setdefault(row, text)
    return times, names


# A link's whole words, stripped, are a clock: "12:00", "9.30".
CLOCK_ONLY = re.compile(r"(?:[01]?\d|2[0-3])[:.][0-5]\d")


def _cell_links(item: Placed, base: str | None) -> tuple[list[tuple[ClockHit, str]], list[str]]:
    """The cell's bare clock links with their clocks (a film's "18:00", "20:30" in one day's cell), and all its
    links' addresses."""
    bare: list[tuple[ClockHit, str]] = []
    links: list[str] = []
    for anchor in item.cell.iter("a"):
        href = absolute_url(anchor.get("href"), base)
        if href is None:
            continue
        links.append(href)
        words = (anchor.text_content() or "").strip()
        words = words if CLOCK_ONLY.fullmatch(words) else marked_clock(words) or ""  # "> 20:15" (_page_showtime_grids)
        hit = find_clock(words) if words else None
        if hit is not None:
            bare.append((hit, href))
    return bare, links


@dataclasses.dataclass(frozen=True, slots=True)
class Column:
    day: dt.date
    label: str  # the header's words
    heading: str | None  # the grid's caption or heading


def _cell_sessions(
    item: Placed,
    text: str,
    own: ClockHit | None,
    column: Column,
    rows: tuple[dict[int, ClockHit], dict[int, str]],
    base: str | None,
) -> list[Session]:
    """One body cell's sessions: its bare clock links' (a day's showtimes, named by the row), else one at its own
    clock or its row's, named by its words, else by its row's name; none for a cell that is a state, or a clock
    or a price without a link."""
    times, names = rows
    name, state = _name(text, own)
    bare, links = _cell_links(item, base)
    if state or (name is None and not links):
        return []  # "Varattu", "9:00–17:00", "12 €": taken, a door's hours, a price
    if len(bare) >= MIN_SESSIONS:
        slots: list[tuple[ClockHit, str | None]] = list(bare)
        name = names.get(item.row)
    else:
        clock = own or times.get(item.row)
        if clock is None:
            return []  # a note, a linked name: no time
        slots = [(clock, links[0] if links else None)]
        name = name if name is not None else names.get(item.row)  # a linked slot: its row's name, if any
    whence = "the cell" if own is not None else "its row's label"
    return [
        Session(
            column.day,
            clock.start,
            clock.end,
            name,
            column.heading,
            link,
            f"a week grid's cell: day {column.day} from its column's header {column.label!r}, time "
            f"{clock.start:%H:%M} from {whence}",
        )
        for clock, link in slots
    ]


def table_sessions(table: Any, base: str | None, today: dt.date) -> list[Session]:
    """The sessions of one week grid (see the module); [] for a table that is no such grid."""
    found = table_grid(table, base, today)[1]
    return found if len(found) >= MIN_SESSIONS else []


def table_grid(table: Any, base: str | None, today: dt.date) -> tuple[frozenset[dt.date], list[Session]]:
    """One week grid's header days and all its sessions, however few; no days and [] for no such grid."""
    placed = _laid_out(table)
    header = _header(placed, today) if placed else None
    if placed is None or header is None:
        return frozenset(), []
    header_row, days = header
    heading = _heading(table, today)
    if HOURS_TABLE.search(heading or "") or HOURS_TABLE.search(cell_text(table)[: MAX_CELL_TEXT * 5]):
        return frozenset(), []  # opening hours: every cell's range is when a door is open, not a session
    times, names = _row_labels(placed, header_row, days)
    hours = None if times else hour_rows(label_cells(placed, header_row, days), header_row + 1)  # "8", "ab 20"
    times = {row: ClockHit(time, None, (0, 0)) for row, time in hours[0].items()} if hours else times
    step = drawn_step(hours, [item.rows for item in placed if item.row > header_row and item.column in days])
    found: list[Session] = []
    for item in placed:
        if item.row <= header_row:
            continue
        under = {days[column] for column in range(item.column, item.column + item.columns) if column in days}
        if len(under) != 1:
            continue  # the row's label, or a cell across several days ("Closed for the holidays")
        (day, label), text = next(iter(under)), cell_text(item.cell)
        if not text or len(text) > MAX_CELL_TEXT:
            continue
        own = find_clock(text)
        if LEADING_DAY.match(text) and (own is None or own.span[0] > 0):
            return frozenset(), []  # "8", "15 Concert": a month grid's day numbers, each cell a day of its own
        if any(hit.date != day for hit in find_dates(text, year_hint=None, today=today)):
            return frozenset(), []  # cells that name other days are no week under one header
        sessions = _cell_sessions(item, text, own, Column(day, label, heading), (times, names), base)
        found.extend(fitted(sessions, item.cell, item.rows, step, own is not None))
    return frozenset(day for day, _ in days.values()), found


def _own_text(element: Any, skip: set[int]) -> str:
    """``element``'s words outside the links in ``skip``."""
    parts = [element.text or ""]
    for child in element:
        if id(child) not in skip and isinstance(child.tag, str):
            parts.append(_own_text(child, skip))
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


Label = tuple[dt.date, str, Any]  # a run's day, its label's words and the element holding the label


def _label_of(node: Any, clocks: set[int], today: dt.date) -> Label | None | bool:
    """What ``node`` says about the clock links inside it: the day its own words (besides those links) or the
    element just before it label, None when those words are something else, False when it has none of either."""
    own = _own_text(node, clocks) if len(node.text_content()) <= MAX_CELL_TEXT * 5 else "…"
    if own:
        day = day_label(own, today)
        return (day, own, node) if day is not None else None
    before = node.getprevious()
    while before is not None and not isinstance(before.tag, str):
        before = before.getprevious()
    label = " ".join(before.text_content().split()) if before is not None else ""
    if label:
        day = day_label(label, today)
        return (day, label, before) if day is not None else None
    return False


def _run_day(anchor: Any, clocks: set[int], today: dt.date, seen: dict[int, tuple[Any, Any]]) -> Label | None:
    """The day label a bare clock link's run sits under: the words of an element around it (no more than a few
    levels up) besides the clock links, or the element just before such a run. ``seen`` keeps each element's
    answer (and the element, so that its id stays its own) for the other links of its run."""
    node = anchor.getparent()
    for _ in range(MAX_RUN_UP):
        if node is None:
            return None
        if id(node) not in seen:
            seen[id(node)] = (node, _label_of(node, clocks, today))
        found = seen[id(node)][1]
        if found is not False:
            return found
        node = node.getparent()
    return None


def clock_runs(root: Any, base: str | None, today: dt.date) -> list[Session]:
    """The sessions of the page's day labels each followed by bare clock links ("Ti 31.12.2019" then "12:00",
    "12:30"): each link a session on its label's day at its clock, named by the heading above its label."""
    anchors = [a for a in root.iter("a") if CLOCK_ONLY.fullmatch((a.text_content() or "").strip()) and a.get("href")]
    if len(anchors) < MIN_SESSIONS or len(anchors) > MAX_LINKS:
        return []
    clocks = {id(anchor) for anchor in anchors}
    seen: dict[int, tuple[Any, Any]] = {}
    headings: dict[int, tuple[Any, str | None]] = {}
    found: list[Session] = []
    for anchor in anchors:
        day = _run_day(anchor, clocks, today, seen)
        clock = find_clock(anchor.text_content())
        if day is None or clock is None:
            continue
        if id(day[2]) not in headings:
            headings[id(day[2])] = (day[2], _heading(day[2], today))
        found.append(
            Session(
                day[0],
                clock.start,
                None,
                None,
                headings[id(day[2])][1],
                absolute_url(anchor.get("href"), base),
                f"a bare clock link {clock.start:%H:%M} under the day's label {day[1]!r}",
            )
        )
    return found if len(found) >= MIN_SESSIONS else []


def week_grid_items(root: Any, base: str | None, today: dt.date, fallback: str | None) -> list[GridItem]:
    """The page's week grids' and clock runs' sessions as grid items (``_page_grid_cells.GridItem``), each once: a
    session without its own name is named by its grid's heading, else ``fallback`` (the page's name); [] when the
    page has none, or only sessions nothing names."""
    grids: list[tuple[frozenset[dt.date], list[Session]]] = []
    for count, table in enumerate(root.iter("table")):
        if count >= MAX_TABLES:
            break
        if not cell_boxes_only(table):
            continue  # a layout table around others: the inner tables are read (a cell's box is no table: _page_hour_rows)
        grids.append(table_grid(table, base, today))
    sessions = with_lone_grids(grids, MIN_SESSIONS)  # a film's one showing in a week drawn per film
    sessions.extend(clock_runs(root, base, today))
    items: list[GridItem] = []
    seen: set[tuple[dt.date, dt.time, str]] = set()
    for session in sessions:
        title = session.name or session.heading or fallback
        if title is None or (session.day, session.time, title) in seen:
            continue
        seen.add((session.day, session.time, title))
        start = dt.datetime.combine(session.day, session.time)
        end = dt.datetime.combine(session.day, session.end) if session.end is not None else None
        end = end + dt.timedelta(days=1) if end is not None and end <= start else end
        items.append(GridItem(title, session.url or base or "", start, end, session.evidence))
    return items if len(items) >= MIN_SESSIONS else []
