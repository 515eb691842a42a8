"""The hundred-and-twenty-first held-out batch's misses, pages (issue #13, bench/corpus/pages/manifest-heldout121.json:
a Dutch big band's "Optredens", a German band's concert list, a Flemish football club's events page kept as a Jekyll
source; a Duisburg club's "Spielplan" with weekdays only and a Norwegian golf club's empty month grid as the hard
negatives; measured once at b2237084), on small documents of our own:

* A Jekyll page source with no heading of its own was read as no page of events: its front matter's "title:" is the
  page's name (``_page_front_matter``).
* "7-6-2013: Road to Brasil!" on a page that declares no language was read month first, the 6th of July
  (``_page_dashed_days``).
* An empty month grid's day cells ("28" "29" … "31" under "Oktober 2020") were 31 events (``_page_empty_grid``).
* One card under "<h2>Aankomende Optredens</h2>" was named by that label, not by its own "<h3>"
  (``_page_coming_card``), and its pill "Vidi Reo, Van Kesselplaats 2, Ravenstein" was no place
  (``_page_street_lines``).
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_coming_card import AHEAD
from sources.adapters._page_dashed_days import DASHED
from sources.adapters._page_front_matter import TITLE_KEY, front_matter_marked
from sources.adapters._page_street_lines import name_street_town
from tests.sources.helpers import read_page
from tests.sources.test_heldout114_pages import by_title

BRUSSELS = zoneinfo.ZoneInfo("Europe/Brussels")
NEW_YORK = zoneinfo.ZoneInfo("America/New_York")
OSLO = zoneinfo.ZoneInfo("Europe/Oslo")
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
MAY = dt.datetime(2031, 5, 20, 9)  # noqa: DTZ001  (wall-clock, in the reader's zone)
read_club = functools.partial(read_page, url="https://club.example/evenementen.html", zone=BRUSSELS, start=MAY)
read_golf = functools.partial(read_page, url="https://golf.example/arrangementer.html", zone=OSLO, start=MAY)
read_band = functools.partial(read_page, url="https://band.example/optredens.html", zone=AMSTERDAM, start=MAY)

# --- A Jekyll page source: the front matter's title heads the page -------------------------------------------
CLUB_SOURCE = """---
layout: default
title: {title}
subdesc: Evenementen die de club organiseert
---

<DIV class="Object338"><SPAN class="textstyle3">7-6-2031: Road to Brasil! BBQ
DELUXE:<BR><BR>De wedstrijd zal uitgezonden worden op groot scherm.<BR>Kostprijs: 50 euro ALL IN<BR></SPAN></DIV>
"""


def test_a_front_matter_title_heads_its_page_source_and_the_dashed_date_is_day_first() -> None:
    events = by_title(read_club(CLUB_SOURCE.format(title="Evenementen")))
    assert set(events) == {"Road to Brasil! BBQ DELUXE"}
    assert events["Road to Brasil! BBQ DELUXE"]["start"] == "2031-06-07"


def test_the_front_matter_title_becomes_an_h1_only_without_a_heading_of_its_own() -> None:
    marked = front_matter_marked(CLUB_SOURCE.format(title='"Events & more"'))
    assert "<h1>Events &amp; more</h1>" in marked
    own = front_matter_marked("---\ntitle: Events\n---\n<h1>Our diary</h1><p>7 June 2031: Fair</p>\n")
    assert "<h1>Events</h1>" not in own
    assert "<h1>Our diary</h1>" in own
    titled = front_matter_marked("---\ntitle: Events\n---\n<title>Diary</title><p>7 June 2031: Fair</p>\n")
    assert "<h1>" not in titled
    # a layout (a whole document) only loses its block; a block with no title adds nothing
    assert "<h1>" not in front_matter_marked("---\ntitle: Events\n---\n<html><body><p>Hi</p></body></html>")
    assert "<h1>" not in front_matter_marked("---\nlayout: page\n---\n<p>7 June 2031: Fair</p>\n")


def test_title_key_reads_the_title_line_only() -> None:
    assert TITLE_KEY.search("layout: x\ntitle: Evenementen\n").group("title") == "Evenementen"
    assert TITLE_KEY.search("title: 'Summer fixtures'\n").group("title") == "Summer fixtures"
    assert TITLE_KEY.search("subtitle: Evenementen\n") is None  # another key ending in "title"
    assert TITLE_KEY.search("page_title: Evenementen\n") is None


# --- A dashed date on a page that says no language is day first -----------------------------------------------
def dashed_page(line: str, *, lang: str = "") -> str:
    return f"<html{lang}><body><h1>Evenementen</h1><div><span>{line}<br>Kostprijs: 50 euro</span></div></body></html>"


def test_a_dashed_date_on_an_undeclared_page_outside_the_us_is_day_first() -> None:
    (event,) = read_club(dashed_page("7-6-2031: Road to Brasil! BBQ DELUXE"))
    assert event["start"] == "2031-06-07"


@pytest.mark.parametrize(
    ("line", "lang", "zone", "start"),
    [
        ("7/6/2031: Summer BBQ", "", BRUSSELS, "2031-07-06"),  # slashed: the American form stays month first
        ("7-6-2031: Summer BBQ", ' lang="en"', BRUSSELS, "2031-07-06"),  # a declared English page, as before
        ("7-6-2031: Summer BBQ", "", NEW_YORK, "2031-07-06"),  # a US zone
        ("7-6-2031: Summer BBQ and 7-16-2031: Fair", "", BRUSSELS, "2031-07-06"),  # "7-16": month first
    ],
)
def test_dashed_dates_stay_month_first_elsewhere(line: str, lang: str, zone: zoneinfo.ZoneInfo, start: str) -> None:
    events = read_page(dashed_page(line, lang=lang), url="https://club.example/e.html", zone=zone, start=MAY)
    assert start in {event["start"] for event in events}


def test_dashed_reads_both_orders() -> None:
    assert [m.group("b") for m in DASHED.finditer("7-16-2031, 7-6-2031, 2031-06-07, 1/2/2031")] == ["16", "6"]


# --- A month grid's empty day cells are no events ---------------------------------------------------------------
def grid(cells: str) -> str:
    return (
        '<html lang="no"><body><main><h1>Arrangementer</h1><p>Klikk på en dag for å se dagens arrangementer!</p>'
        f'<div class="kalender"><ul><li>Oktober 2031</li></ul><ul class="dag">{cells}</ul></div>'
        "<h2>Ukentlige tilbud</h2><p>Hver tirsdag er det damedag.</p></main></body></html>"
    )


def test_an_empty_month_grid_is_no_events() -> None:
    days = "".join(f"<li>{day}</li>" for day in (29, 30, *range(1, 32), 1))
    assert read_golf(grid(days)) == []


def test_a_grid_day_with_its_event_is_still_read() -> None:
    cells = "<li>1</li><li>2</li><li>3</li><li>Klubbmesterskap</li><li>4</li><li>5</li><li>6 Fellesspill</li>"
    events = {event["start"]: event["title"] for event in read_golf(grid(cells))}
    assert set(events) == {"2031-10-03", "2031-10-06"}
    assert events["2031-10-06"] == "Fellesspill"


# --- One card under a listing's label: the card's own heading names it ------------------------------------------
def band_page(label: str, *, cards: int = 1) -> str:
    card = (
        '<div class="block-hover"><div class="flex"><div class="badge"><p>8</p><p>Maart</p><p>2032</p></div>'
        '<div class="body"><h3>{name}</h3><p>Samen met onze zangeres spelen we in ons Jazz Café!</p>'
        "<span>15:00 uur</span><span>Vrij entree</span></div></div></div>"
    )
    names = ["Vidi Reo's Jazz Café", "Lentefeest"][:cards]
    body = "".join(card.format(name=name).replace("8</p>", f"{8 + i}</p>") for i, name in enumerate(names))
    return f'<html lang="nl"><body><section class="py-20 bg-dark-card"><div><h2>{label}</h2>{body}</div></section></body></html>'


def test_one_card_under_an_upcoming_label_is_named_by_its_own_heading() -> None:
    (event,) = read_band(band_page("Aankomende Optredens"))
    assert event["title"] == "Vidi Reo's Jazz Café"
    assert event["start"].startswith("2032-03-08")


def test_a_section_named_by_its_event_keeps_its_name() -> None:
    page = (
        '<html lang="en"><body><section class="bg-dark-card"><h2>Jazz Night</h2><div><h3>Programme</h3>'
        "<p>Saturday 8 March 2032, 8pm</p><p>Swing and bebop.</p></div></section></body></html>"
    )
    titles = {event["title"] for event in read_band(page)}
    assert "Programme" not in titles


@pytest.mark.parametrize(
    ("label", "listing"),
    [
        ("Aankomende Optredens", True),
        ("Komende concerten", True),
        ("Kommende Konzerte", True),
        ("Prochains concerts", True),
        ("Próximos conciertos", True),
        ("Next gigs", True),
        ("Nextcloud meetup", False),  # a name that opens with the letters
        ("Next", False),  # the word alone: a pager's link
        ("Jazz Night", False),
    ],
)
def test_ahead_is_a_coming_word_before_what_is_listed(label: str, listing: bool) -> None:
    assert bool(AHEAD.match(label)) is listing


# --- A card's "name, street number, town" line is its place --------------------------------------------------------
def test_a_name_street_number_town_line_is_the_cards_place() -> None:
    page = band_page("Aankomende Optredens").replace(
        "<span>15:00 uur</span>", "<p>Vidi Reo, Van Kesselplaats 2, Ravenstein</p><span>15:00 uur</span>"
    )
    (event,) = read_band(page)
    assert event["title"] == "Vidi Reo's Jazz Café"
    where = f"{event['venue_name']}, {event['address']}"
    assert "Vidi Reo" in where
    assert "Van Kesselplaats 2" in where


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Vidi Reo, Van Kesselplaats 2, Ravenstein", True),
        ("Gasthaus Krone, Kirchplatz 3, Bad Tölz", True),
        ("Samen met Marij, Kerkstraat 2, daarna koffie", False),  # no capitalised town: a sentence goes on
        ("Vidi Reo, Van Kesselplaats, Ravenstein", False),  # no house number
        ("Vidi Reo, 2 Kessel Street, Ravenstein", False),  # number first: the number-first reader's
        ("Inschrijven bij Tips Bjorn en Kristof van de club, Kerkstraat 2, Horst", False),  # a sentence, not a name
        ("Vidi Reo, Van Kesselplaats 2, Ravenstein, Nederland, Europa", False),  # more parts than a place's
    ],
)
def test_name_street_town_wants_exactly_a_name_a_street_and_a_town(line: str, place: bool) -> None:
    assert (name_street_town([line]) == line) is place
