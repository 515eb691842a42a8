"""The `html` adapter on schedules laid out as other languages' sites lay them out: a show's dates in headings with
its dotted time in the heading under each ("<h2>17.3.2030</h2><h3>19.00</h3>"), a day heading over lines that each
link to an event ("fredag 07/02" over "Pianobar Kl.22.00, 23+" and an untimed one), a match schedule's rows (date
line, "Team A - Team B", time cell)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from tests.sources.helpers import parse_page

PRAGUE = zoneinfo.ZoneInfo("Europe/Prague")
STOCKHOLM = zoneinfo.ZoneInfo("Europe/Stockholm")


def local(events: list, zone: zoneinfo.ZoneInfo) -> list[tuple[object, str]]:
    return [
        (event.start.astimezone(zone) if isinstance(event.start, dt.datetime) else event.start, event.title)
        for event in events
    ]


def test_a_shows_dates_in_headings_take_the_dotted_time_in_the_heading_under_each_and_the_shows_name() -> None:
    html = (
        '<html lang="cs"><head><title>Hamlet - Městské divadlo</title></head><body><div class="event-page">'
        "<h1>Hamlet - činoherní představení</h1>"
        "<h2>17.3.2030</h2><h3>19.00</h3>"
        "<h2>18.3.2030</h2><h3>17.30</h3>"
        '<div class="event-description"><p>Slavná tragédie ve třech dějstvích.</p></div>'
        "</div></body></html>"
    )
    start = dt.datetime(2030, 3, 1, tzinfo=PRAGUE)
    events = parse_page(html, zone=PRAGUE, base="https://divadlo.example/hamlet", start=start)
    # The description under the last date is no name (the first date has none under it: one template), and the
    # show's name repeated on every night is not cut as the site's name the page's <title> begins with.
    assert local(events, PRAGUE) == [
        (dt.datetime(2030, 3, 17, 19, 0, tzinfo=PRAGUE), "Hamlet - činoherní představení"),
        (dt.datetime(2030, 3, 18, 17, 30, tzinfo=PRAGUE), "Hamlet - činoherní představení"),
    ]
