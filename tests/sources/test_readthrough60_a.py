"""Read-through 60's page findings, mended (helper mend60a; /work/wt/readthrough60/findings.md items 4, 6, 7, 8, 11), on
small documents of our own shaped like the probes:

* #4 "12-5-2031, 10:00 AM" on a page that says no language and no zone, its address "Springfield, IL", was read day
  first (12 May): an American sign in the date's text keeps a dashed date month first (``_page_dashed_days.US_SIGN``).
* #6 "<h2>Next to Normal</h2>" (a musical) over one "<h3>Cast and creative</h3>" was named by its sub-heading: English
  "next", "future", "forthcoming" are a listing's label only alone or before a listing's plural (``_page_coming_card``).
* #7 "<p>5</p><p>6 pm Quiz night with prizes</p>" under "December 2031": the 5th was taken for an empty grid cell and
  "6 pm …" for the 6th; an hour's unit after the number is no day (``_page_empty_grid``).
* #8 "Vorverkauf: Kulturbüro, Hauptstraße 5, Thun" was the concert's place: a presale office (``_page_street_lines``).
* #11 "Meet at 5 HIGH ST. FREE ENTRY" kept its dot as a title's: a street's "ST."/"DR." in capitals ends a name, as
  "St."/"Dr." do (``_page_abbreviations``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_abbreviations import abbreviation_dot
from sources.adapters._page_coming_card import AHEAD
from sources.adapters._page_dashed_days import US_SIGN
from sources.adapters._page_empty_grid import DAY_LEAD, hour_lead
from sources.adapters._page_street_lines import name_street_town
from tests.sources.helpers import read_page

UTC = zoneinfo.ZoneInfo("UTC")
LONDON = zoneinfo.ZoneInfo("Europe/London")
ZURICH = zoneinfo.ZoneInfo("Europe/Zurich")
JUNE = dt.datetime(2031, 6, 1, 9)  # noqa: DTZ001  (wall-clock, in the reader's zone)


def _read(body: str, zone: zoneinfo.ZoneInfo) -> list[dict]:
    return read_page(body, url="https://site.example/events.html", zone=zone, start=JUNE)


read_utc = functools.partial(_read, zone=UTC)


# --- #4: a dashed date with an American sign beside it stays month first -----------------------------------------
def library(line: str, place: str = "Springfield Public Library, 220 Main St, Springfield, IL") -> str:
    return (
        "<html><head><title>Springfield Library</title></head><body><main><h1>Library events</h1>"
        f'<div class="event"><h3>Story time</h3><p>{line}</p><p>{place}</p></div></main></body></html>'
    )


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("12-5-2031, 10:00 AM", "Springfield Public Library, 220 Main St, Springfield, IL"),  # the probe's page
        ("12-5-2031, 10:00 AM", "Springfield Public Library"),  # the clock alone says so
        ("12-5-2031, Public Library, Austin, TX 78701", "Story hour"),  # the state's code alone, in the date's text
    ],
)
def test_a_dashed_date_with_an_american_sign_is_month_first(line: str, place: str) -> None:
    starts = {event["start"][:10] for event in read_utc(library(line, place))}
    assert "2031-12-05" in starts
    assert "2031-05-12" not in starts


@pytest.mark.parametrize(
    "line",
    [
        "7-6-2031: Road to Brasil! BBQ DELUXE",  # heldout121's Flemish club: no sign, day first as before
        "7-6-2031, 20:00: Zomerfeest",  # a 24-hour clock is no American sign
        "7-6-2031: FEEST, DE HELE NACHT",  # "DE" after a comma is a word, not Delaware's code
    ],
)
def test_a_dashed_date_with_no_american_sign_stays_day_first(line: str) -> None:
    page = f"<html><body><h1>Evenementen</h1><div><span>{line}<br>Kostprijs: 50 euro</span></div></body></html>"
    assert "2031-06-07" in {event["start"][:10] for event in read_utc(page)}


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("12-5-2031, 10:00 AM", True),
        ("doors 7pm", True),
        ("Springfield, IL", True),
        ("Austin, TX 78701", True),
        ("Springfield, IL, USA", True),
        ("12-5-2031, 20:00", False),
        ("FEEST, DE HELE NACHT", False),
        ("Kerkstraat 2, Horst", False),
        ("Hall 10, Amsterdam", False),
        ("Spam, OK?", False),
    ],
)
def test_us_sign(text: str, sign: bool) -> None:
    assert (US_SIGN.search(text) is not None) is sign


# --- #6: a show whose name starts with "Next" keeps its name ------------------------------------------------------
def theatre(label: str) -> str:
    return (
        f'<html><body><section class="show"><h2>{label}</h2><div class="facts"><h3>Cast and creative</h3>'
        "<p>Saturday 12 December 2031, 19:30</p><p>Directed by Anna Smith, with the Riverside company.</p></div>"
        "<p>The Pulitzer-winning rock musical about a family coping with illness.</p></section></body></html>"
    )


@pytest.mark.parametrize("name", ["Next to Normal", "Future Islands live", "Next Saturday: Jazz Night"])
def test_a_show_named_with_next_or_future_keeps_its_name(name: str) -> None:
    assert [event["title"] for event in _read(theatre(name), LONDON)] == [name]


def test_a_next_gigs_label_over_one_card_still_gives_way_to_the_cards_heading() -> None:
    assert [event["title"] for event in _read(theatre("Next gigs"), LONDON)] == ["Cast and creative"]


@pytest.mark.parametrize(
    ("label", "listing"),
    [
        ("Next to Normal", False),
        ("Future Islands live", False),
        ("Next Saturday: Jazz Night", False),
        ("Forthcoming Attractions Gala", False),
        ("Next gigs", True),
        ("Future events", True),
        ("Forthcoming concerts", True),
        ("Next", False),  # alone: heldout121's test, as before
        ("Aankomende Optredens", True),  # heldout121's Dutch label, as before
        ("Prochains concerts", True),
    ],
)
def test_ahead_english_words_only_before_a_listing(label: str, listing: bool) -> None:
    assert bool(AHEAD.match(label)) is listing


# --- #7: a grid cell's event led by its hour ---------------------------------------------------------------------
GRID = (
    "<html><body><main><h1>What's on at The Crown</h1><h2>December 2031</h2>"
    "<p>4</p><p>Live music: The Rovers</p><p>5</p><p>{fifth}</p><p>12</p><p>Christmas carols</p></main></body></html>"
)


def test_a_grid_day_whose_event_starts_with_its_hour_is_that_day() -> None:
    starts = {event["start"][:10] for event in _read(GRID.format(fifth="6 pm Quiz night with prizes"), LONDON)}
    assert "2031-12-05" in starts
    assert "2031-12-06" not in starts


def test_a_grid_cell_over_the_next_days_cell_is_still_empty() -> None:
    starts = {event["start"][:10] for event in _read(GRID.format(fifth="6 Quiz night with prizes"), LONDON)}
    assert "2031-12-06" in starts
    assert "2031-12-05" not in starts


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("6 Fellesspill", True),
        ("6. Quiz", True),
        ("6 pm Quiz", False),
        ("8 Uhr Konzert", False),
        ("7 - 9 pm Quiz", False),
    ],
)
def test_day_lead_is_no_hour(line: str, lead: bool) -> None:
    assert (DAY_LEAD.match(line) is not None) is lead


@pytest.mark.parametrize(
    ("rest", "hour"),
    [("pm Quiz night", True), ("p.m. Quiz", True), ("Uhr Konzert", True), ("- 9 pm Quiz", True), ("Quiz night", False)],
)
def test_hour_lead(rest: str, hour: bool) -> None:
    assert hour_lead(rest) is hour


# --- #8: a presale office is not the venue ------------------------------------------------------------------------
def test_a_presale_office_is_no_place() -> None:
    page = (
        '<html lang="de"><body><main><h1>Veranstaltungen</h1><div class="item"><h3>Jazzabend mit dem Trio Blau</h3>'
        "<p>Samstag, 12. Dezember 2031, 20:00 Uhr</p><p>Vorverkauf: Kulturbüro, Hauptstraße 5, Thun</p></div>"
        "</main></body></html>"
    )
    (event,) = _read(page, ZURICH)
    assert event["venue_name"] is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Vorverkauf: Kulturbüro, Hauptstraße 5, Thun", False),
        ("Vorverkaufsstelle Kulturbüro, Hauptstraße 5, Thun", False),
        ("Tickets bei Musik Hug, Marktgasse 5, Bern", False),
        ("Kaartverkoop: Bruna, Kerkstraat 2, Horst", False),
        ("Kulturbüro, Hauptstraße 5, Thun", True),
        ("Vidi Reo, Van Kesselplaats 2, Ravenstein", True),  # heldout121's pill, as before
        ("Kasseler Hof, Hauptstraße 5, Kassel", True),  # "Kasse" only as a whole word
    ],
)
def test_name_street_town_refuses_a_labelled_name(line: str, place: bool) -> None:
    assert (name_street_town([line]) is not None) is place


# --- #11: a street's abbreviation in capitals ends its name -------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "held"),
    [
        ("Meet at 5 HIGH ST. FREE ENTRY", False),
        ("12 OAK DR. PARKING", False),
        ("Meet at 5 High St. Free entry", False),  # as before
        ("LECTURE BY DR. JONES", True),
        ("AT ST. MARY'S HALL", True),
        ("THE ST. REGIS", True),
        ("CROWN, ST. ALBANS", True),
        ("HERR DR. WEBER", True),
        ("by Dr. Jones", True),  # as before
    ],
)
def test_a_capitals_street_abbreviation_ends_its_name(text: str, held: bool) -> None:
    assert abbreviation_dot(text, text.index(".")) is held
