"""A week's timetable or booking grid and a day's run of bare clock links (_page_week_grid; issue #13, the committed
case b55-megazone-open-games of bench/corpus/pages/manifest-heldout55.json), on small pages of our own:

* A booking week: a header row naming the days ("Ti<br>05.01.2027"), rows of half hours drawn with offset rowspans,
  each day's cell a link "Ti 12:00 <strong>Varaa</strong>" or an empty cell (taken). Read as a schedule it gave one
  all-day event per header day titled "Varaa". Now each linked cell is a session at its day and clock, named by the
  heading above the grid; the taken cells give none.
* The same week as a list of day labels, each followed by its free times as bare links ("12:00", "12:30"): the same
  sessions, alone or beside the grid without doubling it.
* A broadcaster's or a gym's week, the row's label the time and the cell the programme (or the cell's own "20:15
  Tatort"): one event per filled cell, named by the cell; a cell or label that writes a range gives its end. A
  cinema's week, a film a row and each day's showtimes bare links: one event per link, named by the row.

Not sessions (hard negatives): an opening-hours table with days across and "9:00–17:00" in its cells; a price table
with dated columns; a table of daily clocks (sunrise, sunset) without links; a month grid of day numbers under weekday names (read as before); a grid whose cells name other
days; a cell spread across several days; a table naming two days only.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from unittest import mock

import pytest

from sources.adapters import _page_intl, html
from sources.adapters._page_week_grid import day_label
from tests.sources.helpers import local_minute, read_page

HELSINKI = zoneinfo.ZoneInfo("Europe/Helsinki")
JANUARY = dt.datetime(2027, 1, 1)  # noqa: DTZ001 - a wall-clock time read_page places in the zone
URL = "https://booking.example/calendar"

read = functools.partial(read_page, zone=HELSINKI, start=JANUARY, url=URL)


def shown(events: list[dict[str, object]]) -> list[tuple[object, ...]]:
    return [
        (
            event["title"],
            local_minute(dt.datetime.fromisoformat(str(event["start"])), HELSINKI)
            if "T" in str(event["start"])
            else event["start"],
            local_minute(dt.datetime.fromisoformat(str(event["end"])), HELSINKI) if event.get("end") else None,
        )
        for event in events
    ]


def without_rule(page: str) -> list[dict[str, object]]:
    """What the page reads as with no week grid reader: the reading before the rule."""
    with mock.patch.object(html, "week_grid_items", return_value=[]):
        return read(page)


# --- a booking week ----------------------------------------------------------------------------------------------
DAYS = [("Ma", "04"), ("Ti", "05"), ("Ke", "06")]
FREE = {("Ma", "12:30"), ("Ti", "12:00"), ("Ti", "12:30"), ("Ke", "13:00")}


def booking_table() -> str:
    header = "".join(f"<th>{short}<br>{day}.01.2027</th>" for short, day in DAYS)
    rows = []
    for clock in ("12:00", "12:30", "13:00"):
        cells = "".join(
            f'<td class="s-avail" rowspan="2"><a href="/book?d=2027-01-{day}&t={clock}">{short} {clock}<br>'
            "<strong>Varaa</strong></a></td>"
            if (short, clock) in FREE
            else '<td class="s-booked" rowspan="2">&nbsp;</td>'
            for short, day in DAYS
        )
        rows.append(f'<tr><td rowspan="2" class="left">{clock}</td></tr><tr>{cells}</tr>')
    return f"<table><tr><th></th>{header}</tr>{''.join(rows)}</table>"


def clock_list() -> str:
    days = []
    for short, day in DAYS:
        links = "".join(
            f'<a href="/book?d=2027-01-{day}&t={clock}">{clock}</a>'
            for clock in ("12:00", "12:30", "13:00")
            if (short, clock) in FREE
        )
        days.append(f'<div class="day">{short} {day}.01.2027<div class="times">{links}</div></div>')
    return f'<div class="list">{"".join(days)}</div>'


def booking_page(*parts: str) -> str:
    form = "<div><b>Huom.</b><br>Saavu paikalle 15 min ennen.</div>"
    return f'<html lang="fi"><body><h1>Sulkapallo</h1>{form}{"".join(parts)}</body></html>'


SESSIONS = [
    ("Sulkapallo", "2027-01-04 12:30", None),
    ("Sulkapallo", "2027-01-05 12:00", None),
    ("Sulkapallo", "2027-01-05 12:30", None),
    ("Sulkapallo", "2027-01-06 13:00", None),
]


def test_a_booking_week_gives_one_session_per_free_cell() -> None:
    events = read(booking_page(booking_table()))
    assert sorted(shown(events), key=lambda row: str(row[1])) == SESSIONS
    assert {event["url"] for event in events} >= {"https://booking.example/book?d=2027-01-05&t=12:00"}
    assert not any(event["title"] in ("Varaa", "Huom.") for event in events)


def test_a_run_of_bare_clock_links_under_a_day_label_is_the_same_list() -> None:
    assert sorted(shown(read(booking_page(clock_list()))), key=lambda row: str(row[1])) == SESSIONS


def test_the_grid_and_its_list_together_are_not_doubled() -> None:
    assert sorted(shown(read(booking_page(booking_table(), clock_list()))), key=lambda row: str(row[1])) == SESSIONS


def test_a_grid_whose_cells_say_only_book_takes_the_time_of_its_rows_label() -> None:
    header = "".join(f"<th>{name} {day} Jan 2027</th>" for name, day in (("Mon", 4), ("Tue", 5), ("Wed", 6)))
    body = (
        '<tr><td>10:00</td><td><a href="/b/1">Book</a></td><td></td><td><a href="/b/2">Reserve</a></td></tr>'
        '<tr><td>11:00</td><td></td><td><a href="/b/3">Book</a></td><td>Booked</td></tr>'
    )
    page = f"<html><body><h2>Court 3</h2><table><tr><th></th>{header}</tr>{body}</table></body></html>"
    assert sorted(shown(read(page)), key=lambda row: str(row[1])) == [
        ("Court 3", "2027-01-04 10:00", None),
        ("Court 3", "2027-01-05 11:00", None),
        ("Court 3", "2027-01-06 10:00", None),
    ]


# --- a programme's week: the row's label is the time, the cell the programme -------------------------------------
def test_a_weekly_programme_grid_names_each_session_by_its_cell() -> None:
    header = "".join(f"<th>{name}<br>{day}.1.2027</th>" for name, day in (("Mo", 4), ("Di", 5), ("Mi", 6), ("Do", 7)))
    body = (
        "<tr><th>06:00</th><td>Frühstücksfernsehen</td><td>Frühstücksfernsehen</td><td></td><td>Sport am Morgen</td></tr>"
        "<tr><th>09:00–10:30</th><td>Rückenfit</td><td></td><td>Yoga für alle</td><td></td></tr>"
    )
    page = f'<html lang="de"><body><h1>Wochenprogramm</h1><table><tr><th>Zeit</th>{header}</tr>{body}</table></body></html>'
    assert sorted(shown(read(page)), key=lambda row: str(row[1])) == [
        ("Frühstücksfernsehen", "2027-01-04 06:00", None),
        ("Rückenfit", "2027-01-04 09:00", "2027-01-04 10:30"),
        ("Frühstücksfernsehen", "2027-01-05 06:00", None),
        ("Yoga für alle", "2027-01-06 09:00", "2027-01-06 10:30"),
        ("Sport am Morgen", "2027-01-07 06:00", None),
    ]


def test_a_tv_week_names_each_programme_by_its_cell_after_its_clock() -> None:
    header = "".join(f"<th>{name} {day} Jan 2027</th>" for name, day in (("Mon", 4), ("Tue", 5), ("Wed", 6)))
    body = (
        '<tr><td><a href="/p/1">20:15 Tatort</a></td><td><a href="/p/2">Tue 20:15 Quiz Night</a></td>'
        '<td><a href="/p/3">21:00–22:30 Late Film</a></td></tr>'
    )
    page = f"<html><body><h1>Channel One this week</h1><table><tr>{header}</tr>{body}</table></body></html>"
    assert sorted(shown(read(page)), key=lambda row: str(row[1])) == [
        ("Tatort", "2027-01-04 20:15", None),
        ("Quiz Night", "2027-01-05 20:15", None),
        ("Late Film", "2027-01-06 21:00", "2027-01-06 22:30"),
    ]


def test_a_cinemas_week_gives_each_showtime_link_its_films_name() -> None:
    header = "".join(f"<th>{name} {day} Jan 2027</th>" for name, day in (("Mon", 4), ("Tue", 5), ("Wed", 6)))
    body = (
        '<tr><th>Paddington in Peru</th><td><a href="/s/1">14:00</a> <a href="/s/2">16:30</a></td><td></td>'
        '<td><a href="/s/3">14:00</a></td></tr>'
        '<tr><th>Nosferatu</th><td><a href="/s/4">20:45</a></td><td>Sold out</td><td></td></tr>'
    )
    page = f"<html><body><h1>Showtimes</h1><table><tr><th></th>{header}</tr>{body}</table></body></html>"
    assert sorted(shown(read(page)), key=lambda row: str(row[1])) == [
        ("Paddington in Peru", "2027-01-04 14:00", None),
        ("Paddington in Peru", "2027-01-04 16:30", None),
        ("Nosferatu", "2027-01-04 20:45", None),
        ("Paddington in Peru", "2027-01-06 14:00", None),
    ]


# --- hard negatives ----------------------------------------------------------------------------------------------
def test_an_opening_hours_table_with_days_across_is_no_sessions() -> None:
    header = "".join(f"<th>{name} {day} Jan 2027</th>" for name, day in (("Mon", 4), ("Tue", 5), ("Wed", 6)))
    page = (
        "<html><body><h1>City Library</h1><table><tr><th></th>" + header + "</tr>"
        "<tr><td>Main branch</td><td>9:00–17:00</td><td>9:00–17:00</td><td>Closed</td></tr>"
        "<tr><td>Reading room</td><td>10:00–16:00</td><td>10:00–16:00</td><td>10:00–14:00</td></tr>"
        "</table></body></html>"
    )
    events = read(page)
    assert events == without_rule(page)
    assert not any(
        event["title"] in ("City Library", "Main branch") and "T09:00" in str(event["start"]) for event in events
    )


def test_a_table_headed_opening_hours_gives_nothing_even_with_words_in_its_cells() -> None:
    header = "".join(f"<th>{name} {day} Jan 2027</th>" for name, day in (("Mon", 4), ("Tue", 5), ("Wed", 6)))
    page = (
        "<html><body><h2>Opening hours over the holidays</h2><table><tr><th></th>" + header + "</tr>"
        "<tr><td>Pool</td><td>9:00–17:00 lane swim</td><td>9:00–12:00 lane swim</td><td>10:00 sauna only</td></tr>"
        "</table></body></html>"
    )
    assert read(page) == without_rule(page)


def test_a_price_table_with_dated_columns_is_no_sessions() -> None:
    header = "".join(f"<th>{name} {day} Jan 2027</th>" for name, day in (("Mon", 4), ("Tue", 5), ("Wed", 6)))
    page = (
        "<html><body><h1>Ticket prices</h1><table><tr><th></th>" + header + "</tr>"
        "<tr><td>10:00–14:00</td><td>12 €</td><td>EUR 12</td><td>$15</td></tr>"
        "<tr><td>14:00–20:00</td><td>15 €</td><td>15 €</td><td>18 €</td></tr>"
        "</table></body></html>"
    )
    assert read(page) == without_rule(page)


def test_a_table_of_daily_clocks_without_links_is_no_sessions() -> None:
    header = "".join(f"<th>{name} {day} Jan 2027</th>" for name, day in (("Mon", 4), ("Tue", 5), ("Wed", 6)))
    page = (
        "<html><body><h1>Helsinki daylight</h1><table><tr><th></th>" + header + "</tr>"
        "<tr><td>Sunrise</td><td>9:23</td><td>9:22</td><td>9:21</td></tr>"
        "<tr><td>Sunset</td><td>15:25</td><td>15:27</td><td>15:29</td></tr>"
        "</table></body></html>"
    )
    assert read(page) == without_rule(page)


def test_a_month_grid_of_day_numbers_reads_as_before() -> None:
    header = "".join(f"<th>{name}</th>" for name in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
    weeks = "".join(
        "<tr>"
        + "".join(f"<td>{day}{' Concert 19:00' if day == 13 else ''}</td>" for day in range(start, start + 7))
        + "</tr>"
        for start in (4, 11)
    )
    page = f"<html><body><h1>January 2027</h1><table><tr>{header}</tr>{weeks}</table></body></html>"
    assert read(page) == without_rule(page)


def test_a_grid_whose_header_names_dates_over_day_numbers_is_no_week() -> None:
    header = "".join(f"<th>{name} {day}.1.2027</th>" for name, day in (("Mo", 4), ("Di", 5), ("Mi", 6)))
    body = "<tr><td>11 Lesung 19:00</td><td>12</td><td>13 Konzert 20:00</td></tr>"
    page = f'<html lang="de"><body><h1>Kalender</h1><table><tr>{header}</tr>{body}</table></body></html>'
    assert read(page) == without_rule(page)


def test_a_cell_across_several_days_and_a_two_day_header_give_nothing() -> None:
    two = "<tr><th></th><th>Mon 4 Jan 2027</th><th>Tue 5 Jan 2027</th></tr>"
    body = '<tr><td>10:00</td><td><a href="/b/1">Book</a></td><td><a href="/b/2">Book</a></td></tr>'
    page = f"<html><body><h1>Court 1</h1><table>{two}{body}</table></body></html>"
    assert read(page) == without_rule(page)
    header = "".join(f"<th>{name} {day} Jan 2027</th>" for name, day in (("Mon", 4), ("Tue", 5), ("Wed", 6)))
    across = '<tr><td>10:00</td><td colspan="3">Closed for the holidays</td></tr>'
    page = f"<html><body><h1>Court 1</h1><table><tr><th></th>{header}</tr>{across}</table></body></html>"
    assert read(page) == without_rule(page)


@pytest.mark.parametrize(
    ("text", "language", "day"),
    [
        ("Ti 31.12.2019", "fi", dt.date(2019, 12, 31)),
        ("Mon 30 Dec 2019", None, dt.date(2019, 12, 30)),
        ("Ma 30.12. - Su 05.01.2020", "fi", None),  # a week's span, not a day
        ("Mon 30 Dec 2019 19:00", None, None),  # a session, not a day's label
        ("Christmas party 30.12.2019", None, None),  # a name beside the date
        ("Tue 30 Dec 2019", None, None),  # the weekday contradicts the date
    ],
)
def test_a_day_label_is_a_date_with_at_most_its_weekday(text: str, language: str | None, day: dt.date | None) -> None:
    token = _page_intl.PAGE_LANGUAGE.set(language)
    try:
        assert day_label(text, dt.date(2019, 12, 1)) == day
    finally:
        _page_intl.PAGE_LANGUAGE.reset(token)
