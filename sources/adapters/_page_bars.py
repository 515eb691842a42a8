"""Date bars on pages without structured data: a line that is a date alone ("February 15") over rows below it,
each row one event of that day: a heading with a time cell in its own row ("All Day", "11:00 a.m." then
"<h2><a>Ghost</a></h2>"), or a link that is only a time under a film's heading (a showing). Also what a line that
is only hours is (``hours_line``), shared with the schedule lines. Pure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import unquote_plus

from events import statuswords
from sources.adapters._midnight_words import ALL_DAY_LINE
from sources.adapters._page_cards import NOT_A_TITLE
from sources.adapters._page_dates import ClockHit, find_clock, find_dates
from sources.adapters._page_lines import PSEUDO_HEADING, Anchor, Line
from sources.adapters._page_meeting_points import place_of
from sources.adapters._page_nav_links import names_no_event
from sources.adapters._page_row_links import row_link
from sources.adapters._page_schedule import BELOW_LINE_LENGTH, SHORT_LINE, Entry
from sources.adapters._page_score_rows import score_row
from sources.adapters._page_showtime_rows import name_and_times, showing_place
from sources.adapters._page_sky_times import sky_times
from sources.adapters._page_words import (
    NOT_THE_PLACE,
    PLACE_LABEL,
    is_document_link,
    meaningful,
    reads_as_news,
    residue,
    status_in,
    without_deadlines,
    without_status,
)


@dataclasses.dataclass(slots=True)
class Bars:
    """Date bars ("February 15" alone on its line) and the rows under them, each an event of that day."""

    bar: Entry | None = None  # the last date line, when it was a date alone
    used: list[Entry] = dataclasses.field(default_factory=list)  # bars that had rows: the bar itself is none
    timetable: bool = False  # a row of several showings was seen: a row of one time below it is one too (review36)

    def see(self, line: Line, found: list[Entry], lines: list[Line], section: Line | None) -> list[Entry]:
        """Notes a date line as the bar (or the end of one); a row under the bar is returned as its entry."""
        if found:
            self.bar = found[0] if len(found) == 1 and _date_alone(line, found[0]) else None
            return []
        row = _row_under_bar(self.bar, lines, line, section) if self.bar is not None else None
        rows = [row] if row is not None else _showtimes(self.bar, line, section, self.timetable)
        if not rows:
            return []
        self.timetable = self.timetable or row is None and len(rows) > 1
        if not any(self.bar is seen for seen in self.used):
            self.used.append(self.bar)  # type: ignore[arg-type]
        return rows

    def without(self, entries: list[Entry]) -> list[Entry]:
        return [entry for entry in entries if not any(entry is seen for seen in self.used)]


def is_sentence(text: str) -> bool:
    """Prose ("We bought seeds at 123 Main Street, the old hardware store."), not a name or an address line."""
    return text.rstrip().endswith((".", "!", "?")) and len(text.split()) > 4


def hours_line(text: str, *, dated: bool = False) -> ClockHit | None:
    """The hours a line under a date heading gives when it is only a time or a range ("9:00am-2:30pm", "9:30AM -
    Via Webinar", "10 a.m. – 5 p.m.": its full stop is the meridiem's), not a sentence that names an hour ("I woke
    at 7 am to water them before work."), nor a deadline's or an office's hours ("Register by 5 p.m.").
    ``dated``: the line is under its date, so one that starts with a dotted "19.00" gives that time."""
    if len(text) > BELOW_LINE_LENGTH:
        return None
    text = without_deadlines(text)  # "Registration opens at 9 am; workshop 2 pm - 4 pm": the workshop's
    clock = find_clock(text, dated=dated)
    if clock is None:
        return None
    rest = residue(text, [clock.span], [])
    if not rest:
        return clock
    return clock if not is_sentence(text) and len(rest) <= 30 and len(rest.split()) <= 4 else None


_EPOCH = dt.date(2000, 1, 1)  # any clock: only whether a text holds a date matters
ALL_DAY = ALL_DAY_LINE  # "All Day", "Ganztägig", "Toute la journée"… alone on its line (_midnight_words)


def _showtimes(bar: Entry | None, line: Line, section: Line | None, timetable: bool = False) -> list[Entry]:
    """A film's row under the day's bar, its link and its times ("Film 18:00 20:30"): one showing per time, placed
    by the heading over the bar when that names a place ("Praha - Kino Aero", see _page_showtime_rows)."""
    found = name_and_times(line, section, timetable=timetable) if bar is not None else None
    if bar is None or found is None:
        return []
    name, anchor, clocks = found
    rows = [
        _bar_entry(bar, line, name, clock, anchor, "a showing of the row's film at one of its times")
        for clock in clocks
    ]
    place = showing_place(section)
    if place is not None:
        for row in rows:
            row.location = place
            row.evidence.append(f"place from the heading over the day: {place[:60]!r}")
    return rows


def _date_alone(line: Line, entry: Entry) -> bool:
    """A line that is a date and nothing else ("February 15"): a bar over the rows under it, if any follow."""
    return entry.title is None and entry.time is None and not line.anchors and len(line.text) <= SHORT_LINE


def _row_under_bar(bar: Entry, lines: list[Line], line: Line, section: Line | None) -> Entry | None:
    """A heading under a date bar with a time cell just before it ("All Day", "11:00 a.m." then "<h2><a>Ghost
    </a></h2>"): one of the bar's day's events, at that time, named and linked by the heading. A heading with
    no time beside it (a news item under the day's date) is none."""
    showing = _showing(bar, lines, line, section)
    if showing is not None:
        return showing
    clock = hours_line(line.text.strip())
    match = score_row(lines, line, clock is not None and not residue(line.text.strip(), [clock.span], []))
    if match is not None:  # "<a><div>9:15 AM</div><div>BBL Esports</div><div>0</div><div>Fire Flux…</div><div>2"
        return _bar_entry(bar, line, match[0], clock, match[1], "time and sides from the match card under it")
    if not line.is_heading or line.level >= PSEUDO_HEADING or line.index == 0 or not meaningful(line.text):
        return None
    before = lines[line.index - 1].text.strip()
    clock = hours_line(before)
    if clock is None and not ALL_DAY.match(before):
        return None
    if not _own_row(lines[line.index - 1], line, lines[bar.line]):
        return None
    anchor = line.anchors[0] if len(line.anchors) == 1 and line.anchors[0].text == line.text.strip() else None
    anchor = anchor or row_link(line, before)  # "<a href><p>2:00 pm</p><h3>Perfect Blue</h3></a>": the card's link
    row = _bar_entry(bar, line, line.text.strip(), clock, anchor, f"time {before!r} and title from the row under it")
    row.location = _mapped_place(lines, line)
    if row.location is not None:
        row.evidence.append(f"place {row.location!r} from the row's map link")
    hrefs = [anchor.href for anchor in line.anchors]
    news = reads_as_news(line.text, row.title, section.text if section else None, hrefs, timed=clock is not None)
    if news:  # a post under the day it was published ("All Day", then "<h2><a href=/news/…>Library names …")
        row.news = True
        row.evidence.append(f"held: the row reads as news, not an event ({news}); its date is when it was published")
    return row


# A link that only points at a map ("Location", "Map", "Directions"), and the place a map's address names.
MAP_LINK_TEXT = re.compile(r"^(?:location|map|view\s+map|directions|get\s+directions)$", re.I)
MAP_PLACE = re.compile(r"/maps/place/(?P<place>[^/@?#]{2,200})")
ROW_LINES = 12  # how far below its heading a row's map link may be
PLACE_REACH = 151  # the most characters a labelled place below a heading takes


def _mapped_place(lines: list[Line], heading: Line) -> str | None:
    """The place a row's map link names ("<a href='…/maps/place/Armory,+Seattle,+WA+98109/@47.62,…'>Location
    </a>": "Armory", the name before its town), looked for in the heading's row only. A place the row writes
    under a label ("Venue: Riverside Park") comes first; a map link on a line about the organiser ("Organised
    by Friends of the Parks <a>Location</a>") is their office's, not the event's place."""
    mapped = None
    for below in lines[heading.index + 1 : heading.index + 1 + ROW_LINES]:
        if below.is_heading:
            break
        label = PLACE_LABEL.match(below.text)
        # "Treffpunkt: 14:00 Uhr am Bahnhof": the meeting's time is no part of its place
        labelled_place = (place_of(label.group("place")) or "") if label is not None else ""
        if 0 < len(labelled_place) <= PLACE_REACH and meaningful(labelled_place) and _one_heading_holds(heading, below):
            return labelled_place.strip()
        for anchor in () if mapped or NOT_THE_PLACE.search(below.text) else below.anchors:
            place = MAP_PLACE.search(anchor.href) if MAP_LINK_TEXT.match(anchor.text.strip()) else None
            name = unquote_plus(place.group("place")).split(",")[0].strip() if place else ""
            if name and meaningful(name) and _one_heading_holds(heading, below):
                mapped = name
                break
    return mapped


def _one_heading_holds(heading: Line, line: Line) -> bool:
    row = _holding(heading, line)
    return row is not None and sum(1 for _ in row.iter("h1", "h2", "h3", "h4", "h5", "h6")) == 1


def _showing(bar: Entry, lines: list[Line], line: Line, section: Line | None) -> Entry | None:
    """A link that is only a time ("<a href=/purchase/34125><time>12:30 PM</time></a>") under a film's heading
    under a day's bar ("Sunday 15, February"): one showing of that film, the link its ticket page."""
    anchor = line.anchors[0] if len(line.anchors) == 1 and line.anchors[0].text == line.text.strip() else None
    if anchor is None or section is None or not meaningful(section.text):
        return None
    clock = find_clock(line.text)
    if clock is None or residue(line.text, [clock.span], []) or not _one_title_holds(section, line):
        return None
    return _bar_entry(bar, line, section.text.strip(), clock, anchor, f"a showing at {line.text.strip()!r} of")


def _one_title_holds(section: Line, line: Line) -> bool:
    """Whether the nearest element holding the heading and the line holds no other heading but dates: one
    film's block (its title, its day, its times), not a page of films."""
    row = _holding(section, line)
    if row is None:
        return False
    headings = [node for node in row.iter("h1", "h2", "h3", "h4", "h5", "h6") if isinstance(node.tag, str)]
    named = [node for node in headings if not find_dates(node.text_content() or "", year_hint=2000, today=_EPOCH)]
    return len(named) == 1


def _holding(first: Line, second: Line) -> Any:
    """The nearest element holding both lines (None when that is the page itself)."""
    if first.block is None or second.block is None:
        return None
    above = [first.block, *first.block.iterancestors()]
    row = next((node for node in (second.block, *second.block.iterancestors()) if any(node is a for a in above)), None)
    return None if row is None or row.tag in ("body", "html") else row


def _own_row(time_line: Line, heading: Line, bar_line: Line) -> bool:
    """Whether the time and the heading are one row's: the nearest element holding both holds no other heading
    and not the bar (a place line under a date heading and its hours is no row of its own)."""
    row = _holding(time_line, heading)
    if row is None:
        return False
    if bar_line.block is not None and any(node is row for node in (bar_line.block, *bar_line.block.iterancestors())):
        return False
    return sum(1 for _ in row.iter("h1", "h2", "h3", "h4", "h5", "h6")) == 1


ROWS_BELOW = 60  # lines looked at under a date heading for its timed rows


def _lines_below(lines: list[Line], heading: Line) -> Iterator[tuple[Line, str]]:
    """Each line under ``heading`` (at most ROWS_BELOW) with its text stripped, up to the next date or the next
    heading of its rank (a bold line of links is not one)."""
    for line in lines[heading.index + 1 : heading.index + 1 + ROWS_BELOW]:
        text = line.text.strip()
        if find_dates(text, year_hint=2000, today=_EPOCH):
            return
        if line.is_heading and line.level <= heading.level and not line.anchors:
            return
        yield line, text


# A venue's own hours inside a day's programme ("9:00 a.m. Gates open", "Doors close"): no event of its own.
GATES = re.compile(r"(?:gates?|doors?|box\s+office|site|grounds)\s+(?:open|opens|close|closes)", re.IGNORECASE)


def timed_rows(bar: Entry, lines: list[Line], heading: Line) -> list[Entry]:
    """A date heading over lines that each hold a time and a name ("10:00 a.m. Storytime", "6:00 p.m. Book
    Club"): each line one of that day's events, up to the next date or heading of its rank. Fewer than two such
    lines are none: a heading's one meeting, its name and hours below it (read by the schedule lines). Lines that
    are each one link to an event's page ("fredag 06/02" over "<a>Pianobar Kl.22.00</a>", "<a>AW Med Mexiko
    Tema</a>") are that day's events too, the untimed ones all day, when a timed one is among them and every
    timed one is such a link: each takes its own time, never another line's."""
    if bar.title is not None or bar.time is not None:
        return []
    rows: list[Entry] = []
    linked: list[Entry] = []  # the rows that are one link each, timed or not
    name_first = False
    for line, text in _lines_below(lines, heading):
        own = without_deadlines(text)  # a deadline's or an office's line is no row ("Register by 5 p.m.")
        clock = find_clock(own) if len(text) <= BELOW_LINE_LENGTH else None
        link = _event_link(line, text)
        if clock is None and link is not None:
            linked.append(_bar_entry(bar, line, text, None, link, "an event's link under the date heading"))
        if clock is None and line.index == heading.index + 1 and meaningful(text) and not is_sentence(text):
            name_first = True  # a name right under the day: the timed lines are its programme ("6 pm Cocktails")
        row = timed_row(bar, line, own, clock) if clock is not None else None
        rows += [row] if row is not None else []
        linked += [row] if row is not None and link is not None else []
    if rows and len(linked) >= 2 and all(any(row is seen for seen in linked) for row in rows):
        rows = linked
    elif name_first or len(rows) < 2:
        return []
    for row in rows:
        row.heading_line = bar.heading_line
    return sorted(rows, key=lambda row: row.line)


# What may come before a time that leads its line: nothing but spaces and separators ("· 18:30 · Hall").
_LEAD = " \t·•|-–—:"


def linked_then_timed(bar: Entry, lines: list[Line], date_line: Line) -> list[Entry]:
    """A line that is only a date over events each written as a link to its page, its name, and under it a line
    that starts with its time ("<a>Сын</a>" / "18:30 · Большой зал · Лирическая драма · 18+", a playbill): each
    pair is one of that day's events, at that time, up to the next date or heading of its rank. A time-led line
    with no such link right above it is another shape: then none. The time's line must say more than the time
    (its hall, its genre): a time alone between two links may be the next one's."""
    if bar.title is not None or bar.time is not None:
        return []
    rows: list[Entry] = []
    above: tuple[Line, Anchor] | None = None  # the link line right above, waiting for its time
    for line, text in _lines_below(lines, date_line):
        clock = find_clock(text, dated=True)
        # Led by its time and going on about the show ("· Main hall · Drama"): a time alone between two links
        # may be the next one's ("11:00 a.m." over "<a>Ghost</a>"), and is read as such by the date bars.
        if clock is not None and not text[: clock.span[0]].strip(_LEAD) and meaningful(text[clock.span[1] :]):
            if above is None:
                return []
            link_line, anchor = above
            how = "title from an event's link under the date, its time from the line under the link"
            rows.append(_bar_entry(bar, link_line, anchor.text, clock, anchor, how))
            above = None
            continue
        named = clock is None and not NOT_A_TITLE.match(text) and not names_no_event(text)  # "Buy tickets", "Show more"
        link = _event_link(line, text) if named else None
        above = (line, link) if link is not None else None
    for row in rows:
        row.heading_line = bar.heading_line
    return rows


def timed_row(bar: Entry, line: Line, own: str, clock: ClockHit) -> Entry | None:
    """The event of a line under a date heading that holds a time and a name; None for a sentence or gates."""
    text = line.text.strip()
    name = residue(own, [clock.span], [])
    if not meaningful(name) or is_sentence(text) or GATES.fullmatch(name.strip(" .,:;-–")) or sky_times(name):
        return None
    anchor = line.anchors[0] if len(line.anchors) == 1 and line.anchors[0].text in (name, text) else None
    row = _bar_entry(bar, line, name, clock, anchor, "time and title from a line under the date heading")
    if name != text:
        row.wording = text  # "AW Med Quiz! Från Kl.17.00": the name as written, its time in it
    return row


def _event_link(line: Line, text: str) -> Anchor | None:
    """The link a line is, the whole line, to a page that is no document: an event's name and page."""
    if len(line.anchors) != 1 or line.anchors[0].text != text or not meaningful(text) or is_sentence(text):
        return None
    return None if is_document_link(text, line.anchors[0].href) else line.anchors[0]


# A showing's state, alone where its name would be ("(SOLD OUT)", "Cancelled", "ausverkauft"): no name.
SOLD_OUT_NAME = re.compile(r"sold[\s-]?out|" + "|".join(map(re.escape, statuswords.sold_out_words())), re.IGNORECASE)


def state_only(name: str) -> bool:
    word = statuswords.undecorated(name)
    return statuswords.status_of(word) is not None or SOLD_OUT_NAME.fullmatch(word) is not None


def _bar_entry(bar: Entry, line: Line, title: str, clock: ClockHit | None, anchor: Anchor | None, how: str) -> Entry:
    row = Entry(
        day=bar.day,
        time=clock.start if clock else None,
        end_time=clock.end if clock else None,
        # "(SOLD OUT) 6:30pm" under a film's day: a showing's state, no name (the heading above names it)
        title=None if state_only(title) else without_status(title),
        url=anchor.href if anchor is not None else None,
        status=status_in(line.text),
        text=line.text,
        structure="month",
        weekday_agrees=bar.weekday_agrees,
        year_written=bar.year_written,
        line=line.index,
        heading=bar.heading,
        all_day=clock is None,
    )
    row.evidence.append(f"date {bar.day.isoformat()} from the date bar above: {bar.text[:60]!r}")
    row.evidence.append(f"{how}: {title[:60]!r}")
    return row
