"""The `html` adapter on schedules laid out as other languages' sites lay them out: a show's dates in headings with
its dotted time in the heading under each ("<h2>17.3.2030</h2><h3>19.00</h3>"), a day heading over lines that each
link to an event ("fredag 07/02" over "Pianobar Kl.22.00, 23+" and an untimed one)."""

from __future__ import annotations

import datetime as dt

from tests.sources.helpers import parse_page
from tests.sources.test_pages_intl_dates import PRAGUE, STOCKHOLM, local


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


def test_a_day_heading_over_lines_that_each_link_to_an_event_gives_each_its_own_time_or_the_whole_day() -> None:
    body = (
        "<h3>februari</h3>"
        '<h3>torsdag 05/02</h3><h3><a href="/event/derby/">Derby på storbild</a></h3>'
        '<h3>fredag 06/02</h3><h3><a href="/event/quiz/">Quiz Från Kl.17.00</a></h3>'
        '<h3><a href="/event/tema/">Mexikansk afton</a></h3><h3><a href="/event/lunch/">Lunch Kl.12-15</a></h3>'
        '<h3>lördag 07/02</h3><h3><a href="/event/match/">Matchkväll</a></h3>'
        '<h3><a href="/event/piano/">Pianobar Kl.22.00, 23+</a></h3>'
    )
    html = f'<html lang="sv"><head><title>Kalender</title></head><body>{body}</body></html>'
    start = dt.datetime(2026, 2, 1, tzinfo=STOCKHOLM)
    events = parse_page(html, zone=STOCKHOLM, base="https://krog.example/kalender/", start=start)
    assert [
        (moment, title, event.source_title or title, event.url)
        for event, (moment, title) in zip(events, local(events, STOCKHOLM), strict=True)
    ] == [
        (dt.date(2026, 2, 5), "Derby på storbild", "Derby på storbild", "https://krog.example/event/derby/"),
        (dt.datetime(2026, 2, 6, 17, tzinfo=STOCKHOLM), "Quiz", "Quiz Från Kl.17.00", "https://krog.example/event/quiz/"),
        (dt.date(2026, 2, 6), "Mexikansk afton", "Mexikansk afton", "https://krog.example/event/tema/"),
        (dt.datetime(2026, 2, 6, 12, tzinfo=STOCKHOLM), "Lunch", "Lunch Kl.12-15", "https://krog.example/event/lunch/"),
        # the match is all day: the 22:00 on the line under it is the piano bar's, not the match's
        (dt.date(2026, 2, 7), "Matchkväll", "Matchkväll", "https://krog.example/event/match/"),
        (dt.datetime(2026, 2, 7, 22, tzinfo=STOCKHOLM), "Pianobar, 23+", "Pianobar Kl.22.00, 23+",
         "https://krog.example/event/piano/"),
    ]  # fmt: skip
    assert events[3].end == dt.datetime(2026, 2, 6, 15, tzinfo=STOCKHOLM)
