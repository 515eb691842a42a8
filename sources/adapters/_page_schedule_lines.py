"""Schedule lines on pages without structured data: list items, paragraph lines, menu options and headings that
start with (or are little more than) a date, read into entries (_page_schedule.Entry). Pure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from typing import Any

from sources.adapters._page_appositive_names import appositive_name
from sources.adapters._page_article_dates import limited_day
from sources.adapters._page_articles import article_shape
from sources.adapters._page_bars import Bars, linked_then_timed
from sources.adapters._page_bold_names import bold_name_place
from sources.adapters._page_book_links import book_release_line
from sources.adapters._page_clock_zones import remote_lead, with_zone
from sources.adapters._page_dashed_places import dashed_places
from sources.adapters._page_date_labels import date_article, date_label
from sources.adapters._page_date_lists import (
    comma_venue,
    due_by,
    place_only,
    shared_below,
    year_once,
    yearless_headings,
)
from sources.adapters._page_date_rooms import date_led_room
from sources.adapters._page_dated_ends import clock_ends, find_clock_until
from sources.adapters._page_dates import ClockHit, DateHit, find_clock, find_dates
from sources.adapters._page_day_lists import day_rows
from sources.adapters._page_day_showtimes import day_showtimes
from sources.adapters._page_empty_grid import empty_grid_day, hour_lead
from sources.adapters._page_former_dates import former_dates_off
from sources.adapters._page_header_days import header_days
from sources.adapters._page_heading_date_lines import heading_date_lines
from sources.adapters._page_hours_sections import hours_section
from sources.adapters._page_item_paragraphs import item_list
from sources.adapters._page_label_cards import label_cards, label_cards_listed
from sources.adapters._page_limit_sentences import limit_sentences  # "… 19:30. Booking closes on …" (left31)
from sources.adapters._page_line_neighbours import follow_lines, trailing_date_row
from sources.adapters._page_line_places import barred_place, name_date_place
from sources.adapters._page_lines import PSEUDO_HEADING, Anchor, Line
from sources.adapters._page_listed_days import listed_hits, with_listed
from sources.adapters._page_mid_dates import mid_date_place
from sources.adapters._page_month_badges import table_figure
from sources.adapters._page_named_place import named_place
from sources.adapters._page_nav_links import names_no_event
from sources.adapters._page_no_events import notice_day, notice_line
from sources.adapters._page_other_dates import deadline_name, other_date_line
from sources.adapters._page_pair_hits import paired_hits
from sources.adapters._page_place_first_lines import place_first_lines
from sources.adapters._page_post_lines import post_line
from sources.adapters._page_post_marks import post_stamped
from sources.adapters._page_prose_titles import prose_title
from sources.adapters._page_ranges import joined_ranges, written_alike
from sources.adapters._page_record_lines import publication_line
from sources.adapters._page_row_files import files_in_row
from sources.adapters._page_schedule import (
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
from sources.adapters._page_sold_out import line_sold_out
from sources.adapters._page_stated_years import in_stated_year
from sources.adapters._page_table_names import calendar_href
from sources.adapters._page_tail_places import line_place
from sources.adapters._page_tail_sentence import remark_span, sentence_place
from sources.adapters._page_time_pairs import timed_then_named
from sources.adapters._page_unknown_times import time_not_yet
from sources.adapters._page_words import (
    COUNTED,
    END_LABEL,
    document_label,
    document_name,
    is_document_link,
    meaningful,
    reads_as_news,
    residue,
    status_in,
    without_status,
)
from sources.adapters._page_years import (
    bare_year,
    dotted_lead,
    leading_day,
    month_heading,
    month_named_last,
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
    title_year: int | None = None  # the one year the page's <title> states ("2026 Board Meetings")

    def run(self, line: Line) -> tuple[Any, ...]:
        """The run of rows a line is in, whose years are read in order together: its list (an agenda menu and
        the presentations menu beside it are two) under one heading and one year or season."""
        return (self.section.index if self.section is not None else None, self.year, self.season, _group_of(line))


def _links(
    anchors: list[Anchor], heading: str | None, title: str | None, written: str = ""
) -> tuple[list[dict[str, str]], str | None]:
    """The line's document links (labelled) and, apart, a link that is the event's own page: one whose words are in
    the title, or one around the whole line and more (a row that is one link, ``written`` its first line). A line
    of only the date inside a card that is one link ("<a href=/spiel/7><div>So. 20.09.2026 /09:00 Uhr</div><div>
    Home</div><div>Away</div><div>Zum Spiel</div></a>") has no title of its own: the card's link is its page too."""
    links, url = [], None
    for anchor in anchors:
        if anchor.href.startswith(("mailto:", "tel:")) or calendar_href(anchor.href):
            continue  # an add-to-calendar link is neither the event's page nor one of its documents
        wraps = bool(written) and anchor.text.startswith(written)
        own = anchor.text in title or wraps if title else wraps and len(anchor.text) > len(written)
        if own and anchor.text and not is_document_link(anchor.text, anchor.href):
            url = url or anchor.href
            continue
        links.append({"label": document_label(anchor.text, anchor.href, heading, row=title), "url": anchor.href})
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
    bare_span, clock_span = clock_span, with_zone(line.text, clock_span) if clock_span else None  # "11am PDT"
    sessions = sessions_after(line.text, clock, clock_span) if not several else []
    unknown = time_not_yet(line.text) if clock is None else None  # "Time TBD": the day, no time filled in
    spans = [(hit.start, hit.end), *rest_spans, *([clock_span] if clock_span else []), *(s.span for s in sessions)]
    spans += [unknown.span()] if unknown else []
    after = clock_span[1] if clock_span is not None and clock_span[1] > hit.end else hit.end
    tail = None if several else remark_span(line.text, hit.start, after, clock=after > hit.end)
    spans += [tail] if tail else []  # "… at 10am. Followed by …": a remark, not the name (_page_tail_sentence)
    labels = [
        anchor.text
        for anchor in line.anchors
        if anchor.text and (is_document_link(anchor.text, anchor.href) or calendar_href(anchor.href))
    ]
    leftover = residue(line.text, spans, labels)
    if bare_span is not None and clock_span != bare_span and not meaningful(leftover):  # the zone alone was left
        leftover = residue(line.text, [bare_span if span == clock_span else span for span in spans], labels)
    # "Our next concert, Pax in Terra, is …": the name between commas, no place (_page_appositive_names); else
    # "… at the Awaken Cafe, Oakland" (_page_tail_places) or the place reader's split
    title, place = appositive_name(leftover) or line_place(without_status(leftover))
    place = place or (sentence_place(line.text, tail) if tail else None) or ""
    if not place and (bold := bold_name_place(line, hit)):  # "<b>18.2. Band</b> Town, Venue"
        title, place = bold
    named = name_date_place(line.text, hit, clock_span) or mid_date_place(line.text, hit, clock_span, several)
    if named is not None and not place:  # "Commission Meeting: October 12 - 13, 2022 - Santa Barbara"
        title, place = named
    barred = None if place else barred_place(title)
    if barred is not None:  # "Spring Plant Sale | Riverside Community Center | April 10, 2027"
        title, place = barred
    if STATUS_ONLY.match(title) or names_no_event(title):  # "… (CANCELED)", "… Buy tickets": the schedule's event
        title = ""
    if date_label(title, line.text) or date_article(title):  # "Event Dates: …", "Montag, den …" (_page_date_labels)
        title = ""
    if not place and (room := date_led_room(line.text, hit, title)):  # "3 February 2026 -- Seminar Room 5"
        title, place = "", room  # where the talk is; its name is on a line of its own (_page_date_rooms)
    if not place and (remote := remote_lead(title)):  # "on Zoom: Live virtual Q&A": where, then what
        title, place = remote
    if REMOTE_PLACE.match(title) and not place:  # "February 3rd, 2022 - Via Webinar": how to attend, not what
        title, place = "", title
    if heading and not place and reads_as_place(title):  # "<h3>Executive Committee</h3>" over "Thursday, October 8
        title, place = "", title  # at 6:30pm -- Community Board 3 Office - 59 East 4th Street": where, not what
    own_title = title if meaningful(title) and not prose_title(title) else None  # "the Choir presented …": prose
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
        sold_out=not several and line_sold_out(leftover),  # "Fri 6 March, 7:30pm (Sold out)": that showing's
        text=line.text,
        weekday_agrees=hit.weekday_agrees,
        year_written=hit.year_written,
        line=line.index,
        heading=heading,
        wording=wording,
        sessions=sessions,
        document_name=document_name(title) if own_title is None and not several else None,
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
    if lead is None or COUNTED.match(line.text[lead[2] :].lstrip()) or hour_lead(line.text[lead[2] :].lstrip()):
        return []  # "6 out of 20 volunteers signed up": a count, not the 6th; "6 pm Quiz night": an hour
    try:
        day = dt.date(year, month, lead[0])
    except ValueError:
        return []
    return [DateHit(day, lead[1], lead[2], True, None)]


def _month_under_year(line: Line, context: _Context) -> tuple[int, int] | None:
    """(year, month) of a heading that is a month's name alone under a heading that named the year ("<h5>Kalender
    2013</h5>" over "<h6>Oktober</h6>" and "<h6>April</h6>", a singer's calendar; batch 124): that year's month.
    Not: a month alone with no year above it (a listing whose lines write their own dates), nor a longer heading."""
    words = line.text.split()
    if not line.is_heading or context.year is None or len(words) != 1:
        return None
    return month_named_last(f"{words[0]} {context.year}", context.today)


def _update_context(line: Line, context: _Context) -> bool:
    """Year and month headings set the context for the lines under them; True when the line was one."""
    month = month_heading(line.text, context.today if line.is_heading else None)
    month = month or month_year_line(line.text, context.today)  # "HELMIKUU 2012" in bold, no heading's markup
    month = month or _month_under_year(line, context)  # "<h6>Oktober</h6>" under "<h5>Kalender 2013</h5>"
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
    hits = find_dates(line.text, year_hint=context.year, today=context.today)
    stated = context.year or (context.title_year if context.season is None else None)  # a heading's, the title's
    hits = paired_hits(line.text, joined_ranges(line.text, in_stated_year(hits, stated)))  # the stated year
    hits = former_dates_off(line.text, hits)  # "(rescheduled from Feb 1)": not a second event
    structure = "list"
    day_first = _month_line(line, context)  # "11 – Regular meeting (moved to Feb 18)": the 11th is the meeting
    if day_first and (not hits or hits[0].start >= day_first[0].end):
        hits, structure = day_first, "month"
    hits, listed = listed_hits(line.text, hits, structure)  # "May 7 & 8 - 7pm": the 8th too (_page_listed_days)
    section = context.section
    heading = section.text if section is not None else None
    if not is_schedule_line(line, hits) or publication_line(line, hits, heading) or post_stamped(line.text):
        return []  # a published file's date is no meeting (_page_record_lines), nor "✍️ Apr 19" (_page_post_marks)
    if (
        notice_line(line.text, hits)
        or book_release_line(line)
        or post_line(line, hits, context.today)
        or hours_section(heading)
        or table_figure(line)  # "Leden | 12": a month's figure in a table, no badge (_page_month_badges)
    ):
        return []  # "No events for Sun, Sep 24, 2023" (_page_no_events); a book's sale day; a byline, a comment; hours
    written = find_dates(line.text, year_hint=context.year, today=context.today) if structure == "month" else hits
    spans = sorted({(hit.start, hit.end) for hit in (*hits, *written)})
    mostly_dates = (  # "12.03. | 23.04. | 12.11.2026": the year once, on the last (_page_date_lists)
        len(hits) > 1
        and len(residue(line.text, spans, [])) <= 30
        and (written_alike(line.text, hits) or year_once(line.text, hits))
    )
    if mostly_dates and header_days(line):
        return []  # a booking grid's or a timetable's header row: its columns' days (_page_header_days)
    chosen = hits[:MAX_LINE_ENTRIES] if mostly_dates else hits[:1]
    entries = []
    for hit in chosen:
        rest = limit_sentences(line.text, [span for span in spans if span != (hit.start, hit.end)], hit.end)
        entry = _entry_from(line, hit, rest, heading, several=len(chosen) > 1)
        if (
            entry.title
            and deadline_name(entry.title)
            or limited_day(line.text, hit, worded=True)
            or due_by(line.text, hit)
        ):
            continue  # "August 31 - Registration Deadline", "Booking closes on …": when something is due or ends
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
    return with_sessions(with_listed(entries, listed))


def line_entries(lines: list[Line], *, today: dt.date, skip_blocks: set[Any], title: str | None = None) -> list[Entry]:
    """Entries from every schedule line; lines inside ``skip_blocks`` (tables already read) are left out. The
    page's ``title`` states a year that keeps a year-less day whose weekday does not fit it (_page_stated_years)."""
    context = _Context(today=today, title_year=bare_year(title, today) if title else None)
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
        found = [] if empty_grid_day(line, lines) else _line_entries(line, context)  # "28" "29": a grid's day
        row = trailing_date_row(found, lines, line)  # before the bars: a date that trails its row is no bar
        if len(found) == 1:  # "15 апреля · сб" over "<a>Сын</a>", "18:30 · Большой зал", "<a>Высоцкий</a>", "20:00 …"
            found = linked_then_timed(found[0], lines, line) or timed_then_named(found[0], lines, line) or found
            found = label_cards(found, lines, line)  # "<b>Label</b>" over date/time/place cards (_page_label_cards)
        found = day_rows(found, lines, line)
        shared_below(found, lines, line)  # "jeweils 19:00 Uhr im Anglerheim" under a list (_page_date_lists)
        for entry in found:
            place_only(entry)  # "14:00 Uhr im Vereinsheim Schleusingen": where, not what (_page_date_lists)
            comma_venue(entry)  # "Fischerfest, Anglerheim": its place (_page_date_lists)
            named_place(entry)  # "Spielabend Ort: Lorem Ipsum, Regensburg" (_page_named_place)
        rows = bars.see(line, found, lines, context.section)
        if len(found) == 1:
            follow_lines(found[0], lines, line, untitled)
            files_in_row(
                found[0], lines, line
            )  # "Statement: PDF | HTML" in the cells beside the date (_page_row_files)
        found = found or rows
        _count_rows(found, line, row, groups, row_groups)
        groups[_group_of(line)] += not found and notice_day(line.text, context.year, context.today)  # an empty day
        entries += found
        runs.setdefault(context.run(line), []).extend(found)
    entries = bars.without(entries)
    for run in runs.values():
        run[:] = bars.without(run)
    _mark_lone(entries, lines, groups, row_groups)
    heading_date_lines(entries, lines, today)  # "<h2>Name</h2><h3>May 23 | Hall | 7:30 PM</h3>" (_page_heading_…)
    label_cards_listed(entries, MIN_ROWS)  # labels over one card each, side by side: a list (_page_label_cards)
    entries = day_showtimes(entries, lines, today=today)  # a cinema's day: films' time buttons (_page_day_showtimes)
    for (_, year, season, _), run in runs.items():  # a lone date in a paragraph is no row of the list beside it
        order_years([entry for entry in run if entry.structure != "lone"], today=today, year=year, season=season)
    yearless_headings(entries)  # "Vorstandssitzungen 2026" over its dates: the meetings (_page_date_lists)
    place_first_lines(entries, lines)  # "<h4>date</h4><p>Church, Town<br>Name</p>" (_page_place_first_lines)
    return dashed_places(entries, title)  # "Quiz night – The Crown, Leeds": its place, for the title rule


def _count_rows(found: list[Entry], line: Line, row: Any, groups: Counter[Any], row_groups: dict[int, Any]) -> None:
    """Counts the entries in their line's list, and a row's entries in the list of rows side by side too."""
    groups[_group_of(line)] += len(found)
    if (wrapped := _wrapped_list(line)) is not None:
        groups[wrapped] += len(found)  # a row in its bare wrapper: one of the wrappers' list too
    if row is not None:  # rows side by side are a list, however bare their markup
        rows_key = ("rows", row.getparent())
        groups[rows_key] += len(found)
        row_groups.update((id(entry), rows_key) for entry in found)
    elif (items := item_list(line)) is not None:  # "<li><p><b>date Name</b></p><p>…</p></li>" (_page_item_paragraphs)
        groups[items] += len(found)
        row_groups.update((id(entry), items) for entry in found)


def _mark_lone(entries: list[Entry], lines: list[Line], groups: Counter[Any], row_groups: dict[int, Any]) -> None:
    """A list line alone in its list is a lone date. Lists of one shape ("<ul class='listitems'>" under each
    month heading) are one schedule however few dated lines each holds: a month with one meeting is not one."""
    shapes: Counter[tuple[str, str]] = Counter()
    for group, count in groups.items():
        shapes[_shape_of(group)] += count
    for entry, line in ((entry, lines[entry.line]) for entry in entries):
        wrapped = [] if (key := _wrapped_list(line)) is None else [key]
        kept = [_group_of(line), *wrapped, *([row_groups[id(entry)]] if id(entry) in row_groups else [])]
        alone = all(groups[group] < MIN_ROWS and shapes[_shape_of(group)] < MIN_ROWS for group in kept)
        if alone and entry.structure == "list":
            entry.structure = "lone"


def _shape_of(group: Any) -> tuple[str, str]:
    """A list's tag and class: lists written by one template share it. A bare <div> or <p> shares nothing."""
    if isinstance(group, tuple):  # ("rows", …): rows titled from above, side by side
        return (group[0], str(id(group[1])))  # the key holds the element: its id stays its own
    if group is None or not isinstance(group.tag, str):
        return ("", str(id(group)))
    if (shape := article_shape(group)) is not None:  # bare <article>s side by side (_page_articles)
        return shape
    classes = (group.get("class") or "").strip()
    ident = (group.get("id") or "").strip()
    if not classes and ident and not POST_META.search(ident):
        # A hand-made template repeats its ids instead of classes (32 × <div id="calendar_date">): an id shared
        # by several lists is their shape; an id of its own (as ids should be) shapes one list only.
        return (group.tag, "#" + ident)
    if group.tag not in ("ul", "ol", "dl", "tbody", "table") and not classes or POST_META.search(classes):
        return (group.tag, str(id(group)))  # a post's byline list ("ul.meta") is each post's own, no schedule
    return (group.tag, class_shape(classes))


# A class that marks one row of a list apart from its siblings, not its kind: a zebra stripe ("odd", "even", "alt",
# "shaded"), a state ("active", "current", "first", "last"), a BEM modifier ("fomc-meeting--shaded"). Rows of one
# template that differ only by these are one list (held-out batch 69: every other meeting row "--shaded"); nor a
# utility class for one screen width or state ("lg:order-first": every other card's picture on the right, batch 99).
ROW_MARK = re.compile(
    r"^(?:odd|even|alt|alternate|shaded|striped|stripe|zebra|first|last|active|current|selected|highlighted)$|"
    r"--|[-_](?:odd|even|alt)$|^(?:sm|md|lg|xl|2xl|3xl|hover|focus|dark|print):",
    re.I,
)


def class_shape(classes: str) -> str:
    """A list's classes as its template's: the row marks (``ROW_MARK``) left out, the rest in order; all of them
    when nothing else is left."""
    tokens = classes.split()
    kept = sorted({token for token in tokens if not ROW_MARK.search(token)})
    return " ".join(kept) if kept else classes


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


WRAPPER_DEPTH = 3  # single-child wrappers climbed through to a row's list


def _list_of(line: Line) -> Any:
    """The list a line's row is one of: its block's parent, or, when the block is its parent's only element and
    the parent says nothing of its own (a row's bare wrapper, "<div><div class='promotion'><a>UFC 300</a><span>Aug
    18</span></div></div>" once a row), the list the wrapper sits in, through at most WRAPPER_DEPTH wrappers. A
    wrapper with words or other elements of its own is a list of one (its line is lone if nothing beside it is)."""
    node = line.block
    group = _group_of(line)
    for _ in range(WRAPPER_DEPTH):
        if group is None or not _bare_wrapper(group, node) or group.getparent() is None:
            break
        node, group = group, group.getparent()
    return group


def _wrapped_list(line: Line) -> tuple[str, Any] | None:
    """The key of the list of rows in bare wrappers a line's row is one of, or None when its block has no bare
    wrapper. Its own key: a line that sits in that list's element without a wrapper (an item's title beside its
    wrapped date column) is no row of it."""
    group = _list_of(line)
    return None if group is _group_of(line) else ("wrapped", group)


def _bare_wrapper(parent: Any, child: Any) -> bool:
    """Whether ``child`` is ``parent``'s only element and ``parent`` has no text of its own (``<div><p>…</p></div>``)."""
    if parent.tag in ("body", "html") or (parent.text or "").strip() or (child.tail or "").strip():
        return False
    # Stop at the second element: counting them all made a list of n rows cost n² (review37: 1,200 rows, 12 s).
    elements = (node for node in parent if isinstance(node.tag, str))
    return next(elements, None) is not None and next(elements, None) is None
