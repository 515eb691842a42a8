"""The sixty-second held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout62.json: measured
once at 23923d43), on small documents of our own:

* A cinema's week is one small timetable per film under the film's heading: a header row "Saal | Heute 30.07.14 |
  Do 31.07.14 | …", one row whose first cell is the hall ("Saal") and whose day cells hold showtime links written
  "> 20:15". Every showing was titled "Saal", the "Heute" column was no day, a cell's second showing was lost and a
  film with one showing in the week gave nothing. Now a day's label may say today or tomorrow in place of its
  weekday, a clock behind an arrow is a bare clock link, a row label that only repeats the header above it names
  nothing (the heading above the grid names the showings), and a grid's lone session counts when another grid of the
  page has the same header days (_page_showtime_grids). Not: a label with other words ("Heute geschlossen"), a link
  that is an arrow and words, a row label of its own ("Frozen II" under "Film"), a page with one grid of one session.
* A student house's programme writes each day as a box of spans (weekday, day number, month, each classed as a
  "name") over the day's entries (a link, then "21:00 - Konsert - Teglverket"): each day was one card titled "januar".
  Now an element classed as a name that is only a month's name names nothing, so the schedule readers read each entry
  at its time (_page_month_names). Not: a name holding a month among other words ("Mai Jazz Night").
* A canteen's weekly menu, "Menüplan vom 11. - 15. Dezember 2017" over a table of dishes, was one event over the
  week. Now a card whose date a menu-of-the-week word introduces gives no event (_page_menu_weeks). Not: a dinner
  that is an event ("Menü-Abend am 18. März"), a word joined to another ("Speiseplan-Workshop").

Left (manifest's figures.after): a festival card's stage written on the line before its date
("Bergenhus Festning - Plenen<br/>onsdag 11. juni 2014") is not read as its place.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

from sources.adapters._page_menu_weeks import menu_dated
from sources.adapters._page_month_names import month_alone
from sources.adapters._page_showtime_grids import marked_clock, relative_day_word, repeats_header
from sources.adapters._page_week_grid import day_label
from tests.sources.helpers import local_minute, read_page

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
MARCH = dt.datetime(2026, 3, 26)  # noqa: DTZ001 - a wall-clock time read_page places in the zone

read_cinema = functools.partial(read_page, url="https://kino.example.de/programm.html", zone=BERLIN, start=MARCH)
read_house = functools.partial(read_page, url="https://hus.example.no/program/", zone=OSLO, start=MARCH)
read_canteen = functools.partial(read_page, url="https://mensa.example.at/menueplan", zone=BERLIN, start=MARCH)

DAYS = [("Heute", "26.03.26"), ("Fr", "27.03.26"), ("Sa", "28.03.26"), ("So", "29.03.26")]


def timetable(cells: list[list[str]], *, label: str = "Saal", days: list[tuple[str, str]] = DAYS) -> str:
    head = "".join(f"<th>{word}<br />{date}</th>" for word, date in days)
    body = "".join(
        "<td>" + "".join(f'<div class="time"><a href="/tickets?show={t}">&gt; {t}</a></div>' for t in cell) + "</td>"
        for cell in cells
    )
    return (
        f'<table class="showtable"><tr><th>{label}</th>{head}</tr>'
        f'<tr><td><div class="screen">{label}</div></td>{body}</tr></table>'
    )


def film(name: str, cells: list[list[str]], **options: object) -> str:
    return (
        f'<div class="listrow"><table><tr><td><h1>{name}</h1><p>Drama - 2026<br />FSK: 12 - 110 minutes</p>'
        '<p class="showtime">ab 26.03.2026</p>'
        f'<a href="/film/{name.lower().replace(" ", "-")}.html">Detailansicht</a></td></tr></table>'
        f'<div class="timetable">{timetable(cells, **options)}</div></div>'  # type: ignore[arg-type]
    )


def programme(*films: str) -> str:
    return f'<html lang="de"><head><title>Filmprogramm</title></head><body>{"".join(films)}</body></html>'


def showings(events: list[dict[str, object]]) -> list[tuple[object, object]]:
    return sorted(
        (event["title"], local_minute(dt.datetime.fromisoformat(str(event["start"])), BERLIN)) for event in events
    )


# A cinema's week, one timetable per film ------------------------------------------------------------------------


def test_a_films_timetable_is_named_by_the_film_today_counts_and_every_marked_link_is_a_showing() -> None:
    page = programme(
        film("Der Leuchtturm", [["20:15"], [], ["22:45", "20:00"], ["17:30"]]),
        film("Nordlicht", [["17:45"], ["14:15"], [], []]),
        film("Ein einziger Abend", [[], [], ["19:30"], []]),
    )

    assert showings(read_cinema(page)) == [
        ("Der Leuchtturm", "2026-03-26 20:15"),
        ("Der Leuchtturm", "2026-03-28 20:00"),
        ("Der Leuchtturm", "2026-03-28 22:45"),
        ("Der Leuchtturm", "2026-03-29 17:30"),
        ("Ein einziger Abend", "2026-03-28 19:30"),
        ("Nordlicht", "2026-03-26 17:45"),
        ("Nordlicht", "2026-03-27 14:15"),
    ]


def test_a_row_label_of_its_own_still_names_the_rows_showings() -> None:
    # a week grid with a film a row: "Frozen II" under the column "Film" is the row's name, not the column's word
    head = "".join(f"<th>{word} {date}</th>" for word, date in DAYS)
    rows = "".join(
        f"<tr><td>{name}</td>"
        + "".join(f'<td><a href="/t/{name[:3]}{i}">{t}</a></td>' if t else "<td></td>" for i, t in enumerate(times))
        + "</tr>"
        for name, times in (("Frozen II", ["15:00", "", "15:00", ""]), ("Mulan", ["", "18:00", "", "18:00"]))
    )
    page = (
        f'<html lang="de"><body><h1>Kinoprogramm</h1><p>Spielwoche ab 26.03.2026</p><table><tr><th>Film</th>{head}</tr>'
        f"{rows}</table></body></html>"
    )

    assert showings(read_cinema(page)) == [
        ("Frozen II", "2026-03-26 15:00"),
        ("Frozen II", "2026-03-28 15:00"),
        ("Mulan", "2026-03-27 18:00"),
        ("Mulan", "2026-03-29 18:00"),
    ]


def test_a_page_with_one_timetable_of_one_showing_gives_no_grid_session() -> None:
    page = programme(film("Der Leuchtturm", [[], ["20:15"], [], []]))

    assert ("Der Leuchtturm", "2026-03-27 20:15") not in showings(read_cinema(page))


def test_lone_showings_in_grids_of_different_weeks_are_not_read_as_one_week() -> None:
    other_week = [("Mo", "30.03.26"), ("Di", "31.03.26"), ("Mi", "01.04.26"), ("Do", "02.04.26")]
    page = programme(
        film("Der Leuchtturm", [[], ["20:15"], [], []]),
        film("Nordlicht", [[], [], ["18:00"], []], days=other_week),
    )

    found = showings(read_cinema(page))
    assert ("Der Leuchtturm", "2026-03-27 20:15") not in found
    assert ("Nordlicht", "2026-04-01 18:00") not in found


def test_today_in_a_days_label_but_not_beside_other_words() -> None:
    today = dt.date(2026, 3, 26)
    assert day_label("Heute 26.03.2026", today) == dt.date(2026, 3, 26)
    assert day_label("Today 26 Mar", today) == dt.date(2026, 3, 26)
    assert day_label("Heute geschlossen 26.03.2026", today) is None
    assert relative_day_word("Morgen")
    assert not relative_day_word("Matinee")


def test_a_clock_behind_an_arrow_is_a_clock_link_but_not_an_arrow_with_words() -> None:
    assert marked_clock("> 20:15") == "20:15"
    assert marked_clock("» 9.30") == "9.30"
    assert marked_clock("> Tickets") is None
    assert marked_clock("> 20:15 Einlass ab 19 Uhr") is None
    assert repeats_header("Saal", "Saal")
    assert not repeats_header("Frozen II", "Film")


# A day box whose month is classed as a name ---------------------------------------------------------------------


def day_box(weekday: str, number: int, entries: list[tuple[str, str, str]]) -> str:
    rows = "".join(
        f'<div class="agenda_entry"><a href="/program/{slug}">{name}</a> <br />'
        f'<span class="agenda_details">{details}</span></div>'
        for slug, name, details in entries
    )
    return (
        f'<div class="agenda_day clearfix"><h2 class="agenda_box">\n <span class="agenda_day_name">{weekday}</span>'
        f'\n <span class="agenda_day_number">{number}</span>\n <span class="agenda_month_name">mars</span>\n</h2>'
        f'<div class="event_list">{rows}</div></div>'
    )


def test_a_day_box_whose_month_is_classed_as_a_name_is_read_entry_by_entry() -> None:
    page = (
        "<html lang='nb'><body><h1>Program</h1><div class='agenda'>"
        + day_box(
            "fredag",
            27,
            [
                ("1/quiz", "Quiz i salen", "20:30 - Quiz, Pub - Salen"),
                ("2/konsert", "Nattkonsert", "22:30 - Konsert - Kjelleren"),
            ],
        )
        + day_box("lørdag", 28, [("3/dans", "Dansegulv", "23:00 - Klubb - Salen")])
        + day_box("mandag", 30, [("4/brettspill", "Brettspillmandag", "19:00 - Pub - Salen")])
        + "</div></body></html>"
    )

    found = [
        (event["title"], local_minute(dt.datetime.fromisoformat(str(event["start"])), OSLO))
        for event in read_house(page)
    ]
    assert found == [
        ("Quiz i salen", "2026-03-27 20:30"),
        ("Nattkonsert", "2026-03-27 22:30"),
        ("Dansegulv", "2026-03-28 23:00"),
        ("Brettspillmandag", "2026-03-30 19:00"),
    ]


def test_only_a_month_alone_names_nothing() -> None:
    assert month_alone("januar")
    assert month_alone("May")
    assert month_alone(" März. ")
    assert not month_alone("Mai Jazz Night")
    assert not month_alone("Oktoberfest")


# A canteen's menu of the week ------------------------------------------------------------------------------------


def canteen(line: str, heading: str = "Diese Woche gibt es eine vegetarische Suppe") -> str:
    dishes = "".join(
        f"<tr><td>{day}</td><td>Suppe, {dish} mit Salat</td><td>4,00</td><td>5,25</td></tr>"
        for day, dish in (("MO", "Hirseauflauf"), ("DI", "Lasagne"), ("MI", "Spätzle"))
    )
    return (
        '<html><body><div class="article list"><div class="contentSection"><div class="listContent">'
        f'<h2 class="modTitle">Menüplan</h2><div class="modTeaser"><h2>{heading}</h2>'
        f"<p>Öffnungszeiten: Mo - Fr 11.00 - 13:00 Uhr</p><p>Kalenderwoche 12<br>{line}</p>"
        f"<table>{dishes}</table></div></div></div></div></body></html>"
    )


def test_a_canteens_menu_of_the_week_is_no_event() -> None:
    assert read_canteen(canteen("Menüplan vom 16. - 20. März 2026")) == []


def test_a_dinner_is_still_an_event_and_a_joined_word_is_no_menu() -> None:
    events = read_canteen(canteen("Menü-Abend am 18. März 2026, 19 Uhr", heading="Menü-Abend mit Weinbegleitung"))

    assert [
        (event["title"], local_minute(dt.datetime.fromisoformat(str(event["start"])), BERLIN)) for event in events
    ] == [("Menü-Abend mit Weinbegleitung", "2026-03-18 19:00")]
    assert menu_dated("Menüplan vom 16. - 20. März 2026", dt.date(2026, 3, 16))
    assert menu_dated("Weekly menu: March 16 - 20, 2026", dt.date(2026, 3, 16))
    assert not menu_dated("Speiseplan-Workshop am 18.03.2026", dt.date(2026, 3, 18))
    assert not menu_dated("Menüplan vom 16. - 20. März 2026", dt.date(2026, 3, 18))  # the card's day is another
