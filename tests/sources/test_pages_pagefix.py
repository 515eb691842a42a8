"""Generic fixes for page misses already known (helper pagefix, issue #13), each on a small page of our own:

1. a fixtures row whose date line holds only a round's code and a weekday ("PŘ1, po 9.3.2026") is named by the row's
   name below it, and a time alone in the row's cell after the name is its time (_page_row_codes);
2. a meeting's page whose heading writes the body, the document's kind, the date, the hour and the room ("Tekninen
   lautakunta Esityslista 23.09.2026 klo 17:00 - Valtuustosali") is titled by the body: the words before the date,
   the document's kind (agenda, Esityslista, Tagesordnung, ordre du jour, minutes …) left out
   (_page_heading_day.without_heading_date);
3. an hCalendar event with a start and no ``summary`` (its title marked ``class="name"``, hCard's word) is named by
   its whole text, the name microformats parsing implies, instead of being dropped as nameless (_mf_implied_name);
4. a listing whose every title names its place after " @ " ("Joshua Tree Indian Cove [G] @ Joshua Tree Indian
   Cove") and which states no place elsewhere takes each place from its title; a title or two with an at sign among
   others, or beside a place of their own, keep the sign in the title (_page_at_places);
5. a schedule line of one showing that ends with its own "Sold out" ("Fri 6 March 2026, 7:30pm (Sold out)") marks
   that showing sold out, not its siblings; a warning ("Almost sold out") or a name ("Sold Out Tour") does not
   (_page_sold_out.line_sold_out).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._mf_implied_name import with_implied_names
from sources.adapters._page_heading_day import without_heading_date
from sources.adapters._page_row_codes import coded_only
from sources.adapters._page_sold_out import line_sold_out
from tests.sources.helpers import local_minute, read_page

PRAGUE = zoneinfo.ZoneInfo("Europe/Prague")
JANUARY = dt.datetime(2026, 1, 1)  # noqa: DTZ001 - a wall-clock time read_page places in the zone
PAGE = "https://club.example.cz/zapasy"
read = functools.partial(read_page, url=PAGE, zone=PRAGUE, start=JANUARY)


def shown(events: list[dict]) -> list[tuple[str, str | None]]:
    return [
        (
            event["title"],
            event["start"]
            if len(event["start"]) == len("2026-03-09")
            else local_minute(dt.datetime.fromisoformat(event["start"]), PRAGUE),
        )
        for event in events
    ]


# 1. A round's code and a weekday on the date line, the sides below it, the time in the row's last cell.


def fixture_row(date_line: str, sides: str, clock: str, *, link: str | None = None) -> str:
    name = f'<a href="{link}">{sides}</a>' if link else sides
    return (
        '<div class="match"><div class="row"><div class="col-main"><div class="info">'
        f'<div class="date">{date_line}</div><div class="teams">{name}</div></div></div>'
        f'<div class="col-side"><div class="score">{clock}</div></div></div></div>'
    )


FIXTURES = (
    "<h2>Rozpis zápasů</h2>"
    + fixture_row("PŘ1, po 9.3.2026", "Night Owls Brno - River Cats Olomouc", "18:00", link="zapas?id=1")
    + fixture_row("PŘ2, út 10.3.2026", "Night Owls Brno - River Cats Olomouc", "17:30")
    + fixture_row("PŘ5, ne 15.3.2026", "River Cats Olomouc - Night Owls Brno", "&nbsp;")
)


def test_a_date_line_of_a_code_and_a_weekday_is_named_by_its_row_and_timed_by_the_row_s_last_cell() -> None:
    events = read(f"<html><body>{FIXTURES}</body></html>")
    assert shown(events) == [
        ("Night Owls Brno - River Cats Olomouc", "2026-03-09 18:00"),
        ("Night Owls Brno - River Cats Olomouc", "2026-03-10 17:30"),
        ("River Cats Olomouc - Night Owls Brno", "2026-03-15"),
    ]
    assert events[0]["url"] == "https://club.example.cz/zapas?id=1"


@pytest.mark.parametrize(
    ("leftover", "coded"),
    [
        ("PŘ1, po", True),
        ("R16 Sa", True),
        ("QF2", True),
        ("UB40", True),
        ("AC/DC", False),  # short words but no code: a band's name
        ("Game 3", False),  # a word of its own
        ("Live 2", False),
        ("Board meeting", False),
        ("R16 Round of sixteen", False),
    ],
)
def test_a_leftover_is_a_code_only_when_it_holds_a_code_and_no_word(leftover: str, coded: bool) -> None:
    assert coded_only(leftover) is coded


def test_a_code_with_nothing_naming_the_row_below_stays_the_title() -> None:
    """Hard negative: a list of dates whose own words are a code ("UB40") and no row below names anything: the
    line's words are still its title."""
    page = "<ul class='dates'><li>UB40 9.3.2026</li><li>UB40 10.3.2026</li><li>UB40 12.3.2026</li></ul>"
    assert shown(read(f"<html><body><h1>Tour</h1>{page}</body></html>")) == [
        ("UB40", "2026-03-09"),
        ("UB40", "2026-03-10"),
        ("UB40", "2026-03-12"),
    ]


def test_a_titled_date_line_keeps_its_title_and_a_time_outside_its_row_is_not_its_time() -> None:
    """Hard negatives: a date line with words of its own keeps them, however its row goes on; and a time alone
    after the rows, not in one of them, is no row's time."""
    rows = "".join(
        f'<div class="row"><div>Board meeting {day}.3.2026</div><div>Council Chamber</div></div>' for day in (9, 16, 23)
    )
    events = read(f"<html><body><h1>Meetings</h1><div class='list'>{rows}</div><p>18:00</p></body></html>")
    assert [(title, start) for title, start in shown(events)] == [
        ("Board meeting", "2026-03-09"),
        ("Board meeting", "2026-03-16"),
        ("Board meeting", "2026-03-23"),
    ]


def test_a_sentence_after_the_row_s_name_gives_no_time() -> None:
    """Hard negative: the row's next line names an hour inside a sentence: not the match's time."""
    rows = "".join(
        fixture_row(f"PŘ{n}, po {day}.3.2026", "Night Owls Brno - River Cats Olomouc", text)
        for n, day, text in (
            (1, 9, "The gates open at 17:00 and the bar serves until late."),
            (2, 16, "The gates open at 17:00 and the bar serves until late."),
        )
    )
    assert shown(read(f"<html><body>{rows}</body></html>")) == [
        ("Night Owls Brno - River Cats Olomouc", "2026-03-09"),
        ("Night Owls Brno - River Cats Olomouc", "2026-03-16"),
    ]


# 2. A body's agenda page: body, document kind, date, hour and room in one heading.

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
AGENDA_PAGE = """<html><head><title>Kokoukset - Esityslista</title></head><body>
<div class="breadcrumb"><a href="?page=bodies">Toimielimet</a> &gt; <a href="?page=body&id=7">{body}</a></div>
<h1>{heading}</h1>
<table><tr><th>Pykälä</th><th>Otsikko</th></tr>
<tr><td>1</td><td><a href="item1.htm">Kokouksen avaus</a></td></tr>
<tr><td>4</td><td><a href="item4.htm">Pöytäkirjan tarkastus</a></td></tr></table>
<p><a href="agenda.pdf">Esityslista (PDF)</a></p></body></html>"""


def read_agenda(heading: str, body: str = "Tekninen lautakunta") -> list[dict]:
    page = AGENDA_PAGE.format(heading=heading, body=body)
    return read_page(page, url="https://council.example.fi/?page=meeting&id=1", zone=HELSINKI, start=JANUARY)


def test_a_body_s_agenda_heading_with_its_hour_and_room_is_titled_by_the_body() -> None:
    events = read_agenda("Tekninen lautakunta  Esityslista 23.09.2026 klo 17:00 - Kaupunginhallituksen kokoushuone")
    assert [(event["title"], event["start"][:16]) for event in events] == [("Tekninen lautakunta", "2026-09-23T17:00")]


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("Tekninen lautakunta  Esityslista 23.09.2026 klo 17:00 - Valtuustosali", "Tekninen lautakunta"),
        ("Bauausschuss Tagesordnung 23.09.2026, 17:00 Uhr - Rathaus, Sitzungssaal", "Bauausschuss"),
        ("Conseil municipal - ordre du jour 23.09.2026 18:30 - Salle du conseil", "Conseil municipal"),
        ("Planning Commission Agenda September 23, 2026 6:00 PM", "Planning Commission"),
        ("Board Meeting – September 23, 2026 6:00 PM – Council Chambers", "Board Meeting"),
        ("Agenda 23.09.2026 klo 17:00 - Valtuustosali", "Agenda"),  # the kind alone stays: a name is left
        # Hard negatives: the heading as written when no hour states the date is the heading's own before a room,
        # when more than a room follows, or the date is not the heading's only one.
        (
            "Board Meeting – September 23, 2026 – Council Chambers",
            "Board Meeting – September 23, 2026 – Council Chambers",
        ),
        ("Concert 23.09.2026 18:00 and 24.09.2026 18:00", "Concert 23.09.2026 18:00 and 24.09.2026 18:00"),
        ("Jazz night 23.09.2026 20:00 - 2 sets, 15 €", "Jazz night 23.09.2026 20:00 - 2 sets, 15 €"),
        ("Agenda review 23.09.2026 17:00", "Agenda review"),  # a kind that does not close the name stays
    ],
)
def test_a_heading_s_date_hour_and_room_and_its_document_kind_leave_the_title(heading: str, title: str) -> None:
    assert without_heading_date(heading, dt.date(2026, 9, 23), today=dt.date(2026, 1, 1)) == title


def test_a_heading_s_date_and_room_of_another_day_stay_in_the_title() -> None:
    """Hard negative: the heading's date is not the event's day (its hour and room notwithstanding)."""
    heading = "Tekninen lautakunta Esityslista 23.09.2026 klo 17:00 - Valtuustosali"
    assert without_heading_date(heading, dt.date(2026, 9, 24), today=dt.date(2026, 1, 1)) == heading


# 3. hCalendar events with no summary: the implied name.

SESSIONS = """<html><head><title>Sessions</title></head><body>
<div class="vevent" itemref="slot-1">
  <span class="name">Writing Fast Parsers</span> - speakers: <span class="speaker">Ada Byron</span> -
  <span class="location">Room 10</span>
</div>
<div class="vevent" itemref="slot-1">
  <span class="name">Testing Old Code</span> - speaker: <span class="speaker">Grace Brewster</span> -
  <span class="location">Room 11</span>
</div>
<p id="slot-1">Session 01: <time class="dtstart" datetime="2031-06-27T15:45:00-08:00">3:45PM</time> to
<time class="dtend" datetime="2031-06-27T16:45:00-08:00">4:45PM</time></p>
</body></html>"""
LOS_ANGELES = zoneinfo.ZoneInfo("America/Los_Angeles")
JUNE = dt.datetime(2031, 6, 1)  # noqa: DTZ001 - a wall-clock time read_page places in the zone


def test_an_hcalendar_event_without_a_summary_is_named_by_its_whole_text() -> None:
    events = read_page(SESSIONS, url="https://conf.example.org/sessions", zone=LOS_ANGELES, start=JUNE)
    assert [(event["title"], event["start"], event["end"]) for event in events] == [
        (
            "Writing Fast Parsers - speakers: Ada Byron - Room 10 Session 01: 3:45PM to 4:45PM",
            "2031-06-27T15:45:00-08:00",
            "2031-06-27T16:45:00-08:00",
        ),
        (
            "Testing Old Code - speaker: Grace Brewster - Room 11 Session 01: 3:45PM to 4:45PM",
            "2031-06-27T15:45:00-08:00",
            "2031-06-27T16:45:00-08:00",
        ),
    ]


@pytest.mark.parametrize(
    "page",
    [
        # Hard negatives: a summary of its own, an mf2 root, no start, a text too long to be a name.
        '<div class="vevent"><span class="summary">Gala</span> <span class="dtstart">2031-06-27</span> Hall</div>',
        '<div class="vevent h-event"><span class="dt-start">2031-06-27</span> Hall</div>',
        '<div class="vevent"><span class="name">Gala</span> in the Hall</div>',
        '<div class="vevent"><span class="dtstart">2031-06-27</span> ' + "A long paragraph of text. " * 10 + "</div>",
        # a day's cell of a month grid holding its date alone ("Wed 3/05"): nothing besides the date to name
        '<div class="vevent"><h5 class="dtstart"><span class="value">2031-03-05</span>Wed 3/05</h5> 7 </div>',
    ],
)
def test_a_vevent_with_a_name_no_start_or_a_body_of_text_is_left_as_it_is(page: str) -> None:
    assert with_implied_names(f"<html><body>{page}</body></html>") == f"<html><body>{page}</body></html>"


def test_a_vevent_with_a_start_and_no_summary_gets_its_text_as_one() -> None:
    page = '<html><body><div class="vevent"><b>Gala</b> <span class="dtstart">2031-06-27</span></div></body></html>'
    rewritten = with_implied_names(page)
    assert (
        '<div class="vevent"><span class="summary"><b>Gala</b> <span class="dtstart">2031-06-27</span></span>'
        in rewritten
    )


def test_a_long_unnamed_vevent_is_still_dropped_as_nameless() -> None:
    """Hard negative: a page whose whole text is marked one event gives no event named by that text."""
    body = '<div class="vevent"><span class="dtstart">2031-06-27</span> ' + "A long paragraph of text. " * 10 + "</div>"
    events = read_page(
        f"<html><body>{body}</body></html>",
        url="https://conf.example.org/",
        zone=LOS_ANGELES,
        start=JUNE,
    )
    assert all("long paragraph" not in event["title"] for event in events)


# 4. " @ <place>" in every title of a listing.

LA_2020 = dt.datetime(2020, 2, 20)  # noqa: DTZ001 - a wall-clock time read_page places in the zone
TRIPS_PAGE = "https://club.example.org/event-list/events-list"


def trip_row(dates: str, title: str, slug: str, extra: str = "") -> str:
    return (
        f'<tr><td><b><a href="/trips/{slug}">{dates}</a></b></td>'
        f'<td><b><a href="/trips/{slug}">{title}</a></b></td>{extra}</tr>'
        f'<tr><td colspan="2">Climbing trip</td></tr>'
    )


def read_trips(rows: str) -> list[dict]:
    page = f"<html><head><title>Events - List</title></head><body><h1>Trips</h1><table>{rows}</table></body></html>"
    return read_page(page, url=TRIPS_PAGE, zone=zoneinfo.ZoneInfo("America/Los_Angeles"), start=LA_2020)


def test_a_listing_whose_every_title_names_its_place_after_an_at_sign_takes_the_places() -> None:
    events = read_trips(
        trip_row("02/28/20&nbsp;-&nbsp;03/01/20", "Indian Cove [G] &nbsp;@&nbsp;Indian Cove Campground", "cove-6")
        + trip_row("03/07/20&nbsp;-&nbsp;03/08/20", "Red Rock Spring Trip [S] @ Red Rock Campground", "red-2")
        + trip_row("03/14/20", "Stoney Point Practice @ Stoney Point", "stoney-3")
    )
    assert [(event["title"], event["start"], event["venue_name"]) for event in events] == [
        ("Indian Cove [G]", "2020-02-28", "Indian Cove Campground"),
        ("Red Rock Spring Trip [S]", "2020-03-07", "Red Rock Campground"),
        ("Stoney Point Practice", "2020-03-14", "Stoney Point"),
    ]


def test_an_at_sign_in_some_titles_only_stays_in_them() -> None:
    """Hard negative: one row of three without the sign: the sign is a few shows' names, not the listing's place."""
    events = read_trips(
        trip_row("02/28/20", "Live @ The Hall", "live")
        + trip_row("03/07/20", "Jazz @ The Lake House", "jazz")
        + trip_row("03/14/20", "Spring Social", "social")
    )
    assert [(event["title"], event["venue_name"]) for event in events] == [
        ("Live @ The Hall", None),
        ("Jazz @ The Lake House", None),
        ("Spring Social", None),
    ]


def test_a_listing_that_states_a_place_of_its_own_keeps_the_signs_in_its_titles() -> None:
    """Hard negative: every title has the sign but one row states its place in the place column: the column says
    where, the signs are the shows' names."""
    rows = "".join(
        f"<tr><td>{day}</td><td><a href='/e/{n}'>{title}</a></td><td>{place}</td></tr>"
        for n, (day, title, place) in enumerate(
            [
                ("Mar 4, 2027", "Live @ The Hall", "Town Theatre"),
                ("Mar 5, 2027", "Jazz @ The Lake House", ""),
                ("Mar 6, 2027", "Comedy @ The Club", ""),
            ]
        )
    )
    table = f"<table><tr><th>Date</th><th>Event</th><th>Location</th></tr>{rows}</table>"
    events = read_page(
        f"<html><body><h1>Shows</h1>{table}</body></html>",
        url=TRIPS_PAGE,
        zone=zoneinfo.ZoneInfo("America/Los_Angeles"),
        start=dt.datetime(2027, 1, 1),  # noqa: DTZ001 - a wall-clock time read_page places in the zone
    )
    assert [(event["title"], event["venue_name"]) for event in events] == [
        ("Live @ The Hall", "Town Theatre"),
        ("Jazz @ The Lake House", None),
        ("Comedy @ The Club", None),
    ]


def test_two_rows_with_at_signs_are_no_listing_and_a_clock_after_the_sign_is_no_place() -> None:
    """Hard negatives: two titled shows are too few to be the listing's convention; "@ 8pm" is a time."""
    two = read_trips(trip_row("02/28/20", "Live @ The Hall", "live") + trip_row("03/07/20", "Jazz @ The Barn", "jazz"))
    assert [event["venue_name"] for event in two] == [None, None]
    clocks = read_trips(
        trip_row("02/28/20", "Open Mic @ 8pm", "mic-1")
        + trip_row("03/07/20", "Open Mic @ 8pm", "mic-2")
        + trip_row("03/14/20", "Open Mic @ 8pm", "mic-3")
    )
    assert [event["venue_name"] for event in clocks] == [None, None, None]


# 5. A showing line's own "Sold out".

LONDON = zoneinfo.ZoneInfo("Europe/London")


def showings_page(*items: str) -> str:
    lines = "".join(f"<li>{item}</li>" for item in items)
    return (
        "<html><head><title>Hamlet | The Playhouse</title></head><body><h1>Hamlet</h1>"
        "<p>A new production of the tragedy.</p><h3>Performances</h3>"
        f"<ul class='showings'>{lines}</ul></body></html>"
    )


def test_a_showing_line_ending_with_sold_out_marks_that_showing_only() -> None:
    page = showings_page(
        "Fri 6 March 2026, 7:30pm (Sold out)",
        "Sat 7 March 2026, 2:00pm",
        "Sat 7 March 2026, 7:30pm - Sold out",
        "Sun 8 March 2026, 3:00pm – Ausverkauft",
    )
    events = read_page(page, url="https://playhouse.example/hamlet", zone=LONDON, start=JANUARY)
    assert [(event["start"][:16], event["sold_out"]) for event in events] == [
        ("2026-03-06T19:30", True),
        ("2026-03-07T14:00", False),
        ("2026-03-07T19:30", True),
        ("2026-03-08T15:00", True),
    ]


def test_a_warning_or_a_name_with_the_words_marks_no_showing_sold_out() -> None:
    """Hard negatives: "Almost sold out" is still on sale; "Sold Out Tour" is the show's name."""
    page = showings_page(
        "Fri 6 March 2026, 7:30pm (Almost sold out)",
        "Sat 7 March 2026, 2:00pm - Nearly sold out",
        "Sat 7 March 2026, 7:30pm Sold Out Tour 2026",
    )
    events = read_page(page, url="https://playhouse.example/hamlet", zone=LONDON, start=JANUARY)
    assert [event["sold_out"] for event in events] == [False, False, False]


@pytest.mark.parametrize(
    ("leftover", "sold"),
    [
        ("(Sold out)", True),
        ("- SOLD OUT!", True),
        ("Hamlet – Sold out", True),
        ("Hamlet | Complet", True),
        ("(Almost sold out)", False),
        ("Hamlet - Nearly sold out", False),
        ("Sold Out Tour 2026", False),
        ("Sold out shows of 2025: a look back", False),
        ("", False),
    ],
)
def test_a_line_s_own_sold_out_label_is_read_at_its_end_alone(leftover: str, sold: bool) -> None:
    assert line_sold_out(leftover) is sold
