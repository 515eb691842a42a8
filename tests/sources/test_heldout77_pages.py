"""The seventy-seventh held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout77.json: measured
once at cdcfd7f2), on small documents of our own:

* A British cinema's listing titles each film with its certificate, "Paterson [15]": the film's name is "Paterson"
  (``_page_work_titles.CERTIFICATE_TAIL``). Not: a bracketed number glued to its word ("Concert[15]", a footnote),
  "[12]" or any other number ("Songbook [12]", "Top [40]"), a title that is nothing but the brackets.
* A showroom's booking grid: a table's header row of seven days over rows of slot icons was read as seven events named
  by the page's heading. A ``<thead>`` row (or a row of ``<th>``) of dates is the grid's columns
  (``_page_header_days``). Not: a body row of dates, a header row of one cell.
* A statistics site's events table of one row ("UFC Test Event | Las Vegas, NV | Jan 1, 2020") with no header was
  left unread. A table whose class names a list of events ("table-events") reads its one linked, dated row
  (``_page_events_table``). Not: the singular "event-details", a word that only holds it ("eventsource"), a row
  whose name links nothing.
* Steam's events table: an "Event Dates" column ("Dates", plural, now a date column's header: it was read as the
  name column for its word "Event") whose cell writes the first and last day in two spans, "<span>Aug 3</span>
  <span>Aug 10</span>", read "Aug 3Aug 10" (``_page_table_cells.number_glued``). Not: "3D", "4K" (a number and a
  capital that are one code), a number and a superscript.
* Next Fest's dates: "August 18, 10am – 11am PDT on Zoom: Live virtual Q&A." was titled "PDT on Zoom: Live virtual
  Q&A."; the zone's abbreviation after the clock is the clock's, the service opening the name is where it is held
  (``_page_clock_zones``). Not: capitals that name no zone ("7pm PARTY"), a name that only mentions the service.
  "August 31 - Registration Deadline (11:59pm PDT)" is a deadline, not an event (``_page_other_dates.deadline_name``).
  Not: "Deadline Comedy Night", "Deadline" or "The Deadline" alone (a show's name).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import lxml.html
import pytest

from sources.adapters._page_clock_zones import remote_lead, with_zone
from sources.adapters._page_header_days import header_days
from sources.adapters._page_lines import page_lines
from sources.adapters._page_other_dates import deadline_name
from sources.adapters._page_table_cells import cell_text
from sources.adapters._page_work_titles import work_title
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
read = functools.partial(
    read_page,
    url="https://venue.example/whats-on",
    zone=LONDON,
    start=dt.datetime(2031, 7, 30, 12, 0),  # noqa: DTZ001
)


# --- a film's certificate -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Paterson [15]", "Paterson"),
        ("RSC Live: Julius Caesar [12A]", "RSC Live: Julius Caesar"),
        ("Exhibition On Screen: Michelangelo [TBC]", "Exhibition On Screen: Michelangelo"),
        ("Paddington [PG]", "Paddington"),
        ("Hay un camino a la derecha (1953) [U]", "Hay un camino a la derecha"),
        ("Concert[15]", None),  # a footnote glued to its word
        ("Songbook [12]", None),
        ("Top [40]", None),
        ("[15]", None),
    ],
)
def test_a_films_certificate_is_no_part_of_its_name(title: str, name: str | None) -> None:
    assert work_title(title) == name


CINEMA = (
    '<html><body><h1>What\'s on</h1><ul class="listings"><li class="heading">Tuesday 5th Aug 2031</li>'
    '<li><h2><a href="/film/paterson">{title}</a></h2><p>Showing at 19:00</p></li>'
    '<li class="heading">Wednesday 6th Aug 2031</li>'
    '<li><h2><a href="/film/local-hero">Local Hero [PG]</a></h2><p>Showing at 20:00</p></li></ul></body></html>'
)


def test_a_listing_titles_the_film_by_its_name_and_keeps_the_pages_wording() -> None:
    events = read(CINEMA.format(title="Paterson [15]"))
    assert [(e["title"], e["source_title"]) for e in events] == [
        ("Paterson", "Paterson [15]"),
        ("Local Hero", "Local Hero [PG]"),
    ]


def test_a_bracketed_number_that_is_no_certificate_stays() -> None:
    events = read(CINEMA.format(title="Songbook [12]"))
    assert events[0]["title"] == "Songbook [12]"


# --- a booking grid's header of days --------------------------------------------------------------------------------

GRID = (
    "<html><body><h2>Availability</h2><table><thead><tr><td></td>{days}</tr></thead><tbody>"
    '<tr><td>10:00 tour</td><td><img src="/full.png" alt=""></td><td><img src="/free.png" alt=""></td>'
    '<td><img src="/full.png" alt=""></td></tr></tbody></table></body></html>'
)
DAYS = "<td>Oct 11, 2031 (Sat)</td><td>Oct 12, 2031 (Sun)</td><td>Oct 13, 2031 (Mon)</td>"


def test_a_booking_grids_header_of_days_is_no_events() -> None:
    assert read(GRID.format(days=DAYS)) == []


def _line(html: str, words: str):  # type: ignore[no-untyped-def]
    return next(line for line in page_lines(lxml.html.fromstring(html), base=None) if words in line.text)


@pytest.mark.parametrize(
    ("html", "header"),
    [
        (f"<table><thead><tr>{DAYS}</tr></thead></table>", True),
        ("<table><tr><th>Oct 11</th><th>Oct 12</th></tr></table>", True),
        (f"<table><tbody><tr>{DAYS}</tr></tbody></table>", False),  # a body row: a listing's
        ("<table><thead><tr><th>Oct 11, 2031</th></tr></thead></table>", False),  # one cell: a caption
        ("<ul><li>Oct 11, 2031 (Sat) Oct 12, 2031 (Sun)</li></ul>", False),
    ],
)
def test_only_a_tables_header_row_is_read_as_its_columns_days(html: str, header: bool) -> None:
    assert header_days(_line(f"<html><body>{html}</body></html>", "Oct 11")) is header


# --- a table naming a list of events --------------------------------------------------------------------------------

ONE_ROW = (
    '<html><body><table class="{marks}"><tr class="row"><td><a href="https://stats.example/event/1">{name}</a></td>'
    "<td>Las Vegas, NV</td><td>Jan 1, 2032</td></tr></table></body></html>"
)


def test_an_events_tables_one_row_is_an_event() -> None:
    events = read(ONE_ROW.format(marks="b-statistics__table-events", name="Fight Night 12"))
    assert [(e["title"], e["start"], e["url"]) for e in events] == [
        ("Fight Night 12", "2032-01-01", "https://stats.example/event/1")
    ]


@pytest.mark.parametrize("marks", ["event-details", "eventsource", "results-table", ""])
def test_a_one_row_table_the_markup_names_no_events_list_stays_unread(marks: str) -> None:
    assert read(ONE_ROW.format(marks=marks, name="Fight Night 12")) == []


def test_an_events_tables_one_row_whose_name_links_nothing_stays_unread() -> None:
    page = ONE_ROW.format(marks="table-events", name="Fight Night 12").replace(
        '<a href="https://stats.example/event/1">Fight Night 12</a>', "Fight Night 12"
    )
    assert read(page) == []


# --- a cell's two days in two spans, an "Event Dates" column ------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "text"),
    [
        ("<td><span>Aug 3</span><span>Aug 10</span></td>", "Aug 3 Aug 10"),
        ("<td>2031<span>Concert</span></td>", "2031 Concert"),
        ("<td><span>3</span><span>D</span></td>", "3D"),  # a code: a number and a capital alone
        ("<td>4<b>K</b> screening</td>", "4K screening"),
        ("<td>10<sup>Th</sup></td>", "10Th"),  # a superscript belongs to its number
        ("<td><span>Jan</span><span>uary 3</span></td>", "January 3"),
    ],
)
def test_a_number_meeting_a_capitalised_word_at_an_edge_is_two_things(cell: str, text: str) -> None:
    element = lxml.html.fromstring(f"<table><tr>{cell}</tr></table>").find(".//td")
    assert cell_text(element) == text


FESTS = (
    "<html><body><h2>2031 Fests</h2><table><tr><th>Event Dates</th><th>Theme</th><th>Notes</th></tr>"
    "<tr><td><span>Aug 3</span><span>Aug 10</span></td><td>Racing Fest</td><td>Games with cars.</td></tr>"
    "<tr><td><span>Sep 7</span><span>Sep 14</span></td><td>Puzzle Fest</td><td>Games with puzzles.</td></tr>"
    "</table></body></html>"
)


def test_an_event_dates_column_dates_the_rows_and_the_theme_names_them() -> None:
    events = read(FESTS)
    assert [(e["title"], e["start"]) for e in events] == [("Racing Fest", "2031-08-03"), ("Puzzle Fest", "2031-09-07")]


# --- a zone after the clock, the meeting service before the name, a deadline --------------------------------------


@pytest.mark.parametrize(
    ("text", "span", "end"),
    [
        ("August 18, 10am – 11am PDT on Zoom", (11, 22), 26),
        ("Oct 3 at 7pm (EST) Board", (9, 12), 18),
        ("Oct 3 at 7pm PARTY", (9, 12), 12),
        ("Oct 3 at 7pm ESTATE sale", (9, 12), 12),
        ("Oct 3 at 7pm in the EST room", (9, 12), 12),
    ],
)
def test_a_zones_abbreviation_right_after_the_clock_is_the_clocks(text: str, span: tuple[int, int], end: int) -> None:
    assert with_zone(text, span) == (span[0], end)


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("on Zoom: Live virtual Q&A", ("Live virtual Q&A", "on Zoom")),
        ("Via Webex – Budget hearing", ("Budget hearing", "Via Webex")),
        ("Zoom etiquette workshop", None),
        ("Meeting on Zoom fatigue", None),
        ("on Zoom", None),
        ("on Zoom Live virtual Q&A", None),
    ],
)
def test_a_name_opened_by_its_meeting_service(title: str, read: tuple[str, str] | None) -> None:
    assert remote_lead(title) == read


@pytest.mark.parametrize(
    ("title", "deadline"),
    [
        ("Registration Deadline", True),
        ("Abstract submission deadline", True),
        ("Early-bird cut-off", True),
        ("Deadline Comedy Night", False),
        ("Deadline", False),
        ("The Deadline", False),
    ],
)
def test_a_deadlines_name(title: str, deadline: bool) -> None:
    assert deadline_name(title) is deadline


PACIFIC = zoneinfo.ZoneInfo("America/Los_Angeles")
DATES = (
    "<html><body><h2>Important Dates</h2><ul>"
    "<li>August 18, 10am – 11am PDT on Zoom: Live virtual Q&amp;A.</li>"
    "<li>August 31 - Registration Deadline (11:59pm PDT)</li>"
    "<li>October 19, 10am PDT - Open house</li></ul></body></html>"
)


def test_a_list_of_dates_keeps_its_events_and_leaves_its_deadline() -> None:
    events = read_page(DATES, url="https://fest.example/dates", zone=PACIFIC, start=dt.datetime(2031, 7, 30, 12))  # noqa: DTZ001
    assert [(e["title"], e["start"]) for e in events] == [
        ("Live virtual Q&A.", "2031-08-18T10:00:00-07:00"),
        ("Open house", "2031-10-19T10:00:00-07:00"),
    ]


# --- a row's "More info" link --------------------------------------------------------------------------------------

ROWS = (
    "<html><body><h2>2031 Fests</h2><table><tr><th>Date</th><th>Theme</th><th>Notes</th></tr>"
    "<tr><td>Aug 3, 2031</td><td>{name}</td><td>{links}</td></tr>"
    '<tr><td>Sep 7, 2031</td><td>Puzzle Fest</td><td><a href="/optin/puzzle">Register</a></td></tr>'
    "</table></body></html>"
)


def _urls(name: str, links: str) -> list[str | None]:
    events = read_page(
        ROWS.format(name=name, links=links),
        url="https://fest.example/events",
        zone=PACIFIC,
        start=dt.datetime(2031, 7, 30, 12),  # noqa: DTZ001
    )
    return [e["url"] for e in events]


def test_a_rows_more_info_link_is_its_page_when_its_name_links_none() -> None:
    links = '<a href="/optin/racing">Registration details</a> <a href="/fests/racing">More info</a>'
    assert _urls("Racing Fest", links) == ["https://fest.example/fests/racing", None]


@pytest.mark.parametrize(
    ("name", "links", "url"),
    [
        ('<a href="/racing">Racing Fest</a>', '<a href="/fests/racing">More info</a>', "https://fest.example/racing"),
        ("Racing Fest", '<a href="/a">More info</a> <a href="/b">Details</a>', None),  # two: which is its page?
        # a row's only link, its tickets': its url as before (_page_row_tickets), not a "More info" page
        ("Racing Fest", '<a href="/tickets/racing">Buy tickets</a>', "https://fest.example/tickets/racing"),
        ("Racing Fest", '<a href="/optin/racing">Registration details</a>', None),
    ],
)
def test_a_rows_other_links_leave_its_page_as_it_was(name: str, links: str, url: str | None) -> None:
    assert _urls(name, links)[0] == url
