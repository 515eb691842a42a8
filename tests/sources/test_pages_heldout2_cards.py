"""The `html` adapter on repeated event cards the first reading missed (second held-out batch, issue #13):
cards named by camel-case classes ("eventItem") or repeated as siblings of one class, cards whose title is a
classed name rather than a heading, a card's year written only in an aria-label, a time range on the line
after its date, and the card's link to its own page rather than a call to action."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from sources.adapters.base import RawEvent
from tests.sources.helpers import parse_page

ZONE = zoneinfo.ZoneInfo("America/Los_Angeles")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
BASE = "https://hall.example/whats-on"


def parse(body: str, title: str = "What's on | The Hall") -> list[RawEvent]:
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return [record for record in parse_page(html, zone=ZONE, base=BASE, start=START) if isinstance(record, RawEvent)]


def at(day: int, hour: int, minute: int = 0, month: int = 3) -> dt.datetime:
    return dt.datetime(2027, month, day, hour, minute, tzinfo=ZONE)


# --- cards: camel-case classes, repeated siblings --------------------------------------------------------------
def camel_card(title: str, day: int, doors: str) -> str:
    return (
        '<div class="showItem entry">'
        f'<div class="info"><div class="promo">The Hall presents</div><h3 class="title"><a href="/shows/{day}">{title}</a></h3>'
        f'<div class="date" aria-label="Mar {day} 2027"><span>Mar </span><span> {day}</span></div>'
        f'<div class="time">Doors: {doors}</div></div>'
        '<div class="buttons"><a href="https://tickets.example/buy">Buy Tickets</a></div></div>'
    )


def test_camel_case_card_classes_are_cards_titled_by_their_heading_and_started_at_the_doors() -> None:
    events = parse(
        "<h1>Upcoming shows</h1>"
        + camel_card("The Quartet", 5, "7:00 PM")
        + camel_card("Night Owls", 6, "8:30 PM")
        + camel_card("Brass Band", 7, "4:00 PM")
    )
    assert [(event.title, event.start) for event in events] == [
        ("The Quartet", at(5, 19)),
        ("Night Owls", at(6, 20, 30)),
        ("Brass Band", at(7, 16)),
    ]
    assert events[0].url == "https://hall.example/shows/5"


def test_a_cards_year_written_only_in_its_aria_label_is_read() -> None:
    # Read on 2027-01-01: without the label's year, "Mar 5" would be 2027 anyway; 2028 shows the label is read.
    body = "".join(camel_card(name, day, "7:00 PM") for name, day in (("A Band", 5), ("B Band", 6), ("C Band", 7)))
    events = parse(body.replace("2027", "2028"))
    assert [event.start.year for event in events] == [2028, 2028, 2028]


def sibling_card(title: str, when: str, teaser: str) -> str:
    return (
        '<div class="col-4 views-row">'
        '<div class="views-field"><span class="flag">Member Event</span></div>'
        f'<div class="views-field"><h3><a href="/calendar/{title.lower().replace(" ", "-")}">{title}</a></h3></div>'
        f'<div class="views-field"><p>{when}</p></div>'
        f'<div class="views-field"><p>{teaser}</p></div>'
        '<h4 class="call-to-action"><a href="/calendar/x">More Details</a></h4></div>'
    )


def test_sibling_blocks_of_one_class_are_cards_and_a_time_range_on_the_next_line_is_their_time() -> None:
    events = parse(
        '<div class="row views-wrapper">'
        + sibling_card("Artist Studio Night", "Monday, March 8, 2027<br>5–8 p.m.", "Join the artist in the studio.")
        + sibling_card("Fossil Talk", "Wednesday, March 10, 2027<br>10–10:45 a.m.", "Learn about tiny fossils.")
        + sibling_card("Dino Fest", "Saturday, March 13, 2027<br>10 a.m. – 5 p.m.", "Dig into paleontology!")
        + "</div>"
    )
    assert [(event.title, event.start, event.end) for event in events] == [
        ("Artist Studio Night", at(8, 17), at(8, 20)),
        ("Fossil Talk", at(10, 10), at(10, 10, 45)),
        ("Dino Fest", at(13, 10), at(13, 17)),
    ]
    assert events[0].url == "https://hall.example/calendar/artist-studio-night"


def test_one_pair_of_sibling_blocks_is_not_a_card_list_of_the_layout() -> None:
    # Two columns of one class, one holding the page's heading and a date: the page's one event, not two cards.
    events = parse(
        '<div class="col">'
        "<h1>Spring Fair</h1><p>Saturday, March 13, 2027, 10 a.m.</p></div>"
        '<div class="col"><h3>Contact</h3><p>Call us.</p></div>'
    )
    assert [event.title for event in events] == ["Spring Fair"]


# --- a classed name for a title; a labelled When/Where block ----------------------------------------------------
def dialog(title: str, slug: str, day: str, time: str, doors: str = "") -> str:
    doors_html = f'<span class="door-time">(Doors: <span>{doors}</span> )</span>' if doors else ""
    return (
        f'<div class="cal-event-popup"><div class="col30"><a href="/e/{slug}/"><img src="/i/{slug}.jpg"></a></div>'
        f'<div class="col70"><div class="ev-name"><a href="/e/{slug}/">{title}</a></div>'
        f'<div class="ev-date-time"><span class="ev-date">{day}</span> <span class="ev-time">{time}</span>{doors_html}</div></div>'
        f'<div class="colfull"><a href="https://tickets.example/{slug}">Buy Tickets</a>'
        f'<a href="/e/{slug}/">More Info</a></div></div>'
    )


def test_cards_without_a_heading_are_titled_by_their_classed_name_not_a_time_or_a_button() -> None:
    events = parse(
        dialog("Sunbather Die, Tiger Moth", "sunbather", "Mar 12", "8:00 PM", doors="7:00 PM")
        + dialog("Love Shack", "love-shack", "Mar 14", "4:00 PM")
        + dialog("Kill Cupid: A Club Night", "kill-cupid", "Mar 14", "9:00 PM")
    )
    assert [(event.title, event.start) for event in events] == [
        ("Sunbather Die, Tiger Moth", at(12, 20)),
        ("Love Shack", at(14, 16)),
        ("Kill Cupid: A Club Night", at(14, 21)),
    ]
    assert events[0].url == "https://hall.example/e/sunbather/"


def item(title: str, number: int, day: str, hours: str, place: str, prose: str) -> str:
    return (
        f"<h2>{day}</h2>"
        '<div class="collaItem"><div class="name"><div class="title"><p>' + title + "</p></div></div>"
        '<div class="description">'
        f'<div class="time"><p class="title">When</p><p>{day.split(" ", 1)[1]}</p><p>{hours}</p></div>'
        f'<div class="address"><p class="title">Where</p><p>{place}</p>'
        '<a href="https://maps.example/abc">Get Directions</a></div>'
        f'<div class="cta"><a href="https://tickets.example/{number}">Buy Tickets</a>'
        f'<a href="https://hall.example/whats-on/events/{number}">Add To Calendar</a></div>'
        f'<div class="additional"><p class="title">More Information</p><p>{prose}</p></div></div></div>'
    )


def test_an_item_with_a_labelled_when_and_where_block_is_one_event_at_its_own_page() -> None:
    events = parse(
        '<div class="eventMonth"><p>March 2027</p></div><div class="eventItems">'
        + item("Heritage Open Mic", 805, "Friday March 12th", "6:30pm - 9:30pm", "Creative Hall, Seattle WA",
               "Join us! Heritage Open Mic at the Creative Hall, Friday March 12th 6:30pm to 9:30pm.")
        + item("Spring Market", 796, "Saturday March 13th", "10:00am - 3:00pm", "1227 S Weller St, Seattle WA",
               "The market is back on Saturday, March 13th, from 10 am - 3 pm!")
        + item("Dance Day", 790, "Saturday March 20th", "11:00am - 4:00pm", "Hing Hay Park, Seattle WA",
               "Prelims March 19–20, 2027 with the main event on Saturday.</p><p>Fri, March 19 — Hing Hay Park"
               "</p><p>Sat, March 20 — Hing Hay Park")
        + "</div>"
    )  # fmt: skip
    assert [(event.title, event.start, event.end) for event in events] == [
        ("Heritage Open Mic", at(12, 18, 30), at(12, 21, 30)),
        ("Spring Market", at(13, 10), at(13, 15)),
        ("Dance Day", at(20, 11), at(20, 16)),
    ]
    assert events[0].url == "https://hall.example/whats-on/events/805"
    assert [event.venue_name for event in events] == [
        "Creative Hall, Seattle WA",
        "1227 S Weller St, Seattle WA",
        "Hing Hay Park, Seattle WA",
    ]


# --- a table's event cell "<a>Title</a> @ Venue (City, ST)" -----------------------------------------------------
def listing_row(day: str, hours: str, slug: str, title: str, venue: str) -> str:
    return (
        f"<tr><td>{day} <br />({hours})</td>"
        f"<td><a href='https://tickets.example/{slug}'>{title}</a> @ {venue} (Seattle, WA)</td>"
        f"<td>house, techno</td><td>free | 21+</td></tr>"
    )


def test_an_event_cell_of_a_linked_title_at_a_venue_gives_title_venue_and_link() -> None:
    events = parse(
        "<table><tr><th>Date/Time</th><th>Event</th><th>Genre</th><th>Price</th></tr>"
        + listing_row("Thu: Mar 4", "6pm-10pm", "otoconia", "Otoconia: LGSP, Jyoti B. Fly", "Crystal Lounge")
        + listing_row("Thu: Mar 4", "7pm-11pm", "heatwav", "HEAT.WAV", "Substation")
        + listing_row("Fri: Mar 5", "8pm", "moontricks", "Moontricks, Morillo", "The Crocodile")
        + "</table>"
    )
    assert [(event.title, event.venue_name, event.url, event.start) for event in events] == [
        ("Otoconia: LGSP, Jyoti B. Fly", "Crystal Lounge", "https://tickets.example/otoconia", at(4, 18)),
        ("HEAT.WAV", "Substation", "https://tickets.example/heatwav", at(4, 19)),
        ("Moontricks, Morillo", "The Crocodile", "https://tickets.example/moontricks", at(5, 20)),
    ]


def test_an_at_sign_inside_a_linked_title_or_without_a_link_stays_in_the_title() -> None:
    events = parse(
        "<table><tr><th>Date</th><th>Event</th></tr>"
        "<tr><td>Mar 4, 2027</td><td>Jazz @ Noon in the Park</td></tr>"
        "<tr><td>Mar 5, 2027</td><td><a href='/e/1'>Live @ The Hall</a></td></tr>"
        "</table>"
    )
    assert [(event.title, event.venue_name) for event in events] == [
        ("Jazz @ Noon in the Park", None),
        ("Live @ The Hall", None),
    ]


# --- what repeated blocks are not: a date bar's sections, a film's showings, a table's cells -------------------
def test_repeated_sections_mostly_without_a_date_are_rows_under_date_bars_not_cards() -> None:
    def section(bar: str, time: str, slug: str, title: str) -> str:
        bar_html = f'<div class="date-bar"><p>{bar}</p></div>' if bar else ""
        return (
            f'<section class="l-section">{bar_html}<div class="row"><div class="ev-time">{time}</div>'
            f'<div class="ev-details"><h2><a href="/events/{slug}">{title}</a></h2></div></div></section>'
        )

    events = parse(
        section("March 15", "All Day", "walk", "Sculpture Walk")
        + section("", "11:00 a.m.", "tet", "Lunar New Year")
        + section("", "7:00 p.m.", "ghost", "Ghost")
        + section("March 16", "All Day", "walk-2", "Sculpture Walk")
        + section("", "10:00 a.m.", "market", "Farmers Market")
    )
    assert [(event.title, event.start) for event in events] == [
        ("Sculpture Walk", dt.date(2027, 3, 15)),
        ("Lunar New Year", at(15, 11)),
        ("Ghost", at(15, 19)),
        ("Sculpture Walk", dt.date(2027, 3, 16)),
        ("Farmers Market", at(16, 10)),
    ]


def test_a_films_time_links_are_its_showings_not_one_card() -> None:
    def film(title: str, times: list[str]) -> str:
        links = "".join(f'<li><a href="/purchase/{title[0]}{i}"><time>{t}</time></a></li>' for i, t in enumerate(times))
        return (
            f'<div class="film"><h3 class="title">{title}</h3><p>PG-13</p>'
            f'<h4 class="date">Sunday 14, March</h4><ul class="session-times">{links}</ul></div>'
        )

    events = parse(
        '<div class="date"><h3>Sunday 14, March</h3>'
        + film("Hamnet", ["12:30 PM"])
        + film("Goat", ["1:00 PM", "4:00 PM"])
        + film("Heights", ["12:45 PM", "3:45 PM", "6:45 PM"])
        + "</div>"
    )
    goat = sorted(event.start for event in events if event.title == "Goat")
    assert goat == [at(14, 13), at(14, 16)]


def test_a_table_cell_classed_in_camel_case_is_no_card() -> None:
    rows = "".join(
        f'<tr><td>Wed {day}</td><td><a class="X-EventName" href="/e/{day}">Show {day}</a></td></tr>'
        for day in (3, 10, 17)
    )
    events = parse(f"<table><tr><td colspan=2>March 2027</td></tr>{rows}</table>")
    assert sorted(event.start for event in events) == [dt.date(2027, 3, 3), dt.date(2027, 3, 10), dt.date(2027, 3, 17)]


# --- review: a card's second, ordinary date line ----------------------------------------------------------------
def test_a_card_with_a_deadline_line_is_still_one_event_with_its_link():
    # A review of the batch's rules: the schedule reader, asked to replace cards, read "Register by December 30"
    # as an event of its own and dropped the cards' links. The card is the event; its deadline is not.
    cards = "".join(
        f'<div class="event"><h3><a href="/c/{slug}">{name}</a></h3><p>Saturday, January {day}, 2027, 10 a.m.</p>'
        f"<p>Register by January {day - 5}, 2027</p></div>"
        for slug, name, day in (("pottery", "Pottery", 9), ("weaving", "Weaving", 16))
    )
    events = parse(cards)
    assert [(event.title, event.start, event.url) for event in events] == [
        ("Pottery", dt.datetime(2027, 1, 9, 10, tzinfo=ZONE), "https://hall.example/c/pottery"),
        ("Weaving", dt.datetime(2027, 1, 16, 10, tzinfo=ZONE), "https://hall.example/c/weaving"),
    ]
