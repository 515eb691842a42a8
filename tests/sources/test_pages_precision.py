"""The `html` adapter on ordinary pages a reviewer wrote to probe the page rules' precision (issue #13 review,
second round): a line of a card that is not the event's time, a date that trails its row, news and closures
under a date, the place a row names, rows without a title column, menus and post lists. Each test is a minimal
page of its own; a fixed window (2027)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from tests.sources.helpers import parse_page

ZONE = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
BASE = "https://arts.example/events"


def parse(body: str, *, title: str = "Events | Riverside Arts Center") -> list:
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return parse_page(html, zone=ZONE, base=BASE, start=START)


def at(month: int, day: int, hour: int | None = None, minute: int = 0) -> dt.date:
    return dt.datetime(2027, month, day, hour, minute, tzinfo=ZONE) if hour is not None else dt.date(2027, month, day)


def card(slug: str, name: str, lines: list[str]) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines)
    return f'<div class="event"><h3><a href="/w/{slug}">{name}</a></h3>{body}</div>'


# --- a. a deadline or office-hours line of a card is not the event's time ------------------------------------
def test_a_registration_deadline_line_gives_the_card_no_time():
    page = "<h1>Workshops</h1>" + "".join(
        card(slug, name, [f"Saturday, January {day}, 2027", "Register by 5 p.m. Friday"])
        for slug, name, day in (("pottery", "Pottery for Beginners", 9), ("weaving", "Weaving Basics", 16))
    )
    assert [(event.title, event.start) for event in parse(page)] == [
        ("Pottery for Beginners", at(1, 9)),
        ("Weaving Basics", at(1, 16)),
    ]


def test_an_office_hours_line_gives_the_card_no_time_but_a_later_time_line_does():
    page = "<h1>Upcoming events</h1>" + "".join(
        card(slug, name, [f"Thursday, February {day}, 2027", "Office: 9am-5pm, call 555-0100", "Doors 7:30 pm"])
        for slug, name, day in (("talk", "Artist Talk: Mia Chen", 4), ("film", "Film Night", 11))
    )
    assert [(event.title, event.start, event.end) for event in parse(page)] == [
        ("Artist Talk: Mia Chen", at(2, 4, 19, 30), None),
        ("Film Night", at(2, 11, 19, 30), None),
    ]


def test_a_time_line_of_a_card_is_still_its_time():
    page = "<h1>Upcoming events</h1>" + "".join(
        card(slug, name, [f"Thursday, February {day}, 2027", "6–8 p.m."])
        for slug, name, day in (("talk", "Artist Talk", 4), ("film", "Film Night", 11))
    )
    assert [(event.start, event.end) for event in parse(page)] == [
        (at(2, 4, 18), at(2, 4, 20)),
        (at(2, 11, 18), at(2, 11, 20)),
    ]


def test_a_deadline_or_office_line_under_a_schedule_line_or_a_date_heading_gives_no_time():
    items = "".join(
        f"<li>{name} — Saturday, January {day}, 2027<br>Register by 5 p.m.</li>"
        for name, day in (("Pottery", 9), ("Weaving", 16), ("Knitting", 23))
    )
    assert [event.start for event in parse(f"<h1>Workshops</h1><ul>{items}</ul>")] == [at(1, 9), at(1, 16), at(1, 23)]
    sections = "".join(
        f"<h2>Saturday, January {day}, 2027</h2><p>{name}</p><p>Office: 9am-5pm</p>"
        for name, day in (("Pottery", 9), ("Weaving", 16))
    )
    assert [(event.title, event.start) for event in parse(sections)] == [("Pottery", at(1, 9)), ("Weaving", at(1, 16))]
    sections = "".join(
        f"<h2>Saturday, January {day}, 2027</h2><p>{name}</p><p>10 a.m. – noon</p>"
        for name, day in (("Pottery", 9), ("Weaving", 16))
    )
    assert [event.start for event in parse(sections)] == [at(1, 9, 10), at(1, 16, 10)]


# --- b. a date that trails its row (its name, then its date) -------------------------------------------------
def test_a_date_after_its_rows_name_is_that_rows_date_not_a_bar_over_the_next_row():
    rows = "".join(
        f'<div class="row"><p>{time}</p><h3><a href="/e/{slug}">{name}</a></h3><p>{date}</p></div>'
        for time, slug, name, date in (
            ("7:00 p.m.", "author", "Author Talk: Jane Smith", "Tuesday, March 9, 2027"),
            ("10:00 a.m.", "seed", "Seed Swap", "Saturday, March 13, 2027"),
        )
    )
    events = parse(f"<h1>Upcoming events</h1><div>{rows}</div>")
    assert [(event.title, event.start, event.url) for event in events] == [
        ("Author Talk: Jane Smith", at(3, 9, 19), "https://arts.example/e/author"),
        ("Seed Swap", at(3, 13, 10), "https://arts.example/e/seed"),
    ]


def test_a_list_item_holding_a_linked_name_then_its_date_is_titled_by_the_name():
    items = "".join(
        f'<li><a href="/e/{slug}">{name}</a><br>{date}</li>'
        for slug, name, date in (
            ("author", "Author Talk: Jane Smith", "Tuesday, March 9"),
            ("seed", "Seed Swap", "Saturday, March 13"),
        )
    )
    events = parse(f"<h1>Upcoming events</h1><ul>{items}</ul>", title="Events | Millbrook Library")
    assert [(event.title, event.start, event.url) for event in events] == [
        ("Author Talk: Jane Smith", at(3, 9), "https://arts.example/e/author"),
        ("Seed Swap", at(3, 13), "https://arts.example/e/seed"),
    ]


def test_bare_rows_each_a_linked_name_then_its_date_are_a_list_not_one_event():
    # Rows of bare <div>s: each date line was a lone date, and the page one event titled "Upcoming events".
    rows = "".join(
        f'<div><h3><a href="/e/{slug}">{name}</a></h3><p>{date}</p></div>'
        for slug, name, date in (
            ("author", "Author Talk", "Tuesday, March 9, 2027"),
            ("seed", "Seed Swap", "Saturday, March 13, 2027"),
        )
    )
    events = parse(f"<h1>Upcoming events</h1><div>{rows}</div>")
    assert [(event.title, event.start, event.url) for event in events] == [
        ("Author Talk", at(3, 9), "https://arts.example/e/author"),
        ("Seed Swap", at(3, 13), "https://arts.example/e/seed"),
    ]


# --- c. news posts and closures under a date are held, not events --------------------------------------------
HELD = 0.5  # Policy.extraction_confidence_hold_below: under it a record waits for a moderator


def day_rows(day: str, rows: list[tuple[str, str]]) -> str:
    return (
        f"<div><p>{day}</p>"
        + "".join(f'<div class="row"><p>{when}</p><h2>{name}</h2></div>' for when, name in rows)
        + "</div>"
    )


def test_closures_hours_and_news_posts_under_a_date_bar_are_held():
    page = "<h1>Calendar</h1>" + "".join(
        (
            day_rows(
                "Monday, January 18",
                [
                    ("All Day", "Library Closed – Martin Luther King Jr. Day"),
                    ("10:00 a.m.", '<a href="/e/story">Storytime</a>'),
                ],
            ),
            day_rows(
                "Tuesday, January 19",
                [("9:00 a.m. – 1:00 p.m.", "Holiday Hours"), ("6:00 p.m.", '<a href="/e/club">Book Club</a>')],
            ),
            day_rows("Wednesday, January 20", [("All Day", '<a href="/news/director">Library names new director</a>')]),
        )
    )
    events = parse(page, title="Calendar | Millbrook Library")
    assert [(event.title, event.start, event.confidence >= HELD) for event in events] == [
        ("Library Closed – Martin Luther King Jr. Day", at(1, 18), False),
        ("Storytime", at(1, 18, 10), True),
        ("Holiday Hours", at(1, 19, 9), False),
        ("Book Club", at(1, 19, 18), True),
        ("Library names new director", at(1, 20), False),
    ]


def test_closure_lines_and_cards_are_held_but_a_closed_session_is_a_meeting():
    items = "".join(
        f"<li>{line}</li>"
        for line in (
            "January 18 – Library closed for Martin Luther King Jr. Day",
            "January 19, 10 a.m. – Storytime",
            "January 21, 6 p.m. – Board of Trustees closed session",
            "December 24 – Holiday hours: 10 a.m. – 2 p.m.",
            "December 25 – Closed",
        )
    )
    held = {event.title: event.confidence < HELD for event in parse(f"<h1>Calendar</h1><ul>{items}</ul>")}
    assert held == {
        "Library closed for Martin Luther King Jr. Day": True,
        "Storytime": False,
        "Board of Trustees closed session": False,
        "Holiday hours": True,
        "Closed": True,
    }
    cards = "".join(
        card(slug, name, [f"Monday, January {day}, 2027"])
        for slug, name, day in (("mlk", "Office Closed", 18), ("talk", "Artist Talk", 19), ("show", "Print Show", 20))
    )
    assert [event.confidence < HELD for event in parse(cards)] == [True, False, False]


# --- d. the organiser's office is not the event's place -------------------------------------------------------
MAP = "https://www.google.com/maps/place/Friends+of+the+Parks,+12+Oak+St,+Millbrook,+NY/@41.7,-73.9,17z"


def test_a_rows_labelled_place_beats_a_map_link_to_the_organisers_office():
    rows = "".join(
        f'<div class="row"><p>{when}</p><h2><a href="/e/{slug}">{name}</a></h2><p>{place}</p>'
        f'<p>Organised by Friends of the Parks <a href="{MAP}">Location</a></p></div>'
        for when, slug, name, place in (
            ("10:00 a.m.", "cleanup", "Spring Cleanup", "Venue: Riverside Park, north lawn"),
            ("2:00 p.m.", "birds", "Bird Walk", "Heron Marsh Trailhead"),
        )
    )
    events = parse(f"<h1>Calendar</h1><div><p>Saturday, April 10</p>{rows}</div>")
    assert [(event.title, event.start, event.venue_name) for event in events] == [
        ("Spring Cleanup", at(4, 10, 10), "Riverside Park, north lawn"),
        ("Bird Walk", at(4, 10, 14), None),  # the row names no place of its own: none rather than the office
    ]


def test_a_map_link_of_its_own_is_still_the_rows_place():
    rows = "".join(
        f'<div class="row"><p>{when}</p><h2><a href="/e/{slug}">{name}</a></h2>'
        f'<p><a href="https://www.google.com/maps/place/{place},+Millbrook,+NY/@41.7,-73.9">Location</a></p></div>'
        for when, slug, name, place in (
            ("10:00 a.m.", "c", "Spring Cleanup", "Riverside+Park"),
            ("2:00 p.m.", "b", "Bird Walk", "Heron+Marsh"),
        )
    )
    events = parse(f"<h1>Calendar</h1><div><p>Saturday, April 10</p>{rows}</div>")
    assert [event.venue_name for event in events] == ["Riverside Park", "Heron Marsh"]


def test_a_line_ends_its_place_where_a_sentence_about_the_organiser_starts():
    items = "".join(
        f"<li>April {day}, {hour} – {name} at {place}. Questions? Visit us at 12 Oak Street</li>"
        for day, hour, name, place in (
            (10, "10 a.m.", "Spring Cleanup", "St. Mary's Church"),
            (17, "8 a.m.", "Bird Walk", "Heron Marsh Trailhead"),
            (24, "9 a.m.", "Tree Planting", "Room 3"),
        )
    )
    events = parse(f"<h1>Events</h1><ul>{items}</ul>")
    assert [(event.title, event.venue_name) for event in events] == [
        ("Spring Cleanup", "St. Mary's Church"),
        ("Bird Walk", "Heron Marsh Trailhead"),
        ("Tree Planting", "Room 3"),
    ]


def test_a_cards_location_that_is_the_organisers_office_is_no_venue():
    cards = "".join(
        f'<div class="event"><h3><a href="/e/{slug}">{name}</a></h3><p>Saturday, April {day}, 2027, 10 a.m.</p>'
        f'<p class="location">{place}</p></div>'
        for slug, name, day, place in (
            ("cleanup", "Spring Cleanup", 10, "Our office: 12 Oak St"),
            ("birds", "Bird Walk", 17, "Heron Marsh Trailhead"),
        )
    )
    assert [event.venue_name for event in parse(cards)] == [None, "Heron Marsh Trailhead"]


# --- e. a month-row table with no title column ----------------------------------------------------------------
def test_month_row_table_rows_are_titled_and_timed_from_their_own_cells():
    rows = (
        ("March 2027",),
        ("Tue 9", "7 pm", "Quilting circle, Room 2"),
        ("Sat 13", "10 am", "Seed swap in the lobby"),
        ("April 2027",),
        ("Sat 3", "9 am", "Spring cleanup"),
    )
    body = "".join(
        f'<tr><td colspan="3">{row[0]}</td></tr>'
        if len(row) == 1
        else "<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>"
        for row in rows
    )
    events = parse(f"<h1>Millbrook Community Center</h1><table>{body}</table>", title="Millbrook Community Center")
    assert [(event.title, event.start) for event in events] == [
        ("Quilting circle, Room 2", at(3, 9, 19)),  # was the page's heading, at 9:00 (the day's "9")
        ("Seed swap in the lobby", at(3, 13, 10)),
        ("Spring cleanup", at(4, 3, 9)),
    ]


def test_a_mailing_address_under_a_date_headings_place_is_not_part_of_the_place():
    sections = "".join(
        f"<h2>Saturday, April {day}, 2027</h2><p>{name}</p><p>{place}</p><p>Mail: 12 Oak Street, Millbrook, NY 12545</p>"
        for day, name, place in ((10, "Spring Cleanup", "Riverside Park"), (17, "Bird Walk", "Heron Marsh Trailhead"))
    )
    events = parse(sections)
    assert [(event.title, event.venue_name) for event in events] == [("Spring Cleanup", None), ("Bird Walk", None)]
    sections = "".join(
        f"<h2>Saturday, April {day}, 2027</h2><p>{name}</p><p>Town Hall</p><p>{number} Main Street</p>"
        for day, name, number in ((10, "Spring Cleanup", 100), (17, "Bird Walk", 100))
    )
    assert [event.venue_name for event in parse(sections)] == ["Town Hall, 100 Main Street"] * 2


# --- g. "Through <date>", doors and show -----------------------------------------------------------------------
def test_through_leads_into_the_date_and_is_no_title():
    items = "".join(
        f'<li><a href="/x/{slug}">{name}</a> – Through {date}</li>'
        for slug, name, date in (
            ("prints", "Prints from the Collection", "March 15"),
            ("glass", "Glass Today", "April 30"),
        )
    )
    events = parse(f"<h1>Exhibitions</h1><ul>{items}</ul>")
    assert [(event.title, event.url) for event in events] == [
        ("Prints from the Collection", "https://arts.example/x/prints"),
        ("Glass Today", "https://arts.example/x/glass"),
    ]


def test_a_show_after_the_doors_starts_at_the_shows_time():
    items = "".join(
        f"<li>Feb {day} – {name} – {times}</li>"
        for day, name, times in (
            (12, "The Quartet", "Doors 7pm / Show 8pm"),
            (13, "Sara Lee Trio", "Doors 6:30 pm, show 7:30 pm"),
            (19, "Night Owls", "Doors open 8 pm"),
        )
    )
    events = parse(f"<h1>Upcoming shows</h1><ul>{items}</ul>")
    assert [(event.title, event.start) for event in events] == [
        ("The Quartet", at(2, 12, 20)),
        ("Sara Lee Trio", at(2, 13, 19, 30)),
        ("Night Owls", at(2, 19, 20)),  # the doors alone: their time is all there is
    ]
    rows = "".join(
        f"<tr><td>Feb {day}</td><td>{name}</td><td>Doors 7pm / Show 8pm</td></tr>"
        for day, name in ((26, "Moon Band"), (27, "Sun Band"))
    )
    events = parse(f"<h1>Upcoming shows</h1><table><tr><th>Date</th><th>Artist</th><th>Time</th></tr>{rows}</table>")
    assert [event.start for event in events] == [at(2, 26, 20), at(2, 27, 20)]


# --- f. menus and posts ----------------------------------------------------------------------------------------
def test_dated_items_of_a_camel_case_menu_are_no_events():
    items = "".join(
        f'<div class="menuItem"><h4><a href="/{slug}">{name}</a></h4><span>{date}</span></div>'
        for slug, name, date in (
            ("gala", "Spring Gala", "May 8, 2027"),
            ("camp", "Summer Camp", "June 14, 2027"),
            ("about", "About us", "Since 1987"),
        )
    )
    page = f'<div class="megaMenu">{items}</div><h1>Welcome</h1><p>A community arts center offering classes.</p>'
    assert parse(page) == []


def test_cards_whose_class_names_a_post_are_held_but_event_cards_are_not():
    def cards(css: str) -> str:
        return "".join(
            f'<div class="{css}"><h3><a href="/p/{slug}">{name}</a></h3><span>{date}</span></div>'
            for slug, name, date in (
                ("kiln", "Our new kiln has arrived", "January 12, 2027"),
                ("volunteers", "Thank you to our volunteers", "January 5, 2027"),
                ("review", "Looking back on 2026", "December 28, 2026"),
            )
        )

    for css in ("newsItem", "blogPostItem", "post type-post"):
        events = parse(f"<h1>Welcome</h1><h2>Updates</h2>{cards(css)}")
        assert [event.confidence < HELD for event in events] == [True] * 3, css
    for css in ("eventItem", "post type-tribe_events"):
        events = parse(f"<h1>Welcome</h1><h2>Updates</h2>{cards(css)}")
        assert [event.confidence < HELD for event in events] == [False] * 3, css


def test_a_cards_show_after_its_doors_starts_at_the_shows_time():
    page = "<h1>Upcoming shows</h1>" + "".join(
        card(slug, name, lines)
        for slug, name, lines in (
            ("quartet", "The Quartet", ["Friday, February 12, 2027", "Doors 7pm / Show 8pm"]),
            ("trio", "Sara Lee Trio", ["Saturday, February 13, 2027 · Doors 6:30 PM, Show 7:30 PM"]),
            ("owls", "Night Owls", ["Friday, February 19, 2027 · Doors 8 PM"]),
        )
    )
    assert [event.start for event in parse(page)] == [at(2, 12, 20), at(2, 13, 19, 30), at(2, 19, 20)]


# --- g. a card's year-less date and the weekday written before it -------------------------------------------
def test_a_cards_weekday_chooses_the_year_of_a_year_less_date():
    # Read from 2027-01-01: "Sat, Nov 6" is a Saturday in 2027; "Sat, Nov 7" is one in 2026 (a stale card), and
    # in 2027 a Sunday (the card reader took 2027, the line reader 2026 by the weekday).
    page = "<h1>Upcoming concerts</h1>" + "".join(
        card(slug, name, [date])
        for slug, name, date in (
            ("a", "The Quartet", "Sat, Nov 6 · 8 pm"),
            ("b", "Night Owls", "Sat, Nov 7 · 8 pm"),
            ("c", "Moon Band", "Sunset, Dec 11 · 8 pm"),
        )
    )
    assert [event.start for event in parse(page)] == [
        dt.datetime(2027, 11, 6, 20, tzinfo=ZONE),
        dt.datetime(2026, 11, 7, 20, tzinfo=ZONE),
        dt.datetime(2027, 12, 11, 20, tzinfo=ZONE),  # "Sunset" is no weekday
    ]


# --- a date heading over its day's timed lines ------------------------------------------------------------------
def test_each_timed_line_under_a_date_heading_is_an_event_of_that_day():
    # Found while probing c: the heading was one event, at the first line's time, titled by the second line.
    page = (
        "<h1>Calendar</h1><h3>January 19</h3><ul><li>10:00 a.m. Storytime</li><li>6:00 p.m. Book Club</li></ul>"
        "<h3>January 21</h3><p>Board of Trustees</p><p>7 p.m.</p>"
    )
    assert [(event.title, event.start) for event in parse(page)] == [
        ("Storytime", at(1, 19, 10)),
        ("Book Club", at(1, 19, 18)),
        ("Board of Trustees", at(1, 21, 19)),  # a name, then its hours: the heading's one event, as before
    ]


def test_a_days_card_holding_several_timed_rows_is_read_as_its_rows():
    # Found while probing c: each "day" block was one card, titled by its first row, at another row's time.
    def day(date: str, rows: list[tuple[str, str]]) -> str:
        cells = "".join(f'<div class="row"><p>{when}</p><h2>{name}</h2></div>' for when, name in rows)
        return f'<div class="day"><p>{date}</p>{cells}</div>'

    page = "<h1>Calendar</h1>" + "".join(
        (
            day(
                "Monday, January 18",
                [("All Day", "Library Closed"), ("10:00 a.m.", '<a href="/e/story">Storytime</a>')],
            ),
            day(
                "Tuesday, January 19", [("9:30 a.m.", "Toddler Time"), ("6:00 p.m.", '<a href="/e/club">Book Club</a>')]
            ),
            day("Wednesday, January 20", [("11:00 a.m.", "Chess Club"), ("4:00 p.m.", "Lego Lab")]),
        )
    )
    events = parse(page, title="Calendar | Millbrook Library")
    assert [(event.title, event.start, event.url) for event in events] == [
        ("Library Closed", at(1, 18), None),
        ("Storytime", at(1, 18, 10), "https://arts.example/e/story"),
        ("Toddler Time", at(1, 19, 9, 30), None),
        ("Book Club", at(1, 19, 18), "https://arts.example/e/club"),
        ("Chess Club", at(1, 20, 11), None),
        ("Lego Lab", at(1, 20, 16), None),
    ]
