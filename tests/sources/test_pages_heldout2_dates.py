"""The `html` adapter's dates, times and ranges on list pages like the second held-out batch's: a time on the
line under a date completes it."""

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
