"""A day's programme as a list right under a line that is its date alone: a broadcaster's weekend schedule
("SEXTA-FEIRA – 01/08/2025" over "<ul><li>08:00 – FÓRMULA 1 – Treino Livre 1 – GP da Hungria</li>…</ul>"), a
festival's day over its acts. Each item of that list that states a time is one of the day's events, at that time,
named by the rest of its line; the date line itself is no event. Pure.

The date line may be a paragraph, a bold line or a small heading, which is why the heading-only reader
(_page_bars.timed_rows, which also asks for two timed lines at least) leaves it alone: here the list's own markup
says which lines belong to the day, so one timed item is enough.
"""

from __future__ import annotations

import datetime as dt

from sources.adapters._page_bars import timed_row, timed_rows
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_lines import Line
from sources.adapters._page_schedule import BELOW_LINE_LENGTH, Entry
from sources.adapters._page_words import meaningful, trim_separators, without_deadlines

ITEMS_BELOW = 60  # items of one list looked at under a date line
_EPOCH = dt.date(2000, 1, 1)  # any clock: only whether a text holds a date matters


def _list_below(lines: list[Line], date_line: Line) -> list[Line]:
    """The items of the one list that starts on the line right after ``date_line`` (an item split at <br> is
    several lines of one item), up to the first line that is no item of it."""
    items: list[Line] = []
    parent = None
    for line in lines[date_line.index + 1 : date_line.index + 1 + ITEMS_BELOW]:
        if line.kind != "item" or line.block is None:
            break
        if parent is None:
            parent = line.block.getparent()
        elif line.block.getparent() is not parent:
            break
        items.append(line)
    return items


def _item_name(line: Line, text: str, span: tuple[int, int]) -> str | None:
    """The name an item gives its event: the words before its time when the time stands mid-line ("<b>FÓRMULA 1 –
    Treino Livre 3</b> — às 8h — GP da Hungria — <a>BandSports</a>": what follows is the place and the channel),
    else the rest of the line without a link that closes it after other words (the channel or the tickets,
    "08:00 – NASCAR CUP – Qualifying <a>FS2</a>"). None when that leaves no name."""
    before = trim_separators(text[: span[0]])
    if meaningful(before):
        return before
    rest = trim_separators(text[span[1] :])
    last = line.anchors[-1].text.strip() if line.anchors else ""
    if last and rest.endswith(last) and meaningful(rest[: -len(last)]):
        rest = trim_separators(rest[: -len(last)])
    return rest if meaningful(rest) else None


def listed_sessions(bar: Entry, lines: list[Line], date_line: Line) -> list[Entry]:
    """The day's events when ``bar`` (the entry of ``date_line``) is a date alone over a list whose items each
    state a time: one entry per timed item. None when the date line has a name or time of its own, when no list
    follows it at once, when an item holds a date of its own (a list of dated lines, read as such), or when fewer
    than half its items state a time (a list of documents or notes under a date is no programme)."""
    if bar.title is not None or bar.time is not None:
        return []
    items = _list_below(lines, date_line)
    rows: list[Entry] = []
    for line in items:
        text = line.text.strip()
        if find_dates(text, year_hint=2000, today=_EPOCH):
            return []
        own = without_deadlines(text)
        clock = find_clock(own, dated=True) if len(text) <= BELOW_LINE_LENGTH else None
        row = timed_row(bar, line, own, clock) if clock is not None else None
        if row is not None and clock is not None:
            row.title = _item_name(line, own, clock.span) or row.title
        rows += [row] if row is not None else []
    if not rows or 2 * len(rows) < len(items):
        return []
    for row in rows:
        row.heading_line = bar.heading_line
        row.evidence.append("a list of timed items right under a line that is the day's date alone")
    return rows


def day_rows(found: list[Entry], lines: list[Line], line: Line) -> list[Entry]:
    """The events a line that is one date heads: the timed lines under a date heading ("January 19" over "10 a.m.
    Storytime", "6 p.m. Book Club"), else the timed items of a list right under it ("SEXTA-FEIRA – 01/08/2025" over
    "<ul><li>08:00 – FÓRMULA 1 …</li></ul>"); the line's own entry when it heads none."""
    if len(found) != 1:
        return found
    rows = timed_rows(found[0], lines, line) if line.is_heading else []
    return rows or listed_sessions(found[0], lines, line) or found
