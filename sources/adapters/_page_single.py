"""A page about one event, without structured data: its main heading and the nearest date, time and place. Pure.

The heading is the page's h1 (not the site's name in the banner), else its og:title, else its <title> without
the site's name; on a page of labelled fields with no h1, the field that names the event ("Bezeichnung:"). Below it, a "When:"/"Date:" line, else the first line that starts with a date, gives the
day; the time is on that line or the next few ("Time: 6 – 8 pm"); the place is a "Where:"/"Location:" line
or an <address>. The page's canonical URL (else the URL it was fetched from) is the event's.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any

from events import statuswords
from events.statuswords import undecorated
from sources.adapters._calendar_links import LinkedEvent
from sources.adapters._page_announced_names import announced_title
from sources.adapters._page_archive_titles import archive_title_past
from sources.adapters._page_article_dates import announcing_sentence, stamped
from sources.adapters._page_check_in import own_check_in
from sources.adapters._page_clause_days import later_announced
from sources.adapters._page_dated_ends import clock_ends
from sources.adapters._page_dates import find_clock, find_dates
from sources.adapters._page_day_parts import day_parts, part_span
from sources.adapters._page_duration_label import duration_end
from sources.adapters._page_header_days import header_days
from sources.adapters._page_heading_day import HEADING_DATE_EVIDENCE, without_heading_date
from sources.adapters._page_info import PageInfo
from sources.adapters._page_line_places import dated_line_place
from sources.adapters._page_lines import Line
from sources.adapters._page_long_past import long_past_prose
from sources.adapters._page_next_names import next_named
from sources.adapters._page_no_events import says_none_on
from sources.adapters._page_other_dates import another_date
from sources.adapters._page_other_pages import other_page
from sources.adapters._page_post_marks import post_stamped
from sources.adapters._page_race_starts import own_clock
from sources.adapters._page_ranges import joined_ranges
from sources.adapters._page_record_lines import publication_line
from sources.adapters._page_schedule import DATE_LEADS_WITHIN, SHORT_LINE, Entry
from sources.adapters._page_single_place import (
    ADDRESS_LINE,
    ADDRESS_LINES,
    POSTCODE_LINE,
    WHERE_LABEL,
    map_named,
    place_near,
    with_address,
)
from sources.adapters._page_single_under_date import under_date_line
from sources.adapters._page_sky_times import sky_times
from sources.adapters._page_stamp_labels import stamp_label
from sources.adapters._page_subtitle_place import subtitle_place
from sources.adapters._page_time_lines import label_rank
from sources.adapters._page_unknown_times import time_not_yet
from sources.adapters._page_ways_in import way_in
from sources.adapters._page_words import (
    END_LABEL,
    PAGE_DATES,
    document_label,
    is_document_link,
    status_in,
)
from sources.adapters._page_years import year_from_url
from sources.adapters._title_status import says_status, status_off

# How far below the heading the event's details may be, in lines.
NEAR = 40
DESCRIPTION_CHARS = 2_000  # a description, not the page
CLOSE = 6
FOLLOWING = 3  # lines after the date where its time may be written
ABOVE = 2  # lines above the main heading, in its own block, where its date may be written
LATER_END_DAYS = 31  # an "Ends:" day after the start's: a run of days, not another event
WHEN_LABEL = re.compile(
    r"^\s*(?:when|date|dates|date\s*(?:&|and)\s*time|day|starts?|start\s*(?:date|time)|begins?|(?:event|meeting)\s*date"
    r"|wann|datum|startdatum|beginn|termin)\s*:\s*",
    re.I,
)

# A "Time:" field, and a start time's label in the languages pages are written in, set apart from its value by the
# markup only ("horaires début | 20:30", "Beginn | 19:30 Uhr", "Aanvang | 20.15", "Inizio | 21:00"): label, time.
_START_WORDS = r"horaires?|heures?|d[ée]but|beginn|anfang|aanvang|inizio|orario|hora|horario|start\s*time|開演|開始"
TIME_LABEL = re.compile(
    rf"^\s*(?:(?:time|times|hours|uhrzeit|zeit)\s*:\s*|(?:{_START_WORDS})(?:\s(?:de\s|du\s)?(?:{_START_WORDS})){{0,2}}"
    r"\s*(?:[:：]\s*|(?=\d)))",  # "開演：19:00" (the performance starts; "開場", doors, is not the start)
    re.I,
)
# The field that names the event on a page of labelled fields ("Bezeichnung:" over "Steirische
# Landesmeisterschaft Standard 2026", "Event name:"), read when the page has no main heading of its own. Not a
# bare "Name:", a contact's as often as the event's.
NAME_LABEL = re.compile(
    r"^\s*(?:bezeichnung|titel|veranstaltung|veranstaltungsname|event\s?(?:name|title)|title|titre|t[i\u00ed]tulo|"
    r"titolo|名称|イベント名|公演名)\s*[:：]\s*",  # Japanese "名称：" (name), before its full-width colon
    re.I,
)


def _heading_index(lines: list[Line], info: PageInfo) -> int:
    """The main heading's line: the h1, else a heading line that says the page's title (an h2 under a logo)."""
    if info.heading is not None:
        level = 1 if info.heading_element is None or info.heading_element.tag == "h1" else None  # or a classed name
        return next((line.index for line in lines if level in (None, line.level) and line.text == info.heading), -1)
    title = (info.og_title or info.doc_title or "").casefold()
    return next((line.index for line in lines if line.is_heading and title and line.text.casefold() == title), -1)


def page_description(lines: list[Line], info: PageInfo) -> str | None:
    """A single-event page's description: the content lines under its main heading (menus, footers and
    asides are not lines), up to the next heading as high as it, at most NEAR lines and DESCRIPTION_CHARS."""
    start = _heading_index(lines, info)
    if start < 0:
        return None
    level = lines[start].level
    kept: list[str] = []
    size = 0
    for line in lines[start + 1 : start + 1 + NEAR]:
        if line.is_heading and line.level <= level:
            break
        if line.aside:
            continue
        if size + len(line.text) > DESCRIPTION_CHARS:
            break
        kept.append(line.text)
        size += len(line.text) + 1
    return "\n".join(kept) or None


def labelled_lines(lines: list[Line]) -> list[Line]:
    """The lines with a label alone ("Start date:" in a <dt>) joined to the value under it (the <dd>)."""
    joined: list[Line] = []
    skip = -1
    for position, line in enumerate(lines):
        if position == skip:
            continue
        place = WHERE_LABEL.match(line.text)
        label = WHEN_LABEL.match(line.text) or END_LABEL.match(line.text) or place
        if label and label.end() >= len(line.text.rstrip()) and position + 1 < len(lines):
            following = lines[position + 1]
            head = line.text.strip()
            if (
                label is place and head[-1:] not in ":：?"
            ):  # "Venue" over "The Blue Door": "Venue: The Blue Door", a label
                head += ":"
            joined.append(
                dataclasses.replace(line, text=f"{head} {following.text}", anchors=[*line.anchors, *following.anchors])
            )
            skip = position + 1
            continue
        joined.append(line)
    return joined


def _date_line(lines: list[Line], today: dt.date) -> tuple[Line, Any, bool] | None:
    """The labelled "When:" line, else the first line that starts with a date; and whether it was labelled."""
    for labelled in (True, False):
        for position, line in enumerate(lines):
            if labelled != bool(WHEN_LABEL.match(line.text)) or PAGE_DATES.search(line.text) or another_date(line.text):
                continue  # a registration's window or a deadline is not when the event is
            if position and stamp_label(lines[position - 1].text) or post_stamped(line.text):
                continue  # "Publicerad" over "8 maj", "✍️ Apr 19": when a post was written (_page_stamp_labels, _post_marks)
            hits = joined_ranges(line.text, find_dates(line.text, year_hint=None, today=today))
            grid_header = len(hits) > 1 and header_days(line)
            if publication_line(line, hits) or grid_header or stamped(line, hits, today, labelled):
                continue  # a published file's date (_page_record_lines); a grid's header of days (_page_header_days)
            lead = hits and (hits[0].start <= DATE_LEADS_WITHIN or len(line.text) <= SHORT_LINE)
            if hits and (labelled or lead or announcing_sentence(line.text, hits[0])):  # _page_article_dates
                return line, later_announced(line.text, hits) or hits[0], labelled  # left31: _page_clause_days
    return own_check_in(lines, today)  # a race's "Check-in: Sunday 15 June 2031, 08:00" (left31: _page_check_in)


def _on_the_titles_day(
    lines: list[Line], title: str, today: dt.date, found: tuple[Line, Any, bool] | None
) -> tuple[Line, Any, bool] | None:
    """A title that states its event's day ("10-FEET ＠ COUNTDOWN JAPAN 17/18 (2017.12.29)"): when the first dated
    line near the heading is another day's (a news ticker's "[2018/01/01]" above the event's data), the page's
    first line that starts with the title's day gives the date ("2017/12/29 (金)　19:30 出演"). ``found`` otherwise."""
    days = {hit.date for hit in find_dates(title, year_hint=None, today=today)}
    if not days or (found is not None and found[1].date in days):
        return found
    for line in lines:
        if PAGE_DATES.search(line.text) or another_date(line.text):
            continue
        hits = joined_ranges(line.text, find_dates(line.text, year_hint=None, today=today))
        if hits and hits[0].date in days and (hits[0].start <= DATE_LEADS_WITHIN or len(line.text) <= SHORT_LINE):
            return line, hits[0], False
    return found


def _time_near(lines: list[Line], date_line: Line, hit: Any) -> Any:
    own = own_clock(lines, date_line, hit)  # its line's, or a race's start under its check-in (_page_race_starts)
    if own is not None:
        return own
    labelled = [line for line in lines if TIME_LABEL.match(line.text)]
    if any(time_not_yet(line.text) for line in (date_line, *labelled)):  # "Time: TBD": its day, no time
        return None
    following = [line for line in lines if 0 < line.index - date_line.index <= FOLLOWING]
    # a start's label first ("Start: 9:00 AM"), a meeting's last ("Meeting point: 8:30 AM", "Treffpunkt 14 Uhr")
    for line in sorted((*labelled, *following), key=lambda line: label_rank(line.text) if line in following else -1):
        clock = find_clock(line.text)
        if clock is not None and not find_dates(line.text, year_hint=None, today=hit.date) and not sky_times(line.text):
            return part_span(lines, date_line, line) or clock  # "Morning session: 10-12:30", "Afternoon …" too
    # "COLUMBUS CITY SCHOOLS / 3700 S. HIGH ST. / COLUMBUS, OH 43207 / 6:00PM": a line that is only a time, a
    # little further down under the date (after the place's lines)
    for line in lines:
        if FOLLOWING < line.index - date_line.index <= CLOSE:
            clock = find_clock(line.text)
            if clock is not None and not line.text[: clock.span[0]].strip() and not line.text[clock.span[1] :].strip():
                return clock
    return day_parts(lines, date_line)  # "Morning session: (10:00am - 12:30pm)", "Afternoon …" (_page_day_parts)


def _end_near(lines: list[Line], day: dt.date) -> Any:
    """The time an "End date:"/"Ends:" line gives, when it is on the event's own day."""
    for position, line in enumerate(lines):
        label = END_LABEL.match(line.text)
        if label is None:
            continue
        rest = line.text[label.end() :]
        hits = find_dates(rest, year_hint=day.year, today=day)
        if hits and hits[0].date != day:
            return None  # ends another day: a span this reader does not guess at
        return find_clock(rest[hits[0].end :] if hits else rest) or _time_below(lines, position)
    return None


def _end_later(lines: list[Line], day: dt.date) -> tuple[dt.time, dt.date] | None:
    """(time, day) an "Ends:" line gives on a later day with its hour ("Ends: 05-May-26 15:00" after "Starts:
    04-May-26 09:00"): the event's end, within a month of its start; None for a day without its hour."""
    for line in lines:
        label = END_LABEL.match(line.text)
        if label is None:
            continue
        rest = line.text[label.end() :]
        hits = find_dates(rest, year_hint=day.year, today=day)
        later = hits[0].date if hits else None
        if later is None or not day < later <= day + dt.timedelta(days=LATER_END_DAYS):
            return None
        clock = find_clock(rest[hits[0].end :])
        return (clock.start, later) if clock is not None and clock.start is not None else None
    return None


def _time_below(lines: list[Line], position: int) -> Any:
    """The clock of a "Time:" field right under a date field ("End: September 19, 2024" / "Time: 6:00 pm", as an
    events plugin lists start and end): the label and its value on one line or on two."""
    below = lines[position + 1 : position + 3]
    if not below or not TIME_LABEL.match(below[0].text):
        return None
    own = find_clock(below[0].text)
    return own if own is not None or len(below) < 2 else find_clock(below[1].text)


def _above_in_block(lines: list[Line], start: int) -> list[Line]:
    """The lines just above the main heading inside the block that holds it ("<div><span>Thursday 15 May
    2020</span> <a>Winchester College Chapel</a><h1>…</h1></div>"): where a page may date its event."""
    parent = lines[start].block.getparent() if lines[start].block is not None else None
    above = lines[max(0, start - ABOVE) : start]
    return [line for line in above if parent is not None and line.block is parent]


# A heading's edition year before the name ("2005 Pacific Northwest Regional"), and a kind in brackets after it
# that the name already says ("… Regional (Regional)"): the date says the one, the name the other.
EDITION_YEAR = re.compile(r"^(?P<year>(?:19|20)\d\d)\s+(?=\w)")
# No leading spaces in the pattern: tried at each space of a long run, "\s*\(" was quadratic; they are cut after.
KIND_AFTER = re.compile(r"\((?P<kind>[^()]{1,40})\)\s*+$")
EDITION_EVIDENCE = "the heading's edition year and repeated kind left out of the title: {heading!r}"


def event_name(heading: str, day: dt.date) -> str:
    """The heading without the event's own year before it or a bracketed kind its name repeats after it."""
    name = heading
    year = EDITION_YEAR.match(name)
    if year and int(year.group("year")) == day.year:
        name = name[year.end() :]
    kind = KIND_AFTER.search(name)
    if kind and set(kind.group("kind").casefold().split()) <= set(name[: kind.start()].casefold().split()):
        name = name[: kind.start()].rstrip()
    return name if len(name.split()) >= 2 else heading


def site_venue(lines: list[Line], info: PageInfo) -> str | None:
    """The place a venue's own page names once for all its events: a heading that is the site's name (words of
    its <title>) right over a postal address ("Hula Club" over "Sperrstrasse 97 / CH-4057 Basel")."""
    title_words = set(" ".join(info.title_parts or (info.doc_title or "",)).casefold().split())
    for position, line in enumerate(lines):
        words = line.text.casefold().split()
        if not line.is_heading or not words or not set(words) <= title_words:
            continue
        for below in lines[position + 1 : position + 1 + ADDRESS_LINES]:
            if below.is_heading:
                break
            if len(below.text) <= ADDRESS_LINE and POSTCODE_LINE.search(below.text.strip()):
                return line.text.strip()
    return None


def read_single(lines: list[Line], info: PageInfo, *, today: dt.date, url: str | None = None) -> Entry | None:
    """The one event a page is about, or None when it has no main heading or no date near it.

    A year-less date ("When: March 21") takes the year of the page's address when that names the same day
    ("/events/2019/03/21/…"): an archived event page is not next year's.
    """
    start = _heading_index(lines, info)
    window = lines[start + 1 : start + 1 + NEAR] if start >= 0 else lines[:NEAR]
    if start >= 0:
        window = [lines[start], *window]  # "Board meeting – June 3, 2024" as the heading itself
    named = (_labelled_name(window) or next_named(window)) if info.heading is None else None  # _page_next_names
    title = named or info.title
    if not title or other_page(title, lines):  # a place's "Opening hours", a job ad (_page_other_pages)
        return None
    raw, window = window, labelled_lines(window)
    found = _date_line(window, today) or (_date_line(_above_in_block(lines, start), today) if start >= 0 else None)
    titled = _on_the_titles_day(lines, title, today, found)
    if titled is not None and titled is not found:  # the page's own day, further down than the heading's lines
        window = lines[titled[0].index : titled[0].index + NEAR]
    found = titled
    # "No events scheduled for March 20, 2027" under "Events for March 20, 2027": none that day (_page_no_events)
    # … and a history's "Am 31.8.1990 fand … statt" far below its heading, long before the fetch (_page_long_past)
    if (
        found is None
        or says_none_on(lines, year_from_url(found[1], url).date)
        or long_past_prose(found, start, today, CLOSE)
        or archive_title_past(title, found[1], today)  # an "Archiv" page's past line (_page_archive_titles)
    ):
        return None
    line, hit, labelled = found
    hit = year_from_url(hit, url)
    source = "main heading" if info.heading else "field naming it" if named else "title"
    title, title_note = announced_title(lines, hit.date, today, title=title, source=source)  # "The 12th X will take …"
    clock = _time_near(window, line, hit)
    end_time = (clock.end if clock else None) or (_end_clock(window, hit.date, clock.start) if clock else None)
    if clock is not None and clock.until is not None:  # "Oct 7, 2026 18:30 – Oct 8, 2026 07:30": the end on its day
        end_time, last = clock_ends(hit.date, clock)
    else:
        last = None
    if clock is not None and end_time is None and (later := _end_later(window, hit.date)) is not None:
        end_time, last = later  # "Ends: 05-May-26 15:00" under "Starts: 04-May-26 09:00": the next day's hour
    place = with_address(place_near(window), raw) or dated_line_place(line.text) or subtitle_place(lines, start)
    place = place or map_named(raw, line) or under_date_line(raw, line)  # a map link, a place's line under the date
    close = labelled or (start >= 0 and line.index - start <= CLOSE)
    edition = event_name(status_off(title), hit.date)
    name = without_heading_date(edition, hit.date, today=today, place=place)  # "… am 22.12.2027, 09:30 Uhr"
    entry = Entry(
        day=hit.date,
        time=clock.start if clock else None,
        end_time=end_time,
        end_days=clock.days if clock and clock.end else 0,
        end_day=hit.end_date if clock is None else last,  # "10-Mar to 12-Mar-2005": a run of days
        title=name,
        wording=title if name != title else None,
        location=place,
        status=_status(title, window),
        text=line.text,
        structure="single-close" if close else "lone",
        weekday_agrees=hit.weekday_agrees,
        line=line.index,
        links=_documents(window),
    )
    if url is None and info.heading_element is not None:  # a fragment with no address: its heading's own link
        link = next(info.heading_element.iterfind(".//a[@href]"), None)
        href = link.get("href") if link is not None else None
        entry.url = href if href and href.startswith(("http://", "https://")) else None
    entry.evidence.append(title_note)
    if edition != status_off(title):
        entry.evidence.append(EDITION_EVIDENCE.format(heading=title[:120]))
    if name != edition:
        entry.evidence.append(HEADING_DATE_EVIDENCE.format(heading=title[:120]))
    entry.evidence.append(
        f"date {hit.date.isoformat()} from {'its label' if labelled else 'a line'}: {line.text[:120]!r}"
    )
    if not close:
        entry.evidence.append("the date is not close to the heading: it may be about something else")
    return entry


def _labelled_name(window: list[Line]) -> str | None:
    """The value of the field that names the event ("Bezeichnung:" and the line under it, or after it)."""
    for position, line in enumerate(window):
        label = NAME_LABEL.match(line.text)
        if label is None:
            continue
        rest = line.text[label.end() :].strip()
        if rest:
            return rest
        below = window[position + 1] if position + 1 < len(window) else None
        return below.text.strip() if below is not None and not below.is_heading else None
    return None


def _status(title: str, window: list[Line]) -> str:
    """The event's status: written into its title, else in the lines under the heading, else a line that is only a
    status word anywhere near ("<p class="cancel-info">canceled</p>" under the details, set apart to be seen)."""
    if says_status(title):
        return status_in(title)
    status = status_in(" ".join(line.text for line in window[:CLOSE]))
    if status != "scheduled":
        return status
    marker = next((found for line in window if (found := statuswords.status_of(undecorated(line.text)))), None)
    return marker or status


def linked_fields(entry: Entry, links: list[LinkedEvent]) -> None:
    """The page's own add-to-calendar widget or link, when it starts when the page's event does, gives the end and
    the place the page's text did not (an AddEvent widget's "end" and "location" spans). Times in its zone."""
    for linked in links:
        if not starts_together(entry, linked):
            continue
        filled = []
        if entry.end_time is None and entry.time is not None and isinstance(linked.end, dt.datetime):
            end = linked.end.time() if _day(linked.end) == entry.day else None
            entry.end_time = end if end is not None and end > entry.time else None
            filled += ["end"] if entry.end_time else []
        if entry.location is None and linked.location:
            entry.location, filled = linked.location, [*filled, "place"]
        if filled:
            entry.evidence.append(LINKED_EVIDENCE.format(fields=" and ".join(filled), kind=linked.kind))
        return


def starts_together(entry: Entry, linked: LinkedEvent) -> bool:
    """Whether a calendar link starts on the entry's day, at its time when the entry has one."""
    start = linked.start
    if start is None or _day(start) != entry.day:
        return False
    return entry.time is None or (isinstance(start, dt.datetime) and start.time() == entry.time)


LINKED_EVIDENCE = "{fields} from the page's own {kind} add-to-calendar link (it starts when the event does)"


def _day(moment: dt.date) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def read_beside(lines: list[Line], box: list[Line], info: PageInfo, *, today: dt.date, url: str | None) -> Entry | None:
    """The page's event read from its main heading and a fact box beside the text (``box``: a sidebar's lines, see
    _page_sidebars.fact_box): a production page that prints its date, time and hall in a column of its own."""
    start = _heading_index(lines, info)
    if start < 0 or not box:
        return None
    joined = [dataclasses.replace(line, index=index) for index, line in enumerate([lines[start], *box])]
    return read_single(joined, info, today=today, url=url)


def _end_clock(window: list[Line], day: dt.date, start: dt.time) -> dt.time | None:
    found = _end_near(window, day)  # else a "Duration:" field's length after the start (_page_duration_label)
    return found.start if found is not None else duration_end((line.text for line in window), start)


def _documents(window: list[Line]) -> list[dict[str, str]]:
    links = []
    for line in window:
        for anchor in line.anchors:
            if anchor.href.startswith(("mailto:", "tel:")):
                continue
            if not (is_document_link(anchor.text, anchor.href) or way_in(anchor.text, anchor.href, line.text)):
                continue  # a document, or how to follow the meeting ("Join via Webex"): nothing else
            if anchor.text:  # an empty link (an icon) beside a document says nothing on its own
                links.append({"label": document_label(anchor.text, anchor.href), "url": anchor.href})
    return links
