"""The `html` adapter on ordinary pages written to probe the misfires the review's third round found open
(issue #13): a template's empty midnight, a programme inside one event's card, a school post announcing its
event, a card opened in a modal, rows whose place comes before their name. Each test is a minimal page of its
own; a fixed window (2027)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import lxml.html

from sources.adapters._page_classes import in_dialog
from tests.sources.helpers import parse_page

ZONE = zoneinfo.ZoneInfo("America/Chicago")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
BASE = "https://example.org/x"
HELD = 0.5  # decide.py's extraction_confidence_hold_below


def parse(body: str, *, title: str = "Events | Oak Park Library") -> list:
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return parse_page(html, zone=ZONE, base=BASE, start=START)


def at(month: int, day: int, hour: int | None = None, minute: int = 0, year: int = 2027) -> dt.date:
    if hour is None:
        return dt.date(year, month, day)
    return dt.datetime(year, month, day, hour, minute, tzinfo=ZONE)


# --- F4: a Time column of 12:00 AM on every row is the template's empty time --------------------------------
LIBRARY_ROWS = (
    ("Book Sale", "March 6, 2027", "Main Branch"),
    ("Seed Library Opening", "March 13, 2027", "Garden Room"),
    ("Tax Help Days", "March 20, 2027", "Meeting Room A"),
)


def time_table(rows: tuple[tuple[str, str, str, str], ...]) -> str:
    return (
        "<table><tr><th>Event</th><th>Date</th><th>Time</th><th>Location</th></tr>"
        + "".join(
            f'<tr><td><a href="/e/{n}">{name}</a></td><td>{date}</td><td>{time}</td><td>{place}</td></tr>'
            for n, (name, date, time, place) in enumerate(rows)
        )
        + "</table>"
    )


def test_a_midnight_that_ends_the_hours_does_not_make_every_12_am_row_meant():
    rows = tuple((name, date, "12:00 AM", place) for name, date, place in LIBRARY_ROWS)
    footer = "<footer><p>Book drop open until midnight. Renew by midnight on the due date.</p></footer>"
    events = parse(f"<h1>Upcoming Events</h1>{time_table(rows)}{footer}")
    assert [(event.title, event.start, event.all_day) for event in events] == [
        ("Book Sale", at(3, 6), True),
        ("Seed Library Opening", at(3, 13), True),
        ("Tax Help Days", at(3, 20), True),
    ]


def test_a_range_of_days_among_the_12_am_cards_does_not_keep_their_midnights():
    cards = "".join(
        f'<div class="event"><h3><a href="/e/{n}">{name}</a></h3><p class="date">{date}</p>'
        f'<p class="time">12:00 AM</p><p class="location">{place}</p></div>'
        for n, (name, date, place) in enumerate((("Used Book Fair", "April 3 – April 5, 2027", "Annex"), *LIBRARY_ROWS))
    )
    events = parse(f"<h1>Events</h1>{cards}")
    assert [event.start for event in events] == [at(4, 3), at(3, 6), at(3, 13), at(3, 20)]


def test_a_countdown_at_midnight_among_timed_rows_keeps_its_time():
    rows = (
        ("Jazz Trio", "December 29, 2027", "8:00 PM", "Main Room"),
        ("Soul Revue", "December 30, 2027", "9:00 PM", "Main Room"),
        ("New Year's Eve countdown", "January 1, 2028", "12:00 AM", "Rooftop"),
        ("Brunch Set", "January 1, 2028", "11:00 AM", "Cafe"),
    )
    footer = "<footer><p>Bar open until midnight.</p></footer>"
    events = parse(f"<h1>Upcoming Shows</h1>{time_table(rows)}{footer}", title="Shows | The Velvet Room")
    assert [event.start for event in events] == [
        at(12, 29, 20),
        at(12, 30, 21),
        at(1, 1, 0, year=2028),
        at(1, 1, 11, year=2028),
    ]


# --- 3302478: timed sub-headings inside one event's card are its programme, not a day's rows -----------------
def gala_card(when: str) -> str:
    programme = "".join(
        f"<div><p>{time}</p><h3>{part}</h3><p>{about}</p></div>"
        for time, part, about in (
            ("6:00 pm", "Reception", "Cocktails and a silent auction."),
            ("7:30 pm", "Dinner", "Three courses."),
            ("9:00 pm", "Awards", "Volunteer of the Year."),
        )
    )
    return (
        '<h1>Events</h1><div class="event-card"><h2><a href="/e/gala">Riverside Foundation Annual Gala</a></h2>'
        f'<p class="date">{when}</p><p class="location">Grand Ballroom, Hotel Marquette</p>'
        f'<div class="program">{programme}</div></div>'
    )


def test_a_programme_under_one_events_name_starts_the_event_at_its_first_part():
    events = parse(gala_card("Saturday, April 17, 2027"), title="Gala | Riverside Foundation")
    assert [(event.title, event.start, event.end, event.venue_name) for event in events] == [
        ("Riverside Foundation Annual Gala", at(4, 17, 18), None, "Grand Ballroom, Hotel Marquette")
    ]
    stated = parse(gala_card("Saturday, April 17, 2027, 6:00 pm – 11:00 pm"), title="Gala | Riverside Foundation")
    assert [(event.title, event.start, event.end) for event in stated] == [
        ("Riverside Foundation Annual Gala", at(4, 17, 18), at(4, 17, 23))
    ]


def test_a_days_rows_of_one_rank_under_its_date_are_still_rows():
    day = (
        '<div class="day"><h2>Monday, January 18, 2027</h2>'
        '<div><p>10:00 a.m.</p><h3><a href="/e/story">Storytime</a></h3></div>'
        '<div><p>6:00 p.m.</p><h3><a href="/e/club">Book Club</a></h3></div></div>'
    )
    events = parse(f"<h1>Branch Calendar</h1>{day}")
    assert [(event.title, event.start) for event in events] == [
        ("Storytime", at(1, 18, 10)),
        ("Book Club", at(1, 18, 18)),
    ]


# --- F8: a card a script opens in a modal keeps its ticket link ---------------------------------------------
SHOWS = (
    ("lumineers", "Lumineers Tribute", "Friday, May 7, 2027", "8:00 pm", at(5, 7, 20)),
    ("blues", "Blues Jam", "Saturday, May 8, 2027", "9:00 pm", at(5, 8, 21)),
    ("comedy", "Comedy Night", "Sunday, May 9, 2027", "7:00 pm", at(5, 9, 19)),
)


def show_cards(attributes: str) -> str:
    return "<h1>Shows</h1>" + "".join(
        f'<div {attributes.format(slug=slug)}><h3>{name}</h3><p class="date">{date}</p><p class="time">{time}</p>'
        f'<a class="btn" href="https://tickets.example.com/e/{slug}">Buy Tickets</a></div>'
        for slug, name, date, time, _ in SHOWS
    )


def test_a_card_opened_in_a_modal_keeps_its_ticket_link():
    for attributes in (
        'class="event-card" data-toggle="modal" data-target="#{slug}"',  # opens a modal
        'class="event-card modal"',  # a script's hook, nothing marks it as a dialog
    ):
        events = parse(show_cards(attributes), title="Shows | The Blue Room")
        assert [(event.title, event.start, event.ticket_url) for event in events] == [
            (name, start, f"https://tickets.example.com/e/{slug}") for slug, name, _, _, start in SHOWS
        ], attributes


def test_a_dialog_is_still_a_dialog_and_an_opener_is_none():
    def block(html: str) -> object:
        return next(lxml.html.fromstring(html).iter("article"))

    assert in_dialog(block('<div class="modal" tabindex="-1"><article class="event-card"></article></div>'))
    assert in_dialog(block('<div class="modal"><article class="event-card"></article></div>'))
    assert in_dialog(block('<div><article class="event-card modal" aria-hidden="true"></article></div>'))
    assert not in_dialog(block('<div><article class="event-card modal"></article></div>'))
    assert not in_dialog(block('<a class="modal" href="/e/1"><article class="event-card"></article></a>'))


# --- a range of days in one month ends on that month's day, whichever way the page writes it ----------------
RANGES = (
    ("March 6 - 8, 2027", at(3, 6), at(3, 8)),  # the "8" was read as August ("8 3 2027")
    ("March 6–8, 2027", at(3, 6), at(3, 8)),
    ("March 6–8", at(3, 6), at(3, 8)),
    ("6-8 March 2027", at(3, 6), at(3, 8)),
    ("March 30 - April 2, 2027", at(3, 30), at(4, 2)),
    ("Dec 30, 2026 - Jan 2, 2027", at(12, 30, year=2026), at(1, 2)),
)
OTHER_DAYS = (("Author Talk", "April 10, 2027"), ("Seed Swap", "April 17, 2027"))


def test_a_range_of_days_on_a_card_a_line_or_a_row_ends_on_its_last_day():
    def shapes(when: str) -> dict[str, str]:
        rows = (("Spring Book Fair", when), *OTHER_DAYS)
        return {
            "cards": "<h1>Events</h1>"
            + "".join(
                f'<div class="event"><h3><a href="/e/{n}">{name}</a></h3><p class="date">{date}</p>'
                '<p class="location">Main Hall</p></div>'
                for n, (name, date) in enumerate(rows)
            ),
            "lines": "<h1>Events</h1><ul>"
            + "".join(
                f'<li><a href="/e/{n}">{name}</a> — {date} — Main Hall</li>' for n, (name, date) in enumerate(rows)
            )
            + "</ul>",
            "table": "<h1>Events</h1><table><tr><th>Event</th><th>Date</th><th>Location</th></tr>"
            + "".join(f"<tr><td>{name}</td><td>{date}</td><td>Main Hall</td></tr>" for name, date in rows)
            + "</table>",
        }

    for when, first, last in RANGES:
        for shape, body in shapes(when).items():
            events = parse(body)
            assert [(event.title, event.start, event.end) for event in events][:1] == [
                ("Spring Book Fair", first, last)
            ], (when, shape)
            assert [event.venue_name for event in events] == ["Main Hall"] * 3, (when, shape)


def test_an_hour_after_a_dash_or_until_is_no_last_day():
    for when in ("March 6 – 8 pm", "March 6, 2027 - 8:00 pm", "March 6 till 8 o'clock"):
        cards = "".join(
            f'<div class="event"><h3><a href="/e/{n}">{name}</a></h3><p class="date">{date}</p></div>'
            for n, (name, date) in enumerate((("Spring Book Fair", when), *OTHER_DAYS))
        )
        event = parse(f"<h1>Events</h1>{cards}")[0]
        assert event.start in (at(3, 6), at(3, 6, 20)), when
        assert event.end is None, when


# --- a time an end word leads on a card's date line is the end, not the start -------------------------------
def lock_in(when: str, more: str = "") -> list:
    rows = (("Teen Lock-In", when), ("Author Talk", "April 10, 2027, 6 pm"), ("Seed Swap", "April 17, 2027, 10 am"))
    cards = "".join(
        f'<div class="event"><h3><a href="/e/{n}">{name}</a></h3><p class="date">{date}</p>{more if n == 0 else ""}</div>'
        for n, (name, date) in enumerate(rows)
    )
    return parse(f"<h1>Events</h1>{cards}")


def test_an_end_word_makes_its_time_the_end():
    for when in (
        "Friday, April 9, 2027 (ends 11:00 pm)",
        "Friday, April 9, 2027, ends at 11 pm",
        "April 9, 2027 until 11pm",
    ):
        event = lock_in(when)[0]
        assert (event.start, event.end, event.all_day) == (at(4, 9), None, True), when
    for when, more in (
        ("Friday, April 9, 2027, 7:00 pm (ends 11:00 pm)", ""),
        ("Friday, April 9, 2027 (ends 11:00 pm)", "<p>Doors 7 pm</p>"),
        ("Friday, April 9, 2027, 7 pm until 11pm", ""),
    ):
        event = lock_in(when, more)[0]
        assert (event.start, event.end) == (at(4, 9, 19), at(4, 9, 23)), when


# --- a card's line that labels its place before a colon names the venue -------------------------------------
def test_a_labelled_place_line_on_a_card_is_its_venue():
    for label, place in (
        ("Location", "Main Branch"),
        ("Venue", "Oak Room"),
        ("Where", "Garden Room"),
        ("Place", "Annex"),
    ):
        events = lock_in("April 9, 2027, 7 pm", f"<p>{label}: {place}</p>")
        assert (events[0].title, events[0].venue_name) == ("Teen Lock-In", place), label
    organiser = lock_in("April 9, 2027, 7 pm", "<p>Location: Main Branch</p><p>Contact: 12 Oak St</p>")[0]
    assert organiser.venue_name == "Main Branch"
    assert lock_in("April 9, 2027, 7 pm", "<p>Where: Our office, 12 Oak St</p>")[0].venue_name is None


# --- F16: rows "name | place | date": the part that names a place is the venue, not the title's tail ---------
def barred_rows(rows: tuple[str, ...]) -> str:
    return "<h1>Upcoming Events</h1>" + "".join(f"<p>{row}</p>" for row in rows)


def test_a_barred_rows_place_part_is_its_venue():
    events = parse(
        barred_rows(
            (
                "Spring Plant Sale | Riverside Community Center | Saturday, April 10, 2027 9:00 AM",
                "Composting Workshop | Oak Street Library | Tuesday, April 13, 2027 6:30 PM",
                "Garden Tour | Venue: The Blue Door | Saturday, April 24, 2027 10:00 AM",
            )
        )
    )
    assert [(event.title, event.venue_name, event.start) for event in events] == [
        ("Spring Plant Sale", "Riverside Community Center", at(4, 10, 9)),
        ("Composting Workshop", "Oak Street Library", at(4, 13, 18, 30)),
        ("Garden Tour", "The Blue Door", at(4, 24, 10)),
    ]


def test_a_barred_title_without_a_place_part_keeps_its_bars():
    events = parse(
        barred_rows(
            (
                "Jazz Series | Night One | Friday, May 7, 2027 8:00 PM",
                "Jazz Series | Night Two | Friday, May 14, 2027 8:00 PM",
                "Book Club | Monthly Meeting | Friday, May 21, 2027 7:00 PM",
            )
        )
    )
    assert [(event.title, event.venue_name) for event in events] == [
        ("Jazz Series | Night One", None),
        ("Jazz Series | Night Two", None),
        ("Book Club | Monthly Meeting", None),
    ]


# --- a What/Where/When table: the What cell alone is the title, not the page's heading before it ------------
def what_table(header: tuple[str, str, str], rows: tuple[tuple[str, str, str], ...]) -> str:
    cells = "".join(f"<th>{text}</th>" for text in header)
    body = "".join("<tr>" + "".join(f"<td>{text}</td>" for text in row) + "</tr>" for row in rows)
    return f"<h1>Community Events</h1><table><tr>{cells}</tr>{body}</table>"


def test_a_what_column_is_the_title_column():
    rows = (
        ("Spring Plant Sale", "Riverside Community Center", "Saturday, April 10, 2027 9:00 AM"),
        ("Composting Workshop", "Oak Street Library", "Tuesday, April 13, 2027 6:30 PM"),
        ("Garden Tour", "Maple Park", "Saturday, April 24, 2027 10:00 AM"),
    )
    events = parse(what_table(("What", "Where", "When"), rows))
    assert [(event.title, event.venue_name, event.start) for event in events] == [
        ("Spring Plant Sale", "Riverside Community Center", at(4, 10, 9)),
        ("Composting Workshop", "Oak Street Library", at(4, 13, 18, 30)),
        ("Garden Tour", "Maple Park", at(4, 24, 10)),
    ]


def test_a_what_to_bring_column_is_no_title_column():
    rows = (
        ("Gloves", "Spring Plant Sale", "April 10, 2027"),
        ("A notebook", "Composting Workshop", "April 13, 2027"),
        ("Water", "Garden Tour", "April 24, 2027"),
    )
    events = parse(what_table(("What to bring", "Event", "Date"), rows))
    assert [event.title for event in events] == ["Spring Plant Sale", "Composting Workshop", "Garden Tour"]
