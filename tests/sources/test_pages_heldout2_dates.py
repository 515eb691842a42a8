"""The `html` adapter's dates, times and ranges on list pages like the second held-out batch's: a time on the
line under a date completes it, a range of two dates is one event from the first to the second."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from tests.sources.helpers import parse_body

ZONE = zoneinfo.ZoneInfo("America/Los_Angeles")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
BASE = "https://museum.example/calendar"


def parse(body: str, title: str = "Events | Oak Museum") -> list:
    return parse_body(body, title=title, zone=ZONE, base=BASE, start=START)


def card(name: str, when: str, teaser: str = "Join us for an evening at the museum.") -> str:
    slug = name.lower().replace(" ", "-")
    return (
        f'<div class="views-row"><h3><a href="/calendar/{slug}">{name}</a></h3>'
        f'<div class="field-date"><p>{when}</p></div><div class="field-teaser"><p>{teaser}</p></div>'
        f'<h4><a href="/calendar/{slug}">More Details</a></h4></div>'
    )


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=ZONE)


# --- a time on the line under the date ----------------------------------------------------------------------
def test_a_time_range_on_the_next_line_completes_the_date() -> None:
    body = (
        card("Artist Studio", "Monday, February 22, 2027<br>5–8 p.m.")
        + card("Webinar", "Monday, April 19, 2027<br>10–10:45 a.m.")
        + card("Author Talk", "Thursday, May 13, 2027<br>6 p.m.")
        + card("Dino Fest", "Sunday, April 25, 2027<br>10 a.m. – 5 p.m.")
    )
    events = sorted(parse(body), key=lambda event: event.start)
    assert [(event.start, event.end) for event in events] == [
        (at(dt.date(2027, 2, 22), 17), at(dt.date(2027, 2, 22), 20)),
        (at(dt.date(2027, 4, 19), 10), at(dt.date(2027, 4, 19), 10, 45)),
        (at(dt.date(2027, 4, 25), 10), at(dt.date(2027, 4, 25), 17)),
        (at(dt.date(2027, 5, 13), 18), None),
    ]
    assert any("time read from the line under the date" in line for line in events[0].evidence)


def test_a_sentence_under_the_date_gives_no_time() -> None:
    body = (
        card("Artist Studio", "Monday, February 22, 2027<br>Doors close at 8 p.m. so please arrive early.")
        + card("Webinar", "Monday, April 19, 2027")
        + card("Author Talk", "Thursday, May 13, 2027")
    )
    events = parse(body)
    assert sorted(event.start for event in events) == [dt.date(2027, 2, 22), dt.date(2027, 4, 19), dt.date(2027, 5, 13)]


def test_a_time_in_another_row_does_not_complete_the_date() -> None:
    body = "<ul><li>March 3, 2027</li><li>7 p.m.</li><li>March 10, 2027</li><li>March 17, 2027</li></ul>"
    assert all(not isinstance(event.start, dt.datetime) for event in parse(body))


# --- a range of two dates -----------------------------------------------------------------------------------
def test_a_range_of_two_dates_is_one_event_from_the_first_to_the_second() -> None:
    body = (
        card("Shapes and Patterns", "Daily<br>January 6 – March 15, 2027")
        + card("Artist Studio", "Monday, February 22, 2027<br>5–8 p.m.")
        + card("Author Talk", "Thursday, May 13, 2027")
    )
    events = [event for event in parse(body) if event.start == dt.date(2027, 1, 6) or event.end == dt.date(2027, 3, 15)]
    assert [(event.start, event.end, event.all_day) for event in events] == [
        (dt.date(2027, 1, 6), dt.date(2027, 3, 15), True)
    ]


def test_a_range_across_the_new_year_takes_the_year_before_for_its_start() -> None:
    body = (
        "<ul><li>December 28 – January 3, 2028: Winter Lights</li><li>February 5, 2028: Lantern Walk</li>"
        "<li>March 4, 2028: Spring Fair</li></ul>"
    )
    lights = [event for event in parse(body) if "Winter" in event.title]
    assert [(event.start, event.end) for event in lights] == [(dt.date(2027, 12, 28), dt.date(2028, 1, 3))]


def test_dates_joined_by_and_are_two_meetings() -> None:
    body = "<ul><li>March 3 and April 7, 2027 Board meeting</li><li>May 5, 2027 Board meeting</li></ul>"
    days = sorted(event.start for event in parse(body))
    assert days == [dt.date(2027, 3, 3), dt.date(2027, 4, 7), dt.date(2027, 5, 5)]


# --- a table of day numbers under month rows ----------------------------------------------------------------
def month_row(name: str) -> str:
    return f'<tr><td colspan="2"><h2>{name}</h2></td></tr>'


def show_row(days: str, name: str, slug: str, note: str = "") -> str:
    return (
        f'<tr><td>{days}&nbsp;</td><td><a href="/booth.aspx?eventid={slug}">{name}</a><br><span>{note}</span></td></tr>'
    )


def test_day_numbers_take_their_month_and_year_from_the_month_row_above() -> None:
    months = {
        "February 2027": [
            ("Thu 18 - Mon 22", "Flower and Garden Show", "1"),
            ("Thu 25 - Sat 27", "School Leaders Summit", "2"),
        ],
        "March 2027": [("Fri 12", "Housing Conference", "3")],
        "April 2027": [("Thu 29 - Fri 30", "Surgeons Annual Meeting", "4", "(Ends May 2)")],
        "May 2027": [("Sat 1 - Sun 2", "Surgeons Annual Meeting", "4", "(Begins Apr 29)")],
    }
    rows = "".join(month_row(month) + "".join(show_row(*row) for row in shows) for month, shows in months.items())
    body = f"<h3>February 2027 through November 2027</h3><table>{rows}</table>"
    found = sorted((event.start, event.end, event.title) for event in parse(body, "Calendar of Events"))
    assert found == [
        (dt.date(2027, 2, 18), dt.date(2027, 2, 22), "Flower and Garden Show"),
        (dt.date(2027, 2, 25), dt.date(2027, 2, 27), "School Leaders Summit"),
        (dt.date(2027, 3, 12), None, "Housing Conference"),
        (dt.date(2027, 4, 29), dt.date(2027, 5, 2), "Surgeons Annual Meeting"),
    ]


# --- rows under a date bar ----------------------------------------------------------------------------------
def bar(day: str) -> str:
    return f'<div class="date-bar"><p>{day}</p></div>'


def listing(time: str, name: str, slug: str, place: str = "Main+Hall") -> str:
    return (
        f'<div class="row"><div class="event-time"><div>{time}</div></div><div class="details">'
        f'<h2 class="title"><a href="/events/{slug}">{name}</a></h2>'
        f'<div class="info"><a href="https://www.google.com/maps/place/{place},+Oak+Town,+WA/@47.6,-122.3,17z">'
        "Location</a></div>"
        f"<div>A few words about {name}.</div></div></div>"
    )


def test_rows_under_a_date_bar_take_its_date_until_the_next_bar() -> None:
    body = (
        bar("March 14")
        + listing("All Day", "Sculpture Walk", "walk-1")
        + listing("11:00 a.m.", "Lunar New Year Festival", "lunar")
        + listing("7:00 p.m.", "Arena Concert", "concert")
        + bar("March 15")
        + listing("All Day", "Sculpture Walk", "walk-2")
        + listing("10:00 a.m.", "Farmers Market", "market", "Fisher+Pavilion")
    )
    events = parse(body, "Event Calendar")
    assert [event.venue_name for event in events] == ["Main Hall"] * 4 + ["Fisher Pavilion"]
    found = [(event.start, event.title, event.url) for event in events]
    assert found == [
        (dt.date(2027, 3, 14), "Sculpture Walk", "https://museum.example/events/walk-1"),
        (at(dt.date(2027, 3, 14), 11), "Lunar New Year Festival", "https://museum.example/events/lunar"),
        (at(dt.date(2027, 3, 14), 19), "Arena Concert", "https://museum.example/events/concert"),
        (dt.date(2027, 3, 15), "Sculpture Walk", "https://museum.example/events/walk-2"),
        (at(dt.date(2027, 3, 15), 10), "Farmers Market", "https://museum.example/events/market"),
    ]


def test_headings_under_a_date_without_a_time_beside_each_are_not_its_events() -> None:
    body = (
        bar("March 14")
        + "<h2><a href='/news/1'>Museum news</a></h2><p>We reopened the west wing.</p>"
        + "<h2><a href='/news/2'>Volunteer with us</a></h2><p>Sign up today.</p>"
        + bar("March 15")
    )
    assert all("news" not in (event.url or "") for event in parse(body, "Event Calendar"))


def test_a_weekday_day_comma_month_is_a_date() -> None:
    from sources.adapters._page_dates import find_dates

    hits = find_dates("Sunday 14, March", year_hint=None, today=dt.date(2027, 1, 1))
    assert [hit.date for hit in hits] == [dt.date(2027, 3, 14)]
    assert find_dates("Room 14, March agenda", year_hint=None, today=dt.date(2027, 1, 1)) == []


def film(name: str, day: str, sessions: list[tuple[str, str]]) -> str:
    times = "".join(
        f'<li><a href="https://tickets.example/purchase/{code}"><time>{at}</time></a></li>' for at, code in sessions
    )
    return (
        f'<div class="film"><img alt="{name}"><div><h3 class="title">{name}</h3><p>PG-13 for language</p>'
        f'<div class="sessions"><h4 class="date">{day}</h4><ul class="session-times">{times}</ul></div></div></div>'
    )


def test_each_session_link_under_a_film_under_a_day_is_one_showing() -> None:
    body = (
        '<div class="date"><h3>Sunday 14, March</h3>'
        + film("Hamnet", "Sunday 14, March", [("12:30 PM", "101")])
        + film("Goat", "Sunday 14, March", [("1:00 PM", "102"), ("4:00 PM", "103")])
        + "</div>"
    )
    found = [(event.start, event.title, event.url) for event in parse(body, "Showtimes")]
    assert found == [
        (at(dt.date(2027, 3, 14), 12, 30), "Hamnet", "https://tickets.example/purchase/101"),
        (at(dt.date(2027, 3, 14), 13), "Goat", "https://tickets.example/purchase/102"),
        (at(dt.date(2027, 3, 14), 16), "Goat", "https://tickets.example/purchase/103"),
    ]
