"""left35, pages: known misreads the session's helpers left (issue #13), each tried both ways (dates 2031).

1. A bin-collection list's lines ("Monday 3 March 2031 — Blue bin") and a bus's runs ("08:15 Route 7 departs Market
   Square") were events: a bin by its colour is a record's label, a route's run is no event where two rows are
   (``_page_record_titles``).
3. A pub's page whose one section is its "Christmas party menu" with three prices was one event held at 0.6: a menu
   now, refused as review34's menus are (``_page_menu_sections``).
4./5. A dated line alone under "What's on" (or a menu page's "Veranstaltungen") was titled by the heading or the page
   heading: named by its own words now (``_page_listing_one``).
6. "Le 7 frévrier 2031", "14 Febuary 2031": a month misspelt by one letter in a date's shape is read as that month
   (``_page_misspelt_months``); ordinary words one letter from a month ("Junior", "Marche") are not.
8. A card whose badge is another language's month ("Marzec 14") lost the clock of "Klub Pod Baranami, 20:00": its
   one place line's clock is read (``_page_place_clock``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo
from typing import Any

import pytest

from sources.adapters import (
    _page_block_reader,
    _page_listing_one,
    _page_menu_sections,
    _page_misspelt_months,
    _page_place_clock,
    _page_prepare,
    _page_record_kinds,
    _page_record_titles,
    html,
)
from sources.adapters.base import FetchWindow
from sources.extraction import extract_document
from tests.sources.helpers import read_page

LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 1, 20, 9)  # noqa: DTZ001 (read_page sets the zone)
read = functools.partial(read_page, url="https://site.example/page", zone=LONDON, start=START)


def _page(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body><main>{body}</main></body></html>"


def _read(body: str) -> list[tuple[Any, ...]]:
    return [(event["title"], str(event["start"])[:16], event["venue_name"]) for event in read(body)]


def _notes(body: str) -> list[str]:
    start = START.replace(tzinfo=LONDON)
    window = FetchWindow(start, start + dt.timedelta(days=365))
    return extract_document(body.encode(), window=window, page_url="https://site.example/page", zone=LONDON).notes


# --- 1. bins and buses ------------------------------------------------------------------------------------------------

BINS = _page(
    "Parish council",
    "<h1>Parish council</h1><h2>Collection days</h2><ul><li>Monday 3 March 2031 – Blue bin</li>"
    "<li>Monday 10 March 2031 – Green bin</li><li>Monday 17 March 2031 – Black bin</li>"
    "<li>Monday 24 March 2031 – Blue bin (recycling)</li></ul>",
)
BINS_DE = _page(
    "Gemeinde Linden",
    "<h1>Abfuhrtermine</h1><p>Montag, 3. März 2031 – Gelbe Tonne</p><p>Montag, 10. März 2031 – Biotonne</p>"
    "<p>Montag, 17. März 2031 – Restmüll</p>",
)
BUS = _page(
    "Market day",
    "<h1>Market day</h1><h2>Saturday 8 March 2031</h2><p>08:15 Route 7 departs Market Square</p>"
    "<p>08:45 Route 7 departs Market Square</p><p>09:15 Route 7 departs Market Square</p>",
)
BUS_LINES = _page(
    "Getting here",
    "<h1>Getting here</h1><p>Route 7 – Monday 2 June 2031, 8:05am, Market Square stop</p>"
    "<p>Route 7 – Monday 2 June 2031, 9:05am, Market Square stop</p>"
    "<p>Route 9 – Monday 2 June 2031, 10:05am, Station Road stop</p>",
)


@pytest.mark.parametrize("body", [BINS, BINS_DE, BUS, BUS_LINES], ids=["bins", "bins-de", "bus", "bus-lines"])
def test_hard_negative_bins_and_buses_are_no_events(body: str) -> None:
    assert _read(body) == []


def test_without_the_rules_bins_and_buses_were_events(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_record_titles, "_label", lambda title: False)
    monkeypatch.setattr(_page_record_titles, "_transit", lambda title: False)
    assert [title for title, _, _ in _read(BINS)][:2] == ["Blue bin", "Green bin"]
    assert [title for title, _, _ in _read(BUS)] == ["Route 7 departs Market Square"] * 3


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # one route's name: a band's ("Route 66"), kept
            ["Friday 7 March 2031, 8pm – Route 66", "Saturday 8 March 2031, 8pm – The Blue Notes"],
            ["Route 66", "The Blue Notes"],
        ),
        (  # a bin's word in a name that goes on
            ["Saturday 8 March 2031, 10am – Blue bin art trail", "Sunday 9 March 2031, 2pm – Recycling workshop"],
            ["Blue bin art trail", "Recycling workshop"],
        ),
        (  # a walk that leaves from somewhere, a bus tour by name
            [
                "Saturday 8 March 2031, 10am – Walking group departs from the library",
                "Sunday 9 March 2031, 2pm – Vintage bus tour of the town",
            ],
            ["Walking group departs from the library", "Vintage bus tour of the town"],
        ),
    ],
)
def test_events_named_like_bins_or_routes_are_kept(lines: list[str], expected: list[str]) -> None:
    body = _page("What's on", "<h1>What's on</h1>" + "".join(f"<p>{line}</p>" for line in lines))
    assert [title for title, _, _ in _read(body)] == expected


# --- 3. a page whose one section is a menu ------------------------------------------------------------------------

PRICES = "<p>Roast turkey £18.50</p><p>Nut roast £16.00</p><p>Christmas pudding £6.50</p>"
XMAS = _page(
    "The Red Lion", "<h1>The Red Lion</h1><h2>Christmas party menu</h2><p>Served 12–23 December 2031</p>" + PRICES
)


def test_hard_negative_a_season_menu_under_a_pubs_name_is_a_menu() -> None:
    assert _read(XMAS) == []
    assert any("a menu" in note and "Christmas party menu" in note for note in _notes(XMAS))
    with_hours = XMAS.replace("</main>", "<h2>Opening hours</h2><p>Mon–Sun 11:00–23:00</p></main>")
    assert _read(with_hours) == []


def test_without_the_rule_the_menu_was_the_pubs_event(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_record_kinds, "menu_sections", lambda root, occasion: None)
    assert _read(XMAS) == [("The Red Lion", "2031-12-12", None)]


def test_a_menu_beside_other_sections_or_for_an_occasion_is_read_as_before() -> None:
    whatson = _page(
        "The Red Lion",
        "<h1>The Red Lion</h1><h2>Christmas party menu</h2>" + PRICES + "<h2>What's on</h2>"
        "<p>Quiz night – Friday 12 December 2031, 8pm</p><p>Carol singing – Sunday 21 December 2031, 6pm</p>",
    )
    assert [title for title, _, _ in _read(whatson)] == ["Quiz night", "Carol singing"]
    burns = _page(
        "The Red Lion",
        "<h1>The Red Lion</h1><h2>Burns Night supper – set menu</h2><p>Saturday 25 January 2031, 7pm</p>"
        "<p>Haggis £18.50</p><p>Cranachan £6.00</p><p>Whisky flight £16.00</p>",
    )
    assert [start for _, start, _ in _read(burns)] == ["2031-01-25T19:00"]


def test_menu_sections_reads_headings_only() -> None:
    import lxml.html

    root = lxml.html.fromstring("<div><nav><h2>Events</h2></nav><h2>Festive menu</h2><h3>Allergens</h3></div>")
    assert _page_menu_sections.menu_sections(root, _page_record_kinds.OCCASION) == "Festive menu"
    assert (
        _page_menu_sections.menu_sections(lxml.html.fromstring("<div><p>menu</p></div>"), _page_record_kinds.OCCASION)
        is None
    )


# --- 4./5. one dated line under a listing's heading ---------------------------------------------------------------

QUIZ = "Quiz night – Friday 20 June 2031, 7pm, Village Hall"
LISTED = [
    (_page("What's on", f"<h1>What's on</h1><p>{QUIZ}</p>"), ("Quiz night", "2031-06-20T19:00", "Village Hall")),
    (
        _page("Village Hall", "<h1>Village Hall</h1><h2>What's on</h2><p>Friday 20 June 2031, 7pm – Quiz night</p>"),
        ("Quiz night", "2031-06-20T19:00", None),
    ),
    (
        _page(
            "Gasthaus zur Linde",
            "<h1>Gasthaus zur Linde</h1><h2>Speisekarte</h2><p>Schnitzel 14,50 €</p><p>Gulasch 12,00 €</p>"
            "<p>Strudel 6,00 €</p><h2>Veranstaltungen</h2>"
            "<p>Freitag, 14. März 2031, 20:00 Uhr – Jazzabend mit dem Trio Blau</p>",
        ),
        ("Jazzabend mit dem Trio Blau", "2031-03-14T20:00", None),
    ),
]


@pytest.mark.parametrize(("body", "expected"), LISTED, ids=["whats-on-h1", "whats-on-h2", "menu-page"])
def test_a_line_alone_under_a_listing_heading_names_its_event(body: str, expected: tuple[Any, ...]) -> None:
    assert _read(body) == [expected]


def test_without_the_rule_the_heading_named_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(html, "listed_one", lambda single, lines, today: single)
    assert [title for title, _, _ in (_read(body)[0] for body, _ in LISTED)] == [
        "What's on",
        "Village Hall",
        "Gasthaus zur Linde",
    ]


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (_page("Jazz night", "<h1>Jazz night</h1><p>Friday 20 June 2031, 7pm – The Blue Room</p>"), "Jazz night"),
        (  # under another heading: the page's event
            _page("Jazz night", "<h1>Jazz night</h1><h2>When</h2><p>Friday 20 June 2031, 7pm – The Blue Room</p>"),
            "Jazz night",
        ),
    ],
)
def test_an_events_own_page_keeps_its_heading(body: str, title: str) -> None:
    assert [found for found, _, _ in _read(body)] == [title]


# --- 6. a month misspelt by one letter, in a date's shape ---------------------------------------------------------

FEVRIER = _page(
    "Concerts",
    "<h1>Concerts</h1><p>Le 7 frévrier 2031 à 20h30 – Trio Lumière</p><p>Le 14 frévrier 2031 à 20h30 – Quatuor Ébène</p>"
    "<p>Le 3 mars 2031 à 20h30 – Duo Soleil</p>",
)
FEBUARY = _page(
    "What's on",
    "<h1>What's on</h1><p>Friday 14 Febuary 2031, 7pm – Valentine's ceilidh</p>"
    "<p>Saturday 22 Decmber 2031, 8pm – Christmas quiz</p><p>Spetember 12, 2031 – Harvest supper</p>",
)


def test_misspelt_months_in_a_dates_shape_are_read() -> None:
    assert [start for _, start, _ in _read(FEVRIER)] == ["2031-02-07T20:30", "2031-02-14T20:30", "2031-03-03T20:30"]
    assert [(title, start[:10]) for title, start, _ in _read(FEBUARY)] == [
        ("Valentine's ceilidh", "2031-02-14"),
        ("Christmas quiz", "2031-12-22"),
        ("Harvest supper", "2031-09-12"),
    ]


def test_without_the_rule_the_misspelt_dates_were_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_prepare, "misspelt_months_mended", lambda root: None)
    assert [start for _, start, _ in _read(FEVRIER)] == ["2031-03-03T20:30"]


@pytest.mark.parametrize(
    ("text", "mended"),
    [
        ("Le 7 frévrier 2031 à 20h30", "Le 7 février 2031 à 20h30"),
        ("14th Febuary 2031, 7pm", "14th February 2031, 7pm"),
        ("3 Decmber, 19:30", "3 December, 19:30"),
        ("Spetember 12, 2031", "September 12, 2031"),
        ("5 Ocotber 2031", "5 October 2031"),
        # hard negatives: ordinary words one edit from a month, no date's shape, two edits, short months
        ("Under 12 Junior 2031", None),
        ("Page 3 Marche 2031", None),
        ("Room 4 Augusta 2031", None),
        ("Table 1 Martin 2031", None),
        ("Febuary was cold", None),
        ("3 Febury 2031", None),
        ("3 Jnue 2031", None),
        ("Version 2 Decmber", None),
    ],
)
def test_which_words_are_mended(text: str, mended: str | None) -> None:
    assert _page_misspelt_months._mended(text) == (mended or text)


# --- 8. a badge card in another language: the clock its place line gives -----------------------------------------


def _cards(badges: list[str], place: str) -> str:
    return "".join(
        f'<div class="event"><div class="badge">{badge}</div><h3><a href="/e/{index}">Koncert {index}</a></h3>'
        f"<p>{place}</p></div>"
        for index, badge in enumerate(badges)
    )


PL_CARDS = _page(
    "Koncerty 2031", "<h1>Koncerty 2031</h1>" + _cards(["Marzec 14", "Marzec 21"], "Klub Pod Baranami, 20:00")
)
CZ_CARDS = _page("Koncerty 2031", "<h1>Koncerty 2031</h1>" + _cards(["14 Březen", "21 Březen"], "Klub Roxy · 19:30"))


def test_a_badge_card_takes_its_place_lines_clock() -> None:
    assert [start for _, start, _ in _read(PL_CARDS)] == ["2031-03-14T20:00", "2031-03-21T20:00"]
    assert [start for _, start, _ in _read(CZ_CARDS)] == ["2031-03-14T19:30", "2031-03-21T19:30"]


def test_without_the_rule_the_badge_card_was_all_day(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_page_block_reader, "place_line_clock", lambda lines, date_line: None)
    assert [start for _, start, _ in _read(PL_CARDS)] == ["2031-03-14", "2031-03-21"]


@pytest.mark.parametrize(
    ("lines", "clock"),
    [
        (["Marzec 14", "Klub Pod Baranami, 20:00"], "20:00"),
        (["Marzec 14", "Sala 2 – 18:00 – 20:00"], "18:00"),
        (["Marzec 14", "Einlass, 19:00"], None),  # the doors
        (["Marzec 14", "Anmeldung bis, 12:00"], None),  # a sign-up's close
        (["Marzec 14", "Scena A, 18:00", "Scena B, 21:00"], None),  # two stages
        (["Marzec 14", "We open the bar for drinks before the show, 19:00"], None),  # a sentence
        (["Marzec 14", "Sobota 14.03., 20:00"], None),  # a date's line
    ],
)
def test_which_place_lines_give_a_clock(lines: list[str], clock: str | None) -> None:
    found = _page_place_clock.place_line_clock(lines, 0)
    assert (found.start.strftime("%H:%M") if found else None) == clock


def test_a_line_that_names_only_a_place_leaves_the_heading() -> None:
    body = _page("What's on", "<h1>What's on</h1><p>Saturday 14 June 2031, 2pm – Village Hall</p>")
    assert [title for title, _, _ in _read(body)] == ["What's on"]


def test_a_line_of_prose_under_a_listing_heading_is_no_name() -> None:
    """A hall's hire offer under "Events" is prose, not an event's name (found when left35 met review38's offer)."""
    offer = "Host your event with us! Weddings, parties and conferences from £500. Enquire for dates from 1 June 2031."
    body = _page("Events", f"<h1>Events</h1><p>{offer}</p>")
    assert not any("Host your event" in title for title, _, _ in _read(body))  # the offer's words name nothing
    assert _page_listing_one._prose(offer.removesuffix("1 June 2031."))
    assert not _page_listing_one._prose("Mamma Mia! The Party")
    assert not _page_listing_one._prose("Quiz night")
