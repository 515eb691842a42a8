"""Read-through 59, the page findings (helper mend59a): a room's letter or a street's "St." ends a sentence again
(#1, ``_page_abbreviations``); surnames are no given names ("Joseph Addison" is a person, #13, ``_given_names``); a
start's clock after a deadline's is a heading's hour (#14, ``_page_deadline_clocks.heading_clock``); German "Kl." is a
school year, no clock word (#16, ``_page_clock_word_lines``); ``_page_day_pairs.WORD_BEFORE`` reads in linear time."""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters import _page_day_pairs
from sources.adapters._given_names import person_or_group
from sources.adapters._page_abbreviations import abbreviation_dot
from sources.adapters._page_clock_word_lines import clock_word_line
from sources.adapters._page_intl import PAGE_LANGUAGE
from sources.adapters._page_tail_places import at_the_place
from tests.hostile import superlinear
from tests.sources.helpers import read_page
from tests.sources.test_left44 import opened  # a line under a date: its title and place

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
LONDON = zoneinfo.ZoneInfo("Europe/London")
START = dt.datetime(2031, 1, 2, 9)  # noqa: DTZ001 (read_page sets the zone)
read_de = functools.partial(read_page, url="https://schule.example/termine/", zone=BERLIN, start=START)
read_uk = functools.partial(read_page, url="https://site.example/events/", zone=LONDON, start=START)


def page(body: str, heading: str, lang: str) -> str:
    return f"<html lang='{lang}'><head><title>{heading}</title></head><body><h1>{heading}</h1>{body}</body></html>"


def read(events: list[dict], *keys: str) -> list[tuple]:  # a start or an end to the minute
    return [
        tuple(
            str(event[key])[: 16 if key in ("start", "end") else None] if event.get(key) is not None else None
            for key in keys
        )
        for event in events
    ]


# 1. A room's letter or a street's "St." after a capitalised word ends the sentence -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19:30 Carols at High St. Free entry", ("Carols", "High St")),
        ("19:30 Concert in Hall A. Doors open 7pm", ("Concert", "Hall A")),
        ("19:30 Open mic at Bar X. All welcome", ("Open mic", "Bar X")),
        ("19:30 Meet at Gate C. Bring water", ("Meet", "Gate C")),
        ("19:30 Talk on Vitamin D. Free", ("Talk on Vitamin D", None)),
        ("At 19:30 Quiz at The Crown, Main St. Teams of four", ("Quiz, Main St", "The Crown")),
        ("Um 19:30 Lesung im Saal B. Eintritt frei", ("Lesung", "Saal B")),
    ],
)
def test_a_names_last_letter_or_street_ends_the_sentence(text, expected):
    assert opened(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19:30 Talk by J. Smith at The Crown", ("Talk by J. Smith", "The Crown")),  # an initial after "by"
        ("19:30 Talk by Mary J. Blige at The Crown", ("Talk by Mary J. Blige", "The Crown")),  # after a given name
        ("19:30 Talk by J. R. Smith at The Crown", ("Talk by J. R. Smith", "The Crown")),  # after an initial
        ("19:30 Carols at St. Mary's Hall. Free entry", ("Carols", "St. Mary's Hall")),  # a saint's
        ("19:30 Vortrag von Herr Dr. Weber im Gasthaus Krone", ("Vortrag von Herr Dr. Weber", "Gasthaus Krone")),
    ],
)
def test_an_initial_or_a_title_before_a_name_still_holds_its_dot(text, expected):
    assert opened(text) == expected


def test_the_pages_date_lines_read_as_before_left44():
    items = [
        ("5 June 2031", "19:30 Carols at High St. Free entry"),
        ("6 June 2031", "19:30 Open mic at Bar X. All welcome"),
        ("7 June 2031", "19:30 Talk on Vitamin D. Free for members"),
        ("8 June 2031", "At 19:30 Quiz at The Crown, Main St. Teams of four"),
    ]
    body = "".join(f"<h2>{day}</h2><p>{line}</p>" for day, line in items)
    assert read(read_uk(page(body, "What's on", "en")), "title", "venue_name") == [
        ("Carols", "High St"),
        ("Open mic", "Bar X"),
        ("Talk on Vitamin D", None),
        ("Quiz, Main St", "The Crown"),
    ]
    german = [
        ("5. Juni 2031", "Um 19:30 Lesung im Saal B. Eintritt frei"),
        ("6. Juni 2031", "Um 20 Uhr Konzert in der Halle C. Karten an der Abendkasse"),
    ]
    body = "".join(f"<h2>{day}</h2><p>{line}</p>" for day, line in german)
    assert read(read_de(page(body, "Termine", "de")), "title", "venue_name") == [
        ("Lesung", "Saal B"),
        ("Konzert", "der Halle C"),
    ]


def test_abbreviation_dot_asks_the_word_before():
    assert not abbreviation_dot("Hall A. Doors", 6)
    assert not abbreviation_dot("High St. Free", 7)
    assert abbreviation_dot("by J. Smith", 4)
    assert abbreviation_dot("Herr Dr. Weber", 7)


# 13. A surname with a given name's look is still a surname; "Mary Esther" (a town) is still none ---------------------


@pytest.mark.parametrize(
    "name",
    ["Joseph Addison", "Tom Lester", "Anna Allison", "Kate Homer", "John Jasper", "Paul Sylvester", "Jane Ester",
     "Ben Xavier"],
)  # fmt: skip
def test_a_credit_lines_surname_makes_a_person(name):
    assert person_or_group(name)
    assert at_the_place(f"Screening: Night at the Museum, {name}") is None


def test_mary_esther_is_still_a_town():
    assert not person_or_group("Mary Esther")
    assert person_or_group("Esther Miller")


# 14. After a deadline's clock, the start's ----------------------------------------------------------------------------


def flea_markets(section: str) -> list[str]:
    rows = "<ul><li>15.03.2031 Flohmarkt im Pfarrsaal</li><li>12.04.2031 Flohmarkt im Gemeindehaus</li></ul>"
    events = read_de(page(f"<h2>Kinderflohmarkt</h2><h3>{section}</h3>{rows}", "Termine", "de"))
    return [str(event["start"])[:16] for event in events]


def test_a_start_after_a_deadline_gives_the_hour():
    assert flea_markets("Anmeldung bis 9:30 Uhr, Beginn 10 Uhr") == ["2031-03-15T10:00", "2031-04-12T10:00"]


@pytest.mark.parametrize("section", ["Anmeldung bis 9:30 Uhr", "Anmeldung bis 9:30 Uhr, Ende 12 Uhr"])
def test_a_deadline_with_no_start_after_it_gives_none(section):
    assert flea_markets(section) == ["2031-03-15", "2031-04-12"]


# 16. German "Kl." is a school year; a Danish deadline is no start ----------------------------------------------------


@pytest.mark.parametrize(
    "line", ["Für Kl. 7-9", "Elternabend Kl. 10", "Projekttag Kl. 5-6 in der Aula", "Klassen: Kl. 8"]
)
def test_kl_before_a_bare_number_is_no_clock(line):
    assert clock_word_line([line]) is None


def test_kl_on_a_german_page_is_no_clock_and_on_a_danish_page_is_one():
    token = PAGE_LANGUAGE.set("de")
    try:
        assert clock_word_line(["Für Kl. 7-9"]) is None
    finally:
        PAGE_LANGUAGE.reset(token)
    token = PAGE_LANGUAGE.set("da")
    try:
        found = clock_word_line(["Mødested kl. 19"])
        assert found is not None
        assert found.start == dt.time(19)
        assert clock_word_line(["Tilmelding senest kl. 12"]) is None  # a deadline
    finally:
        PAGE_LANGUAGE.reset(token)
    minutes = clock_word_line(["Start kl. 19.00–21.00"])  # its minutes: a clock whatever the page
    assert minutes is not None
    assert (minutes.start, minutes.end) == (dt.time(19), dt.time(21))


def test_a_german_schools_cards_read_no_hour_from_the_class():
    cards = "".join(
        f"<div class='event'><h3>{name}</h3><p>{when}</p><p>{line}</p><p>Infos zu {name}</p></div>"
        for name, when, line in [
            ("Elternabend", "12.03.2031", "Für Kl. 7-9"),
            ("Projekttag", "19.03.2031", "Jahrgang Kl. 10"),
            ("Sommerfest", "02.07.2031", "Alle Klassen"),
        ]
    )
    assert read(read_de(page(cards, "Termine", "de")), "title", "start", "end") == [
        ("Elternabend", "2031-03-12", None),
        ("Projekttag", "2031-03-19", None),
        ("Sommerfest", "2031-07-02", None),
    ]


# 17 (aside). The word before a pair's first day is read in linear time on a long run of letters ----------------------


def test_word_before_reads_a_long_run_of_letters_in_linear_time():
    assert superlinear(_page_day_pairs.WORD_BEFORE.search, lambda size: "a" * size + "x") is None
    assert superlinear(_page_day_pairs.WORD_BEFORE.findall, lambda size: "a" * size + "1") is None
