"""Misreadings a reviewer found and left (helper leftreview), each on a small document of our own, with the
look-alikes the narrowed rules must still read:

1. a bus's or a train's timetable ("Monday 6:10 am – Depart Central Station") is no weekly programme: departures,
   arrivals, stops and routes are no events (_page_weekly_transit), while a class timetable still is;
2. a month grid's "View all events", "+3 more" and tag or category links are navigation, not events
   (_page_nav_links, read by _page_grid_cells);
3. "All classes at Beginner level", "All events at Half Price": after "at", a level, a price or a discount is no
   place for a timetable's classes (_page_weekly_place);
4. a calendar, a JSON answer or an XML feed behind a leading <script> is read as its own kind, not as a page
   (_leading_scripts, read by extraction with --kind auto).
"""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest

from sources.adapters import _leading_scripts, _page_nav_links, _page_weekly_place, _page_weekly_transit
from sources.adapters.base import FetchWindow
from sources.adapters.webpage import looks_like_html
from sources.extraction import ExtractionError, extract_document
from tests.hostile import superlinear_shape

CHICAGO = zoneinfo.ZoneInfo("America/Chicago")
NOW = dt.datetime(2027, 3, 1, tzinfo=CHICAGO)


def extract(body: str, *, url: str = "https://hall.example.org/page"):
    window = FetchWindow(NOW - dt.timedelta(days=30), NOW + dt.timedelta(days=365))
    return extract_document(body.encode(), window=window, page_url=url, zone=CHICAGO)


def read(body: str) -> list:
    return extract(body).events


def titles(events: list) -> set[str]:
    return {event["title"] for event in events}


def page(title: str, lines: list[str], heading: str | None = None, extra: str = "") -> str:
    return (
        f"<html lang='en'><head><title>{title}</title></head><body><h1>{heading or title}</h1>"
        + "".join(f"<p>{line}</p>" for line in lines)
        + f"{extra}</body></html>"
    )


def test_the_new_patterns_stay_linear() -> None:
    for pattern in (
        _page_weekly_transit.MOVEMENT,
        _page_weekly_transit.ROUTE,
        _page_weekly_transit.TRANSPORT_TIMETABLE,
        _page_nav_links.MORE_LINK,
        _page_nav_links.HASHTAG,
        _page_weekly_place.NOT_A_PLACE,
    ):
        assert superlinear_shape(pattern) is None, pattern.pattern


# --- 1. a transport timetable ---------------------------------------------------------------------------------------
BUS_RUNS = [
    "Monday 6:10 am – Depart Central Station",
    "Monday 6:40 am – Arrive Airport",
    "Monday 7:10 am – Depart Central Station",
    "Monday 7:40 am – Arrive Airport",
]


def test_a_route_timetable_gives_no_events() -> None:
    assert read(page("Route 5 timetable", BUS_RUNS)) == []


@pytest.mark.parametrize("title", ["Route 5 timetable", "Bus times", "Ferry schedule", "Line 3 timetable"])
def test_a_page_named_a_transport_timetable_gives_no_weekly_events_even_of_stop_names(title: str) -> None:
    stops = ["Mondays 6:10 am Central Station", "Mondays 6:25 am Main Street", "Mondays 6:40 am Airport"]

    assert read(page(title, stops)) == []


@pytest.mark.parametrize(
    "runs",
    [
        [
            "Mondays 6:10 am – Depart Central Station",
            "Mondays 6:40 am – Arrive Airport",
            "Mondays 7:10 am – Departs from Main St",
        ],
        ["Tuesdays 6:10 am Route 5 to Airport", "Tuesdays 7:10 am Route 5 to Airport", "Tuesdays 8:10 am Bus 12"],
    ],
)
def test_departures_arrivals_and_routes_are_no_weekly_events_on_any_page(runs: list[str]) -> None:
    # The page does not call itself a transport timetable: the lines' own names say they are runs.
    assert read(page("Getting here", runs, heading="Weekly timetable")) == []


CLASSES = ["Monday 6pm – Vinyasa Flow", "Tuesday 7pm – Beginners' Salsa", "Thursday 7pm – Line Dancing"]


def test_a_class_timetable_is_still_read_weekly() -> None:
    # Hard negative: the singular-weekday timetable of a studio, one class named for a line of dancers.
    assert titles(read(page("Class timetable", CLASSES))) == {"Vinyasa Flow", "Beginners' Salsa", "Line Dancing"}


def test_a_group_that_departs_together_is_still_an_event() -> None:
    # Hard negative: a walking group meets and leaves from somewhere; the name does not open with the movement.
    lines = [
        "Mondays 9am Walking group departs from the library",
        "Wednesdays 10am Arrival of Spring craft circle",
        "Fridays 6pm Route 66 Rock Night",
    ]

    assert titles(read(page("Our weekly programme", lines))) == {
        "Walking group departs from the library",
        "Arrival of Spring craft circle",
        "Route 66 Rock Night",
    }


@pytest.mark.parametrize(
    ("name", "transit"),
    [
        ("Depart Central Station", True),
        ("Arrives Airport", True),
        ("Departure from Pier 3", True),
        ("Calls at Main Street", True),
        ("Route 5 to Airport", True),
        ("Bus 12", True),
        ("Platform 2", True),
        ("Arrival", False),  # a film's title
        ("Arrival of the Queen of Sheba", False),
        ("Line Dancing", False),
        ("Route 66 Rock Night", False),
        ("Bus Stop Dance Class", False),
    ],
)
def test_a_timetable_lines_name_is_a_run_only_when_it_opens_with_one(name: str, transit: bool) -> None:
    assert _page_weekly_transit.transit_name(name) is transit


# --- 2. a month grid's navigation links --------------------------------------------------------------------------------
def grid(cells: dict[int, str]) -> str:
    tds = "".join(
        f"<td id='calendar-2027-03-{day:02d}'><span>{day}</span>{cells.get(day, '')}</td>" for day in range(1, 15)
    )
    return f"<html><head><title>Calendar</title></head><body><h1>March 2027</h1><table><tr>{tds}</tr></table></body></html>"


def test_a_grid_cells_more_and_tag_links_are_no_events() -> None:
    body = grid(
        {
            3: "<div><a href='/e/jazz'>Jazz Night</a> 7:30 pm</div><a href='/calendar/day/2027-03-03'>View all events</a>",
            5: "<div><a href='/e/slam'>Poetry Slam</a> <a href='/category/literature'>Literature</a></div>"
            "<a href='/calendar/day/2027-03-05'>+3 more</a>",
            7: "<div><a href='/e/quiz'>Pub Quiz</a></div><a href='/calendar/day/2027-03-07'>More events</a> "
            "<a href='/tag/music'>#music</a> <a href='/events/?category=family'>Family</a>",
        }
    )

    assert titles(read(body)) == {"Jazz Night", "Poetry Slam", "Pub Quiz"}


def test_a_grid_cells_events_whose_names_look_like_navigation_are_still_read() -> None:
    # Hard negatives: titles opening with "More" or "#", a recurring event's page dated by the day, a slug with "tag".
    body = grid(
        {
            3: "<div><a href='/e/more-than-words'>More Than Words: a reading</a></div>",
            5: "<div><a href='/e/hits'>#1 Hits Live</a></div>",
            7: "<div><a href='/event/jazz-night/2027-03-07/'>Jazz Night</a></div>",
            9: "<div><a href='/events/tag-rugby'>Tag Rugby</a></div>",
        }
    )

    assert titles(read(body)) == {"More Than Words: a reading", "#1 Hits Live", "Jazz Night", "Tag Rugby"}


# --- 3. a level or a price after "at" --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "note",
    [
        "All classes at Beginner level",
        "All events at Half Price",
        "All classes at 50% off",
        "All sessions at 10 euros",
        "All courses at Reduced rates for members",
        "All classes at Beginner to Intermediate level",
    ],
)
def test_a_level_or_a_price_after_at_is_no_place(note: str) -> None:
    events = read(page("Class timetable", CLASSES, extra=f"<p>{note}</p>"))

    assert events
    assert {event.get("venue_name") for event in events} == {None}


@pytest.mark.parametrize(
    ("note", "place"),
    [
        ("All classes at the Main Street Studio, 12 Main St.", "Main Street Studio, 12 Main St"),
        ("All classes at Level 2, 12 Main St", "Level 2, 12 Main St"),  # a floor, not a skill level
        ("All classes at Advanced Dance Studio", "Advanced Dance Studio"),  # a level's word in a studio's name
        ("All events at Half Moon Bay Hall", "Half Moon Bay Hall"),  # "Half" before no price
    ],
)
def test_a_place_after_at_is_still_every_classs_place(note: str, place: str) -> None:
    events = read(page("Class timetable", CLASSES, extra=f"<p>{note}</p>"))

    assert {event["venue_name"] for event in events} == {place}


# --- 4. another kind of document behind a leading script -------------------------------------------------------------
SCRIPT = "<script>window.dataLayer = window.dataLayer || [];</script>\n<!-- consent -->\n"
ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Hall//Events//EN\r\nBEGIN:VEVENT\r\nUID:1@hall.example.org\r\n"
    "DTSTAMP:20270101T000000Z\r\nDTSTART:20270410T190000Z\r\nSUMMARY:Spring Concert\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)
JSON = '{"events": [{"title": "Spring Concert", "start": "2027-04-10T19:00:00Z", "venue": "Town Hall"}]}'
RSS = (
    '<?xml version="1.0"?><rss version="2.0" xmlns:ev="http://purl.org/rss/1.0/modules/event/"><channel>'
    "<title>Hall</title><link>https://hall.example.org/</link><item><title>Spring Concert</title>"
    "<ev:startdate>2027-04-10T19:00:00Z</ev:startdate><link>https://hall.example.org/e/1</link></item></channel></rss>"
)


@pytest.mark.parametrize(("body", "kind"), [(ICS, "ics"), (JSON, "json_api"), (RSS, "rss")])
def test_a_document_behind_a_leading_script_is_read_as_its_own_kind(body: str, kind: str) -> None:
    result = extract(SCRIPT + body)

    assert result.adapter == kind
    assert titles(result.events) == {"Spring Concert"}
    assert [event["start"][:16] for event in result.events] == ["2027-04-10T14:00"]  # 19:00Z in Chicago (CDT)


def test_a_page_opening_with_a_script_is_still_a_page() -> None:
    # Hard negatives: a page whose scripts come before its markup, and a fragment that is only a script.
    body = SCRIPT + "<div class='event'><h3>Jazz Night</h3><p>April 7, 2027 7:00 PM</p></div>"

    assert extract(body).adapter == "html"
    assert titles(read(body)) == {"Jazz Night"}
    assert _leading_scripts.after_leading_scripts(b"<script>window.x = {};</script>") is None


@pytest.mark.parametrize(
    "payload",
    [b"<script>BEGIN:VCALENDAR", b"<!-- open", b"<script></script>" * 50 + b"BEGIN:VCALENDAR", b"BEGIN:VCALENDAR"],
)
def test_odd_leading_scripts_fail_closed(payload: bytes) -> None:
    # An unclosed script or comment, too many blocks, or no script at all: nothing is cut.
    assert _leading_scripts.after_leading_scripts(payload) is None


def test_an_explicit_kind_is_not_second_guessed() -> None:
    # --kind html on a calendar behind a script: it is no page, and it is not read as a calendar behind one's back.
    window = FetchWindow(NOW - dt.timedelta(days=30), NOW + dt.timedelta(days=365))

    with pytest.raises(ExtractionError, match="Not an HTML page"):
        extract_document((SCRIPT + ICS).encode(), window=window, kind="html", zone=CHICAGO)


@pytest.mark.parametrize(
    ("payload", "page"),
    [
        (SCRIPT + ICS, False),
        (SCRIPT + JSON, False),
        ("<script>window.__DATA__ = {};</script>", True),  # a fragment that is only a script
        (SCRIPT + "<div><h3>Jazz Night</h3></div>", True),
        ('<script type="application/ld+json">{}</script>\nTickets on sale', True),  # a JSON-LD fragment
    ],
)
def test_a_leading_script_makes_a_page_only_when_markup_or_nothing_follows(payload: str, page: bool) -> None:
    assert looks_like_html(payload.encode()) is page
