"""The `html` adapter's dates, times and ranges on list pages like the second held-out batch's: a time on the
line under a date completes it, a range of two dates is one event from the first to the second."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from tests.sources.helpers import parse_page

ZONE = zoneinfo.ZoneInfo("America/Los_Angeles")
START = dt.datetime(2027, 1, 1, tzinfo=ZONE)
BASE = "https://museum.example/calendar"


def parse(body: str, title: str = "Events | Oak Museum") -> list:
    html = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return parse_page(html, zone=ZONE, base=BASE, start=START)


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
    )
    events = sorted(parse(body), key=lambda event: event.start)
    assert [(event.start, event.end) for event in events] == [
        (at(dt.date(2027, 2, 22), 17), at(dt.date(2027, 2, 22), 20)),
        (at(dt.date(2027, 4, 19), 10), at(dt.date(2027, 4, 19), 10, 45)),
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
    rows = (
        month_row("February 2027")
        + show_row("Thu 18 - Mon 22", "Flower and Garden Show", "1")
        + show_row("Thu 25 - Sat 27", "School Leaders Summit", "2")
        + month_row("March 2027")
        + show_row("Fri 12", "Housing Conference", "3")
        + month_row("April 2027")
        + show_row("Thu 29 - Fri 30", "Surgeons Annual Meeting", "4", "(Ends May 2)")
        + month_row("May 2027")
        + show_row("Sat 1 - Sun 2", "Surgeons Annual Meeting", "4", "(Begins Apr 29)")
    )
    body = f"<h3>February 2027 through November 2027</h3><table>{rows}</table>"
    found = sorted((event.start, event.end, event.title) for event in parse(body, "Calendar of Events"))
    assert found == [
        (dt.date(2027, 2, 18), dt.date(2027, 2, 22), "Flower and Garden Show"),
        (dt.date(2027, 2, 25), dt.date(2027, 2, 27), "School Leaders Summit"),
        (dt.date(2027, 3, 12), None, "Housing Conference"),
        (dt.date(2027, 4, 29), dt.date(2027, 5, 2), "Surgeons Annual Meeting"),
    ]
