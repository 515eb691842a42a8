"""Schedule lines on pages without structured data: list items, paragraph lines, menu options and headings that
start with (or are little more than) a date, read into entries (_page_schedule.Entry). Pure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from typing import Any

from sources.adapters._page_aria import time_from_link_label
from sources.adapters._page_bars import Bars, hours_line, is_sentence, linked_then_timed
from sources.adapters._page_bold_names import bold_name_place
from sources.adapters._page_dated_ends import clock_ends, find_clock_until
from sources.adapters._page_dates import ClockHit, DateHit, find_clock, find_dates, range_end
from sources.adapters._page_day_lists import day_rows
from sources.adapters._page_line_places import barred_place, name_date_place
from sources.adapters._page_lines import PSEUDO_HEADING, Anchor, Line
from sources.adapters._page_link_names import naming_link
from sources.adapters._page_name_field import name_above
from sources.adapters._page_other_dates import other_date_line
from sources.adapters._page_ranges import joined_ranges, written_alike
from sources.adapters._page_rows import names_the_day, one_date_holds, row_of
from sources.adapters._page_schedule import (
    ADDRESS,
    BELOW_LINE_LENGTH,
    BELOW_LINES,
    BYLINE,
    MAX_LINE_ENTRIES,
    MIN_ROWS,
    POST_META,
    POSTING,
    REMOTE_PLACE,
    STATUS_ONLY,
    WORDING,
    Entry,
    order_years,
    reads_as_place,
)
from sources.adapters._page_sections import is_schedule_line, is_section_heading
from sources.adapters._page_sessions import sessions_after, with_sessions
from sources.adapters._page_single_place import is_map_link, without_map_links
from sources.adapters._page_time_lines import END, MEETING, START, label_rank, timed_line
from sources.adapters._page_time_pairs import timed_then_named
from sources.adapters._page_unknown_times import time_not_yet
from sources.adapters._page_words import (
    COUNTED,
    DOCUMENT_WORD,
    END_LABEL,
    FIELD_LABEL,
    NOT_THE_PLACE,
    PLACE_LABEL,
    document_label,
    is_document_link,
    meaningful,
    reads_as_news,
    residue,
    split_place,
    status_in,
    without_status,
)
from sources.adapters._page_years import (
    bare_year,
    dotted_lead,
    leading_day,
    month_heading,
    month_year_line,
    season_years,
)


# --- lines --------------------------------------------------------------------------------------------------
@dataclasses.dataclass(slots=True)
class _Context:
    today: dt.date
    year: int | None = None
    month: tuple[int, int] | None = None
    section: Line | None = None  # the nearest heading above (without a date of its own)
    season: tuple[int, int] | None = None  # the two years a season's heading names ("Season 2024/25")

    def run(self, line: Line) -> tuple[Any, ...]:
        """The run of rows a line is in, whose years are read in order together: its list (an agenda menu and
        the presentations menu beside it are two) under one heading and one year or season."""
        return (self.section.index if self.section is not None else None, self.year, self.season, _group_of(line))


FIELD_LABEL_LENGTH = 30


def _links(
    anchors: list[Anchor], heading: str | None, title: str | None, written: str = ""
) -> tuple[list[dict[str, str]], str | None]:
    """The line's document links (labelled) and, apart, a link that is the event's own page: one whose words are in
    the title, or one around the whole line and more (a row that is one link, ``written`` its first line)."""
    links, url = [], None
    for anchor in anchors:
        if anchor.href.startswith(("mailto:", "tel:")):
            continue
        own = anchor.text in title or (bool(written) and anchor.text.startswith(written)) if title else False
        if own and anchor.text and not is_document_link(anchor.text, anchor.href):
            url = url or anchor.href
            continue
        links.append({"label": document_label(anchor.text, anchor.href, heading), "url": anchor.href})
    return links, url


def _before_posting(text: str) -> str:
    """The text up to a note of when the page or document was posted ("Aug 11, 2022 — Posted Aug 8, 2022
    4:53 PM"): a time after it is the posting's, not the meeting's."""
    note = POSTING.search(text)
    return text[: note.start()] if note else text


def _clock_near(text: str, hit: DateHit) -> tuple[ClockHit | None, tuple[int, int] | None]:
    """The time written after the date ("June 3 at 7 pm"), else before it ("7 pm, June 3"), with its span."""
    after = find_clock_until(_before_posting(text[hit.end :]), dated=True)  # with an end on its own date
    if after is not None:
        return after, (after.span[0] + hit.end, after.span[1] + hit.end)
    before = find_clock(text[: hit.start])
    return before, (before.span if before else None)


def _entry_from(
    line: Line, hit: DateHit, rest_spans: list[tuple[int, int]], heading: str | None, *, several: bool = False
) -> Entry:
    clock, clock_span = _clock_near(line.text, hit)
    sessions = sessions_after(line.text, clock, clock_span) if not several else []
    unknown = time_not_yet(line.text) if clock is None else None  # "Time TBD": the day, no time filled in
    spans = [(hit.start, hit.end), *rest_spans, *([clock_span] if clock_span else []), *(s.span for s in sessions)]
    spans += [unknown.span()] if unknown else []
    labels = [anchor.text for anchor in line.anchors if anchor.text and is_document_link(anchor.text, anchor.href)]
    title, place = split_place(without_status(residue(line.text, spans, labels)))
    if not place and (bold := bold_name_place(line, hit)):  # "<b>18.2. Band</b> Town, Venue"
        title, place = bold
    named = name_date_place(line.text, hit, clock_span)
    if named is not None and not place:  # "Commission Meeting: October 12 - 13, 2022 - Santa Barbara"
        title, place = named
    barred = None if place else barred_place(title)
    if barred is not None:  # "Spring Plant Sale | Riverside Community Center | April 10, 2027"
        title, place = barred
    if STATUS_ONLY.match(title):  # "Thursday, May 19, 2022 (CANCELED)": a status, the schedule's meeting
        title = ""
    if REMOTE_PLACE.match(title) and not place:  # "February 3rd, 2022 - Via Webinar": how to attend, not what
        title, place = "", title
    if heading and not place and reads_as_place(title):  # "<h3>Executive Committee</h3>" over "Thursday, October 8
        title, place = "", title  # at 6:30pm -- Community Board 3 Office - 59 East 4th Street": where, not what
    own_title = title if meaningful(title) else None
    anchors = _anchors_of(line, hit) if several else line.anchors
    written = " ".join(line.text.split())
    links, url = _links(anchors, heading, own_title, written)
    wording = written if own_title and not several and written != own_title and len(written) <= WORDING else None
    return Entry(
        day=hit.date,
        end_day=clock_ends(hit.date, clock)[1] or hit.end_date,  # "Oct 7, 2026 18:30 – Oct 8, 2026 07:30"
        time=clock.start if clock else None,
        end_time=clock_ends(hit.date, clock)[0],
        end_days=clock.days if clock else 0,
        all_day=unknown is not None,
        title=own_title,
        location=place or None,
        links=links,
        url=url,
        status=status_in(line.text),
        text=line.text,
        weekday_agrees=hit.weekday_agrees,
        year_written=hit.year_written,
        line=line.index,
        heading=heading,
        wording=wording,
        sessions=sessions,
    )


def _anchors_of(line: Line, hit: DateHit) -> list[Anchor]:
    """On a line of several dates, the links whose text is that date ("January 14" → its agenda)."""
    written = line.text[hit.start : hit.end].strip()
    if not written:
        return []
    alone = re.compile(rf"(?<![\w]){re.escape(written)}(?![\w])")  # "July 2" is not in "July 20"
    return [anchor for anchor in line.anchors if alone.search(anchor.text)]


def _month_line(line: Line, context: _Context) -> list[DateHit]:
    """A day number under a "January 2024" heading, as a date hit over the day's digits."""
    if context.month is None:
        return []
    year, month = context.month
    lead = leading_day(line.text) or dotted_lead(line.text, month)  # "18.2. Diz Watson" under "HELMIKUU 2012"
    if lead is None or COUNTED.match(line.text[lead[2] :].lstrip()):
        return []  # "6 out of 20 volunteers signed up": a count, not the 6th
    try:
        day = dt.date(year, month, lead[0])
    except ValueError:
        return []
    return [DateHit(day, lead[1], lead[2], True, None)]


def _update_context(line: Line, context: _Context) -> bool:
    """Year and month headings set the context for the lines under them; True when the line was one."""
    month = month_heading(line.text, context.today if line.is_heading else None)
    month = month or month_year_line(line.text, context.today)  # "HELMIKUU 2012" in bold, no heading's markup
    if month is not None:
        context.month, context.year, context.season = month, month[0], None
        return True
    year = bare_year(line.text, context.today) if (line.is_heading or len(line.text) <= 60) else None
    if year is not None:
        context.year, context.month, context.season = year, None, None
        return True
    season = season_years(line.text, context.today) if (line.is_heading or len(line.text) <= 60) else None
    if season is not None:  # "Season 2024/25": its rows are read in order, in its two years
        context.season, context.year, context.month = season, None, None
        return True
    if line.is_heading and line.level < PSEUDO_HEADING and not (context.month and _month_line(line, context)):
        context.month = None  # another section; a day's own heading ("1 чт" under "Репертуар на май") stays in it
    return False


def _line_entries(line: Line, context: _Context) -> list[Entry]:
    hits = joined_ranges(line.text, find_dates(line.text, year_hint=context.year, today=context.today))
    structure = "list"
    day_first = _month_line(line, context)  # "11 – Regular meeting (moved to Feb 18)": the 11th is the meeting
    if day_first and (not hits or hits[0].start >= day_first[0].end):
        hits, structure = day_first, "month"
    if not is_schedule_line(line, hits):
        return []
    section = context.section
    heading = section.text if section is not None else None
    written = find_dates(line.text, year_hint=context.year, today=context.today) if structure == "month" else hits
    spans = sorted({(hit.start, hit.end) for hit in (*hits, *written)})
    mostly_dates = len(hits) > 1 and len(residue(line.text, spans, [])) <= 30 and written_alike(line.text, hits)
    chosen = hits[:MAX_LINE_ENTRIES] if mostly_dates else hits[:1]
    entries = []
    for hit in chosen:
        rest = [span for span in spans if span != (hit.start, hit.end)]
        entry = _entry_from(line, hit, rest, heading, several=len(chosen) > 1)
        entry.heading_line = section.index if section is not None else None
        entry.structure = "options" if line.kind == "option" else structure
        how = "a menu option" if line.kind == "option" else f"a {line.kind} line"
        entry.evidence.append(f"date {hit.date.isoformat()} read from {how}: {line.text[:120]!r}")
        if hit.end_date is not None:
            entry.evidence.append(f"a range of two dates: it ends on {hit.end_date.isoformat()}")
        if not hit.year_written:
            entry.evidence.append(f"year {hit.date.year} taken from the context (no year written)")
        if hit.weekday_agrees is False:
            entry.evidence.append("the weekday written beside the date does not fall on it: the year may be wrong")
        hrefs = [anchor.href for anchor in line.anchors]
        news = reads_as_news(line.text, entry.title, heading, hrefs, timed=entry.time is not None)
        if news:
            entry.news = True
            entry.evidence.append(
                f"held: the line reads as news, not a meeting ({news}); its date is when it was published"
            )
        entries.append(entry)
    return with_sessions(entries)


def line_entries(lines: list[Line], *, today: dt.date, skip_blocks: set[Any]) -> list[Entry]:
    """Entries from every schedule line; lines inside ``skip_blocks`` (tables already read) are left out."""
    context = _Context(today=today)
    entries: list[Entry] = []
    groups: Counter[Any] = Counter()
    runs: dict[tuple[Any, ...], list[Entry]] = {}
    row_groups: dict[int, Any] = {}  # entries titled by their row: the list of rows they are in
    bars = Bars()
    untitled: set[tuple[int, Any]] = set()  # date headings of one template whose names are not below them
    for line in lines:
        if is_section_heading(line):
            context.section = line  # however far above: a long menu of dates is still under its heading
        if line.aside or _inside(line, skip_blocks):
            continue  # an "Upcoming events" sidebar lists other events, not this page's meetings
        if _ends_an_event(line, lines) or other_date_line(line, lines):
            continue  # "End date: 9/5/2019-11:30 PM" is when a meeting is over, not another meeting; nor a
            # "Registration Close: Jan 10, 2025" another trip
        if _update_context(line, context):
            continue
        found = _line_entries(line, context)
        row = _trailing_date_row(found, lines, line)  # before the bars: a date that trails its row is no bar
        if len(found) == 1:  # "15 апреля · сб" over "<a>Сын</a>", "18:30 · Большой зал", "<a>Высоцкий</a>", "20:00 …"
            found = linked_then_timed(found[0], lines, line) or timed_then_named(found[0], lines, line) or found
        found = day_rows(found, lines, line)
        rows = bars.see(line, found, lines, context.section)
        if len(found) == 1:
            _follow_lines(found[0], lines, line, untitled)
        found = found or rows
        _count_rows(found, line, row, groups, row_groups)
        entries += found
        runs.setdefault(context.run(line), []).extend(found)
    entries = bars.without(entries)
    for run in runs.values():
        run[:] = bars.without(run)
    _mark_lone(entries, lines, groups, row_groups)
    for (_, year, season, _), run in runs.items():  # a lone date in a paragraph is no row of the list beside it
        order_years([entry for entry in run if entry.structure != "lone"], today=today, year=year, season=season)
    return entries


def _trailing_date_row(found: list[Entry], lines: list[Line], line: Line) -> Any:
    """The row a date line's one entry is titled from, its name above the date (see _name_above_in_row)."""
    if len(found) == 1 and found[0].title is None and not line.is_heading:
        return _name_above_in_row(found[0], lines, line)
    return None


def _count_rows(found: list[Entry], line: Line, row: Any, groups: Counter[Any], row_groups: dict[int, Any]) -> None:
    """Counts the entries in their line's list, and a row's entries in the list of rows side by side too."""
    groups[_group_of(line)] += len(found)
    if row is not None:  # rows side by side are a list, however bare their markup
        rows_key = ("rows", row.getparent())
        groups[rows_key] += len(found)
        row_groups.update((id(entry), rows_key) for entry in found)


def _follow_lines(entry: Entry, lines: list[Line], line: Line, untitled: set[tuple[int, Any]]) -> None:
    """What the lines after a date line add to its entry: a date heading's name, hours and place; a date
    line's time on the next line and its name in its row. Date headings side by side are one template: when
    an earlier one has no name under it ("<h2>17.3.2030</h2><h3>19.00</h3>" twice under the show's <h1>), the
    line under the last is the page's description, not its name."""
    if line.is_heading:
        template = (line.level, line.block.getparent() if line.block is not None else None)
        _read_below(entry, lines, line, name_below=template not in untitled)
        if entry.title is None:
            untitled.add(template)
        return
    _time_below(entry, lines, line)
    time_from_link_label(entry, lines, line)
    _place_below(entry, lines, line)
    name_above(entry, lines, line)
    if entry.title is None:
        _name_in_row(entry, lines, line)


def _place_below(entry: Entry, lines: list[Line], line: Line) -> None:
    """The labelled place on the line under a date line, in its row ("Date & Time: July 21 at 8:00 a.m." over
    "Location: Board Room"), or under the time's line below it ("Tid: 08:00" over "Stad: Formannskapssalen"); one
    whose value is only a link ("Location: https://tinyurl.com/…") is where to join online, not its place."""
    if line.block is None or line.index + 1 >= len(lines):
        return
    below = lines[line.index + 1]
    if hours_line(below.text, dated=True) is not None and line.index + 2 < len(lines):
        below = lines[line.index + 2]
    label = PLACE_LABEL.match(below.text)
    days = frozenset(day for day in (entry.day, entry.end_day) if day is not None)
    # the date's own block, its lines set apart by <br> ("日程：…<br>時間：…<br>場所：…"), or a row of one date
    same = below.block is line.block
    if label is None or below.block is None or not (same or one_date_holds(line.block, below.block, days)):
        return
    value = without_map_links(label.group("place").strip(), below)  # "場所：Golden Gai<a …/maps/…>[地図]</a>"
    linked = [a for a in below.anchors if not a.href.startswith(("mailto:", "tel:")) and not is_map_link(a.href)]
    if linked and value == " ".join(anchor.text for anchor in linked).strip():
        entry.links += [{"label": "Online", "url": anchor.href} for anchor in linked]
        entry.evidence.append(f"an online link from the labelled place under the date: {value[:60]!r}")
    elif entry.location is None and value and len(value) <= BELOW_LINE_LENGTH and not linked:
        entry.location = value
        entry.evidence.append(f"place read from the labelled line under the date: {value[:60]!r}")


def _mark_lone(entries: list[Entry], lines: list[Line], groups: Counter[Any], row_groups: dict[int, Any]) -> None:
    """A list line alone in its list is a lone date. Lists of one shape ("<ul class='listitems'>" under each
    month heading) are one schedule however few dated lines each holds: a month with one meeting is not one."""
    shapes: Counter[tuple[str, str]] = Counter()
    for group, count in groups.items():
        shapes[_shape_of(group)] += count
    for entry, line in ((entry, lines[entry.line]) for entry in entries):
        kept = [_group_of(line), *([row_groups[id(entry)]] if id(entry) in row_groups else [])]
        alone = all(groups[group] < MIN_ROWS and shapes[_shape_of(group)] < MIN_ROWS for group in kept)
        if alone and entry.structure == "list":
            entry.structure = "lone"


def _shape_of(group: Any) -> tuple[str, str]:
    """A list's tag and class: lists written by one template share it. A bare <div> or <p> shares nothing."""
    if isinstance(group, tuple):  # ("rows", …): rows titled from above, side by side
        return (group[0], str(id(group[1])))  # the key holds the element: its id stays its own
    if group is None or not isinstance(group.tag, str):
        return ("", str(id(group)))
    classes = (group.get("class") or "").strip()
    ident = (group.get("id") or "").strip()
    if not classes and ident and not POST_META.search(ident):
        # A hand-made template repeats its ids instead of classes (32 × <div id="calendar_date">): an id shared
        # by several lists is their shape; an id of its own (as ids should be) shapes one list only.
        return (group.tag, "#" + ident)
    if group.tag not in ("ul", "ol", "dl", "tbody", "table") and not classes or POST_META.search(classes):
        return (group.tag, str(id(group)))  # a post's byline list ("ul.meta") is each post's own, no schedule
    return (group.tag, classes)


def _read_below(entry: Entry, lines: list[Line], heading: Line, *, name_below: bool = True) -> None:
    """A date heading's meeting: its name (unless ``name_below`` is False), hours, place and documents from the
    lines under it, up to the next date or the next heading of its rank. A line that is only a dotted time
    ("<h3>19.00</h3>") is the date's time, as beside the date (see find_clock)."""
    places: list[str] = []
    titled = entry.title is not None
    placing = True  # the place is the short lines after the name, up to the first that is not one
    for line in lines[heading.index + 1 : heading.index + 1 + BELOW_LINES]:
        if find_dates(line.text, year_hint=2000, today=dt.date(2000, 1, 1)):
            break
        if line.is_heading and line.level <= heading.level and not line.anchors:
            break  # the next section (a bold line of links is not one)
        text = line.text.strip()
        clock = hours_line(text, dated=True)
        if entry.title is not None and titled:  # a titled heading: only its hours and documents are below
            if clock is not None and entry.time is None:
                entry.time, entry.end_time = clock.start, clock.end
            entry.links += _document_links(line)
            continue
        if clock is not None and entry.time is None:
            entry.time, entry.end_time = clock.start, clock.end
            entry.evidence.append(f"time read from the line under the date: {text[:60]!r}")
        elif entry.title is None and name_below:
            _name_under(entry, line, text, clock)
        elif entry.title is not None and not line.anchors and clock is None and placing:
            # "Mail: 12 Oak Street" after the place is the organiser's address: the place ends there
            placing = len(text) <= BELOW_LINE_LENGTH and not is_sentence(text) and not NOT_THE_PLACE.search(text)
            places += [text] if placing else []
        entry.links += _document_links(line)
    if entry.location is None and any(ADDRESS.search(place) for place in places):
        entry.location = ", ".join(places[:4])


def _name_under(entry: Entry, line: Line, text: str, clock: ClockHit | None) -> None:
    """A date heading's name from a line under it: a short line, or a link to the event's page."""
    if not line.anchors and len(text) <= BELOW_LINE_LENGTH and meaningful(text):
        entry.title = without_status(text)
        entry.evidence.append(f"title read from the line under the date: {text[:60]!r}")
    elif clock is None and _names_by_link(line, text):
        entry.title, entry.url = without_status(text), entry.url or line.anchors[0].href
        entry.evidence.append(f"title read from the link under the date: {text[:60]!r}")


def _names_by_link(line: Line, text: str) -> bool:
    """A line under a date heading that is one link, the whole line, to a page that is no document ("<a
    href='/e/7'>MIZMOR</a>" under "FRIDAY JULY 19"): the event's name, linking to its page."""
    if len(line.anchors) != 1 or line.anchors[0].text != text or len(text) > BELOW_LINE_LENGTH:
        return False
    return meaningful(text) and not is_document_link(text, line.anchors[0].href)


def _time_below(entry: Entry, lines: list[Line], line: Line) -> None:
    """A date alone on its line whose next line, in the same element or row, is only a time or a range
    ("Monday, February 23, 2026<br>5–8 p.m."): that is the date's time ("5–8 p.m." gives its meridiem to 5)."""
    if entry.time is not None or line.block is None or line.index + 1 >= len(lines):
        return
    below = lines[line.index + 1]
    if below.is_heading or below.block is None or below.anchors:
        return
    if below.block is not line.block and not one_date_holds(line.block, below.block):
        return
    text = below.text.strip()
    clock = hours_line(text)
    if clock is None or find_dates(text, year_hint=2000, today=dt.date(2000, 1, 1)):
        return
    if label_rank(text) == MEETING:  # "Treffen 17:00" over "Beginn 17:30": the start's line is the time
        near = lines[below.index + 1 : below.index + 4]
        for other in near:
            started = hours_line(other.text) if label_rank(other.text) == START else None
            if started is not None and other.block is not None and one_date_holds(line.block, other.block):
                text, clock = other.text.strip(), started
                rows = [row for row in near if row.block is not None and one_date_holds(line.block, row.block)]
                ended = next((read for row in rows if (read := timed_line(row.text)) and read[0] == END), None)
                end = range_end(started.start, ended[1].start) if ended and not started.end else started.end
                clock = ClockHit(started.start, end, started.span)  # "Ende 19:30" below: its end
                break
    entry.time, entry.end_time = clock.start, clock.end
    entry.evidence.append(f"time read from the line under the date: {text[:60]!r}")


def _field_row(text: str) -> bool:
    """A line that is a field's label and its value ("Contact: clerk@example.org", "Price: $5"): not a name."""
    label, colon, _ = text.partition(":")
    return bool(colon) and len(label) <= FIELD_LABEL_LENGTH and FIELD_LABEL.match(label) is not None


def _name_in_row(entry: Entry, lines: list[Line], line: Line) -> None:
    """A line that holds only the date (a link "Sep 6, 2022 6:30 PM") in a row of its own (IQM2's
    "div.MeetingRow"): the meeting's name is the row's first line below it that is neither a document link
    nor a date ("Mayor and Council - Regular Meeting"). The row is what holds both lines and no other date."""
    if line.block is None or entry.labelled:
        return
    for below in lines[line.index + 1 : line.index + 1 + BELOW_LINES]:
        text = below.text.strip()
        if below.is_heading or below.block is None or find_dates(text, year_hint=2000, today=dt.date(2000, 1, 1)):
            return
        named = naming_link(below)  # "Concert One", a link alone under the date: the name and its page
        if below.anchors and named is None or not meaningful(text) or BYLINE.search(text) or _field_row(text):
            continue  # "Agenda", "Agenda Packet", "Video": the row's documents; "By Anna"; "Contact: …"
        if len(text) > BELOW_LINE_LENGTH or not one_date_holds(line.block, below.block) or is_sentence(text):
            return  # "This is a Hybrid Meeting. Members of the public can attend …": the description, no name
        if entry.heading and reads_as_place(text):  # "PS 20 - 166 Essex Street" under the date: its place; the
            if entry.location is None:  # heading above names the meeting
                entry.location = text
                entry.evidence.append(f"place read from the line under the date in its row: {text[:60]!r}")
            continue
        entry.title = without_status(text)
        entry.evidence.append(f"title read from the line under the date in its row: {text[:60]!r}")
        if named is not None and entry.url is None:
            entry.url = named.href
        anchor = line.anchors[0] if len(line.anchors) == 1 else None
        if anchor is not None and entry.url is None and anchor.text == line.text.strip():
            entry.url = anchor.href  # the date is the link to the meeting's own page, not a document
            entry.links = [link for link in entry.links if link["url"] != anchor.href]
        return


def _name_above_in_row(entry: Entry, lines: list[Line], line: Line) -> Any:
    """A date alone on its line after its row's name ("<h3><a>Seed Swap</a></h3><p>Saturday, March 13</p>", "<li>
    <a>Author talk</a><br>March 9</li>"): the name is the row's nearest line above that is neither a date, a
    time nor a byline, and a time alone on a line of the row above it is the row's time. The row is what holds
    both lines and no other date; so titled, the date is no bar over the next row. Returns the row (None when
    no title was read there): rows side by side are one list, however bare their markup."""
    row = None
    if line.block is None:
        return row
    for above in reversed(lines[max(0, line.index - BELOW_LINES) : line.index]):
        text = above.text.strip()
        if above.block is None or not one_date_holds(line.block, above.block) or _field_value(entry, text):
            return row
        dates = find_dates(text, year_hint=2000, today=dt.date(2000, 1, 1))
        if dates and not names_the_day(dates, entry.day):
            return row
        written = text
        text = residue(text, [(hit.start, hit.end) for hit in dates], []) if dates else text
        clock = hours_line(text)
        if clock is not None and not residue(text, [clock.span], []):
            if entry.time is None:
                entry.time, entry.end_time = clock.start, clock.end
                entry.evidence.append(f"time read from the line above the date in its row: {text[:60]!r}")
            continue
        if entry.title is not None or not meaningful(text) or BYLINE.search(text) or DOCUMENT_WORD.search(text):
            continue
        if len(text) > BELOW_LINE_LENGTH:
            return row
        entry.title = without_status(text)
        entry.evidence.append(f"title read from the line above the date in its row: {text[:60]!r}")
        if dates and len(written) <= WORDING:
            entry.wording = written  # "AYA NAKAMURA - 29 Mai 2026": the source's wording, its date cut out
        anchor = above.anchors[0] if len(above.anchors) == 1 else None
        if (
            anchor is not None
            and entry.url is None
            and anchor.text == written
            and not is_document_link(text, anchor.href)
        ):
            entry.url = anchor.href
        row = row_of(line.block, above.block)
        _row_news(entry, above)
    return row


def _field_value(entry: Entry, above: str) -> bool:
    """Whether the date is a field's value ("Aika" over "Ti 20.10.2020 klo 19:00") in a block of label and value
    rows: then its name is not among the fields (the block's heading, above the rows, names it), nor below it."""
    if entry.title is not None or not FIELD_LABEL.match(above):
        return False
    entry.labelled = True
    entry.evidence.append(f"the date is the value of the field {above[:30]!r}: no name from its rows")
    return True


def _row_news(entry: Entry, above: Line) -> None:
    """A row titled from above that reads as news ("<a href=/news/…>Library names new director</a><br>March 3"):
    held, as a news line is."""
    news = reads_as_news(
        entry.text, entry.title, entry.heading, [a.href for a in above.anchors], timed=bool(entry.time)
    )
    if news and not entry.news:
        entry.news = True
        entry.evidence.append(f"held: the row reads as news, not a meeting ({news}); its date is when it was published")


def _document_links(line: Line) -> list[dict[str, str]]:
    return [
        {"label": document_label(anchor.text, anchor.href, None), "url": anchor.href}
        for anchor in line.anchors
        if not anchor.href.startswith(("mailto:", "tel:"))
    ]


def _ends_an_event(line: Line, lines: list[Line]) -> bool:
    """A line labelled as an end: "Ends: …" itself, or the value under a "End date:" label (a <dt>/<dd> pair)."""
    label = END_LABEL.match(line.text)
    if label is not None:
        return True
    above = lines[line.index - 1] if line.index > 0 else None
    if above is None:
        return False
    label = END_LABEL.match(above.text)
    return label is not None and label.end() >= len(above.text.rstrip())


def _inside(line: Line, blocks: set[Any]) -> bool:
    if line.block is None or not blocks:
        return False
    return line.block in blocks or any(ancestor in blocks for ancestor in line.block.iterancestors())


def _group_of(line: Line) -> Any:
    """Lines of one list: items of one <ul>, paragraphs side by side, lines of one <p> split at <br>."""
    return line.block.getparent() if line.block is not None else None
