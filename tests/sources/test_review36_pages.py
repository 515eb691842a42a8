"""Review36: review35's left items, each fixed generically and tried both ways on pages of our own (dates 2031,
fetched on 1 February 2031).

- ``_page_showtime_rows``: a news list's stamps on five-minute marks ("Vláda schválila rozpočet | 14:35") under day
  lines were showings. Now a row of one time is a showing only under a heading that names the place ("Praha - Kino
  Aero") or below a row of several showings on the page (``Bars.timetable``).
- ``_page_record_kinds``: a tennis club's "Court calendar" was refused as a court list, and a "Burns Night supper –
  set menu" page (three prices) as a menu. Now a page whose titles name a sport's court (``SPORTS_COURT``) is no
  court list, and a menu's title that names an occasion ("night", "supper", "gala", "tasting"…, not right before
  "menu": ``OCCASION``) is an evening's event.
- ``_page_month_badges``: a card's badge in a plain element over its linked heading ("Marzec 14", "14 Březen", "Март
  14") made no card (the card's text is joined on one line, and the badge's pattern reads a line of its own): the
  schedule reader named the events by the heading above them. Now a leaf element whose whole text is a badge makes a
  linked block a card (``badge_in``), read by the card's date patterns (``_page_cards._OTHER_LANGUAGES``); Czech
  months' abbreviations ("Úno 14", "Bře 3", "Čvc 21"; "led", "dub", "srp", "lis", "pro" in lower case or with a dot,
  for "PRO14", "Pro 11" and "LED 3" are other things) are badges (``CZECH_SHORT``).
- ``_page_dashed_places``: a resident band with its home town on every line ("Swing night – The Jive Aces, London")
  was the venue. Now a segment repeated on every line is no place when the page's title puts the events at another
  one ("Swing nights at the Blue Room"); a town in the title ("Live at Leeds") or the same venue keeps it.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_month_badges import DAY_FIRST_BADGE, MONTH_BADGE, badge_month
from tests.sources.helpers import read_page

PRAGUE = zoneinfo.ZoneInfo("Europe/Prague")
LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 2, 1, 12, tzinfo=dt.UTC)  # read as a wall clock in each test's zone
prague = functools.partial(read_page, url="https://site.example/page/", zone=PRAGUE, start=START)
london = functools.partial(read_page, url="https://site.example/page/", zone=LONDON, start=START)


def page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><main>{body}</main></body></html>"


def titled(found: list[dict]) -> list[tuple[str, str]]:
    return [(event["title"], str(event["start"])[:16]) for event in found]


def rows(heading: str, days: list[tuple[str, list[tuple[str, str]]]]) -> str:
    body = f"<h1>{heading}</h1>"
    for day, films in days:
        body += f"<h3>{day}</h3>" + "".join(f"<div><a href='/f/{i}'>{name}</a> {times}</div>" for i, (name, times) in
                                          enumerate(films))  # fmt: skip
    return page(heading, body)


# --- a row of one time ---------------------------------------------------------------------------------------------


def table_rows(heading: str, days: list[tuple[str, list[tuple[str, str]]]]) -> str:
    body = f"<h2>{heading}</h2>"
    for day, films in days:
        cells = "".join(f"<tr><td><a href='/x/{i}/'>{name}</a></td><td>{times}</td></tr>" for i, (name, times) in
                        enumerate(films))  # fmt: skip
        body += f"<div class='day'>{day}</div><table>{cells}</table>"
    return page(heading, body)


NEWS = [
    ("Monday 3 February 2031", [("Council approves new budget", "14:35"), ("Road closed after crash", "09:10")]),
    ("Sunday 2 February 2031", [("Storm warning lifted", "18:05")]),
]


@pytest.mark.parametrize("layout", [table_rows, rows])
def test_a_news_lists_stamps_on_five_minute_marks_are_no_showings(layout) -> None:  # type: ignore[no-untyped-def]
    found = london(layout("Latest news", NEWS))
    assert not any("showing" in line for event in found for line in event["evidence"]), found


@pytest.mark.parametrize(
    ("heading", "days", "expected"),
    [
        ("Program", [("Středa 5.2.2031", [("Duna", "17:30 20:30")]), ("Čtvrtek 6.2.2031", [("Anora", "18:00")])],
         [("Duna", "2031-02-05T17:30"), ("Duna", "2031-02-05T20:30"), ("Anora", "2031-02-06T18:00")]),
        ("Praha - Kino Aero", [("Středa 5.2.2031", [("Duna", "20:30")]), ("Čtvrtek 6.2.2031", [("Anora", "18:00")])],
         [("Duna", "2031-02-05T20:30"), ("Anora", "2031-02-06T18:00")]),
    ],
)  # fmt: skip
def test_a_cinemas_row_of_one_time_is_still_a_showing(heading: str, days: list, expected: list) -> None:
    assert titled(prague(rows(heading, days))) == expected


# --- a sport's court, an occasion's menu -------------------------------------------------------------------------

TENNIS = page(
    "Court calendar | Oakfield Tennis Club",
    "<h1>Court calendar</h1><table><tr><th>Date</th><th>Event</th><th>Time</th></tr>"
    "<tr><td>Saturday 14 June 2031</td><td>Club singles tournament</td><td>10:00</td></tr>"
    "<tr><td>Sunday 22 June 2031</td><td>Junior open day</td><td>14:00</td></tr></table>",
)
COUNTY_COURT = page(
    "Court calendar | Kings County Supreme Court",
    "<h1>Court calendar</h1><table><tr><th>Date</th><th>Case</th><th>Part</th></tr>"
    "<tr><td>16 June 2031</td><td>People v. Smith</td><td>Part 12</td></tr>"
    "<tr><td>17 June 2031</td><td>People v. Jones</td><td>Part 3</td></tr></table>",
)
MAGISTRATES = page(
    "Daily court list | Leeds Magistrates",
    "<h1>Daily court list</h1><table><tr><th>Date</th><th>Case No.</th><th>Courtroom</th></tr>"
    "<tr><td>16 June 2031</td><td>CR-12</td><td>3</td></tr><tr><td>16 June 2031</td><td>CR-13</td><td>4</td></tr></table>",
)


def test_a_tennis_clubs_court_calendar_lists_events() -> None:
    assert titled(london(TENNIS)) == [
        ("Club singles tournament", "2031-06-14T10:00"),
        ("Junior open day", "2031-06-22T14:00"),
    ]


@pytest.mark.parametrize("document", [COUNTY_COURT, MAGISTRATES])
def test_a_courts_calendar_is_still_refused(document: str) -> None:
    assert london(document) == []


def menu_page(title: str, heading: str, when: str, prices: str) -> str:
    return page(title, f"<h1>{heading}</h1><p>{when}</p><p>{prices}</p>")


def test_a_burns_night_supper_set_menu_is_an_event() -> None:
    supper = menu_page(
        "Burns Night supper – set menu | The Thistle",
        "Burns Night supper – set menu",
        "Saturday 25 January 2032, 7pm",
        "Three courses £45.00, with whisky flight £60.00, children £20.00",
    )
    assert titled(london(supper)) == [("Burns Night supper – set menu", "2032-01-25T19:00")]


@pytest.mark.parametrize(
    ("title", "when"),
    [("Set menu", "Available Monday 16 June 2031 to Friday 20 June 2031, 12pm"),
     ("Lunch menu", "Monday 16 June 2031, 12pm")],
)  # fmt: skip
def test_a_restaurants_menu_is_still_refused(title: str, when: str) -> None:
    assert london(menu_page(f"{title} | The Thistle", title, when, "Soup £5.50, pie £12.50, wine £18.00")) == []


# --- a month's badge in a card --------------------------------------------------------------------------------------


def cards(heading: str, badges: tuple[str, str], names: tuple[str, str], places: tuple[str, str]) -> str:
    body = f"<h1>{heading}</h1>" + "".join(
        f"<div class='ev'><div class='badge'>{badge}</div><h3><a href='/e/{i}'>{name}</a></h3><p>{place}</p></div>"
        for i, (badge, name, place) in enumerate(zip(badges, names, places, strict=True))
    )
    return page(heading, body)


@pytest.mark.parametrize(
    ("zone", "badges", "names"),
    [
        ("Europe/Warsaw", ("Marzec 14", "Marzec 21"), ("Koncert jazzowy", "Wieczór poezji")),
        ("Europe/Prague", ("14 Březen", "21 Březen"), ("Jazzový večer", "Večer poezie")),
        ("Europe/Moscow", ("Март 14", "Март 21"), ("Джазовый вечер", "Вечер поэзии")),
        ("Europe/Prague", ("Bře 14", "bře. 21"), ("Jazzový večer", "Večer poezie")),
    ],
)
def test_a_cards_badge_names_its_own_event(zone: str, badges: tuple[str, str], names: tuple[str, str]) -> None:
    document = cards("Koncerty 2031", badges, names, ("Klub, 20:00", "Dom, 18:00"))
    found = read_page(document, url="https://site.example/", zone=zoneinfo.ZoneInfo(zone), start=START)
    # left35: each card's place line gives its clock ("Klub, 20:00"), as "March 14" over it does (_page_place_clock)
    assert titled(found) == [(names[0], "2031-03-14T20:00"), (names[1], "2031-03-21T18:00")]


def test_czech_abbreviated_badges_read_as_the_full_names_do() -> None:
    def calendar(first: str, second: str) -> str:
        return page("Koncerty", "<h1>Koncerty Karol a Kvído</h1>" + "".join(
            f"<h2>{month} 2031</h2><div class='c'><div class='b'>{badge}</div><h3><a href='/{i}'>{name}</a></h3></div>"
            for i, (month, badge, name) in enumerate((("ÚNOR", first, "Pirátský poklad"), ("DUBEN", second, "Jarní koncert")))
        ))  # fmt: skip

    full = titled(prague(calendar("Únor 14", "Duben 3")))
    assert (
        full
        == titled(prague(calendar("Úno 14", "dub 3")))
        == [
            ("Pirátský poklad", "2031-02-14"),
            ("Jarní koncert", "2031-04-03"),
        ]
    )


@pytest.mark.parametrize(
    ("text", "month"),
    [("Úno 14", 2), ("ÚNO14", 2), ("led 3", 1), ("Pro. 14", 12), ("Čvc 21", 7), ("Čvn 2", 6), ("Zář 9", 9),
     ("Říj 1", 10), ("kvě 8", 5), ("lis 30", 11), ("srp 4", 8)],
)  # fmt: skip
def test_czech_month_abbreviations(text: str, month: int) -> None:
    found = MONTH_BADGE.fullmatch(text)
    assert found is not None
    assert badge_month(found["month"]) == month


@pytest.mark.parametrize("text", ["PRO14", "Pro 14", "Pro 11", "LED 3", "Led 14", "Dub 3", "Lis 2", "lis", "Úno 2031"])
def test_words_that_are_no_czech_badges(text: str) -> None:
    assert MONTH_BADGE.fullmatch(text) is None
    assert DAY_FIRST_BADGE.fullmatch(text) is None


def test_a_shops_size_buttons_and_a_leagues_name_make_no_cards() -> None:
    shop = page("Tablets | Shop", "<h1>Tablets</h1>" + "".join(
        f"<div class='product-card'><h3><a href='/p{i}'>Tablet {i}</a></h3><button>Pro 11</button>"
        f"<button>Pro 13</button><p>£{i}99.00</p></div>" for i in range(3)))  # fmt: skip
    rugby = page("News", "<h1>Leinster news</h1>" + "".join(
        f"<div class='card'><h3><a href='/n{i}'>Match report {i}</a></h3><span>PRO14</span></div>" for i in range(3)))  # fmt: skip
    assert london(shop) == []
    assert london(rugby) == []


# --- a resident band's home town -------------------------------------------------------------------------------------


def nights(title: str, heading: str, name: str, segment: str, clock: str = "8pm") -> str:
    items = "".join(f"<li>Friday {day} June 2031, {clock} — {name} – {segment}</li>" for day in (6, 13, 20))
    return page(title, f"<h1>{heading}</h1><ul>{items}</ul>")


def places(found: list[dict]) -> list[str | None]:
    return [event["venue_name"] for event in found]


def test_a_resident_bands_home_town_is_no_venue() -> None:
    found = london(nights("Swing nights at the Blue Room", "Swing nights 2031", "Swing night", "The Jive Aces, London"))
    assert places(found) == [None, None, None]
    assert {event["title"] for event in found} == {"Swing night – The Jive Aces, London"}


@pytest.mark.parametrize(
    ("title", "segment"),
    [("Quiz nights", "The Crown, Leeds"), ("Quiz nights at The Crown", "The Crown, Leeds"),
     ("Live at Leeds 2031", "The Brudenell, Leeds")],
)  # fmt: skip
def test_a_venue_repeated_on_every_line_is_still_the_place(title: str, segment: str) -> None:
    found = london(nights(title, "Nights 2031", "Quiz night", segment, "7pm"))
    assert places(found) == [segment] * 3
