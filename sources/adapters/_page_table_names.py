"""A schedule table's reading state (Table) and a row's name and time (read by _page_tables._table_entry): from a
link in its row, a heading column, its bold lead, the text beside the date, a month row's day cell, a named link
about a meeting; and the end a row's time cell writes. Pure."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import re
from typing import Any

from sources.adapters._calendar_links import link_kind, read_calendar_link
from sources.adapters._page_dates import ClockHit, DateHit, find_clock, find_dates
from sources.adapters._page_month_days import BARE_DAY, row_details
from sources.adapters._page_nav_links import names_no_event
from sources.adapters._page_schedule import (
    ATTEND_AFTER,
    DURATION,
    MAX_DURATION,
    WORDING,
)
from sources.adapters._page_table_cells import cell_text as _cell_text
from sources.adapters._page_time_column import time_column_clock
from sources.adapters._page_titles import title_at_venue
from sources.adapters._page_words import (
    DOCUMENT_WORD,
    EVENT_WORDS,
    GATHERING_WORDS,
    is_document_link,
    meaningful,
    residue,
    trim_separators,
)
from sources.adapters.webpage import absolute_url


@dataclasses.dataclass(slots=True)
class Table:
    header: list[str]
    roles: dict[int, str]
    base: str | None
    today: dt.date
    year: int | None = None  # the year its caption or heading names ("2022", "2022 JDAMA Meetings")
    loose: bool = False  # made of rows that stood in no table (_page_prepare.loose_rows_into_tables)
    listing: bool = False  # its class or id names a list of events ("b-statistics__table-events"): events_table
    month: tuple[int, int] | None = None  # (year, month) of the month row above ("February 2026")
    # (year, month) the heading or the page's title names, for rows whose date cell is a day's number ("4.")
    day_month: tuple[int, int] | None = None
    place_column: int | None = None  # a header-less table's column of places, known by its words (_page_place_column)
    swapping: set[str] = dataclasses.field(default_factory=set)  # sides of its matches (_page_matchups)
    day_above: dt.date | None = None  # the day a line right above it names, for rows that give only a time


def calendar_href(href: object) -> bool:
    """An add-to-calendar link (Google, Outlook, Yahoo, AddEvent, an .ics file): its label ("Add", "+ Calendar",
    "iCal") is no event's name and its address no event's page."""
    return isinstance(href, str) and link_kind(href.strip()) is not None


def calendar_link(node: Any) -> bool:
    return calendar_href(node.get("href"))


def calendar_title(cells: list[Any], date_column: int, table: Table) -> str | None:
    """The event's name an add-to-calendar link in the row states (Google's ``text``, Outlook's ``subject``…), for
    a row that names it nowhere else ("Date | Location | <a>Add</a>": every other cell is its date's, its time's,
    its place's or the link's)."""
    for column, cell in enumerate(cells):
        said = column == date_column or table.roles.get(column) in ("time", "location", "town", "status")
        linked = any(calendar_link(node) for node in cell.iter("a"))
        if not said and not linked and _cell_text(cell).strip():
            return None  # a cell of words of its own: the row's name is there, read after
    for cell in cells:
        for node in cell.iter("a"):
            stated = read_calendar_link(node.get("href") or "") if calendar_link(node) else None
            title = " ".join((stated.title or "").split()) if stated is not None else ""
            if title and len(title) <= WORDING and meaningful(title):
                return title
    return None


def _link_title(cells: list[Any], date_column: int, table: Table) -> str | None:
    """With no title column, the row's cell that leads with one link (not a document, not a date): the
    event's name ("<a>NW Flower &amp; Garden Festival 2026</a><br><span>(Ends May 3)</span>")."""
    for column, cell in enumerate(cells):
        # A relative link on a page of no address too; an add-to-calendar link ("Add", "iCal") names no event.
        links = [node for node in cell.iter("a") if node.get("href") and not calendar_link(node)]
        if column == date_column or len(links) != 1:
            continue
        text = " ".join((links[0].text_content() or "").split())
        if (
            meaningful(text)
            and len(text) <= WORDING
            and _cell_text(cell).startswith(text)
            and not is_document_link(text, links[0].get("href") or "")
            and not names_no_event(text, links[0].get("href"))  # "Tickets", "More info", a tag: the row's way in
            and not find_dates(text, year_hint=None, today=table.today)
        ):
            return text
    return None


def without_way_in(cells: list[Any], title: str | None) -> str | None:
    """A row's title without the links at its start or its end that are ways in, not its name: a tag's or a
    category's link ("<a href=/events/category/talks/>Talks</a> <a>Astronomy Evening</a>"), a call to action
    ("Jazz Night <a>More info</a>") (_page_nav_links.names_no_event), in the cell that holds the title. A title that
    is nothing else is kept."""
    if not title:
        return title
    for cell in cells:
        if title not in " ".join(_cell_text(cell).split()):
            continue  # a link in another cell ("Tickets Please | <a>Tickets</a>") is not beside the name
        for node in itertools.islice(cell.iter("a"), MAX_ROW_LINKS):
            text = " ".join((node.text_content() or "").split())
            if not text or not names_no_event(text, node.get("href")):
                continue
            if title.endswith(" " + text) and meaningful(rest := title[: -len(text)].strip()):
                title = rest  # the link after the name first: "Tickets Please <a>Tickets</a>" keeps its name
            elif title.startswith(text + " ") and meaningful(rest := title[len(text) :].strip()):
                title = rest
    return title


MAX_ROW_LINKS = 8  # links of a cell looked at for a way in beside the row's name


def headed_link_title(cells: list[Any], date_column: int, table: Table) -> str | None:
    """Under a header with no name column ("Date | Meeting Time | Destination | Cost"), the row's cell that
    leads with one link to a page of its own: the event's name ("<a href=/hike-details/tabor>Tabor Mountain</a>"),
    not the heading above the table. A row's place or time column is never its name."""
    if not table.header:
        return None
    named = [
        cell
        for column, cell in enumerate(cells)
        if column != date_column and table.roles.get(column) not in ("location", "town", "time", "status")
    ]
    return _link_title(named, -1, table)


def cell_at_venue(cells: list[Any], title_column: int | None) -> tuple[str, str] | None:
    """The title column's cell read as "<a>Title</a> @ Venue": (title, venue) (see _page_titles.title_at_venue)."""
    if title_column is None or title_column >= len(cells):
        return None
    anchor = next(cells[title_column].iter("a"), None)
    return title_at_venue(_cell_text(cells[title_column]), anchor.text_content() if anchor is not None else None)


def beside_date(
    cells: list[Any],
    texts: list[str],
    date_column: int,
    table: Table,
    read: tuple[str | None, ClockHit | None, dt.time | None],
    labelled: bool,
) -> tuple[str | None, ClockHit | None, dt.time | None, str | None]:
    """A day row's name, time and place from the lines beside its date (_page_month_days), for a row whose date cell
    is a day's number, whose date is only in a link's label, or whose table names no column: (title, clock, end
    time, place), what the row's cells already gave kept unless the day's number is all its date cell says."""
    title, clock, end_time = read
    if clock is None and (clock := time_column_clock(texts, table)) is not None:  # "Time | 19.40" (_page_time_column)
        end_time = clock.end
    bare = table.day_month is not None and BARE_DAY.match(texts[date_column]) is not None
    if not (bare or labelled or (not table.roles and (title is None or clock is None))):
        return title, clock, end_time, None
    name, day_clock, place = row_details(cells, -1 if labelled else date_column, table.today)
    title = (name or title) if bare else (title or name)
    if table.place_column is not None and table.place_column < len(texts) and title == texts[table.place_column]:
        title = None  # the row's place, known by its column (_page_place_column), is not its name
    if title is None and not table.roles and not labelled:  # no link names it: its first cell of words
        title = _text_title(texts, date_column, table)
    if clock is None and day_clock is not None:
        clock, end_time = day_clock, day_clock.end
    return title, clock, end_time, place


def under_month_row(
    cells: list[Any],
    texts: list[str],
    date_column: int,
    table: Table,
    title: str | None,
    clock: ClockHit | None,
    roles: set[str],
) -> tuple[str | None, ClockHit | None]:
    """A row under a month row, with no title or time column: its name is its linked cell, else its first cell
    of words; its time is the cell that is a time ("Tue 9 | 7 pm | Quilting circle"), never its day ("Tue 9")."""
    if "title" not in roles and title is None:
        title = _link_title(cells, date_column, table) or _text_title(texts, date_column, table)
    if "time" not in roles and (clock is None or _day_only(texts[date_column])):
        clock = _clock_cell(texts, date_column)
    return title, clock


def bold_lead(cell: Any, text: str) -> str:
    """A name cell whose first line is in bold and a line break under it ("<b>Bundesliga Formationen</b><br>UTSC
    Dancefire Wiener Neustadt"): the bold line is the event's name, the line under it a note (its host, its
    programme); else the whole cell."""
    bold = next(cell.iter("b", "strong"), None)
    after = bold.getnext() if bold is not None else None
    if bold is None or after is None or after.tag != "br" or (bold.tail or "").strip():
        return text
    name = " ".join((bold.text_content() or "").split())
    return name if name and text.startswith(name) and len(name) < len(text) else text


def _text_title(texts: list[str], date_column: int, table: Table) -> str | None:
    """With no title column under a month row, the row's first cell of words that is no date, time, place or
    document ("Tue 9 | 7 pm | Quilting circle, Room 2"): the event's name, not the page's heading."""
    for column, text in enumerate(texts):
        if column in (date_column, table.place_column) or table.roles.get(column) or not text or len(text) > WORDING:
            continue
        clock = find_clock(text)
        own = residue(text, [clock.span], []) if clock else text
        if (
            meaningful(own)
            and not DOCUMENT_WORD.search(own)
            and not find_dates(own, year_hint=None, today=table.today)
            and not _day_only(own)
        ):
            return own
    return None


def bold_title(cells: list[Any], texts: list[str], date_column: int, table: Table) -> str | None:
    """With no title column, a cell beside the date that is all in bold ("02.05.2017 | <b>Denner Clan</b>"): the
    row names its event the way a list writes a name, not the heading above the table."""
    bold = [
        text
        if text and " ".join("".join(node.text_content() for node in cell.iter("b", "strong")).split()) == text
        else ""
        for cell, text in zip(cells, texts, strict=False)
    ]
    return _text_title(bold, date_column, table)


def _clock_cell(texts: list[str], date_column: int) -> ClockHit | None:
    """The row's first time written in a cell of its own or beside its name ("7 pm", "Seed swap, 10 am")."""
    for column, text in enumerate(texts):
        clock = find_clock(text) if column != date_column else None
        if clock is not None and clock.start is not None:
            return clock
    return None


def _day_only(text: str) -> bool:
    """A day cell under a month row ("Tue 9", "9", "Saturday 13th"): no clock in it."""
    return DAY_CELL.match(text) is not None


DAY_CELL = re.compile(r"^\W*(?:[a-z]{3,9}\.?,?\s+)?\d{1,2}(?:st|nd|rd|th)?\W*$", re.I)


def cell_name(cell: Any, text: str, hit: DateHit) -> str | None:
    """The date cell's own words beside the date, its time and its links, when they name an event ("March 5,
    2026 <a>Register for the Sales Meeting</a> Product launch party"): preferred to a link's words."""
    clock = find_clock(text[hit.end :])
    spans = [(hit.start, hit.end), *([(clock.span[0] + hit.end, clock.span[1] + hit.end)] if clock else [])]
    labels = [" ".join((node.text_content() or "").split()) for node in cell.iter("a")]
    own = residue(text, spans, labels)
    return own if len(own) <= WORDING and meaningful(own) and EVENT_WORDS.search(own) else None


def named_link(cell: Any, table: Table) -> str | None:
    """With no title column, a link beside the date whose words name a meeting ("Regular Joint Meeting of the
    Avenal City Council / Successor Agency/ PFA: VIA ZOOM Web Link …"): the name, up to how to attend. A link
    that names a document ("Agenda") or carries a date is not one."""
    for node in cell.iter("a"):
        if not absolute_url(node.get("href"), table.base) or calendar_link(node):
            continue
        text = " ".join((node.text_content() or "").split())
        name = trim_separators(ATTEND_AFTER.split(text, maxsplit=1)[0])
        if (
            len(name) <= WORDING
            and GATHERING_WORDS.search(" ".join(name.split()[:LINK_NAME_WORDS]))
            and not ABOUT_A_MEETING.search(name)
            and not DOCUMENT_WORD.search(name)
            and not find_dates(name, year_hint=None, today=table.today)
        ):
            return name
    return None


# A link beside the date names the meeting when a gathering word comes in its first words ("Regular Joint
# Meeting of …"), not when it is about one ("Photos from last year's Leadership Summit", "Register for …").
LINK_NAME_WORDS = 4


ABOUT_A_MEETING = re.compile(
    r"\b(?:photos?|pictures?|gallery|register|registration|recap|video|watch|slides|tickets?|sign\s+up|rsvp|"
    r"highlights|review)\b",
    re.I,
)


def end_after(start: dt.time, written: str) -> dt.time | None:
    """The end a "Duration" cell gives ("01h 45m" after 5:32 PM: 7:17 PM); none for nought or past midnight."""
    match = DURATION.match(written)
    if not match or not any(match.groupdict().values()):
        return None
    if (match.group("unit") or "").lower() == "m" and not match.group("h"):
        return None  # "50 m" alone may be metres; "01h 45m" is minutes
    hours = int(match.group("h") or match.group("hc") or 0)
    minutes = int(match.group("m") or match.group("mc") or 0)
    length = dt.timedelta(hours=hours, minutes=minutes)
    if not length or length > MAX_DURATION:
        return None
    end = dt.datetime.combine(dt.date(2000, 1, 1), start) + length
    return end.time() if end.date() == dt.date(2000, 1, 1) else None


# A row's element named for an act ("<big class="band">", "span.artist", "div.performer", "headliner"): a club's
# listing names each show by its acts, the first its headliner.
ACT_CLASS = re.compile(r"(?:^|[\s_-])(?:bands?|artists?|performers?|headliners?|acts?)(?:$|[\s_-])", re.I)
ACT_LENGTH = 80  # an act's name, not a paragraph
_EPOCH = dt.date(2000, 1, 1)  # any day: only whether a date is written matters
MAX_ACT_ELEMENTS = 200  # elements looked at in one row


def classed_name(cells: list[Any]) -> str | None:
    """The row's first element classed as an act ("<big class='band'>The Paper Lanterns</big>" over its genre,
    before the supporting acts): the show's name, when it is a short name and no date."""
    for index, element in enumerate(node for cell in cells for node in cell.iter() if isinstance(node.tag, str)):
        if index >= MAX_ACT_ELEMENTS:
            return None
        if not ACT_CLASS.search(element.get("class") or ""):
            continue
        text = " ".join((element.text_content() or "").split())
        if text and len(text) <= ACT_LENGTH and meaningful(text) and not find_dates(text, year_hint=2000, today=_EPOCH):
            return text
    return None


# A link's target that names a day ("/20270310.html", "/2027-03-10/", "/2027/03/10/"), and what is no page.
PAGE_DAY = re.compile(r"(?<!\d)(?P<year>20\d\d)[-_/]?(?P<month>[01]\d)[-_/]?(?P<day>[0-3]\d)(?!\d)")
NOT_A_PAGE = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|pdf|ics)(?:[?#]|$)", re.I)
BUYING = re.compile(r"\b(?:buy|tickets?|billets?|karten|entradas)\b", re.I)


def day_page(cells: list[Any], day: dt.date, base: str | None) -> str | None:
    """The row's own page: the one link in it whose target names the row's day ("/20270310.html" on March 10),
    not a picture nor a document (the flyer's "20270310f.jpg", a link worded "Agenda") and not a tickets button (its words or its image's
    alt say "buy", "tickets"). None when no such link, or two different ones."""
    found: set[str] = set()
    for cell in cells:
        for anchor in cell.iter("a"):
            href = absolute_url(anchor.get("href"), base)
            if not href or NOT_A_PAGE.search(href):
                continue
            text = anchor.text_content() or ""
            if text.strip() and is_document_link(text, href):
                continue  # "Agenda" → /agendas/2027-03-10: the meeting's document, not its page
            words = " ".join([text, *(image.get("alt") or "" for image in anchor.iter("img"))])
            if BUYING.search(words):
                continue
            named = PAGE_DAY.search(href)
            if named is not None and (int(named["year"]), int(named["month"]), int(named["day"])) == (
                day.year,
                day.month,
                day.day,
            ):
                found.add(href)
    return next(iter(found)) if len(found) == 1 else None
