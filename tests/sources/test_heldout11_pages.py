"""The eleventh held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout11.json: measured
once at 377f789, two of its ten files committed), each rule on a small document of our own: a schedule served as a
bare <table> fragment, with its header in German and each name in bold over its host; "16. 5. 2027" written with
spaces; "Thursday, 7/3" settled by its weekday; a bold link that is no heading; a card's "RESCHEDULED:" prefix kept as
the source's wording; a cell's line breaks; a place's abbreviation dot and its "located at"; a "canceled" marker set
apart on an event's page; an end date with its "Time:" under it; an AddEvent widget's dates written in words and its
place for the page's event; items kept as JSON in a data attribute; one event written twice; a page's name field;
a German place label and its route-planner link.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import zoneinfo

import lxml.html

from sources.adapters import registry
from sources.adapters._calendar_links import page_calendar_links
from sources.adapters._page_dates import find_dates
from sources.adapters.html import GenericPageAdapter
from tests.sources.helpers import parse_body, parse_page

VIENNA = zoneinfo.ZoneInfo("Europe/Vienna")
CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
SEATTLE = zoneinfo.ZoneInfo("America/Los_Angeles")


def vienna(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day, tzinfo=VIENNA)


# --- 1. a schedule served as a bare <table> fragment ------------------------------------------------------------
def tournament_table(header: str, rows: str) -> str:
    return f"<table class='calendar'><tr>{header}</tr>{rows}</table>\n"


ROWS = (
    "<tr><td>09.05.2027</td><td><b>Fr\u00fchjahrsturnier</b><br>TSC Beispiel</td><td>Stadthalle Linz</td></tr>"
    "<tr><td>16.05.2027</td><td><b>Landesmeisterschaft Latein</b><br>TSC Muster</td><td>Kulturzentrum Graz</td></tr>"
)


def test_a_bare_table_fragment_is_an_html_page() -> None:
    payload = tournament_table("<td>Datum</td><td>Bezeichnung</td><td>Ort</td>", ROWS).encode()
    assert GenericPageAdapter.sniff(payload)
    assert registry.sniff(payload) is GenericPageAdapter


# --- 2. a table headed in German: its date, name and place columns -----------------------------------------------
def test_a_german_header_names_the_date_name_and_place_columns() -> None:
    events = parse_page(
        tournament_table("<td>Datum</td><td>Bezeichnung</td><td>Ort</td>", ROWS.replace("<b>", "").replace("</b>", "")),
        zone=VIENNA, base=None, start=vienna(2027, 5, 1),
    )  # fmt: skip
    assert [(event.start, event.venue_name) for event in events] == [
        (dt.date(2027, 5, 9), "Stadthalle Linz"),
        (dt.date(2027, 5, 16), "Kulturzentrum Graz"),
    ]
    assert events[0].title.startswith("Fr\u00fchjahrsturnier")  # the name column's, not the page's "Meeting"


# --- 3. a name in bold over its host on the next line -----------------------------------------------------------
def test_a_name_cells_bold_first_line_is_the_name() -> None:
    events = parse_page(
        tournament_table("<th>Date</th><th>Event</th><th>Place</th>", ROWS), zone=VIENNA, base=None,
        start=vienna(2027, 5, 1),
    )  # fmt: skip
    assert [event.title for event in events] == ["Fr\u00fchjahrsturnier", "Landesmeisterschaft Latein"]


# --- 4. a date written day, month and year, each closed by a dot and a space ------------------------------------
def test_a_spaced_dotted_date_is_read_day_first() -> None:
    today = dt.date(2027, 5, 1)
    (hit,) = find_dates("Sa., 16. 5. 2027, 16:00 Uhr", year_hint=None, today=today)
    assert (hit.date, hit.year_written) == (dt.date(2027, 5, 16), True)
    assert find_dates("Punkte 1. 2. 3. und 4.", year_hint=None, today=today) == []  # no year: an enumeration
    assert find_dates("Version 16. 5. 2027x", year_hint=None, today=today) == []


# --- 5. a weekday settles a year-less "7/3" --------------------------------------------------------------------
def test_a_weekday_decides_a_year_less_slashed_dates_order_and_year() -> None:
    today = dt.date(2025, 7, 4)

    def day(text: str) -> list[dt.date]:
        return [hit.date for hit in find_dates(text, year_hint=None, today=today)]

    assert day("Thursday, 7/3: Tisket Tasket") == [dt.date(2025, 7, 3)]  # month first, this year (a Thursday)
    assert day("Thursday 3/7") == [dt.date(2025, 7, 3)]  # day first: 3 July is the Thursday near today
    assert day("Saturday, 7/5") == [dt.date(2025, 7, 5)]
    assert day("Mon 3/4 cup of flour") == []  # neither 4 March nor 3 April is a Monday near today: no date
    assert day("Fri 3/13/26") == [dt.date(2026, 3, 13)]  # a written year: the slashed form, as before


def test_weekday_led_lines_are_a_food_truck_schedule() -> None:
    lines = "".join(
        f"<p><span>{line}</span></p>"
        for line in ("Thursday, 7/3: Taco Cart", "Saturday, 7/5: Noodle Van", "Thursday, 7/10: Pie Truck")
    )
    events = parse_body(
        f"<h2>Food Trucks</h2><div>{lines}</div>", title="Brewery", zone=SEATTLE, base=None,
        start=dt.datetime(2025, 7, 4, tzinfo=SEATTLE),
    )  # fmt: skip
    assert [(event.title, event.start) for event in events] == [
        ("Taco Cart", dt.date(2025, 7, 3)),
        ("Noodle Van", dt.date(2025, 7, 5)),
        ("Pie Truck", dt.date(2025, 7, 10)),
    ]


# --- 6. a bold line that is only a link is no heading -----------------------------------------------------------
def test_a_bold_web_address_is_not_the_schedules_heading() -> None:
    body = (
        "<h1>Harbor Board Minutes</h1><p><b><a href='https://courts.example.gov/harbor'>"
        "https://courts.example.gov/harbor</a></b></p><p>Meetings are held at 4:00 pm in Room 2.</p>"
        "<p>January 7, 2027</p><p>February 4, 2027</p><p>March 4, 2027</p>"
    )
    events = parse_body(
        body, title="Harbor Board", zone=NEW_YORK, base=None, start=dt.datetime(2027, 1, 1, tzinfo=NEW_YORK)
    )
    assert {event.title for event in events} == {"Harbor Board meeting"}


# --- 7. a card's status prefix: cut from its title, kept as the source's wording --------------------------------
def test_a_cards_status_prefix_is_kept_as_its_source_title() -> None:
    cards = "".join(
        f"<div class='event'><div class='date'>{day}</div><h3><a href='/e/{n}'>{name}</a></h3></div>"
        for n, (day, name) in enumerate((("July 24 2027", "RESCHEDULED: The Paper Boats"), ("July 26 2027", "Lamp")))
    )
    events = parse_body(
        f"<h1>Upcoming</h1>{cards}", title="Arena", zone=CHICAGO, base="https://arena.example/events",
        start=dt.datetime(2027, 4, 1, tzinfo=CHICAGO),
    )  # fmt: skip
    first = events[0]
    assert (first.title, first.status, first.source_title) == (
        "The Paper Boats", "rescheduled", "RESCHEDULED: The Paper Boats",
    )  # fmt: skip
    assert events[1].source_title is None


# --- 8. a table cell's line breaks part what they part -----------------------------------------------------------
def test_a_cells_line_breaks_separate_a_status_from_a_place() -> None:
    rows = "".join(
        f"<tr><td>{cell}</td><td><a href='/a/{n}.pdf'>Agenda</a></td></tr>"
        for n, cell in enumerate(
            ("Thu, Jan 14, 2027 <br/><strong>Cancelled</strong><br/>Room 4", "Thu, Feb 11, 2027 -- 10:00am<br/>Room 4")
        )
    )
    events = parse_body(
        f"<h3>Port Board Meetings</h3><table><tr><td>DATE</td><td>AGENDA</td></tr>{rows}</table>", title="Port",
        zone=NEW_YORK, base="https://port.example/board", start=dt.datetime(2027, 1, 1, tzinfo=NEW_YORK),
    )  # fmt: skip
    assert [event.status for event in events] == ["cancelled", "scheduled"]


# --- 9. a place with an abbreviation's dot, and the address after "located at" ----------------------------------
def schedule_under(sentence: str) -> list:
    body = f"<h1>Stadium Authority Meetings</h1><p>{sentence}</p><ul><li>May 13, 2027</li><li>June 10, 2027</li></ul>"
    return parse_body(body, title="Authority", zone=NEW_YORK, base=None, start=dt.datetime(2027, 5, 1, tzinfo=NEW_YORK))


def test_an_abbreviations_dot_inside_a_stated_place_does_not_end_it() -> None:
    events = schedule_under(
        "Board Meetings are typically held on the second Thursday of each month at the David L. Lawrence "
        "Convention Center at 10:30am. Changes will be advertised."
    )
    assert {event.venue_name for event in events} == {"the David L. Lawrence Convention Center"}


def test_located_at_ends_the_stated_place_without_a_comma() -> None:
    events = schedule_under(
        "Meetings are held at 4:00 pm on the first Thursday of every month in The Gold Room on the 4th floor "
        "located at 436 Grant Street."
    )
    assert {event.venue_name for event in events} == {"The Gold Room on the 4th floor"}


# --- 10. a single event's "canceled" marker, set apart below its details ----------------------------------------
def test_a_status_word_alone_on_its_line_is_the_events_status() -> None:
    details = "".join(
        f"<p>{line}</p>" for line in ("Board meeting", "Public welcome", "Room 3", "Agenda soon", "Bring ID")
    )
    body = (
        f"<h1>Housing Board Meeting</h1><p>Thursday, September 16, 2027 5:00 pm</p>{details}"
        "<p class='cancel-info'>canceled</p>"
    )
    (event,) = parse_body(body, title="Housing", zone=CHICAGO, base=None, start=dt.datetime(2027, 9, 1, tzinfo=CHICAGO))
    assert event.status == "cancelled"


# --- 11. an end date with its time on the "Time:" field under it -------------------------------------------------
def test_an_end_dates_time_field_below_it_is_the_end() -> None:
    fields = "".join(
        f"<dt>{label}</dt><dd>{value}</dd>"
        for label, value in (
            ("Start:", "September 16, 2027"), ("Time:", "5:00 pm"), ("End:", "September 16, 2027"), ("Time:", "6:30 pm"),
        )
    )  # fmt: skip
    (event,) = parse_body(
        f"<h1>Housing Board Meeting</h1><dl>{fields}</dl>", title="Housing", zone=CHICAGO, base=None,
        start=dt.datetime(2027, 9, 1, tzinfo=CHICAGO),
    )  # fmt: skip
    assert (event.start, event.end) == (
        dt.datetime(2027, 9, 16, 17, 0, tzinfo=CHICAGO), dt.datetime(2027, 9, 16, 18, 30, tzinfo=CHICAGO),
    )  # fmt: skip


# --- 12. an AddEvent widget whose dates are written as the page writes them --------------------------------------
def addevent_widget(start: str, end: str) -> str:
    return (
        "<div class='addeventatc'>Add to Calendar"
        f"<span class='start'>{start}</span><span class='end'>{end}</span>"
        "<span class='timezone'>America/Chicago</span><span class='title'>Housing Board Meeting</span>"
        "<span class='location'>1407 Oak St. Fort Worth, TX 76102</span></div>"
    )


def test_an_addevent_widgets_start_written_in_words_is_read() -> None:
    root = lxml.html.fromstring(
        "<div>" + addevent_widget("Thursday, February 25, 2027 12:00 PM", "02/25/2027 01:00 PM") + "</div>"
    )
    (linked,) = page_calendar_links(root, base_url=None, zone=CHICAGO)
    assert (linked.start, linked.end) == (
        dt.datetime(2027, 2, 25, 12, 0, tzinfo=CHICAGO), dt.datetime(2027, 2, 25, 13, 0, tzinfo=CHICAGO),
    )  # fmt: skip


# --- 13. the page's event from its text, what only its calendar widget says from the widget -----------------------
def test_a_pages_own_calendar_widget_fills_its_events_place_and_keeps_its_documents() -> None:
    body = (
        "<h1>Housing Board Meeting</h1><p>Thursday, February 25, 2027<br>12:00 PM \u2013 01:00 PM</p>"
        + addevent_widget("02/25/2027 12:00 PM", "02/25/2027 01:00 PM")
        + "<p><a href='/docs/agenda-2027-02-25.pdf'>Download Agenda PDF</a></p>"
    )
    (event,) = parse_body(
        body, title="Housing", zone=CHICAGO, base="https://housing.example/event/board/",
        start=dt.datetime(2027, 2, 1, tzinfo=CHICAGO),
    )  # fmt: skip
    assert event.venue_name == "1407 Oak St. Fort Worth, TX 76102"
    assert [link["url"] for link in event.links] == ["https://housing.example/docs/agenda-2027-02-25.pdf"]
    assert event.end == dt.datetime(2027, 2, 25, 13, 0, tzinfo=CHICAGO)


# --- 14. items kept as JSON in a widget's data attribute --------------------------------------------------------
def test_items_kept_as_json_in_a_data_attribute_are_read() -> None:
    items = {
        "userItems": [
            {"title": "Taco Night", "description": "<p>Fri 3/12/27</p><p>5pm-8pm</p>"},
            {"title": "Noodle Bar", "description": "<p>Sat 3/13/27</p><p>4:30-7:30pm</p>"},
        ]
    }
    body = f"<div class='carousel' data-current-context=\"{html.escape(json.dumps(items))}\"></div>"
    records = parse_body(body, title="Brewery", zone=SEATTLE, base=None, start=dt.datetime(2027, 3, 1, tzinfo=SEATTLE))
    assert [(event.title, event.start, event.end) for event in records] == [
        (
            "Taco Night",
            dt.datetime(2027, 3, 12, 17, 0, tzinfo=SEATTLE),
            dt.datetime(2027, 3, 12, 20, 0, tzinfo=SEATTLE),
        ),
        (
            "Noodle Bar",
            dt.datetime(2027, 3, 13, 16, 30, tzinfo=SEATTLE),
            dt.datetime(2027, 3, 13, 19, 30, tzinfo=SEATTLE),
        ),
    ]


# --- 15. one event written twice is no schedule ------------------------------------------------------------------
def test_one_event_written_twice_is_one_event() -> None:
    body = (  # a banner over the announcement's fields, the date and hour again in its "Datum und Beginn" field
        "<table width=100%><tr><td colspan=2><b>15. 5. 2027, 16:00: Stadtmeisterschaft / <a href='/rules'>OFFEN</a>"
        " (12)</b></td><tr><td><table><tr><td colspan=2>Sa., 15. 5. 2027, 16:00 Uhr</td></tr></table>"
    )
    events = parse_body(body, title="Ausschreibung", zone=VIENNA, base=None, start=vienna(2027, 5, 1))
    assert [event.start for event in events] == [dt.datetime(2027, 5, 15, 16, 0, tzinfo=VIENNA)]


# --- 16. the field that names the event on a page with no heading ------------------------------------------------
def test_a_name_field_names_a_page_without_a_heading() -> None:
    body = (
        "<table><tr><td><b>Bezeichnung:</b></td></tr><tr><td>Harbour Regatta Cup</td></tr>"
        "<tr><td><b>Datum:</b></td></tr><tr><td>Sa., 5. 6. 2027, 10:00 Uhr</td></tr></table>"
    )
    (event,) = parse_body(body, title="Ausschreibung", zone=VIENNA, base=None, start=vienna(2027, 5, 1))
    assert (event.title, event.start) == ("Harbour Regatta Cup", dt.datetime(2027, 6, 5, 10, 0, tzinfo=VIENNA))


# --- 17. a German place label, and the route planner beside the place ---------------------------------------------
def single_with_place(label: str, place: str) -> list:
    body = f"<h1>Stadtmeisterschaft</h1><p>Datum: Sa., 5. 6. 2027, 10:00 Uhr</p><p>{label}</p><p>{place}</p>"
    return parse_body(body, title="Turnier", zone=VIENNA, base=None, start=vienna(2027, 5, 1))


def test_a_tournaments_place_label_names_its_place() -> None:
    (event,) = single_with_place("Turnierort:", "Stadthalle, 8111 Judendorf, Hauptplatz 2")
    assert event.venue_name == "Stadthalle, 8111 Judendorf, Hauptplatz 2"


def test_a_route_planner_link_beside_a_place_is_not_part_of_it() -> None:
    (event,) = single_with_place(
        "Location:",
        "Stadthalle, Hauptplatz 2 <a href='https://maps.google.at/maps?q=Hauptplatz+2'>-&gt; Routenplaner</a>",
    )
    assert event.venue_name == "Stadthalle, Hauptplatz 2"
