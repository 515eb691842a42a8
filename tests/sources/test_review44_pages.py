"""review44: a both-ways review of batch 103's page rules (docs/real-world-sources-log.md, "### review44"), on small
pages of our own read by the real extractor, and on the rules' own functions:

* ``_page_legal_citations``: a reading, a walk, a launch party or a drop-in named after a law is held; "circular"
  alone is no instrument ("Circular walk"); a regulation's or a directive's number still is.
* ``_page_placeholder_titles``: a "Guests" column's head count names no row; "TBA" under an empty speaker stays.
* ``_page_series_hours``: one date's sentence ("on Tuesday 9 September at 4 pm"), another year's term, a deadline
  or a collection day time no rows; "in the spring term", "in person", "at least" are no places.
* ``_page_town_column``: performers, weekdays, months, a fixture's sides, statuses and placeholders that come back
  are no towns.
* ``_page_slashed_days``: "Ages 6/7 May", "Score 2/3 May", "Issue 14/15 May" are no runs of days.
* ``_page_labelled_programme``: "Plats", dotted clocks ("16.10", "16.00–20.00"); food and drinks are no talks; a
  day's opening "Hours" are no programme's.
"""

from __future__ import annotations

import datetime as dt
import functools
import zoneinfo

import pytest

from sources.adapters._page_dates import find_dates
from sources.adapters._page_legal_citations import legal_citation
from sources.adapters._page_placeholder_titles import billed_name
from sources.adapters._page_series_hours import standings
from sources.adapters._page_town_column import town_column
from tests.sources.helpers import read_page
from tests.sources.test_heldout103_pages import read_se, read_us

LONDON = zoneinfo.ZoneInfo("Europe/London")
TODAY = dt.date(2031, 1, 1)
read_uk = functools.partial(
    read_page,
    url="https://club.example/whats-on",
    zone=LONDON,
    start=dt.datetime(2031, 1, 5, 12),  # noqa: DTZ001
)


def spans(events: list[dict]) -> list[tuple[str, str, str | None]]:
    return [(e["title"], e["start"], e["venue_name"]) for e in events]


# --- a law's citation ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "Decree 12: a reading",
        "Circular walk around the lake",
        "Circular economy fair",
        "Official Journal launch party",
        "Housing Act No. 3 consultation drop-in",
        "Directive 7 – a new opera",
        "Law No. 5 (a comedy)",
        "Public hearing on the Act of 2031",
        "Ordinance Survey map walk",
        "Regulation Time: football film night",
        "Decreto flussi: sportello informativo",
        "Decree No. 5 exhibition",
    ],
)
def test_an_event_named_after_a_law_is_no_citation(title: str) -> None:
    assert not legal_citation(title)


@pytest.mark.parametrize(
    "title", ["Regulation (EU) 2031/123", "Directive 2031/12/EU", "Circolare n. 4", "Circular No. 7 of the ministry"]
)
def test_a_laws_number_is_still_a_citation(title: str) -> None:
    assert legal_citation(title)


def listing(items: list[tuple[str, str]], lang: str = "en") -> str:
    rows = "".join(f"<li><strong>{day}</strong> {title}</li>" for day, title in items)
    return f"<html lang='{lang}'><body><h1>What's on</h1><ul>{rows}</ul></body></html>"


def test_a_reading_a_walk_and_a_launch_named_after_laws_are_read() -> None:
    items = [
        ("12 May 2031", "Decree 12: a reading"),
        ("19 May 2031", "Circular walk around the lake"),
        ("26 May 2031", "Official Journal launch party"),
    ]
    assert [e["title"] for e in read_uk(listing(items))] == [title for _, title in items]


def test_a_list_of_laws_by_number_is_still_no_calendar() -> None:
    items = [("30 dicembre 2031", "Legge 30 dicembre 2031, n. 234"), ("12 marzo 2031", "Legge 12 marzo 2031, n. 20")]
    assert read_uk(listing(items, "it")) == []


# --- a placeholder title --------------------------------------------------------------------------------------------


def colloquium(rows: list[tuple[str, ...]], header: tuple[str, ...], sentence: str = "") -> str:
    head = "".join(f"<th>{cell}</th>" for cell in header)
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
    return (
        f"<html lang='en'><body><h1>Fall 2031 Colloquium</h1><p>{sentence}</p>"
        f"<table><tr>{head}</tr>{body}</table></body></html>"
    )


@pytest.mark.parametrize(
    ("texts", "title"),
    [
        (["Sept 16", "30", "TBA"], "TBA"),  # a head count names nobody
        (["Sept 16", "", "TBA"], "TBA"),
        (["Sept 16", "TBA", "TBA"], "TBA"),
        (["Sept 16", "?", "TBA"], "TBA"),
        (["Sept 16", "Department of Physics", "TBA"], "Department of Physics"),
        (["Sept 16", "Alan Turing", "Machines"], "Machines"),  # a title of its own stays
    ],
)
def test_a_placeholder_gives_way_only_to_a_name(texts: list[str], title: str) -> None:
    assert billed_name(texts[2], texts, ["Date", "Guests" if texts[1] == "30" else "Speaker", "Title"]) == title


def test_a_guests_count_does_not_title_a_row() -> None:
    rows = [("September 9 2031", "12", "Engines of analysis"), ("September 16 2031", "30", "TBA")]
    rows.append(("September 30 2031", "8", "Compilers"))
    titles = [e["title"] for e in read_us(colloquium(rows, ("Date", "Guests", "Title")))]
    assert titles == ["Engines of analysis", "TBA", "Compilers"]


def test_tba_under_an_empty_speaker_keeps_the_row() -> None:
    rows = [("September 9 2031", "Ada Lovelace", "U", "Engines"), ("September 16 2031", "", "U", "TBA")]
    rows.append(("September 30 2031", "Grace Hopper", "U", "Compilers"))
    events = read_us(colloquium(rows, ("Date", "Speaker", "Affiliation", "Title")))
    assert [e["start"] for e in events] == ["2031-09-09", "2031-09-16", "2031-09-30"]


# --- a series' stated hours -------------------------------------------------------------------------------------

TUESDAYS = [
    ("September 9 2031", "Ada Lovelace", "Engines"),
    ("September 16 2031", "Alan Turing", "Machines"),
    ("September 23 2031", "Emmy Noether", "Rings"),
    ("September 30 2031", "Grace Hopper", "Compilers"),
]


def tuesday_starts(sentence: str) -> list[str]:
    return [e["start"] for e in read_us(colloquium(TUESDAYS, ("Date", "Speaker", "Title"), sentence))]


UNTIMED = ["2031-09-09", "2031-09-16", "2031-09-23", "2031-09-30"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The first meeting is on Tuesday 9 September at 4:00 pm in Room 2.",  # one day's time
        "In Spring 2030 the seminar met on Tuesdays at 3:00 pm in Room 9.",  # another term's
        "In Spring 2030 the seminar met on Wednesdays at 3:00 pm in Room 9.",  # another weekday
        "Deadline for abstracts: Tuesdays at 5 pm.",
        "Bins are collected on Tuesdays at 7:00.",
        "Office hours: Tuesdays 2:00-3:00 pm in Room 5.",
    ],
)
def test_a_sentence_that_is_not_the_series_times_no_rows(sentence: str) -> None:
    assert tuesday_starts(sentence) == UNTIMED


def test_this_years_series_sentence_still_times_the_rows() -> None:
    starts = tuesday_starts("In Fall 2031 the seminar meets on Tuesdays at 3:00 pm in Room 9.")
    assert starts == [f"{day}T15:00:00-07:00" for day in UNTIMED]


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("We meet on Tuesdays at 4 pm in the spring term.", None),
        ("Talks are on Tuesdays at 4 pm in person and online.", None),
        ("Seminars are on Tuesdays at 4pm at least twice a month.", None),
        ("Talks are on Tuesdays at 4 pm in Room 164 of the Science Building.", "Room 164 of the Science Building"),
        ("Wir treffen uns jeden Dienstag um 19:30 im Gemeindehaus.", "Gemeindehaus"),
    ],
)
def test_a_series_place_is_a_place(sentence: str, place: str | None) -> None:
    assert [s.place for s in standings(sentence)] == [place]


# --- a header-less table's towns --------------------------------------------------------------------------------

NAMES = ["Spring Gala", "Birds of the Marsh", "Summer Songs", "Kite Day"]


def rows_with(column: list[str]) -> list[list[str]]:
    return [[f"{day} May 2031", cell, name] for day, cell, name in zip((3, 10, 17, 24), column, NAMES, strict=True)]


@pytest.mark.parametrize(
    "column",
    [
        ["Anna Rossi", "Marco Bianchi", "Anna Rossi", "Luca Verdi"],  # performers coming back
        ["Jazz Trio", "Blue Notes", "Jazz Trio", "Choir"],
        ["Monday", "Tuesday", "Monday", "Friday"],
        ["January", "March", "January", "May"],
        ["Home", "Away", "Home", "Away"],
        ["Cancelled", "Postponed", "Cancelled", "Sold Out"],
        ["TBA", "TBC", "TBA", "TBA"],
    ],
)
def test_names_that_come_back_but_are_no_towns(column: list[str]) -> None:
    assert town_column(rows_with(column), TODAY) is None


@pytest.mark.parametrize(
    "column",
    [
        ["Pesaro", "Fano", "Fano", "Porto Recanati"],
        ["Leeds", "York", "Leeds", "Kingston upon Hull"],
        ["Main Hall", "Studio", "Main Hall", "Studio"],
    ],
)
def test_towns_that_come_back_are_still_the_place(column: list[str]) -> None:
    assert town_column(rows_with(column), TODAY) == 1


def test_performers_that_come_back_are_no_place_on_a_page() -> None:
    body = "".join(
        f"<tr><td>{cells[0]}</td><td>{cells[1]}</td><td>{cells[2]}</td></tr>"
        for cells in rows_with(["Anna Rossi", "Marco Bianchi", "Anna Rossi", "Luca Verdi"])
    )
    events = read_uk(f"<html lang='en'><body><h1>Season 2031</h1><table>{body}</table></body></html>")
    assert len(events) == 4
    assert all(e["venue_name"] is None for e in events), events


# --- slashed days -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("Ages 6/7 May 2031 sessions", dt.date(2031, 5, 7), None),
        ("Score 2/3 May 2031", dt.date(2031, 5, 3), None),
        ("Issue 14/15 May 2031", dt.date(2031, 5, 15), None),
        ("Kids 1/2 May 2031", dt.date(2031, 5, 2), None),
        ("1/2 price tickets 3 May 2031", dt.date(2031, 5, 3), None),
        ("31/1 Giugno 2031", dt.date(2031, 6, 1), None),  # across a month: not read as a run
        ("Sab/Dom 4/5 Maggio 2031", dt.date(2031, 5, 4), dt.date(2031, 5, 5)),
        ("Raduno 30/31 Maggio 2031", dt.date(2031, 5, 30), dt.date(2031, 5, 31)),
        ("28/29/30/31 Dezember 2031", dt.date(2031, 12, 28), dt.date(2031, 12, 31)),
    ],
)
def test_slashed_numbers_after_a_measure_are_no_run(text: str, first: dt.date, last: dt.date | None) -> None:
    hit = find_dates(text, year_hint=None, today=TODAY)[0]
    assert (hit.date, hit.end_date) == (first, last)


# --- a labelled programme -----------------------------------------------------------------------------------------


def programme(
    *,
    date: str = "tisdag 1:a april 2031",
    hours: str = "16:00 - 20:00",
    place_label: str = "Var",
    slots: tuple[str, ...] = (
        "16:00 Välkomna",
        "16:10 Rust",
        "17:00 Kartor",
        "17:45 paus",
        "18:00 Krypto",
        "20:00 Slut",
    ),
) -> str:
    labels = (
        f"<table><tr><td>Datum:</td><td>{date}</td></tr><tr><td>Klockan:</td><td>{hours}</td></tr>"
        f"<tr><td>{place_label}:</td><td>Hallen, Kista</td></tr></table>"
    )
    return "<html><body><h1>Träff</h1>" + labels + "".join(f"<h2>{s}</h2><p>text</p>" for s in slots) + "</body></html>"


TALKS = [("Rust", "16:10"), ("Kartor", "17:00"), ("Krypto", "18:00")]


def at(day: str) -> list[tuple[str, str, str | None]]:
    return [(title, f"{day}T{clock}:00+02:00", "Hallen, Kista") for title, clock in TALKS]


def test_a_may_day_meeting_written_1_a_maj() -> None:
    assert spans(read_se(programme(date="onsdag 1:a maj 2031"))) == at("2031-05-01")


@pytest.mark.parametrize(
    "page",
    [
        programme(place_label="Plats"),
        programme(hours="16.00–20.00"),
        programme(slots=("16.10 Rust", "17.00 Kartor", "18.00 Krypto")),
        programme(slots=("16:10-16:50 Rust", "17:00-17:40 Kartor", "18:00-18:30 Krypto")),
        programme(slots=("16:10 Rust", "17:00 Kartor", "17:30 Mingel", "18:00 Krypto", "19:00 Pizza")),
    ],
)
def test_a_labelled_programme_written_otherwise(page: str) -> None:
    assert spans(read_se(page)) == at("2031-04-01")


def test_a_break_slot_with_a_talk_is_a_talk() -> None:
    slots = (
        "16:10 Rust",
        "17:00 Kartor",
        "17:45 Paus: blixttal",
        "18:00 Krypto",
        "18:30 Lunch",
        "19:00 Fika med panel",
    )
    titles = [e["title"] for e in read_se(programme(slots=slots))]
    assert titles == ["Rust", "Kartor", "Paus: blixttal", "Krypto", "Fika med panel"]


def test_a_meetups_pizza_and_drinks_are_no_talks() -> None:
    page = (
        "<html><body><h1>Meetup</h1><table><tr><th>Date</th><td>Tuesday 6 May 2031</td></tr>"
        "<tr><th>Time</th><td>18:00-21:00</td></tr><tr><th>Where</th><td>Hub, Leeds</td></tr></table>"
        "<h3>18:00 Doors open</h3><h3>18:30 Pizza</h3><h3>19:00 Talk one</h3><h3>19:30 Break</h3>"
        "<h3>19:45 Talk two</h3><h3>20:15 Talk three</h3><h3>20:45 Drinks</h3></body></html>"
    )
    assert [e["title"] for e in read_uk(page)] == ["Talk one", "Talk two", "Talk three"]


def test_a_sale_days_opening_hours_are_no_programme() -> None:
    page = (
        "<html><body><h1>Sale</h1><table><tr><td>Date</td><td>1 April 2031</td></tr>"
        "<tr><td>Hours</td><td>09:00-17:00</td></tr></table><h2>10:00 Doors open</h2>"
        "<h2>12:00 Prices drop 20%</h2><h2>14:00 Prices drop 40%</h2><h2>16:00 Last items</h2></body></html>"
    )
    assert not any("Prices" in e["title"] for e in read_uk(page))
