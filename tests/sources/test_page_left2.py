"""Page misreadings earlier sessions left, each on a small document of our own that the page reader misread
before its rule:

a. a single event's page whose past editions stand under a label of their own ("Previous editions", "Past events",
   "Past dates", "Archive", "Frühere Ausgaben", "Éditions précédentes"…) is that one event: the list is its past
   editions, not its occurrences; it had been read as a schedule of bare dates (_page_more_dates.past_editions_below);
b. a further date written as a range ("Apr 12, 2027 - Apr 13, 2027") in a list of further dates ends on its
   range's last day; it had kept only its first (_page_more_dates.further_dates);
c. a club's listing row (a flyer, a tickets button, then one cell with the day in spans, the doors' time and the
   acts in elements classed "band", each over its genre): the row's name is its first act, its page the link named
   by its day; a document that is only such rows (a "load more" answer, a row saved alone) is a table of them. It
   had been titled "Meeting" with no page, or read as nothing (_page_prepare.loose_rows_into_tables,
   _page_table_names.classed_name, _page_table_names.day_page);
d. an agenda portal's rows with no heading, no page title and no body named anywhere, each a date and the row's
   own name in document words ("Notice and Agenda 2.11.27"): the row is titled by those words, its date cut out,
   not by the default "Meeting" (_page_words.document_name; html.entry_event). Under any heading or page title the
   schedule's name is kept;
e. a card's section heading is found in an index of the page's headings made once per page read, not by an XPath
   walk over everything before each card (quadratic on a month grid of many day boxes, and on nested cards); the
   index gives what the XPath gives (_page_section_index). No timing here: the shapes' times are in the docs.
"""

from __future__ import annotations

import datetime as dt

import pytest

from sources.adapters import _page_more_dates, _page_table_names, _page_words
from tests.hostile import module_patterns, superlinear_shape
from tests.sources.test_page_left_items import BERLIN, events_of, read

PATTERNS = {
    **module_patterns(_page_more_dates, "_page_more_dates."),
    "_page_words.DOCUMENT_JOINS": _page_words.DOCUMENT_JOINS,
    "_page_words.TRAILING_DATE": _page_words.TRAILING_DATE,
    **{
        f"_page_table_names.{name}": getattr(_page_table_names, name)
        for name in ("ACT_CLASS", "PAGE_DAY", "NOT_A_PAGE", "BUYING")
    },
}


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_patterns_stay_linear(name: str) -> None:
    assert superlinear_shape(PATTERNS[name]) is None


def festival(label: str, items: list[str], *, more: str = "") -> str:
    listed = "".join(f"<li>{item}</li>" for item in items)
    return (
        "<html lang=en><body><h1>Harbour Jazz Weekend</h1><p>Saturday, June 12, 2027, 6:00 PM</p>"
        f"<p>Pier 4 Pavilion, Harbourtown</p><p>Three stages of jazz on the old pier.</p>{more}"
        f"<h2>{label}</h2><ul>{listed}</ul></body></html>"
    )


PAST = ["June 13, 2026", "June 14, 2025", "June 8, 2024", "June 10, 2023"]


# --- a. past editions under a label of their own ----------------------------------------------------------------
@pytest.mark.parametrize(
    "label",
    [
        "Previous editions",
        "Past events",
        "Past dates",
        "Archive",
        "Past editions:",
        "Frühere Ausgaben",
        "Vergangene Termine",
        "Éditions précédentes",
        "Ediciones anteriores",
        "Edizioni precedenti",
        "Eerdere edities",
    ],
)
def test_past_editions_under_their_label_are_no_schedule(label: str) -> None:
    assert read(festival(label, PAST), BERLIN, dt.date(2027, 3, 1)) == [
        ("Harbour Jazz Weekend", "2027-06-12 18:00", None)
    ]


@pytest.mark.parametrize("markup", ["<p><strong>{}</strong></p>", "<p>{}</p>", "<div class='label'>{}:</div>"])
def test_past_editions_under_a_plain_label_are_no_schedule(markup: str) -> None:
    body = festival("x", PAST).replace("<h2>x</h2>", markup.format("Previous editions"))
    assert read(body, BERLIN, dt.date(2027, 3, 1)) == [("Harbour Jazz Weekend", "2027-06-12 18:00", None)]


def test_past_editions_under_year_headings_are_no_schedule() -> None:
    years = "".join(f"<h3>{day[-4:]}</h3><ul><li>{day}</li><li>{day[:5]} 20, {day[-4:]}</li></ul>" for day in PAST)
    body = festival("Past editions", []).replace("<ul></ul>", years)
    assert read(body, BERLIN, dt.date(2027, 3, 1)) == [("Harbour Jazz Weekend", "2027-06-12 18:00", None)]


def test_a_listing_of_past_events_alone_is_still_read() -> None:
    # No event above the label: the page is an archive of events, each its own.
    items = [f"{day} - Concert number {index}" for index, day in enumerate(PAST)]
    body = f"<html lang=en><body><h1>Our concerts</h1><h2>Past events</h2><ul>{''.join(f'<li>{i}</li>' for i in items)}</ul></body></html>"
    assert len(read(body, BERLIN, dt.date(2027, 3, 1))) == 4


def test_a_schedule_above_the_past_editions_is_still_a_schedule() -> None:
    upcoming = "".join(f"<li>July {day}, 2027 - Open rehearsal {day}</li>" for day in (3, 10, 17))
    body = festival("Past events", PAST, more=f"<h2>Rehearsals</h2><ul>{upcoming}</ul>")
    titles = [row[0] for row in read(body, BERLIN, dt.date(2027, 3, 1))]
    assert "Open rehearsal 3" in titles


# --- b. a further date written as a range ends on its last day --------------------------------------------------
def test_a_further_date_written_as_a_range_ends_on_its_last_day() -> None:
    body = (
        "<html lang=en><body><h1>Spring Open</h1><p>Apr 10, 2027 - Apr 11, 2027</p><p>Sports hall, Stollberg</p>"
        "<h5>Other dates:</h5><ul><li>Apr 17, 2027 - Apr 18, 2027</li><li>May 1, 2027</li></ul></body></html>"
    )
    assert read(body, BERLIN, dt.date(2027, 3, 1)) == [
        ("Spring Open", "2027-04-10", "2027-04-11"),
        ("Spring Open", "2027-04-17", "2027-04-18"),
        ("Spring Open", "2027-05-01", None),
    ]


# --- c. a club's listing row: its first act and its day's page ------------------------------------------------------
def club_row(day: int, weekday: str, acts: list[str]) -> str:
    stamp = f"202703{day:02d}"
    bands = "".join(f'<big class="band">{act}</big><br><span class="genre">indie</span><br>' for act in acts)
    return (
        f'<tr><td><a href="https://club.example.org/f/{stamp}f.jpg"><img alt="" src="/f/{stamp}s.jpg"></a></td>'
        f'<td><div><a href="https://club.example.org/tix/event{stamp}.html"><img src="/buy.png" alt="BUY TICKETS">'
        f'</a></div></td><td><span class="date">{weekday} </span><span class="date">March {day}</span>'
        f'<span class="date"> 2027</span><a href="https://club.example.org/{stamp}.html"><img src="/details.png" '
        f'alt=""></a><br><span class="time"><b>7:30PM</b> doors <small>-- music at 8:30PM</small></span>'
        f'<span class="age">21 AND OVER</span><br><span class="cover">$12 advance / $15 door</span><br>{bands}</td>'
        f'<td><a href="https://www.facebook.com/events/5999003835143{day:02d}/"><img alt="" src="/fb.png"></a></td></tr>'
    )


ROWS = [
    (10, "Wednesday", ["The Paper Lanterns", "Hollow Pines", "Static Orchard"]),
    (12, "Friday", ["Night Harbor", "Velvet Crane"]),
    (13, "Saturday", ["Copper Moths"]),
]


def club_events(body: str) -> list[tuple[str, str, str | None]]:
    zone = BERLIN
    events = events_of(body, zone, dt.datetime(2027, 3, 1, tzinfo=zone))
    return [(event.title, str(event.start)[:10], event.url) for event in events]


def test_a_club_listings_rows_are_named_by_their_first_act() -> None:
    rows = "".join(club_row(*row) for row in ROWS)
    assert club_events(f"<html><body><h1>Calendar</h1><table>{rows}</table></body></html>") == [
        ("The Paper Lanterns", "2027-03-10", "https://club.example.org/20270310.html"),
        ("Night Harbor", "2027-03-12", "https://club.example.org/20270312.html"),
        ("Copper Moths", "2027-03-13", "https://club.example.org/20270313.html"),
    ]


def test_a_club_listing_row_saved_alone_is_its_show() -> None:
    assert club_events(club_row(*ROWS[0])) == [
        ("The Paper Lanterns", "2027-03-10", "https://club.example.org/20270310.html")
    ]


def test_rows_of_a_load_more_answer_are_a_table() -> None:
    assert [row[0] for row in club_events("".join(club_row(*row) for row in ROWS))] == [
        "The Paper Lanterns",
        "Night Harbor",
        "Copper Moths",
    ]


# --- d. a row named only in document words, on a page that names nothing else ----------------------------------
def portal(rows: list[tuple[str, str]], head: str = "") -> str:
    items = "".join(
        f'<li class="doc-entry"><table class="agenda_table"><tr><td><a href="board.php#m-{index}" '
        f'class="agenda-link"><span class="agenda-date">{day}</span> <span class="agenda-name">{name}</span></a>'
        f'</td><td class="agenda_doc"><a href="Docs/Board/{index}.pdf">Agenda</a></td><td class="minutes_doc">'
        f"</td></tr></table></li>"
        for index, (day, name) in enumerate(rows)
    )
    return f'<html>{head}<body><ul class="file-group">{items}</ul></body></html>'


PORTAL = [
    ("03/04/2027", "Special Meeting Notice and Agenda"),
    ("02/11/2027", "Notice and Agenda 2.11.27"),
    ("01/14/2027", "Notice and Agenda"),
]


def test_a_row_named_in_document_words_on_a_page_naming_nothing_is_titled_by_them() -> None:
    assert [row[:2] for row in read(portal(PORTAL), BERLIN, dt.date(2027, 1, 1))] == [
        ("Special Meeting Notice and Agenda", "2027-03-04"),
        ("Notice and Agenda", "2027-02-11"),
        ("Notice and Agenda", "2027-01-14"),
    ]


def test_a_page_title_still_names_rows_of_document_words() -> None:
    body = portal(PORTAL, head="<head><title>Planning Commission</title></head>")
    titles = [row[0] for row in read(body, BERLIN, dt.date(2027, 1, 1))]
    assert len(titles) == 3
    assert all("Planning Commission" in title for title in titles[1:])


# --- e. a card's section heading from the page's index of headings: what the XPath gives -----------------------
SECTIONS = (
    "<html><body><h1>Programme</h1><div class='intro'><h2>Inside a div</h2></div>"
    "<section><h2>Spring</h2><ul><li class='c'><h3>Talk</h3><p>March 3, 2027</p></li>"
    "<li class='c'><h3>Walk</h3><p>March 4, 2027</p><ul><li class='c'><h4>Inner</h4><p>March 5</p></li></ul></li>"
    "</ul></section><h2>Summer <div class='c'>boxed</div></h2><div class='c'><h3>Fair</h3><p>June 1</p>"
    "<div class='c'><h3>Nested fair</h3></div></div><article><h5>Late</h5></article><div class='c'>tail</div>"
    "</body></html>"
)


def test_the_heading_index_finds_what_the_xpath_finds() -> None:
    from sources.adapters._page_prepare import page_root
    from sources.adapters._page_section_index import SECTION_INDEX, _xpath_above, heading_above

    root = page_root(SECTIONS)
    blocks = [element for element in root.iter() if isinstance(element.tag, str)]
    token = SECTION_INDEX.set({})
    try:
        indexed = [heading_above(block) for block in blocks]
    finally:
        SECTION_INDEX.reset(token)
    assert indexed == [_xpath_above(block) for block in blocks]
    assert any(found is not None for found in indexed)
    assert any(found is None for found in indexed)
