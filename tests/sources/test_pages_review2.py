"""The `html` adapter on ordinary pages a reviewer wrote to probe the page rules of the review's second round
(issue #13, reviewer R's findings): a theme's navigation words on the page's body or a wrapper, real events
named like closures, venues named like an office, a programme under one event, midnights that are meant.
Each test is a minimal page of its own; a fixed window (2027)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from tests.sources.helpers import parse_page

ZONE = zoneinfo.ZoneInfo("America/New_York")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
BASE = "https://arts.example/events"
HELD = 0.5  # decide.py's extraction_confidence_hold_below


def parse(body: str, *, body_class: str = "", title: str = "Events | Riverside Arts Center") -> list:
    html = f'<html><head><title>{title}</title></head><body class="{body_class}">{body}</body></html>'
    return parse_page(html, zone=ZONE, base=BASE, start=START)


def at(month: int, day: int, hour: int | None = None, minute: int = 0) -> dt.date:
    return dt.datetime(2027, month, day, hour, minute, tzinfo=ZONE) if hour is not None else dt.date(2027, month, day)


ARTS_CARDS = (
    ("watercolor", "Watercolor Basics Workshop", "Saturday, March 6, 2027", "10:00 am", "Studio B"),
    ("jazz", "Jazz in the Gallery", "Friday, March 12, 2027", "7:00 pm", "Main Gallery"),
    ("pottery", "Pottery Open Studio", "Sunday, March 14, 2027", "1:00 pm", "Clay Room"),
)


def arts_cards(css: str = "event-card") -> str:
    return "".join(
        f'<article class="{css}"><h3><a href="/e/{slug}">{name}</a></h3><div class="event-date">{date}</div>'
        f'<div class="event-time">{time}</div><div class="event-location">{place}</div></article>'
        for slug, name, date, time, place in ARTS_CARDS
    )


EXPECTED_ARTS = [
    ("Watercolor Basics Workshop", at(3, 6, 10), "Studio B"),
    ("Jazz in the Gallery", at(3, 12, 19), "Main Gallery"),
    ("Pottery Open Studio", at(3, 14, 13), "Clay Room"),
]


# --- F1: a theme's navigation words on <body> or a wrapper are not the page's navigation --------------------
def test_navigation_words_in_a_themes_body_class_leave_the_cards_cards():
    page = f'<nav><ul class="nav"><li><a href="/">Home</a></li></ul></nav><h1>Upcoming Events</h1><div class="event-list">{arts_cards()}</div>'
    for body_class in (
        "page et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade",  # Divi
        "page genesis-breadcrumbs-hidden genesis-footer-widgets-visible",  # Genesis
        "page has-main-navigation",  # Twenty Twenty-One
        "page nav-below-header nav-aligned-right dropdown-hover",  # GeneratePress
        "page mobile-menu-design-modern",  # Avada
    ):
        events = parse(page, body_class=body_class)
        assert [(event.title, event.start, event.venue_name) for event in events] == EXPECTED_ARTS, body_class


def test_a_wrapper_whose_class_only_holds_a_menu_word_is_no_menu():
    for wrapper in ("events-page has-dropdown-filters", "menu-events"):
        page = f'<h1>Events</h1><div class="{wrapper}"><select><option>All</option></select>{arts_cards()}</div>'
        events = parse(page)
        assert [(event.title, event.start, event.venue_name) for event in events] == EXPECTED_ARTS, wrapper


def test_a_real_menu_is_still_navigation():
    for menu in ("main-menu", "megaMenu", "navbar"):
        page = f'<div class="{menu}">{arts_cards("menuItem")}</div><h1>Welcome</h1><p>A community arts center.</p>'
        assert parse(page) == [], menu


def test_a_layout_wrapper_named_with_a_sidebar_holding_the_page_is_read():
    items = "".join(
        f'<li><strong><a href="/e/{slug}">{name}</a></strong><br>{date}, {time}<br>{place}</li>'
        for slug, name, date, time, place in ARTS_CARDS
    )
    page = f'<div class="layoutWithSidebar"><main><h1>Library Events</h1><ul class="events">{items}</ul></main></div>'
    assert [(event.title, event.start) for event in parse(page)] == [(t, s) for t, s, _ in EXPECTED_ARTS]


# --- F2: real events named with a closure's or an hours notice's words are events -----------------------------
def test_timed_events_named_like_closures_are_not_held_but_notices_are():
    cards = (
        ("Tech Help Office Hours", "Monday, January 11, 2027", "3:00 pm – 5:00 pm"),
        ("Councilmember Office Hours with Jane Ortiz", "Tuesday, January 12, 2027", "5:30 pm – 7:00 pm"),
        ("No School Day Camp: Robots!", "Monday, January 18, 2027", "9:00 am – 3:00 pm"),
        ("Extended Hours Study Hall for Finals", "Wednesday, January 20, 2027", "6:00 pm – 11:00 pm"),
        ("Closed Circuit with Static Bloom", "Friday, March 5, 2027", "9:00 pm"),
        ("Summer Hours: An Evening of Indie Folk", "Saturday, March 6, 2027", "8:00 pm"),
        ("Library Closed – MLK Day", "Monday, January 18, 2027", ""),
        ("Holiday Hours", "Friday, December 24, 2027", "10:00 am – 2:00 pm"),
    )
    page = "<h1>Branch Events</h1>" + "".join(
        f'<div class="event-card"><h3><a href="/ev/{n}">{name}</a></h3><p class="date">{date}</p>'
        + (f'<p class="time">{time}</p>' if time else "")
        + "</div>"
        for n, (name, date, time) in enumerate(cards)
    )
    held = {event.title: event.confidence < HELD for event in parse(page)}
    assert held == {name: name in ("Library Closed – MLK Day", "Holiday Hours") for name, _, _ in cards}


# --- F3/F14/F15: venues named like an office; a deadline's word governs only its own clock ----------------------
def test_office_named_venues_are_kept_and_a_deadline_word_takes_only_its_own_clock():
    cards = (
        ("Pub Trivia Night", "Thursday, February 4, 2027", "8:00 pm", "The Office Tavern, 14 Main St"),
        ("Touring Play", "Saturday, February 6, 2027", "2:00 pm", "Contact Theatre, Oxford Road"),
        ("Swing Dance", "Friday, February 12, 2027", "Post Office Ballroom, doors 7 pm", "Post Office Ballroom"),
        ("Stand-up Showcase", "Saturday, February 13, 2027", "Registration 6:30 pm, show 7:30 pm", "Info Shop Cafe"),
        ("Open Mic", "Monday, April 12, 2027", "Sign-up 6:30pm, mic 7pm", "Back Room"),
    )
    page = "<h1>What's On</h1>" + "".join(
        f'<div class="event-card"><h3><a href="/e/{n}">{name}</a></h3><p class="date">{date}</p>'
        f'<p class="time">{time}</p><p class="location">{place}</p></div>'
        for n, (name, date, time, place) in enumerate(cards)
    )
    assert [(event.start, event.venue_name) for event in parse(page)] == [
        (at(2, 4, 20), "The Office Tavern, 14 Main St"),
        (at(2, 6, 14), "Contact Theatre, Oxford Road"),
        (at(2, 12, 19), "Post Office Ballroom"),
        (at(2, 13, 19, 30), "Info Shop Cafe"),
        (at(4, 12, 19), "Back Room"),
    ]
    sections = (
        "<h3>Tuesday, March 9, 2027</h3><p><a href='/p/1'>Teen Coding Club</a></p>"
        "<p>6:30 PM - 7:30 PM (registration required)</p>"
        "<h3>Wednesday, March 10, 2027</h3><p><a href='/p/2'>Resume Workshop</a></p>"
        "<p>Registration opens at 9 am; workshop 2 pm - 4 pm</p>"
    )
    assert [(event.start, event.end) for event in parse(f"<h1>Programs</h1>{sections}")] == [
        (at(3, 9, 18, 30), at(3, 9, 19, 30)),
        (at(3, 10, 14), at(3, 10, 16)),
    ]


def test_a_name_under_the_day_makes_the_timed_lines_below_its_programme():
    body = """<h1>Upcoming Events</h1><h3>Saturday, March 20, 2027</h3>
    <p><a href="/events/spring-gala">Spring Gala</a></p>
    <p>6:00 p.m. Cocktails</p><p>7:00 p.m. Dinner</p><p>8:30 p.m. Dancing</p>
    <h3>Saturday, April 10, 2027</h3><p><a href="/events/book-sale">Used Book Sale</a></p><p>9:00 a.m. – 3:00 p.m.</p>"""
    assert [(r.title, r.start) for r in parse(body)] == [
        ("Spring Gala", at(3, 20, 18)),
        ("Used Book Sale", at(4, 10, 9)),
    ]


def test_a_days_timed_lines_are_its_events_but_the_gates_are_not():
    body = """<h1>Maple Fest 2027</h1><h3>Saturday, March 20, 2027</h3>
    <ul><li>9:00 a.m. Gates open</li><li>10:00 a.m. Pancake breakfast</li><li>12:00 p.m. Sugar shack tours</li>
    <li>4:00 p.m. Gates close</li></ul>"""
    assert [(r.title, r.start) for r in parse(body)] == [
        ("Pancake breakfast", at(3, 20, 10)),
        ("Sugar shack tours", at(3, 20, 12)),
    ]


def test_midnights_the_page_says_are_meant_keep_their_time():
    cards = "".join(
        f'<article class="event-card"><h3><a href="/e/{slug}">{name}</a></h3>'
        f'<div class="event-date">{date} 12:00 am</div></article>'
        for slug, name, date in (
            ("neon", "Neon Nights with DJ Kira", "February 6, 2027"),
            ("house", "Deep House Sessions", "February 13, 2027"),
            ("vinyl", "Vinyl Only: Disco Edits", "February 20, 2027"),
        )
    )
    meant = parse(f"<h1>Club nights</h1><p>Our late-night DJ sets start at midnight.</p>{cards}")
    template = parse(f"<h1>Club nights</h1><p>Dance all night with our resident DJs.</p>{cards}")
    assert [event.start for event in meant] == [at(2, 6, 0), at(2, 13, 0), at(2, 20, 0)]
    assert [event.start for event in template] == [at(2, 6), at(2, 13), at(2, 20)]  # the template's empty time
