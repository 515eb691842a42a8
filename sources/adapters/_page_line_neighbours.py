"""What the lines around a date line add to its entry (read by _page_schedule_lines.line_entries): a date heading's
name, hours, place and documents below it; a date line's time, place and name on the lines under it in its row;
the name above a date that trails its row. Pure."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sources.adapters._page_aria import time_from_link_label
from sources.adapters._page_article_footer_places import footer_place_and_time
from sources.adapters._page_bar_places import place_over_heading
from sources.adapters._page_bars import hours_line, is_sentence
from sources.adapters._page_booking_words import booking_word
from sources.adapters._page_broken_headings import broken_heading, same_heading
from sources.adapters._page_cell_names import day_number, name_in_cell
from sources.adapters._page_clock_sentences import opening_clock
from sources.adapters._page_closing_lines import closing_line
from sources.adapters._page_comma_clock_places import place_beside_clock
from sources.adapters._page_date_lists import start_below
from sources.adapters._page_dates import ClockHit, find_dates, range_end
from sources.adapters._page_flat_runs import name_in_flat_run
from sources.adapters._page_label_headings import labelled_card_name
from sources.adapters._page_lines import Line
from sources.adapters._page_link_names import naming_link
from sources.adapters._page_loose_rows import row_under_date
from sources.adapters._page_meeting_points import place_of
from sources.adapters._page_name_field import name_above
from sources.adapters._page_nav_links import names_no_event
from sources.adapters._page_opening_places import place_sentence
from sources.adapters._page_round_headings import match_under_date
from sources.adapters._page_row_address import address_in_row
from sources.adapters._page_row_codes import coded_only, time_after_name, time_line_after
from sources.adapters._page_row_places import under_date_place
from sources.adapters._page_row_skips import names_nothing, row_page_link
from sources.adapters._page_rows import names_the_day, one_date_holds, row_of
from sources.adapters._page_schedule import (
    ADDRESS,
    BELOW_LINE_LENGTH,
    BELOW_LINES,
    BYLINE,
    WORDING,
    Entry,
    reads_as_place,
)
from sources.adapters._page_sentence_times import sentence_below
from sources.adapters._page_sibling_names import name_in_next_sibling
from sources.adapters._page_single_place import is_map_link, place_block, without_map_links
from sources.adapters._page_time_after_place import time_after_place
from sources.adapters._page_time_lines import END, MEETING, START, label_rank, timed_line
from sources.adapters._page_words import (
    DOCUMENT_WORD,
    FIELD_LABEL,
    NOT_THE_PLACE,
    PLACE_LABEL,
    document_label,
    is_document_link,
    meaningful,
    reads_as_news,
    residue,
    without_status,
)
from sources.adapters._page_zoned_hours import zoned_hour_below
from sources.adapters._place_labels import room_named
from sources.adapters._title_status import title_status

FIELD_LABEL_LENGTH = 30


def trailing_date_row(found: list[Entry], lines: list[Line], line: Line) -> Any:
    """The row a date line's one entry is titled from, its name above the date (see _name_above_in_row)."""
    if len(found) == 1 and found[0].title is None and not line.is_heading:
        if found[0].structure == "month" and day_number(line):
            return None  # a month grid's day number heads its cell: its events are below it, the cell above is another day's
        return _name_above_in_row(found[0], lines, line)
    return None


def follow_lines(entry: Entry, lines: list[Line], line: Line, untitled: set[tuple[int, Any]]) -> None:
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
    sentence_below(entry, lines, line)  # "Curry Night 12th October" / "… at 19.00hrs" (_page_sentence_times)
    start_below(entry, lines, line)  # "Beginn 18:00 Uhr", "Treffpunkt 10:00 Uhr am Vereinsheim" (_page_date_lists)
    time_from_link_label(entry, lines, line)
    zoned_hour_below(entry, lines, line)  # "17:00 мск" in the match tile under the day (_page_zoned_hours)
    _place_below(entry, lines, line)
    time_after_place(entry, lines, line)  # "Plats: …" over "Tid: 12:00 – 17:00" (_page_time_after_place)
    name_above(entry, lines, line)
    footer_place_and_time(entry, lines, line)  # "<footer>au Théâtre à 19 h 30</footer>" (_page_article_footer_places)
    place_over_heading(entry, lines, line)  # "so, 11 dez. | Hall" over <h2>Name</h2> (_page_bar_places)
    if entry.title is None and entry.structure == "month":
        name_in_cell(entry, lines, line)  # a month grid's day number over its events (_page_cell_names)
    if entry.title is None:
        _name_in_row(entry, lines, line)
        name_in_flat_run(entry, lines, line)  # no element around one meeting: its sibling blocks (_page_flat_runs)
        row_under_date(entry, lines, line)  # "Thursday, October 24 <br><i>Name at Place 7PM</i>" (_page_loose_rows)
        name_in_next_sibling(entry, lines, line)  # "<li>date</li><p>… speaking on ‘Name’</p>" (_page_sibling_names)
    elif coded_only(entry.title):  # "PŘ1, po 9.3.2026": a round's code and a weekday, the name in the row below
        coded, wording = entry.title, entry.wording
        entry.title = None
        _name_in_row(entry, lines, line)
        if entry.title is None:
            entry.title, entry.wording = coded, wording
        else:
            entry.evidence.append(f"the date line's own words are only a code: {coded!r}")
    address_in_row(entry, lines, line)  # a fixture card's ground, written last in its row (_page_row_address)


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
    value = (place_of(value) or "") if value else value  # "Treffpunkt: 14:00 Uhr am Bahnhof": the time is no place
    value = room_named(below.text, value) or value  # "Room: 204": "Room 204"
    linked = [a for a in below.anchors if not a.href.startswith(("mailto:", "tel:")) and not is_map_link(a.href)]
    if linked and value == " ".join(anchor.text for anchor in linked).strip():
        entry.links += [{"label": "Online", "url": anchor.href} for anchor in linked]
        entry.evidence.append(f"an online link from the labelled place under the date: {value[:60]!r}")
    elif entry.location is None and value and len(value) <= BELOW_LINE_LENGTH and not linked:
        entry.location = value
        entry.evidence.append(f"place read from the labelled line under the date: {value[:60]!r}")


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
        if line.is_heading and line.level <= heading.level and not line.anchors and not same_heading(line, heading):
            break  # the next section (a bold line of links is not one, nor its own next line: _page_broken_headings)
        text = line.text.strip()
        clock = hours_line(text, dated=True) or opening_clock(entry, text)  # "A las 9:00 en …" (_page_clock_sentences)
        if entry.location is None and clock is None and place_block(line.block) and len(text) <= BELOW_LINE_LENGTH:
            entry.location = text  # "<p><i class='fa fa-map-marker'></i> <a>Hall, Street 2</a></p>" (_page_place_icons)
            entry.evidence.append(f"place read from a place's block under the date: {text[:60]!r}")
            continue
        if entry.title is not None and titled:  # a titled heading: only its hours, place and documents are below
            _below_titled(entry, line, text, clock)
            continue
        if clock is not None and entry.time is None:
            _time_under(entry, text, clock)
        elif entry.title is None and name_below:
            _name_under(entry, line, text, clock)
        elif entry.title is not None and not line.anchors and clock is None and placing:
            # "Mail: 12 Oak Street" after the place is the organiser's address: the place ends there
            placing = len(text) <= BELOW_LINE_LENGTH and not is_sentence(text) and not NOT_THE_PLACE.search(text)
            places += [text] if placing else []
        entry.links += _document_links(line)
    broken_heading(entry, lines, heading, places)  # "<h3>Sa, 19:30 Uhr<br><b>24.09.16<br>Name</b><br>…" (pages118)
    if entry.location is None and any(ADDRESS.search(place) for place in places):
        entry.location = ", ".join(places[:4])


def _below_titled(entry: Entry, line: Line, text: str, clock: ClockHit | None) -> None:
    """Under a titled date heading, a line's hours, the place its first sentence is ("Chief Solano Kennel Club,
    Vallejo CA. Time will …": _page_opening_places) and its documents."""
    if clock is not None and entry.time is None:
        entry.time, entry.end_time = clock.start, clock.end
    elif entry.location is None and clock is None and (place := place_sentence(text)) is not None:
        entry.location = place
        entry.evidence.append(f"place read from the first sentence under the date: {place[:60]!r}")
    entry.links += _document_links(line)


def _time_under(entry: Entry, text: str, clock: ClockHit) -> None:
    """A date heading's time from a line under it, and the place that line names before it ("Kino Máj, v 16:00
    hodin": _page_comma_clock_places)."""
    entry.time, entry.end_time = clock.start, clock.end
    entry.evidence.append(f"time read from the line under the date: {text[:60]!r}")
    place = place_beside_clock(text, clock) if entry.location is None else None
    if place:
        entry.location = place
        entry.evidence.append(f"place read before the time on the line under the date: {place[:60]!r}")


def _name_under(entry: Entry, line: Line, text: str, clock: ClockHit | None) -> None:
    """A date heading's name from a line under it: a short line, or a link to the event's page."""
    if names_no_event(text):  # "More info", "Show more" under the date: its way in (_page_nav_links)
        return
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
    href = line.anchors[0].href
    return meaningful(text) and not is_document_link(text, href) and not names_no_event(text, href)


def _time_below(entry: Entry, lines: list[Line], line: Line) -> None:
    """A date alone on its line whose next line, in the same element or row, is only a time or a range
    ("Monday, February 23, 2026<br>5–8 p.m."): that is the date's time ("5–8 p.m." gives its meridiem to 5)."""
    if entry.time is not None or line.block is None:
        return
    found = time_line_after(lines, line)
    if found is None:
        return
    below, text, clock = found
    if below.block is not line.block and not one_date_holds(line.block, below.block):
        return
    if closing_line(text):  # "Skolan stänger 13:00." under "Studiedag 12 maj": a closing hour (_page_closing_lines)
        entry.evidence.append(f"no time from the line under the date, a closing hour: {text[:60]!r}")
        entry.closing = True
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
        if len(below.anchors) == 1 and booking_word(text) and one_date_holds(line.block, below.block):
            _booking_link(entry, below.anchors[0].href, text)  # "Buy": the performance's tickets, not its name
            continue
        named = naming_link(below)  # "Concert One", a link alone under the date: the name and its page
        if below.anchors and named is None or not meaningful(text) or BYLINE.search(text) or _field_row(text):
            continue  # "Agenda", "Agenda Packet", "Video": the row's documents; "By Anna"; "Contact: …"
        if names_nothing(text):  # "BUY TICKETS", "51 € / VIP 99 €" over the party's name: _page_row_skips
            continue
        if len(text) > BELOW_LINE_LENGTH or not one_date_holds(line.block, below.block) or is_sentence(text):
            return  # "This is a Hybrid Meeting. Members of the public can attend …": the description, no name
        if entry.heading and (reads_as_place(text) or under_date_place(text)):  # "PS 20 - 166 Essex Street",
            if entry.location is None:  # "Pembroke, Ontario" under the date: its place; the heading names it
                entry.location = text
                entry.evidence.append(f"place read from the line under the date in its row: {text[:60]!r}")
            continue
        entry.title = without_status(text)
        entry.evidence.append(f"title read from the line under the date in its row: {text[:60]!r}")
        _row_url(entry, lines, line, below, named)
        time_after_name(entry, lines, line, below)  # "18:00" in the row's next cell (_page_row_codes)
        return


def _booking_link(entry: Entry, href: str | None, text: str) -> None:
    """A row's booking button ("Buy", "Select your seats": _page_booking_words): the performance's own page (its
    seats, as the row links nowhere else), else one of its links."""
    if not href:
        return
    if entry.url is None:
        entry.url = href
    elif entry.url != href and all(link["url"] != href for link in entry.links):
        entry.links.append({"label": text, "url": href})


def _row_url(entry: Entry, lines: list[Line], line: Line, below: Line, named: Any) -> None:
    """The page of a row named by ``below``: its name's link, the date's own link, else the row's one page."""
    if named is not None and entry.url is None:
        entry.url = named.href
    anchor = line.anchors[0] if len(line.anchors) == 1 else None
    if anchor is not None and entry.url is None and anchor.text == line.text.strip():
        entry.url = anchor.href  # the date is the link to the meeting's own page, not a document
        entry.links = [link for link in entry.links if link["url"] != anchor.href]
    if entry.url is None and not below.anchors:  # the name links nowhere: the row's one page (_page_row_skips)
        entry.url = row_page_link(lines, line, one_date_holds, BELOW_LINES)


def _no_name_above(above: Line, text: str) -> bool:
    """A line over a row's date that is not its name: a byline, a document, or a way in ("Read more", "Tickets",
    a category's link: _page_nav_links)."""
    if BYLINE.search(text) or DOCUMENT_WORD.search(text):
        return True
    return names_no_event(text, above.anchors[0].href if len(above.anchors) == 1 else None)


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
        if above.block is None or not one_date_holds(line.block, above.block) or _field_value(entry, text, line):
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
        above, text = match_under_date(lines, line, above, text, one_date_holds)  # "Journée 1" (_page_round_headings)
        if entry.title is not None or not meaningful(text) or _no_name_above(above, text):
            continue
        if len(text) > BELOW_LINE_LENGTH:
            return row
        entry.title = without_status(text)
        entry.evidence.append(f"title read from the line above the date in its row: {text[:60]!r}")
        _name_status(entry, text)
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


def _name_status(entry: Entry, name: str) -> None:
    """The status a row's name says with a word it opens or ends with ("‼️ CANCELLED ‼️ Band" over "Sep 03"): the
    name, not the date's line, calls the date off (_title_status)."""
    if entry.status == "scheduled" and (said := title_status(name)) is not None:
        entry.status = said
        entry.evidence.append(f"status {said!r} read from its name's status word")


def _field_value(entry: Entry, above: str, line: Line) -> bool:
    """Whether the date is a field's value ("Aika" over "Ti 20.10.2020 klo 19:00") in a block of label and value
    rows: then its name is not among the fields (the block's heading, above the rows, names it), nor below it."""
    if entry.title is not None or not FIELD_LABEL.match(above):
        return False
    entry.labelled = True
    entry.evidence.append(f"the date is the value of the field {above[:30]!r}: no name from its rows")
    if (name := labelled_card_name(line.block)) is not None:  # "<h4>Event</h4><p>Choir concert</p>" beside it
        entry.title = name
        entry.evidence.append(f"the name under the card's event label: {name[:60]!r}")
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
