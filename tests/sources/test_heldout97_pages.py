"""The ninety-seventh held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout97.json: a
Czech children's duo's concert calendar and four of its concert pages, a film database's cinema timetable and a
cinema's programme, measured once at 00c89eee), on small documents of our own:

* A calendar's day badge sets the month's name in the nominative over the day, the page's text joining them
  ("Únor14" under "ÚNOR 2026"): no date was read, nothing at all. Now a nominative month (Czech, Polish, Russian)
  and a day, a line of its own, is that day (``_page_month_badges``). Not inside a sentence or a title, not a
  month's heading with its year ("Únor 2026"), not Finnish's nominatives.
* Each concert's line under its day is "Divadlo Lucie Bílé, v 10:00 hodin": its time was read, its place not. Now
  a short place's name, a comma, and the time closing the line gives the place (``_page_comma_clock_places``).
  Not: "Doors, 7 pm", a label of the time's part, a line that goes on after the time, a sentence.
* A concert page's heading repeats its day, hour and town ("Pirátský poklad 14. února 2026 v 15 hodin Praha"): the
  title kept them. Now a town (one to three capitalised words) after the heading's own date and hour is cut with
  them (``_page_heading_day.TOWN_TAIL``). Not without an hour, not a lower-case tail.
* The page labels its place "Kde:" (where) over the value: not read. Now "where" in the languages read here, set
  before a colon, is a place's label as "Where?" was (``_place_labels.WHERE_ASKED``).
* Its footer "Všechny akce Karol a Kvído" (all events) lists another show's date: the page was read as three events.
  Now that heading, and "more/other/all events" in German, French, Spanish, Dutch and Polish, starts the related
  events below the page's own (``_page_related``).
* A cinema timetable lists each day ("Středa 5.8.2026") and under it one row per film, its link and its times
  ("Film | 18:00 20:30"): read as one all-day event per day titled by the cinema's heading. Now such a row under a
  date bar is one showing per time, placed by the heading over it when that names a place (``_page_showtime_rows``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_bars import hours_line
from sources.adapters._page_comma_clock_places import place_beside_clock
from sources.adapters._page_dates import find_dates
from sources.adapters._page_heading_day import without_heading_date
from sources.adapters._page_related import RELATED_HEADING
from sources.adapters._place_labels import LABEL_ALONE
from tests.sources.helpers import one_event, read_page

PRAGUE = zoneinfo.ZoneInfo("Europe/Prague")
START = dt.datetime(2031, 2, 1, 12, tzinfo=PRAGUE)
read = functools.partial(read_page, url="https://duo.example/kalendar/", zone=PRAGUE, start=START)
TODAY = dt.date(2031, 2, 1)


@pytest.mark.parametrize(
    ("text", "day"),
    [("Únor14", dt.date(2031, 2, 14)), ("Březen 7", dt.date(2031, 3, 7)), ("Luty 3", dt.date(2031, 2, 3))],
)
def test_a_nominative_month_over_its_day_is_that_day(text: str, day: dt.date) -> None:
    assert [hit.date for hit in find_dates(text, year_hint=2031, today=TODAY)] == [day]


@pytest.mark.parametrize(
    "text",
    ["Únor 2031", "Květen 14 dní", "Koncert Únor 14", "helmikuu 3", "Program na květen"],
)
def test_a_month_heading_or_a_sentence_is_no_badge(text: str) -> None:
    assert find_dates(text, year_hint=2031, today=TODAY) == []


def _calendar(*concerts: tuple[str, str, str, str]) -> str:
    rows = "".join(
        f"<h3>{town}</h3><h4>{badge}</h4><h5><a href='/akce/{slug}/'>{slug.title()}</a></h5><p>{line}</p>"
        for town, badge, slug, line in concerts
    )
    return f"<html><body><h1>Kalendář koncertů</h1><h2>ÚNOR 2031</h2>{rows}</body></html>"


def test_a_calendar_of_month_badges_is_read_with_each_concerts_place() -> None:
    events = read(
        _calendar(
            ("Praha", "Únor14", "poklad", "Divadlo Lucie Bílé, v 10:00 hodin"),
            ("Litvínov", "Únor22", "dobrodruzstvi", "Kino Máj, v 16:00 hodin"),
        )
    )
    got = [(event["title"], event["start"][:16], event["venue_name"]) for event in events]
    assert got == [
        ("Poklad", "2031-02-14T10:00", "Divadlo Lucie Bílé"),
        ("Dobrodruzstvi", "2031-02-22T16:00", "Kino Máj"),
    ]


def test_a_line_that_goes_on_after_its_time_places_nothing() -> None:
    event = one_event(read(_calendar(("Praha", "Únor14", "poklad", "Kino Máj, 16:00, vstup zdarma"))))
    assert event["venue_name"] is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Divadlo Lucie Bílé, v 10:00 hodin", "Divadlo Lucie Bílé"),
        ("Stadthalle – 19:30 Uhr", "Stadthalle"),
        ("Doors, 7 pm", None),
        ("Beginn, 19:00 Uhr", None),
        ("Kino Máj, 16:00, vstup zdarma", None),
        ("Tickets $10, 8pm", None),
        ("Sat 12.3., 19:00", None),
    ],
)
def test_a_place_before_its_time_and_a_comma(line: str, place: str | None) -> None:
    clock = hours_line(line, dated=True)
    assert clock is not None
    assert place_beside_clock(line, clock) == place


def _concert(extra: str = "") -> str:
    return (
        "<html><body><h1>Pirátský poklad 14. února 2031 v 15 hodin Praha</h1><h2>Kdy:</h2>"
        "<p>14. února, v 15:00 hodin</p><h2>Kde:</h2><p>Praha, Divadlo Lucie Bílé</p><h2>Informace:</h2>"
        f"<p>Připravte se na show plnou dobrodružství.</p>{extra}</body></html>"
    )


def test_a_concert_page_is_its_show_without_its_day_hour_and_town_in_the_title() -> None:
    event = one_event(read(_concert()))
    assert (event["title"], event["start"][:16]) == ("Pirátský poklad", "2031-02-14T15:00")
    assert event["venue_name"] == "Praha, Divadlo Lucie Bílé"


def test_the_shows_under_all_events_are_not_the_pages() -> None:
    footer = "<h3>Všechny akce Karol a Kvído</h3><p>Vánoční příběh 25. prosince 2031 v 10 hodin Praha</p>"
    assert one_event(read(_concert(footer)))["title"] == "Pirátský poklad"


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        ("Pirátský poklad 14. února 2031 v 15 hodin Praha", "Pirátský poklad"),
        ("Recap February 14, 2031 Praha", "Recap February 14, 2031 Praha"),  # no hour: a post's stamp, kept
        ("Concert February 14, 2031 8 pm the agenda", "Concert February 14, 2031 8 pm the agenda"),
    ],
)
def test_a_town_after_the_headings_own_date_and_hour(heading: str, kept: str) -> None:
    place = "Praha, Divadlo Lucie Bílé"  # the page's place names the town (review35: a name it does not is kept)
    assert without_heading_date(heading, dt.date(2031, 2, 14), today=TODAY, place=place) == kept


@pytest.mark.parametrize(("text", "label"), [("Kde:", True), ("Wo:", True), ("Where?", True), ("Kde", False)])
def test_where_before_a_colon_labels_a_place(text: str, label: bool) -> None:
    assert (LABEL_ALONE.match(text) is not None) is label


@pytest.mark.parametrize(
    ("heading", "related"),
    [
        ("Všechny akce Karol a Kvído", True),
        ("Weitere Veranstaltungen", True),
        ("Autres événements", True),
        ("All events", False),  # bare, a listing's whole programme (review35)
        ("All events by Karol a Kvído", True),
        ("Všechny akce se konají v hlavním sále divadla.", False),
        ("Veranstaltungen", False),
    ],
)
def test_related_events_headings(heading: str, related: bool) -> None:
    assert (RELATED_HEADING.match(heading) is not None) is related


def _timetable(heading: str, row: str = "<td class='td-time'>18:00 20:30</td>") -> str:
    return (
        f"<html><body><div><h2>{heading}</h2><div>Středa 5.3.2031</div><table><tr>"
        f"<td><a href='/film/111-film/'>Film</a></td>{row}</tr></table>"
        "<div>Čtvrtek 6.3.2031</div><table><tr><td><a href='/film/222-film/'>Další film</a></td>"
        "<td>19:00</td></tr></table></div></body></html>"
    )


def test_a_films_row_of_times_under_a_day_is_one_showing_per_time() -> None:
    events = read(_timetable("Praha - Kino Aero"))
    got = [(event["title"], event["start"][:16], event["venue_name"]) for event in events]
    assert got == [
        ("Film", "2031-03-05T18:00", "Praha - Kino Aero"),
        ("Film", "2031-03-05T20:30", "Praha - Kino Aero"),
        ("Další film", "2031-03-06T19:00", "Praha - Kino Aero"),
    ]
    assert events[0]["url"] == "https://duo.example/film/111-film/"


def test_a_heading_that_names_no_place_places_no_showing() -> None:
    assert {event["venue_name"] for event in read(_timetable("Program"))} == {None}


def test_a_row_that_says_more_than_its_times_is_no_showtimes_row() -> None:
    events = read(_timetable("Praha - Kino Aero", "<td>18:00 Sál 2, 120 min</td>"))
    assert ("Film", "2031-03-05T20:30") not in [(event["title"], event["start"][:16]) for event in events]
